"""`col.candidates`: term candidates — extract, store, list, accept, reject, edit.

Candidates are terms with status "candidate", linked to where they occur (TermOccurrence rows
on the document's stored segment pairs). Accepting one makes it an accepted term with cards;
rejecting one keeps it, status "rejected", so it is never proposed again. Terms already accepted
(in any document) are not proposed again either: they are passed to the extractor as evidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from db.models import Document, Rendering, Term, TermOccurrence, utcnow
from db.models import SegmentPair as PairRow
from db.ops.candidate_reasons import CandidateReason, read_reasons, stored_reasons
from db.ops.cards import ensure_cards
from db.ops.part import Part
from db.ops.term_make import clean_chinese, clean_english, make_term
from db.results import Changes, DocumentId, OpResult, PairId, TermId
from duiyi.counts import counted
from duiyi.document import SegmentPair
from duiyi.errors import InvalidInput, NotFound
from duiyi.kinds import TermStatus
from duiyi.occurring import occurring
from duiyi.progress import NEVER_CANCELLED, CancelToken, CpuRunner, ProgressFn, no_progress
from duiyi.term_text import is_chinese_term, strip_controls

if TYPE_CHECKING:
    from duiyi.extract.types import TermCandidate

_CANDIDATES = Changes(terms=True)
_ACCEPTED = Changes(terms=True, cards=True)
_IN_CHUNK = 500
"""Values per SQL IN (...) list: well under SQLite's limit of bound parameters."""
MAX_CONTEXTS = 5
"""Contexts listed per candidate (the GUI shows the first; all occurrences stay stored)."""


@dataclass(frozen=True)
class CandidateContext:
    """One place a candidate occurs: the pair's text and the spans to highlight."""

    pair_id: PairId
    zh: str
    en: str
    zh_start: int
    zh_end: int
    en_start: int | None
    en_end: int | None


@dataclass(frozen=True)
class CandidateInfo:
    """A stored candidate as the review screen shows it."""

    id: TermId
    chinese: str
    pinyin: str
    english: str
    other_english: tuple[str, ...]
    confidence: float
    frequency: int
    document_id: DocumentId | None
    status: TermStatus
    contexts: tuple[CandidateContext, ...]
    reasons: tuple[CandidateReason, ...] | None = None
    """Why extraction gave it its confidence, in the extractor's order; None when unknown
    (stored before Duiyi kept reasons)."""


@dataclass(frozen=True)
class Extraction:
    """What extracting a document gave: everything the extractor found, best first (stored
    or not), and the candidates stored from it."""

    found: tuple[TermCandidate, ...]
    stored: tuple[TermId, ...]


class ExtractionInput(NamedTuple):
    """A stored document ready for the extractor."""

    pairs: tuple[SegmentPair, ...]
    known: dict[str, str]
    """Accepted terms of every document: Chinese -> preferred English."""
    decided: frozenset[str]
    """Chinese of every accepted or rejected term: not proposed again."""


def _document_rows(session: Session, document_id: int) -> list[PairRow]:
    if session.get(Document, document_id) is None:
        raise NotFound(f"There is no document with id {document_id}.")
    rows = session.scalars(
        select(PairRow).where(PairRow.document_id == document_id).order_by(PairRow.position)
    )
    return list(rows)


def pairs_for_extraction(rows: Sequence[PairRow]) -> list[SegmentPair]:
    """Stored pairs as the extractor's input, in the same order (index i is rows[i])."""
    index_of = {row.id: i for i, row in enumerate(rows)}
    out: list[SegmentPair] = []
    for row in rows:
        kind = row.kind if row.kind in ("heading", "paragraph", "sentence") else "paragraph"
        parent = index_of.get(row.parent_id) if row.parent_id is not None else None
        out.append(SegmentPair(kind, row.zh, row.en, row.score, parent))  # type: ignore[arg-type]
    return out


def _top_level_chinese(rows: Sequence[PairRow]) -> list[str]:
    """The Chinese of a document's paragraphs and headings (its sentences lie inside them)."""
    return [row.zh for row in rows if row.parent_id is None]


