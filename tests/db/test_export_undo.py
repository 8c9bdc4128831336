"""Undo and export: an export is no undo step (as in Anki), and undoing or redoing a change
that was already exported reaches Anki with the next export (the real `anki` package)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from anki.collection import Collection as AnkiCollection
from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest
from anki.import_export_pb2 import ImportAnkiPackageUpdateCondition

from db import Collection
from db.ops.export_marks import REVERSED_KEY
from db.results import TermId
from tests.db.conftest import dump

IF_NEWER = ImportAnkiPackageUpdateCondition.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER


@pytest.fixture
def anki(tmp_path: Path) -> Iterator[AnkiCollection]:
    folder = tmp_path / "anki"
    folder.mkdir()
    collection = AnkiCollection(str(folder / "collection.anki2"))
    yield collection
    collection.close()


@pytest.fixture
def col(tmp_path: Path) -> Iterator[Collection]:
    collection = Collection.open(tmp_path / "terms.duiyi")
    yield collection
    collection.close()


def _send(col: Collection, anki: AnkiCollection, path: Path) -> str:
    """Export everything to `path`, import it into Anki; the green note's English there."""
    col.exchange.export_apkg(path=path)
    request = ImportAnkiPackageRequest(
        package_path=str(path),
        options=ImportAnkiPackageOptions(
            update_notes=IF_NEWER, update_notetypes=IF_NEWER, with_scheduling=False
        ),
    )
    anki.import_anki_package(request)
    assert anki.note_count() == 2
    guid = col.terms.get(term_id=TermId(1)).guid
    (note_id,) = [n for n in anki.find_notes("") if anki.get_note(n).guid == guid]
    return str(anki.get_note(note_id)["English"])


def test_an_export_is_no_undo_step(col: Collection, tmp_path: Path) -> None:
    col.terms.add(chinese="绿色出行", english="green travel")
    col.exchange.export_apkg(path=tmp_path / "out.apkg")
    assert col.undo_label() == "Add term 绿色出行"
    assert col.undo().value == "Add term 绿色出行"
    assert col.undo_label() is None


def test_undo_and_redo_after_an_export_reach_anki_with_the_next_export(
    col: Collection, anki: AnkiCollection, tmp_path: Path
) -> None:
    col.terms.add(chinese="绿色出行", english="green travel")
    col.terms.add(chinese="数字鸿沟", english="digital divide")
    col.terms.edit(term_id=TermId(1), english=["green growth"])
    assert _send(col, anki, tmp_path / "one.apkg") == "green growth"
    col.undo()
    assert col.terms.get(term_id=TermId(1)).renderings[0].english == "green travel"
    assert _send(col, anki, tmp_path / "two.apkg") == "green travel"
    col.redo()
    assert _send(col, anki, tmp_path / "three.apkg") == "green growth"
    # The export is still no undo step: undo reaches the edit again.
    assert col.undo().value == "Edit term 绿色出行"
    assert _send(col, anki, tmp_path / "four.apkg") == "green travel"


def test_a_note_edited_in_anki_is_kept_when_an_undo_did_not_touch_its_term(
    col: Collection, anki: AnkiCollection, tmp_path: Path
) -> None:
    col.terms.add(chinese="绿色出行", english="green travel")
    col.terms.add(chinese="数字鸿沟", english="digital divide")
    _send(col, anki, tmp_path / "one.apkg")
    guid = col.terms.get(term_id=TermId(2)).guid
    (note_id,) = [n for n in anki.find_notes("") if anki.get_note(n).guid == guid]
    note = anki.get_note(note_id)
    note["English"] = "the digital divide (mine)"
    anki.update_note(note)
    col.terms.edit(term_id=TermId(1), english=["green growth"])
    col.undo()
    assert _send(col, anki, tmp_path / "two.apkg") == "green travel"
    assert anki.get_note(note_id)["English"] == "the digital divide (mine)"


def test_without_an_export_undo_still_restores_every_row_exactly(col: Collection) -> None:
    col.terms.add(chinese="绿色出行", english="green travel")
    before = dump(col.path)
    col.terms.edit(term_id=TermId(1), english=["green growth"])
    col.undo()
    assert dump(col.path) == before
    assert not any(REVERSED_KEY in line for line in before)


def test_undoing_a_change_made_after_the_last_export_marks_nothing(
    col: Collection, tmp_path: Path
) -> None:
    col.terms.add(chinese="绿色出行", english="green travel")
    col.exchange.export_apkg(path=tmp_path / "out.apkg")
    col.terms.edit(term_id=TermId(1), english=["green growth"])
    before = dump(col.path)
    col.terms.edit(term_id=TermId(1), english=["greener growth"])
    col.undo()
    # The restored state was never exported: rows come back exactly, no mark is written.
    assert dump(col.path) == before
