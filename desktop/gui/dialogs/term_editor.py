"""Edit Term: the whole term (Chinese, pinyin, English, other renderings, notes, deck, tags) in a
dialog, as Anki's E opens the note editor while reviewing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from db.ops.term_info import DeckInfo, RenderingInfo, TermInfo
from db.results import OpResult, TermId
from desktop.gui.dialogs.term_form import TermForm, renderings_after
from desktop.gui.service import CollectionService, Failure
from desktop.gui.widgets import hint_label

if TYPE_CHECKING:
    from db.collection import Collection


class TermEditorDialog(QDialog):
    """Loads the term, saves every field as one undo step; errors are shown in the dialog."""

    def __init__(
        self, service: CollectionService, term_id: TermId, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.term_id = term_id
        self.setWindowTitle(self.tr("Edit Term"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.form = TermForm()
        self.form.rendering_requested.connect(self._on_form_rendering_requested)
        layout.addWidget(self.form)
        layout.addStretch(1)  # the fields keep their height; room left goes below them
        self.problem = hint_label("")
        self.problem.setObjectName("problem")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setEnabled(False)  # until the term is loaded

        def load(col: Collection) -> tuple[TermInfo, list[DeckInfo]]:
            return col.terms.get(term_id=term_id), col.decks.all()

        service.op(load, on_done=self._show)

    def _show(self, loaded: tuple[TermInfo, list[DeckInfo]]) -> None:
        term, decks = loaded
        self.form.set_decks([d.name for d in decks])
        self.form.load(term)
        self.setEnabled(True)
        self.form.english.setFocus()
        self.form.english.selectAll()

    def save(self) -> None:
        """Store every field (one undo step), then close."""
        fields = self.form.fields()
        term_id = self.term_id
        self.setEnabled(False)
        self.service.op(
            lambda col: col.terms.update(
                term_id=term_id,
                chinese=fields.chinese,
                pinyin=fields.pinyin,
                english=fields.english,
                notes=fields.notes,
                deck=fields.deck,
                tags=fields.tags,
            ),
            on_done=lambda _r: self.accept(),
            on_error=self._on_save_failed,
        )

    def _on_save_failed(self, failure: Failure) -> None:
        self.setEnabled(True)
        if not failure.is_user_error:
            self.service.error_raised.emit(failure)
            return
        self.problem.setText(str(failure.error))
        self.problem.show()

    def _on_form_rendering_requested(self, rendering: RenderingInfo, status: str) -> None:
        term = self.form.term
        if term is None:
            return
        specs = renderings_after(term, rendering, status)
        term_id = self.term_id

        def shown(result: OpResult[TermInfo]) -> None:
            self.form.show_renderings(result.value)

        self.service.op(
            lambda col: col.terms.set_renderings(term_id=term_id, renderings=specs),
            on_done=shown,
            on_error=self._on_save_failed,
        )
