"""One Tether at a time per data folder, and handing an article to the one running.

Two processes writing one data file would each show the reader a different truth. The
first Tether on a data folder takes a lock file in it (an OS lock held for the life of
the process, :mod:`tether.shell.instance_lock`: a lock file nobody holds is taken over,
whatever it says) and, once its window is painted, listens on a local socket named after
the folder. A second Tether on the same folder sends its article (or nothing: "show
yourself") to that socket and exits; the first opens the article and raises its window.
Tethers on different data folders never meet. A second Tether that finds the lock taken
but no socket yet (the first is still starting) keeps trying to connect for a while:
until the first has been running for :data:`ANSWER_TIMEOUT_MS`, and a few seconds at
least.

Only the lock is taken before the window: the socket (:mod:`tether.shell.instance_server`)
is set up after the first paint, so it does not delay it.

The socket is for this user only: it lives in the user's runtime folder (or the temp
folder), mode 0600 from the moment it exists; a second Tether speaks only to a socket
this user owns; and what arrives on it is only ever a file path to open the way
File › Open would, or a section id.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QObject, Signal, Slot

from tether.i18n import translate
from tether.shell.handover import REPLY, HandOver, server_name
from tether.shell.instance_lock import FolderLock, LockInfo

if TYPE_CHECKING:
    from tether.shell.instance_server import HandOverServer, QtHandOverServer

LOCK_NAME = "tether.lock"
# How long a second Tether waits for the first to listen, and then to answer. The first
# listens once its window is painted and may still be starting (a long article, a
# damaged data file being checked), so this is generous.
ANSWER_TIMEOUT_MS = 30_000
# How long to wait for a Tether that has been running longer than that: it should be
# listening already; a few seconds cover a busy machine.
SETTLED_ANSWER_MS = 5_000
CONNECT_TIMEOUT_MS = 5_000


class SingleInstance(QObject):
    """This process's claim on a data folder: the lock file, and the hand-over socket.

    :meth:`claim` takes the lock; :meth:`listen` (called once the window is painted)
    opens the socket. ``handed_over`` carries each :class:`HandOver` another Tether sends.
    """

    handed_over = Signal(object)

    def __init__(self, data_dir: Path, parent: Any = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._lock = FolderLock(data_dir / LOCK_NAME)
        self._holder: LockInfo | None = None
        self._notes: tuple[str, ...] = ()
        self._server: HandOverServer | QtHandOverServer | None = None

    @property
    def lock_path(self) -> Path:
        """The data folder's lock file."""
        return self._lock.path

    @property
    def holder(self) -> LockInfo | None:
        """After a refused :meth:`claim`: what the lock file says about the running Tether."""
        return self._holder

    @property
    def notes(self) -> tuple[str, ...]:
        """After :meth:`claim`: sentences for the log on what was found and taken over."""
        return self._notes

    def claim(self) -> bool:
        """Become the Tether of this data folder; False if a running one already is.

        Never waits: a lock no live process holds is taken over at once, whatever its
        file says. When the folder cannot hold a lock file at all, this returns True:
        opening the data file will then fail with a message that says why. Raises
        :class:`~tether.shell.instance_lock.LockBlockedError` when something that cannot be
        moved stands where the lock file goes.
        """
        claim = self._lock.acquire()
        self._notes = claim.notes
        self._holder = claim.holder
        return claim.owned

    @Slot()
    def listen(self) -> None:
        """Open the hand-over socket (once; only while holding the lock)."""
        if self._server is not None or not self._lock.held():
            return
        from tether.shell import instance_server

        server: HandOverServer | QtHandOverServer
        if instance_server.AVAILABLE:
            server = instance_server.HandOverServer(server_name(self._data_dir), self)
        else:
            server = instance_server.QtHandOverServer(server_name(self._data_dir), self)
        if server.listen():
            server.received.connect(self.handed_over)
            self._server = server
        else:
            server.deleteLater()

    def reclaim(self) -> None:
        """Take the lock again after the data folder was deleted and re-created."""
        self._lock.reclaim()

    def release(self) -> None:
        """Stop listening and remove the lock file."""
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.release()

    def __enter__(self) -> SingleInstance:
        """Use in a ``with`` block; :meth:`release` runs at its end."""
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Release the lock and the socket."""
        self.release()

    def listening(self) -> bool:
        """Whether other Tethers can reach this one."""
        return self._server is not None and self._server.listening()


def hand_over(
    data_dir: Path,
    request: HandOver,
    timeout_ms: int = ANSWER_TIMEOUT_MS,
    keep_waiting: Callable[[], bool] | None = None,
) -> bool:
    """Give ``request`` to the Tether running on ``data_dir``; True once it took it.

    While it cannot connect, ``keep_waiting`` is asked after each try: False stops
    waiting (the running Tether has quit meanwhile and its lock is free).
    """
    from tether.shell import instance_server

    if not instance_server.AVAILABLE:
        return _hand_over_through_qt(data_dir, request, timeout_ms, keep_waiting)
    name = server_name(data_dir)
    # The running Tether may have taken the lock a moment ago and not be listening yet:
    # it listens once its window is painted.
    deadline = time.monotonic() + max(CONNECT_TIMEOUT_MS, timeout_ms) / 1000
    while (connection := instance_server.connect(name, 0.25)) is None:
        if time.monotonic() >= deadline or (keep_waiting is not None and not keep_waiting()):
            return False
        time.sleep(0.1)
    reply = b""
    with connection:
        try:
            connection.settimeout(CONNECT_TIMEOUT_MS / 1000)
            connection.sendall(request.encode())
            deadline = time.monotonic() + timeout_ms / 1000
            while not reply.endswith(b"\n") and (left := deadline - time.monotonic()) > 0:
                connection.settimeout(left)
                if not (chunk := connection.recv(64)):
                    break
                reply += chunk
        except OSError:  # refused, reset or timed out: not taken
            return False
    return reply == REPLY


def _hand_over_through_qt(
    data_dir: Path,
    request: HandOver,
    timeout_ms: int,
    keep_waiting: Callable[[], bool] | None,
) -> bool:
    """:func:`hand_over` through QtNetwork, where Python has no Unix sockets (Windows)."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    name = server_name(data_dir)
    deadline = time.monotonic() + max(CONNECT_TIMEOUT_MS, timeout_ms) / 1000
    while True:
        socket.connectToServer(name)
        if socket.waitForConnected(250):
            break
        socket.abort()
        if time.monotonic() >= deadline or (keep_waiting is not None and not keep_waiting()):
            return False
        time.sleep(0.1)
    socket.write(QByteArray(request.encode()))
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    reply = b""
    deadline = time.monotonic() + timeout_ms / 1000
    while not reply.endswith(b"\n") and time.monotonic() < deadline:
        remaining = max(1, int((deadline - time.monotonic()) * 1000))
        if not socket.waitForReadyRead(remaining):
            break
        reply += bytes(socket.readAll().data())
    socket.abort()
    return reply == REPLY


