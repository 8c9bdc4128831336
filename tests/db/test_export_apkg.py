"""Exporting a real collection to .apkg/CSV and checking it with the real Anki library."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from anki.collection import Collection as AnkiCollection
from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest
from anki.import_export_pb2 import ImportAnkiPackageUpdateCondition
from sqlalchemy import select

from db import Collection
from db.models import Card, Setting, TermOccurrence
from db.models import SegmentPair as PairRow
from db.ops.exchange import LAST_EXPORT_KEY
from db.results import CardId, DeckId, TermId
from duiyi.anki.fields import plain_text, split_english
from duiyi.document import AlignedDocument, SegmentPair
from duiyi.errors import Cancelled, InvalidInput
from duiyi.progress import CancelToken

IF_NEWER = ImportAnkiPackageUpdateCondition.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER
HOSTILE = "<script>alert('x')</script> & \"q\" 😀 𠀀"


def _import(anki: AnkiCollection, path: Path) -> object:
    request = ImportAnkiPackageRequest(
        package_path=str(path),
        options=ImportAnkiPackageOptions(
            update_notes=IF_NEWER, update_notetypes=IF_NEWER, with_scheduling=False
        ),
    )
    return anki.import_anki_package(request).log


def _by_guid(anki: AnkiCollection) -> dict[str, object]:
    return {anki.get_note(n).guid: anki.get_note(n) for n in anki.find_notes("")}


@pytest.fixture
def anki(tmp_path: Path) -> Iterator[AnkiCollection]:
    folder = tmp_path / "anki"
    folder.mkdir()
    col = AnkiCollection(str(folder / "collection.anki2"))
    yield col
    col.close()


@pytest.fixture
def col(tmp_path: Path) -> Iterator[Collection]:
    collection = Collection.open(tmp_path / "terms.duiyi")
    yield collection
    collection.close()


def _fill(col: Collection) -> dict[str, int]:
    law = col.decks.create(name="Law").value.id
    economy = col.decks.create(name="Economy").value.id
    summary = col.documents.add(
        document=AlignedDocument(
            title="Annual Report",
            source_name="white.txt",
            format="txt",
            encoding="utf-8",
            layout="paragraph-interleaved",
            pairs=(
                SegmentPair(
                    "paragraph",
                    "构建网络空间命运共同体。",
                    "Build a community with a shared future in cyberspace.",
                    0.9,
                ),
            ),
            content_hash="abc",
        )
    ).value
    ids = {
        "cyber": col.terms.add(
            chinese="网络空间命运共同体",
            english=["a community with a shared future in cyberspace", "cyber community"],
            deck_id=law,
            tags=["key term", "politics"],
        ).value.id,
        "hostile": col.terms.add(
            chinese=HOSTILE, english=[HOSTILE], notes=HOSTILE, deck_id=law, pinyin="x"
        ).value.id,
        "green": col.terms.add(
            chinese="绿色出行", english="green travel", deck_id=economy
        ).value.id,
        "candidate": col.terms.add(
            chinese="候选", english="candidate", status="candidate"
        ).value.id,
        "rejected": col.terms.add(chinese="拒绝", english="rejected", status="rejected").value.id,
    }
    # Occurrences come from term extraction; here one is stored directly.
    with col._write(None) as session:
        pair_id = session.scalar(
            select(PairRow.id).where(PairRow.document_id == int(summary.document_id))
        )
        session.add(
            TermOccurrence(
                term_id=ids["cyber"], pair_id=pair_id, zh_start=2, zh_end=11, en_start=8, en_end=52
            )
        )
    return {**ids, "law": int(law), "economy": int(economy)}


def test_only_accepted_terms_go_out_and_round_trip_exactly(
    tmp_path: Path, col: Collection, anki: AnkiCollection
) -> None:
    ids = _fill(col)
    out = tmp_path / "all.apkg"
    summary = col.exchange.export_apkg(path=out).value
    assert summary.notes == 3
    log = _import(anki, out)
    assert len(log.new) == 3  # type: ignore[attr-defined]
    assert anki.note_count() == 3
    assert anki.card_count() == summary.cards == 6
    assert {d.name for d in anki.decks.all_names_and_ids()} >= {
        "Duiyi",
        "Duiyi::Law",
        "Duiyi::Economy",
    }
    assert len(anki.tags.all()) == summary.tags
    stored = _by_guid(anki)
    cyber = col.terms.get(term_id=ids["cyber"])
    note = stored[cyber.guid]
    assert plain_text(note["ContextZh"]) == "构建网络空间命运共同体。"  # type: ignore[index]
    assert '<span class="duiyi-term">网络空间命运共同体</span>' in note["ContextZh"]  # type: ignore[index]
    assert (
        '<span class="duiyi-term">community with a shared future in cyberspace</span>'
        in (
            note["ContextEn"]  # type: ignore[index]
        )
    )
    assert note["Source"] == "Annual Report"  # type: ignore[index]
    assert split_english(note["English"]) == (  # type: ignore[index]
        "a community with a shared future in cyberspace",
        "cyber community",
    )
    assert sorted(note.tags) == ["key_term", "politics", "source::Annual_Report"]  # type: ignore[attr-defined]
    hostile = stored[col.terms.get(term_id=ids["hostile"]).guid]
    assert plain_text(hostile["Chinese"]) == HOSTILE  # type: ignore[index]
    assert split_english(hostile["English"]) == (HOSTILE,)  # type: ignore[index]
    assert plain_text(hostile["Notes"]) == HOSTILE  # type: ignore[index]
    guids = set(stored)
    for name in ("candidate", "rejected"):
        assert col.terms.get(term_id=ids[name]).guid not in guids


def test_export_after_an_edit_updates_the_note_and_adds_none(
    tmp_path: Path, col: Collection, anki: AnkiCollection
) -> None:
    ids = _fill(col)
    first = col.exchange.export_apkg(path=tmp_path / "one.apkg").value
    _import(anki, tmp_path / "one.apkg")
    col.terms.edit(term_id=ids["green"], english=["green growth"], notes="edited")
    second = col.exchange.export_apkg(path=tmp_path / "two.apkg").value
    assert second.timestamp is not None and first.timestamp is not None
    assert second.timestamp > first.timestamp
    log = _import(anki, tmp_path / "two.apkg")
    assert len(log.new) == 0  # type: ignore[attr-defined]
    assert anki.note_count() == 3
    note = _by_guid(anki)[col.terms.get(term_id=ids["green"]).guid]
    assert note["English"] == "green growth"  # type: ignore[index]
    assert note["Notes"] == "edited"  # type: ignore[index]


def test_export_time_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "c.duiyi"
    with Collection.open(path) as col:
        col.terms.add(chinese="交流", english="exchange")
        first = col.exchange.export_apkg(path=tmp_path / "a.apkg").value.timestamp
    with Collection.open(path) as col:
        second = col.exchange.export_apkg(path=tmp_path / "b.apkg").value.timestamp
        with col._read() as session:
            stored = session.get(Setting, LAST_EXPORT_KEY)
            assert stored is not None and stored.value["time"] == second
    assert first is not None and second is not None and second > first


def test_two_decks_one_after_another_do_not_collide(
    tmp_path: Path, col: Collection, anki: AnkiCollection
) -> None:
    ids = _fill(col)
    law = col.exchange.export_apkg(path=tmp_path / "law.apkg", deck_ids=[DeckId(ids["law"])]).value
    economy = col.exchange.export_apkg(
        path=tmp_path / "economy.apkg", deck_ids=[DeckId(ids["economy"])]
    ).value
    assert (law.notes, economy.notes) == (2, 1)
    _import(anki, tmp_path / "law.apkg")
    _import(anki, tmp_path / "economy.apkg")
    assert anki.note_count() == 3
    assert len(anki.find_notes('"deck:Duiyi::Economy"')) == 1
    assert len(anki.find_notes('"deck:Duiyi::Law"')) == 2


def test_selection_by_tag_document_and_terms(tmp_path: Path, col: Collection) -> None:
    ids = _fill(col)
    assert col.exchange.export_apkg(path=tmp_path / "t.apkg", tags=["key_term"]).value.notes == 1
    deck_ids, document_ids = col.exchange.resolve_selection(documents=["Annual Report"])
    assert deck_ids is None and document_ids is not None
    assert (
        col.exchange.export_apkg(path=tmp_path / "d.apkg", document_ids=document_ids).value.notes
        == 1
    )
    picked = [TermId(ids["green"]), TermId(ids["candidate"])]
    assert col.exchange.export_apkg(path=tmp_path / "p.apkg", term_ids=picked).value.notes == 1


def test_suspended_cards_can_be_left_out(tmp_path: Path, col: Collection) -> None:
    ids = _fill(col)
    with col._read() as session:
        card_ids = list(session.scalars(select(Card.id).where(Card.term_id == ids["green"])))
    col.study.suspend(card_ids=[CardId(c) for c in card_ids])
    assert col.exchange.export_apkg(path=tmp_path / "a.apkg").value.notes == 3
    assert (
        col.exchange.export_apkg(path=tmp_path / "b.apkg", include_suspended=False).value.notes == 2
    )


def test_bad_targets_and_empty_selection(tmp_path: Path, col: Collection) -> None:
    ids = _fill(col)
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(InvalidInput, match="nothing to export"):
        col.exchange.export_apkg(path=tmp_path / "x.apkg", term_ids=[TermId(ids["candidate"])])
    with pytest.raises(InvalidInput, match="does not exist"):
        col.exchange.export_apkg(path=tmp_path / "missing" / "x.apkg")
    blocker = tmp_path / "somefile.txt"
    blocker.write_text("a file")
    with pytest.raises(InvalidInput, match="not a folder"):
        col.exchange.export_apkg(path=blocker / "out.apkg")
    with pytest.raises(InvalidInput, match="not a folder"):
        col.exchange.export_csv(path=blocker / "out.csv", anki=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*before, "somefile.txt"])


def test_csv_exports(tmp_path: Path, col: Collection) -> None:
    _fill(col)
    plain = col.exchange.export_csv(path=tmp_path / "pairs.csv", anki=False).value
    assert plain.notes == 3
    with (tmp_path / "pairs.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert ["绿色出行", "green travel"] in rows
    assert [HOSTILE, HOSTILE] in rows
    col.exchange.export_csv(path=tmp_path / "anki.txt", anki=True)
    text = (tmp_path / "anki.txt").read_text(encoding="utf-8")
    assert text.startswith("#separator:tab\n#html:true\n#notetype:Duiyi term\n")
    assert "候选" not in text


def test_decks_with_context_cards_export_them(
    tmp_path: Path, col: Collection, anki: AnkiCollection
) -> None:
    ids = _fill(col)
    settings = col.decks.settings(deck_id=DeckId(ids["law"]))
    col.decks.set_settings(deck_id=DeckId(ids["law"]), settings=settings.with_changes(cloze=True))
    summary = col.exchange.export_apkg(
        path=tmp_path / "law.apkg", deck_ids=[DeckId(ids["law"])]
    ).value
    # Only the term found in a sentence gets its two context cards.
    assert summary.cards == 2 + 2 + 2
    _import(anki, tmp_path / "law.apkg")
    note = _by_guid(anki)[col.terms.get(term_id=ids["cyber"]).guid]
    ords = sorted(c.ord for c in note.cards())  # type: ignore[attr-defined]
    assert ords == [0, 1, 2, 3]
    cloze_front = next(c for c in note.cards() if c.ord == 2).question()  # type: ignore[attr-defined]
    assert '<div class="context zh masked">构建<span class="duiyi-term">' in cloze_front


def test_cancelled_export_writes_nothing_and_progress_reaches_the_end(
    tmp_path: Path, col: Collection
) -> None:
    _fill(col)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        col.exchange.export_apkg(path=tmp_path / "x.apkg", cancel=token)
    assert not (tmp_path / "x.apkg").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    seen: list[tuple[int, int]] = []
    col.exchange.export_apkg(path=tmp_path / "y.apkg", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (3, 3)


def test_check_database_anki_edits_and_a_duiyi_edit_round_trip(
    tmp_path: Path, col: Collection, anki: AnkiCollection
) -> None:
    ids = _fill(col)
    first = col.exchange.export_apkg(path=tmp_path / "one.apkg").value
    log = _import(anki, tmp_path / "one.apkg")
    assert len(log.new) == 3  # type: ignore[attr-defined]
    assert anki.card_count() == first.cards == 6

    anki.fix_integrity()
    assert anki.card_count() == 6
    cyber_guid = col.terms.get(term_id=ids["cyber"]).guid
    in_anki = _by_guid(anki)[cyber_guid]
    in_anki["Notes"] = "my own mnemonic"  # type: ignore[index]
    anki.update_note(in_anki)  # type: ignore[arg-type]
    assert anki.card_count() == 6

    col.terms.edit(term_id=ids["green"], english=["green growth"])
    second = col.exchange.export_apkg(path=tmp_path / "two.apkg").value
    log = _import(anki, tmp_path / "two.apkg")
    green_guid = col.terms.get(term_id=ids["green"]).guid
    assert [n.fields[0] for n in log.updated] == ["绿色出行"]  # type: ignore[attr-defined]
    assert len(log.new) == 0  # type: ignore[attr-defined]
    assert len(log.duplicate) == 2  # type: ignore[attr-defined]
    assert anki.note_count() == 3
    assert anki.card_count() == second.cards == 6
    stored = _by_guid(anki)
    assert stored[green_guid]["English"] == "green growth"  # type: ignore[index]
    assert stored[cyber_guid]["Notes"] == "my own mnemonic"  # type: ignore[index]
    anki.fix_integrity()
    assert anki.card_count() == 6


def test_tag_and_document_changes_update_their_notes_only(
    tmp_path: Path, col: Collection, anki: AnkiCollection
) -> None:
    ids = _fill(col)
    col.exchange.export_apkg(path=tmp_path / "one.apkg")
    _import(anki, tmp_path / "one.apkg")
    col.tags.remove(term_ids=[ids["cyber"]], tags=["politics"])
    log = _import(anki, _export(col, tmp_path / "two.apkg"))
    assert [n.fields[0] for n in log.updated] == ["网络空间命运共同体"]  # type: ignore[attr-defined]
    col.tags.add(term_ids=[ids["green"]], tags=["economy"])
    col.tags.rename(old="economy", new="growth")
    log = _import(anki, _export(col, tmp_path / "three.apkg"))
    assert [n.fields[0] for n in log.updated] == ["绿色出行"]  # type: ignore[attr-defined]
    assert sorted(_by_guid(anki)[col.terms.get(term_id=ids["green"]).guid].tags) == ["growth"]  # type: ignore[attr-defined]
    (document,) = col.documents.all()
    col.documents.rename(document_id=document.id, title="Annual Report 2025")
    log = _import(anki, _export(col, tmp_path / "four.apkg"))
    assert [n.fields[0] for n in log.updated] == ["网络空间命运共同体"]  # type: ignore[attr-defined]
    cyber = _by_guid(anki)[col.terms.get(term_id=ids["cyber"]).guid]
    assert cyber["Source"] == "Annual Report 2025"  # type: ignore[index]


def _export(col: Collection, path: Path) -> Path:
    col.exchange.export_apkg(path=path)
    return path


def test_turning_on_context_cards_updates_the_notes_that_get_them(
    tmp_path: Path, col: Collection, anki: AnkiCollection
) -> None:
    ids = _fill(col)
    _import(anki, _export(col, tmp_path / "one.apkg"))
    settings = col.decks.settings(deck_id=DeckId(ids["law"]))
    col.decks.set_settings(deck_id=DeckId(ids["law"]), settings=settings.with_changes(cloze=True))
    log = _import(anki, _export(col, tmp_path / "two.apkg"))
    # Only the term found in a sentence gets context cards; the other Law term is unchanged.
    assert [n.fields[0] for n in log.updated] == ["网络空间命运共同体"]  # type: ignore[attr-defined]
    cyber = _by_guid(anki)[col.terms.get(term_id=ids["cyber"]).guid]
    assert sorted(c.ord for c in cyber.cards()) == [0, 1, 2, 3]  # type: ignore[attr-defined]
    assert anki.card_count() == 8
    anki.fix_integrity()
    assert anki.card_count() == 8


def test_fixing_the_alignment_updates_the_notes_of_terms_found_there(
    tmp_path: Path, col: Collection, anki: AnkiCollection
) -> None:
    ids = _fill(col)
    _import(anki, _export(col, tmp_path / "one.apkg"))
    (document,) = col.documents.all()
    (pair,) = col.documents.pairs(document_id=document.id)
    col.documents.split_pair(pair_id=pair.id, zh_at=2, en_at=6)
    log = _import(anki, _export(col, tmp_path / "two.apkg"))
    assert [n.fields[0] for n in log.updated] == ["网络空间命运共同体"]  # type: ignore[attr-defined]
    assert (
        col.terms.get(term_id=ids["green"]).modified_at
        < col.terms.get(term_id=ids["cyber"]).modified_at
    )
