"""`col.drills`: classroom drills — lessons (released or not), classes and their
rosters, the terms a drill is built from, drill runs with their results, and reports.

Class results are kept apart from study: nothing here reads or writes cards or reviews, so a
class drill never moves anyone's review schedule.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Integer, Select, cast, delete, exists, func, or_, select
from sqlalchemy.orm import Session

from db.models import (
    DrillResult,
    DrillRun,
    Lesson,
    LessonTerm,
    Rendering,
    SchoolClass,
    SegmentPair,
    Student,
    Tag,
    Term,
    TermOccurrence,
    TermTag,
)
from db.ops.part import Part
from db.results import Changes, ClassId, DeckId, DocumentId, LessonId, OpResult, RunId, TermId
from duiyi.anki.atomic import write_atomically
from duiyi.cells import one_line, text_cell
from duiyi.counts import counted
from duiyi.drill.build import Answer, Drill, DrillItem
from duiyi.drill.grading import grade_choice, grade_typed
from duiyi.drill.terms import Direction, DrillTerm
from duiyi.errors import InvalidInput, NotFound

ROSTER_LIMIT = 1_000_000
"""Bytes a roster file may hold: a school's whole roster is a few kilobytes."""
_ROSTER_HEADERS = frozenset({"name", "names", "student", "students", "姓名", "学生", "名字"})
_NONE = Changes()


@dataclass(frozen=True)
class LessonInfo:
    """A lesson: its name, date, whether it is released, and how many terms it holds."""

    id: LessonId
    name: str
    lesson_date: date
    released: bool
    term_count: int


@dataclass(frozen=True)
class ClassInfo:
    """A class and how many students it has."""

    id: ClassId
    name: str
    student_count: int


@dataclass(frozen=True)
class RosterSummary:
    """What a roster import did: students added, and names already in the class."""

    class_name: str
    added: int
    already: int


@dataclass(frozen=True)
class StudentAnswer:
    """One student's answer to one item; `correct` None grades `answer` as the drill would
    (a typed answer, or an option letter for multiple choice)."""

    student: str
    item_number: int
    answer: str
    correct: bool | None = None


@dataclass(frozen=True)
class Accuracy:
    """Right answers out of all answers, for one student or one term."""

    name: str
    right: int
    total: int

    @property
    def percent(self) -> int:
        """Right answers as a whole percentage."""
        return round(100 * self.right / self.total) if self.total else 0


@dataclass(frozen=True)
class ResultRow:
    """One stored answer, as the results CSV lists it."""

    run_id: RunId
    created: datetime
    class_name: str
    student: str
    item_number: int
    prompt: str
    expected: str
    answer: str
    correct: bool


def _clean(name: str, what: str) -> str:
    text = one_line(name)
    if not text:
        raise InvalidInput(f"A {what} needs a name; it was empty.")
    if len(text) > 200:
        raise InvalidInput(f"A {what} name can be 200 characters at most: {text[:20]}...")
    return text


def item_json(item: DrillItem) -> dict[str, Any]:
    """A drill item as stored in a run's snapshot."""
    return {
        "number": item.number,
        "term_id": item.term_id,
        "direction": item.direction.value,
        "prompt": item.prompt,
        "pinyin": item.pinyin,
        "accepted": [[a.text, a.pinyin] for a in item.accepted],
        "options": list(item.options),
        "right": item.right,
    }


def item_from_json(data: dict[str, Any]) -> DrillItem:
    """A drill item back from a run's snapshot."""
    return DrillItem(
        number=int(data["number"]),
        term_id=int(data["term_id"]),
        direction=Direction(data["direction"]),
        prompt=str(data["prompt"]),
        pinyin=str(data["pinyin"]),
        accepted=tuple(Answer(str(t), str(p)) for t, p in data["accepted"]),
        options=tuple(str(o) for o in data["options"]),
        right=int(data["right"]),
    )


def _grade(item: DrillItem, answer: StudentAnswer) -> bool:
    if answer.correct is not None:
        return answer.correct
    typed = answer.answer.strip()
    if item.options and len(typed) == 1 and typed.upper().isalpha():
        return grade_choice(item, ord(typed.upper()) - ord("A")).correct
    return grade_typed(item, typed).correct