def _decided_terms(
    session: Session, *, among: Iterable[str] | None = None, in_texts: Sequence[str] = ()
) -> tuple[dict[str, str], set[str]]:
    """Accepted terms (Chinese -> preferred English) and every accepted or rejected Chinese,
    limited to the Chinese in `among`, or else to terms occurring in `in_texts` when given."""
    decided_rows = select(Term.id, Term.chinese).where(
        Term.status.in_((TermStatus.ACCEPTED, TermStatus.REJECTED))
    )
    if among is not None:
        wanted = sorted(set(among))
        found = [
            row
            for start in range(0, len(wanted), _IN_CHUNK)
            for row in session.execute(
                decided_rows.where(Term.chinese.in_(wanted[start : start + _IN_CHUNK]))
            )
        ]
    else:
        found = list(session.execute(decided_rows))
        if in_texts:
            # a document names a few hundred of a collection's terms: load only those
            present = occurring((chinese for _, chinese in found), in_texts)
            found = [row for row in found if row[1] in present]
    ids = sorted(term_id for term_id, _ in found)
    known: dict[str, str] = {}
    decided = {chinese for _, chinese in found}
    for start in range(0, len(ids), _IN_CHUNK):
        rows = session.execute(
            select(Term.chinese, Rendering.english)
            .join(Rendering, Rendering.term_id == Term.id)
            .where(Term.id.in_(ids[start : start + _IN_CHUNK]), Term.status == TermStatus.ACCEPTED)
            .order_by(Term.id, Rendering.position)
        )
        for chinese, english in rows:
            if english and chinese not in known:
                known[chinese] = english
    return known, decided


