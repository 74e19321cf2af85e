"""The presenter console: on the facilitator's screen while the room sees the audience window.

Current and next page (painted by the audience renderer, so they are what the room sees
and nothing else), elapsed time, the clock, an optional countdown, the section's prompts
as discussion questions, the checklist's progress, and buttons for what a clicker cannot
do (swap screens, stop). When the projector goes away a banner says so and offers to go on.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal, SignalInstance, Slot
from PySide6.QtGui import QCloseEvent, QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tether.present.audience_window import AudienceRenderer, AudienceState
from tether.present.keys import KEY_HELP
from tether.present.preview import PagePreview
from tether.present.timer import TalkTimer, format_duration

WallClock = Callable[[], datetime]
_TICK_MS = 1000


@dataclass(frozen=True, slots=True)
class ConsoleStatus:
    """What the console shows besides the time."""

    now: AudienceState
    next: AudienceState | None
    position: str
    prompts: tuple[str, ...] = ()
    checklist: str = ""
    message: str = ""
    paused: str = ""
    resume_screens: tuple[str, ...] = field(default_factory=tuple)
    help: bool = False


def _label(name: str, parent: QWidget, wrap: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class PresenterConsole(QWidget):
    """The facilitator's full-screen view; keys go to the controller's event filter."""

    stop_requested = Signal()
    swap_requested = Signal()
    checklist_requested = Signal()
    black_requested = Signal()
    help_requested = Signal()
    resume_requested = Signal(str)

    def __init__(
        self,
        renderer: AudienceRenderer,
        timer: TalkTimer,
        clock: WallClock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenter-console")
        self.setWindowTitle("Tether — presenter console")
        self.setAccessibleName("Presenter console")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._timer, self._clock = timer, clock
        self.now = PagePreview(renderer, "preview-now", self)
        self.next = PagePreview(renderer, "preview-next", self)
        self.elapsed = _label("elapsed", self)
        self.clock = _label("clock", self)
        self.countdown = _label("countdown", self)
        self.position = _label("position", self, wrap=True)
        self.message = _label("message", self, wrap=True)
        self.prompts = _label("prompts", self, wrap=True)
        self.prompts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.checklist = _label("checklist", self, wrap=True)
        self.help = QLabel(self)
        self.help.setObjectName("keys-help")
        self.help.setTextFormat(Qt.TextFormat.RichText)
        self.help.setText(
            "<table cellpadding='3'>"
            + "".join(
                f"<tr><td>{html.escape(what)}</td><td><b>{html.escape(keys)}</b></td></tr>"
                for what, keys in KEY_HELP
            )
            + "</table>"
        )
        self.help.hide()
        self.banner = QFrame(self)
        self.banner.setObjectName("paused-banner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        # The theme's highlight: the one thing on the console that must be seen at once.
        self.banner.setAutoFillBackground(True)
        self.banner.setBackgroundRole(QPalette.ColorRole.Highlight)
        self.banner.setForegroundRole(QPalette.ColorRole.HighlightedText)
        self.banner_text = _label("paused-text", self.banner, wrap=True)
        self._banner_buttons = QHBoxLayout()
        banner_layout = QVBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text)
        banner_layout.addLayout(self._banner_buttons)
        self.banner.hide()
        self._build_layout()
        self._ticker = QTimer(self, interval=_TICK_MS)
        self._ticker.timeout.connect(self.refresh_time)
        self.refresh_time()

    def _button(self, text: str, name: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        # Buttons must not take the keyboard: Space and Enter are the clicker's "next".
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(signal)
        return button

    def _build_layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self._title("now-title", "On the room’s screen"))
        left.addWidget(self.now)
        left.addWidget(self._title("questions-title", "Discussion questions"))
        left.addWidget(self.prompts, 1)
        left.addWidget(self.help, 1)
        right = QVBoxLayout()
        right.addWidget(self._title("next-title", "Next"))
        right.addWidget(self.next, 1)
        right.addWidget(self.elapsed)
        times = QHBoxLayout()
        times.addWidget(self.clock)
        times.addSpacing(24)
        times.addWidget(self.countdown)
        times.addStretch(1)
        right.addLayout(times)
        for label in (self.position, self.message, self.checklist):
            right.addWidget(label)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(16)
        columns.addLayout(right, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self._button("Swap Screens (S)", "swap-button", self.swap_requested))
        buttons.addWidget(
            self._button("Checklist (C)", "checklist-button", self.checklist_requested)
        )
        buttons.addWidget(self._button("Black Screen (B)", "black-button", self.black_requested))
        buttons.addWidget(self._button("Keys (F1)", "keys-button", self.help_requested))
        buttons.addStretch(1)
        buttons.addWidget(self._button("Stop Presenting (Esc)", "stop-button", self.stop_requested))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 12)
        outer.addWidget(self.banner)
        outer.addLayout(columns, 1)
        outer.addLayout(buttons)

    def _title(self, name: str, text: str) -> QLabel:
        label = _label(name, self)
        label.setText(text)
        label.setProperty("title", True)
        return label

    def show_status(self, status: ConsoleStatus) -> None:
        """Show where the talk is, what is next and what to discuss."""
        self.now.show_state(status.now)
        self.next.show_state(status.next)
        self.position.setText(status.position)
        self.message.setText(status.message)
        self.message.setVisible(bool(status.message))
        self.checklist.setText(status.checklist)
        self.checklist.setVisible(bool(status.checklist))
        questions = "\n\n".join(f"• {prompt}" for prompt in status.prompts)
        self.prompts.setText(questions or "None in this section.")
        self._show_banner(status.paused, status.resume_screens)
        self._show_help(status.help)
        now_title = self.findChild(QLabel, "now-title")
        if now_title is not None:
            paused = "Paused: the room sees nothing. When you go on it will see"
            now_title.setText(paused if status.paused else "On the room’s screen")
        self.refresh_time()

    def _show_banner(self, text: str, screens: tuple[str, ...]) -> None:
        self.banner.setVisible(bool(text))
        self.banner_text.setText(text)
        while self._banner_buttons.count():
            item = self._banner_buttons.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        if not text:
            return
        for name in screens:
            button = QPushButton(f"Continue on “{name}”", self.banner)
            button.setFont(self.banner_text.font())
            button.setObjectName(f"resume-on-{name}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, n=name: self.resume_requested.emit(n))
            self._banner_buttons.addWidget(button)
        stop = QPushButton("Stop Presenting", self.banner)
        stop.setFont(self.banner_text.font())
        stop.setObjectName("banner-stop")
        stop.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        stop.clicked.connect(self.stop_requested)
        self._banner_buttons.addWidget(stop)

    def _show_help(self, shown: bool) -> None:
        """The keys in place of the discussion questions, or the questions back."""
        self.help.setVisible(shown)
        self.prompts.setVisible(not shown)
        title = self.findChild(QLabel, "questions-title")
        if title is not None:
            title.setText("Keys" if shown else "Discussion questions")

    @Slot()
    def refresh_time(self) -> None:
        """Show the elapsed time, the clock and what is left of the countdown."""
        self.elapsed.setText(f"Elapsed {format_duration(self._timer.elapsed())}")
        self.clock.setText(f"Clock {self._clock().strftime('%H:%M')}")
        remaining = self._timer.remaining()
        self.countdown.setVisible(remaining is not None)
        if remaining is not None:
            word = "Over" if remaining < 0 else "Left"
            self.countdown.setText(f"{word} {format_duration(abs(remaining))}")

    def set_ticking(self, ticking: bool) -> None:
        """Refresh the time every second while the console is up."""
        if ticking:
            self._ticker.start()
        else:
            self._ticker.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Qt: closing the console (Alt+F4, or quitting) stops presenting first."""
        self.stop_requested.emit()
        super().closeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt: type in proportion to the screen, the elapsed time largest."""
        super().resizeEvent(event)
        base = max(13, round(event.size().height() * 0.022))
        for button in self.findChildren(QPushButton):
            font = QFont(button.font())
            font.setPixelSize(base)
            button.setFont(font)
        for label in self.findChildren(QLabel):
            font = QFont(label.font())
            font.setPixelSize(base)
            font.setWeight(
                QFont.Weight.DemiBold if label.property("title") else QFont.Weight.Normal
            )
            label.setFont(font)
        big = QFont(self.elapsed.font())
        big.setPixelSize(base * 2)
        big.setWeight(QFont.Weight.DemiBold)
        self.elapsed.setFont(big)
