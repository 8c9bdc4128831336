"""Study: one large card, keyboard first (Space, 1–4, Ctrl+Z, E, S)."""

from __future__ import annotations

import html
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from db.ops.study_views import AnswerResult, CardView, IntervalChoice, QueueCounts
from db.results import Changes, OpResult
from desktop.gui.dialogs.term_editor import TermEditorDialog
from desktop.gui.richtext import highlight_html
from desktop.gui.service import CollectionService, Failure
from desktop.gui.theme import content_font, highlight_colors, study_font
from desktop.gui.widgets import EmptyState, Screen, hint_label, title_label
from duiyi.counts import number
from duiyi.study.face import TextPiece
from duiyi.study.typed import DiffPiece, TypedResult

if TYPE_CHECKING:
    from db.collection import Collection

RATINGS = ((1, "Again"), (2, "Hard"), (3, "Good"), (4, "Easy"))


class AnswerEdit(QLineEdit):
    """A typed-answer field where Enter that confirms an input-method candidate never submits.

    While the input method composes (a preedit string is shown), and in the same event-loop
    turn as its commit, Return belongs to the input method, not to us.
    """

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.composing = False
        self._just_committed = False

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        self.composing = bool(event.preeditString())
        if event.commitString():
            self._just_committed = True
            QTimer.singleShot(0, self._clear_committed)
        super().inputMethodEvent(event)

    def _clear_committed(self) -> None:
        self._just_committed = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.composing or self._just_committed:
                event.accept()  # the input method's Enter: confirm the candidate only
                return
            self.submitted.emit(self.text())
            event.accept()
            return
        super().keyPressEvent(event)


def pieces_html(pieces: Sequence[TextPiece], *, big_first: bool) -> str:
    """Card text pieces as escaped HTML: the prompt large, context with its term marked."""
    known, _ = highlight_colors()
    out: list[str] = []
    for index, piece in enumerate(pieces):
        text, role = piece.text, piece.role
        spans = [(s, e, known) for s, e in piece.highlighted]
        spans += [(s, e, "rgba(128,128,128,0.35)") for s, e in piece.masked]
        body = highlight_html(text, spans)
        if role in ("prompt", "answer") and (big_first or index > 0):
            size = 30 if piece.lang == "zh" else 24
            out.append(f"<div style='font-size:{size}pt; margin:6px 0'>{body}</div>")
        elif role == "pinyin":
            out.append(f"<div style='font-size:15pt; color:#8a7f72'>{body}</div>")
        elif role == "rendering":
            note = html.escape(piece.note)
            out.append(f"<div style='font-size:13pt'>{body} <i>({note})</i></div>")
        else:
            out.append(f"<div style='font-size:13pt; margin-top:10px'>{body}</div>")
    return "".join(out)


def answer_sides(
    front: Sequence[TextPiece], back: Sequence[TextPiece]
) -> tuple[tuple[TextPiece, ...], tuple[TextPiece, ...]]:
    """The sides as shown once the answer is revealed: a sentence the question showed with its
    answer hidden is filled in where it stood, and not shown a second time on the back."""
    remaining = list(back)
    shown: list[TextPiece] = []
    for piece in front:
        if piece.masked:
            whole = next(
                (p for p in remaining if p.role == "context" and p.lang == piece.lang), None
            )
            if whole is not None:
                remaining.remove(whole)
                shown.append(
                    TextPiece(whole.text, whole.lang, piece.role, highlighted=whole.highlighted)
                )
                continue
        shown.append(piece)
    return tuple(shown), tuple(remaining)


def diff_html(diff: Sequence[DiffPiece]) -> str:
    """A typed answer's word diff: missing words underlined green, extra words struck red."""
    out = []
    for piece in diff:
        text = html.escape(piece.text)
        kind = piece.kind
        if kind == "missing":
            out.append(f"<span style='color:#239b56; text-decoration:underline'>{text}</span>")
        elif kind == "extra":
            out.append(f"<span style='color:#c0392b; text-decoration:line-through'>{text}</span>")
        else:
            out.append(text)
    return " ".join(out)


