"""Anki's own "Notes in Plain Text" export, made by the real `anki` library from a Duiyi
package, read back by `import-cards`: Duiyi's notes field by field, other note types by name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from anki.collection import Collection as AnkiCollection
from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest
from anki.import_export_pb2 import ImportAnkiPackageUpdateCondition

from db import Collection
from db.ops.term_info import TermInfo, TermQuery

IF_NEWER = ImportAnkiPackageUpdateCondition.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER
HOSTILE = "<b>x</b> & \"q\"; 'quoted', 网"


@pytest.fixture
def anki(tmp_path: Path) -> Iterator[AnkiCollection]:
    folder = tmp_path / "anki"
    folder.mkdir()
    col = AnkiCollection(str(folder / "collection.anki2"))
    yield col
    col.close()


def _fields(term: TermInfo) -> tuple[object, ...]:
    english = (term.english, *term.other_english)
    return term.guid, term.chinese, term.pinyin, english, term.notes, term.tags


def _anki_text(tmp_path: Path, anki: AnkiCollection, *, html: bool) -> tuple[Path, list[TermInfo]]:
    """Terms made in Duiyi, exported as .apkg, imported into Anki, exported by Anki as text."""
    source = Collection.open(tmp_path / "source.duiyi")
    try:
        source.terms.add(
            chinese="数字鸿沟", english=["digital divide", "digital gap"],
            pinyin="shu4zi4 hong2gou1", notes="first line\nsecond; line", tags=["econ", "l1"],
        )  # fmt: skip
        source.terms.add(chinese=HOSTILE, english=[HOSTILE, "a, b"], notes="<i>not markup</i>")
        source.terms.add(chinese="泰安", english="Tai'an", tags=["place::city"])
        source.exchange.export_apkg(path=tmp_path / "terms.apkg")
        terms = source.terms.search(TermQuery(text=""))
    finally:
        source.close()
    request = ImportAnkiPackageRequest(
        package_path=str(tmp_path / "terms.apkg"),
        options=ImportAnkiPackageOptions(update_notes=IF_NEWER, update_notetypes=IF_NEWER),
    )
    anki.import_anki_package(request)
    basic = anki.models.by_name("Basic")
    assert basic is not None
    note = anki.new_note(basic)
    note["Front"], note["Back"] = "<i>computer</i>", "电脑"  # English first, in a stock type
    anki.add_note(note, anki.decks.id_for_name("Default") or 1)  # type: ignore[arg-type]
    out = tmp_path / "notes.txt"
    anki.export_note_csv(
        out_path=str(out), limit=None, with_html=html, with_tags=True, with_deck=True,
        with_notetype=True, with_guid=True,
    )  # fmt: skip
    return out, terms


def test_duiyi_notes_round_trip_exactly(tmp_path: Path, anki: AnkiCollection) -> None:
    path, originals = _anki_text(tmp_path, anki, html=True)
    assert path.read_text(encoding="utf-8").startswith("#separator:tab\n#html:true\n#guid column:1")
    col = Collection.open(tmp_path / "target.duiyi")
    try:
        summary = col.exchange.import_cards(path=path).value
        assert (summary.read, summary.added) == (4, 4)
        imported = {t.guid: t for t in col.terms.search(TermQuery(text=""))}
    finally:
        col.close()
    for original in originals:
        assert _fields(imported[original.guid]) == _fields(original)
    [basic] = [t for t in imported.values() if t.chinese == "电脑"]
    assert (basic.english, basic.other_english, basic.tags) == ("computer", (), ())
    assert basic.guid not in {t.guid for t in originals}


def test_plain_text_without_html(tmp_path: Path, anki: AnkiCollection) -> None:
    path, originals = _anki_text(tmp_path, anki, html=False)
    col = Collection.open(tmp_path / "target.duiyi")
    try:
        col.exchange.import_cards(path=path)
        imported = {t.chinese: t for t in col.terms.search(TermQuery(text=""))}
    finally:
        col.close()
    assert sorted(imported) == sorted([t.chinese for t in originals] + ["电脑"])
    # Without HTML Anki glues a note's other renderings to the first: only the text survives.
    assert imported[HOSTILE].english == HOSTILE + "a, b"
    assert imported["泰安"].english == "Tai'an"
    assert imported["数字鸿沟"].pinyin == "shùzì hónggōu"
    assert imported["数字鸿沟"].notes == "first line second; line"  # Anki joins the lines
    assert imported["电脑"].english == "computer"