class Candidates(Part):
    """`col.candidates`: terms the extractor proposed, waiting to be accepted or rejected."""

    def known_terms(self, *, document_id: DocumentId | None = None) -> dict[str, str]:
        """Accepted terms: Chinese -> preferred English; with a document, only those its
        Chinese mentions."""
        with self._read() as session:
            if document_id is None:
                return _decided_terms(session)[0]
            texts = _top_level_chinese(_document_rows(session, document_id))
            return _decided_terms(session, in_texts=texts)[0] if texts else {}

    def extraction_input(self, *, document_id: DocumentId) -> ExtractionInput:
        """What the extractor needs for a stored document: its pairs in stored order, the
        accepted terms as evidence, and the Chinese not to propose again."""
        with self._read() as session:
            rows = _document_rows(session, document_id)
            known, decided = _decided_terms(session, in_texts=_top_level_chinese(rows))
            return ExtractionInput(tuple(pairs_for_extraction(rows)), known, frozenset(decided))

    def extract(
        self,
        *,
        document_id: DocumentId,
        progress: ProgressFn = no_progress,
        cancel: CancelToken = NEVER_CANCELLED,
        run_cpu: CpuRunner | None = None,
    ) -> OpResult[list[TermId]]:
        """Extract the candidates of a stored document and store them (one undo step);
        `run_cpu` runs the extractor elsewhere (the GUI's helper process)."""
        found = self.find_and_store(
            document_id=document_id, progress=progress, cancel=cancel, run_cpu=run_cpu
        )
        return OpResult(list(found.value.stored), found.changes)

    def find_and_store(
        self,
        *,
        document_id: DocumentId,
        progress: ProgressFn = no_progress,
        cancel: CancelToken = NEVER_CANCELLED,
        run_cpu: CpuRunner | None = None,
    ) -> OpResult[Extraction]:
        """`extract`, also handing back everything the extractor found (stored or not), for
        a front end that reports it (`col.documents.import_and_extract`, `duiyi extract`)."""
        from duiyi.extract import extract_terms

        pairs, known, decided = self.extraction_input(document_id=document_id)
        if run_cpu is None:
            candidates = extract_terms(
                pairs, known=known, exclude=decided, progress=progress, cancel=cancel
            )
        else:
            candidates = run_cpu(extract_terms, pairs, known=known, exclude=decided, cancel=cancel)
        cancel.raise_if_set()
        stored = self.store(document_id=document_id, candidates=candidates)
        return OpResult(Extraction(tuple(candidates), tuple(stored.value)), stored.changes)

    def store(
        self, *, document_id: DocumentId, candidates: Sequence[TermCandidate]
    ) -> OpResult[list[TermId]]:
        """Store extracted candidates of a document, their occurrences mapped to its stored
        pairs (occurrence pair_index = position in the document's pairs, sentences included).

        Chinese already accepted or rejected is skipped; the document's earlier candidates are
        replaced; a candidate another document proposed too gains this document's occurrences.
        """
        label = f"Extract {counted(len(candidates), 'candidate')}"
        with self._write(label) as session:
            rows = _document_rows(session, document_id)
            pair_ids = [row.id for row in rows]
            _, decided = _decided_terms(session, among=(c.chinese for c in candidates))
            old = session.scalars(
                select(Term.id).where(
                    Term.status == TermStatus.CANDIDATE, Term.document_id == document_id
                )
            ).all()
            if old:
                session.execute(delete(Term).where(Term.id.in_(old)))
            names = sorted({c.chinese for c in candidates})
            elsewhere = {
                t.chinese: t
                for start in range(0, len(names), _IN_CHUNK)
                for t in session.scalars(
                    select(Term).where(
                        Term.status == TermStatus.CANDIDATE,
                        Term.chinese.in_(names[start : start + _IN_CHUNK]),
                    )
                )
            }
            stored: list[TermId] = []
            for cand in candidates:
                if cand.chinese in decided or not cand.english.strip():
                    continue
                if not is_chinese_term(cand.chinese):
                    continue  # a term needs Han characters; the extractor's "5G" is no term
                term = elsewhere.get(cand.chinese)
                if term is None:
                    term = make_term(
                        session,
                        chinese=cand.chinese,
                        english=[cand.english],
                        status=TermStatus.CANDIDATE,
                        pinyin=cand.pinyin,
                        document_id=document_id,
                        confidence=cand.confidence,
                        frequency=cand.frequency,
                    )
                    term.reasons = stored_reasons(cand.reasons)
                    elsewhere[cand.chinese] = term
                else:
                    if cand.confidence > (term.confidence or 0.0):
                        # The confidence kept is the highest: its reasons go with it.
                        term.reasons = stored_reasons(cand.reasons)
                    term.confidence = max(term.confidence or 0.0, cand.confidence)
                    term.frequency = (term.frequency or 0) + cand.frequency
                    term.modified_at = utcnow()
                for occ in cand.occurrences:
                    if not 0 <= occ.pair_index < len(pair_ids):
                        continue
                    found = occ.en_start >= 0
                    session.add(
                        TermOccurrence(
                            term_id=term.id,
                            pair_id=pair_ids[occ.pair_index],
                            zh_start=occ.zh_start,
                            zh_end=occ.zh_end,
                            en_start=occ.en_start if found else None,
                            en_end=occ.en_end if found else None,
                        )
                    )
                stored.append(TermId(term.id))
        return OpResult(stored, _CANDIDATES)

    def all(self, *, document_id: DocumentId | None = None) -> list[CandidateInfo]:
        """Candidates waiting for review (of one document, or all), most confident first."""
        with self._read() as session:
            query = (
                select(Term)
                .where(Term.status == TermStatus.CANDIDATE)
                .options(selectinload(Term.renderings))
            )
            if document_id is not None:
                if session.get(Document, document_id) is None:
                    raise NotFound(f"There is no document with id {document_id}.")
                in_document = (
                    select(TermOccurrence.term_id)
                    .join(PairRow, PairRow.id == TermOccurrence.pair_id)
                    .where(PairRow.document_id == document_id)
                )
                query = query.where((Term.document_id == document_id) | Term.id.in_(in_document))
            terms = list(session.scalars(query))
            contexts = _contexts(session, [t.id for t in terms], document_id)
            out = [
                CandidateInfo(
                    id=TermId(t.id),
                    chinese=t.chinese,
                    pinyin=t.pinyin,
                    english=t.renderings[0].english if t.renderings else "",
                    other_english=tuple(r.english for r in t.renderings[1:]),
                    confidence=float(t.confidence or 0.0),
                    frequency=t.frequency,
                    document_id=DocumentId(t.document_id) if t.document_id else None,
                    status=TermStatus(t.status),
                    contexts=tuple(contexts.get(t.id, ())),
                    reasons=read_reasons(t.reasons),
                )
                for t in terms
            ]
        out.sort(key=lambda c: (-c.confidence, -c.frequency, c.chinese))
        return out

    def accept(
        self,
        *,
        term_ids: Sequence[TermId],
        english_overrides: Mapping[TermId, str] | None = None,
    ) -> OpResult[int]:
        """Make candidates accepted terms with cards; `english_overrides` replaces the English
        of some. Returns how many were accepted."""
        overrides = {
            int(k): strip_controls(v).strip() for k, v in (english_overrides or {}).items()
        }
        if any(not v for v in overrides.values()):
            raise InvalidInput("An accepted term needs an English rendering.")
        ids = sorted({int(i) for i in term_ids})
        with self._write(f"Accept {counted(len(ids), 'term')}") as session:
            terms = _candidates(session, ids)
            now = utcnow()
            for term in terms:
                # Candidates stored before terms needed Han characters must not become cards.
                clean_chinese(term.chinese)
                english = overrides.get(term.id)
                if english:
                    _set_english(session, term, english)
                term.status = TermStatus.ACCEPTED
                term.modified_at = now
            session.flush()
            ensure_cards(session, [t.id for t in terms])
        return OpResult(len(terms), _ACCEPTED)

    def reject(self, *, term_ids: Sequence[TermId]) -> OpResult[int]:
        """Reject candidates: kept as rejected so they are never proposed again."""
        ids = sorted({int(i) for i in term_ids})
        with self._write(f"Reject {counted(len(ids), 'candidate')}") as session:
            terms = _candidates(session, ids)
            now = utcnow()
            for term in terms:
                term.status = TermStatus.REJECTED
                term.modified_at = now
        return OpResult(len(terms), _CANDIDATES)

    def edit(
        self,
        *,
        term_id: TermId,
        chinese: str | None = None,
        english: str | None = None,
        pinyin: str | None = None,
    ) -> OpResult[CandidateInfo]:
        """Change a candidate's Chinese, English or pinyin before accepting it."""
        with self._write("Edit candidate") as session:
            (term,) = _candidates(session, [int(term_id)])
            if chinese is not None:
                term.chinese = clean_chinese(chinese)
            if english is not None:
                _set_english(session, term, clean_english(english, chinese=term.chinese)[0])
            if pinyin is not None:
                term.pinyin = strip_controls(pinyin).strip()
            term.modified_at = utcnow()
            document_id = term.document_id
        found = [
            c
            for c in self.all(document_id=DocumentId(document_id) if document_id else None)
            if c.id == term_id
        ]
        return OpResult(found[0], _CANDIDATES)


