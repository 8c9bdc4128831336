"""Packages written by Duiyi, imported into a fresh collection with the real Anki library."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import pytest
from anki.collection import Collection
from anki_check import duiyi_decks, import_package, notes_by_guid

from duiyi.anki.apkg import PreviousExport, next_export_time, note_time, write_apkg
from duiyi.anki.fields import note_fields, plain_text, split_english
from duiyi.anki.model import MODEL_NAME
from duiyi.anki.notes import DIRECTIONS, ExportContext, ExportDeck, ExportNote
from duiyi.errors import Cancelled, InvalidInput
from duiyi.progress import CancelToken
from tests.unprivileged import locked_folder, run_unprivileged

HOSTILE = "<script>alert('x')</script> & \"q\" 😀 𠀀"


def _notes() -> list[ExportNote]:
    law = ExportDeck("Law texts", 2)
    return [
        ExportNote(
            guid="duiyi-0001",
            chinese="网络空间命运共同体",
            pinyin="wǎngluò kōngjiān mìngyùn gòngtóngtǐ",
            english=("a community with a shared future in cyberspace", "cyber community"),
            context=ExportContext(
                zh="构建网络空间命运共同体。",
                en="Build a community with a shared future in cyberspace.",
                zh_span=(2, 11),
                en_span=(6, 52),
            ),
            source="Annual Report 2024",
            notes="line one\nline two",
            tags=("politics", "key term"),
            deck=law,
            directions=DIRECTIONS,
        ),
        ExportNote(
            guid="duiyi-0002",
            chinese=HOSTILE,
            pinyin=HOSTILE,
            english=(HOSTILE,),
            context=ExportContext(zh=HOSTILE, en=HOSTILE, zh_span=(0, 8), en_span=(29, 30)),
            source=HOSTILE,
            notes=HOSTILE,
            tags=("politics",),
            deck=law,
        ),
        ExportNote(guid="duiyi-0003", chinese="人才交流", english=("people-to-people exchanges",)),
    ]


def test_package_imports_with_matching_counts_and_exact_fields(
    tmp_path: Path, anki_col: Collection
) -> None:
    notes = _notes()
    out = tmp_path / "terms.apkg"
    summary = write_apkg(notes, out, timestamp=int(time.time()))
    log = import_package(anki_col, out)

    assert len(log.new) == summary.notes == 3
    assert anki_col.note_count() == 3
    assert anki_col.card_count() == summary.cards == 4 + 2 + 2
    assert duiyi_decks(anki_col) == {"Duiyi", "Duiyi::Law texts"} == set(summary.decks)
    assert len(anki_col.tags.all()) == summary.tags == 4  # politics key_term source::x2
    stored = notes_by_guid(anki_col)
    for note in notes:
        anki_note = stored[note.guid]
        assert anki_note.note_type()["name"] == MODEL_NAME
        assert list(anki_note.fields) == note_fields(note)
    hostile = stored["duiyi-0002"]
    assert plain_text(hostile["Chinese"]) == HOSTILE
    assert plain_text(hostile["ContextZh"]) == HOSTILE
    assert split_english(hostile["English"]) == (HOSTILE,)
    assert plain_text(hostile["Notes"]) == HOSTILE
    assert split_english(stored["duiyi-0001"]["English"]) == notes[0].english
    assert sorted(stored["duiyi-0001"].tags) == [
        "key_term",
        "politics",
        "source::Annual_Report_2024",
    ]
    deck_of_first = anki_col.decks.name(stored["duiyi-0001"].cards()[0].did)
    assert deck_of_first == "Duiyi::Law texts"
    assert anki_col.decks.name(stored["duiyi-0003"].cards()[0].did) == "Duiyi"


def test_card_fronts_mask_the_answer_in_the_context(tmp_path: Path, anki_col: Collection) -> None:
    out = tmp_path / "terms.apkg"
    write_apkg(_notes()[:1], out, timestamp=int(time.time()))
    import_package(anki_col, out)
    cards = {c.ord: c for c in notes_by_guid(anki_col)["duiyi-0001"].cards()}
    recognition = cards[0].question()
    assert '<div class="hanzi">网络空间命运共同体</div>' in recognition
    assert '<div class="context en masked">' in recognition
    assert 'class="context zh">构建<span' in recognition
    production = cards[1].question()
    assert '<div class="hanzi">' not in production
    assert '<div class="context zh masked">构建<span class="duiyi-term">' in production
    assert '<div class="context en masked">' not in production
    assert '<div class="context zh masked">' in cards[2].question()
    assert '<div class="context en masked">' in cards[3].question()
    assert "masked" not in cards[1].answer().split('id="answer"')[1]


def test_second_export_after_an_edit_updates_and_adds_nothing(
    tmp_path: Path, anki_col: Collection
) -> None:
    notes = _notes()
    first = next_export_time(time.time(), None)
    write_apkg(notes, tmp_path / "one.apkg", timestamp=first)
    import_package(anki_col, tmp_path / "one.apkg")
    edited = dataclasses.replace(notes[2], english=("talent exchanges",), notes="edited")
    # At once, within the same second: the timestamp must still be later.
    second = next_export_time(time.time(), first)
    assert second > first
    write_apkg([notes[0], notes[1], edited], tmp_path / "two.apkg", timestamp=second)
    log = import_package(anki_col, tmp_path / "two.apkg")

    assert len(log.new) == 0
    assert len(log.updated) == 3
    assert anki_col.note_count() == 3
    assert anki_col.card_count() == 8
    stored = notes_by_guid(anki_col)["duiyi-0003"]
    assert stored["English"] == "talent exchanges"
    assert stored["Notes"] == "edited"


def test_two_decks_exported_one_after_another_do_not_collide(
    tmp_path: Path, anki_col: Collection
) -> None:
    first = [
        ExportNote(guid=f"a-{i}", chinese=f"词{i}", english=(f"word {i}",), deck=ExportDeck("A", 1))
        for i in range(5)
    ]
    second = [
        ExportNote(guid=f"b-{i}", chinese=f"词{i}", english=(f"word {i}",), deck=ExportDeck("B", 2))
        for i in range(7)
    ]
    stamp = next_export_time(time.time(), None)
    write_apkg(first, tmp_path / "a.apkg", timestamp=stamp)
    write_apkg(second, tmp_path / "b.apkg", timestamp=next_export_time(time.time(), stamp))
    import_package(anki_col, tmp_path / "a.apkg")
    log = import_package(anki_col, tmp_path / "b.apkg")
    assert len(log.new) == 7
    assert anki_col.note_count() == 12
    assert anki_col.card_count() == 24
    assert duiyi_decks(anki_col) == {"Duiyi", "Duiyi::A", "Duiyi::B"}
    in_b = anki_col.find_notes('"deck:Duiyi::B"')
    assert len(in_b) == 7


def test_suspended_cards_stay_suspended(tmp_path: Path, anki_col: Collection) -> None:
    note = dataclasses.replace(_notes()[2], suspended=frozenset({"production"}))
    write_apkg([note], tmp_path / "s.apkg", timestamp=int(time.time()))
    # Anki keeps suspension when the user imports with scheduling.
    import_package(anki_col, tmp_path / "s.apkg", with_scheduling=True)
    assert len(anki_col.find_cards("is:suspended")) == 1
    assert anki_col.card_count() == 2


def test_next_export_time_is_strictly_later() -> None:
    assert next_export_time(100.9, None) == 100
    assert next_export_time(100.9, 100) == 101
    assert next_export_time(90.0, 100) == 101
    assert next_export_time(200.0, 100) == 200


def test_a_note_carries_the_time_its_term_changed() -> None:
    previous = PreviousExport(timestamp=1000, made_at=1000.4)
    # Changed before the last export: its own second, so Anki keeps its copy.
    assert note_time(900.7, timestamp=1005, previous=previous) == 900
    # Changed after the last export within the second it stamped: one second later.
    assert note_time(1000.6, timestamp=1005, previous=previous) == 1001
    assert note_time(1003.2, timestamp=1005, previous=previous) == 1003
    # Never later than the package; no stored time means the package's.
    assert note_time(2000.0, timestamp=1005, previous=previous) == 1005
    assert note_time(None, timestamp=1005, previous=previous) == 1005
    assert note_time(1000.6, timestamp=1005, previous=None) == 1000


def test_empty_selection_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="nothing to export"):
        write_apkg([], tmp_path / "x.apkg", timestamp=1)
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_named(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "x.apkg"
    with pytest.raises(InvalidInput, match="does not exist") as error:
        write_apkg(_notes(), target, timestamp=1)
    assert str(tmp_path / "nowhere") in str(error.value)


def test_path_under_a_file_is_refused_and_nothing_written(tmp_path: Path) -> None:
    blocker = tmp_path / "somefile.txt"
    blocker.write_text("not a folder")
    with pytest.raises(InvalidInput, match="is a file, not a folder"):
        write_apkg(_notes(), blocker / "out.apkg", timestamp=1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["somefile.txt"]


def test_folder_without_permission() -> None:
    # Run as an ordinary user even under root, which would ignore the permission bits.
    with locked_folder() as locked:
        target = locked / "out.apkg"
        said = run_unprivileged(lambda: write_apkg(_notes(), target, timestamp=1))
        assert said == (
            f"StorageError: Cannot export to {target}: no permission to write in {locked}."
        )
        assert list(locked.iterdir()) == []


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        write_apkg(_notes(), tmp_path / "x.apkg", timestamp=1, cancel=token)
    assert list(tmp_path.iterdir()) == []


def test_existing_file_is_replaced_whole(tmp_path: Path, anki_col: Collection) -> None:
    out = tmp_path / "x.apkg"
    out.write_bytes(b"old")
    seen: list[tuple[int, int]] = []
    write_apkg(_notes(), out, timestamp=int(time.time()), progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (3, 3)
    assert len(import_package(anki_col, out).new) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["anki", "x.apkg"]
