"""`duiyi export` and `duiyi import-cards` from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from anki.collection import Collection as AnkiCollection
from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest, ImportCsvRequest
from anki.import_export_pb2 import ImportAnkiPackageUpdateCondition

from db import Collection
from desktop.main import main

IF_NEWER = ImportAnkiPackageUpdateCondition.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER


def _collection(tmp_path: Path) -> Path:
    path = tmp_path / "c.duiyi"
    with Collection.open(path) as col:
        col.terms.add(chinese="网络空间", english="cyberspace", tags=["law"])
        col.terms.add(chinese="绿色出行", english="green travel")
        col.terms.add(chinese="候选", english="candidate", status="candidate")
    return path


def test_export_apkg_and_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _collection(tmp_path)
    out = tmp_path / "terms.apkg"
    assert main(["--db", str(db), "export", "--apkg", str(out)]) == 0
    assert "Exported 2 terms (4 cards)" in capsys.readouterr().out
    anki = AnkiCollection(str(tmp_path / "anki.anki2"))
    try:
        anki.import_anki_package(
            ImportAnkiPackageRequest(
                package_path=str(out),
                options=ImportAnkiPackageOptions(
                    update_notes=IF_NEWER, update_notetypes=IF_NEWER, with_scheduling=False
                ),
            )
        )
        assert anki.note_count() == 2
        assert anki.card_count() == 4
    finally:
        anki.close()
    assert (
        main(["--db", str(db), "export", "--apkg", str(tmp_path / "t.apkg"), "--tag", "law"]) == 0
    )
    assert "Exported 1 term " in capsys.readouterr().out
    assert main(["--db", str(db), "export", "--csv", str(tmp_path / "p.csv")]) == 0
    assert (tmp_path / "p.csv").read_text(encoding="utf-8-sig").splitlines() == [
        "网络空间,cyberspace",
        "绿色出行,green travel",
    ]
    assert main(["--db", str(db), "export", "--csv", str(tmp_path / "a.tsv"), "--anki"]) == 0
    assert (tmp_path / "a.tsv").read_text(encoding="utf-8").startswith("#separator:tab\n")
    assert capsys.readouterr().out.splitlines()[-1] == (
        'Anki needs the "Duiyi term" note type for this file: import a Duiyi .apkg into it '
        "once first, or export with --anki-basic for Anki's Basic note type."
    )


def test_export_for_anki_basic_imports_into_a_fresh_anki(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _collection(tmp_path)
    out = tmp_path / "basic.txt"
    assert main(["--db", str(db), "export", "--csv", str(out), "--anki-basic"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"Exported 2 terms (2 cards) to {out}.",
        "Decks: Duiyi::Default",
    ]
    anki = AnkiCollection(str(tmp_path / "anki.anki2"))
    try:
        metadata = anki.get_csv_metadata(str(out), None)
        log = anki.import_csv(ImportCsvRequest(path=str(out), metadata=metadata)).log
        assert len(log.new) == 2
        notes = [anki.get_note(n) for n in anki.find_notes("")]
        assert sorted((n["Front"], n["Back"]) for n in notes) == [
            ("绿色出行", "<div>lǜsè chūxíng</div><div>green travel</div>"),
            ("网络空间", "<div>wǎngluò kōngjiān</div><div>cyberspace</div>"),
        ]
        assert {n.note_type()["name"] for n in notes} == {"Basic"}
    finally:
        anki.close()
    apkg = tmp_path / "x.apkg"
    assert main(["--db", str(db), "export", "--apkg", str(apkg), "--anki-basic"]) == 1
    assert capsys.readouterr().err.strip() == (
        "duiyi: --anki-basic goes with --csv; an .apkg is always for Anki."
    )
    assert not apkg.exists()


def test_export_errors_are_plain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _collection(tmp_path)
    missing = tmp_path / "nowhere" / "x.apkg"
    assert main(["--db", str(db), "export", "--apkg", str(missing)]) == 1
    assert "duiyi: Cannot export to" in capsys.readouterr().err
    assert (
        main(["--db", str(db), "export", "--apkg", str(tmp_path / "x.apkg"), "--deck", "Nope"]) == 1
    )
    assert "no deck named 'Nope'" in capsys.readouterr().err
    assert (
        main(["--db", str(db), "export", "--apkg", str(tmp_path / "x.apkg"), "--tag", "none"]) == 1
    )
    assert "nothing to export" in capsys.readouterr().err
    assert not (tmp_path / "x.apkg").exists()


def test_import_cards_makes_candidates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _collection(tmp_path)
    glossary = tmp_path / "g.csv"
    glossary.write_text("x,网络空间,cyberspace\ny,人才交流,people-to-people exchanges\n", "utf-8")
    code = main(
        ["--db", str(db), "import-cards", str(glossary), "--columns", "chinese=2,english=3",
         "--deck", "Imported"]
    )  # fmt: skip
    assert code == 0
    assert "1 new candidate, 1 skipped" in capsys.readouterr().out
    with Collection.open(db) as col:
        [term] = col.terms.find(chinese="人才交流")
        assert term.status == "candidate"
        assert term.deck_name == "Imported"
    broken = tmp_path / "broken.apkg"
    broken.write_bytes(b"PK\x03\x04garbage")
    assert main(["--db", str(db), "import-cards", str(broken)]) == 1
    assert "broken.apkg" in capsys.readouterr().err
