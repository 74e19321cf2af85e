"""The running Tether's end of the hand-over: a local socket other Tethers write to.

Imported by :meth:`tether.shell.instance.SingleInstance.listen` once the window is painted,
so QtNetwork is not loaded before the first paint. What arrives is read as a
:class:`~tether.shell.handover.HandOver` (one line of JSON) and answered "ok" or "no".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from tether.shell.handover import MAX_REQUEST_BYTES, REPLY, HandOver


class HandOverServer(QObject):
    """Listens on the data folder's socket; ``received`` carries each valid request."""

    received = Signal(object)

    def __init__(self, name: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._name = name
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; False if the socket cannot be made."""
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
        socket.write(QByteArray(REPLY if request is not None else b"no\n"))
        socket.flush()
        socket.disconnectFromServer()
        if request is not None:
            self.received.emit(request)

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()
