"""The presenter console: on the facilitator's screen while the room sees the audience window.

Current and next page (painted by the audience renderer, so they are what the room sees
and nothing else), elapsed time, the clock, an optional countdown (amber in the last five
minutes, red when over), the section's speaker notes (the article's ``Note:`` quotes and
its prompts as discussion questions), the facilitator's own notes on the section (typed
here, saved like reflections, never shown to the room), the checklist's progress with the
room's count for the sign on show, the workshop's name and its tally's export, and buttons
for what a clicker cannot do (swap screens, stop). When the projector goes away a banner
says so and offers to go on.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QLocale, Qt, QTime, QTimer, Signal, SignalInstance, Slot
from PySide6.QtGui import QCloseEvent, QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tether.i18n import translate
from tether.present.audience_window import AudienceRenderer, AudienceState
from tether.present.keys import key_help
from tether.present.preview import PagePreview
from tether.present.timer import TalkTimer, format_duration

WallClock = Callable[[], datetime]
_TICK_MS = 1000
# The countdown turns amber this many seconds before the end, and red when over.
AMBER_AT_S = 5 * 60
# (light background, dark background): readable on either, never the only signal, since
# the words say "Left" or "Over" too.
_AMBER = ("#8a5300", "#f0b040")
_RED = ("#b3261e", "#ff7b72")


def countdown_colour(remaining: float | None, dark: bool) -> str:
    """The countdown's colour: "" (the usual text colour), amber, or red when over time."""
    if remaining is None or remaining > AMBER_AT_S:
        return ""
    return (_RED if remaining < 0 else _AMBER)[int(dark)]


@dataclass(frozen=True, slots=True)
class ConsoleStatus:
    """What the console shows besides the time."""

    now: AudienceState
    next: AudienceState | None
    position: str
    prompts: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    checklist: str = ""
    tally: str = ""
    message: str = ""
    paused: str = ""
    resume_screens: tuple[str, ...] = field(default_factory=tuple)
    help: bool = False


