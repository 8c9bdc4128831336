"""CSV/TSV exports: Anki's text importer and plain two-column files."""

from __future__ import annotations

import csv
import dataclasses
import html
import time
from pathlib import Path

import pytest
from anki.collection import Collection, ImportCsvRequest
from anki_check import duiyi_decks, import_package, notes_by_guid

from duiyi.anki.apkg import write_apkg
from duiyi.anki.fields import escape, note_fields, plain_text, split_english
from duiyi.anki.notes import ExportContext, ExportDeck, ExportNote
from duiyi.anki.textfiles import write_text_export
from duiyi.errors import InvalidInput

HOSTILE = "<script>alert('x')</script> & \"q\", 😀 𠀀"


def _notes() -> list[ExportNote]:
    return [
        ExportNote(
            guid="t-1",
            chinese="网络空间",
            pinyin="wǎngluò kōngjiān",
            english=("cyberspace", "the cyber domain"),
            context=ExportContext(zh="网络空间安全", en="cyberspace security", zh_span=(0, 4)),
            notes="two\nlines",
            tags=("key term",),
            deck=ExportDeck("Law", 1),
        ),
        ExportNote(guid="t-2", chinese=HOSTILE, english=(HOSTILE,), deck=ExportDeck("Other", 2)),
    ]


@pytest.mark.parametrize("name", ["terms.tsv", "terms.csv"])
def test_anki_text_file_imports_and_updates_by_guid(
    tmp_path: Path, anki_col: Collection, name: str
) -> None:
    notes = _notes()
    # The note type arrives with a package first, as it would in a user's Anki.
    write_apkg(notes[:1], tmp_path / "first.apkg", timestamp=int(time.time()))
    import_package(anki_col, tmp_path / "first.apkg")
    edited = dataclasses.replace(notes[0], english=("cyber space",))
    out = tmp_path / name
    write_text_export([edited, notes[1]], out, anki=True)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("#separator:")
    assert "#html:true\n#notetype:Duiyi term\n" in text

    metadata = anki_col.get_csv_metadata(str(out), None)
    log = anki_col.import_csv(ImportCsvRequest(path=str(out), metadata=metadata)).log
    assert len(log.new) == 1
    assert len(log.updated) == 1
    assert anki_col.note_count() == 2
    stored = notes_by_guid(anki_col)
    assert stored["t-1"]["English"] == "cyber space"
    assert list(stored["t-2"].fields) == note_fields(notes[1])
    assert duiyi_decks(anki_col) >= {"Duiyi::Law", "Duiyi::Other"}
    assert "key_term" in stored["t-1"].tags


@pytest.mark.parametrize("name", ["terms.tsv", "terms.csv"])
def test_basic_file_imports_whole_into_a_fresh_anki(
    tmp_path: Path, anki_col: Collection, name: str
) -> None:
    notes = _notes()
    out = tmp_path / name
    assert write_text_export(notes, out, anki=True, basic=True) == 2
    assert "#notetype:Basic\n" in out.read_text(encoding="utf-8")
    note_types = sorted(m.name for m in anki_col.models.all_names_and_ids())

    metadata = anki_col.get_csv_metadata(str(out), None)
    log = anki_col.import_csv(ImportCsvRequest(path=str(out), metadata=metadata)).log
    assert len(log.new) == 2
    assert sorted(m.name for m in anki_col.models.all_names_and_ids()) == note_types
    stored = notes_by_guid(anki_col)
    first = stored["t-1"]
    assert first.note_type()["name"] == "Basic"
    assert first["Front"] == "网络空间"
    assert first["Back"] == (
        "<div>wǎngluò kōngjiān</div>"
        '<div>cyberspace<ul class="duiyi-others"><li>the cyber domain</li></ul></div>'
        '<div><span class="duiyi-term">网络空间</span>安全</div>'
        "<div>cyberspace security</div>"
        "<div>two<br>lines</div>"
    )
    assert plain_text(stored["t-2"]["Front"]) == HOSTILE
    assert split_english(stored["t-2"]["Back"]) == (HOSTILE,)
    assert anki_col.card_count() == 2
    assert duiyi_decks(anki_col) == {"Duiyi", "Duiyi::Law", "Duiyi::Other"}
    assert first.tags == ["key_term"]

    # Exported again after an edit: the same notes, updated.
    edited = dataclasses.replace(notes[0], english=("cyber space",))
    write_text_export([edited, notes[1]], out, anki=True, basic=True)
    metadata = anki_col.get_csv_metadata(str(out), None)
    log = anki_col.import_csv(ImportCsvRequest(path=str(out), metadata=metadata)).log
    assert (len(log.new), len(log.updated)) == (0, 1)
    assert "<div>cyber space</div>" in notes_by_guid(anki_col)["t-1"]["Back"]
    assert anki_col.note_count() == 2


