"""Fixing an alignment by hand: merge neighbouring pairs, split one, move a sentence over.

Each function works inside the caller's transaction. When a heading or paragraph changes, its
sentence pairs are aligned again; the document's positions are then renumbered so the order
stays "each paragraph, then its sentences".
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import SegmentPair
from db.results import PairId
from duiyi.align import estimate_ratio, sentence_pairs
from duiyi.align.sentences import split_sentences
from duiyi.document import SegmentPair as CorePair
from duiyi.errors import InvalidInput, NotFound

_EDITED = 1.0
"""Score of a pair the user made: they have checked it."""


class _Document:
    """One document's pairs, loaded for editing: tops in order, and each top's sentences."""

    def __init__(self, session: Session, document_id: int) -> None:
        self.session = session
        self.document_id = document_id
        rows = list(
            session.scalars(
                select(SegmentPair)
                .where(SegmentPair.document_id == document_id)
                .order_by(SegmentPair.position)
            )
        )
        self.tops = [r for r in rows if r.parent_id is None]
        self.children: dict[int, list[SegmentPair]] = {t.id: [] for t in self.tops}
        for row in rows:
            if row.parent_id is not None:
                self.children.setdefault(row.parent_id, []).append(row)

    def siblings(self, row: SegmentPair) -> list[SegmentPair]:
        return self.tops if row.parent_id is None else self.children[row.parent_id]

    def ratio(self) -> float:
        both = [t for t in self.tops if t.zh and t.en]
        return estimate_ratio([t.zh for t in both], [t.en for t in both])

    def realign(self, top: SegmentPair) -> None:
        """Replace a heading's or paragraph's sentence pairs with a fresh alignment."""
        for child in self.children.get(top.id, []):
            self.session.delete(child)
        core = CorePair("heading" if top.kind == "heading" else "paragraph", top.zh, top.en, 0.0)
        fresh = [
            SegmentPair(
                document_id=self.document_id,
                position=0,
                kind="sentence",
                parent_id=top.id,
                zh=p.zh,
                en=p.en,
                score=p.score,
            )
            for p in sentence_pairs(core, 0, self.ratio())
        ]
        self.session.add_all(fresh)
        self.children[top.id] = fresh

    def remove(self, row: SegmentPair) -> None:
        if row.parent_id is None:
            for child in self.children.pop(row.id, []):
                self.session.delete(child)
            # Sentences go before their paragraph, or the database's cascade deletes them
            # under the session's feet.
            self.session.flush()
        self.siblings(row).remove(row)
        self.session.delete(row)

    def renumber(self) -> None:
        self.session.flush()
        position = 0
        for top in self.tops:
            top.position = position
            position += 1
            for child in self.children.get(top.id, []):
                child.position = position
                position += 1
        self.session.flush()


def _get(session: Session, pair_id: int) -> SegmentPair:
    row = session.get(SegmentPair, pair_id)
    if row is None:
        raise NotFound(f"There is no segment pair with id {pair_id}.")
    return row


def _join(parts: Sequence[str], lang: str) -> str:
    parts = [p for p in parts if p]
    return ("" if lang == "zh" else " ").join(parts)


def merge(session: Session, pair_ids: Sequence[PairId]) -> SegmentPair:
    """Join neighbouring pairs of one level into the first; returns it."""
    if len(set(pair_ids)) < 2:
        raise InvalidInput("Choose at least two pairs to merge.")
    rows = [_get(session, i) for i in dict.fromkeys(pair_ids)]
    doc_ids = {r.document_id for r in rows}
    parents = {r.parent_id for r in rows}
    if len(doc_ids) > 1 or len(parents) > 1:
        raise InvalidInput("Only neighbouring pairs of the same paragraph can be merged.")
    doc = _Document(session, rows[0].document_id)
    siblings = doc.siblings(rows[0])
    indices = sorted(siblings.index(r) for r in rows)
    if indices != list(range(indices[0], indices[0] + len(indices))):
        raise InvalidInput("Only neighbouring pairs can be merged.")
    chosen = siblings[indices[0] : indices[-1] + 1]
    first = chosen[0]
    first.zh = _join([r.zh for r in chosen], "zh")
    first.en = _join([r.en for r in chosen], "en")
    first.score = _EDITED if first.zh and first.en else 0.0
    if first.parent_id is None and any(r.kind == "paragraph" for r in chosen):
        first.kind = "paragraph"
    for row in chosen[1:]:
        doc.remove(row)
    if first.parent_id is None:
        doc.realign(first)
    doc.renumber()
    return first


def split(
    session: Session, pair_id: PairId, zh_at: int, en_at: int
) -> tuple[SegmentPair, SegmentPair]:
    """Cut a pair in two at a character of each side; returns both halves."""
    row = _get(session, pair_id)
    if not (0 <= zh_at <= len(row.zh) and 0 <= en_at <= len(row.en)):
        raise InvalidInput("The split point lies outside the pair's text.")
    halves = [(row.zh[:zh_at].strip(), row.en[:en_at].strip())]
    halves.append((row.zh[zh_at:].strip(), row.en[en_at:].strip()))
    if not all(zh or en for zh, en in halves):
        raise InvalidInput("Splitting there would leave an empty pair.")
    doc = _Document(session, row.document_id)
    siblings = doc.siblings(row)
    row.zh, row.en = halves[0]
    row.score = _EDITED if row.zh and row.en else 0.0
    second = SegmentPair(
        document_id=row.document_id,
        position=row.position,
        kind=row.kind,
        parent_id=row.parent_id,
        zh=halves[1][0],
        en=halves[1][1],
        score=_EDITED if all(halves[1]) else 0.0,
    )
    session.add(second)
    session.flush()
    siblings.insert(siblings.index(row) + 1, second)
    if row.parent_id is None:
        doc.children[second.id] = []
        doc.realign(row)
        doc.realign(second)
    doc.renumber()
    return row, second


def move_sentence(session: Session, pair_id: PairId, lang: str, to: str) -> list[SegmentPair]:
    """Move the first (to "previous") or last (to "next") sentence of one side of a pair to
    the neighbouring pair; returns the pairs that remain changed."""
    if lang not in ("zh", "en") or to not in ("previous", "next"):
        raise InvalidInput('Move a "zh" or "en" sentence to the "previous" or "next" pair.')
    row = _get(session, pair_id)
    doc = _Document(session, row.document_id)
    siblings = doc.siblings(row)
    index = siblings.index(row) + (-1 if to == "previous" else 1)
    if not 0 <= index < len(siblings):
        raise InvalidInput(f"There is no {to} pair to move the sentence to.")
    other = siblings[index]
    parts = split_sentences(getattr(row, lang), lang)
    if not parts:
        name = "Chinese" if lang == "zh" else "English"
        raise InvalidInput(f"The pair has no {name} sentence to move.")
    if to == "previous":
        moved, rest = parts[0], parts[1:]
        setattr(other, lang, _join([getattr(other, lang), moved], lang))
    else:
        moved, rest = parts[-1], parts[:-1]
        setattr(other, lang, _join([moved, getattr(other, lang)], lang))
    setattr(row, lang, _join(rest, lang))
    changed = [other]
    for pair in (other, row):
        pair.score = _EDITED if pair.zh and pair.en else 0.0
    if row.zh or row.en:
        changed.append(row)
    else:
        doc.remove(row)
    if other.parent_id is None:
        for pair in changed:
            doc.realign(pair)
    doc.renumber()
    return sorted(changed, key=lambda p: p.position)
