"""Whole workflows as one facade call: one transaction, one undo step, cancellable throughout.

Front ends never assemble a workflow from smaller calls: the GUI's import dialog, the first-run
sample and `duiyi extract` all import and extract through `import_and_extract`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from db.ops.candidates import CandidateOps
from db.ops.document_info import ImportSummary
from db.ops.importing import ImportOps, import_title
from db.results import OpResult, TermId
from duiyi.document import AlignedDocument
from duiyi.errors import InvalidInput
from duiyi.progress import NEVER_CANCELLED, CancelToken, CpuRunner, ProgressFn, no_progress

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


def _bilingual(document: AlignedDocument) -> bool:
    """True when the document holds Chinese and English to extract term pairs from."""
    from duiyi.extract import check_bilingual

    try:
        check_bilingual(document.pairs)
    except InvalidInput:
        return False
    return True


class WorkflowOps(ImportOps, CandidateOps):
    """Collection methods that run a whole workflow."""

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
        found: list[TermCandidate] = []
        stored: list[TermId] = []
        with self._write(f"Import {import_title(document, title)}"):
            imported = self.import_document(
                document=document, title=title, deck=deck, progress=progress, cancel=cancel
            )
            summary, changes = imported.value, imported.changes
            again = summary.already_imported
            if (extract_again or not again) and _bilingual(document):
                cancel.raise_if_set()
                found, extracted = self._extract(
                    summary.document_id, progress=no_progress, cancel=cancel, run_cpu=run_cpu
                )
                stored, changes = extracted.value, changes | extracted.changes
            cancel.raise_if_set()
        return OpResult(ImportResult(summary, tuple(found), tuple(stored)), changes)
