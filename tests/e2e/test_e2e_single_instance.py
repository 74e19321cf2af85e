"""Promise 4: one Tether writes a data folder at a time.

A second ``tether`` on the same data folder hands its article to the running one and
exits 0; the running one opens it (and saves that as its reading position, which is
how the test sees it from outside). A lock left by a SIGKILLed Tether is taken over.
Tethers on different data folders do not meet.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest

from tether.shell.handover import server_name
from tether.shell.instance import LOCK_NAME

pytestmark = pytest.mark.e2e

RunTether = Callable[..., subprocess.CompletedProcess[str]]
StartTether = Callable[..., subprocess.Popen[str]]
TETHER = Path(sys.executable).with_name("tether")
WAIT_S = 30.0
STARTUP_LINE = "startup_ms="
ARTICLE = """\
# Asking Twice

## First Ask

Asking once is brave.

- [ ] Waiting to be offered

## Second Ask

Asking twice is braver.
"""


def wait_until(condition: Callable[[], bool], what: str) -> None:
    """Poll ``condition`` until it holds: the end-to-end form of qtbot.waitUntil."""
    deadline = time.monotonic() + WAIT_S
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def last_position(data_dir: Path) -> tuple[str, str] | None:
    """(article path, section id) of the most recent reading position, read from outside."""
    database = data_dir / "tether.sqlite3"
    if not database.exists():
        return None
    with closing(sqlite3.connect(database, timeout=5)) as conn:
        try:
            row = conn.execute(
                "SELECT article_path, section_id FROM positions ORDER BY updated DESC LIMIT 1"
            ).fetchone()
        except sqlite3.OperationalError:
            return None  # the first Tether has not made its tables yet
    return None if row is None else (str(row[0]), str(row[1]))


@pytest.fixture
def start_tether(tmp_path: Path, tether_env: dict[str, str]) -> Iterator[StartTether]:
    """Start a Tether that keeps running (interactive, offscreen); killed at the end."""
    started: list[subprocess.Popen[str]] = []

    def start(*args: str | os.PathLike[str]) -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            [str(TETHER), *map(str, args)],
            cwd=tmp_path,
            env=tether_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        started.append(proc)
        return proc

    yield start
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()


def socket_of(data_dir: Path, tether_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the Tether on ``data_dir`` listens, as Tether works it out in its own env."""
    monkeypatch.setenv("XDG_RUNTIME_DIR", tether_env["XDG_RUNTIME_DIR"])
    name = server_name(data_dir)
    return Path(name) if os.path.isabs(name) else Path("/tmp") / name


@pytest.fixture
def running(
    start_tether: StartTether,
    tmp_path: Path,
    tether_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[subprocess.Popen[str], Path]:
    """A Tether running on ``tmp_path/data``, with its lock taken and its socket open."""
    data_dir = tmp_path / "data"
    proc = start_tether("--data-dir", data_dir)
    socket = socket_of(data_dir, tether_env, monkeypatch)
    wait_until(lambda: (data_dir / LOCK_NAME).exists(), "the first Tether's lock")
    wait_until(socket.exists, "the first Tether's socket")
    return proc, data_dir


def test_a_second_tether_hands_its_article_to_the_running_one_and_exits_0(
    running: tuple[subprocess.Popen[str], Path], run_tether: RunTether, tmp_path: Path
) -> None:
    first, data_dir = running
    article = tmp_path / "asking-twice.md"
    article.write_text(ARTICLE, encoding="utf-8")

    second = run_tether("asking-twice.md", "--section", "second-ask", "--data-dir", data_dir)

    assert second.returncode == 0, second.stderr
    assert "already open" in second.stderr
    wait_until(
        lambda: last_position(data_dir) == (str(article.resolve()), "second-ask"),
        "the running Tether to open the handed-over article at its section",
    )
    assert first.poll() is None, "the first Tether must keep running"


def test_a_second_tether_without_an_article_only_brings_the_first_forward(
    running: tuple[subprocess.Popen[str], Path], run_tether: RunTether
) -> None:
    first, data_dir = running
    before = last_position(data_dir)

    second = run_tether("--data-dir", data_dir)

    assert second.returncode == 0, second.stderr
    assert first.poll() is None
    assert last_position(data_dir) == before


def test_quit_after_startup_on_a_folder_in_use_hands_over_instead_of_opening_it_twice(
    running: tuple[subprocess.Popen[str], Path], run_tether: RunTether
) -> None:
    _, data_dir = running

    second = run_tether("--quit-after-startup", "--data-dir", data_dir)

    assert second.returncode == 0, second.stderr
    assert STARTUP_LINE not in second.stdout


def test_a_tether_on_another_data_folder_is_not_blocked(
    running: tuple[subprocess.Popen[str], Path], run_tether: RunTether, tmp_path: Path
) -> None:
    other = tmp_path / "other-data"

    result = run_tether("--quit-after-startup", "--data-dir", other)

    assert result.returncode == 0, result.stderr
    assert STARTUP_LINE in result.stdout
    assert (other / "tether.sqlite3").is_file()


def test_a_lock_left_by_a_killed_tether_is_taken_over(
    start_tether: StartTether, run_tether: RunTether, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    first = start_tether("--data-dir", data_dir)
    wait_until(lambda: (data_dir / LOCK_NAME).exists(), "the first Tether's lock")
    first.send_signal(signal.SIGKILL)
    first.wait()
    assert (data_dir / LOCK_NAME).exists(), "a killed process leaves its lock file"

    result = run_tether("--quit-after-startup", "--data-dir", data_dir)

    assert result.returncode == 0, result.stderr
    assert STARTUP_LINE in result.stdout
    assert not (data_dir / LOCK_NAME).exists(), "the new owner removes the lock when it quits"


def test_the_lock_file_and_the_socket_are_the_users_alone(
    running: tuple[subprocess.Popen[str], Path],
    tether_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, data_dir = running
    socket = socket_of(data_dir, tether_env, monkeypatch)

    assert stat.S_IMODE((data_dir / LOCK_NAME).stat().st_mode) == 0o600
    assert stat.S_ISSOCK(socket.stat().st_mode)
    assert stat.S_IMODE(socket.stat().st_mode) & 0o077 == 0


def test_sigterm_quits_cleanly_and_frees_the_lock(
    running: tuple[subprocess.Popen[str], Path], run_tether: RunTether
) -> None:
    first, data_dir = running
    # Once it answers a hand-over, its window and event loop are up.
    assert run_tether("--data-dir", data_dir).returncode == 0

    first.send_signal(signal.SIGTERM)

    assert first.wait(timeout=WAIT_S) == 0
    assert not (data_dir / LOCK_NAME).exists()


def test_a_second_tether_started_while_the_first_is_still_starting_hands_over(
    start_tether: StartTether, run_tether: RunTether, tmp_path: Path
) -> None:
    # The first takes the lock at once but listens only once its window is painted; a
    # second one started in between keeps trying to connect until it does.
    data_dir = tmp_path / "data"
    first = start_tether("--data-dir", data_dir)
    wait_until(lambda: (data_dir / LOCK_NAME).exists(), "the first Tether's lock")
    article = tmp_path / "asking-twice.md"
    article.write_text(ARTICLE, encoding="utf-8")

    second = run_tether("asking-twice.md", "--section", "second-ask", "--data-dir", data_dir)

    assert second.returncode == 0, second.stderr
    wait_until(
        lambda: last_position(data_dir) == (str(article.resolve()), "second-ask"),
        "the first Tether to open the handed-over article once it is up",
    )
    assert first.poll() is None
