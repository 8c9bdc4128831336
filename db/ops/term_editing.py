"""Saving a term from the term editor (Browse's panel, Study's E, Add Term): every field in one
transaction, and only the renderings the user touched change. `col.terms` builds on this part."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.models import Document, Rendering, SegmentPair, Term, TermOccurrence, TermTag, utcnow
from db.ops.cards import ensure_cards
from db.ops.importing import deck_named
from db.ops.part import Part
from db.ops.term_info import NewTerm, TermInfo
from db.ops.term_make import clean_chinese, clean_english, make_terms, pinyin_fields, tag_ids
from db.results import Changes, OpResult, TermId
from duiyi.errors import InvalidInput, NotFound
from duiyi.kinds import TermStatus
from duiyi.script import to_simplified
from duiyi.study.face import find_chinese
from duiyi.term_text import strip_controls

HAND_DOCUMENT = "Sentences added by hand"
"""The document that holds the context sentences typed in Add Term (one pair each)."""


class TermEditing(Part):
    """The term editor's calls (on `col.terms`)."""

    def update(
        self,
        *,
        term_id: TermId,
        chinese: str,
        pinyin: str,
        english: str,
        notes: str,
        deck: str,
        tags: Sequence[str],
    ) -> OpResult[TermInfo]:
        """Store the editor's fields for one term as one undo step.

        `english` is the preferred rendering: when it differs from the current one it becomes
        preferred and the old preferred one outdated; every other rendering stays as it is.
        Tags are made exactly `tags`; `deck` is a deck name (created when missing).
        """
        from db.ops.terms import load_terms  # terms.py builds on this module

        new_chinese = clean_chinese(chinese)
        (new_english,) = clean_english([english], chinese=new_chinese)
        with self._write(f"Edit term {new_chinese}") as session:
            term = session.get(Term, term_id)
            if term is None:
                raise NotFound(f"There is no term with id {term_id}.")
            if new_chinese != term.chinese:
                term.chinese = new_chinese
                term.chinese_simplified = to_simplified(new_chinese)
            term.pinyin, term.pinyin_plain = pinyin_fields(term.chinese, pinyin)
            term.notes = strip_controls(notes).strip()
            _make_preferred(term, new_english)
            deck_id = deck_named(session, deck)
            if deck_id is not None:
                term.deck_id = deck_id
            session.execute(delete(TermTag).where(TermTag.term_id == term_id))
            for tag_id in sorted(set(tag_ids(session, tags).values())):
                session.add(TermTag(term_id=term_id, tag_id=tag_id))
            term.modified_at = utcnow()
            session.flush()
            if term.status == TermStatus.ACCEPTED:
                ensure_cards(session, [term.id])
            info = load_terms(session, [term.id])[0]
        return OpResult(info, Changes(terms=True, cards=True, decks=True, tags=True))

    def add_with_sentence(
        self,
        *,
        chinese: str,
        english: str,
        pinyin: str = "",
        notes: str = "",
        deck: str = "",
        tags: Sequence[str] = (),
        sentence_zh: str = "",
        sentence_en: str = "",
    ) -> OpResult[TermInfo]:
        """Add one accepted term (with its cards) and, when given, the sentence it was met in,
        kept as its context on cards; one undo step."""
        from db.ops.terms import load_terms  # terms.py builds on this module

        new_chinese = clean_chinese(chinese)
        renderings = clean_english([english], chinese=new_chinese)
        zh = " ".join(strip_controls(sentence_zh).split())
        en = " ".join(strip_controls(sentence_en).split())
        if en and not zh:
            raise InvalidInput("A context sentence needs its Chinese; only the English was given.")
        span = find_chinese(zh, new_chinese) if zh else None
        if zh and span is None:
            raise InvalidInput(
                f"The context sentence does not contain the term {new_chinese}: {zh[:40]}"
            )
        with self._write(f"Add term {new_chinese}") as session:
            spec = NewTerm(
                chinese=new_chinese,
                english=tuple(renderings),
                pinyin=pinyin or None,
                notes=notes,
                deck_id=deck_named(session, deck),
                tags=tuple(tags),
            )
            (term_id,) = make_terms(session, [spec])
            if span is not None:
                pair_id = _hand_pair(session, zh, en)
                session.add(
                    TermOccurrence(
                        term_id=term_id, pair_id=pair_id, zh_start=span[0], zh_end=span[1]
                    )
                )
            session.flush()
            info = load_terms(session, [TermId(term_id)])[0]
        return OpResult(
            info, Changes(terms=True, cards=True, decks=True, tags=True, documents=span is not None)
        )


def _make_preferred(term: Term, english: str) -> None:
    """`english` becomes the preferred rendering; the old preferred one becomes outdated."""
    current = next((r for r in term.renderings if r.status == "preferred"), None)
    if current is not None and current.english == english:
        return
    same = next((r for r in term.renderings if r.english == english), None)
    if current is not None:
        current.status = "outdated"
    if same is None:
        same = Rendering(english=english, source="")
        term.renderings.append(same)
    same.status = "preferred"
    # The preferred rendering first: exports and cards read the renderings in this order.
    ordered = [same, *(r for r in term.renderings if r is not same)]
    for position, rendering in enumerate(ordered):
        rendering.position = position


def _hand_pair(session: Session, zh: str, en: str) -> int:
    """A new sentence pair at the end of the hand-typed sentences' document (made when
    missing)."""
    document_id = session.scalar(
        select(Document.id).where(Document.title == HAND_DOCUMENT, Document.format == "manual")
    )
    if document_id is None:
        document = Document(title=HAND_DOCUMENT, format="manual", content_hash="")
        session.add(document)
        session.flush()
        document_id = document.id
    last = session.scalar(
        select(SegmentPair.position)
        .where(SegmentPair.document_id == document_id)
        .order_by(SegmentPair.position.desc())
        .limit(1)
    )
    pair = SegmentPair(
        document_id=document_id,
        position=0 if last is None else last + 1,
        kind="paragraph",
        zh=zh,
        en=en,
        score=1.0,
    )
    session.add(pair)
    session.flush()
    return int(pair.id)
