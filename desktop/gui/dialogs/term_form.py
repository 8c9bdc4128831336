"""The term form that Browse's edit panel, Study's editor (E) and Add Term share: Chinese, pinyin
(filled as the Chinese is typed until the user edits it), the preferred English, the other
renderings with their status, notes, deck, tags and, when adding, a context sentence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from db.ops.term_info import DEFAULT_DECK, RenderingInfo, RenderingSpec, TermInfo
from duiyi.pinyin import pinyin_marks


@dataclass(frozen=True)
class TermFields:
    """What the form holds, as the collection's save_term and add_term_with_context take it."""

    chinese: str
    pinyin: str
    english: str
    notes: str
    deck: str
    tags: tuple[str, ...]
    sentence_zh: str = ""
    sentence_en: str = ""


class TermForm(QWidget):
    """The fields of one term. `adding` shows the context sentence; `renderings` the list of
    the term's other renderings (acted on at once through `rendering_requested`)."""

    rendering_requested = Signal(object, str)
    """(rendering, new status: preferred / accepted / outdated / delete)."""

    def __init__(
        self, *, adding: bool = False, renderings: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._pinyin_typed = False
        self._renderings: list[RenderingInfo] = []
        self.term: TermInfo | None = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.chinese = QLineEdit()
        self.chinese.textChanged.connect(self._on_chinese_text_changed)
        self.pinyin = QLineEdit()
        self.pinyin.setToolTip(self.tr("Filled in from the Chinese; tone numbers (wang3) work too"))
        self.pinyin.textEdited.connect(self._on_pinyin_text_edited)
        self.english = QLineEdit()
        self.english.setToolTip(self.tr("The preferred English rendering"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.deck = QComboBox()
        self.deck.setEditable(True)
        self.deck.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.deck.setToolTip(self.tr("Choose a deck, or type a new name to make one"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("separated by spaces"))
        form.addRow(self.tr("&Chinese:"), self.chinese)
        form.addRow(self.tr("&Pinyin:"), self.pinyin)
        form.addRow(self.tr("&English:"), self.english)
        self.others: QTreeWidget | None = None
        if renderings:
            self.others = QTreeWidget()
            self.others.setHeaderLabels([self.tr("Rendering"), self.tr("Status")])
            self.others.setRootIsDecorated(False)
            self.others.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            self.others.setMaximumHeight(110)
            # The renderings take the room the status leaves: the last column stretching would
            # leave the first at its default width, too narrow for its own header.
            header = self.others.header()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            self.others.setToolTip(self.tr("Right-click a rendering to make it preferred"))
            self.others.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            self.others.customContextMenuRequested.connect(self._on_others_menu_requested)
            self.others_label = QLabel(self.tr("Others:"))
            form.addRow(self.others_label, self.others)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow(self.tr("&Deck:"), self.deck)
        form.addRow(self.tr("&Tags:"), self.tags)
        self.sentence_zh: QLineEdit | None = None
        self.sentence_en: QLineEdit | None = None
        if adding:
            self.sentence_zh = QLineEdit()
            self.sentence_zh.setPlaceholderText(self.tr("optional: a sentence using the term"))
            self.sentence_en = QLineEdit()
            self.sentence_en.setPlaceholderText(self.tr("optional: its translation"))
            form.addRow(self.tr("Sentence (Chinese):"), self.sentence_zh)
            form.addRow(self.tr("Sentence (English):"), self.sentence_en)
        self.form = form
        if self.others is not None:
            form.setRowVisible(self.others, False)  # until a term with other renderings shows

    # -- pinyin as you type -----------------------------------------------------------------
    def _on_chinese_text_changed(self, text: str) -> None:
        if not self._pinyin_typed:
            self.pinyin.setText(pinyin_marks(text.strip()) if text.strip() else "")

    def _on_pinyin_text_edited(self, text: str) -> None:
        # Typed pinyin stays; emptying the field lets the Chinese fill it in again.
        self._pinyin_typed = bool(text.strip())

    # -- decks ------------------------------------------------------------------------------
    def set_decks(self, names: Sequence[str]) -> None:
        """The decks to choose from (stored names); the deck shown stays."""
        current = self.deck_name()
        self.deck.blockSignals(True)
        self.deck.clear()
        for name in names:
            self.deck.addItem(self.deck_text(name), name)
        self.deck.blockSignals(False)
        self.show_deck(current or DEFAULT_DECK)

    def deck_text(self, name: str) -> str:
        """A deck's name as shown: the deck the program makes in the user's language."""
        return self.tr("Default") if name == DEFAULT_DECK else name

    def show_deck(self, name: str) -> None:
        """Show the deck with this stored name (added to the choices when new)."""
        index = self.deck.findData(name)
        if index < 0:
            self.deck.addItem(self.deck_text(name), name)
            index = self.deck.count() - 1
        self.deck.setCurrentIndex(index)

    def deck_name(self) -> str:
        """The stored name of the chosen deck, or the new name typed."""
        text = self.deck.currentText().strip()
        index = self.deck.findText(text)
        if index >= 0:
            return str(self.deck.itemData(index))
        return text

    # -- loading and reading ----------------------------------------------------------------
    def load(self, term: TermInfo) -> None:
        """Show a term: its preferred English in the field, every other rendering listed."""
        self.chinese.blockSignals(True)
        self.chinese.setText(term.chinese)
        self.chinese.blockSignals(False)
        self.pinyin.setText(term.pinyin)
        # Pinyin corrected by hand stays when the Chinese is edited; computed pinyin follows it.
        self._pinyin_typed = term.pinyin != pinyin_marks(term.chinese)
        self.notes.setPlainText(term.notes)
        self.show_deck(term.deck_name or DEFAULT_DECK)
        self.tags.setText(" ".join(term.tags))
        self.show_renderings(term)

    def show_renderings(self, term: TermInfo) -> None:
        """Show the term's preferred English in the field and every other rendering listed."""
        self.term = term
        self.english.setText(term.english)
        preferred = term.english
        self._renderings = [r for r in term.renderings if r.english != preferred]
        if self.others is not None:
            self.others.clear()
            for rendering in self._renderings:
                item = QTreeWidgetItem([rendering.english, self.status_text(rendering.status)])
                self.others.addTopLevelItem(item)
            # The whole row: a hidden field alone still leaves its spacing in a wrapped form.
            self.form.setRowVisible(self.others, bool(self._renderings))

    def clear_term(self) -> None:
        """Empty the term's own fields for the next one; deck and tags stay, as in Anki."""
        for field in (self.chinese, self.pinyin, self.english, self.sentence_zh, self.sentence_en):
            if field is not None:
                field.clear()
        self.notes.clear()
        self._pinyin_typed = False
        self._renderings = []
        self.term = None
        if self.others is not None:
            self.others.clear()
            self.form.setRowVisible(self.others, False)

    def fields(self) -> TermFields:
        """The fields as typed (trimmed)."""
        return TermFields(
            chinese=self.chinese.text().strip(),
            pinyin=self.pinyin.text().strip(),
            english=self.english.text().strip(),
            notes=self.notes.toPlainText().strip(),
            deck=self.deck_name(),
            tags=tuple(self.tags.text().split()),
            sentence_zh=self.sentence_zh.text().strip() if self.sentence_zh else "",
            sentence_en=self.sentence_en.text().strip() if self.sentence_en else "",
        )

    def status_text(self, status: str) -> str:
        """A rendering's status in the user's language."""
        shown = {
            "preferred": self.tr("preferred"),
            "accepted": self.tr("accepted"),
            "outdated": self.tr("outdated"),
        }
        return shown.get(status, status)

    def shown_renderings(self) -> list[tuple[str, str]]:
        """The other renderings as listed: (English, status as shown)."""
        if self.others is None:
            return []
        items = [self.others.topLevelItem(i) for i in range(self.others.topLevelItemCount())]
        return [(item.text(0), item.text(1)) for item in items if item is not None]

    # -- acting on the other renderings -----------------------------------------------------
    def _on_others_menu_requested(self, at: QPoint) -> None:
        assert self.others is not None
        item = self.others.itemAt(at)  # the rendering under the mouse, selected or not
        if item is None:
            return
        self.others.setCurrentItem(item)
        rendering = self._renderings[self.others.indexOfTopLevelItem(item)]
        menu = QMenu(self)
        for status, text in (
            ("preferred", self.tr("Make Preferred")),
            ("accepted", self.tr("Mark Accepted")),
            ("outdated", self.tr("Mark Outdated")),
            ("delete", self.tr("Delete Rendering")),
        ):
            if status != rendering.status:
                action = menu.addAction(text)
                action.triggered.connect(
                    lambda _c=False, s=status: self.rendering_requested.emit(rendering, s)
                )
        menu.popup(self.others.viewport().mapToGlobal(at))
        self.menu = menu


def renderings_after(term: TermInfo, target: RenderingInfo, status: str) -> list[RenderingSpec]:
    """The term's renderings once `target` has `status` ("delete" removes it); a rendering made
    preferred takes the place of the old preferred one, which stays accepted."""
    out: list[RenderingSpec] = []
    for r in term.renderings:
        if r.id == target.id:
            if status == "delete":
                continue
            out.append(RenderingSpec(r.english, status, r.source, r.dated))
        elif status == "preferred" and r.status == "preferred":
            out.append(RenderingSpec(r.english, "accepted", r.source, r.dated))
        else:
            out.append(RenderingSpec(r.english, r.status, r.source, r.dated))
    if status == "preferred":
        out.sort(key=lambda spec: spec.status != "preferred")
    return out
