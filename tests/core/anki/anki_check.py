"""Importing into a fresh collection with the real Anki library, for the export tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from anki.import_export_pb2 import ImportAnkiPackageUpdateCondition

IF_NEWER = ImportAnkiPackageUpdateCondition.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER


def import_package(col: Collection, path: Path, *, with_scheduling: bool = False) -> Any:
    """Import an .apkg as Anki's desktop does by default (update if newer, no scheduling)."""
    request = ImportAnkiPackageRequest(
        package_path=str(path),
        options=ImportAnkiPackageOptions(
            update_notes=IF_NEWER, update_notetypes=IF_NEWER, with_scheduling=with_scheduling
        ),
    )
    return col.import_anki_package(request).log


def notes_by_guid(col: Collection) -> dict[str, Any]:
    """Every note of the collection, by GUID."""
    return {col.get_note(nid).guid: col.get_note(nid) for nid in col.find_notes("")}


def duiyi_decks(col: Collection) -> set[str]:
    """Names of the decks under Duiyi."""
    return {d.name for d in col.decks.all_names_and_ids() if d.name.startswith("Duiyi")}
