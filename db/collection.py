"""`Collection`: the one API through which the GUI and the command line read and change data."""

from __future__ import annotations

from db.ops.candidates import CandidateOps
from db.ops.deck_due import DeckDueOps
from db.ops.document_terms import DocumentTermsOps
from db.ops.documents import DocumentOps
from db.ops.drills import DrillOps
from db.ops.exporting import ExportOps
from db.ops.importing import ImportOps
from db.ops.reader_cards import ReaderCardOps
from db.ops.study import StudyOps
from db.ops.term_bulk import TermBulkOps
from db.ops.terms import TermOps
from db.ops.workflows import WorkflowOps


class Collection(
    WorkflowOps,
    DocumentOps,
    ImportOps,
    TermOps,
    CandidateOps,
    DeckDueOps,
    StudyOps,
    ExportOps,
    TermBulkOps,
    DrillOps,
    ReaderCardOps,
    DocumentTermsOps,
):
    """A Duiyi collection: one SQLite file. Open it with `Collection.open(path)`."""
