"""Running one whole process and reading what it cost: start-up time and peak memory."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_STARTUP = re.compile(r"^startup_ms=(\d+)\s*$", re.MULTILINE)
_COMPLETE = re.compile(r"^complete_ms=(\d+)\s*$", re.MULTILINE)
# The moments (time.monotonic(), seconds) a child painted first and was complete, where it
# says them: measured from the spawner's own clock reading just before it started the
# child, they are exact to the microsecond, where startup_ms moves in the 10 ms steps in
# which Linux counts a process's start (/proc/<pid>/stat).
_PAINTED_AT = re.compile(r"^painted_at=([\d.]+)\s*$", re.MULTILINE)
_COMPLETED_AT = re.compile(r"^completed_at=([\d.]+)\s*$", re.MULTILINE)
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


# Run in a small Python of its own: starts each measured command and reports what it cost.
# Linux counts a child's peak memory (ru_maxrss) from the moment it is forked, and a fork
# shares every page of the process it was forked from; a child forked from this process
# (~60-70 MiB once the benchmark has made its articles) would report at least that much,
# whatever it used itself: the bare baseline read 65-71 MiB instead of its own 62. Forked
# from this ~10 MiB spawner, a measured process reports its own peak.
_SPAWNER = r"""
import json, os, subprocess, sys, tempfile, threading, time
for line in sys.stdin:
    job = json.loads(line)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        spawned_at = time.monotonic()
        try:
            process = subprocess.Popen(job["command"], stdin=subprocess.DEVNULL, stdout=out,
                                       stderr=err, env=job["env"], cwd=job["cwd"])
        except OSError as error:
            print(json.dumps({"returncode": 127, "maxrss_kib": 0, "wall_ms": 0.0,
                              "spawned_at": spawned_at, "stdout": "", "stderr": str(error)}),
                  flush=True)
            continue
        killer = threading.Timer(job["timeout_s"], process.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            killer.cancel()
        wall_ms = (time.perf_counter() - started) * 1000
        process.returncode = os.waitstatus_to_exitcode(status)  # already reaped above
        out.seek(0)
        err.seek(0)
        answer = {"returncode": process.returncode, "maxrss_kib": usage.ru_maxrss,
                  "wall_ms": wall_ms, "spawned_at": spawned_at,
                  "stdout": out.read().decode("utf-8", "replace"),
                  "stderr": err.read().decode("utf-8", "replace")}
    print(json.dumps(answer), flush=True)
"""
_spawner: subprocess.Popen[str] | None = None


def _spawn(command: Sequence[str], env: Mapping[str, str], cwd: Path, timeout_s: float) -> Any:
    """Run ``command`` through the spawner; what it reported (see :data:`_SPAWNER`)."""
    global _spawner
    if _spawner is None or _spawner.poll() is not None:
        _spawner = subprocess.Popen(
            [sys.executable, "-I", "-S", "-c", _SPAWNER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
    assert _spawner.stdin is not None
    assert _spawner.stdout is not None
    job = {"command": list(command), "env": dict(env), "cwd": str(cwd), "timeout_s": timeout_s}
    _spawner.stdin.write(json.dumps(job) + "\n")
    _spawner.stdin.flush()
    return json.loads(_spawner.stdout.readline())


def run_child(
    command: Sequence[str], env: Mapping[str, str], cwd: Path, timeout_s: float = TIMEOUT_S
) -> ChildRun:
    """Run ``command`` to its end; its start-up, peak RSS and wall time.

    Start-up is from just before the child was started to the ``painted_at`` moment it
    printed (``completed_at`` for the complete window), or, from a child that prints
    only ``startup_ms=N`` (and ``complete_ms=N``), those.

    Peak memory is the child's own ``ru_maxrss`` from ``os.wait4`` (KiB on Linux), so
    each measured process is counted alone, never mixed with earlier children as
    ``RUSAGE_CHILDREN`` would be; it is started by a small spawner process, so that it
    does not count this process's memory either (see :data:`_SPAWNER`).
    """
    done = _spawn(command, env, cwd, timeout_s)
    stdout, stderr = done["stdout"], done["stderr"]
    match = _STARTUP.search(stdout)
    if done["returncode"] != 0 or match is None:
        raise ChildFailedError(
            f"{' '.join(command)} exited with {done['returncode']} and no startup_ms line:\n"
            f"{stdout[-2000:]}\n{stderr[-2000:]}"
        )
    startup_ms = _since_spawn(_PAINTED_AT, stdout, done["spawned_at"])
    complete_ms = _since_spawn(_COMPLETED_AT, stdout, done["spawned_at"])
    if complete_ms is None and (complete := _COMPLETE.search(stdout)) is not None:
        complete_ms = float(complete.group(1))
    return ChildRun(
        startup_ms if startup_ms is not None else float(match.group(1)),
        done["maxrss_kib"] / 1024,
        done["wall_ms"],
        complete_ms,
    )


def _since_spawn(moment: re.Pattern[str], stdout: str, spawned_at: float) -> float | None:
    """Milliseconds from the spawn to the moment the child printed, if it printed one."""
    found = moment.search(stdout)
    return (float(found.group(1)) - spawned_at) * 1000 if found is not None else None
