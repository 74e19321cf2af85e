"""Runs Tether's start-up and sends it SIGTERM while the window's second stage is built.

Usage: ``python termination_probe.py [tether arguments...]``

This is ``tether.shell.main.main`` itself, with the Reflections panel's build wrapped so
that, the first time it starts, the process sends itself SIGTERM and prints
``SIGNALLED``. Python runs a signal handler between any two bytecodes, so Tether's
handler then runs in the middle of that build (with the panel half made) unless it
leaves the work to the event loop. Prints ``RETURNED <code>`` when ``main()`` returns.
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

from tether.shell.main import main
from tether.ui.panels.docks import ReflectionsDock


def run(argv: list[str]) -> int:
    build = ReflectionsDock._build
    sent = []

    def build_then_terminate(self: Any) -> None:
        if not sent:
            sent.append(True)
            print("SIGNALLED", flush=True)
            os.kill(os.getpid(), signal.SIGTERM)
        build(self)

    ReflectionsDock._build = build_then_terminate  # type: ignore[method-assign]
    code = main(argv)
    print(f"RETURNED {code}", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
