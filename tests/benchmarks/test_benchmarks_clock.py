"""A measured start-up is timed from the moment the child was started to the moment it
says it painted, on the system's monotonic clock: exact to the microsecond, where the
``startup_ms`` a process works out from ``/proc`` moves in steps of 10 ms (Linux counts
a process's start in clock ticks), ±6 % of a 160 ms start."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from benchmarks.processes import run_child

# A child that says it painted 123.4 ms after it began running, and (coarsely) 120.
PAINTS_AT_123_4 = (
    "import time; began = time.monotonic(); print('startup_ms=120'); "
    "print(f'painted_at={began + 0.1234:.6f}'); print('complete_ms=150'); "
    "print(f'completed_at={began + 0.1567:.6f}')"
)


def test_a_childs_start_up_is_timed_from_its_start_to_its_paint(tmp_path: Path) -> None:
    run = run_child([sys.executable, "-I", "-S", "-c", PAINTS_AT_123_4], dict(os.environ), tmp_path)

    # 123.4 ms after it began, plus its own interpreter's start before that.
    assert 123.4 < run.startup_ms < 123.4 + 1000
    assert run.complete_ms is not None
    assert round(run.complete_ms - run.startup_ms, 1) == 33.3  # to the microsecond


def test_a_child_that_only_counts_milliseconds_is_taken_at_its_word(tmp_path: Path) -> None:
    code = "print('startup_ms=180'); print('complete_ms=260')"

    run = run_child([sys.executable, "-I", "-S", "-c", code], dict(os.environ), tmp_path)

    assert (run.startup_ms, run.complete_ms) == (180, 260)
