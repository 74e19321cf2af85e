"""The running window's side of the process: a second start's request, and SIGTERM.

A second Tether's hand-over brings the window forward (with the token its launcher gave
it, which Wayland asks for) and opens what it was given; a termination signal (logging
out, ``kill``) saves everything and quits cleanly. Both use the window only as a
:class:`tether.ui.host.WindowHost`.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from tether.shell.handover import HandOver
    from tether.ui.host import WindowHost

_TOKEN = "XDG_ACTIVATION_TOKEN"


def show_handed_over(host: WindowHost, request: HandOver) -> None:
    """Bring the running window forward and open what the second Tether was given."""
    window = host.window()
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    with activation_token(request.activation_token):
        window.activateWindow()
    # Desktops may refuse to move focus to another process's window; ask for attention.
    QApplication.alert(window)
    session = host.session
    current = None if session is None else Path(session.article_so_far.path).resolve()
    wanted = request.article
    if wanted is not None and wanted.resolve() != current and not host.open_path(wanted):
        return
    session = host.session
    if request.section and session is not None:
        index = session.section_index(request.section)
        if index is not None:
            host.article_view.scroll_to_section(index)


@contextmanager
def activation_token(token: str | None) -> Iterator[None]:
    """Lend the second Tether's activation token to the window activated in this block.

    Qt's Wayland plugin, asked to activate a window, presents the token it finds in
    ``XDG_ACTIVATION_TOKEN`` to the compositor (and removes it: a token is good once);
    without one the compositor may only flash the window's entry in the task bar. Other
    platforms ignore the variable. Afterwards it is gone either way, so that nothing
    this process starts inherits it. Without a token none is presented: one left in the
    environment from this process's own launch is spent or stale.
    """
    if token is not None:
        os.environ[_TOKEN] = token
    else:
        os.environ.pop(_TOKEN, None)
    try:
        yield
    finally:
        # Qt may have removed it behind Python's back: unset it whatever os.environ says.
        os.environ.pop(_TOKEN, None)
        os.unsetenv(_TOKEN)


def quit_on_termination(window: WindowHost) -> None:
    """On SIGTERM or SIGHUP (logging out, ``kill``), save everything and quit cleanly.

    Python runs signal handlers only between bytecodes, and Qt's event loop runs none;
    the handler's wake-up byte on a pipe wakes a QSocketNotifier, whose slot lets the
    handler run. The handler itself only asks the event loop to save and quit: it may run
    between any two bytecodes of whatever Python is running, in the middle of building
    the window's panels, say, where saving would meet a half-made panel. The quit then
    goes through the normal exit: last backup, lock freed.
    """
    if os.name != "posix":
        return
    read_fd, write_fd = os.pipe()
    os.set_blocking(read_fd, False)
    os.set_blocking(write_fd, False)
    signal.set_wakeup_fd(write_fd)
    notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read, window.window())
    notifier.activated.connect(lambda: _drain(read_fd))

    def save_and_quit() -> None:
        window.flush()
        QApplication.quit()

    def terminate(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, save_and_quit)

    for number in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, terminate)


def _drain(fd: int) -> None:
    """Empty the wake-up pipe (the Python handler has run by the time this does)."""
    try:
        while os.read(fd, 512):
            pass
    except BlockingIOError:
        return