class Drills(Part):
    """`col.drills`: classroom drills (lessons, classes, runs, results)."""

    # ----- lessons -------------------------------------------------------------------------

    def lessons(self) -> list[LessonInfo]:
        """Every lesson by date, then name."""
        with self._read() as session:
            counts = dict(
                session.execute(
                    select(LessonTerm.lesson_id, func.count()).group_by(LessonTerm.lesson_id)
                ).all()
            )
            rows = session.scalars(select(Lesson).order_by(Lesson.lesson_date, Lesson.name))
            return [
                LessonInfo(
                    LessonId(r.id), r.name, r.lesson_date, r.released, int(counts.get(r.id, 0))
                )
                for r in rows
            ]

    def lesson_named(self, *, name: str) -> LessonInfo:
        """The lesson with this name; NotFound when there is none."""
        wanted = one_line(name)
        for lesson in self.lessons():
            if lesson.name == wanted:
                return lesson
        raise NotFound(f"There is no lesson named '{wanted}'.")

    def add_lesson(
        self,
        *,
        name: str,
        lesson_date: date,
        tag: str | None = None,
        document_id: DocumentId | None = None,
        term_ids: Sequence[TermId] | None = None,
    ) -> OpResult[LessonInfo]:
        """Make a lesson (not yet released) of the accepted terms with `tag`, of a document, or
        given by id; InvalidInput when the name is taken or nothing is selected."""
        clean = _clean(name, "lesson")
        if sum(x is not None for x in (tag, document_id, term_ids)) != 1:
            raise InvalidInput("A lesson takes its terms from one of: a tag, a document, term ids.")
        with self._write(f"Add lesson {clean}") as session:
            if session.scalar(select(Lesson.id).where(Lesson.name == clean)) is not None:
                raise InvalidInput(f"There is already a lesson named {clean}.")
            ids = _selected(
                session,
                tags=None if tag is None else [tag],
                document_ids=None if document_id is None else [document_id],
                term_ids=term_ids,
            )
            if term_ids is not None:
                missing = sorted(set(term_ids) - set(ids))
                if missing:
                    raise NotFound(f"There is no accepted term with id {missing[0]}.")
            if not ids:
                raise InvalidInput(f"Lesson {clean} would hold no term: nothing accepted matches.")
            lesson = Lesson(name=clean, lesson_date=lesson_date, released=False)
            session.add(lesson)
            session.flush()
            session.add_all(LessonTerm(lesson_id=lesson.id, term_id=i) for i in ids)
        return OpResult(self.lesson_named(name=clean), _NONE)

    def release_lesson(self, *, name: str) -> OpResult[LessonInfo]:
        """Release a lesson: its terms may now be drilled and serve as wrong options."""
        lesson = self.lesson_named(name=name)
        with self._write(f"Release lesson {lesson.name}") as session:
            session.get_one(Lesson, lesson.id).released = True
        return OpResult(self.lesson_named(name=lesson.name), _NONE)

    # ----- classes -------------------------------------------------------------------------

    def classes(self) -> list[ClassInfo]:
        """Every class by name, with its number of students."""
        with self._read() as session:
            rows = session.execute(
                select(SchoolClass.id, SchoolClass.name, func.count(Student.id))
                .outerjoin(Student, Student.class_id == SchoolClass.id)
                .group_by(SchoolClass.id)
                .order_by(SchoolClass.name)
            )
            return [ClassInfo(ClassId(i), n, int(c)) for i, n, c in rows]

    def class_named(self, *, name: str) -> ClassInfo:
        """The class with this name; NotFound when there is none."""
        wanted = one_line(name)
        for found in self.classes():
            if found.name == wanted:
                return found
        raise NotFound(f"There is no class named '{wanted}': add it with `duiyi class add`.")

    def add_class(self, *, name: str) -> OpResult[ClassInfo]:
        """Make a class; InvalidInput when the name is empty or taken."""
        clean = _clean(name, "class")
        with self._write(f"Add class {clean}") as session:
            if session.scalar(select(SchoolClass.id).where(SchoolClass.name == clean)):
                raise InvalidInput(f"There is already a class named {clean}.")
            session.add(SchoolClass(name=clean))
        return OpResult(self.class_named(name=clean), _NONE)

    def students(self, *, class_name: str) -> list[str]:
        """The names of a class's students, in the order they were added."""
        found = self.class_named(name=class_name)
        with self._read() as session:
            return list(
                session.scalars(
                    select(Student.name).where(Student.class_id == found.id).order_by(Student.id)
                )
            )

    def import_roster(self, *, class_name: str, path: Path) -> OpResult[RosterSummary]:
        """Add the names in the first column of a CSV file to a class (a header row such as
        "name" or "姓名" is skipped; names already in the class are counted, not repeated)."""
        found = self.class_named(name=class_name)
        names = _roster_names(Path(path))
        with self._write(f"Import the roster of {found.name}") as session:
            have = set(session.scalars(select(Student.name).where(Student.class_id == found.id)))
            new = [n for n in dict.fromkeys(names) if n not in have]
            session.add_all(Student(class_id=found.id, name=n) for n in new)
        return OpResult(RosterSummary(found.name, len(new), len(names) - len(new)), _NONE)

    # ----- terms for drills ----------------------------------------------------------------

    def terms(
        self,
        *,
        deck_ids: Sequence[DeckId] | None = None,
        tags: Sequence[str] | None = None,
        document_ids: Sequence[DocumentId] | None = None,
        lessons: Sequence[str] | None = None,
        term_ids: Sequence[TermId] | None = None,
        missed_by_class: str | None = None,
    ) -> list[DrillTerm]:
        """The accepted terms a drill may ask, matching every filter given. Once any lesson
        exists only terms of released lessons are asked; naming an unreleased lesson is
        refused. `missed_by_class` keeps the terms that class got wrong in its last run."""
        lesson_ids = None if lessons is None else self._released_lesson_ids(lessons)
        with self._read() as session:
            ids = _selected(
                session,
                deck_ids=deck_ids,
                tags=tags,
                document_ids=document_ids,
                lesson_ids=lesson_ids,
                term_ids=term_ids,
            )
            if session.scalar(select(func.count(Lesson.id))):
                released = _released_term_ids(session)
                ids = [i for i in ids if i in released]
            if missed_by_class is not None:
                missed = self._missed(session, missed_by_class)
                ids = [i for i in ids if i in missed]
            return _drill_terms(session, ids)

    def pool(self) -> list[DrillTerm]:
        """The terms wrong options may come from: those of released lessons, or every
        accepted term while no lesson exists."""
        with self._read() as session:
            ids = _selected(session)
            if session.scalar(select(func.count(Lesson.id))):
                released = _released_term_ids(session)
                ids = [i for i in ids if i in released]
            return _drill_terms(session, ids)

    def _released_lesson_ids(self, names: Sequence[str]) -> list[LessonId]:
        ids = []
        for name in names:
            lesson = self.lesson_named(name=name)
            if not lesson.released:
                raise InvalidInput(
                    f"Lesson {lesson.name} is not released yet; release it first with "
                    f"`duiyi lesson release {lesson.name}`."
                )
            ids.append(lesson.id)
        return ids

    def _missed(self, session: Session, class_name: str) -> set[int]:
        found = self.class_named(name=class_name)
        last = session.scalar(
            select(DrillRun.id)
            .where(DrillRun.class_id == found.id, exists().where(DrillResult.run_id == DrillRun.id))
            .order_by(DrillRun.created_at.desc(), DrillRun.id.desc())
        )
        if last is None:
            raise InvalidInput(f"Class {found.name} has no drill results yet.")
        return {
            t
            for t in session.scalars(
                select(DrillResult.term_id).where(
                    DrillResult.run_id == last,
                    DrillResult.correct.is_(False),
                )
            )
            if t is not None
        }

    # ----- runs and results ----------------------------------------------------------------

    def store_run(self, *, drill: Drill, class_name: str | None = None) -> OpResult[RunId]:
        """Keep a drill as given (settings and items), for a class or none; returns its id."""
        class_id = None if class_name is None else self.class_named(name=class_name).id
        settings = drill.settings
        with self._write("Store a drill") as session:
            run = DrillRun(
                mode=settings.mode.value,
                direction=settings.direction.value,
                seed=settings.seed,
                count=settings.count,
                settings={
                    "options": settings.options,
                    "seconds": settings.seconds,
                    "title": settings.title,
                },
                class_id=class_id,
                items=[item_json(item) for item in drill.items],
            )
            session.add(run)
            session.flush()
            run_id = run.id
        return OpResult(RunId(run_id), _NONE)

    def keep_run(self, *, drill: Drill, class_name: str | None = None) -> OpResult[RunId]:
        """The run a printed or exported drill is kept as: one stored before with the same
        class, settings, seed and items when there is one (printing again adds no duplicate),
        else a new one."""
        settings = drill.settings
        stored = {"options": settings.options, "seconds": settings.seconds,
                  "title": settings.title}  # fmt: skip
        items = [item_json(item) for item in drill.items]
        with self._write("Store a drill") as session:
            class_id = None
            if class_name is not None:
                class_id = session.scalar(
                    select(SchoolClass.id).where(SchoolClass.name == one_line(class_name))
                )
                if class_id is None:
                    raise NotFound(f"There is no class named '{one_line(class_name)}'.")
            same = select(DrillRun).where(
                DrillRun.mode == settings.mode.value,
                DrillRun.direction == settings.direction.value,
                DrillRun.seed == settings.seed,
                DrillRun.count == settings.count,
                DrillRun.class_id.is_(None) if class_id is None else DrillRun.class_id == class_id,
            )
            for run in session.scalars(same.order_by(DrillRun.id)):
                if run.settings == stored and run.items == items:
                    return OpResult(RunId(run.id), _NONE)
            run = DrillRun(
                mode=settings.mode.value,
                direction=settings.direction.value,
                seed=settings.seed,
                count=settings.count,
                settings=stored,
                class_id=class_id,
                items=items,
            )
            session.add(run)
            session.flush()
            run_id = run.id
        return OpResult(RunId(run_id), _NONE)

    def store_results(self, *, run_id: RunId, answers: Sequence[StudentAnswer]) -> OpResult[int]:
        """Store a class's answers to a run (graded when `correct` is not given); returns how
        many were stored. Every student must be on the run's class roster. Review schedules
        are never touched."""
        with self._write(f"Store {counted(len(answers), 'drill answer')}") as session:
            run = session.get(DrillRun, run_id)
            if run is None:
                raise NotFound(f"There is no drill run with id {run_id}.")
            if run.class_id is None:
                raise InvalidInput(f"Drill run {run_id} was not given to a class.")
            items = {int(d["number"]): item_from_json(d) for d in run.items}
            students = dict(
                session.execute(
                    select(Student.name, Student.id).where(Student.class_id == run.class_id)
                ).all()
            )
            for answer in answers:
                student_id = students.get(one_line(answer.student))
                if student_id is None:
                    raise NotFound(f"{answer.student} is not on the roster of this drill's class.")
                item = items.get(answer.item_number)
                if item is None:
                    raise NotFound(f"Drill run {run_id} has no item {answer.item_number}.")
                # A second answer to the same item replaces the first.
                session.execute(
                    delete(DrillResult).where(
                        DrillResult.run_id == run_id,
                        DrillResult.student_id == student_id,
                        DrillResult.item_number == item.number,
                    )
                )
                session.add(
                    DrillResult(
                        run_id=run_id,
                        student_id=student_id,
                        item_number=item.number,
                        term_id=item.term_id,
                        correct=_grade(item, answer),
                        answer=answer.answer,
                    )
                )
        return OpResult(len(answers), _NONE)

    def results(self, *, class_name: str | None = None) -> list[ResultRow]:
        """Every stored answer (of one class, when named), by run, student and item."""
        query = _results_query()
        if class_name is not None:
            query = query.where(SchoolClass.id == self.class_named(name=class_name).id)
        with self._read() as session:
            rows = []
            for result, run, student, klass in session.execute(query):
                items = {int(d["number"]): item_from_json(d) for d in run.items}
                item = items[result.item_number]
                rows.append(
                    ResultRow(
                        run_id=RunId(run.id),
                        created=run.created_at,
                        class_name=klass,
                        student=student,
                        item_number=result.item_number,
                        prompt=item.prompt,
                        expected=item.answer,
                        answer=result.answer,
                        correct=result.correct,
                    )
                )
            return rows

    def accuracy_by_student(self, *, class_name: str | None = None) -> list[Accuracy]:
        """Each student's right answers out of all their answers, by class and name."""
        totals: dict[tuple[str, str], list[int]] = {}
        for row in self.results(class_name=class_name):
            counts = totals.setdefault((row.class_name, row.student), [0, 0])
            counts[0] += row.correct
            counts[1] += 1
        return [
            Accuracy(student if class_name else f"{klass}: {student}", right, total)
            for (klass, student), (right, total) in sorted(totals.items())
        ]

    def accuracy_by_term(self, *, class_name: str | None = None) -> list[Accuracy]:
        """Each drilled term's right answers out of all answers, the most missed first."""
        query = select(
            DrillResult.term_id, func.sum(cast(DrillResult.correct, Integer)), func.count()
        ).group_by(DrillResult.term_id)
        if class_name is not None:
            found = self.class_named(name=class_name)
            query = query.join(DrillRun, DrillRun.id == DrillResult.run_id).where(
                DrillRun.class_id == found.id
            )
        with self._read() as session:
            rows = [(t, int(r or 0), int(n)) for t, r, n in session.execute(query)]
            names = dict(
                session.execute(
                    select(Term.id, Term.chinese).where(Term.id.in_([t for t, _, _ in rows]))
                ).all()
            )
        out = [Accuracy(names.get(t, "(deleted term)") if t else "(deleted term)", r, n)
               for t, r, n in rows]  # fmt: skip
        return sorted(out, key=lambda a: (a.right / a.total, a.name))

    def export_results_csv(self, *, path: Path, class_name: str | None = None) -> OpResult[int]:
        """Write every stored answer (of one class, when named) as a spreadsheet-safe CSV;
        returns the number of rows. Refuses the collection's own files."""
        self.col.check_output_path(Path(path))
        rows = self.results(class_name=class_name)
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(["run", "date", "class", "student", "item", "prompt", "expected",
                         "answer", "right"])  # fmt: skip
        for row in rows:
            cells = [str(row.run_id), row.created.date().isoformat(), row.class_name,
                     row.student, str(row.item_number), row.prompt, row.expected, row.answer,
                     "yes" if row.correct else "no"]  # fmt: skip
            writer.writerow([text_cell(one_line(cell)) for cell in cells])
        # Excel takes a CSV without a byte order mark for a legacy code page.
        data = buffer.getvalue().encode("utf-8-sig")

        def write(stream: BinaryIO) -> None:
            stream.write(data)

        write_atomically(Path(path), write)
        return OpResult(len(rows), _NONE)


