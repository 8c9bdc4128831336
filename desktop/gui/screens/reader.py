"""Aligned reader: Chinese and English side by side, one pair a row; fix the alignment; select a
span to see its counterpart and make a card from it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyleOptionViewItem,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from db.ops.candidates import CandidateInfo
from db.ops.document_info import PairInfo
from db.results import Changes
from desktop.gui.richtext import HTML_ROLE, HtmlDelegate, TermMatcher, highlight_html, ink_on
from desktop.gui.row_heights import LazyRowHeights
from desktop.gui.service import CollectionService, Task
from desktop.gui.theme import content_font, highlight_colors, study_font
from desktop.gui.widgets import Screen, hint_label, key_shortcut, title_label
from duiyi.align import LOW_SCORE

Index = QModelIndex | QPersistentModelIndex


if TYPE_CHECKING:
    from db.collection import Collection


@dataclass(frozen=True)
class _Loaded:
    """What the reader shows of a document."""

    pairs: list[PairInfo]
    candidates: list[CandidateInfo]
    title: str
    lexicon: dict[str, str]


class PairsModel(QAbstractTableModel):
    """A document's pairs, with known terms (green) and candidates (amber) highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pairs: list[PairInfo] = []
        self.known: list[tuple[str, str]] = []
        self.candidates: list[tuple[str, str]] = []
        self._matchers = [(TermMatcher(()), TermMatcher(())) for _side in (0, 1)]
        self._markup: dict[tuple[int, int], str] = {}
        self.show_known = True
        self.show_candidates = True

    def set_data(
        self, pairs: list[PairInfo], known: list[tuple[str, str]], cands: list[tuple[str, str]]
    ) -> None:
        """Replace the pairs and the terms to highlight."""
        self.beginResetModel()
        self.pairs, self.known, self.candidates = pairs, known, cands
        # one matcher per side and kind: a long document may mention thousands of terms
        self._matchers = [
            (TermMatcher(t[side] for t in known), TermMatcher(t[side] for t in cands))
            for side in (0, 1)
        ]
        self._markup = {}
        self.endResetModel()

    def recolor(self) -> None:
        """Draw the highlights again in the current theme's colours."""
        self._markup = {}
        if self.pairs:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.pairs) - 1, 1), [HTML_ROLE])

    def show_kinds(self, *, known: bool, candidates: bool) -> None:
        """Which highlights to draw: known terms, candidates, both or neither."""
        if (known, candidates) != (self.show_known, self.show_candidates):
            self.show_known, self.show_candidates = known, candidates
            self.recolor()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        vertical = orientation == Qt.Orientation.Vertical
        if role == Qt.ItemDataRole.ToolTipRole and vertical and self.low_scoring(section):
            return self.tr("Low alignment score: check that this pair is right")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if not vertical:
            return (self.tr("中文"), self.tr("English"))[section]
        if self.low_scoring(section):
            return f"{section + 1} ⚠"
        return str(section + 1)

    def low_scoring(self, row: int) -> bool:
        """Whether a row's pair has both sides but a score too low to trust."""
        if not 0 <= row < len(self.pairs):
            return False
        pair = self.pairs[row]
        return bool(pair.zh and pair.en) and pair.score < LOW_SCORE

    def flags(self, index: Index) -> Qt.ItemFlag:
        # "Editable" only so a cell opens its read-only text for selecting (PairTextDelegate).
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def text(self, row: int, column: int) -> str:
        """The plain Chinese (0) or English (1) of a row."""
        pair = self.pairs[row]
        return pair.zh if column == 0 else pair.en

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text = self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == HTML_ROLE:
            key = (index.row(), index.column())
            markup = self._markup.get(key)
            if markup is None:
                markup = self._highlighted(index.row(), index.column(), text)
                self._markup[key] = markup
            return markup
        if role == Qt.ItemDataRole.ToolTipRole:
            score = self.pairs[index.row()].score
            if self.low_scoring(index.row()):
                return self.tr(
                    "Alignment score {0:.2f}: low, these may not be translations of each other"
                ).format(score)
            return self.tr("Alignment score {0:.2f}").format(score)
        return None

    def _highlighted(self, row: int, side: int, text: str) -> str:
        if not text:
            missing = self.tr("(no translation)")
            return f"<i style='color:#999'>{missing}</i>"
        known_color, cand_color = highlight_colors()
        known, cands = self._matchers[side]
        known_spans = known.spans(text) if self.show_known else []
        spans = [(s, e, known_color) for s, e in known_spans]
        if self.show_candidates:
            # A known term wins over a candidate overlapping it (跨境 inside 跨境光缆).
            spans += [
                (s, e, cand_color)
                for s, e in cands.spans(text)
                if not any(s < k_end and k_start < e for k_start, k_end in known_spans)
            ]
        markup = highlight_html(text, spans)
        if self.pairs[row].kind == "heading":
            markup = f"<b>{markup}</b>"
        return markup


