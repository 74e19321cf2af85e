"""The running Tether's end of the hand-over: a Unix socket other Tethers write to.

Imported by :meth:`tether.shell.instance.SingleInstance.listen` once the window is
painted. Python's own sockets serve it, watched by a ``QSocketNotifier`` in Qt's event
loop: QtNetwork's ``QLocalServer`` did the same, but loading its library added ~3 MiB to
the running Tether's memory (issue 19). The server uses the ``_socket`` extension the
``socket`` module is built on: ``socket``'s own enums and the ``selectors`` it imports
are another ~0.5 MiB and a few milliseconds that a listening socket does not need. Where
Python has no Unix sockets (Windows), :class:`QtHandOverServer` serves it through QtNetwork
instead; both speak the same protocol on the same name, and :func:`connect` is the
client's end.

What arrives is read as a :class:`~tether.shell.handover.HandOver` (one line of JSON) and
answered "ok" or "no". The socket is for this user only: it is created inside a private
folder with mode 0600 and only then moved to its name, as QLocalServer's
``UserAccessOption`` does, so no other user can ever connect to it.
"""

from __future__ import annotations

import _socket
import contextlib
import os
import stat
import tempfile
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal, Slot

from tether.shell.handover import MAX_REQUEST_BYTES, REPLY, HandOver

if TYPE_CHECKING:
    import socket

    from PySide6.QtNetwork import QLocalServer, QLocalSocket

# Where Python can serve the socket itself.
AVAILABLE = os.name == "posix" and hasattr(_socket, "AF_UNIX")
_READ_CHUNK = 16 * 1024
# A client that has not sent its line by then is let go (a Tether sends it at once).
CLIENT_SECONDS = 10.0
# After the system refused to accept a connection (out of file descriptors, say): wait
# this long before listening again, rather than being woken for it again at once.
ACCEPT_PAUSE_MS = 1000


def socket_path(name: str) -> str:
    """The file of the socket ``name``: itself when absolute, else in the temp folder.

    A bare name goes where QLocalServer puts one on Unix ($TMPDIR, else /tmp), so a
    Tether serving through either implementation is found by the other.
    """
    if os.path.isabs(name):
        return name
    folder = os.environ.get("TMPDIR") or "/tmp"
    return os.path.join(os.path.realpath(folder), name)


def connect(name: str, timeout_s: float) -> socket.socket | None:
    """A connection to the socket ``name``, or None if nothing of ours listens there now.

    Only a socket this user owns is spoken to: in a shared temp folder someone else could
    have made one at the name, and the request holds a file's path.
    """
    path = socket_path(name)
    try:
        info = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISSOCK(info.st_mode) or info.st_uid != os.getuid():
        return None
    import socket  # the client's end: a Tether about to quit, not the one that stays

    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(timeout_s)
    try:
        client.connect(path)
    except OSError:
        client.close()
        return None
    return client


