"""SQLAlchemy 2 typed models for the whole domain; only `db` ever sees them."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC; gives them back with exactly `UTC` attached.

    SQLite keeps no time zone, and fsrs refuses anything but `timezone.utc`.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime, dict[str, Any]: JSON}


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    source_name: Mapped[str] = mapped_column(String(500), default="")
    format: Mapped[str] = mapped_column(String(40), default="")
    encoding: Mapped[str | None] = mapped_column(String(40))
    layout: Mapped[str] = mapped_column(String(40), default="")
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)

    pairs: Mapped[list[SegmentPair]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )


class SegmentPair(Base):
    __tablename__ = "segment_pairs"
    __table_args__ = (Index("ix_segment_pairs_document_position", "document_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))  # heading / paragraph / sentence
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("segment_pairs.id", ondelete="CASCADE"), index=True
    )
    zh: Mapped[str] = mapped_column(Text, default="")
    en: Mapped[str] = mapped_column(Text, default="")
    score: Mapped[float] = mapped_column(Float, default=0.0)

    document: Mapped[Document] = relationship(back_populates="pairs")


class DeckPreset(Base):
    """Shared study settings (limits, steps, retention, card types), as Anki's option groups."""

    __tablename__ = "deck_presets"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    config: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Deck(Base):
    __tablename__ = "decks"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    preset_id: Mapped[int | None] = mapped_column(
        ForeignKey("deck_presets.id", ondelete="SET NULL")
    )
    exam_date: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class TermTag(Base):
    __tablename__ = "term_tags"

    term_id: Mapped[int] = mapped_column(
        ForeignKey("terms.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Term(Base):
    __tablename__ = "terms"
    __table_args__ = (
        Index("ix_terms_status_deck", "status", "deck_id"),
        Index("ix_terms_chinese", "chinese"),
        # The term browser sorts by these; a page of 50 then needs no sort of the whole table.
        Index("ix_terms_pinyin_plain", "pinyin_plain"),
        Index("ix_terms_modified_at", "modified_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    guid: Mapped[str] = mapped_column(String(40), unique=True)
    chinese: Mapped[str] = mapped_column(String(200))
    chinese_simplified: Mapped[str] = mapped_column(String(200), default="")
    """The Chinese in simplified characters, so search finds a term in either script."""
    pinyin: Mapped[str] = mapped_column(String(400), default="")
    pinyin_plain: Mapped[str] = mapped_column(String(400), default="")
    """Pinyin without tones or spaces, for searching without tones."""
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="accepted")
    confidence: Mapped[float | None] = mapped_column(Float)
    reasons: Mapped[list[Any] | None] = mapped_column(JSON)
    """Why extraction gave a candidate its confidence: [{"name", "value", "weight"}, ...] as
    duiyi.extract's Reason; None for terms not proposed by extraction (or stored before 0003)."""
    frequency: Mapped[int] = mapped_column(Integer, default=0)
    deck_id: Mapped[int | None] = mapped_column(
        ForeignKey("decks.id", ondelete="SET NULL"), index=True
    )
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    """The document the term was first found in."""
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    modified_at: Mapped[datetime] = mapped_column(default=utcnow)

    renderings: Mapped[list[Rendering]] = relationship(
        back_populates="term",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Rendering.position",
    )


class Rendering(Base):
    """One English rendering of a term: preferred (one per term), accepted or outdated."""

    __tablename__ = "renderings"
    # Sorting the term browser by the preferred English walks this index.
    __table_args__ = (Index("ix_renderings_status_english", "status", "english"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    term_id: Mapped[int] = mapped_column(ForeignKey("terms.id", ondelete="CASCADE"), index=True)
    english: Mapped[str] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(20), default="preferred")
    source: Mapped[str] = mapped_column(String(500), default="")
    dated: Mapped[date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)

    term: Mapped[Term] = relationship(back_populates="renderings")


class TermOccurrence(Base):
    """Where a term stands in a segment pair, as character offsets in both languages."""

    __tablename__ = "term_occurrences"

    id: Mapped[int] = mapped_column(primary_key=True)
    term_id: Mapped[int] = mapped_column(ForeignKey("terms.id", ondelete="CASCADE"), index=True)
    pair_id: Mapped[int] = mapped_column(
        ForeignKey("segment_pairs.id", ondelete="CASCADE"), index=True
    )
    zh_start: Mapped[int] = mapped_column(Integer)
    zh_end: Mapped[int] = mapped_column(Integer)
    en_start: Mapped[int | None] = mapped_column(Integer)
    en_end: Mapped[int | None] = mapped_column(Integer)


class Card(Base):
    """One direction of one term, with its FSRS memory state."""

    __tablename__ = "cards"
    __table_args__ = (
        UniqueConstraint("term_id", "direction"),
        Index("ix_cards_queue", "suspended", "state", "due"),
        # Every column the session-start query of due reviews reads (weakest first), so it
        # is answered from this index alone rather than looking up thousands of card rows.
        Index(
            "ix_cards_due_cover",
            "suspended",
            "state",
            "due",
            "term_id",
            "last_review",
            "stability",
            "buried_until",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    term_id: Mapped[int] = mapped_column(ForeignKey("terms.id", ondelete="CASCADE"), index=True)
    direction: Mapped[str] = mapped_column(String(20))
    """recognition (zh->en), production (en->zh), cloze_zh, cloze_en."""
    state: Mapped[int] = mapped_column(Integer, default=0)
    """0 new, 1 learning, 2 review, 3 relearning."""
    step: Mapped[int | None] = mapped_column(Integer)
    stability: Mapped[float | None] = mapped_column(Float)
    difficulty: Mapped[float | None] = mapped_column(Float)
    due: Mapped[datetime] = mapped_column(default=utcnow)
    last_review: Mapped[datetime | None] = mapped_column()
    reps: Mapped[int] = mapped_column(Integer, default=0)
    lapses: Mapped[int] = mapped_column(Integer, default=0)
    new_position: Mapped[int] = mapped_column(Integer, default=0)
    """Order among new cards (document order by default)."""
    suspended: Mapped[bool] = mapped_column(Boolean, default=False)
    buried_until: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Review(Base):
    """One answer, with the card's state before and after so it can be undone exactly."""

    __tablename__ = "reviews"
    __table_args__ = (
        Index("ix_reviews_card_time", "card_id", "reviewed_at"),
        # Statistics count reviews and their time per day, and the session start counts
        # today's per deck: every column they read, so no row of a million is looked up.
        Index("ix_reviews_reviewed_at", "reviewed_at", "card_id", "duration_ms"),
        # True retention groups all history by elapsed days, from this index alone.
        Index(
            "ix_reviews_retention",
            "elapsed_days",
            "rating",
            "reviewed_at",
            "card_id",
            sqlite_where=text("elapsed_days IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"))
    reviewed_at: Mapped[datetime] = mapped_column()
    rating: Mapped[int] = mapped_column(Integer)
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)
    state_before: Mapped[dict[str, Any]] = mapped_column(default=dict)
    state_after: Mapped[dict[str, Any]] = mapped_column(default=dict)
    elapsed_days: Mapped[int | None] = mapped_column(Integer)
    """Whole days since the card's previous review, for an answer given in the review state
    (what true retention is counted by); None for new, learning and relearning cards."""


class Lesson(Base):
    """A class lesson: its terms become drill material (and distractors) once released."""

    __tablename__ = "lessons"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    lesson_date: Mapped[date] = mapped_column(Date)
    released: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class LessonTerm(Base):
    __tablename__ = "lesson_terms"

    lesson_id: Mapped[int] = mapped_column(
        ForeignKey("lessons.id", ondelete="CASCADE"), primary_key=True
    )
    term_id: Mapped[int] = mapped_column(
        ForeignKey("terms.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class SchoolClass(Base):
    """A class of students the teacher drills."""

    __tablename__ = "classes"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class Student(Base):
    __tablename__ = "students"
    __table_args__ = (UniqueConstraint("class_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))


class DrillRun(Base):
    """One drill as given: its settings and the items exactly as printed or exported."""

    __tablename__ = "drill_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    mode: Mapped[str] = mapped_column(String(20))
    direction: Mapped[str] = mapped_column(String(20))
    seed: Mapped[int] = mapped_column(Integer)
    count: Mapped[int] = mapped_column(Integer)
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    class_id: Mapped[int | None] = mapped_column(
        ForeignKey("classes.id", ondelete="SET NULL"), index=True
    )
    items: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class DrillResult(Base):
    """One student's answer to one item of a drill run."""

    __tablename__ = "drill_results"
    __table_args__ = (UniqueConstraint("run_id", "student_id", "item_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("drill_runs.id", ondelete="CASCADE"))
    student_id: Mapped[int] = mapped_column(
        ForeignKey("students.id", ondelete="CASCADE"), index=True
    )
    item_number: Mapped[int] = mapped_column(Integer)
    term_id: Mapped[int | None] = mapped_column(
        ForeignKey("terms.id", ondelete="SET NULL"), index=True
    )
    correct: Mapped[bool] = mapped_column(Boolean)
    answer: Mapped[str] = mapped_column(Text, default="")


class Setting(Base):
    """Collection-wide values that must survive restarts (last export time, undo labels, ...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(default=dict)