class PairTextDelegate(HtmlDelegate):
    """Draws a pair's highlighted text; a click on a selected cell opens its text read-only so
    a span can be selected in the table itself, and `on_select(row, side, start, end)` hears
    of each selection."""

    def __init__(
        self, on_select: Callable[[int, int, int, int], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.on_select = on_select

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QTextEdit(parent)
        editor.setReadOnly(True)
        editor.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        editor.setFont(option.font)
        editor.setFrameShape(QFrame.Shape.NoFrame)
        editor.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # Plain text: the offsets of a selection are the pair's own, as the counterpart needs.
        editor.setPlainText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        row, side = index.row(), index.column()

        def selected() -> None:
            cursor = editor.textCursor()
            if cursor.hasSelection():
                self.on_select(row, side, cursor.selectionStart(), cursor.selectionEnd())

        editor.selectionChanged.connect(selected)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """The text was set when the editor was made; nothing changes it."""

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Read-only: nothing goes back to the pair."""


class MakeCardDialog(QDialog):
    """A new term from a selected span, pre-filled; the user corrects and confirms."""

    def __init__(
        self, chinese: str, english: str, pinyin: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Make a Card"))
        form = QFormLayout(self)
        self.chinese = QLineEdit(chinese)
        self.english = QLineEdit(english)
        self.pinyin = QLineEdit(pinyin)
        self.deck = QLineEdit()
        self.deck.setPlaceholderText(self.tr("Default"))
        form.addRow(self.tr("Chinese:"), self.chinese)
        form.addRow(self.tr("English:"), self.english)
        form.addRow(self.tr("Pinyin:"), self.pinyin)
        form.addRow(self.tr("Deck:"), self.deck)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make Card"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.english.setFocus()


class ReaderScreen(Screen):
    """Read a document pair by pair; select text below to find its counterpart."""

    def __init__(self, service: CollectionService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self.document_id: Any = None
        self.suggested: tuple[int, int] | None = None
        header = QHBoxLayout()
        back = QPushButton(self.tr("← Library"))
        back.clicked.connect(lambda: self.navigate_requested.emit("library", None))
        header.addWidget(back)
        self.title = title_label(self.tr("Reader"))
        header.addWidget(self.title, 1)
        self.sentences = QCheckBox(self.tr("Sentences"))
        self.sentences.toggled.connect(lambda _c: self.reload())
        header.addWidget(self.sentences)
        self.outer.addLayout(header)
        legend_row = QHBoxLayout()
        # Which highlights to show: every phrase of a paragraph lit up is hard to read.
        shown = QSettings()
        self.show_known = QCheckBox(self.tr("Known terms"))
        self.show_known.setChecked(_setting_on(shown.value("reader/show_known", True)))
        self.show_known.setToolTip(self.tr("Highlight the terms you have accepted"))
        self.show_candidates = QCheckBox(self.tr("Candidates"))
        self.show_candidates.setChecked(_setting_on(shown.value("reader/show_candidates", True)))
        self.show_candidates.setToolTip(self.tr("Highlight the term candidates still to review"))
        for box in (self.show_known, self.show_candidates):
            box.toggled.connect(lambda _c: self._on_highlights_toggled())
            legend_row.addWidget(box)
        self.legend = QLabel()
        self.legend.setObjectName("hint")
        self.legend.setWordWrap(True)  # wraps in a narrow window instead of setting its width
        legend_row.addWidget(self.legend, 1)
        self.outer.addLayout(legend_row)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.model = PairsModel(self)
        self.model.show_kinds(
            known=self.show_known.isChecked(), candidates=self.show_candidates.isChecked()
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        delegate = PairTextDelegate(self._on_table_text_selected, self.table)
        self.table.setItemDelegate(delegate)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # A click on the selected row (or F2) opens the cell's text for selecting a span in it.
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setFont(content_font(12))
        self.row_heights = LazyRowHeights(
            self.table, lambda row: (self.model.text(row, 0), self.model.text(row, 1))
        )
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._focus_row(cur.row())
        )
        self.splitter.addWidget(self.table)

        focus = QWidget()
        focus_layout = QVBoxLayout(focus)
        focus_layout.setContentsMargins(0, 4, 0, 0)
        editors = QHBoxLayout()
        self.zh_edit = QPlainTextEdit()
        self.en_edit = QPlainTextEdit()
        for edit in (self.zh_edit, self.en_edit):
            edit.setReadOnly(True)
            edit.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            edit.setFont(content_font(14))
            editors.addWidget(edit)
        self.zh_edit.selectionChanged.connect(lambda: self._selection_timer(0))
        self.en_edit.selectionChanged.connect(lambda: self._selection_timer(1))
        focus_layout.addLayout(editors, 1)
        # The counterpart found gets a wrapped line of its own: a long one in the row of buttons
        # made the window wider.
        self.suggestion = QLabel()
        self.suggestion.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion.setWordWrap(True)
        self.suggestion.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        focus_layout.addWidget(self.suggestion)
        actions = QHBoxLayout()
        self.card_button = QPushButton(self.tr("Make a Card…"))
        self.card_button.setObjectName("primary")
        self.card_button.setEnabled(False)
        self.card_button.clicked.connect(self.make_card)
        actions.addWidget(self.card_button)
        self.merge_button = QPushButton(self.tr("Merge with Next"))
        self.merge_button.clicked.connect(self.merge_with_next)
        self.split_button = QPushButton(self.tr("Split at Cursors"))
        self.split_button.clicked.connect(self.split_at_cursors)
        self.move_up_button = QPushButton(self.tr("Sentence Up"))
        self.move_up_button.clicked.connect(lambda: self.move_sentence(-1))
        self.move_down_button = QPushButton(self.tr("Sentence Down"))
        self.move_down_button.clicked.connect(lambda: self.move_sentence(1))
        for button in (
            self.merge_button,
            self.split_button,
            self.move_up_button,
            self.move_down_button,
        ):
            actions.addWidget(button)
        focus_layout.addLayout(actions)
        focus_layout.addWidget(
            hint_label(
                self.tr(
                    "Select text below or in a selected row · Ctrl+K make a card · Ctrl+M merge · "
                    "Ctrl+Shift+M split at the cursors · Alt+Up/Down move a sentence"
                )
            )
        )
        self.splitter.addWidget(focus)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.outer.addWidget(self.splitter, 1)
        key_shortcut(QKeySequence("Ctrl+K"), self, self.make_card)
        key_shortcut(QKeySequence("Ctrl+M"), self, self.merge_with_next)
        key_shortcut(QKeySequence("Ctrl+Shift+M"), self, self.split_at_cursors)
        key_shortcut(QKeySequence("Alt+Up"), self, lambda: self.move_sentence(-1))
        key_shortcut(QKeySequence("Alt+Down"), self, lambda: self.move_sentence(1))
        for button, keys in (
            (self.card_button, "Ctrl+K"),
            (self.merge_button, "Ctrl+M"),
            (self.split_button, "Ctrl+Shift+M"),
            (self.move_up_button, "Alt+Up"),
            (self.move_down_button, "Alt+Down"),
        ):
            button.setToolTip(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))
        self.move_up_button.setToolTip(
            self.tr("Move the first English sentence to the pair above ({0})").format(
                self.move_up_button.toolTip()
            )
        )
        self.move_down_button.setToolTip(
            self.tr("Move the last English sentence to the pair below ({0})").format(
                self.move_down_button.toolTip()
            )
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._suggest)
        self._request = 0
        self._selected_side = 0
        self.lexicon: dict[str, str] = {}
        self._show_legend()

    def _on_highlights_toggled(self) -> None:
        known, candidates = self.show_known.isChecked(), self.show_candidates.isChecked()
        settings = QSettings()
        settings.setValue("reader/show_known", known)
        settings.setValue("reader/show_candidates", candidates)
        self.model.show_kinds(known=known, candidates=candidates)
        self._show_legend()

    def _show_legend(self) -> None:
        known, cand = highlight_colors()
        # tr() outside the f-strings: lupdate does not find calls inside them.
        known_label = self.tr("known term")
        candidate_label = self.tr("candidate")
        chips = []
        if self.show_known.isChecked():
            chips.append(
                f"<span style='background:{known}; color:{ink_on(known)}'>"
                f"&nbsp;{known_label}&nbsp;</span>"
            )
        if self.show_candidates.isChecked():
            chips.append(
                f"<span style='background:{cand}; color:{ink_on(cand)}'>"
                f"&nbsp;{candidate_label}&nbsp;</span>"
            )
        hint = self.tr("select Chinese or English below: its counterpart lights up")
        self.legend.setText(" ".join(chips) + (" — " if chips else "") + hint)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        """Highlights and legend in the new theme's colours (the palette changed)."""
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "lexicon"):
            self._show_legend()
            self.model.recolor()
        super().changeEvent(event)

    # -- loading --------------------------------------------------------------------------------
    def activated(self, argument: object = None) -> None:
        self.table.setFont(study_font(-2))
        for edit in (self.zh_edit, self.en_edit):
            edit.setFont(study_font())
        if argument is not None and argument != self.document_id:
            self.document_id = argument
            self._stale = True
        super().activated(argument)

    def cares_about(self, changes: Changes) -> bool:
        return changes.pairs or changes.terms

    def reload(self) -> None:
        if self.document_id is None:
            return
        doc_id = self.document_id
        sentences = self.sentences.isChecked()

        def load(col: Collection) -> _Loaded:
            pairs = col.documents.pairs(document_id=doc_id, sentences=sentences)
            cands = col.candidates.all(document_id=doc_id)
            title = col.documents.get(document_id=doc_id).title
            # the accepted terms this document mentions: highlighted, and the span lexicon
            return _Loaded(pairs, cands, title, col.candidates.known_terms(document_id=doc_id))

        self.service.op(load, on_done=self._show)

    def _show(self, loaded: _Loaded) -> None:
        cands, title = loaded.candidates, loaded.title
        self.lexicon = loaded.lexicon
        if not self.sentences.isChecked():
            pairs = [p for p in loaded.pairs if p.kind != "sentence"]
        else:
            pairs = [p for p in loaded.pairs if p.kind != "paragraph"]
        row = max(self.table.currentIndex().row(), 0)
        self.model.set_data(
            pairs,
            sorted(self.lexicon.items()),
            [(t.chinese, t.english) for t in cands],
        )
        if title:
            self.title.setText(title)
        if pairs:
            self.table.selectRow(min(row, len(pairs) - 1))
            self._focus_row(min(row, len(pairs) - 1))

    # -- the focused pair -----------------------------------------------------------------------
    def current_pair(self) -> PairInfo | None:
        """The pair in the current row, or None."""
        row = self.table.currentIndex().row()
        return self.model.pairs[row] if 0 <= row < len(self.model.pairs) else None

    def _focus_row(self, row: int) -> None:
        if not 0 <= row < len(self.model.pairs):
            return
        self.zh_edit.setPlainText(self.model.text(row, 0))
        self.en_edit.setPlainText(self.model.text(row, 1))
        self._clear_counterpart()
        self.card_button.setEnabled(False)

    def _clear_counterpart(self) -> None:
        """Forget the counterpart shown: its marks in both editors and its line."""
        self._request += 1  # a counterpart still being looked for is shown no more
        self.suggested = None
        for edit in (self.zh_edit, self.en_edit):
            edit.setExtraSelections([])
        self.suggestion.clear()

    def _on_table_text_selected(self, row: int, side: int, start: int, end: int) -> None:
        """A span selected in the table: select it in the editor below, which finds its
        counterpart as a selection made there does."""
        if row != self.table.currentIndex().row():
            self.table.selectRow(row)
        edit = self.zh_edit if side == 0 else self.en_edit
        if edit.toPlainText() != self.model.text(row, side):
            self._focus_row(row)
        cursor = edit.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        edit.setTextCursor(cursor)

    def _selection_timer(self, side: int) -> None:
        edit = self.zh_edit if side == 0 else self.en_edit
        if edit.textCursor().hasSelection():
            self._clear_counterpart()  # old marks go at once, not when the new one is found
            self._selected_side = side
            self._timer.start()

    def _suggest(self) -> None:
        side = self._selected_side
        source = self.zh_edit if side == 0 else self.en_edit
        target = self.en_edit if side == 0 else self.zh_edit
        cursor = source.textCursor()
        if not cursor.hasSelection():
            return
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        zh, en = self.zh_edit.toPlainText(), self.en_edit.toPlainText()
        lexicon = dict(self.lexicon)
        self._request += 1
        request = self._request

        def work(_task: Task) -> Any:
            return _counterpart(zh, en, start, end, from_chinese=side == 0, known=lexicon)

        def show(found: Any) -> None:
            if request != self._request:
                return  # a newer selection (or row) has come since
            target.setExtraSelections([])
            self.card_button.setEnabled(True)
            if found is None:
                self.suggested = None
                self.suggestion.setText(
                    self.tr("No counterpart found; you can type it in the card.")
                )
                return
            t_start, t_end = int(found.start), int(found.end)
            self.suggested = (t_start, t_end)
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(highlight_colors()[1]))
            selection.format = fmt
            selection.cursor = QTextCursor(target.document())
            selection.cursor.setPosition(t_start)
            selection.cursor.setPosition(t_end, QTextCursor.MoveMode.KeepAnchor)
            target.setExtraSelections([selection])
            _scroll_to(target, t_start, t_end)
            self.suggestion.setText(
                self.tr("Counterpart: {0}").format(selection.cursor.selectedText())
            )

        self.service.run(work, on_done=show, cpu=True)

    def selected_pair_texts(self) -> tuple[str, str]:
        """(Chinese, English) of the selection and its counterpart."""
        zh_sel = self.zh_edit.textCursor().selectedText()
        en_sel = self.en_edit.textCursor().selectedText()
        other = ""
        if self.suggested is not None:
            target = self.en_edit if self._selected_side == 0 else self.zh_edit
            other = target.toPlainText()[self.suggested[0] : self.suggested[1]]
        if self._selected_side == 0:
            return zh_sel, en_sel or other
        return zh_sel or other, en_sel

    def _selection_offsets(self) -> tuple[int, int]:
        """Where the selection and its counterpart start in the pair: (Chinese, English)."""
        source = self.zh_edit if self._selected_side == 0 else self.en_edit
        selected = source.textCursor().selectionStart() if source.textCursor().hasSelection() else 0
        found = self.suggested[0] if self.suggested is not None else 0
        return (selected, found) if self._selected_side == 0 else (found, selected)

    def make_card(self) -> None:
        """Open Make a Card pre-filled from the selection and its counterpart."""
        chinese, english = self.selected_pair_texts()
        pair = self.current_pair()
        if (not chinese and not english) or pair is None:
            return
        from duiyi.pinyin import pinyin_marks

        zh_at, en_at = self._selection_offsets()
        dialog = MakeCardDialog(chinese, english, pinyin_marks(chinese) if chinese else "", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def create() -> None:
            chinese = dialog.chinese.text().strip()
            english = dialog.english.text().strip()
            pinyin = dialog.pinyin.text().strip() or None
            deck = dialog.deck.text().strip() or None
            # The pair it was made in stays its occurrence: context sentence, known highlight.
            self.service.op(
                lambda col: col.terms.add_in_context(
                    pair_id=pair.id,
                    chinese=chinese,
                    english=english,
                    pinyin=pinyin,
                    deck=deck,
                    zh_at=zh_at,
                    en_at=en_at,
                ),
                on_done=lambda _r: self.say(self.tr("Card made for {0}.").format(chinese)),
            )

        dialog.accepted.connect(create)
        self.make_card_dialog = dialog
        dialog.open()

    # -- fixing the alignment -------------------------------------------------------------------
    def merge_with_next(self) -> None:
        """Merge the current pair with the next one."""
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.model.pairs) - 1:
            return
        ids = [self.model.pairs[r].id for r in (row, row + 1)]
        self.service.op(lambda col: col.documents.merge_pairs(pair_ids=ids))

    def split_at_cursors(self) -> None:
        """Split the current pair where the cursors stand in the Chinese and the English."""
        pair = self.current_pair()
        if pair is None:
            return
        zh_at = self.zh_edit.textCursor().position()
        en_at = self.en_edit.textCursor().position()
        self.service.op(
            lambda col: col.documents.split_pair(pair_id=pair.id, zh_at=zh_at, en_at=en_at)
        )

    def move_sentence(self, direction: int) -> None:
        """Move an English sentence to the previous (-1) or next (+1) pair."""
        pair = self.current_pair()
        if pair is None:
            return
        to = "previous" if direction < 0 else "next"
        self.service.op(lambda col: col.documents.move_sentence(pair_id=pair.id, lang="en", to=to))


