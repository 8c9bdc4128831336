"""Kinds of domain data, as enums whose values are the strings stored and exported."""

from __future__ import annotations

from enum import StrEnum


class CardDirection(StrEnum):
    """Which way a card asks about its term."""

    RECOGNITION = "recognition"
    """Chinese shown, English asked."""
    PRODUCTION = "production"
    """English shown, Chinese asked."""
    CLOZE_ZH = "cloze_zh"
    """The term masked in its Chinese context sentence."""
    CLOZE_EN = "cloze_en"
    """The term's English masked in its English context sentence."""


class TermStatus(StrEnum):
    """Where a term stands: proposed by extraction, accepted for study, or rejected."""

    CANDIDATE = "candidate"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