def _results_query() -> Select[DrillResult, DrillRun, str, str]:
    return (
        select(DrillResult, DrillRun, Student.name, SchoolClass.name)
        .join(DrillRun, DrillRun.id == DrillResult.run_id)
        .join(Student, Student.id == DrillResult.student_id)
        .join(SchoolClass, SchoolClass.id == Student.class_id)
        .order_by(DrillRun.id, Student.name, DrillResult.item_number)
    )


def _selected(
    session: Session,
    *,
    deck_ids: Sequence[DeckId] | None = None,
    tags: Sequence[str] | None = None,
    document_ids: Sequence[DocumentId] | None = None,
    lesson_ids: Sequence[LessonId] | None = None,
    term_ids: Sequence[TermId] | None = None,
) -> list[int]:
    """Ids of the accepted terms matching every filter given, in id order."""
    query: Select[Any] = select(Term.id).where(Term.status == "accepted")
    if deck_ids is not None:
        query = query.where(Term.deck_id.in_(list(deck_ids)))
    if tags is not None:
        wanted = [t.strip().lower() for t in tags]
        tagged = (
            select(TermTag.term_id)
            .join(Tag, Tag.id == TermTag.tag_id)
            .where(func.lower(Tag.name).in_(wanted))
        )
        query = query.where(Term.id.in_(tagged))
    if document_ids is not None:
        documents = list(document_ids)
        occurs = exists(
            select(TermOccurrence.id)
            .join(SegmentPair, SegmentPair.id == TermOccurrence.pair_id)
            .where(TermOccurrence.term_id == Term.id, SegmentPair.document_id.in_(documents))
        )
        query = query.where(or_(Term.document_id.in_(documents), occurs))
    if lesson_ids is not None:
        members = select(LessonTerm.term_id).where(LessonTerm.lesson_id.in_(list(lesson_ids)))
        query = query.where(Term.id.in_(members))
    if term_ids is not None:
        query = query.where(Term.id.in_(list(term_ids)))
    return list(session.scalars(query.order_by(Term.id)))