def _scroll_to(edit: QPlainTextEdit, start: int, end: int) -> None:
    """Scroll `edit` so the span start..end is in view, its cursor left where it was."""
    cursor = QTextCursor(edit.document())
    bar = edit.verticalScrollBar()
    # The end first, then the start: a span taller than the view shows its beginning.
    for at in (end, start):
        cursor.setPosition(at)
        rect = edit.cursorRect(cursor)
        view = edit.viewport().rect()
        if rect.bottom() > view.bottom() or rect.top() < view.top():
            block = cursor.block()
            line = block.layout().lineForTextPosition(at - block.position()).lineNumber()
            first_line = block.firstLineNumber() + max(line, 0)
            bar.setValue(max(first_line - 1, 0))


def _setting_on(value: object) -> bool:
    """A yes/no setting as QSettings gives it back (an INI file stores "true"/"false")."""
    return value is True or str(value).lower() == "true"


def _counterpart(
    zh: str, en: str, start: int, end: int, *, from_chinese: bool, known: dict[str, str]
) -> Any:
    """The best counterpart span from the core's suggestions, or None."""
    from duiyi.document import SegmentPair
    from duiyi.extract.suggest import suggest_chinese, suggest_english

    pair = SegmentPair("paragraph", zh, en, 1.0)
    suggest = suggest_english if from_chinese else suggest_chinese
    found = suggest(pair, start, end, known=known, limit=1)
    return found[0] if found else None
