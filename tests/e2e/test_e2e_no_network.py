"""Tether opens no network socket: not for remote images, links, fonts or anything else.

Two real checks on the real ``tether`` command:

- under ``strace -f``, every socket it or any thread or child creates is listed; only
  local (``AF_UNIX``) ones may appear (the single-instance lock uses one);
- a TCP server listens on 127.0.0.1 at the port the article's remote images and links
  name; after Tether has painted the article and quit, no connection is waiting on it.

strace needs the Debian package ``strace`` (installed by ``packaging/bootstrap test``).
"""

from __future__ import annotations

import re
import select
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

TETHER = Path(sys.executable).with_name("tether")
TIMEOUT_S = 120
SOCKET_CALL = re.compile(r"\bsocket\((AF_\w+|PF_\w+)")
CONNECT_CALL = re.compile(r"\bconnect\(\d+, \{sa_family=(AF_\w+)")


def strace() -> str:
    found = shutil.which("strace")
    assert found, "strace is not installed: packaging/bootstrap test installs it"
    return found


def traced(
    command: Sequence[str], tmp_path: Path, env: dict[str, str]
) -> tuple[subprocess.CompletedProcess[str], str]:
    """Run ``command`` under strace; return what it did and every socket call it made."""
    trace = tmp_path / "trace.txt"
    done = subprocess.run(
        [strace(), "-f", "-qq", "-e", "trace=socket,connect", "-o", str(trace), *command],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    assert "ptrace" not in done.stderr, f"strace cannot trace here: {done.stderr}"
    return done, trace.read_text(encoding="utf-8")


def families(trace: str) -> set[str]:
    """The address families of every socket created and every address connected to."""
    return set(SOCKET_CALL.findall(trace)) | set(CONNECT_CALL.findall(trace))


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A TCP server on 127.0.0.1 that never accepts: a connection attempt stays queued."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    yield server
    server.close()


def remote_article(folder: Path, port: int) -> Path:
    base = f"http://127.0.0.1:{port}"
    path = folder / "remote.md"
    path.write_text(
        "---\ntitle: Everything Remote\n---\n\n"
        f"![a remote picture]({base}/picture.png)\n\n"
        f"A [remote link]({base}/page) and an autolink <{base}/auto>.\n\n"
        f'<img src="{base}/raw.png"> <link rel="stylesheet" href="{base}/style.css">\n\n'
        f"![by reference][pic]\n\n[pic]: {base}/reference.png\n\n"
        f"## Fonts\n\n<style>@import url({base}/font.css);</style>\n",
        encoding="utf-8",
    )
    return path


def test_strace_sees_a_network_socket_when_a_program_opens_one(
    tmp_path: Path, tether_env: dict[str, str]
) -> None:
    # The instrument first: if this fails, the tests below would prove nothing.
    done, trace = traced(
        [sys.executable, "-c", "import socket; socket.socket().close()"], tmp_path, tether_env
    )

    assert done.returncode == 0
    assert "AF_INET" in families(trace)


def test_the_bundled_article_opens_without_a_network_socket(
    tmp_path: Path, tether_env: dict[str, str]
) -> None:
    done, trace = traced(
        [str(TETHER), "--data-dir", str(tmp_path / "data"), "--quit-after-startup"],
        tmp_path,
        tether_env,
    )

    assert done.returncode == 0, done.stderr
    assert "startup_ms=" in done.stdout
    assert families(trace) <= {"AF_UNIX"}, trace


def test_an_article_full_of_remote_images_and_links_opens_without_a_network_socket(
    tmp_path: Path, tether_env: dict[str, str], listener: socket.socket
) -> None:
    article = remote_article(tmp_path, listener.getsockname()[1])

    done, trace = traced(
        [str(TETHER), "--data-dir", str(tmp_path / "data"), "--quit-after-startup", str(article)],
        tmp_path,
        tether_env,
    )

    assert done.returncode == 0, done.stderr
    assert "startup_ms=" in done.stdout
    assert families(trace) <= {"AF_UNIX"}, trace
    waiting, _, _ = select.select([listener], [], [], 0)
    assert waiting == [], "something connected to the server the article names"


def test_the_local_server_would_notice_a_connection(listener: socket.socket) -> None:
    # The server check's own proof: a connection attempt does show as waiting.
    with socket.create_connection(listener.getsockname(), timeout=5):
        waiting, _, _ = select.select([listener], [], [], 5)

    assert waiting == [listener]
