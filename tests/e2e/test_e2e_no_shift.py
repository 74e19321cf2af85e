"""The page first, the rest right behind it, and nothing moves (issue 19).

Start-up paints the page, then builds what waits for that first paint; the reader must
not see the text jump when it arrives. Each test runs the real start-up
(``tether.shell.main.main``) in a subprocess through ``layout_probe.py``, which renders
the window right after the page's first paint and again once the deferred work is done
(``--quit-after-startup`` waits for it), and compares where the page's text is.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.e2e

PROBE = Path(__file__).with_name("layout_probe.py")
# The conftest fixture: a probe script run with this venv's Python, in the test's home.
RunProbe = Callable[..., subprocess.CompletedProcess[str]]
TIMEOUT_S = 90


def probe(run_probe: RunProbe, data_dir: Path) -> dict[str, Any]:
    """Start Tether on ``data_dir``; where its text was at first paint and at the end."""
    result = run_probe(PROBE, "--quit-after-startup", "--data-dir", data_dir, timeout_s=TIMEOUT_S)
    assert result.returncode == 0, result.stderr
    assert "complete_ms=" in result.stdout
    line = next(line for line in result.stdout.splitlines() if line.startswith("PROBE "))
    return dict(json.loads(line.removeprefix("PROBE ")))


def test_the_text_stays_in_place_when_the_rest_of_the_window_arrives(
    tmp_path: Path, run_probe: RunProbe
) -> None:
    seen = probe(run_probe, tmp_path / "data")

    assert seen["first"] is not None, "the page showed no text at its first paint"
    assert seen["page_last"] == seen["page_first"]
    assert seen["last"] == seen["first"]


@pytest.mark.parametrize("theme", ["dark", "high-contrast"])
def test_the_text_stays_in_place_in_a_theme_of_the_readers_choice(
    tmp_path: Path, run_probe: RunProbe, theme: str
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "settings.ini").write_text(f"[preferences]\ntheme={theme}\n")

    seen = probe(run_probe, data_dir)

    assert seen["first"] is not None
    assert seen["page_last"] == seen["page_first"]
    assert seen["last"] == seen["first"]


def test_speaker_notes_shown_are_on_the_page_from_its_first_paint(
    tmp_path: Path, run_probe: RunProbe
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    # The presenter's choice, kept from last time: the "Note:" quotes are on the page.
    (data_dir / "settings.ini").write_text("[preferences]\nshow_speaker_notes=1\n")

    seen = probe(run_probe, data_dir)

    assert seen["first"] is not None
    assert seen["page_last"] == seen["page_first"]
    assert seen["last"] == seen["first"]
