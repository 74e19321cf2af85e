"""Running one whole process and reading what it cost: start-up time and peak memory."""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

_STARTUP = re.compile(r"^startup_ms=(\d+)\s*$", re.MULTILINE)
_COMPLETE = re.compile(r"^complete_ms=(\d+)\s*$", re.MULTILINE)
TIMEOUT_S = 120.0


class ChildFailedError(RuntimeError):
    """A measured process did not report its start-up."""


@dataclass(frozen=True)
class ChildRun:
    """What one process reported and cost."""

    startup_ms: float
    peak_mib: float
    wall_ms: float
    # Tether only: when the rest of the window was built and painted too (None: not said).
    complete_ms: float | None = None


def run_child(
    command: Sequence[str], env: Mapping[str, str], cwd: Path, timeout_s: float = TIMEOUT_S
) -> ChildRun:
    """Run ``command`` to its end; its ``startup_ms=N`` line, peak RSS and wall time.

    Peak memory is the child's own ``ru_maxrss`` from ``os.wait4`` (KiB on Linux), so
    each measured process is counted alone, never mixed with earlier children as
    ``RUSAGE_CHILDREN`` would be.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(list(command), stdout=out, stderr=err, env=dict(env), cwd=cwd)
        killer = threading.Timer(timeout_s, process.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            killer.cancel()
        wall_ms = (time.perf_counter() - started) * 1000
        process.returncode = os.waitstatus_to_exitcode(status)  # already reaped above
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    match = _STARTUP.search(stdout)
    if process.returncode != 0 or match is None:
        raise ChildFailedError(
            f"{' '.join(command)} exited with {process.returncode} and no startup_ms line:\n"
            f"{stdout[-2000:]}\n{stderr[-2000:]}"
        )
    complete = _COMPLETE.search(stdout)
    return ChildRun(
        float(match.group(1)),
        usage.ru_maxrss / 1024,
        wall_ms,
        float(complete.group(1)) if complete is not None else None,
    )
