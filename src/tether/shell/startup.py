"""How long ago this process started, for the ``startup_ms`` Tether reports."""

from __future__ import annotations

import os
import time

_IMPORTED_AT = time.time()


def process_start_time() -> float:
    """The wall-clock time this process started (Linux), else when Tether was imported."""
    try:
        with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as stat_file:
            fields = stat_file.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as uptime_file:
            uptime = float(uptime_file.read().split()[0])
        ticks = os.sysconf("SC_CLK_TCK")
        # Field 22 of stat (index 19 after the command name) is the start in clock ticks.
        started_after_boot = int(fields[19]) / ticks
        return time.time() - (uptime - started_after_boot)
    except (OSError, ValueError, IndexError):
        return _IMPORTED_AT


def milliseconds_since_start() -> int:
    """Milliseconds since the process started."""
    return round((time.time() - process_start_time()) * 1000)