def clock_text(moment: datetime) -> str:
    """The wall clock's hours and minutes as the interface language writes a time."""
    time = QTime(moment.hour, moment.minute)
    return QLocale().toString(time, QLocale.FormatType.ShortFormat)


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
    timer_requested = Signal()
    export_tally_requested = Signal()
    # The facilitator typed in their own notes, or named the workshop.
    own_notes_edited = Signal(str)
    workshop_named = Signal(str)

    def __init__(
        self,
        renderer: AudienceRenderer,
        timer: TalkTimer,
        clock: WallClock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenter-console")
        self.setWindowTitle(translate("PresenterConsole", "Tether — presenter console"))
        self.setAccessibleName(translate("PresenterConsole", "Presenter console"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._timer, self._clock = timer, clock
        self.now = PagePreview(renderer, "preview-now", self)
        self.next = PagePreview(renderer, "preview-next", self)
        self.elapsed = _label("elapsed", self)
        self.clock = _label("clock", self)
        self.countdown = _label("countdown", self)
        self.timer_state = _label("timer-state", self)
        self.timer_state.setText(translate("PresenterConsole", "Timer paused: T resumes"))
        self.timer_state.hide()
        self.position = _label("position", self, wrap=True)
        self.message = _label("message", self, wrap=True)
        self.prompts = _label("prompts", self, wrap=True)
        self.prompts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.checklist = _label("checklist", self, wrap=True)
        self.tally = _label("tally", self, wrap=True)
        self.own_notes = QPlainTextEdit(self)
        self.own_notes.setObjectName("own-notes")
        self.own_notes.setAccessibleName(
            translate("PresenterConsole", "Your notes on this section")
        )
        self.own_notes.setPlaceholderText(
            translate(
                "PresenterConsole",
                "Your own notes on this section (E to type, Esc to stop): saved as you type, "
                "never shown to the room.",
            )
        )
        # Keys are the clicker's until the facilitator clicks here or presses E.
        self.own_notes.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.own_notes.setTabChangesFocus(True)
        self._loading_notes = False
        self.own_notes.textChanged.connect(self._on_own_notes_changed)
        self.workshop = _label("workshop", self, wrap=True)
        self.workshop_name = QLineEdit(self)
        self.workshop_name.setObjectName("workshop-name")
        self.workshop_name.setPlaceholderText(
            translate("PresenterConsole", "Workshop name (optional)")
        )
        self.workshop_name.setAccessibleName(translate("PresenterConsole", "Workshop name"))
        self.workshop_name.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        # Framed in every theme (high contrast draws no frame of its own on a dark base).
        self.workshop_name.setStyleSheet(
            "QLineEdit { border: 1px solid palette(mid); padding: 3px; }"
        )
        self.workshop_name.editingFinished.connect(
            lambda: self.workshop_named.emit(self.workshop_name.text().strip())
        )
        self.help = QLabel(self)
        self.help.setObjectName("keys-help")
        self.help.setTextFormat(Qt.TextFormat.RichText)
        # Wrapped in its cells: a longer language must not push the console off the screen.
        self.help.setWordWrap(True)
        self.help.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.help.setText(
            "<table cellpadding='2'>"
            + "".join(
                f"<tr><td>{html.escape(what)}</td><td><b>{html.escape(keys)}</b></td></tr>"
                for what, keys in key_help()
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
        left.addWidget(
            self._title("now-title", translate("PresenterConsole", "On the room’s screen"))
        )
        left.addWidget(self.now)
        left.addWidget(
            self._title("questions-title", translate("PresenterConsole", "Speaker notes"))
        )
        left.addWidget(self.prompts, 1)
        left.addWidget(self.help, 1)
        left.addWidget(self._title("own-notes-title", translate("PresenterConsole", "Your notes")))
        left.addWidget(self.own_notes, 1)
        right = QVBoxLayout()
        right.addWidget(self._title("next-title", translate("PresenterConsole", "Next")))
        right.addWidget(self.next, 1)
        right.addWidget(self.elapsed)
        times = QHBoxLayout()
        times.addWidget(self.clock)
        times.addSpacing(24)
        times.addWidget(self.countdown)
        times.addSpacing(24)
        times.addWidget(self.timer_state)
        times.addStretch(1)
        right.addLayout(times)
        for label in (self.position, self.message, self.checklist, self.tally):
            right.addWidget(label)
        right.addStretch(1)
        right.addWidget(self._title("tally-title", translate("PresenterConsole", "Workshop tally")))
        right.addWidget(self.workshop)
        tally = QHBoxLayout()
        tally.addWidget(self.workshop_name, 1)
        tally.addWidget(
            self._button(
                translate("PresenterConsole", "Export Tally…"),
                "export-tally-button",
                self.export_tally_requested,
            )
        )
        right.addLayout(tally)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(16)
        columns.addLayout(right, 2)
        buttons = QHBoxLayout()
        for text, name, signal in (
            (translate("PresenterConsole", "Swap Screens (S)"), "swap", self.swap_requested),
            (translate("PresenterConsole", "Checklist (C)"), "checklist", self.checklist_requested),
            (translate("PresenterConsole", "Black Screen (B)"), "black", self.black_requested),
            (translate("PresenterConsole", "Pause Timer (T)"), "timer", self.timer_requested),
            (translate("PresenterConsole", "Keys (F1)"), "keys", self.help_requested),
            (translate("PresenterConsole", "Stop Presenting (Esc)"), "stop", self.stop_requested),
        ):
            if name == "stop":
                buttons.addStretch(1)
            buttons.addWidget(self._button(text, f"{name}-button", signal))
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
        self.tally.setText(status.tally)
        self.tally.setVisible(bool(status.tally))
        notes = [f"• {note}" for note in status.notes]
        question = translate("PresenterConsole", "Discussion question: {prompt}")
        notes += [f"• {question.format(prompt=prompt)}" for prompt in status.prompts]
        self.prompts.setText(
            "\n\n".join(notes) or translate("PresenterConsole", "No notes in this section.")
        )
        self._show_banner(status.paused, status.resume_screens)
        self._show_help(status.help)
        now_title = self.findChild(QLabel, "now-title")
        if now_title is not None:
            now_title.setText(
                translate(
                    "PresenterConsole", "Paused: the room sees nothing. When you go on it will see"
                )
                if status.paused
                else translate("PresenterConsole", "On the room’s screen")
            )
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
            button = QPushButton(
                translate("PresenterConsole", "Continue on “{screen}”").format(screen=name),
                self.banner,
            )
            button.setFont(self.banner_text.font())
            button.setObjectName(f"resume-on-{name}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, n=name: self.resume_requested.emit(n))
            self._banner_buttons.addWidget(button)
        stop = QPushButton(translate("PresenterConsole", "Stop Presenting"), self.banner)
        stop.setFont(self.banner_text.font())
        stop.setObjectName("banner-stop")
        stop.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        stop.clicked.connect(self.stop_requested)
        self._banner_buttons.addWidget(stop)

    def _show_help(self, shown: bool) -> None:
        """The keys in place of the whole left column (the room's page, the speaker notes
        and the facilitator's own: a 1024×600 laptop has room for every key only then,
        in German too), or that column back. "Next" stays on the right."""
        self.help.setVisible(shown)
        left: list[QWidget | None] = [self.now, self.prompts, self.own_notes]
        left += [self.findChild(QLabel, name) for name in ("now-title", "own-notes-title")]
        for widget in left:
            if widget is not None:
                widget.setVisible(not shown)

        title = self.findChild(QLabel, "questions-title")
        if title is not None:
            title.setText(
                translate("PresenterConsole", "Keys")
                if shown
                else translate("PresenterConsole", "Speaker notes")
            )

    @Slot()
    def refresh_time(self) -> None:
        """Show the elapsed time, the clock and what is left of the countdown."""
        elapsed = format_duration(self._timer.elapsed())
        self.elapsed.setText(translate("PresenterConsole", "Elapsed {time}").format(time=elapsed))
        self.clock.setText(
            translate("PresenterConsole", "Clock {time}").format(time=clock_text(self._clock()))
        )
        self.timer_state.setVisible(self._timer.held)
        button = self.findChild(QPushButton, "timer-button")
        if button is not None:
            button.setText(
                translate("PresenterConsole", "Resume Timer (T)")
                if self._timer.held
                else translate("PresenterConsole", "Pause Timer (T)")
            )
        remaining = self._timer.remaining()
        self.countdown.setVisible(remaining is not None)
        if remaining is not None:
            left = format_duration(abs(remaining))
            self.countdown.setText(
                translate("PresenterConsole", "Over {time}").format(time=left)
                if remaining < 0
                else translate("PresenterConsole", "Left {time}").format(time=left)
            )
            dark = self.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.5
            colour = countdown_colour(remaining, dark)
            weight = "font-weight: 600;" if colour else ""
            self.countdown.setStyleSheet(f"color: {colour}; {weight}" if colour else "")

    def show_own_notes(self, text: str) -> None:
        """The facilitator's note on the section now on show (no save is triggered)."""
        if text == self.own_notes.toPlainText():
            return
        self._loading_notes = True
        self.own_notes.setPlainText(text)
        self._loading_notes = False

    def show_workshop(self, title: str, name: str) -> None:
        """The workshop the tally goes to (or how one starts), and its name."""
        self.workshop.setText(title)
        if not self.workshop_name.hasFocus():
            self.workshop_name.setText(name)

    @Slot()
    def _on_own_notes_changed(self) -> None:
        if not self._loading_notes:
            self.own_notes_edited.emit(self.own_notes.toPlainText())

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
        for editor in (self.own_notes, self.workshop_name):
            font = QFont(editor.font())
            font.setPixelSize(base)
            editor.setFont(font)
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
