"""`col.documents`: import, list, find, rename and delete documents, read their pairs, and fix
their alignment (merge, split, move a sentence)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import case, delete, func, select
from sqlalchemy.orm import Session

from db.models import Document, SegmentPair, Term
from db.ops import pair_edits
from db.ops.document_info import DocumentInfo, ImportSummary, PairInfo
from db.ops.document_terms import DocumentTerms, term_counts
from db.ops.importing import (
    deck_named,
    glossed_occurrences,
    import_summary,
    import_title,
    store_pairs,
)
from db.ops.part import Part
from db.ops.term_info import NewTerm
from db.ops.term_make import make_terms
from db.ops.term_touch import terms_of_document, touch_terms
from db.ops.workflows import ImportResult, bilingual
from db.results import Changes, DocumentId, OpResult, PairId, TermId
from duiyi.counts import counted
from duiyi.document import AlignedDocument
from duiyi.errors import InvalidInput, NotFound
from duiyi.progress import NEVER_CANCELLED, CancelToken, CpuRunner, ProgressFn, no_progress

if TYPE_CHECKING:
    from duiyi.extract.types import TermCandidate

_PAIRS_CHANGED = Changes(pairs=True)


def _pair_info(row: SegmentPair) -> PairInfo:
    return PairInfo(
        id=PairId(row.id),
        document_id=DocumentId(row.document_id),
        position=row.position,
        kind=row.kind,
        zh=row.zh,
        en=row.en,
        score=row.score,
        parent_id=None if row.parent_id is None else PairId(row.parent_id),
    )


def _infos(session: Session, documents: list[Document]) -> list[DocumentInfo]:
    ids = [d.id for d in documents]
    if not ids:
        return []
    unpaired = case((SegmentPair.zh == "", 1), (SegmentPair.en == "", 1), else_=0)
    counts: dict[tuple[int, str], tuple[int, int]] = {}
    for doc_id, kind, total, lone in session.execute(
        select(SegmentPair.document_id, SegmentPair.kind, func.count(), func.sum(unpaired))
        .where(SegmentPair.document_id.in_(ids))
        .group_by(SegmentPair.document_id, SegmentPair.kind)
    ):
        counts[(doc_id, kind)] = (int(total), int(lone or 0))
    terms: dict[int | None, int] = {
        doc_id: int(count)
        for doc_id, count in session.execute(
            select(Term.document_id, func.count())
            .where(Term.document_id.in_(ids))
            .group_by(Term.document_id)
        )
    }
    infos = []
    for doc in documents:
        heads = counts.get((doc.id, "heading"), (0, 0))
        paras = counts.get((doc.id, "paragraph"), (0, 0))
        infos.append(
            DocumentInfo(
                id=DocumentId(doc.id),
                title=doc.title,
                source_name=doc.source_name,
                format=doc.format,
                layout=doc.layout,
                encoding=doc.encoding,
                imported_at=doc.imported_at,
                pair_count=heads[0] + paras[0],
                sentence_count=counts.get((doc.id, "sentence"), (0, 0))[0],
                unpaired_count=heads[1] + paras[1],
                term_count=int(terms.get(doc.id, 0)),
            )
        )
    return infos


def _document(session: Session, document_id: int) -> Document:
    doc = session.get(Document, document_id)
    if doc is None:
        raise NotFound(f"There is no document with id {document_id}.")
    return doc


class Documents(Part):
    """`col.documents`: the texts the user imported and their aligned pairs."""

    def all(self) -> list[DocumentInfo]:
        """Every document, oldest first, with its pair, unpaired and term counts."""
        with self._read() as session:
            docs = list(session.scalars(select(Document).order_by(Document.id)))
            return _infos(session, docs)

    def term_counts(self) -> dict[DocumentId, DocumentTerms]:
        """Each document's candidates still to review and its accepted terms."""
        return term_counts(self)

    def get(self, *, document_id: DocumentId) -> DocumentInfo:
        """One document's summary; NotFound if it does not exist."""
        with self._read() as session:
            return _infos(session, [_document(session, document_id)])[0]

    def find(self, *, ref: str) -> DocumentInfo:
        """The document with this id or exactly this title; NotFound otherwise."""
        ref = ref.strip()
        with self._read() as session:
            if ref.isdigit():
                doc = session.get(Document, int(ref))
                if doc is not None:
                    return _infos(session, [doc])[0]
            docs = list(session.scalars(select(Document).where(Document.title == ref)))
            if len(docs) > 1:
                ids = ", ".join(str(d.id) for d in docs)
                raise InvalidInput(
                    f'{len(docs)} documents are titled "{ref}" (ids {ids}); name one by its id.'
                )
            if not docs:
                raise NotFound(f'There is no document "{ref}" (give its id or its exact title).')
            return _infos(session, docs)[0]

    def rename(self, *, document_id: DocumentId, title: str) -> OpResult[DocumentInfo]:
        """Give a document a new title (undoable)."""
        title = title.strip()
        if not title:
            raise InvalidInput("A document's title cannot be empty.")
        with self._write(f"Rename document to {title}") as session:
            doc = _document(session, document_id)
            doc.title = title
            touch_terms(session, terms_of_document(int(document_id)))
            session.flush()
            info = _infos(session, [doc])[0]
        return OpResult(info, Changes(documents=True))

    def delete(self, *, document_id: DocumentId) -> OpResult[DocumentInfo]:
        """Delete a document and its pairs (undoable); its terms stay, no longer linked to it."""
        changes = Changes(documents=True, pairs=True, terms=True)
        with self._read() as session:
            title = _document(session, document_id).title
        with self._write(f"Delete {title}") as session:
            info = _infos(session, [_document(session, document_id)])[0]
            touch_terms(session, terms_of_document(int(document_id)))
            # Sentences first, so the cascade never has to walk parent links.
            session.execute(
                delete(SegmentPair).where(
                    SegmentPair.document_id == document_id, SegmentPair.parent_id.is_not(None)
                )
            )
            session.execute(delete(SegmentPair).where(SegmentPair.document_id == document_id))
            session.execute(delete(Document).where(Document.id == document_id))
        return OpResult(info, changes)

    def pairs(self, *, document_id: DocumentId, sentences: bool = False) -> list[PairInfo]:
        """A document's pairs in document order: headings and paragraphs, and with
        `sentences=True` each one followed by its sentence pairs."""
        with self._read() as session:
            _document(session, document_id)
            query = select(SegmentPair).where(SegmentPair.document_id == document_id)
            if not sentences:
                query = query.where(SegmentPair.kind != "sentence")
            rows = session.scalars(query.order_by(SegmentPair.position))
            return [_pair_info(row) for row in rows]

    # ----- fixing the alignment ------------------------------------------------------------

    def merge_pairs(self, *, pair_ids: Sequence[PairId]) -> OpResult[PairInfo]:
        """Join neighbouring pairs (same document and level) into the first of them."""
        with self._write(f"Merge {counted(len(pair_ids), 'pair')}") as session:
            merged = pair_edits.merge(session, pair_ids)
            # The terms' context sentences may have changed: their Anki notes must update.
            touch_terms(session, terms_of_document(merged.document_id))
            info = _pair_info(merged)
        return OpResult(info, _PAIRS_CHANGED)

    def split_pair(
        self, *, pair_id: PairId, zh_at: int, en_at: int
    ) -> OpResult[tuple[PairInfo, PairInfo]]:
        """Cut a pair in two: its Chinese at character zh_at, its English at character en_at."""
        with self._write("Split a pair") as session:
            first, second = pair_edits.split(session, pair_id, zh_at, en_at)
            touch_terms(session, terms_of_document(first.document_id))
            infos = (_pair_info(first), _pair_info(second))
        return OpResult(infos, _PAIRS_CHANGED)

    def move_sentence(self, *, pair_id: PairId, lang: str, to: str) -> OpResult[list[PairInfo]]:
        """Move a sentence of one side to the neighbouring pair: with to="previous" the pair's
        first sentence (in `lang`, "zh" or "en") goes to the end of the pair before it; with
        to="next" its last sentence goes to the start of the pair after it."""
        with self._write("Move a sentence") as session:
            changed = pair_edits.move_sentence(session, pair_id, lang, to)
            for document_id in {row.document_id for row in changed}:
                touch_terms(session, terms_of_document(document_id))
            infos = [_pair_info(row) for row in changed]
        return OpResult(infos, _PAIRS_CHANGED)

    # ----- importing -----------------------------------------------------------------------

    def find_imported(self, *, content_hash: str) -> DocumentId | None:
        """The document already holding this content, if any."""
        with self._read() as session:
            found = session.scalar(
                select(Document.id).where(Document.content_hash == content_hash).limit(1)
            )
        return None if found is None else DocumentId(found)

    def add(
        self,
        *,
        document: AlignedDocument,
        title: str | None = None,
        deck: str | None = None,
        progress: ProgressFn = no_progress,
        cancel: CancelToken | None = None,
    ) -> OpResult[ImportSummary]:
        """Store an aligned document and all its pairs in one transaction (one undo step).

        Content imported before is not stored twice: the summary then says so and names the
        earlier document. A glossary's entries become accepted terms (in `deck` if given).
        Cancelling stores nothing.
        """
        cancel = cancel or NEVER_CANCELLED
        title = import_title(document, title)
        if not document.pairs and not document.glossary:
            raise InvalidInput(f"{document.source_name or title} holds no pairs to import.")
        existing = self.find_imported(content_hash=document.content_hash)
        if existing is not None and document.content_hash:
            with self._read() as session:
                old = session.get(Document, existing)
                old_title = old.title if old is not None else title
            return OpResult(
                import_summary(document, existing, old_title, again=True, terms=0), Changes()
            )
        changes = Changes(documents=True, pairs=True)
        if document.glossary:
            changes = changes | Changes(terms=True, cards=True, decks=deck is not None)
        with self._write(f"Import {title}") as session:
            row = Document(
                title=title,
                source_name=document.source_name,
                format=document.format,
                encoding=document.encoding,
                layout=document.layout,
                content_hash=document.content_hash,
            )
            session.add(row)
            session.flush()
            document_id = DocumentId(row.id)
            store_pairs(session, document, document_id, progress, cancel)
            terms = 0
            if document.glossary:
                deck_id = deck_named(session, deck)
                specs = [
                    NewTerm(
                        chinese=entry.chinese,
                        english=entry.english,
                        pinyin=entry.pinyin or None,
                        notes=entry.notes,
                        deck_id=deck_id,
                        document_id=document_id,
                    )
                    for entry in document.glossary
                ]
                ids = make_terms(session, specs, cancel=cancel)
                terms = len(ids)
                if document.layout == "one-language":
                    glossed = [(i, e.chinese) for i, e in zip(ids, document.glossary, strict=True)]
                    glossed_occurrences(session, document_id, glossed)
            cancel.raise_if_set()
            summary = import_summary(document, document_id, title, again=False, terms=terms)
        return OpResult(summary, changes)

    def import_and_extract(
        self,
        *,
        document: AlignedDocument,
        title: str | None = None,
        deck: str | None = None,
        extract_again: bool = False,
        progress: ProgressFn = no_progress,
        cancel: CancelToken | None = None,
        run_cpu: CpuRunner | None = None,
    ) -> OpResult[ImportResult]:
        """Store an aligned document and its term candidates: one transaction, one undo step
        ("Import <title>"). Cancelling at any point stores nothing.

        A text without both Chinese and English (a glossary, say) is stored without candidates.
        Content imported before is not stored again; `extract_again` then extracts the earlier
        document's candidates anew. `run_cpu` runs the extractor elsewhere (a helper process).
        """
        cancel = cancel or NEVER_CANCELLED
        found: tuple[TermCandidate, ...] = ()
        stored: tuple[TermId, ...] = ()
        with self._write(f"Import {import_title(document, title)}"):
            imported = self.add(
                document=document, title=title, deck=deck, progress=progress, cancel=cancel
            )
            summary, changes = imported.value, imported.changes
            again = summary.already_imported
            if (extract_again or not again) and bilingual(document):
                cancel.raise_if_set()
                extracted = self.col.candidates.find_and_store(
                    document_id=summary.document_id, cancel=cancel, run_cpu=run_cpu
                )
                found, stored = extracted.value.found, extracted.value.stored
                changes = changes | extracted.changes
            cancel.raise_if_set()
        return OpResult(ImportResult(summary, found, stored), changes)
