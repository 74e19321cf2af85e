"""The feature floor: the bare baseline plus each step of what Tether's first screen needs
reaches its first paint and reports as the baseline does, run as the benchmark runs it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from benchmarks.feature_floor import FIRST_PAINT_STEPS, STEPS
from benchmarks.instructions import floor_cases
from benchmarks.run import child_environment

from tether.bundled import bundled_article_path

REPOSITORY = Path(__file__).resolve().parents[2]
TIMEOUT_S = 120


def run_floor(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python benchmarks/feature_floor.py ARGS ARTICLE`` as a script, as the benchmark
    starts it (no PYTHONPATH: it finds the baseline it shares code with by itself)."""
    env = child_environment(tmp_path, "1280x800")
    env.pop("PYTHONPATH", None)
    return subprocess.run(
        [sys.executable, str(REPOSITORY / "benchmarks" / "feature_floor.py"), *args,
         str(bundled_article_path())],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=TIMEOUT_S, check=False,
    )  # fmt: skip


@pytest.mark.parametrize("step", STEPS)
def test_each_step_of_the_floor_reaches_its_first_paint(tmp_path: Path, step: str) -> None:
    data = tmp_path / "data"

    done = run_floor(tmp_path, "--upto", step, "--data-dir", str(data))

    assert done.returncode == 0, done.stderr
    said = dict(line.split("=", 1) for line in done.stdout.split())
    assert set(said) == {"startup_ms", "painted_at"}  # what the benchmark reads
    assert float(said["painted_at"]) > 0
    # Only the store touches the disk: the steps before it have nothing to keep.
    assert (data / "floor.sqlite3").exists() == (STEPS.index(step) >= STEPS.index("store"))


def test_the_store_step_leaves_a_durable_database_with_its_schema(tmp_path: Path) -> None:
    data = tmp_path / "data"

    done = run_floor(tmp_path, "--data-dir", str(data))

    assert done.returncode == 0, done.stderr
    with sqlite3.connect(data / "floor.sqlite3") as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        mode = connection.execute("PRAGMA journal_mode").fetchone()[0]
    connection.close()
    assert {"reflections", "ticks", "places"} <= tables
    assert mode == "wal"


def test_the_floor_can_leave_at_its_first_paint_for_counting(tmp_path: Path) -> None:
    env = child_environment(tmp_path, "1280x800")
    env["PYTHONPATH"] = str(REPOSITORY)

    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.first_paint_exit", "floor", "--data-dir",
         str(tmp_path / "data"), str(bundled_article_path())],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=TIMEOUT_S, check=False,
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["first_paint"]  # and nothing after it


def test_counting_the_floor_runs_each_step_to_the_first_paint_in_a_folder_of_its_own(
    tmp_path: Path,
) -> None:
    cases = floor_cases("article.md", tmp_path)

    # The panels come after the first paint: nothing to count before it.
    assert [case[2] for case in cases.values()] == list(FIRST_PAINT_STEPS)
    assert "panels" in STEPS
    assert "panels" not in FIRST_PAINT_STEPS
    folders = [case[case.index("--data-dir") + 1] for case in cases.values()]
    assert len(set(folders)) == len(FIRST_PAINT_STEPS)
    assert all(case[0] == "floor" and case[-1] == "article.md" for case in cases.values())
