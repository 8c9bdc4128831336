"""Small shared widgets: the screen base, a message bar, empty-state text."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.results import Changes
from desktop.gui.richtext import plain_tooltip
from desktop.gui.service import CollectionService


class MessageKind(StrEnum):
    """How the message bar shows a message (the style sheets match on the value)."""

    INFO = "info"
    """Fades after a few seconds."""
    ERROR = "error"
    """Stays until closed."""


class MessageBar(QFrame):
    """A plain message at the top of the window (user errors, confirmations); Esc closes it.

    It floats over the top of its anchor (the screens) instead of taking a place in a layout:
    a bar that pushed the screen down and up again moved rows from under the mouse."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAutoFillBackground(True)
        self._anchor: QWidget | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A tool button: the push buttons' padding in the style sheets left no room for a glyph.
        self.close_button = QToolButton()
        self.close_button.setObjectName("messageClose")
        self.close_button.setAutoRaise(True)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close this message"))
        self.close_button.setAccessibleName(self.tr("Close this message"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def overlay(self, anchor: QWidget) -> None:
        """Float over the top edge of `anchor` (a sibling in the same parent), following it."""
        self._anchor = anchor
        anchor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the anchor's moves and resizes."""
        if watched is self._anchor and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._place()
        return False

    def _place(self) -> None:
        anchor, parent = self._anchor, self.parentWidget()
        if anchor is None or parent is None:
            return
        top_left = anchor.mapTo(parent, anchor.rect().topLeft())
        width = anchor.width()
        height = max(self.minimumSizeHint().height(), self.heightForWidth(width))
        # Made after its anchor, it is drawn above it (raise_() deactivated the offscreen window).
        self.setGeometry(top_left.x(), top_left.y(), width, height)

    def show_message(
        self, text: str, *, kind: MessageKind = MessageKind.ERROR, timeout_ms: int = 0
    ) -> None:
        """Show `text` as plain text; info messages may fade after timeout_ms (0: stays)."""
        self.setProperty("kind", kind.value)
        self.style().unpolish(self)
        self.style().polish(self)
        self.label.setText(text)
        self.show()
        self._place()
        if timeout_ms:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()

    def fades(self) -> bool:
        """Whether the message shown will close by itself."""
        return self._timer.isActive()

    def text(self) -> str:
        """The message shown (empty when hidden)."""
        return self.label.text() if self.isVisible() else ""


class EmptyState(QLabel):
    """Centered guidance shown where a list has nothing yet, saying how to fill it."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("emptyState")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)


class ElidedLabel(QLabel):
    """A one-line plain-text label that shortens its text with "…" to the width it gets (the
    whole text in its tooltip), so a long document title never sets the window's width."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._full = ""
        self.setText(text)

    def setText(self, text: str) -> None:
        """Show `text`, shortened when it does not fit."""
        self._full = text
        self._elide()

    def full_text(self) -> str:
        """The text as given, not shortened."""
        return self._full

    def sizeHint(self) -> QSize:
        """Room for the whole text when there is room."""
        hint = super().sizeHint()
        hint.setWidth(self.fontMetrics().horizontalAdvance(self._full) + 4)
        return hint

    def minimumSizeHint(self) -> QSize:
        """As narrow as a few letters and "…": the layout shortens it before widening."""
        hint = super().minimumSizeHint()
        hint.setWidth(min(self.sizeHint().width(), self.fontMetrics().horizontalAdvance("MMM…")))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideRight, max(self.contentsRect().width(), 1)
        )
        super().setText(shown)
        self.setToolTip(plain_tooltip(self._full) if shown != self._full else "")


def title_label(text: str) -> QLabel:
    """A screen title (plain text: it may be a document's title), shortened when too long."""
    label = ElidedLabel(text)
    label.setObjectName("screenTitle")
    return label


def plain_message_box(
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    parent: QWidget | None = None,
) -> QMessageBox:
    """A message box whose `text` (which may hold user text) is shown as plain text."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    # QMessageBox lets its label open links; plain text has none, and none may be added.
    for label in box.findChildren(QLabel):
        label.setOpenExternalLinks(False)
    return box


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question; `text` is shown as plain text."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = plain_message_box(QMessageBox.Icon.Question, title, text, buttons, parent)
    return box.exec() == QMessageBox.StandardButton.Yes


def hint_label(text: str) -> QLabel:
    """Small grey helper text (plain text, never markup)."""
    label = QLabel(text)
    label.setObjectName("hint")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    # A wrapped label asks for about 80 characters of width; a set minimum lets it wrap earlier.
    label.setMinimumWidth(120)
    return label


class Screen(QWidget):
    """One page of the main window. Subclasses refresh only what a change-set touches."""

    message_requested = Signal(str, object)
    """(text, kind): show a plain message in the window's message bar."""
    navigate_requested = Signal(str, object)
    """(screen key, argument): go to another screen (e.g. the reader for a document)."""

    key = ""

    def __init__(self, service: CollectionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(18, 14, 18, 10)
        self.outer.setSpacing(10)
        self._stale = True
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        service.changes_applied.connect(self._on_service_changes_applied)

    @property
    def collection(self) -> Any:
        """The collection (only to pass methods to the service; never call it here)."""
        return self.service.collection

    def activated(self, argument: object = None) -> None:
        """Called when the screen is shown; reloads if something it shows changed."""
        if self._stale:
            self._stale = False
            self.reload()

    def reload(self) -> None:
        """Load what the screen shows (asynchronously, through the service)."""

    def cares_about(self, changes: Changes) -> bool:
        """Whether a change-set touches what this screen shows."""
        return changes.any

    def may_close(self) -> bool:
        """Whether the main window may close: a screen holding unstored work finishes or keeps
        it here (asking the user) and says False to keep the window open."""
        return True

    def _on_service_changes_applied(self, changes: Changes, source: object) -> None:
        if source is self or not self.cares_about(changes):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def say(self, text: str, kind: MessageKind = MessageKind.INFO) -> None:
        """Show a message in the window's message bar."""
        self.message_requested.emit(text, kind)


def shrinking_combo(characters: int = 6) -> QComboBox:
    """A combo box about `characters` wide whatever its items (document titles, deck names):
    one sized to its longest item set the window's minimum width."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


def key_shortcut(sequence: QKeySequence, widget: QWidget, slot: Any) -> QShortcut:
    """A key that acts only while the focus is in `widget` (or its children)."""
    shortcut = QShortcut(sequence, widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    return shortcut
