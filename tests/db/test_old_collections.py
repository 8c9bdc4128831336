"""Collections made by earlier versions of Duiyi open in this one, migrated, with nothing lost.

tests/data/collections/ keeps one file per released version (VERSION.duiyi) and the facts about
it (VERSION.json: how it was made and what it holds). Add a file whenever the schema changes.
Each test works on a copy: opening migrates, and the kept file must stay as that version wrote it.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from anki.collection import Collection as AnkiCollection

from db import Collection, migrate
from db.ops.term_info import TermQuery

OLD = Path(__file__).resolve().parents[1] / "data" / "collections"
FILES = sorted(OLD.glob("*.duiyi"))


def _revision(path: Path) -> str:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(params=FILES, ids=[f.stem for f in FILES])
def old(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Path, dict[str, Any]]]:
    kept: Path = request.param
    before = _digest(kept)
    copy = tmp_path / "collection.duiyi"
    shutil.copy2(kept, copy)
    facts = json.loads(kept.with_suffix(".json").read_text(encoding="utf-8"))
    yield copy, facts
    assert _digest(kept) == before, f"{kept.name} was changed: tests must open a copy"


def test_the_first_kept_collection_is_from_version_0_1_0() -> None:
    assert [f.name for f in FILES][:1] == ["0.1.0.duiyi"]
    assert all(f.with_suffix(".json").is_file() for f in FILES)


def test_an_old_collection_opens_migrated_to_this_version(old: tuple[Path, dict[str, Any]]) -> None:
    path, facts = old
    assert _revision(path) == facts["revision"]
    with Collection.open(path) as col:
        # A schema upgrade is preceded by a backup; an up-to-date file needs none.
        upgraded = facts["revision"] != migrate.head_revision()
        assert len(col.backups.all()) == (1 if upgraded else 0)
        report = col.check()
        assert (report.integrity, report.foreign_keys, report.orphans) == ((), (), ())
    assert _revision(path) == migrate.head_revision()


def test_an_old_collection_keeps_its_documents_terms_and_reviews(
    old: tuple[Path, dict[str, Any]],
) -> None:
    path, facts = old
    with Collection.open(path) as col:
        documents = [[d.title, d.pair_count, d.sentence_count] for d in col.documents.all()]
        assert documents == facts["documents"]
        counts = {status: col.terms.count(TermQuery(status=status)) for status in facts["terms"]}
        assert counts == facts["terms"]
        assert col.terms.count(TermQuery(suspended=True)) == facts["suspended_terms"]
        stats = col.study.stats()
        assert stats.reviews == facts["reviews"]
        assert dict(stats.states) == facts["card_states"]
        wanted = facts["term"]
        (term,) = col.terms.find(chinese=wanted["chinese"])
        assert [r.english for r in term.renderings] == [wanted["english"]]
        assert (term.pinyin, term.deck_name, list(term.tags), term.notes) == (
            wanted["pinyin"],
            wanted["deck"],
            wanted["tags"],
            wanted["notes"],
        )
        # The search index came along: the English finds the term.
        assert [t.id for t in col.terms.search(TermQuery(text=wanted["english"]))] == [term.id]


def test_an_old_collection_takes_new_work_and_exports_to_anki(
    old: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    path, facts = old
    with Collection.open(path) as col:
        added = col.terms.add(chinese="乡村振兴", english="rural revitalization").value
        card = col.study.next_card()
        assert card is not None
        out = tmp_path / "old.apkg"
        summary = col.exchange.export_apkg(path=out).value
    accepted = facts["terms"]["accepted"] + 1
    assert summary.notes == accepted
    anki = AnkiCollection(str(tmp_path / "anki.anki2"))
    try:
        from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

        anki.import_anki_package(
            ImportAnkiPackageRequest(package_path=str(out), options=ImportAnkiPackageOptions())
        )
        assert anki.note_count() == accepted
        fronts = {anki.get_note(n).fields[0] for n in anki.find_notes("")}
    finally:
        anki.close()
    assert added.chinese in fronts
    with Collection.open(path) as col:
        assert col.terms.count(TermQuery(status="accepted")) == accepted
