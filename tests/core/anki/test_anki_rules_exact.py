"""Small rules of the Anki exporters and card readers, each pinned by an exact result."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from duiyi.anki.apkg import write_apkg
from duiyi.anki.fields import exported_directions, plain_text, switch_value
from duiyi.anki.notes import ExportContext, ExportNote
from duiyi.anki.reading import read_card_file
from duiyi.anki.reading.common import decode
from duiyi.anki.textfiles import anki_text
from duiyi.errors import UnsupportedFormat
from duiyi.kinds import CardDirection

ALL = tuple(CardDirection)


def test_binary_data_is_looked_for_in_the_first_4096_bytes() -> None:
    assert decode(b"a" * 4096 + b"\x00b", "c.txt") == "a" * 4096 + "\x00b"
    with pytest.raises(UnsupportedFormat) as raised:
        decode(b"a" * 4095 + b"\x00", "c.txt")
    assert str(raised.value) == "c.txt is not a text file of cards (it holds binary data)."


def test_line_breaks_come_back_from_html() -> None:
    assert plain_text("a<br>b<BR />c<br/>d</p>e &amp; f") == "a\nb\nc\nd\ne & f"


def test_each_switch_field_holds_on_off_or_nothing() -> None:
    found = {(str(d), made): switch_value(d, made) for d in ALL for made in (True, False)}
    assert found == {
        ("recognition", True): "",
        ("recognition", False): "off",
        ("production", True): "",
        ("production", False): "off",
        ("cloze_zh", True): "on",
        ("cloze_zh", False): "",
        ("cloze_en", True): "on",
        ("cloze_en", False): "",
    }


def test_only_the_directions_a_note_can_make_become_cards() -> None:
    context = ExportContext("我们要低碳生活。", "We must live low-carbon lives.", (3, 5), (13, 23))
    full = ExportNote("g", "低碳", english=("low-carbon",), context=context, directions=ALL)
    assert exported_directions(full) == ALL
    no_context = ExportNote("g", "低碳", english=("low-carbon",), directions=ALL)
    assert exported_directions(no_context) == (CardDirection.RECOGNITION, CardDirection.PRODUCTION)
    no_english = ExportNote("g", "低碳", english=(" ",), context=context, directions=ALL)
    assert exported_directions(no_english) == (
        CardDirection.RECOGNITION,
        CardDirection.CLOZE_ZH,
        CardDirection.CLOZE_EN,
    )
    only_cloze = ExportNote(
        "g", "低碳", english=("low-carbon",), context=context, directions=(CardDirection.CLOZE_EN,)
    )
    assert exported_directions(only_cloze) == (CardDirection.CLOZE_EN,)


def _notes(n: int) -> list[ExportNote]:
    return [ExportNote(f"g{i}", f"词{i}", english=(f"word {i}",)) for i in range(n)]


def test_exports_report_progress_every_500_notes_and_at_the_end() -> None:
    calls: list[tuple[int, int]] = []
    anki_text(_notes(1001), separator="\t", progress=lambda d, t: calls.append((d, t)))
    assert calls == [(500, 1001), (1000, 1001), (1001, 1001)]


def test_a_package_reports_progress_and_describes_its_decks(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    out = tmp_path / "p.apkg"
    write_apkg(
        _notes(501), out, timestamp=1_800_000_000, progress=lambda d, t: calls.append((d, t))
    )
    assert calls == [(500, 501), (501, 501)]
    with zipfile.ZipFile(out) as archive:
        assert archive.namelist() == ["collection.anki2", "media"]
        assert archive.read("media") == b"{}"
        (tmp_path / "c.anki2").write_bytes(archive.read("collection.anki2"))
    conn = sqlite3.connect(tmp_path / "c.anki2")
    try:
        decks = json.loads(conn.execute("SELECT decks FROM col").fetchone()[0])
    finally:
        conn.close()
    assert {d["desc"] for d in decks.values()} == {"Exported from Duiyi (对译)."}


def test_a_text_given_to_import_cards_names_the_import_command(tmp_path: Path) -> None:
    pdf = tmp_path / "paper.csv"
    pdf.write_bytes(b"%PDF-1.7 ...")
    with pytest.raises(UnsupportedFormat) as raised:
        read_card_file(pdf)
    assert str(raised.value) == (
        "paper.csv is a PDF document, not a file of cards: import it as a bilingual text with "
        "`duiyi import paper.csv`."
    )


def test_a_zip_name_is_read_as_a_package_whatever_it_holds(tmp_path: Path) -> None:
    fake = tmp_path / "cards.zip"
    fake.write_text("低碳\tlow-carbon\n", encoding="utf-8")
    with pytest.raises(UnsupportedFormat) as raised:
        read_card_file(fake)
    assert "cards.zip" in str(raised.value)
    assert "low-carbon" not in str(raised.value)


def test_rows_without_chinese_are_left_out_and_reported(tmp_path: Path) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text("chinese,english\n低碳,low-carbon\nhello,greeting\n", encoding="utf-8")
    found = read_card_file(glossary)
    assert [(c.chinese, c.english) for c in found.cards] == [("低碳", ("low-carbon",))]
    assert found.notes == ("Skipped 1 row without Chinese characters, e.g. line 3: 'hello'.",)


def test_a_handout_of_term_lines_is_read_as_import_reads_it(tmp_path: Path) -> None:
    handout = tmp_path / "terms.txt"
    handout.write_text("数字鸿沟 digital divide\n网络空间 cyberspace\n", encoding="utf-8")
    found = read_card_file(handout)
    assert [(c.chinese, c.english) for c in found.cards] == [
        ("数字鸿沟", ("digital divide",)),
        ("网络空间", ("cyberspace",)),
    ]


def test_notes_without_chinese_in_a_package_are_reported_as_notes(tmp_path: Path) -> None:
    out = tmp_path / "p.apkg"
    notes = [ExportNote("g1", "低碳", english=("low-carbon",)), ExportNote("g2", "hello")]
    write_apkg(notes, out, timestamp=1_800_000_000)
    found = read_card_file(out)
    assert [(c.chinese, c.english) for c in found.cards] == [("低碳", ("low-carbon",))]
    assert found.notes == ("Skipped 1 note without Chinese characters, e.g. note 2: 'hello'.",)
