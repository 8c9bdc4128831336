"""Stored per review what statistics read (elapsed days, covering indexes); candidate reasons.

True retention used to parse every review's state_before JSON at read time (seconds on a
million reviews); each review now carries `elapsed_days`, filled here for the existing rows the
way the program fills it for new answers. Statistics read reviews from two covering indexes.
Terms gain `reasons`: why extraction gave a candidate its confidence (unknown for older ones).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07 08:40:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REVIEW = 2
"""The review state (duiyi.study.scheduling.REVIEW), as stored in state_before."""

# Whole days from the previous review to this one, for answers given in the review state.
# Earlier versions wrote state_before as JSON with "state" and "last_review" (ISO, UTC).
FILL_ELAPSED_DAYS = f"""
UPDATE reviews SET elapsed_days = max(0, CAST(
    julianday(reviewed_at) - julianday(json_extract(state_before, '$.last_review')) AS INTEGER))
WHERE json_valid(state_before)
    AND json_extract(state_before, '$.state') = {REVIEW}
    AND json_extract(state_before, '$.last_review') IS NOT NULL
"""


def upgrade() -> None:
    """Apply this revision."""
    op.add_column("reviews", sa.Column("elapsed_days", sa.Integer(), nullable=True))
    op.add_column("terms", sa.Column("reasons", sa.JSON(), nullable=True))
    op.execute(FILL_ELAPSED_DAYS)
    op.drop_index("ix_reviews_reviewed_at", table_name="reviews")
    op.create_index("ix_reviews_reviewed_at", "reviews", ["reviewed_at", "card_id", "duration_ms"])
    op.create_index(
        "ix_reviews_retention",
        "reviews",
        ["elapsed_days", "rating", "reviewed_at", "card_id"],
        sqlite_where=sa.text("elapsed_days IS NOT NULL"),
    )


def downgrade() -> None:
    """Undo this revision: back to 0002's reviews and terms."""
    op.drop_index("ix_reviews_retention", table_name="reviews")
    op.drop_index("ix_reviews_reviewed_at", table_name="reviews")
    op.create_index("ix_reviews_reviewed_at", "reviews", ["reviewed_at"])
    # SQLite drops a column in place; a batch copy would drop the tables, and with foreign
    # keys on, dropping terms deletes every card and review that refers to it.
    op.drop_column("terms", "reasons")
    op.drop_column("reviews", "elapsed_days")
