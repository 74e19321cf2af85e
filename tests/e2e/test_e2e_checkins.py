"""Check-ins with the real command and the system clock moved by ``faketime``.

Tether runs as the reader runs it (``tether.shell.main.main``, driven by
``checkin_driver.py``): on 3 September it ticks three signs, on 1 October it starts a
new check-in with Ctrl+Shift+N and ticks one; then ``tether --export-worksheet`` lists
both dates with their counts. A kill -9 right after a check-in switch loses nothing.

The clock is moved with libfaketime, from the Debian package ``faketime``
(``packaging/bootstrap test`` installs it).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tether.bundled import bundled_article_path
from tether.content import load_article
from tether.store import Store

pytestmark = pytest.mark.e2e

DRIVER = Path(__file__).with_name("checkin_driver.py")
TETHER = Path(sys.executable).with_name("tether")
TIMEOUT_S = 60
LIBFAKETIME = Path("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1")
SEPTEMBER = "2026-09-03 10:00:00"
OCTOBER = "2026-10-01 10:00:00"


def at(moment: str, env: dict[str, str]) -> dict[str, str]:
    """``env`` with the clock of every process started with it moved to ``moment``."""
    if not LIBFAKETIME.is_file():
        message = (
            f"{LIBFAKETIME} is missing: install the Debian package faketime "
            "(apt-get install faketime; packaging/bootstrap test does)"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return {
        **env,
        "LD_PRELOAD": str(LIBFAKETIME),
        "FAKETIME": f"@{moment}",
        "FAKETIME_DONT_FAKE_MONOTONIC": "1",
        "TZ": "UTC",
    }


def drive(steps: str, data_dir: Path, env: dict[str, str], cwd: Path) -> str:
    """Run Tether with the driver until it closes itself; its standard output."""
    done = subprocess.run(
        [sys.executable, str(DRIVER), steps, "--data-dir", str(data_dir)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "DONE" in done.stdout, done.stdout + done.stderr
    return done.stdout


def test_two_checkins_on_two_dates_are_both_in_the_exported_worksheet(
    tmp_path: Path, tether_env: dict[str, str]
) -> None:
    data_dir = tmp_path / "data"
    # Signs 4-7 are the article's second list, "what disconnection looks like".
    first = drive("4,5,6", data_dir, at(SEPTEMBER, tether_env), tmp_path)
    assert "DONE 2026-09-03" in first
    second = drive("new,7", data_dir, at(OCTOBER, tether_env), tmp_path)
    assert "DONE 2026-10-01" in second

    out = tmp_path / "out.md"
    exported = subprocess.run(
        [str(TETHER), "--data-dir", str(data_dir), "--export-worksheet", str(out)],
        cwd=tmp_path,
        env=at(OCTOBER, tether_env),
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    assert exported.returncode == 0, exported.stderr
    text = out.read_text(encoding="utf-8")
    group = load_article(bundled_article_path()).sign_groups[1].title.rstrip(":")
    assert "## Check-ins" in text
    lines = [line for line in text.splitlines() if line.startswith("- **")]
    september = next(line for line in lines if "3 September 2026" in line)
    october = next(line for line in lines if "1 October 2026" in line)
    assert f"{group}: 3 of 4" in september
    assert f"{group}: 1 of 4" in october


def test_a_kill_right_after_a_checkin_switch_loses_no_answer(
    tmp_path: Path, tether_env: dict[str, str]
) -> None:
    data_dir = tmp_path / "data"
    drive("4,5", data_dir, at(SEPTEMBER, tether_env), tmp_path)
    proc = subprocess.Popen(
        [sys.executable, str(DRIVER), "new,6,stay", "--data-dir", str(data_dir)],
        cwd=tmp_path,
        env=at(OCTOBER, tether_env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + TIMEOUT_S
        assert proc.stdout is not None
        line = ""
        while time.monotonic() < deadline and not line.startswith("DONE"):
            line = proc.stdout.readline()
            if not line and proc.poll() is not None:
                break
        assert line.startswith("DONE 2026-10-01"), line
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(TIMEOUT_S)
        assert proc.stdout is not None
        assert proc.stderr is not None
        proc.stdout.close()
        proc.stderr.close()

    article = load_article(bundled_article_path())
    signs = [sign.id for sign in article.signs]
    with Store.open_in(data_dir) as store:
        history = store.checkins(article.id)
    assert [c.started.date().isoformat() for c in history.checkins] == [
        "2026-09-03",
        "2026-10-01",
    ]
    assert history.ticks == ({signs[4]: True, signs[5]: True}, {signs[6]: True})
