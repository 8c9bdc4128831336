"""What `col.documents.import_and_extract` returns, and when a text can be extracted from.

Front ends never assemble a workflow from smaller calls: the GUI's import dialog, the first-run
sample and `duiyi extract` all import and extract through `col.documents.import_and_extract`:
one transaction, one undo step, cancellable throughout.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from db.ops.document_info import ImportSummary
from db.results import TermId
from duiyi.document import AlignedDocument
from duiyi.errors import InvalidInput

if TYPE_CHECKING:
    from duiyi.extract.types import TermCandidate


@dataclass(frozen=True)
class ImportResult:
    """What importing a text stored: the import's summary and its term candidates."""

    summary: ImportSummary
    candidates: tuple[TermCandidate, ...]
    """Everything the extractor found, best first (stored or not)."""
    stored: tuple[TermId, ...]
    """The candidates stored for review."""


def bilingual(document: AlignedDocument) -> bool:
    """True when the document holds Chinese and English to extract term pairs from."""
    from duiyi.extract import check_bilingual

    try:
        check_bilingual(document.pairs)
    except InvalidInput:
        return False
    return True