class StudyScreen(Screen):
    """Review due cards one at a time; counts, intervals on the buttons, a summary at the end."""

    def __init__(self, service: CollectionService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self.card: CardView | None = None
        self.revealed = False
        self.shown_at = 0.0
        self.answered: list[int] = []
        self.typed_text = ""
        self.started_at = 0.0
        self._busy = False
        self._reveal_card: int | None = None
        header = QHBoxLayout()
        header.addWidget(title_label(self.tr("Study")))
        header.addStretch(1)
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        header.addWidget(self.counts)
        self.outer.addLayout(header)

        self.stack = QStackedLayout()
        # the card
        card_page = QWidget(self)  # shown by the stack at once: never without a parent
        page = QVBoxLayout(card_page)
        page.setContentsMargins(0, 0, 0, 0)
        self.frame = QFrame()
        self.frame.setObjectName("card")
        frame_layout = QVBoxLayout(self.frame)
        frame_layout.setContentsMargins(36, 28, 36, 28)
        self.front = QLabel()
        self.back = QLabel()
        for label in (self.front, self.back):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            label.setFont(content_font(14))
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.divider = QFrame()
        self.divider.setFrameShape(QFrame.Shape.HLine)
        frame_layout.addWidget(self.front)
        frame_layout.addWidget(self.divider)
        frame_layout.addWidget(self.back)
        self.diff = QLabel()
        self.diff.setTextFormat(Qt.TextFormat.RichText)
        self.diff.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.diff.setFont(content_font(14))
        frame_layout.addWidget(self.diff)
        frame_layout.addStretch(1)
        self.source = QLabel()
        self.source.setObjectName("hint")
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        self.source.setAlignment(Qt.AlignmentFlag.AlignRight)
        frame_layout.addWidget(self.source)
        page.addWidget(self.frame, 1)
        self.answer_edit = AnswerEdit()
        # Space types into this field, so Enter is the key named here.
        self.answer_edit.setPlaceholderText(
            self.tr("Type the answer (optional), Enter to check — Enter with it empty to reveal")
        )
        self.answer_edit.setFont(content_font(15))
        self.answer_edit.submitted.connect(self._on_answer_submitted)
        page.addWidget(self.answer_edit)
        buttons = QHBoxLayout()
        self.show_button = QPushButton(self._show_text(typed=False))
        self.show_button.setObjectName("primary")
        self.show_button.clicked.connect(self.reveal)
        buttons.addWidget(self.show_button)
        self.rate_buttons: dict[int, QPushButton] = {}
        for rating, name in RATINGS:
            button = QPushButton(f"{self.tr(name)}")
            button.setObjectName(f"rate{rating}")
            button.setMinimumHeight(44)
            button.clicked.connect(lambda _c=False, r=rating: self.rate(r))
            buttons.addWidget(button)
            self.rate_buttons[rating] = button
        for button in (self.show_button, *self.rate_buttons.values()):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        page.addLayout(buttons)
        self.keys_hint = hint_label(self._keys_text(typed=False))
        page.addWidget(self.keys_hint)
        self.stack.addWidget(card_page)
        # empty / finished
        self.empty = EmptyState()
        self.stack.addWidget(self.empty)
        self.outer.addLayout(self.stack, 1)

        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._keys = {
            # Space and Enter show the answer, then mean Good, as in Anki.
            Qt.Key.Key_Space: self.reveal_or_good,
            Qt.Key.Key_Return: self.reveal_or_good,
            Qt.Key.Key_Enter: self.reveal_or_good,
            Qt.Key.Key_1: lambda: self.rate(1),
            Qt.Key.Key_2: lambda: self.rate(2),
            Qt.Key.Key_3: lambda: self.rate(3),
            Qt.Key.Key_4: lambda: self.rate(4),
            Qt.Key.Key_E: self.edit_card,
            Qt.Key.Key_S: self.suspend_card,
        }
        self._show_card(None)

    def event(self, event: QEvent) -> bool:
        # Ctrl+Z here undoes the last answer (and shows the card again), before Edit > Undo.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        """The study keys; keys typed into the answer field never get here."""
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_answer()
            return
        action = self._keys.get(Qt.Key(event.key()))
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if action is not None and plain:
            action()
            return
        super().keyPressEvent(event)

    # -- loading --------------------------------------------------------------------------------
    def cares_about(self, changes: Changes) -> bool:
        return changes.cards or changes.terms

    def apply_fonts(self) -> None:
        """Use the study font chosen in Settings."""
        for label in (self.front, self.back, self.diff):
            label.setFont(study_font())
        self.answer_edit.setFont(study_font(1))

    def activated(self, argument: object = None) -> None:
        self.apply_fonts()
        if self.card is None or argument is not None:  # a deck's session was just started
            self._stale = True
        super().activated(argument)
        self.setFocus()

    def reload(self) -> None:
        self.service.op(lambda col: col.study.next_card(), on_done=self._show_card)

    def _show_card(self, card: CardView | None) -> None:
        self.card = card
        self.revealed = False
        self.typed_text = ""
        self.diff.clear()
        self.answer_edit.clear()
        for button in self.rate_buttons.values():
            button.setDefault(False)  # the last card's suggested answer is not this one's
        self._update_counts(card.counts if card is not None else None)
        if card is None:
            self._show_end()
            return
        self.stack.setCurrentIndex(0)
        self._render_sides()
        self.back.hide()
        self.divider.hide()
        self.source.setText(_source_text(card))
        self.show_button.show()
        for rating, name in RATINGS:
            label = self.tr(name)
            interval = _interval_for(card.intervals, rating)
            button = self.rate_buttons[rating]
            button.setText(f"{label}\n{interval}" if interval else label)
            button.hide()
        # The typed-answer field only when the deck asks for typed answers (Settings).
        self.answer_edit.setVisible(card.typed)
        self.show_button.setText(self._show_text(typed=card.typed))
        self.keys_hint.setText(self._keys_text(typed=card.typed))
        self.answer_edit.setEnabled(True)
        if card.typed and self.isVisible():
            self.answer_edit.setFocus()
        self.shown_at = time.monotonic()
        if not self.started_at:
            self.started_at = self.shown_at
        self._busy = False
        # (Kept while the same card shows: the edit's change-set reloads the screen too.)
        if self._reveal_card == card.card_id:
            self.reveal()
        else:
            self._reveal_card = None

    def _show_text(self, *, typed: bool) -> str:
        # With typed answers the field has the keyboard and Space types a space: Enter shows.
        return self.tr("Show Answer (Enter)") if typed else self.tr("Show Answer (Space)")

    def _keys_text(self, *, typed: bool) -> str:
        if typed:
            return self.tr(
                "Enter: check or show, then Good · 1–4 rate · Ctrl+Z undo · E edit · S suspend"
            )
        return self.tr(
            "Space or Enter: show, then Good · 1–4 rate · Ctrl+Z undo · E edit · S suspend"
        )

    def _render_sides(self) -> None:
        if self.card is None:
            return
        front, back = self.card.front, self.card.back
        if self.revealed:
            front, back = answer_sides(front, back)
        self.front.setText(pieces_html(front, big_first=True))
        self.back.setText(pieces_html(back, big_first=True))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        """Redraw the card's highlights when the theme (palette) changes."""
        if event.type() == QEvent.Type.PaletteChange:
            self._render_sides()
        super().changeEvent(event)

    def _show_end(self) -> None:
        self.stack.setCurrentIndex(1)
        if self.answered:
            minutes = max(1, round((time.monotonic() - self.started_at) / 60))
            again = self.answered.count(1)
            self.empty.setText(
                self.tr(
                    "Congratulations! You have finished for now.\n\n"
                    "{0} cards reviewed in about {1} min; {2} forgotten ({3}% correct).\n\n"
                    "Come back later for the cards that are still learning, or import more text."
                ).format(
                    number(len(self.answered)),
                    number(minutes),
                    number(again),
                    round(100 * (len(self.answered) - again) / len(self.answered)),
                )
            )
        else:
            self.empty.setText(
                self.tr(
                    "No cards are due.\n\nAccept terms under Candidates (Ctrl+2) to get new "
                    "cards, or come back when reviews are due."
                )
            )

    def _update_counts(self, counts: QueueCounts | None) -> None:
        if counts is None:
            self.counts.setText("")
            return
        new, learning, review = counts.new, counts.learning, counts.review
        # "New today": what today's limit leaves, not every new card (Statistics counts those).
        new_label = self.tr("New today")
        learning_label = self.tr("Learning")
        review_label = self.tr("Reviews due")
        self.counts.setText(
            f"<span style='color:#2471a3'>{new_label} {number(int(new))}</span> · "
            f"<span style='color:#c0392b'>{learning_label} {number(int(learning))}</span> · "
            f"<span style='color:#239b56'>{review_label} {number(int(review))}</span>"
        )
        self.counts.setToolTip(
            self.tr(
                "New today: new cards left within the deck's daily limit (Settings). "
                "Statistics counts every new card."
            )
        )

    # -- actions --------------------------------------------------------------------------------
    def reveal(self) -> None:
        """Show the back of the card and the rating buttons."""
        if self.card is None or self.revealed:
            return
        self.revealed = True
        self._render_sides()
        self.back.show()
        self.divider.show()
        self.show_button.hide()
        for button in self.rate_buttons.values():
            button.show()
        self.answer_edit.setEnabled(False)
        self.setFocus()

    def reveal_or_good(self) -> None:
        """Show the answer; once shown, answer Good (Space and Enter, as in Anki)."""
        if self.revealed:
            self.rate(3)
        else:
            self.reveal()

    def _on_answer_submitted(self, text: str) -> None:
        if self.card is None or self.revealed:
            return
        if not text.strip():
            self.reveal()  # Enter in the empty field: show the answer
            return
        card_id = self.card.card_id
        self.typed_text = text
        self.service.op(
            lambda col: col.study.check_typed(card_id=card_id, typed=text),
            on_done=self._show_typed_result,
        )

    def _show_typed_result(self, result: TypedResult) -> None:
        verdict = self.tr("Correct") if result.correct else self.tr("Not quite")
        body = diff_html(result.diff)
        extra = f"<br><i>{html.escape(result.note)}</i>" if result.note else ""
        self.diff.setText(f"<b>{html.escape(verdict)}</b>: {body}{extra}")
        self.reveal()
        suggested = int(result.suggested)
        if suggested in self.rate_buttons:
            self.rate_buttons[suggested].setDefault(True)

    def rate(self, rating: int) -> None:
        """Answer the card (1 Again … 4 Easy); the next card comes when it is stored."""
        if self.card is None or not self.revealed or self._busy:
            return
        self._busy = True
        self._reveal_card = None
        card_id = self.card.card_id
        duration = int((time.monotonic() - self.shown_at) * 1000)
        typed = self.typed_text or None  # stored with the review, as `duiyi review --typed` does
        self.answered.append(rating)

        def answer(col: Collection) -> tuple[OpResult[AnswerResult], CardView | None]:
            result = col.study.answer(
                card_id=card_id, rating=rating, duration_ms=duration, typed=typed
            )
            return result, col.study.next_card()

        def done(value: tuple[OpResult[AnswerResult], CardView | None]) -> None:
            result, next_card = value
            self.service.changes_applied.emit(result.changes, self)
            self._show_card(next_card)

        def failed(failure: Failure) -> None:
            self._busy = False
            self.answered.pop()
            self.service.error_raised.emit(failure)

        self.service.op(answer, on_done=done, on_error=failed, source=self)

    def undo_answer(self) -> None:
        """Undo the last answer and show that card again."""
        if self._busy:
            return
        self._busy = True
        self._reveal_card = None

        def undo(col: Collection) -> tuple[OpResult[str], CardView | None]:
            result = col.undo()
            return result, col.study.next_card()

        def done(value: tuple[OpResult[str], CardView | None]) -> None:
            result, next_card = value
            if self.answered:
                self.answered.pop()
            self.service.changes_applied.emit(result.changes, self)
            self.say(self.tr("Undone."))
            self._show_card(next_card)

        def failed(failure: Failure) -> None:
            self._busy = False
            self.service.error_raised.emit(failure)

        self.service.op(undo, on_done=done, on_error=failed, source=self)

    def suspend_card(self) -> None:
        """Suspend this card (it stops coming up until unsuspended in Browse)."""
        if self.card is None or self._busy:
            return
        self._busy = True
        self._reveal_card = None
        card_id = self.card.card_id

        def suspend(col: Collection) -> tuple[OpResult[int], CardView | None]:
            result = col.study.suspend(card_ids=[card_id])
            return result, col.study.next_card()

        def done(value: tuple[OpResult[int], CardView | None]) -> None:
            result, next_card = value
            self.service.changes_applied.emit(result.changes, self)
            self.say(self.tr("Card suspended. Ctrl+Z undoes."))
            self._show_card(next_card)

        def failed(failure: Failure) -> None:
            self._busy = False
            self.service.error_raised.emit(failure)

        self.service.op(suspend, on_done=done, on_error=failed, source=self)

    def edit_card(self) -> None:
        """Open the term editor for this card's term (every field); the card shows the edit."""
        if self.card is None:
            return
        dialog = TermEditorDialog(self.service, self.card.term_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The edited card comes back on the side it was on, as in Anki.
        revealed = self.card.card_id if self.revealed else None

        def edited() -> None:
            self._reveal_card = revealed
            self.reload()

        dialog.accepted.connect(edited)
        self.editor = dialog
        dialog.open()


def _interval_for(intervals: Sequence[IntervalChoice], rating: int) -> str:
    """The interval an answer button would give, as short text ("10m", "3d")."""
    from duiyi.study.scheduling import format_interval

    for choice in intervals:
        if int(choice.rating) == rating:
            return format_interval(choice.interval)
    return ""


def _source_text(card: CardView) -> str:
    """Where the card comes from: document title and paragraph."""
    title, paragraph = card.document_title, card.paragraph
    if title and paragraph is not None:
        return f"{title} · ¶{paragraph + 1}"
    return title or ""
