"""Benchmark the review loop: Duiyi against the real Anki library on the same workload.

A collection of 100,000 terms, 200,000 cards and 1,000,000 reviews is bulk-loaded (SQLAlchemy
Core inserts, outside the undo log), then timed: building the queue at session start, next card
+ answer (every answer committed), and statistics. The same collection is built with the `anki`
package (FSRS on; notes through its API, card states and revlog rows with SQL) and timed with
`col.sched.get_queued_cards` then `col.sched.answer_card`, and its graphs call.

    .venv/bin/python bench/review.py                 # full size, collections cached in /tmp
    .venv/bin/python bench/review.py --terms 5000 --reviews 50000 --answers 300   # quick

Prints medians, p95 and the Duiyi/Anki ratios. Targets: next card + answer median < 1.5 ms,
queue build < 100 ms, statistics < 0.7 s.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import shutil
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import column, insert, table

from db import Collection, migrate, undo
from db.results import DeckId
from duiyi.study.days import elapsed_days
from duiyi.study.scheduling import Rating
from duiyi.study.settings import DeckSettings

DAY = 86400
NEW_SHARE, LEARNING_SHARE = 0.30, 0.0005
"""Share of cards that are new and in (re)learning; the rest are in review."""


def _fmt(moment: datetime) -> str:
    # SQLAlchemy's SQLite DateTime text format (naive UTC).
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _chunks(rows: list[Any], size: int = 20000) -> Iterator[list[Any]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


class Plan:
    """The synthetic history both collections get: card states and review times."""

    def __init__(self, terms: int, reviews: int, now: datetime, seed: int) -> None:
        rng = random.Random(seed)
        self.terms = terms
        self.cards: list[dict[str, Any]] = []
        for term in range(terms):
            for direction in range(2):
                roll = rng.random()
                card: dict[str, Any] = {"term": term, "direction": direction}
                if roll < NEW_SHARE:
                    card.update(state=0, due=now, ivl=0)
                elif roll < NEW_SHARE + LEARNING_SHARE:
                    card.update(
                        state=1 if rng.random() < 0.5 else 3,
                        due=now + timedelta(minutes=rng.randint(-60, 300)),
                        ivl=0,
                    )
                else:
                    ivl = max(1, int(rng.lognormvariate(3.0, 1.2)))
                    # Most cards due later, some today, some overdue; the last review was at
                    # least a day ago, so today's limits start untouched.
                    offset = rng.randint(-int(ivl * 0.02) - 1, ivl - 1)
                    card.update(state=2, due=now + timedelta(days=offset, hours=-2), ivl=ivl)
                card["stability"] = None if card["state"] == 0 else max(card["ivl"], 0.5) * 1.1
                card["difficulty"] = None if card["state"] == 0 else rng.uniform(2, 9)
                card["lapses"] = 0 if card["state"] == 0 else int(rng.expovariate(1.5))
                self.cards.append(card)
        studied = [i for i, c in enumerate(self.cards) if c["state"] != 0]
        self.reviews: list[tuple[int, datetime, int, int]] = []  # card, time, rating, ms
        per_card = reviews // len(studied)
        extra = reviews - per_card * len(studied)
        for index in studied:
            card = self.cards[index]
            count = per_card + (1 if extra > 0 else 0)
            extra -= 1
            last = card["due"] - timedelta(days=card["ivl"])
            if card["state"] != 2:
                last = now - timedelta(minutes=rng.randint(1, 50))
            card["last_review"] = last
            moment = last
            for k in range(count):
                rating = 1 if rng.random() < 0.1 else 3 if rng.random() < 0.8 else 2 + 2 * (k % 2)
                self.reviews.append((index, moment, rating, rng.randint(1500, 15000)))
                moment -= timedelta(days=max(1, card["ivl"] // (2 ** (k + 1))), minutes=7)
        self.reviews.sort(key=lambda r: r[1])


# ----- Duiyi --------------------------------------------------------------------------------


def build_duiyi(path: Path, plan: Plan, now: datetime) -> None:
    """Bulk-load the plan into a new Duiyi collection (no undo log)."""
    with Collection.open(path) as col:
        stamp = _fmt(now)
        terms_t = table(
            "terms",
            *(column(c) for c in ("id", "guid", "chinese", "chinese_simplified", "pinyin")),
            *(column(c) for c in ("pinyin_plain", "notes", "status", "frequency", "deck_id")),
            column("created_at"),
            column("modified_at"),
        )
        rend_t = table(
            "renderings",
            *(column(c) for c in ("term_id", "english", "status", "source", "position")),
        )
        cards_t = table(
            "cards",
            *(column(c) for c in ("id", "term_id", "direction", "state", "step", "stability")),
            *(column(c) for c in ("difficulty", "due", "last_review", "reps", "lapses")),
            *(column(c) for c in ("new_position", "suspended", "created_at")),
        )
        reviews_t = table(
            "reviews",
            *(column(c) for c in ("card_id", "reviewed_at", "rating", "duration_ms")),
            column("state_before"),
            column("state_after"),
            column("elapsed_days"),
        )
        decks_t = table("decks", column("id"), column("name"), column("created_at"))
        with col._engine.begin() as conn:
            conn.execute(insert(decks_t), [{"id": 1000, "name": "Bench", "created_at": stamp}])
            term_rows = [
                {
                    "id": t + 1,
                    "guid": f"bench{t}",
                    "chinese": f"术语{t}",
                    "chinese_simplified": f"术语{t}",
                    "pinyin": "shù yǔ",
                    "pinyin_plain": "shuyu",
                    "notes": "",
                    "status": "accepted",
                    "frequency": t % 97,
                    "deck_id": 1000,
                    "created_at": stamp,
                    "modified_at": stamp,
                }
                for t in range(plan.terms)
            ]
            for chunk in _chunks(term_rows):
                conn.execute(insert(terms_t), chunk)
            rend_rows = [
                {
                    "term_id": t + 1,
                    "english": f"term number {t}",
                    "status": "preferred",
                    "source": "",
                    "position": 0,
                }
                for t in range(plan.terms)
            ]
            for chunk in _chunks(rend_rows):
                conn.execute(insert(rend_t), chunk)
            card_rows = []
            for index, card in enumerate(plan.cards):
                card_rows.append(
                    {
                        "id": index + 1,
                        "term_id": card["term"] + 1,
                        "direction": ("recognition", "production")[card["direction"]],
                        "state": card["state"],
                        "step": 0 if card["state"] in (1, 3) else None,
                        "stability": card["stability"],
                        "difficulty": card["difficulty"],
                        "due": _fmt(card["due"]),
                        "last_review": _fmt(card["last_review"]) if card["state"] else None,
                        "reps": 0,
                        "lapses": card["lapses"],
                        "new_position": card["term"] + 1,
                        "suspended": 0,
                        "created_at": stamp,
                    }
                )
            for chunk in _chunks(card_rows):
                conn.execute(insert(cards_t), chunk)
            for chunk in _chunks(plan.reviews, 50000):
                rows = []
                for index, moment, rating, ms in chunk:
                    before = plan.cards[index]
                    last = moment - timedelta(days=max(1, before["ivl"] // 2))
                    rows.append(
                        {
                            "card_id": index + 1,
                            "reviewed_at": _fmt(moment),
                            "rating": rating,
                            "duration_ms": ms,
                            "state_before": json.dumps(
                                {"state": 2, "last_review": last.isoformat(), "stability": 3.0}
                            ),
                            "state_after": json.dumps({"state": 2, "stability": 4.0}),
                            # As the program stores it for an answer in the review state.
                            "elapsed_days": elapsed_days(last, moment),
                        }
                    )
                conn.execute(insert(reviews_t), rows)
        col.decks.set_settings(
            deck_id=DeckId(1000), settings=DeckSettings(new_per_day=20, reviews_per_day=9999)
        )


class UndoClock:
    """Time spent in the undo log's bookkeeping (db.undo.last_seq and finish_action, called by
    every recorded write), so the figures can show next card + answer with and without it."""

    def __init__(self) -> None:
        self.spent = 0.0
        self._depth = 0  # finish_action calls last_seq: count the outer call only
        self._saved: dict[str, Any] = {}

    def __enter__(self) -> UndoClock:
        for name in ("last_seq", "finish_action"):
            original = getattr(undo, name)
            self._saved[name] = original
            setattr(undo, name, self._timed(original))
        return self

    def __exit__(self, *exc: object) -> None:
        for name, original in self._saved.items():
            setattr(undo, name, original)

    def _timed(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            self._depth += 1
            try:
                return fn(*args, **kwargs)
            finally:
                self._depth -= 1
                if not self._depth:
                    self.spent += time.perf_counter() - start

        return timed


def run_duiyi(path: Path, answers: int, seed: int) -> dict[str, list[float]]:
    """Time queue build, next card + answer, and statistics on the Duiyi collection."""
    rng = random.Random(seed)
    out: dict[str, list[float]] = {
        "queue": [],
        "answer": [],
        "undo": [],
        "stats": [],
        "cold": [],
    }
    with Collection.open(path) as col, UndoClock() as clock:
        # The first statistics ever also build the cache of past days.
        start = time.perf_counter()
        col.study.stats()
        out["cold"].append(time.perf_counter() - start)
        for _ in range(3):
            start = time.perf_counter()
            col.study.start()
            out["queue"].append(time.perf_counter() - start)
        for _ in range(answers):
            clock.spent = 0.0
            start = time.perf_counter()
            view = col.study.next_card()
            if view is None:
                break
            col.study.answer(card_id=view.card_id, rating=_rating(rng), duration_ms=3000)
            out["answer"].append(time.perf_counter() - start)
            out["undo"].append(clock.spent)
        for _ in range(3):
            start = time.perf_counter()
            stats = col.study.stats()
            out["stats"].append(time.perf_counter() - start)
        assert stats.reviews >= 1_000 or answers < 100
    return out


def _rating(rng: random.Random) -> Rating:
    return Rating(rng.choices((1, 2, 3, 4), weights=(10, 10, 70, 10))[0])


# ----- Anki ---------------------------------------------------------------------------------


def build_anki(path: Path, plan: Plan, now: datetime) -> None:
    """The same collection in Anki: notes by its API, states and revlog by SQL, FSRS on."""
    from anki.collection import AddNoteRequest
    from anki.collection import Collection as AnkiCollection

    col = AnkiCollection(str(path))
    try:
        col.set_config("fsrs", True)
        model = col.models.by_name("Basic (and reversed card)")
        assert model is not None
        deck_id = col.decks.id("Bench")
        assert deck_id is not None
        conf = col.decks.config_dict_for_deck_id(deck_id)
        conf["new"]["perDay"] = 20
        conf["rev"]["perDay"] = 9999
        col.decks.save(conf)
        col.decks.select(deck_id)
        for chunk in _chunks(list(range(plan.terms)), 10000):
            requests = []
            for t in chunk:
                note = col.new_note(model)
                note["Front"] = f"术语{t}"
                note["Back"] = f"term number {t}"
                requests.append(AddNoteRequest(note, deck_id))
            col.add_notes(requests)
        ids = [row[0] for row in col.db.all("SELECT id FROM cards ORDER BY nid, ord")]
        assert len(ids) == len(plan.cards)
        today = col.sched.today
        updates = []
        for card_id, card in zip(ids, plan.cards, strict=True):
            state = card["state"]
            if state == 0:
                continue
            data = json.dumps({"s": card["stability"], "d": card["difficulty"]})
            if state == 2:
                days = int((card["due"] - now).total_seconds() // DAY)
                updates.append((2, 2, today + days, card["ivl"], card["lapses"], data, card_id))
            else:
                due = int(card["due"].timestamp())
                updates.append((3 if state == 3 else 1, 1, due, 0, card["lapses"], data, card_id))
        # Anki's executemany commits row by row; multi-row statements are thousands of times
        # faster. Card states go through a temporary table and one UPDATE ... FROM.
        col.db.execute(
            "CREATE TEMP TABLE bench_cards (type, queue, due, ivl, lapses, data, id PRIMARY KEY)"
        )
        _anki_insert(col, "INSERT INTO bench_cards VALUES", updates)
        col.db.execute(
            "UPDATE cards SET type = b.type, queue = b.queue, due = b.due, ivl = b.ivl, "
            "lapses = b.lapses, data = b.data, left = 1001 FROM bench_cards b WHERE cards.id = b.id"
        )
        revlog = []
        seen: set[int] = set()
        for index, moment, rating, ms in plan.reviews:
            rid = int(moment.timestamp() * 1000)
            while rid in seen:
                rid += 1
            seen.add(rid)
            ivl = plan.cards[index]["ivl"]
            revlog.append((rid, ids[index], -1, rating, ivl, max(ivl // 2, 1), 0, ms, 1))
        _anki_insert(
            col,
            "INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) VALUES",
            revlog,
        )
    finally:
        col.close()


def _anki_insert(col: Any, head: str, rows: list[tuple[Any, ...]]) -> None:
    """Insert rows with multi-row VALUES statements (SQLite allows 32,766 parameters)."""
    if not rows:
        return
    width = len(rows[0])
    per = 32000 // width
    for start in range(0, len(rows), per):
        chunk = rows[start : start + per]
        marks = ",".join(["(" + ",".join("?" * width) + ")"] * len(chunk))
        col.db.execute(f"{head} {marks}", *(value for row in chunk for value in row))


def run_anki(path: Path, answers: int, seed: int) -> dict[str, list[float]]:
    """Time the same workload on Anki."""
    # anki.cards must come after anki.collection (anki's own import order).
    from anki.collection import Collection as AnkiCollection

    # isort: split
    from anki.cards import Card
    from anki.scheduler_pb2 import CardAnswer

    ratings = {
        1: CardAnswer.AGAIN,
        2: CardAnswer.HARD,
        3: CardAnswer.GOOD,
        4: CardAnswer.EASY,
    }
    rng = random.Random(seed)
    out: dict[str, list[float]] = {"queue": [], "answer": [], "stats": [], "cold": []}
    col = AnkiCollection(str(path))
    try:
        col.decks.select(col.decks.id("Bench"))
        start = time.perf_counter()
        col._backend.graphs(search="", days=365)
        out["cold"].append(time.perf_counter() - start)
        # Anki builds its queue on the first request after opening; time that, three times.
        for attempt in range(3):
            if attempt:
                col.close()
                col = AnkiCollection(str(path))
            start = time.perf_counter()
            col.sched.get_queued_cards()
            out["queue"].append(time.perf_counter() - start)
        for _ in range(answers):
            start = time.perf_counter()
            queued = col.sched.get_queued_cards()
            if not queued.cards:
                break
            top = queued.cards[0]
            card = Card(col, backend_card=top.card)
            card.start_timer()
            answer = col.sched.build_answer(
                card=card, states=top.states, rating=ratings[int(_rating(rng))]
            )
            col.sched.answer_card(answer)
            out["answer"].append(time.perf_counter() - start)
        for _ in range(3):
            start = time.perf_counter()
            col._backend.graphs(search="", days=365)
            out["stats"].append(time.perf_counter() - start)
    finally:
        col.close()
    return out


# ----- report -------------------------------------------------------------------------------


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _timed(label: str, fn: Callable[[], None]) -> None:
    start = time.perf_counter()
    fn()
    print(f"  {label}: {time.perf_counter() - start:.1f} s", flush=True)


def main() -> int:
    """Build (or reuse) both collections, run both workloads, print figures and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--terms", type=int, default=100_000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    parser.add_argument("--answers", type=int, default=2000)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/duiyi-bench"))
    parser.add_argument("--fresh", action="store_true", help="rebuild the cached collections")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    now = datetime.now(UTC)
    args.dir.mkdir(parents=True, exist_ok=True)
    # The schema revision too: a collection cached by an older Duiyi is built anew.
    tag = f"{args.terms}-{args.reviews}-{migrate.head_revision()}"
    duiyi_src = args.dir / f"duiyi-{tag}.duiyi"
    anki_src = args.dir / f"anki-{tag}.anki2"
    if args.fresh or not duiyi_src.exists() or not anki_src.exists():
        for old in args.dir.glob(f"*-{tag}*"):
            if old.is_dir():
                shutil.rmtree(old)
            else:
                old.unlink()
        print(f"Building {args.terms:,} terms, {2 * args.terms:,} cards, {args.reviews:,} reviews")
        plan = Plan(args.terms, args.reviews, now, args.seed)
        _timed("Duiyi bulk load", lambda: build_duiyi(duiyi_src, plan, now))
        _timed("Anki bulk load", lambda: build_anki(anki_src, plan, now))
    # Work on copies so every run starts from the same state.
    duiyi_db, anki_db = args.dir / "run.duiyi", args.dir / "run.anki2"
    for src, dst in ((duiyi_src, duiyi_db), (anki_src, anki_db)):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{dst}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(src, dst)
    duiyi = run_duiyi(duiyi_db, args.answers, args.seed)
    anki = run_anki(anki_db, args.answers, args.seed)

    def ms(values: list[float], q: float | None = None) -> float:
        return 1000 * (statistics.median(values) if q is None else _p(values, q))

    # The same answers without the undo log's bookkeeping (Anki keeps its undo in memory).
    own = [total - spent for total, spent in zip(duiyi["answer"], duiyi["undo"], strict=True)]
    rows = [
        ("next card + answer, median", ms(duiyi["answer"]), ms(anki["answer"]), "ms", 1.5),
        ("  of which undo bookkeeping", ms(duiyi["undo"]), float("nan"), "ms", None),
        ("  without undo bookkeeping", ms(own), ms(anki["answer"]), "ms", None),
        (
            "next card + answer, p95",
            ms(duiyi["answer"], 0.95),
            ms(anki["answer"], 0.95),
            "ms",
            None,
        ),
        ("queue build at session start", ms(duiyi["queue"]), ms(anki["queue"]), "ms", 100),
        ("statistics", ms(duiyi["stats"]) / 1000, ms(anki["stats"]) / 1000, "s", 0.7),
        ("statistics, first call", ms(duiyi["cold"]) / 1000, ms(anki["cold"]) / 1000, "s", None),
    ]
    print(
        f"\n{args.terms:,} terms / {2 * args.terms:,} cards / {args.reviews:,} reviews; "
        f"{len(duiyi['answer'])} Duiyi and {len(anki['answer'])} Anki answers, each committed"
    )
    print(f"{'':32} {'Duiyi':>10} {'Anki':>10} {'ratio':>7}  target")
    for label, ours, theirs, unit, target in rows:
        goal = f"< {target} {unit}" if target else ""
        ok = "" if target is None else ("  ok" if ours < target else "  MISSED")
        if math.isnan(theirs):
            print(f"{label:32} {ours:8.3f}{unit:>2}")
            continue
        ratio = ours / theirs if theirs else float("nan")
        print(f"{label:32} {ours:8.3f}{unit:>2} {theirs:8.3f}{unit:>2} {ratio:7.2f}  {goal}{ok}")
    print(f"load average (1, 5, 15 min): {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
