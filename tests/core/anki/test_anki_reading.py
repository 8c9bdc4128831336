"""Reading glossaries, Pleco exports and Anki packages (made by the real Anki library)."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest
from anki.collection import Collection, ExportAnkiPackageOptions

from duiyi.anki.apkg import write_apkg
from duiyi.anki.notes import ExportNote
from duiyi.anki.reading import ColumnMapping, read_cards
from duiyi.errors import EncodingError, InvalidInput, UnsupportedFormat

HOSTILE = '<script>x</script> & "q" 😀 𠀀'


def _basic_deck(col: Collection) -> None:
    basic = col.models.by_name("Basic")
    assert basic is not None
    for front, back in (("电脑", "computer"), ("人才交流 <b>", "people-to-people exchanges"),
                        ("no chinese here", "skip me")):  # fmt: skip
        note = col.new_note(basic)
        note["Front"] = front if "<" not in front else "人才交流 &lt;b&gt;"
        note["Back"] = f"<i>{back}</i>"
        note.tags = ["lesson_1"]
        col.add_note(note, col.decks.id_for_name("Default") or 1)  # type: ignore[arg-type]


@pytest.mark.parametrize("legacy", [False, True])
def test_reads_packages_exported_by_anki(
    tmp_path: Path, anki_col: Collection, legacy: bool
) -> None:
    _basic_deck(anki_col)
    out = tmp_path / "anki.apkg"
    anki_col.export_anki_package(
        out_path=str(out),
        options=ExportAnkiPackageOptions(
            with_scheduling=False, with_deck_configs=False, with_media=True, legacy=legacy
        ),
        limit=None,
    )
    names = zipfile.ZipFile(out).namelist()
    assert ("collection.anki21" if legacy else "collection.anki21b") in names
    cards = read_cards(out)
    assert [c.chinese for c in cards] == ["电脑", "人才交流 <b>"]
    assert cards[0].english == ("computer",)
    assert cards[1].english == ("people-to-people exchanges",)
    assert cards[0].tags == ("lesson_1",)
    assert all(c.guid is None for c in cards)


def test_reads_duiyi_packages_back_exactly(tmp_path: Path) -> None:
    note = ExportNote(
        guid="g-1", chinese=HOSTILE, pinyin="wǎng", english=(HOSTILE, "other"), notes="a\nb"
    )
    out = tmp_path / "d.apkg"
    write_apkg([note], out, timestamp=int(time.time()))
    [card] = read_cards(out)
    assert card.chinese == HOSTILE
    assert card.english == (HOSTILE, "other")
    assert card.pinyin == "wǎng"
    assert card.notes == "a\nb"
    assert card.guid == "g-1"


def test_damaged_package_is_named(tmp_path: Path) -> None:
    broken = tmp_path / "broken.apkg"
    broken.write_bytes(b"PK\x03\x04 this is not really a zip")
    with pytest.raises(UnsupportedFormat, match=r"broken\.apkg"):
        read_cards(broken)
    empty = tmp_path / "empty.apkg"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("media", "{}")
    with pytest.raises(UnsupportedFormat, match=r"empty\.apkg is not an Anki package"):
        read_cards(empty)
    garbage = tmp_path / "garbage.apkg"
    with zipfile.ZipFile(garbage, "w") as archive:
        archive.writestr("collection.anki21b", b"not zstd at all")
    with pytest.raises(UnsupportedFormat, match=r"garbage\.apkg"):
        read_cards(garbage)
    not_sqlite = tmp_path / "notsqlite.apkg"
    with zipfile.ZipFile(not_sqlite, "w") as archive:
        archive.writestr("collection.anki2", b"hello" * 1000)
    with pytest.raises(UnsupportedFormat, match=r"notsqlite\.apkg"):
        read_cards(not_sqlite)


def test_zip_member_names_never_become_paths(tmp_path: Path) -> None:
    evil = tmp_path / "evil.apkg"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("../../escaped.txt", "x")
        archive.writestr("collection.anki2", b"junk")
    with pytest.raises(UnsupportedFormat):
        read_cards(evil)
    assert not (tmp_path.parent / "escaped.txt").exists()
    assert not (tmp_path / "escaped.txt").exists()


def test_glossary_with_header_row(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text(
        "English,Chinese,Pinyin,Notes\n"
        '"community with a shared future; shared future",'
        '命运共同体,ming4yun4 gong4tong2ti3,"a, b"\n'
        "cyberspace,网络空间,,\n",
        encoding="utf-8-sig",
    )
    cards = read_cards(path)
    assert [c.chinese for c in cards] == ["命运共同体", "网络空间"]
    assert cards[0].english == ("community with a shared future", "shared future")
    assert cards[0].pinyin == "mìngyùn gòngtóngtǐ"
    assert cards[0].notes == "a, b"


def test_glossary_without_header_is_read_from_its_cells(tmp_path: Path) -> None:
    path = tmp_path / "g.tsv"
    path.write_text("cyberspace\t网络空间\nexchanges\t交流\n", encoding="utf-8")
    cards = read_cards(path)
    assert [(c.chinese, c.english) for c in cards] == [
        ("网络空间", ("cyberspace",)),
        ("交流", ("exchanges",)),
    ]


def test_glossary_with_a_column_mapping(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text("a;网络空间;cyberspace;law\nb;交流;exchange;\n", encoding="gb18030")
    mapping = ColumnMapping.parse("chinese=2,english=3,tags=4")
    cards = read_cards(path, mapping=mapping)
    assert cards[0].chinese == "网络空间"
    assert cards[0].english == ("cyberspace",)
    assert cards[0].tags == ("law",)
    with pytest.raises(InvalidInput, match="not a column mapping"):
        ColumnMapping.parse("hanzi")
    with pytest.raises(InvalidInput, match="no column named 'Foo'"):
        read_cards(path, mapping=ColumnMapping(chinese="Foo"))


def test_pleco_export_with_categories(tmp_path: Path) -> None:
    path = tmp_path / "pleco.txt"
    path.write_text(
        "// Politics/White papers\n"
        "网络空间[網絡空間]\twang3luo4 kong1jian1\tcyberspace\ue001\n"
        "// Economy\n"
        "绿色出行\tlv4se4 chu1xing2\tgreen travel\n",
        encoding="utf-8",
    )
    cards = read_cards(path)
    assert cards[0].chinese == "网络空间"
    assert cards[0].pinyin == "wǎngluò kōngjiān"
    assert cards[0].english == ("cyberspace",)
    assert cards[0].tags == ("Politics::White_papers",)
    assert cards[0].notes == "Traditional: 網絡空間"
    assert cards[1].pinyin == "lǜsè chūxíng"
    assert cards[1].tags == ("Economy",)


def test_bad_text_files_are_named(tmp_path: Path) -> None:
    binary = tmp_path / "bin.csv"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(UnsupportedFormat, match=r"bin\.csv"):
        read_cards(binary)
    latin = tmp_path / "latin.csv"
    latin.write_text("hello,world\nfoo,bar\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"latin\.csv"):
        read_cards(latin)
    undecodable = tmp_path / "odd.tsv"
    undecodable.write_bytes(b"\xff\xff\xff\xfe\x81\x30" * 3 + b"\x80")
    with pytest.raises((EncodingError, UnsupportedFormat), match=r"odd\.tsv"):
        read_cards(undecodable)


def test_a_second_pinyin_field_is_not_taken_for_the_english(
    tmp_path: Path, anki_col: Collection
) -> None:
    models = anki_col.models
    model = models.new("Four fields")
    for name in ("A", "B", "C", "D"):
        models.add_field(model, models.new_field(name))
    template = models.new_template("Card 1")
    template["qfmt"], template["afmt"] = "{{A}}", "{{D}}"
    models.add_template(model, template)
    models.add(model)
    note = anki_col.new_note(models.by_name("Four fields"))  # type: ignore[arg-type]
    note["A"], note["B"], note["C"], note["D"] = "低碳", "dī tàn", "di1 tan4", "low-carbon"
    anki_col.add_note(note, anki_col.decks.id_for_name("Default") or 1)  # type: ignore[arg-type]
    out = tmp_path / "four.apkg"
    anki_col.export_anki_package(
        out_path=str(out),
        options=ExportAnkiPackageOptions(
            with_scheduling=False, with_deck_configs=False, with_media=False, legacy=False
        ),
        limit=None,
    )
    assert [(c.chinese, c.pinyin, c.english) for c in read_cards(out)] == [
        ("低碳", "dī tàn", ("low-carbon",))
    ]
