"""`col.exchange.import_cards`: glossaries, Pleco exports and Anki packages become candidates."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db import Collection
from duiyi.anki.reading import ColumnMapping
from duiyi.errors import EncodingError, InvalidInput, UnsupportedFormat


@pytest.fixture
def col(tmp_path: Path) -> Iterator[Collection]:
    collection = Collection.open(tmp_path / "terms.duiyi")
    yield collection
    collection.close()


def test_glossary_terms_become_candidates_once(tmp_path: Path, col: Collection) -> None:
    col.terms.add(chinese="网络空间", english="cyberspace")
    glossary = tmp_path / "glossary.tsv"
    glossary.write_text(
        "中文\t英文\t拼音\t标签\n"
        "网络空间\tcyber space\t\t\n"
        "人才交流\tpeople-to-people exchanges; talent exchanges\tren2cai2 jiao1liu2\tlaw\n"
        "无英文\t\t\t\n",
        encoding="utf-8",
    )
    summary = col.exchange.import_cards(path=glossary, deck="Glossary").value
    assert (summary.read, summary.added, summary.skipped) == (3, 1, 2)
    [term] = col.terms.find(chinese="人才交流")
    assert term.status == "candidate"
    assert term.deck_name == "Glossary"
    assert term.english == "people-to-people exchanges"
    assert term.other_english == ("talent exchanges",)
    assert term.pinyin == "réncái jiāoliú"
    assert term.tags == ("law",)
    again = col.exchange.import_cards(path=glossary).value
    assert again.added == 0


def test_own_package_read_back_keeps_guids(tmp_path: Path) -> None:
    with Collection.open(tmp_path / "a.duiyi") as first:
        made = first.terms.add(chinese="绿色出行", english=["green travel", "green growth"])
        first.exchange.export_apkg(path=tmp_path / "out.apkg")
    with Collection.open(tmp_path / "b.duiyi") as second:
        summary = second.exchange.import_cards(path=tmp_path / "out.apkg").value
        assert summary.added == 1
        [term] = second.terms.get_many(term_ids=list(summary.term_ids))
        assert term.guid == made.value.guid
        assert (term.english, term.other_english) == ("green travel", ("green growth",))
        assert term.status == "candidate"


def test_column_mapping_by_header_name(tmp_path: Path, col: Collection) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text("Term,Meaning\n人才,talent\n", encoding="utf-8")
    mapping = ColumnMapping(chinese="Term", english="Meaning")
    assert col.exchange.import_cards(path=glossary, mapping=mapping).value.added == 1


def test_damaged_files_add_nothing(tmp_path: Path, col: Collection) -> None:
    broken_csv = tmp_path / "broken.csv"
    broken_csv.write_bytes(b"\x00\x9f\x92\x96" * 50)
    with pytest.raises(UnsupportedFormat, match=r"broken\.csv"):
        col.exchange.import_cards(path=broken_csv)
    odd = tmp_path / "odd.csv"
    odd.write_bytes("网络,net\n".encode("utf-16-le"))
    with pytest.raises((EncodingError, UnsupportedFormat), match=r"odd\.csv"):
        col.exchange.import_cards(path=odd)
    english_only = tmp_path / "english.csv"
    english_only.write_text("hello,world\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"english\.csv"):
        col.exchange.import_cards(path=english_only)
    broken_apkg = tmp_path / "broken.apkg"
    broken_apkg.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(UnsupportedFormat, match=r"broken\.apkg"):
        col.exchange.import_cards(path=broken_apkg)
    assert col.terms.count() == 0