def _released_term_ids(session: Session) -> set[int]:
    return set(
        session.scalars(
            select(LessonTerm.term_id)
            .join(Lesson, Lesson.id == LessonTerm.lesson_id)
            .where(Lesson.released.is_(True))
        )
    )


def _drill_terms(session: Session, ids: Sequence[int]) -> list[DrillTerm]:
    """The terms as drills see them: current renderings (preferred first), documents, deck,
    released lessons and tags, which make wrong options plausible."""
    if not ids:
        return []
    id_list = list(ids)
    english: dict[int, list[str]] = {}
    for term_id, text in session.execute(
        select(Rendering.term_id, Rendering.english)
        .where(Rendering.term_id.in_(id_list), Rendering.status != "outdated")
        .order_by(Rendering.term_id, Rendering.status != "preferred", Rendering.position)
    ):
        english.setdefault(term_id, []).append(text)
    documents: dict[int, set[int]] = {}
    for term_id, document_id in session.execute(
        select(TermOccurrence.term_id, SegmentPair.document_id)
        .join(SegmentPair, SegmentPair.id == TermOccurrence.pair_id)
        .where(TermOccurrence.term_id.in_(id_list))
    ):
        documents.setdefault(term_id, set()).add(document_id)
    lessons: dict[int, set[int]] = {}
    for term_id, lesson_id in session.execute(
        select(LessonTerm.term_id, LessonTerm.lesson_id).where(LessonTerm.term_id.in_(id_list))
    ):
        lessons.setdefault(term_id, set()).add(lesson_id)
    tags: dict[int, set[str]] = {}
    for term_id, tag in session.execute(
        select(TermTag.term_id, Tag.name)
        .join(Tag, Tag.id == TermTag.tag_id)
        .where(TermTag.term_id.in_(id_list))
    ):
        tags.setdefault(term_id, set()).add(tag)
    out = []
    for term in session.scalars(select(Term).where(Term.id.in_(id_list)).order_by(Term.id)):
        docs = documents.get(term.id, set())
        if term.document_id is not None:
            docs.add(term.document_id)
        out.append(
            DrillTerm(
                term_id=term.id,
                chinese=term.chinese,
                pinyin=term.pinyin,
                english=tuple(english.get(term.id, ())),
                document_ids=frozenset(docs),
                deck_id=term.deck_id,
                lesson_ids=frozenset(lessons.get(term.id, ())),
                tags=frozenset(tags.get(term.id, ())),
            )
        )
    return out


def _roster_names(path: Path) -> list[str]:
    """The names in the first column of a roster CSV, header and blank rows left out."""
    if not path.is_file():
        raise InvalidInput(f"{path}: no such file.")
    if path.stat().st_size > ROSTER_LIMIT:
        raise InvalidInput(f"{path}: a roster can be 1 MB at most.")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("gb18030")
        except UnicodeDecodeError as error:
            raise InvalidInput(f"{path}: not UTF-8 or GB18030 text.") from error
    names = []
    for number, row in enumerate(csv.reader(io.StringIO(text))):
        name = one_line(row[0]) if row else ""
        if not name or (number == 0 and name.lower() in _ROSTER_HEADERS):
            continue
        if len(name) > 200:
            raise InvalidInput(f"{path}: the name on line {number + 1} is over 200 characters.")
        names.append(name)
    if not names:
        raise InvalidInput(f"{path}: no student names in the first column.")
    return names
