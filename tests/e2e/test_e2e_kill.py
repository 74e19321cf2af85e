"""Promise 1: a reflection Tether reported saved survives ``kill -9`` at any moment.

The real Tether (``tests/e2e/kill_driver.py`` runs ``tether.shell.main.main`` and types into
the real reflection editor) is started again and again on one data folder and killed
with SIGKILL at random moments: during start-up, while typing, in the middle of a
save. After each kill, a fresh SQLite connection must find every text the app had
reported saved (a later, longer text is fine: the driver only appends, and the app
may have saved once more just before the kill), and ``PRAGMA integrity_check`` must
say ``ok``. The next start must open the file as it is: no recovery, nothing moved
aside. Every run after the first also takes over the lock a killed Tether left.
"""

from __future__ import annotations

import json
import random
import selectors
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

DRIVER = Path(__file__).with_name("kill_driver.py")
SEED = 20_261_126
MIN_KILLS = 20
MAX_KILLS = 26
# After MIN_KILLS, more runs only while the whole test is within this many seconds.
BUDGET_S = 40.0
# Some kills land during start-up (after the imports: opening and checking the file,
# taking the lock, building the window), the rest while the driver types: a few
# autosaves and section changes per run.
EARLY_SHARE = 0.25
EARLY_KILL_S = (0.0, 0.3)
TYPING_KILL_S = (0.05, 2.0)
START_TIMEOUT_S = 30.0


def read_for(proc: subprocess.Popen[bytes], seconds: float, until: bytes | None = None) -> bytes:
    """Collect the driver's stdout for ``seconds``, or until a line starting ``until``."""
    assert proc.stdout is not None
    collected = b""
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            if not selector.select(left):
                break
            chunk = proc.stdout.read1(65536)  # type: ignore[attr-defined]
            if not chunk:
                break
            collected += chunk
            if until is not None and any(
                line.startswith(until) for line in collected.split(b"\n")[:-1]
            ):
                break
    return collected


def saved_lines(output: bytes, kind: str = "SAVED") -> list[tuple[str, str]]:
    """(section, text) of every complete line of this kind (SAVED or TYPED)."""
    found = []
    for line in output.decode("utf-8").splitlines(keepends=True):
        if line.startswith(f"{kind} ") and line.endswith("\n"):
            record = json.loads(line[len(kind) + 1 :])
            found.append((record["section"], record["text"]))
    return found


def reflections_on_disk(database: Path) -> dict[str, str]:
    """Each section's current text, read by a connection of our own."""
    with closing(sqlite3.connect(database)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        rows = conn.execute(
            "SELECT section_id, text FROM reflections ORDER BY updated, id"
        ).fetchall()
    return {str(section): str(text) for section, text in rows}


def test_sigkill_at_random_moments_never_loses_a_reflection_reported_saved(
    tmp_path: Path, tether_env: dict[str, str]
) -> None:
    rng = random.Random(SEED)
    data_dir = tmp_path / "data"
    reported: dict[str, str] = {}
    kills = saves = early_kills = 0
    started = time.monotonic()

    for run in range(MAX_KILLS):
        if run >= MIN_KILLS and time.monotonic() - started > BUDGET_S:
            break
        log = tmp_path / f"stderr-{run}.txt"
        with log.open("wb") as stderr:
            proc = subprocess.Popen(
                [sys.executable, str(DRIVER), str(rng.randrange(2**31)), "--data-dir", data_dir],
                stdout=subprocess.PIPE,
                stderr=stderr,
                env=tether_env,
                cwd=tmp_path,
            )
            try:
                early = rng.random() < EARLY_SHARE
                output = read_for(proc, START_TIMEOUT_S, b"READY" if not early else b"STARTING")
                assert b"STARTING\n" in output, log.read_text()
                if early:
                    output += read_for(proc, rng.uniform(*EARLY_KILL_S))
                    early_kills += b"READY" not in output
                else:
                    assert b"READY\n" in output, log.read_text()
                    output += read_for(proc, rng.uniform(*TYPING_KILL_S))
            finally:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
            assert proc.stdout is not None
            output += proc.stdout.read()  # what it printed before it died is still in the pipe
            proc.stdout.close()
        kills += 1
        assert proc.returncode == -signal.SIGKILL, f"run {run} ended by itself"

        for section, text in saved_lines(output):
            reported[section] = text
            saves += 1
        on_disk = reflections_on_disk(data_dir / "tether.sqlite3")
        for section, text in reported.items():
            assert on_disk.get(section, "").startswith(text), (
                f"after kill {kills}, section {section!r} lost text reported saved: "
                f"{text!r} is not in {on_disk.get(section)!r}"
            )
        assert not (data_dir / "damaged").exists(), f"kill {kills} left a damaged data file"

    assert kills >= MIN_KILLS
    # Not a vacuous pass: many saves were reported, in several sections, and several
    # kills came before the window was up.
    assert saves >= MIN_KILLS // 2
    assert len(reported) >= 2
    assert early_kills >= 1
    print(f"kills={kills} early_kills={early_kills} saves={saves} sections={len(reported)}")


def test_sigterm_while_typing_saves_the_words_the_autosave_had_not_reached(
    tmp_path: Path, tether_env: dict[str, str]
) -> None:
    data_dir = tmp_path / "data"
    proc = subprocess.Popen(
        [sys.executable, str(DRIVER), str(SEED), "--data-dir", data_dir],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=tether_env,
        cwd=tmp_path,
    )
    try:
        output = read_for(proc, START_TIMEOUT_S, b"READY")
        assert b"READY\n" in output
        # Stop right after a word, well inside the 0.7 s before the autosave.
        while len(saved_lines(output, "TYPED")) < 12:
            output += read_for(proc, START_TIMEOUT_S, b"TYPED")
        proc.send_signal(signal.SIGTERM)
        # Read on to the end: a driver blocked writing into a full pipe (each TYPED line
        # holds the words so far) could not get back to Qt's loop to act on the signal.
        output += read_for(proc, START_TIMEOUT_S)
        assert proc.wait(timeout=START_TIMEOUT_S) == 0
    except BaseException:
        assert proc.stdout is not None
        proc.stdout.close()  # no pipe left open to warn in a later test
        raise
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.stdout is not None
    output += proc.stdout.read()
    proc.stdout.close()

    section, text = saved_lines(output, "TYPED")[-1]
    assert reflections_on_disk(data_dir / "tether.sqlite3")[section] == text
