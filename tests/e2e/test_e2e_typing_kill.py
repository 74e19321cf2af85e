"""Continuous typing survives ``kill -9``: at most the last two seconds of words are lost.

The real Tether (``tests/e2e/typing_driver.py`` runs ``tether.shell.main.main`` and types into
the real reflection editor without ever pausing for the autosave's quiet-time) is
started again and again on one data folder and killed with SIGKILL after about three
seconds of typing. The driver reports each word with its own clock, so a slow, busy
machine cannot blur what "two seconds before the kill" means: every text the driver
held two seconds (by its clock) before its last report must be on disk after the kill.
The driver only appends, so what is on disk may be longer, never different.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from test_e2e_kill import START_TIMEOUT_S, read_for, reflections_on_disk

pytestmark = pytest.mark.e2e

DRIVER = Path(__file__).with_name("typing_driver.py")
SEED = 20_261_204
RUNS = 10
# Typing time per run, by the driver's clock, before the kill (plus a random bit more).
TYPING_S = 3.0
EXTRA_S = (0.0, 0.4)
# Words typed longer ago than this before the kill must have been saved.
SAFE_AFTER_S = 2.0


def typed_reports(output: bytes) -> list[tuple[float, str, str]]:
    """(driver's clock, section, text) of every complete TYPED line."""
    found = []
    for line in output.decode("utf-8").splitlines(keepends=True):
        if line.startswith("TYPED ") and line.endswith("\n"):
            record = json.loads(line[len("TYPED ") :])
            found.append((float(record["t"]), str(record["section"]), str(record["text"])))
    return found


def typing_span(output: bytes) -> float:
    """Seconds of typing the driver has reported so far, by its own clock."""
    reports = typed_reports(output)
    return reports[-1][0] - reports[0][0] if reports else 0.0


def test_kill_9_while_typing_without_a_pause_loses_nothing_older_than_two_seconds(
    tmp_path: Path, tether_env: dict[str, str]
) -> None:
    rng = random.Random(SEED)
    data_dir = tmp_path / "data"
    checked_words = 0

    for run in range(RUNS):
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
                output = read_for(proc, START_TIMEOUT_S, b"READY")
                assert b"READY\n" in output, log.read_text()
                # Wait on the driver's clock, not ours: a starved driver types less.
                while typing_span(output) < TYPING_S and proc.poll() is None:
                    output += read_for(proc, START_TIMEOUT_S, b"TYPED")
                output += read_for(proc, rng.uniform(*EXTRA_S))
            finally:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
            assert proc.stdout is not None
            output += proc.stdout.read()  # what it printed before it died
            proc.stdout.close()
        assert proc.returncode == -signal.SIGKILL, f"run {run} ended by itself: {log.read_text()}"

        reports = typed_reports(output)
        last_report = reports[-1][0]
        old_enough = [r for r in reports if r[0] <= last_report - SAFE_AFTER_S]
        assert old_enough, f"run {run}: the driver reported under {SAFE_AFTER_S} s of typing"
        _, section, must_have = old_enough[-1]
        on_disk = reflections_on_disk(data_dir / "tether.sqlite3").get(section, "")
        assert on_disk.startswith(must_have), (
            f"run {run}: words typed over {SAFE_AFTER_S} s before the kill were lost: "
            f"{len(must_have) - len(on_disk)} characters short; the disk has "
            f"{on_disk[-80:]!r}, typing had reached {must_have[-80:]!r}"
        )
        checked_words += len(old_enough)

    # Not a vacuous pass: many words, typed well before the kills, were checked.
    assert checked_words >= RUNS * 5