class HandOverServer(QObject):
    """Listens on the data folder's socket; ``received`` carries each valid request."""

    received = Signal(object)

    def __init__(self, name: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._path = socket_path(name)
        self._server: _socket.socket | None = None
        self._identity: tuple[int, int] | None = None  # the socket file's (device, inode)
        # The notifiers have no Qt parent: Python owns them, so each is deleted when the
        # last reference goes, which for a client's is after its own signal has returned
        # (see _forget), never from inside it.
        self._notifier: QSocketNotifier | None = None
        self._clients: dict[int, tuple[_socket.socket, QSocketNotifier, bytearray]] = {}
        self._arrived: dict[int, float] = {}  # when each client connected (monotonic)
        self._retired: list[QSocketNotifier] = []
        self._sweep = QTimer(self, interval=1000)
        self._sweep.timeout.connect(self._drop_silent_clients)

    def listen(self) -> bool:
        """Start listening; False if the socket cannot be made."""
        try:
            server = self._bind()
        except OSError:
            return False
        server.listen(8)
        server.setblocking(False)
        self._server = server
        self._notifier = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._on_incoming)
        return True

    def listening(self) -> bool:
        """Whether other Tethers can reach this one."""
        return self._server is not None

    def close(self) -> None:
        """Stop listening, hang up on every client and remove the socket file (if ours)."""
        for fileno in list(self._clients):
            self._forget(fileno)
        self._sweep.stop()
        self._retired.clear()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        if self._server is not None:
            self._server.close()
            self._server = None
            self._remove_own_file()

    def _bind(self) -> _socket.socket:
        """A socket bound to :attr:`_path`, private from the moment it exists.

        It is bound in a new private folder beside its name (mode 0700), made 0600 and
        then renamed into place; a socket file already there was left by a Tether that
        was killed (our owner holds the data folder's lock), and is replaced.
        """
        folder = tempfile.mkdtemp(prefix=".tether-", dir=os.path.dirname(self._path))
        staged = os.path.join(folder, "socket")
        server = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
        try:
            server.bind(staged)
            os.chmod(staged, 0o600)
            self._replace_stale_file()
            os.rename(staged, self._path)
            info = os.stat(self._path)
        except OSError:
            server.close()
            with contextlib.suppress(OSError):
                os.unlink(staged)
            raise
        finally:
            with contextlib.suppress(OSError):
                os.rmdir(folder)
        self._identity = (info.st_dev, info.st_ino)
        return server

    def _replace_stale_file(self) -> None:
        """Remove a socket left at our name; refuse anything else standing there."""
        try:
            info = os.lstat(self._path)
        except FileNotFoundError:
            return
        if not stat.S_ISSOCK(info.st_mode):
            raise FileExistsError(self._path)
        os.unlink(self._path)

    def _remove_own_file(self) -> None:
        """Remove the socket file, unless another Tether's socket has replaced it since."""
        with contextlib.suppress(OSError):
            info = os.lstat(self._path)
            if (info.st_dev, info.st_ino) == self._identity:
                os.unlink(self._path)

    @Slot()
    def _on_incoming(self) -> None:
        assert self._server is not None
        # Clients' notifiers let go earlier are deleted here, never inside their own signal.
        self._retired.clear()
        while True:
            try:
                client = _accept(self._server)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:  # out of descriptors, say: the connection stays pending
                self._pause_listening()
                return
            client.setblocking(False)
            notifier = QSocketNotifier(client.fileno(), QSocketNotifier.Type.Read)
            fileno = client.fileno()
            self._clients[fileno] = (client, notifier, bytearray())
            self._arrived[fileno] = time.monotonic()
            notifier.activated.connect(lambda *_signal, f=fileno: self._on_readable(f))
            if not self._sweep.isActive():
                self._sweep.start()
            self._on_readable(fileno)

    def _pause_listening(self) -> None:
        """Stop being woken for a connection the system will not accept yet; try again soon."""
        if self._notifier is None:
            return
        self._notifier.setEnabled(False)
        notifier = self._notifier

        def resume() -> None:
            if self._notifier is notifier:
                notifier.setEnabled(True)

        QTimer.singleShot(ACCEPT_PAUSE_MS, self, resume)

    @Slot()
    def _drop_silent_clients(self) -> None:
        """Let go of clients that connected and have not sent their line in time."""
        now = time.monotonic()
        for fileno, arrived in list(self._arrived.items()):
            if now - arrived > CLIENT_SECONDS:
                self._forget(fileno)
        if not self._clients:
            self._sweep.stop()

    def _on_readable(self, fileno: int) -> None:
        entry = self._clients.get(fileno)
        if entry is None:
            return
        client, _, buffer = entry
        try:
            chunk = client.recv(_READ_CHUNK)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            self._forget(fileno)
            return
        if not chunk:  # the other end hung up before finishing its line
            self._forget(fileno)
            return
        buffer += chunk
        if b"\n" not in buffer:
            if len(buffer) > MAX_REQUEST_BYTES:
                self._forget(fileno)
            return
        request = HandOver.decode(bytes(buffer.split(b"\n", 1)[0]))
        with contextlib.suppress(OSError):
            # A few bytes into a fresh socket's empty buffer: never blocks.
            client.send(REPLY if request is not None else b"no\n")
        self._forget(fileno)
        if request is not None:
            # Handed on from the event loop, once this notifier's signal has returned:
            # whoever takes it may open a dialog (an event loop of its own).
            QTimer.singleShot(0, self, lambda: self.received.emit(request))

    def _forget(self, fileno: int) -> None:
        client, notifier, _ = self._clients.pop(fileno)
        self._arrived.pop(fileno, None)
        notifier.setEnabled(False)
        client.close()
        # Usually called from the notifier's own signal: deleted later (see _on_incoming).
        self._retired.append(notifier)


class QtHandOverServer(QObject):
    """:class:`HandOverServer` through QtNetwork, where Python has no Unix sockets (Windows).

    QtNetwork is imported only here, when this one is used.
    """

    received = Signal(object)

    def __init__(self, name: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._name = name
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; False if the socket cannot be made."""
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._name):
            # Our owner holds the lock, so a socket already there was left by a killed Tether.
            QLocalServer.removeServer(self._name)
            if not server.listen(self._name):
                return False
        server.newConnection.connect(self._on_new_connection)
        self._server = server
        return True

    def listening(self) -> bool:
        """Whether other Tethers can reach this one."""
        return self._server is not None and self._server.isListening()

    def close(self) -> None:
        """Stop listening (the socket file is removed)."""
        if self._server is not None:
            self._server.close()
            self._server = None

    @Slot()
    def _on_new_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            if socket.bytesAvailable():
                self._on_ready_read(socket)

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_REQUEST_BYTES:
                socket.abort()
            else:
                self._buffers[socket] = data
            return
        self._buffers.pop(socket, None)
        request = HandOver.decode(data.split(b"\n", 1)[0])
        socket.write(REPLY if request is not None else b"no\n")
        socket.flush()
        socket.disconnectFromServer()
        if request is not None:
            self.received.emit(request)

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()


def _accept(server: _socket.socket) -> _socket.socket:
    """The next connection to ``server``, as ``socket.socket.accept`` makes it (close on
    exec, as every socket Python makes); raises as it does."""
    fileno, _ = server._accept()  # type: ignore[attr-defined]  # not in typeshed's stub
    return _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM, 0, fileno)
