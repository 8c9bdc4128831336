"""Collection operations for a class's results beyond storing them: students added by hand,
drill runs listed and reopened for marking, a class drill stored with its marks in one step,
accuracy per term with the term's id, and missed terms put into the teacher's own review.

Marks and runs never touch cards; only `review_missed`, an explicit action on the teacher's own
cards of the terms named, changes cards (and nothing about any other card).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Integer, cast, func, select, update

from db.models import Card, DrillResult, DrillRun, Rendering, SchoolClass, Student, Term, utcnow
from db.ops.drills import Drills, RosterSummary, StudentAnswer, item_from_json
from db.results import Changes, OpResult, RunId, TermId
from duiyi.cells import one_line
from duiyi.counts import counted
from duiyi.drill.build import Drill, DrillItem
from duiyi.errors import InvalidInput, NotFound

_NEW = 0


@dataclass(frozen=True)
class RunInfo:
    """A stored drill run: when, in which mode, for which class ("" for none), how many items
    and how many answers are stored against it."""

    id: RunId
    created: datetime
    mode: str
    class_name: str
    items: int
    answers: int


@dataclass(frozen=True)
class StoredRun:
    """A run reopened for marking: its items as given, its class's students and the marks
    already stored, by (student, item number)."""

    info: RunInfo
    items: tuple[DrillItem, ...]
    students: tuple[str, ...]
    marks: dict[tuple[str, int], bool]


@dataclass(frozen=True)
class TermAccuracy:
    """Right answers out of all answers for one drilled term (term_id None once deleted)."""

    term_id: TermId | None
    chinese: str
    english: str
    right: int
    total: int

    @property
    def percent(self) -> int:
        """Right answers as a whole percentage."""
        return round(100 * self.right / self.total) if self.total else 0

    @property
    def missed(self) -> int:
        """Wrong answers."""
        return self.total - self.right


class ClassroomDrills(Drills):
    """`col.drills` with what marking a class needs: students by hand, runs reopened, marks
    stored with their run, accuracy per term with ids, missed terms into review."""

    def add_students(self, *, class_name: str, names: Sequence[str]) -> OpResult[RosterSummary]:
        """Add students typed by hand to a class (names already there are counted, not
        repeated); InvalidInput when no name is given or one is too long."""
        clean = [one_line(n) for n in names if one_line(n)]
        if not clean:
            raise InvalidInput("Type a student's name to add.")
        for name in clean:
            if len(name) > 200:
                raise InvalidInput(f"A student's name can be 200 characters at most: {name[:20]}…")
        found = self.class_named(name=class_name)
        label = f"Add {counted(len(clean), 'student')} to {found.name}"
        with self._write(label) as session:
            have = set(session.scalars(select(Student.name).where(Student.class_id == found.id)))
            new = [n for n in dict.fromkeys(clean) if n not in have]
            session.add_all(Student(class_id=found.id, name=n) for n in new)
        return OpResult(RosterSummary(found.name, len(new), len(clean) - len(new)), Changes())

    def runs(self, *, class_name: str | None = None) -> list[RunInfo]:
        """The stored drill runs (of one class, when named), the newest first."""
        answers = (
            select(DrillResult.run_id, func.count().label("n"))
            .group_by(DrillResult.run_id)
            .subquery()
        )
        query = (
            select(DrillRun, SchoolClass.name, answers.c.n)
            .outerjoin(SchoolClass, SchoolClass.id == DrillRun.class_id)
            .outerjoin(answers, answers.c.run_id == DrillRun.id)
            .order_by(DrillRun.created_at.desc(), DrillRun.id.desc())
        )
        if class_name is not None:
            found = self.class_named(name=class_name)
            query = query.where(DrillRun.class_id == found.id)
        with self._read() as session:
            return [
                RunInfo(
                    RunId(run.id),
                    run.created_at,
                    run.mode,
                    klass or "",
                    len(run.items),
                    int(n or 0),
                )
                for run, klass, n in session.execute(query)
            ]

    def stored_run(self, *, run_id: RunId) -> StoredRun:
        """A run's items, its class's students and the marks stored so far; InvalidInput when
        the run was not given to a class (marks belong to students)."""
        runs = {r.id: r for r in self.runs()}
        info = runs.get(run_id)
        if info is None:
            raise NotFound(f"There is no drill run with id {run_id}.")
        if not info.class_name:
            raise InvalidInput(
                f"Drill run {run_id} was not given to a class: choose a class before printing "
                "or running a drill whose marks you want to keep."
            )
        with self._read() as session:
            run = session.get_one(DrillRun, run_id)
            items = tuple(item_from_json(d) for d in run.items)
            students = tuple(
                session.scalars(
                    select(Student.name)
                    .where(Student.class_id == run.class_id)
                    .order_by(Student.id)
                )
            )
            marks = {
                (name, number): bool(correct)
                for name, number, correct in session.execute(
                    select(Student.name, DrillResult.item_number, DrillResult.correct)
                    .join(Student, Student.id == DrillResult.student_id)
                    .where(DrillResult.run_id == run_id)
                )
            }
        return StoredRun(info, items, students, marks)

    def store_class_results(
        self, *, drill: Drill, class_name: str, answers: Sequence[StudentAnswer]
    ) -> OpResult[RunId]:
        """Keep a drill given to a class and its answers as one step; returns the run's id.
        Review schedules are never touched."""
        if not answers:
            raise InvalidInput("No marks to store: mark at least one answer right or wrong.")
        klass = self.class_named(name=class_name).name
        with self._write(f"Store {counted(len(answers), 'drill answer')} of {klass}"):
            # Both calls join this write: one transaction, one undo step.
            run_id = self.store_run(drill=drill, class_name=klass).value
            self.store_results(run_id=run_id, answers=answers)
        return OpResult(run_id, Changes())

    def term_accuracy(
        self, *, class_name: str | None = None, run_id: RunId | None = None
    ) -> list[TermAccuracy]:
        """Each drilled term's right answers out of all (of one class or one run, when named),
        the most missed first, with the term's id so missed terms can be tagged or reviewed."""
        query = select(
            DrillResult.term_id, func.sum(cast(DrillResult.correct, Integer)), func.count()
        ).group_by(DrillResult.term_id)
        if class_name is not None:
            found = self.class_named(name=class_name)
            query = query.join(DrillRun, DrillRun.id == DrillResult.run_id).where(
                DrillRun.class_id == found.id
            )
        if run_id is not None:
            query = query.where(DrillResult.run_id == run_id)
        with self._read() as session:
            rows = [(t, int(r or 0), int(n)) for t, r, n in session.execute(query)]
            ids = [t for t, _, _ in rows if t is not None]
            chinese = dict(
                session.execute(select(Term.id, Term.chinese).where(Term.id.in_(ids))).all()
            )
            english: dict[int, str] = {}
            for term_id, text in session.execute(
                select(Rendering.term_id, Rendering.english)
                .where(Rendering.term_id.in_(ids), Rendering.status != "outdated")
                .order_by(Rendering.term_id, Rendering.status != "preferred", Rendering.position)
            ):
                english.setdefault(term_id, text)
        out = [
            TermAccuracy(
                None if t is None else TermId(t),
                chinese.get(t, "") if t else "",
                english.get(t, "") if t else "",
                r,
                n,
            )
            for t, r, n in rows
        ]
        return sorted(out, key=lambda a: (a.right / a.total, a.chinese, a.term_id or 0))

    def review_missed(
        self, *, term_ids: Sequence[TermId], now: datetime | None = None
    ) -> OpResult[int]:
        """Put terms a class missed into the teacher's own review: their cards unsuspended and
        unburied, their new cards first in the new-card order. Every other card, and the
        memory state of these, stays as it was. Returns how many cards changed."""
        ids = sorted({int(t) for t in term_ids})
        if not ids:
            raise InvalidInput("Choose the missed terms to add to your review.")
        moment = now or utcnow()
        label = f"Add {counted(len(ids), 'missed term')} to my review"
        with self._write(label) as session:
            cards = session.execute(
                select(Card.id, Card.state, Card.suspended, Card.buried_until)
                .where(Card.term_id.in_(ids))
                .order_by(Card.term_id, Card.id)
            ).all()
            if not cards:
                raise InvalidInput("These terms have no cards to review: accept them first.")
            first = session.execute(
                select(func.min(Card.new_position), func.min(Card.due)).where(Card.state == _NEW)
            ).one()
            position = int(first[0] or 0)
            due = min(first[1] or moment, moment)
            changed = 0
            news = [c for c in cards if c.state == _NEW]
            for offset, card in enumerate(news):
                # Ahead of every other new card, in the order the terms were given.
                values = {
                    "new_position": position - len(news) + offset,
                    "due": due - timedelta(seconds=len(news) - offset),
                    "suspended": False,
                    "buried_until": None,
                }
                session.execute(update(Card).where(Card.id == card.id).values(**values))
                changed += 1
            for card in cards:
                if card.state != _NEW and (card.suspended or card.buried_until is not None):
                    session.execute(
                        update(Card)
                        .where(Card.id == card.id)
                        .values(suspended=False, buried_until=None)
                    )
                    changed += 1
        return OpResult(changed, Changes(cards=True))
