"""`duiyi review` from piped input, including a session killed with SIGKILL."""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from db import Collection
from db.ops.term_info import NewTerm

REPO = Path(__file__).resolve().parents[2]


def _collection(path: Path, n: int) -> Path:
    with Collection.open(path) as col:
        col.terms.add_many(
            terms=[NewTerm(chinese=f"术语{i}", english=(f"term {i}",)) for i in range(n)]
        )
    return path


def _reviews(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM reviews").fetchone()[0])
    finally:
        conn.close()


def _duiyi(path: Path, *args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.main", "--db", str(path), *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )


def test_piped_session_reveal_rate_undo_suspend_quit(tmp_path: Path) -> None:
    db = _collection(tmp_path / "c.duiyi", 4)
    # reveal+Good, reveal+Again, undo, reveal+Easy, suspend, quit
    run = _duiyi(db, "review", stdin="\n3\n\n1\nu\n\n4\ns\nq\n")
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("Good: next in 10m") == 1
    assert "Undone: Answer card." in run.stdout and "Suspended." in run.stdout
    assert "term 0" in run.stdout  # the back was revealed
    assert _reviews(db) == 2
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM cards WHERE suspended").fetchone()[0] == 1
    finally:
        conn.close()


def test_limit_and_end_of_input(tmp_path: Path) -> None:
    db = _collection(tmp_path / "c.duiyi", 5)
    run = _duiyi(db, "review", "--limit", "2", stdin="\n4\n\n4\n\n4\n")
    assert run.returncode == 0, run.stderr
    assert _reviews(db) == 2 and "Done: 2 answered" in run.stdout
    cut = _duiyi(db, "review", stdin="\n")
    assert cut.returncode == 0 and "End of input" in cut.stdout


def test_typed_answers_and_unknown_deck(tmp_path: Path) -> None:
    db = _collection(tmp_path / "c.duiyi", 1)
    run = _duiyi(db, "review", "--typed", "--limit", "1", stdin="term 0\n\n")
    assert run.returncode == 0, run.stderr
    assert "typed: correct" in run.stdout and "Good: next in" in run.stdout
    missing = _duiyi(db, "review", "--deck", "Nope", stdin="")
    assert missing.returncode == 1 and "no deck named" in missing.stderr


def test_empty_collection(tmp_path: Path) -> None:
    run = _duiyi(tmp_path / "empty.duiyi", "review", stdin="")
    assert run.returncode == 0 and "Done: 0 answered" in run.stdout


def test_sigkill_mid_session_loses_no_answer(tmp_path: Path) -> None:
    db = _collection(tmp_path / "c.duiyi", 20)
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop.main", "--db", str(db), "review"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert process.stdin is not None and process.stdout is not None
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line)

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    answered = 0
    try:
        for rating in ("3", "4", "1", "4", "2", "4", "3"):
            process.stdin.write(f"\n{rating}\n")
            process.stdin.flush()
            while "next in" not in lines.get(timeout=60):
                pass
            answered += 1
        # The next card is on screen, revealed, not yet rated: kill without warning.
        process.stdin.write("\n")
        process.stdin.flush()
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        reader.join(timeout=30)
        for stream in (process.stdin, process.stdout, process.stderr):
            if stream is not None:
                with contextlib.suppress(BrokenPipeError):
                    stream.close()
    assert process.returncode == -signal.SIGKILL
    assert _reviews(db) == answered == 7
    # The collection opens again (lock released, file intact) and counts the same.
    with Collection.open(db) as col:
        assert col.study.stats().reviews == 7
