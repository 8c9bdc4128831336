"""Classroom drills: lessons and their terms, classes and students, drill runs and results.

Replaces the placeholder tables students, drill_sessions and drill_results of 0001, which no
Duiyi version ever wrote to (so no row is lost in dropping them).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07 07:08:35.171164
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("drill_results", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_drill_results_student_id"))
        batch_op.drop_index(batch_op.f("ix_drill_results_session_id"))
    op.drop_table("drill_results")
    op.drop_table("drill_sessions")
    op.drop_table("students")

    op.create_table(
        "classes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_classes")),
        sa.UniqueConstraint("name", name=op.f("uq_classes_name")),
    )
    op.create_table(
        "lessons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("lesson_date", sa.Date(), nullable=False),
        sa.Column("released", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lessons")),
        sa.UniqueConstraint("name", name=op.f("uq_lessons_name")),
    )
    op.create_table(
        "lesson_terms",
        sa.Column("lesson_id", sa.Integer(), nullable=False),
        sa.Column("term_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["lesson_id"],
            ["lessons.id"],
            name=op.f("fk_lesson_terms_lesson_id_lessons"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["term_id"],
            ["terms.id"],
            name=op.f("fk_lesson_terms_term_id_terms"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("lesson_id", "term_id", name=op.f("pk_lesson_terms")),
    )
    with op.batch_alter_table("lesson_terms", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lesson_terms_term_id"), ["term_id"], unique=False)
    op.create_table(
        "students",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["classes.id"],
            name=op.f("fk_students_class_id_classes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_students")),
        sa.UniqueConstraint("class_id", "name", name=op.f("uq_students_class_id")),
    )
    op.create_table(
        "drill_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("direction", sa.String(length=20), nullable=False),
        sa.Column("seed", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("class_id", sa.Integer(), nullable=True),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["classes.id"],
            name=op.f("fk_drill_runs_class_id_classes"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drill_runs")),
    )
    with op.batch_alter_table("drill_runs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_drill_runs_class_id"), ["class_id"], unique=False)
    op.create_table(
        "drill_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("item_number", sa.Integer(), nullable=False),
        sa.Column("term_id", sa.Integer(), nullable=True),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["drill_runs.id"],
            name=op.f("fk_drill_results_run_id_drill_runs"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["students.id"],
            name=op.f("fk_drill_results_student_id_students"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["term_id"],
            ["terms.id"],
            name=op.f("fk_drill_results_term_id_terms"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drill_results")),
        sa.UniqueConstraint(
            "run_id", "student_id", "item_number", name=op.f("uq_drill_results_run_id")
        ),
    )
    with op.batch_alter_table("drill_results", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_drill_results_student_id"), ["student_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_drill_results_term_id"), ["term_id"], unique=False)


def downgrade() -> None:
    """Undo this revision: back to 0001's empty placeholder tables."""
    for table in ("drill_results", "drill_runs", "students", "lesson_terms", "lessons", "classes"):
        op.drop_table(table)
    op.create_table(
        "students",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("class_name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_students")),
    )
    op.create_table(
        "drill_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("deck_id", sa.Integer(), nullable=True),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["deck_id"],
            ["decks.id"],
            name=op.f("fk_drill_sessions_deck_id_decks"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drill_sessions")),
    )
    op.create_table(
        "drill_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=True),
        sa.Column("term_id", sa.Integer(), nullable=True),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["drill_sessions.id"],
            name=op.f("fk_drill_results_session_id_drill_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["students.id"],
            name=op.f("fk_drill_results_student_id_students"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["term_id"],
            ["terms.id"],
            name=op.f("fk_drill_results_term_id_terms"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drill_results")),
    )
    with op.batch_alter_table("drill_results", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_drill_results_session_id"), ["session_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_drill_results_student_id"), ["student_id"], unique=False
        )
