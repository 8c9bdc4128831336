"""`duiyi stats` (text and JSON) and `duiyi optimize` without enough history."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from db import Collection
from db.ops.term_info import NewTerm
from duiyi.study.scheduling import Rating

REPO = Path(__file__).resolve().parents[2]


def _duiyi(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.main", "--db", str(path), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )


def _studied(path: Path) -> int:
    with Collection.open(path) as col:
        col.terms.add_many(terms=[NewTerm(chinese=f"词{i}", english=(f"w{i}",)) for i in range(3)])
        col.study.start()
        answered = 0
        while (view := col.study.next_card()) is not None and answered < 20:
            col.study.answer(card_id=view.card_id, rating=Rating.GOOD, duration_ms=1500)
            answered += 1
        # Three new cards, each once more at its learning step; then today's queue is empty.
        assert answered == 6
        return answered


def test_stats_json_counts_every_review(tmp_path: Path) -> None:
    db = tmp_path / "c.duiyi"
    answered = _studied(db)
    run = _duiyi(db, "stats", "--json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["reviews"] == answered == 6
    assert len(data["forecast"]) == 30 and data["streak"] == 1
    assert sum(data["states"].values()) == 6
    assert {"per_day", "retention", "heatmap", "hardest", "today"} <= set(data)
    text = _duiyi(db, "stats")
    assert text.returncode == 0 and f"Reviews stored: {answered}" in text.stdout
    # New terms go to the Default deck; a deck that does not exist is named in the error.
    deck = json.loads(_duiyi(db, "stats", "--deck", "Default", "--json").stdout)
    assert deck["reviews"] == answered
    missing = _duiyi(db, "stats", "--deck", "Nope")
    assert missing.returncode == 1 and "no deck named 'Nope'" in missing.stderr


def test_optimize_explains_what_it_needs(tmp_path: Path) -> None:
    db = tmp_path / "c.duiyi"
    _studied(db)
    run = _duiyi(db, "optimize")
    assert run.returncode == 1
    assert "at least 1,000 reviews" in run.stderr
