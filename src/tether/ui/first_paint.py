"""Work that can wait until the reader sees the page: run once a widget has painted.

Start-up does only what the first paint needs; what must still happen soon after (the
hand-over socket, for one) is given to :func:`after_first_paint`.

The main window itself is built that way (the page first): start-up shows the page (the
article, in the window's frame: the docks' places, the toolbar, the menu bar's titles,
the status bar) and builds the rest of the window (the docks' contents, the menus'
contents, the features) right after the first paint. :class:`Completion` runs that
second stage once: when asked (``after_first_paint``, or at once for a window that does
not start the page first), or, at the latest, when the reader first presses a key,
clicks or scrolls in the window, *before* that input is handled. A key pressed in the
moment between the first paint and the rest is therefore never lost: the shortcut it
belongs to is connected by the time Qt looks it up (Qt sends ``ShortcutOverride`` to the
page, which has the keyboard, before it matches a shortcut).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

# A window that is never painted (started minimised, hidden at once to present) still
# gets its deferred work done by then.
AT_LATEST_MS = 3000

# The deferred calls not made yet: the window is complete once there are none.
_pending: set[_AfterFirstPaint] = set()


class _AfterFirstPaint(QObject):
    """Calls ``callback`` once: queued right after the widget's first paint, or after
    ``at_latest_ms`` if it has not painted by then. Owned by the widget."""

    def __init__(self, widget: QWidget, callback: Callable[[], object], at_latest_ms: int) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback = callback
        self._scheduled = False
        self._done = False
        widget.installEventFilter(self)
        # Precise: never before ``at_latest_ms`` (a coarse timer may fire 5 % early).
        self._fallback = QTimer(self, singleShot=True, interval=at_latest_ms)
        self._fallback.setTimerType(Qt.TimerType.PreciseTimer)
        self._fallback.timeout.connect(self._run)
        self._fallback.start()
        _pending.add(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt: notice the first paint; run the work once the paint is done."""
        if event.type() == QEvent.Type.Paint and not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self, self._run)
        return False

    @Slot()
    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        self._fallback.stop()
        self._widget.removeEventFilter(self)
        try:
            self._callback()
        finally:
            _pending.discard(self)


def wrap_viewport(area: QAbstractScrollArea) -> QWidget:
    """The Python object of ``area``'s viewport, made without looking for its class.

    Qt's Python bindings meet a widget Qt made (a scroll area's viewport) as a
    ``QWidget*`` and look for its most derived class by making every widget class they
    know (QCalendarWidget, QFileDialog, QWizard, … about 55 classes with their enums,
    ~14 ms here) the first time. Asked for by name and class, as here, the viewport is
    wrapped as the ``QWidget`` it is, and ``viewport()`` returns that object from then
    on: call this before anything asks for the viewport (the page's first paint waits
    for none of those classes).
    """
    viewport = area.findChild(QWidget, "qt_scrollarea_viewport")
    assert viewport is not None  # every QAbstractScrollArea has one, named so by Qt
    return viewport


def after_first_paint(
    widget: QWidget, callback: Callable[[], object], at_latest_ms: int = AT_LATEST_MS
) -> None:
    """Run ``callback`` once ``widget`` has first painted (at the latest after a while)."""
    _AfterFirstPaint(widget, callback, at_latest_ms)


def deferred_pending() -> int:
    """How many calls given to :func:`after_first_paint` have not been made yet.

    The window is complete (every panel built and painted, the start-up's deferred work
    done) once this is 0; ``--quit-after-startup`` waits for that to report it.
    """
    return len(_pending)


# What a reader does that may need the rest of the window to be there.
_INPUT = frozenset(
    {
        QEvent.Type.ShortcutOverride,
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
        QEvent.Type.DragEnter,
    }
)


class Completion(QObject):
    """Runs the window's second stage, then each step queued for it, exactly once.

    ``build`` is the window's own second stage; :meth:`when_complete` adds the steps
    that need it (the features ``build_window`` installs), in order. Until then it
    watches what :meth:`watch` gives it for the reader's first input: the window's
    ``QWindow`` (every key, click and scroll reaches it first) and the widget with the
    keyboard focus (Qt sends it ``ShortcutOverride`` before it looks a shortcut up).
    Not the whole application: a filter there would wrap every object that gets an
    event before the first paint in Python, at a cost the page would wait for.
    """

    def __init__(self, build: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._build = build
        self._steps: list[Callable[[], object]] = []
        self._watched: list[QObject] = []
        self.done = False
        self._running = False

    def watch(self, source: QObject) -> None:
        """Complete the window before any input ``source`` gets is handled (until done)."""
        if not self.done and source not in self._watched:
            self._watched.append(source)
            source.installEventFilter(self)

    def when_complete(self, step: Callable[[], object]) -> None:
        """Run ``step`` once the window is complete (now, if it is)."""
        if self.done:
            step()
        else:
            self._steps.append(step)

    def run(self) -> None:
        """Build the rest of the window and run the queued steps (once; later calls return)."""
        if self.done or self._running:
            return
        self._running = True
        for source in self._watched:
            source.removeEventFilter(self)
        self._watched.clear()
        try:
            self._build()
        finally:
            self._running = False  # not "running" for ever if building failed
        self.done = True
        steps, self._steps = self._steps, []
        for step in steps:
            step()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt: complete the window before the reader's first input is handled."""
        if event.type() in _INPUT and not self.done:
            self.run()
        return False
