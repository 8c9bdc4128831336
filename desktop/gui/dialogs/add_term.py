"""Add Term (File > Add Term, Ctrl+N): one term at a time, typed by hand; the dialog stays open
and empties for the next term, as Anki's Add does."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.ops.term_info import DeckInfo, TermInfo
from db.results import OpResult
from desktop.gui.dialogs.term_form import TermFields, TermForm
from desktop.gui.service import CollectionService, Failure
from desktop.gui.widgets import hint_label


class AddTermDialog(QDialog):
    """The shared term form with a context sentence, Add and Close; tells of duplicates."""

    def __init__(self, service: CollectionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Add Term"))
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        self.form = TermForm(adding=True, renderings=False)
        layout.addWidget(self.form)
        layout.addStretch(1)  # the fields keep their height; room left goes below them
        self.duplicate = hint_label("")
        self.duplicate.hide()
        layout.addWidget(self.duplicate)
        self.status = hint_label("")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("primary")
        self.add_button.setDefault(True)
        self.add_button.setToolTip(self.tr("Add the term (Ctrl+Enter)"))
        self.add_button.clicked.connect(self.add)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.add)
        self.existing: list[TermInfo] = []
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(250)
        self._check_timer.timeout.connect(self.check_duplicates)
        self.form.chinese.textChanged.connect(lambda _t: self._check_timer.start())
        self.form.english.textChanged.connect(lambda _t: self._show_duplicates())
        self.form.deck.setCurrentText("")
        service.op(lambda col: col.decks.all(), on_done=self._show_decks)

    def _show_decks(self, decks: list[DeckInfo]) -> None:
        self.form.set_decks([d.name for d in decks])

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        """Start in the Chinese field."""
        super().showEvent(event)
        self.form.chinese.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- duplicates -------------------------------------------------------------------------
    def check_duplicates(self) -> None:
        """Look up terms with the Chinese typed (either script) and say so under the form."""
        chinese = self.form.chinese.text().strip()
        if not chinese:
            self.existing = []
            self._show_duplicates()
            return

        def found(terms: list[TermInfo]) -> None:
            if self.form.chinese.text().strip() == chinese:
                self.existing = terms
                self._show_duplicates()

        self.service.op(lambda col: col.terms.find(chinese=chinese), on_done=found)

    def _same(self, fields: TermFields) -> TermInfo | None:
        wanted = fields.english.casefold()
        for term in self.existing:
            if any(r.english.casefold() == wanted for r in term.renderings):
                return term
        return None

    def _show_duplicates(self) -> None:
        if not self.existing:
            self.duplicate.hide()
            self.add_button.setEnabled(True)
            return
        same = self._same(self.form.fields())
        if same is not None:
            text = self.tr("Already in your collection: {0} — {1} (deck {2}).").format(
                same.chinese, same.english, self.form.deck_text(same.deck_name)
            )
        else:
            shown = "; ".join(
                f"{t.english} ({self.form.deck_text(t.deck_name)})" for t in self.existing[:3]
            )
            text = self.tr("{0} is already in your collection as: {1}. Add makes another term.")
            text = text.format(self.existing[0].chinese, shown)
        self.duplicate.setText(text)
        self.duplicate.setObjectName("problem" if same is not None else "hint")
        self.duplicate.style().unpolish(self.duplicate)
        self.duplicate.style().polish(self.duplicate)
        self.duplicate.show()
        self.add_button.setEnabled(same is None)

    # -- adding -----------------------------------------------------------------------------
    def add(self) -> None:
        """Add the term; on success empty the form (deck and tags stay) for the next one."""
        fields = self.form.fields()
        if not self.add_button.isEnabled():
            return
        self.add_button.setEnabled(False)
        self.service.op(
            lambda col: col.terms.add_with_sentence(
                chinese=fields.chinese,
                english=fields.english,
                pinyin=fields.pinyin,
                notes=fields.notes,
                deck=fields.deck,
                tags=fields.tags,
                sentence_zh=fields.sentence_zh,
                sentence_en=fields.sentence_en,
            ),
            on_done=self._on_added,
            on_error=self._on_add_failed,
        )

    def _on_added(self, result: OpResult[TermInfo]) -> None:
        term = result.value
        self.form.clear_term()
        self.existing = []
        self._show_duplicates()
        self.status.setObjectName("hint")
        self.status.setText(
            self.tr("Added {0} — {1} to {2}. Ctrl+Z undoes.").format(
                term.chinese, term.english, self.form.deck_text(term.deck_name)
            )
        )
        self._repolish(self.status)
        self.add_button.setEnabled(True)
        self.form.chinese.setFocus()

    def _on_add_failed(self, failure: Failure) -> None:
        self.add_button.setEnabled(True)
        if not failure.is_user_error:
            self.service.error_raised.emit(failure)
            return
        self.status.setObjectName("problem")
        self.status.setText(str(failure.error))
        self._repolish(self.status)

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)