def test_plain_csv_has_two_columns_for_spreadsheets(tmp_path: Path) -> None:
    out = tmp_path / "pairs.csv"
    assert write_text_export(_notes(), out, anki=False) == 2
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [["网络空间", "cyberspace"], [HOSTILE, HOSTILE]]


def test_plain_tsv_keeps_each_pair_on_one_line(tmp_path: Path) -> None:
    note = ExportNote(guid="x", chinese="人才\t交流", english=("people-to-people\nexchanges",))
    out = tmp_path / "pairs.txt"
    write_text_export([note], out, anki=False)
    assert out.read_text(encoding="utf-8") == "人才 交流\tpeople-to-people exchanges\n"


def test_text_export_refuses_empty_selection_and_bad_folder(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="nothing to export"):
        write_text_export([], tmp_path / "a.csv", anki=True)
    with pytest.raises(InvalidInput, match="does not exist"):
        write_text_export(_notes(), tmp_path / "no" / "a.csv", anki=False)
    assert list(tmp_path.iterdir()) == []


FORMULAS = ('=HYPERLINK("http://evil.example","click")', "+86 10 1234", "-based", "@SUM(A1)")


def _formula_notes() -> list[ExportNote]:
    return [
        ExportNote(guid=f"f-{n}", chinese="网络空间", english=(text,), notes=text, tags=(text,))
        for n, text in enumerate(FORMULAS)
    ]


@pytest.mark.parametrize("name", ["pairs.csv", "pairs.tsv"])
def test_plain_file_cells_never_start_a_formula(tmp_path: Path, name: str) -> None:
    out = tmp_path / name
    write_text_export(_formula_notes(), out, anki=False)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="," if name.endswith(".csv") else "\t"))
    assert rows == [["网络空间", "'" + text] for text in FORMULAS]


@pytest.mark.parametrize("name", ["terms.csv", "terms.tsv"])
def test_anki_file_cells_never_start_a_formula_yet_anki_shows_the_text(
    tmp_path: Path, anki_col: Collection, name: str
) -> None:
    notes = _formula_notes()
    write_apkg(notes[:1], tmp_path / "first.apkg", timestamp=int(time.time()))
    import_package(anki_col, tmp_path / "first.apkg")
    out = tmp_path / name
    write_text_export(notes, out, anki=True)
    delimiter = "," if name.endswith(".csv") else "\t"
    with out.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.reader(handle, delimiter=delimiter) if row[0][:1] != "#"]
    # Chinese, English, Notes, Tags, Deck, GUID: no cell starts with = + - @.
    assert [[cell[:1] for cell in row if cell] for row in rows] == [
        ["网", "&", "&", "'", "D", "f"]
    ] * 4
    metadata = anki_col.get_csv_metadata(str(out), None)
    anki_col.import_csv(ImportCsvRequest(path=str(out), metadata=metadata))
    stored = notes_by_guid(anki_col)
    for note, text in zip(notes, FORMULAS, strict=True):
        english = stored[note.guid]["English"]
        assert english == "&#" + str(ord(text[0])) + ";" + escape(text)[1:]
        assert html.unescape(english) == text
