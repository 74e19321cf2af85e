"""The instruction count of start-up: its processes leave at the first paint, and it
says plainly when valgrind is missing (the count itself needs valgrind: see
``python -m benchmarks.instructions``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from benchmarks.instructions import MeasureError, collected
from benchmarks.run import child_environment

from tether.bundled import bundled_article_path
from tether.store.database import DATABASE_NAME

REPOSITORY = Path(__file__).resolve().parents[2]
TIMEOUT_S = 120


def leave_at_first_paint(tmp_path: Path, *case: str) -> subprocess.CompletedProcess[str]:
    env = child_environment(tmp_path, "1280x800")
    env["PYTHONPATH"] = str(REPOSITORY)
    return subprocess.run(
        [sys.executable, "-m", "benchmarks.first_paint_exit", *case],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )


def test_tether_leaves_at_its_first_paint(tmp_path: Path) -> None:
    data = tmp_path / "data"

    done = leave_at_first_paint(
        tmp_path, "tether", "--data-dir", str(data), str(bundled_article_path())
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["first_paint"]  # no startup_ms, no complete window
    assert (data / DATABASE_NAME).is_file()  # it was the real start-up, to the page


def test_the_bare_baseline_leaves_at_its_first_paint(tmp_path: Path) -> None:
    done = leave_at_first_paint(tmp_path, "bare", str(bundled_article_path()))

    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["first_paint"]


def test_callgrinds_count_is_read_from_its_report() -> None:
    report = "==4242== Events    : Ir\n==4242== Collected : 1309378305\n==4242==\n"

    assert collected(report) == 1_309_378_305
    with pytest.raises(MeasureError):
        collected("==4242== could not start\n")


def test_without_valgrind_it_says_what_to_install(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.instructions", "--valgrind", "no-such-valgrind"],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )

    assert done.returncode == 2
    assert "apt install valgrind" in done.stderr
