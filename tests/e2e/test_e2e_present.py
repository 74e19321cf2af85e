"""``tether --present [--screen NAME|N] [--section ID] [--duration MIN]`` as a facilitator runs it.

The real command runs on Qt's offscreen platform with a screens file: a 1280×720 laptop
and a 1920×1080 projector. With ``--quit-after-startup`` it prints one line about the
presentation once the room's window has been painted, then ``startup_ms=N``.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.e2e

RunTether = Callable[..., subprocess.CompletedProcess[str]]
SECTION = "what-disconnection-looks-like-in-practice"
PRESENTING = re.compile(r"^presenting=yes (?P<fields>.*)$", re.MULTILINE)


def screen(name: str, x: int, width: int, height: int, y: int = 0) -> dict[str, Any]:
    return {
        "name": name,
        "x": x,
        "y": y,
        "width": width,
        "height": height,
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }


LAPTOP = screen("laptop", 0, 1280, 720)
PROJECTOR = screen("projector", 1280, 1920, 1080)


def platform(tmp_path: Path, *screens: dict[str, Any]) -> dict[str, str]:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": list(screens)}), encoding="utf-8")
    return {"QT_QPA_PLATFORM": f"offscreen:configfile={config}"}


def presenting(result: subprocess.CompletedProcess[str]) -> dict[str, str]:
    """The fields of the ``presenting=yes …`` line (fails if there is none)."""
    assert result.returncode == 0, result.stderr
    match = PRESENTING.search(result.stdout)
    assert match is not None, result.stdout
    return dict(field.split("=", 1) for field in match.group("fields").split())


def test_present_puts_the_section_on_the_projector_and_the_console_on_the_laptop(
    run_tether: RunTether, tmp_path: Path
) -> None:
    result = run_tether(
        "--present",
        "--section",
        SECTION,
        "--quit-after-startup",
        "--data-dir",
        tmp_path / "data",
        env=platform(tmp_path, LAPTOP, PROJECTOR),
    )

    fields = presenting(result)
    assert fields["section"] == SECTION
    assert fields["page"].startswith("1/")
    assert fields["audience"] == "projector"
    assert fields["console"] == "laptop"
    assert int(fields["body_px"]) >= 0.03 * 1080
    assert "countdown" not in fields
    assert re.search(r"^startup_ms=\d+$", result.stdout, re.MULTILINE)


@pytest.mark.parametrize(
    ("choice", "audience", "console"),
    [("laptop", "laptop", "projector"), ("2", "projector", "laptop"), ("1", "laptop", "projector")],
)
def test_screen_chooses_the_rooms_screen_by_name_or_number(
    run_tether: RunTether, tmp_path: Path, choice: str, audience: str, console: str
) -> None:
    result = run_tether(
        "--present",
        "--screen",
        choice,
        "--quit-after-startup",
        "--data-dir",
        tmp_path / "data",
        env=platform(tmp_path, LAPTOP, PROJECTOR),
    )

    fields = presenting(result)
    assert (fields["audience"], fields["console"]) == (audience, console)


def test_an_unknown_screen_is_reported_and_the_usual_choice_made(
    run_tether: RunTether, tmp_path: Path
) -> None:
    result = run_tether(
        "--present",
        "--screen",
        "HDMI-7",
        "--quit-after-startup",
        "--data-dir",
        tmp_path / "data",
        env=platform(tmp_path, LAPTOP, PROJECTOR),
    )

    fields = presenting(result)
    assert "no screen “HDMI-7”; screens are: 1. laptop, 2. projector" in result.stderr
    assert fields["audience"] == "projector"


def test_the_screen_chosen_before_is_remembered_by_name(
    run_tether: RunTether, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "settings.ini").write_text("[preferences]\npresent_screen=laptop\n")

    result = run_tether(
        "--present",
        "--quit-after-startup",
        "--data-dir",
        data_dir,
        env=platform(tmp_path, LAPTOP, PROJECTOR),
    )

    assert presenting(result)["audience"] == "laptop"


def test_one_screen_has_no_console_and_large_type(run_tether: RunTether, tmp_path: Path) -> None:
    result = run_tether(
        "--present",
        "--quit-after-startup",
        "--data-dir",
        tmp_path / "data",
        env=platform(tmp_path, screen("hd", 0, 1280, 720)),
    )

    fields = presenting(result)
    assert fields["audience"] == "hd"
    assert fields["console"] == "none"
    assert int(fields["body_px"]) >= 0.03 * 720


def test_mirrored_screens_count_as_one(run_tether: RunTether, tmp_path: Path) -> None:
    mirror = screen("projector", 0, 1280, 720)
    result = run_tether(
        "--present",
        "--quit-after-startup",
        "--data-dir",
        tmp_path / "data",
        env=platform(tmp_path, LAPTOP, mirror),
    )

    assert presenting(result)["console"] == "none"


def test_duration_starts_a_countdown(run_tether: RunTether, tmp_path: Path) -> None:
    result = run_tether(
        "--present",
        "--duration",
        "20",
        "--quit-after-startup",
        "--data-dir",
        tmp_path / "data",
        env=platform(tmp_path, LAPTOP, PROJECTOR),
    )

    assert presenting(result)["countdown"] == "1200s"


@pytest.mark.parametrize("minutes", ["twenty", "0", "-5"])
def test_a_duration_that_is_not_a_number_of_minutes_is_refused(
    run_tether: RunTether, tmp_path: Path, minutes: str
) -> None:
    result = run_tether(
        "--present", "--duration", minutes, "--quit-after-startup", "--data-dir", tmp_path / "d"
    )

    assert result.returncode == 2
    assert "--duration" in result.stderr


def test_without_present_tether_opens_as_a_reader(run_tether: RunTether, tmp_path: Path) -> None:
    result = run_tether(
        "--quit-after-startup",
        "--data-dir",
        tmp_path / "data",
        env=platform(tmp_path, LAPTOP, PROJECTOR),
    )

    assert result.returncode == 0, result.stderr
    assert "presenting=" not in result.stdout
    assert re.search(r"^startup_ms=\d+$", result.stdout, re.MULTILINE)