def _candidates(session: Session, ids: Sequence[int]) -> list[Term]:
    terms = list(
        session.scalars(select(Term).where(Term.id.in_(ids)).options(selectinload(Term.renderings)))
    )
    missing = sorted(set(ids) - {t.id for t in terms})
    if missing:
        raise NotFound(f"There is no term with id {missing[0]}.")
    not_candidates = [t for t in terms if t.status != TermStatus.CANDIDATE]
    if not_candidates:
        term = not_candidates[0]
        raise InvalidInput(f"Term {term.id} ({term.chinese}) is {term.status}, not a candidate.")
    return terms


def _set_english(session: Session, term: Term, english: str) -> None:
    for rendering in list(term.renderings):
        if rendering.english == english:
            term.renderings.remove(rendering)
    for rendering in term.renderings:
        rendering.status = "accepted" if rendering.status == "preferred" else rendering.status
        rendering.position += 1
    term.renderings.insert(0, Rendering(english=english, status="preferred", position=0))
    session.flush()


def _contexts(
    session: Session, term_ids: Sequence[int], document_id: int | None
) -> dict[int, list[CandidateContext]]:
    out: dict[int, list[CandidateContext]] = {}
    if not term_ids:
        return out
    query = (
        select(TermOccurrence, PairRow)
        .join(PairRow, PairRow.id == TermOccurrence.pair_id)
        .where(TermOccurrence.term_id.in_(term_ids))
        .order_by(TermOccurrence.term_id, PairRow.document_id, PairRow.position)
    )
    if document_id is not None:
        query = query.where(PairRow.document_id == document_id)
    for occ, pair in session.execute(query):
        listed = out.setdefault(occ.term_id, [])
        if len(listed) < MAX_CONTEXTS:
            listed.append(
                CandidateContext(
                    PairId(pair.id),
                    pair.zh,
                    pair.en,
                    occ.zh_start,
                    occ.zh_end,
                    occ.en_start,
                    occ.en_end,
                )
            )
    return out
