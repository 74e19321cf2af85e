"""The hand-over socket on its own: a real Unix socket in tmp_path, a real client.

The client (:func:`hand_over`) blocks, as a second Tether does, so it runs in a thread
while the test's event loop lets the server answer. Both servers are tried: Python's own
socket (every system with Unix sockets) and QtNetwork's (systems without them); the one
client reaches either, so two Tethers using different ones still meet.
"""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEventLoop
from pytestqt.qtbot import QtBot

from tether.shell import instance_server
from tether.shell.handover import HandOver, server_name
from tether.shell.instance import hand_over
from tether.shell.instance_server import HandOverServer, QtHandOverServer, socket_path

SERVERS = [HandOverServer, QtHandOverServer]


class Client(threading.Thread):
    """:func:`hand_over` in a thread; ``taken`` is its answer once it has ended."""

    def __init__(self, data_dir: Path, request: HandOver, timeout_ms: int = 20_000) -> None:
        super().__init__(daemon=True)
        self.data_dir, self.request, self.timeout_ms = data_dir, request, timeout_ms
        self.taken: bool | None = None

    def run(self) -> None:
        self.taken = hand_over(self.data_dir, self.request, self.timeout_ms)


def raw_client(data_dir: Path) -> socket.socket:
    """A plain connection to the data folder's socket, for writing what a Tether would not."""
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(20)
    client.connect(socket_path(server_name(data_dir)))
    return client


@pytest.fixture
def runtime_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private runtime folder, where the socket of each data folder is made.

    Named briefly (a socket's path holds ~100 bytes; a test's own tmp_path is longer), so
    that the socket goes in it and never in the machine's /tmp.
    """
    folder = tmp_path_factory.mktemp("rt")
    folder.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    monkeypatch.delenv("FLATPAK_ID", raising=False)
    return folder


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture(params=SERVERS, ids=["python-socket", "qtnetwork"])
def server(request: pytest.FixtureRequest, data_dir: Path, runtime_dir: Path) -> Iterator[Any]:
    made = request.param(server_name(data_dir))
    assert made.listen()
    yield made
    made.close()


def test_an_article_handed_over_arrives_and_the_client_hears_ok(
    qtbot: QtBot, server: Any, data_dir: Path
) -> None:
    request = HandOver(Path("/somewhere/notes.md"), "the-signs", "token-1")
    client = Client(data_dir, request)

    with qtbot.waitSignal(server.received, timeout=20_000) as arrived:
        client.start()
    client.join(timeout=20)

    assert arrived.args == [request]
    assert client.taken is True


def test_a_line_that_is_not_a_request_is_answered_no_and_not_passed_on(
    qtbot: QtBot, data_dir: Path, runtime_dir: Path
) -> None:
    server = HandOverServer(server_name(data_dir))
    assert server.listen()
    received: list[object] = []
    server.received.connect(received.append)
    reply = bytearray()

    def send() -> None:
        with raw_client(data_dir) as client:
            client.sendall(b"[1, 2, 3]\n")
            while chunk := client.recv(16):
                reply.extend(chunk)

    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    qtbot.waitUntil(lambda: not sender.is_alive(), timeout=20_000)
    server.close()

    assert bytes(reply) == b"no\n"
    assert received == []


def test_an_endless_line_is_cut_off_without_reaching_the_window(
    qtbot: QtBot, data_dir: Path, runtime_dir: Path
) -> None:
    server = HandOverServer(server_name(data_dir))
    assert server.listen()
    received: list[object] = []
    server.received.connect(received.append)
    outcome: list[str] = []

    def flood() -> None:
        with raw_client(data_dir) as client:
            try:
                for _ in range(64):  # 4 MiB without a line break
                    client.sendall(b"x" * 65536)
                outcome.append("all sent")
                outcome.append("closed" if client.recv(16) == b"" else "answered")
            except OSError:
                outcome.append("closed")

    flooder = threading.Thread(target=flood, daemon=True)
    flooder.start()
    qtbot.waitUntil(lambda: not flooder.is_alive(), timeout=20_000)
    server.close()

    assert outcome[-1] == "closed"
    assert received == []


def test_the_socket_is_the_users_alone_even_in_a_shared_temp_folder(
    qtbot: QtBot, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path_factory.mktemp("tmp")
    os.chmod(shared, 0o1777)
    monkeypatch.setenv("TMPDIR", str(shared))
    server = HandOverServer("tether-test-bare-name")
    assert server.listen()

    made = shared / "tether-test-bare-name"
    mode = os.lstat(made).st_mode
    leftovers = sorted(p.name for p in shared.iterdir())
    server.close()

    assert stat.S_ISSOCK(mode)
    assert stat.S_IMODE(mode) & 0o077 == 0
    assert leftovers == ["tether-test-bare-name"]  # the private staging folder is gone
    assert not made.exists()  # closing removes it


def test_a_socket_left_by_a_killed_tether_is_replaced(
    qtbot: QtBot, data_dir: Path, runtime_dir: Path
) -> None:
    path = socket_path(server_name(data_dir))
    left = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    left.bind(path)
    left.close()  # its file stays, as a killed process leaves it

    server = HandOverServer(server_name(data_dir))
    assert server.listen()
    client = Client(data_dir, HandOver())
    with qtbot.waitSignal(server.received, timeout=20_000):
        client.start()
    client.join(timeout=20)
    server.close()

    assert client.taken is True


def test_a_file_that_is_not_a_socket_at_its_name_is_left_alone(
    data_dir: Path, runtime_dir: Path
) -> None:
    path = Path(socket_path(server_name(data_dir)))
    path.write_text("not ours")

    server = HandOverServer(server_name(data_dir))

    assert not server.listen()
    assert path.read_text() == "not ours"
    assert sorted(p.name for p in runtime_dir.iterdir()) == [path.name]


def test_nobody_listening_is_not_taken_once_the_wait_is_over(
    data_dir: Path, runtime_dir: Path
) -> None:
    assert hand_over(data_dir, HandOver(), timeout_ms=300) is False


def test_every_socket_of_these_tests_is_made_in_their_own_folders(
    data_dir: Path, runtime_dir: Path
) -> None:
    assert Path(socket_path(server_name(data_dir))).parent == runtime_dir


def test_the_running_tether_serves_the_hand_over_without_loading_qtnetwork(
    tmp_path: Path, runtime_dir: Path
) -> None:
    # A process of its own: QtNetwork's library alone is ~3 MiB of the running Tether.
    script = f"""
