"""Promise 7: everything Tether keeps on disk is the user's alone (files 0600, folders 0700).

One session that writes every kind of file: it starts on a damaged data file (so the
old file goes to ``damaged/`` and is salvaged), types reflections and ticks signs
(``-wal``/``-shm``), holds the lock file, keeps settings, and quits through SIGTERM
(a last backup in ``backups/``). Every file under the data folder is listed while it
runs and after it quits, and each must be private; so must its local socket.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from test_e2e_kill import DRIVER, START_TIMEOUT_S, read_for

from tether.shell.handover import server_name
from tether.shell.instance import LOCK_NAME
from tether.store import Store

pytestmark = pytest.mark.e2e


def modes_under(folder: Path) -> dict[str, int]:
    """Relative path -> permission bits of the folder itself and of everything in it."""
    found = {".": stat.S_IMODE(folder.stat().st_mode)}
    for path in sorted(folder.rglob("*")):
        found[str(path.relative_to(folder))] = stat.S_IMODE(path.lstat().st_mode)
    return found


def not_private(folder: Path) -> dict[str, str]:
    """Everything under ``folder`` that someone other than its owner could read."""
    wrong = {}
    for name, mode in modes_under(folder).items():
        path = folder / name
        wanted = 0o700 if path.is_dir() else 0o600
        if mode != wanted:
            wrong[name] = oct(mode)
    return wrong


def test_every_file_of_a_full_session_is_private(
    tmp_path: Path, tether_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    with Store.open_in(data_dir) as store:
        store.save_reflection("article", "intro", "an old reflection " * 50)
    # A damaged file, with a -wal beside it, so both are moved aside and kept.
    (data_dir / "tether.sqlite3").write_bytes(b"garbage instead of a database\n" * 200)
    (data_dir / "tether.sqlite3-wal").write_bytes(b"a leftover journal\n" * 10)
    proc = subprocess.Popen(
        [sys.executable, str(DRIVER), "7", "--data-dir", data_dir],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=tether_env,
        cwd=tmp_path,
    )
    try:
        output = read_for(proc, START_TIMEOUT_S, b"READY")
        assert b"READY\n" in output
        while output.count(b"SAVED ") < 3:
            output += read_for(proc, START_TIMEOUT_S, b"SAVED")

        running = modes_under(data_dir)
        wrong_while_running = not_private(data_dir)
        monkeypatch.setenv("XDG_RUNTIME_DIR", tether_env["XDG_RUNTIME_DIR"])
        name = server_name(data_dir)
        socket = Path(name) if os.path.isabs(name) else Path("/tmp") / name
        socket_mode = stat.S_IMODE(socket.stat().st_mode)

        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=START_TIMEOUT_S) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()

    for expected in (LOCK_NAME, "tether.sqlite3", "tether.sqlite3-wal", "tether.sqlite3-shm"):
        assert expected in running, f"{expected} should exist while Tether runs: {running}"
    assert any(name.startswith("damaged/") for name in running), running
    assert "settings.ini" in running
    assert wrong_while_running == {}
    assert socket_mode & 0o077 == 0

    after = modes_under(data_dir)
    assert any(name.startswith("backups/tether-") for name in after), after
    assert any(name.endswith("-wal") and name.startswith("damaged/") for name in after), after
    assert not_private(data_dir) == {}