def answer_timeout_ms(holder: LockInfo | None) -> int:
    """How long to wait for the running Tether to answer a hand-over.

    It listens once its window is painted, so a Tether that has just started gets until
    it has run :data:`ANSWER_TIMEOUT_MS`; one that has run longer should be listening.
    """
    age = None if holder is None else holder.age_s()
    if age is None:
        return ANSWER_TIMEOUT_MS
    return max(SETTLED_ANSWER_MS, int(ANSWER_TIMEOUT_MS - age * 1000))


def not_answering_text(data_dir: Path, lock_path: Path, holder: LockInfo | None) -> str:
    """What to tell the person when the running Tether does not take the hand-over."""
    if holder is None or holder.pid is None:
        return translate(
            "SingleInstance",
            "Tether is already open with the data folder {folder}: a running Tether holds "
            "its lock file {lock}, but it does not answer. Switch to that Tether window, or "
            "close it, and try again. The lock is freed when that process ends; deleting "
            "the lock file while it runs would let two Tethers write one data file.",
        ).format(folder=data_dir, lock=lock_path)
    return translate(
        "SingleInstance",
        "Tether is already open with the data folder {folder}: process {pid} holds its "
        "lock file {lock}, but it does not answer. Switch to that Tether window, or close "
        "it, and try again. If no Tether window is open, end process {pid} (in a terminal: "
        "kill {pid}), then start Tether again. The lock is freed when that process ends; "
        "deleting the lock file while it runs would let two Tethers write one data file.",
    ).format(folder=data_dir, lock=lock_path, pid=holder.pid)
