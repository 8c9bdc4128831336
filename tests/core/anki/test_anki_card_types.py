"""Card types Duiyi does not export stay absent in Anki: Check Database and editing a note
make no card for them (real `anki` library)."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import time
import zipfile
from pathlib import Path

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from anki_check import IF_NEWER, import_package, notes_by_guid

from duiyi.anki.apkg import write_apkg
from duiyi.anki.fields import CARD_SWITCH_FIELDS, FIELD_NAMES
from duiyi.anki.model import MODEL_ID
from duiyi.anki.notes import DIRECTIONS, ExportContext, ExportNote

CONTEXT = ExportContext(
    zh="构建网络空间命运共同体。",
    en="Build a community with a shared future in cyberspace.",
    zh_span=(2, 11),
    en_span=(8, 52),
)


def _note(guid: str, directions: tuple[str, ...], **changes: object) -> ExportNote:
    note = ExportNote(
        guid=guid,
        chinese="网络空间命运共同体",
        english=("community with a shared future in cyberspace",),
        context=CONTEXT,
        directions=directions,
    )
    return dataclasses.replace(note, **changes)  # type: ignore[arg-type]


def _ords(col: Collection) -> dict[str, list[int]]:
    return {
        guid: sorted(card.ord for card in note.cards()) for guid, note in notes_by_guid(col).items()
    }


NOTES = [
    _note("both", ("recognition", "production")),
    _note("recognition-only", ("recognition",)),
    _note("production-only", ("production",)),
    _note("all-four", DIRECTIONS),
    _note("context-off-no-english", ("recognition", "production"), english=()),
]
EXPECTED = {
    "both": [0, 1],
    "recognition-only": [0],
    "production-only": [1],
    "all-four": [0, 1, 2, 3],
    "context-off-no-english": [0],
}


def test_check_database_and_editing_add_no_card(tmp_path: Path, anki_col: Collection) -> None:
    write_apkg(NOTES, tmp_path / "terms.apkg", timestamp=int(time.time()))
    import_package(anki_col, tmp_path / "terms.apkg")
    assert _ords(anki_col) == EXPECTED
    assert anki_col.card_count() == 9

    anki_col.fix_integrity()
    assert _ords(anki_col) == EXPECTED

    for guid, note in notes_by_guid(anki_col).items():
        note["Notes"] = f"edited in Anki: {guid}"
        anki_col.update_note(note)
    anki_col.fix_integrity()
    assert _ords(anki_col) == EXPECTED
    assert anki_col.card_count() == 9


def test_a_switch_typed_in_anki_turns_a_card_on(tmp_path: Path, anki_col: Collection) -> None:
    write_apkg(NOTES[:2], tmp_path / "terms.apkg", timestamp=int(time.time()))
    import_package(anki_col, tmp_path / "terms.apkg")
    note = notes_by_guid(anki_col)["both"]
    assert [note[CARD_SWITCH_FIELDS[d]] for d in DIRECTIONS] == ["", "", "", ""]
    note[CARD_SWITCH_FIELDS["cloze_zh"]] = "on"
    anki_col.update_note(note)
    assert _ords(anki_col) == {"both": [0, 1, 2], "recognition-only": [0]}
    only = notes_by_guid(anki_col)["recognition-only"]
    assert [only[CARD_SWITCH_FIELDS[d]] for d in DIRECTIONS] == ["", "off", "", ""]


def _old_schema_package(source: Path, target: Path) -> None:
    """`source` rewritten as exports before the card switches were: seven fields, plain fronts."""
    with zipfile.ZipFile(source) as archive:
        data = archive.read("collection.anki2")
    database = sqlite3.connect(":memory:")
    database.deserialize(data)
    (models_text,) = database.execute("SELECT models FROM col").fetchone()
    models = json.loads(models_text)
    for model in models.values():
        model["flds"] = model["flds"][:7]
        for template in model["tmpls"]:
            for switch in CARD_SWITCH_FIELDS.values():
                for mark in "^#/":
                    template["qfmt"] = template["qfmt"].replace(f"{{{{{mark}{switch}}}}}", "")
        model["mod"] -= 100
    database.execute("UPDATE col SET models = ?", (json.dumps(models),))
    for note_id, fields in database.execute("SELECT id, flds FROM notes").fetchall():
        kept = "\x1f".join(fields.split("\x1f")[:7])
        database.execute("UPDATE notes SET flds = ?, mod = mod - 100 WHERE id = ?", (kept, note_id))
    database.commit()
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("collection.anki2", database.serialize())
        archive.writestr("media", "{}")
    database.close()


def test_notes_of_an_older_export_keep_their_cards_when_anki_merges_the_note_type(
    tmp_path: Path, anki_col: Collection
) -> None:
    notes = NOTES[:2]
    write_apkg(notes, tmp_path / "new.apkg", timestamp=int(time.time()))
    _old_schema_package(tmp_path / "new.apkg", tmp_path / "old.apkg")
    import_package(anki_col, tmp_path / "old.apkg")
    before = _ords(anki_col)
    assert before == {"both": [0, 1], "recognition-only": [0]}

    request = ImportAnkiPackageRequest(
        package_path=str(tmp_path / "new.apkg"),
        options=ImportAnkiPackageOptions(
            update_notes=IF_NEWER, update_notetypes=IF_NEWER, merge_notetypes=True
        ),
    )
    anki_col.import_anki_package(request)
    names = anki_col.db.list("SELECT name FROM fields WHERE ntid = ? ORDER BY ord", MODEL_ID)
    assert names == list(FIELD_NAMES)
    stored = notes_by_guid(anki_col)
    assert [len(stored[n.guid].fields) for n in notes] == [len(FIELD_NAMES)] * 2
    # Empty switches mean Duiyi's default card types: a note exported with them keeps exactly
    # its cards (no context cards appear); a note that had fewer gets the defaults, as
    # older exports let Anki do anyway, until Anki updates it from a later export.
    assert _ords(anki_col) == {"both": [0, 1], "recognition-only": [0, 1]}
    for card_id in anki_col.find_cards(""):
        card = anki_col.get_card(card_id)
        assert "网络空间命运共同体" in card.question()
