"""Finding terms: Chinese substrings in either script, English words, pinyin with or without
tones, and filters by tag, deck, status and document, with sorting and paging.

Text goes through the FTS5 trigram index (term_fts, rendering_fts): LIKE '%...%' on those tables
uses the index for three characters or more and scans them (still only short strings) for
one or two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    exists,
    func,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.sql.elements import ColumnClause

from db.models import Card, Deck, Rendering, Tag, Term, TermTag
from db.ops.card_history import card_sort_columns
from db.ops.term_info import SORT_KEYS, TERM_STATUSES
from db.results import DeckId, DocumentId
from duiyi.errors import InvalidInput
from duiyi.pinyin import normalise_pinyin
from duiyi.script import to_simplified

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_TONED = re.compile(r"[0-5]|[\u0300-\u036f]|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]", re.IGNORECASE)


@dataclass(frozen=True)
class TermFilter:
    """What a term search asks for; every part optional."""

    query: str = ""
    tag: str | None = None
    deck_id: DeckId | None = None
    status: str | None = None
    document_id: DocumentId | None = None
    due_before: datetime | None = None
    """Only terms with an unsuspended learning or review card due before this moment."""
    leech: bool = False
    """Only terms tagged as leeches by the study code."""
    suspended: bool | None = None
    """True: only terms with a suspended card; False: only terms without one."""


LEECH_TAG = "leech"
"""The tag the study code gives a leech (db.ops.study.LEECH_TAG; not imported: keep this light)."""


def _has_card(*conditions: ColumnElement[bool]) -> ColumnElement[bool]:
    # EXISTS on cards by term_id walks ix_cards_term_id: a few card rows per term at most.
    return exists(select(Card.id).where(Card.term_id == Term.id, *conditions))


def _card_conditions(spec: TermFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if spec.due_before is not None:
        conditions.append(
            _has_card(Card.suspended.is_(False), Card.state != 0, Card.due < spec.due_before)
        )
    if spec.suspended is True:
        conditions.append(_has_card(Card.suspended.is_(True)))
    elif spec.suspended is False:
        conditions.append(~_has_card(Card.suspended.is_(True)))
    return conditions


def _tagged(name: str) -> ColumnElement[bool]:
    return Term.id.in_(
        select(TermTag.term_id).join(Tag, Tag.id == TermTag.tag_id).where(Tag.name == name)
    )


def _like(value: str) -> str:
    # LIKE wildcards typed by the user are taken as text: dropped, as FTS5 cannot escape them.
    return "%" + value.replace("%", "").replace("_", "") + "%"


def _fts_ids(table: str, column: str, pattern: str) -> Select[int]:
    rowid: ColumnClause[int] = literal_column("rowid")
    return select(rowid).select_from(text(table)).where(literal_column(column).like(pattern))


def _short(value: str) -> bool:
    # The trigram index finds nothing for fewer than three characters: scan the table instead.
    return len(value) < 3


def _chinese_match(value: str) -> ColumnElement[bool]:
    if _short(value):
        if all(_HAN.match(ch) for ch in value):
            # Each character is a token of term_chars_fts: the query is a phrase of them.
            rowid: ColumnClause[int] = literal_column("rowid")
            phrase = '"' + " ".join(value) + '"'
            return Term.id.in_(
                select(rowid)
                .select_from(text("term_chars_fts"))
                .where(literal_column("term_chars_fts").op("MATCH")(phrase))
            )
        return or_(Term.chinese.like(_like(value)), Term.chinese_simplified.like(_like(value)))
    return Term.id.in_(_fts_ids("term_fts", "chinese", _like(value)))


def _english_match(value: str) -> ColumnElement[bool]:
    if _short(value):
        rendering_ids: Select[int] = select(Rendering.term_id).where(
            Rendering.english.like(_like(value))
        )
        return Term.id.in_(rendering_ids)
    return Term.id.in_(
        select(Rendering.term_id).where(
            Rendering.id.in_(_fts_ids("rendering_fts", "english", _like(value)))
        )
    )


def _pinyin_match(plain: str) -> ColumnElement[bool]:
    if _short(plain):
        return Term.pinyin_plain.like(_like(plain))
    return Term.id.in_(_fts_ids("term_fts", "pinyin", _like(plain)))


def _text_condition(query: str) -> ColumnElement[bool] | None:
    query = " ".join(query.split())
    if not query or not query.replace("%", "").replace("_", ""):
        return None
    if _HAN.search(query):
        variants = sorted({query, to_simplified(query)})
        return or_(*(_chinese_match(v) for v in variants))
    conditions: list[ColumnElement[bool]] = [_english_match(query)]
    plain = normalise_pinyin(query, keep_tones=False)
    if plain and re.fullmatch(r"[a-zü]+", plain):
        pinyin_match = _pinyin_match(plain)
        if _TONED.search(query):
            # Tones typed: the syllables must match with their tones too.
            toned = normalise_pinyin(query, keep_tones=True)
            pinyin_match = and_(
                pinyin_match,
                func.replace(func.lower(Term.pinyin), " ", "").like(_like(toned)),
            )
        conditions.append(pinyin_match)
    return or_(*conditions)


def filtered(statement: Select[int], spec: TermFilter) -> Select[int]:
    """`statement` (selecting from terms) narrowed to the terms `spec` asks for."""
    condition = _text_condition(spec.query)
    if condition is not None:
        statement = statement.where(condition)
    if spec.status is not None:
        if spec.status not in TERM_STATUSES:
            raise InvalidInput(
                f"Unknown term status {spec.status!r}; use one of: {', '.join(TERM_STATUSES)}."
            )
        statement = statement.where(Term.status == spec.status)
    if spec.deck_id is not None:
        statement = statement.where(Term.deck_id == spec.deck_id)
    if spec.document_id is not None:
        statement = statement.where(Term.document_id == spec.document_id)
    if spec.tag is not None:
        statement = statement.where(_tagged(spec.tag.strip()))
    if spec.leech:
        statement = statement.where(_tagged(LEECH_TAG))
    for condition in _card_conditions(spec):
        statement = statement.where(condition)
    return statement


def sort_column(sort: str) -> ColumnElement[Any]:
    """The column a term list is sorted by."""
    if sort not in SORT_KEYS:
        raise InvalidInput(f"Cannot sort terms by {sort!r}; use one of: {', '.join(SORT_KEYS)}.")
    columns: dict[str, Any] = {
        "chinese": Term.chinese,
        "pinyin": Term.pinyin_plain,
        "status": Term.status,
        "confidence": Term.confidence,
        "frequency": Term.frequency,
        # Ids grow as terms are added (undo restores old ones): the primary key is the order.
        "created": Term.id,
        "modified": Term.modified_at,
        "english": Rendering.english,  # joined in id_query
        "deck": select(Deck.name).where(Deck.id == Term.deck_id).scalar_subquery(),
        **card_sort_columns(),
    }
    column: ColumnElement[Any] = columns[sort]
    return column


def id_query(
    spec: TermFilter,
    *,
    sort: str = "created",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> Select[int]:
    """The ids of matching terms, sorted (ties by id) and paged."""
    column = sort_column(sort)
    statement = filtered(select(Term.id), spec)
    if sort == "english":
        # A join (not a subquery per term) lets SQLite walk ix_renderings_status_english. Every
        # term has its preferred rendering (`duiyi check` reports any that lost it).
        statement = statement.join(
            Rendering, and_(Rendering.term_id == Term.id, Rendering.status == "preferred")
        )
    if descending:
        statement = statement.order_by(column.desc(), Term.id.desc())
    else:
        statement = statement.order_by(column.asc(), Term.id.asc())
    if offset:
        statement = statement.offset(max(0, offset))
    if limit is not None:
        statement = statement.limit(max(0, limit))
    return statement


def count_query(spec: TermFilter) -> Select[int]:
    """How many terms match."""
    inner = filtered(select(Term.id), spec).subquery()
    return select(func.count()).select_from(inner)
