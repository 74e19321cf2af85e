"""A measured process's peak memory is its own, never the benchmark's.

Linux counts a child's peak resident memory from the moment it is forked, pages shared
with its parent included: a child forked from a big benchmark process reported at least
the benchmark's size (the bare baseline read 65–71 MiB instead of its own 62, which made
every memory ratio look better than it was).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from benchmarks.processes import run_child


def resident_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def test_a_small_child_of_a_big_benchmark_reports_its_own_small_peak(tmp_path: Path) -> None:
    ballast = bytearray(200 * 1024 * 1024)
    for index in range(0, len(ballast), 4096):  # resident, not just reserved
        ballast[index] = 1
    assert resident_mib() > 200

    run = run_child(
        [sys.executable, "-I", "-S", "-c", "print('startup_ms=1')"], dict(os.environ), tmp_path
    )

    assert run.startup_ms == 1
    assert run.peak_mib < 60  # a bare Python: ~10 MiB; the test process: over 200
    del ballast
