"""Answers one new card in the real Anki with its clock set by libfaketime, for comparing
Duiyi's intervals with Anki's.

`run_in_anki(history, zone=..., rollover=...)` starts this file as a script in a subprocess
with libfaketime preloaded (ANKI_TEST_MODE=1 turns Anki's fuzz off); the script sets the
fake clock before each answer and prints, per answer, the card's interval in days (None
while it is in (re)learning).
"""

from __future__ import annotations

import glob
import json
import os
import subprocess
import sys
from pathlib import Path

History = list[tuple[str, int]]
"""(local time "YYYY-MM-DD HH:MM:SS", rating 1-4) per answer."""


def libfaketime() -> str:
    """The path of libfaketime.so.1; a clear failure when the Debian package is missing."""
    found = sorted(glob.glob("/usr/lib/*/faketime/libfaketime.so.1"))
    if not found:
        raise RuntimeError("libfaketime is missing: apt-get install libfaketime (make debs)")
    return found[0]


def run_in_anki(history: History, folder: Path, *, zone: str, rollover: int) -> list[int | None]:
    """Anki's interval after each answer of `history` (None: learning or relearning)."""
    clock = folder / "clock"
    clock.write_text(f"@{history[0][0]}\n")
    env = dict(
        os.environ,
        LD_PRELOAD=libfaketime(),
        FAKETIME_TIMESTAMP_FILE=str(clock),
        FAKETIME_NO_CACHE="1",
        ANKI_TEST_MODE="1",
        TZ=zone,
    )
    args = [str(folder / "collection.anki2"), str(clock), str(rollover), json.dumps(history)]
    done = subprocess.run(
        [sys.executable, __file__, *args], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"Anki run failed:\n{done.stderr}")
    result: list[int | None] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _answer_in_anki(path: str, clock: Path, rollover: int, history: History) -> list[int | None]:
    from anki.collection import Collection

    col = Collection(path)
    try:
        col.set_config("fsrs", True)
        # Through the preferences, as Anki's settings screen does: it also moves the
        # collection's day boundary, which study days are counted from.
        preferences = col.get_preferences()
        preferences.scheduling.rollover = rollover
        col.set_preferences(preferences)
        note = col.new_note(col.models.by_name("Basic"))
        note["Front"] = "网络空间"
        col.add_note(note, col.decks.id("Default"))
        (card_id,) = col.find_cards("")
        out: list[int | None] = []
        for when, rating in history:
            clock.write_text(f"@{when}\n")
            card = col.get_card(card_id)
            card.start_timer()
            col.sched.answerCard(card, rating)
            card = col.get_card(card_id)
            out.append(card.ivl if card.type == 2 else None)  # 2: review
        return out
    finally:
        col.close()


if __name__ == "__main__":
    collection, clock_file, rollover_hour, answers = sys.argv[1:5]
    steps = [(when, int(rating)) for when, rating in json.loads(answers)]
    print(json.dumps(_answer_in_anki(collection, Path(clock_file), int(rollover_hour), steps)))
