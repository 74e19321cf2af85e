"""Without a graphical display, ``tether`` says so in one line instead of Qt's long abort.

A console or SSH login has no ``DISPLAY`` and no Wayland session; Qt would abort with a
message about platform plugins. Exporting a worksheet needs no display and still works.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tether.shell.platform_check import NO_DISPLAY, display_missing, preflight

TETHER = Path(sys.executable).with_name("tether")
TIMEOUT_S = 60
DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET", "QT_QPA_PLATFORM")


def run_without_display(
    tether_env: dict[str, str], cwd: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    """Run the real command with no display: as from a console, on Linux."""
    env = {key: value for key, value in tether_env.items() if key not in DISPLAY_VARIABLES}
    env.pop("XDG_SESSION_TYPE", None)
    return subprocess.run(
        [str(TETHER), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )


@pytest.mark.e2e
def test_without_a_display_tether_says_so_in_one_line_and_exits_2(
    tether_env: dict[str, str], tmp_path: Path
) -> None:
    data = tmp_path / "data"

    result = run_without_display(tether_env, tmp_path, "--data-dir", str(data))

    assert result.returncode == 2
    assert result.stderr.splitlines() == [NO_DISPLAY]
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr
    assert "plugin" not in result.stderr
    assert not data.exists(), "nothing is written before the check"


@pytest.mark.e2e
def test_exporting_a_worksheet_needs_no_display(tether_env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"

    result = run_without_display(
        tether_env, tmp_path, "--export-worksheet", str(out), "--blank", "--data-dir", "data"
    )

    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("environ", "platform", "missing"),
    [
        ({}, "linux", True),
        ({"XDG_RUNTIME_DIR": "/nonexistent/runtime"}, "linux", True),
        ({"QT_QPA_PLATFORM": " "}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-1"}, "linux", False),
        ({"WAYLAND_SOCKET": "5"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", False),  # Qt, or the X11 check, will say
        ({}, "darwin", False),
        ({}, "win32", False),
    ],
)
def test_a_display_is_missing_only_where_nothing_names_one(
    environ: dict[str, str], platform: str, missing: bool
) -> None:
    assert display_missing(environ, platform) is missing


def test_a_wayland_session_on_its_default_socket_has_a_display(tmp_path: Path) -> None:
    (tmp_path / "wayland-0").touch()  # where Qt looks when WAYLAND_DISPLAY is unset

    assert not display_missing({"XDG_RUNTIME_DIR": str(tmp_path)}, "linux")


def test_the_preflight_names_the_missing_display_before_any_library() -> None:
    assert preflight({}) == (NO_DISPLAY if sys.platform.startswith("linux") else None)
