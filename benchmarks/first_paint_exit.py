"""Start Tether or the bare baseline and leave the process at its first paint.

``python -m benchmarks.first_paint_exit tether [tether arguments...]`` runs the
``tether`` command's own entry point (``tether.__main__.run``, with
``--quit-after-startup``); ``python -m benchmarks.first_paint_exit bare ARTICLE`` runs
``benchmarks/bare_baseline.py``, and ``... floor [--upto STEP] ARTICLE`` runs
``benchmarks/feature_floor.py`` (the baseline plus what Tether's first screen needs). Each
prints ``first_paint`` and exits (``os._exit(0)``:
no teardown) where it would report ``startup_ms``, so that whatever measures the whole
process (see :mod:`benchmarks.instructions`) measures the way to the first paint and
nothing after.

Under a tool that runs the process ~50 times slower, Tether's "at the latest" fallback
(the rest of the window is built 3 s after start-up even if the page has not painted)
would fire before the first paint; it is pushed out of the way here.
"""

from __future__ import annotations

import gc
import os
import sys
from typing import NoReturn

FIRST_PAINT = "first_paint"
# Longer than any start-up under valgrind (tens of seconds).
_NEVER_MS = 10**8


def _leave() -> NoReturn:
    print(FIRST_PAINT, flush=True)
    os._exit(0)


def run_tether(argv: list[str]) -> int:
    """Tether's own entry point, leaving at the first paint."""
    gc.disable()  # as the entry point does, before anything of Tether is imported
    import tether.shell.startup as startup
    import tether.ui.first_paint as first_paint

    startup.milliseconds_since_start = _leave
    first_paint.after_first_paint.__defaults__ = (_NEVER_MS,)
    from tether.__main__ import run

    # --quit-after-startup: the start-up that reports its first paint (which leaves here).
    sys.argv = ["tether", "--quit-after-startup", *argv]
    return run()


def run_bare(argv: list[str]) -> int:
    """The bare baseline, leaving at the first paint."""
    from benchmarks import bare_baseline

    bare_baseline.milliseconds_since_start = _leave
    return bare_baseline.main(["bare_baseline.py", *argv])


def run_floor(argv: list[str]) -> int:
    """The feature floor, leaving at the first paint (it reports as the baseline does)."""
    from benchmarks import bare_baseline, feature_floor

    bare_baseline.milliseconds_since_start = _leave
    return feature_floor.main(["feature_floor.py", *argv])


def main(argv: list[str]) -> int:
    runners = {"tether": run_tether, "bare": run_bare, "floor": run_floor}
    if not argv or argv[0] not in runners:
        usage = "usage: python -m benchmarks.first_paint_exit tether|bare|floor ARGS..."
        print(usage, file=sys.stderr)
        return 2
    return runners[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
