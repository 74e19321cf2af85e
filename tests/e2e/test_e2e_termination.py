"""SIGTERM (logging out, ``kill``) quits cleanly whenever it comes.

Found under load: a SIGTERM that arrived while the window's second stage was being built
(right after the first paint) ran Tether's handler in the middle of that build; the
handler saved the reflection editor's text before the editor existed, failed, and the
window never closed (the desktop test waited 60 s for it to quit). The handler now
leaves the save and the quit to the event loop, after what is running has finished.
Each test runs the real start-up in a subprocess through ``termination_probe.py``.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tether.store.database import DATABASE_NAME

pytestmark = pytest.mark.e2e

PROBE = Path(__file__).with_name("termination_probe.py")
# The conftest fixture: a probe script run with this venv's Python, in the test's home.
RunProbe = Callable[..., subprocess.CompletedProcess[str]]
TIMEOUT_S = 60


def test_sigterm_while_the_rest_of_the_window_is_built_quits_cleanly(
    tmp_path: Path, run_probe: RunProbe
) -> None:
    data_dir = tmp_path / "data"

    done = run_probe(PROBE, "--data-dir", data_dir, timeout_s=TIMEOUT_S)

    assert "SIGNALLED" in done.stdout  # the signal came in the middle of the build
    assert done.returncode == 0, done.stderr
    assert "RETURNED 0" in done.stdout
    assert "Traceback" not in done.stderr
    assert (data_dir / DATABASE_NAME).is_file()