import sys, threading
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from tether.shell.handover import HandOver
from tether.shell.instance import SingleInstance, hand_over
app = QCoreApplication([])
data = Path({str(tmp_path / "data")!r}); data.mkdir()
instance = SingleInstance(data)
assert instance.claim()
instance.listen()
got = []
instance.handed_over.connect(lambda request: (got.append(request), app.quit()))
client = threading.Thread(target=hand_over, args=(data, HandOver(section="s")), daemon=True)
client.start()
QTimer.singleShot(20_000, app.quit)
app.exec()
instance.release()
print(len(got), "PySide6.QtNetwork" in sys.modules)
"""
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["1", "False"]


def test_a_client_that_never_sends_its_line_is_let_go(
    qtbot: QtBot, data_dir: Path, runtime_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(instance_server, "CLIENT_SECONDS", 0.2)
    server = HandOverServer(server_name(data_dir))
    assert server.listen()
    silent = raw_client(data_dir)
    silent.setblocking(False)
    hung_up: list[bool] = []

    def closed_by_server() -> bool:
        try:
            hung_up.append(silent.recv(16) == b"")
        except BlockingIOError:
            return False
        return True

    qtbot.waitUntil(closed_by_server, timeout=20_000)
    silent.close()
    server.close()

    assert hung_up == [True]


def test_whoever_takes_a_request_may_open_a_dialog_of_its_own(
    qtbot: QtBot, data_dir: Path, runtime_dir: Path
) -> None:
    # A handler running an event loop of its own (a message box, say) while the server
    # lets go of the client it heard from, and another Tether arriving meanwhile.
    server = HandOverServer(server_name(data_dir))
    assert server.listen()
    taken: list[HandOver] = []

    def take(request: HandOver) -> None:
        taken.append(request)
        if len(taken) == 1:
            second = Client(data_dir, HandOver(section="second"))
            second.start()
            loop = QEventLoop()
            server.received.connect(loop.quit)
            loop.exec()

    server.received.connect(take)
    first = Client(data_dir, HandOver(section="first"))
    first.start()
    qtbot.waitUntil(lambda: len(taken) == 2, timeout=20_000)
    server.close()

    assert [request.section for request in taken] == ["first", "second"]


def test_a_second_tether_speaks_only_to_a_socket_of_this_users(
    data_dir: Path, runtime_dir: Path
) -> None:
    path = Path(socket_path(server_name(data_dir)))
    path.write_text("not a socket")
    assert hand_over(data_dir, HandOver(section="x"), timeout_ms=300) is False
    path.unlink()
    if os.getuid() == 0:  # root can give a socket to someone else, as another user's is
        other = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        other.bind(str(path))
        other.listen(1)
        os.chown(path, 65534, -1)
        assert hand_over(data_dir, HandOver(section="x"), timeout_ms=300) is False
        other.setblocking(False)
        with pytest.raises(BlockingIOError):
            other.accept()  # nobody connected to it
        other.close()
