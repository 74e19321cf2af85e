"""Two screens and more: where the room's window and the console go, and unplugging.

Each test runs ``present_driver.py`` in a subprocess on Qt's offscreen platform with a
screens file (``offscreen:configfile=…``): a 1280×720 laptop and a 1920×1080 projector.
Unplugging is real: the driver gives the offscreen platform a new list of screens, and
Qt removes the screen as it does when a cable is pulled.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from offscreen_screens import screen, write_config

DRIVER = Path(__file__).with_name("present_driver.py")
LAPTOP = screen("laptop", 0, 0, 1280, 720)
PROJECTOR = screen("projector", 1280, 0, 1920, 1080)
MIRRORED_PROJECTOR = screen("projector", 0, 0, 1280, 720)
SIDE_MONITOR = screen("monitor", 3200, 0, 1600, 900)
TIMEOUT_S = 60


def run_driver(
    tmp_path: Path,
    screens: list[dict[str, Any]],
    steps: list[list[Any]],
    settings: str = "",
    **scenario: Any,
) -> dict[str, Any]:
    """Run a scenario and return the driver's report."""
    data_dir = tmp_path / "run"
    data_dir.mkdir(exist_ok=True)
    if settings:
        (data_dir / "settings.ini").write_text(settings, encoding="utf-8")
    config = write_config(tmp_path / "screens.json", screens)
    scenario_file = tmp_path / "scenario.json"
    scenario_file.write_text(
        json.dumps({"data_dir": str(data_dir), "steps": steps, **scenario}), encoding="utf-8"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = subprocess.run(
        [sys.executable, str(DRIVER), str(scenario_file)],
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def full_screen_on(info: dict[str, Any], config: dict[str, Any]) -> bool:
    return (
        info["visible"]
        and info["full_screen"]
        and info["screen"] == config["name"]
        and info["geometry"] == [config["x"], config["y"], config["width"], config["height"]]
    )


def test_with_two_screens_the_room_gets_the_other_screen_and_the_console_this_one(
    tmp_path: Path,
) -> None:
    report = run_driver(tmp_path, [LAPTOP, PROJECTOR], [["start"], ["observe"]])

    assert report["main_screen"] == "laptop"
    seen = report["snapshots"][0]
    assert full_screen_on(seen["audience"], PROJECTOR)
    assert full_screen_on(seen["console"], LAPTOP)
    assert not seen["main_visible"]
    assert sorted(seen["visible_windows"]) == [
        ["audience-window", "projector"],
        ["presenter-console", "laptop"],
    ]
    assert not seen["private_text_visible"]


def test_the_room_gets_the_laptop_when_the_main_window_is_on_the_projector(
    tmp_path: Path,
) -> None:
    report = run_driver(
        tmp_path, [LAPTOP, PROJECTOR], [["start"], ["observe"]], main_screen="projector"
    )

    seen = report["snapshots"][0]
    assert full_screen_on(seen["audience"], LAPTOP)
    assert full_screen_on(seen["console"], PROJECTOR)


def test_the_screen_chosen_in_the_menu_is_used_by_name(tmp_path: Path) -> None:
    report = run_driver(
        tmp_path,
        [LAPTOP, PROJECTOR, SIDE_MONITOR],
        [["start"], ["observe"]],
        settings="[preferences]\npresent_screen=monitor\n",
    )

    seen = report["snapshots"][0]
    assert full_screen_on(seen["audience"], SIDE_MONITOR)
    assert full_screen_on(seen["console"], LAPTOP)


def test_asking_for_the_main_windows_screen_puts_the_console_on_another(tmp_path: Path) -> None:
    report = run_driver(tmp_path, [LAPTOP, PROJECTOR], [["start"], ["observe"]], choice="1")

    seen = report["snapshots"][0]
    assert full_screen_on(seen["audience"], LAPTOP)
    assert full_screen_on(seen["console"], PROJECTOR)


def test_mirrored_screens_count_as_one_and_hide_every_private_window(tmp_path: Path) -> None:
    report = run_driver(tmp_path, [LAPTOP, MIRRORED_PROJECTOR], [["start"], ["observe"]])

    seen = report["snapshots"][0]
    assert seen["audience"]["visible"]
    assert seen["audience"]["full_screen"]
    assert not seen["console"]["visible"]
    assert [name for name, _ in seen["visible_windows"]] == ["audience-window"]
    assert not seen["private_text_visible"]


def test_swapping_screens_swaps_them_and_remembers_the_rooms_screen(tmp_path: Path) -> None:
    report = run_driver(
        tmp_path,
        [LAPTOP, PROJECTOR],
        [["start"], ["click", "swap-button"], ["observe"], ["key", "S"], ["observe"]],
    )

    swapped, back = report["snapshots"]
    assert full_screen_on(swapped["audience"], LAPTOP)
    assert full_screen_on(swapped["console"], PROJECTOR)
    assert full_screen_on(back["audience"], PROJECTOR)
    assert full_screen_on(back["console"], LAPTOP)
    assert report["remembered_screen"] == "projector"


def test_unplugging_the_projector_pauses_and_never_shows_the_room_window_on_the_laptop(
    tmp_path: Path,
) -> None:
    report = run_driver(
        tmp_path,
        [LAPTOP, PROJECTOR],
        [
            ["start"],
            ["key", "PageDown"],
            ["observe"],
            ["screens", [LAPTOP]],
            ["observe"],
            ["key", "F5"],
            ["observe"],
        ],
    )

    before, unplugged, after_f5 = report["snapshots"]
    assert before["audience"]["screen"] == "projector"
    assert unplugged["screens"] == ["laptop"]
    assert not unplugged["audience"]["visible"]
    assert full_screen_on(unplugged["console"], LAPTOP)
    assert "“projector” was disconnected" in unplugged["banner"]
    assert "resume-on-laptop" in unplugged["banner_buttons"]
    assert not unplugged["elapsed_running"]
    assert unplugged["presenting"]
    assert unplugged["place"] == before["place"]
    assert not unplugged["main_visible"]
    assert not unplugged["private_text_visible"]
    assert not after_f5["audience"]["visible"], "a stray F5 does not put the room's page up"
    assert report["audience_seen_on"] == ["projector"]


def test_after_an_unplug_the_talk_can_go_on_on_the_laptop(tmp_path: Path) -> None:
    report = run_driver(
        tmp_path,
        [LAPTOP, PROJECTOR],
        [
            ["start"],
            ["screens", [LAPTOP]],
            ["click", "resume-on-laptop"],
            ["observe"],
            ["key", "Escape"],
            ["observe"],
        ],
    )

    going_on, stopped = report["snapshots"]
    assert full_screen_on(going_on["audience"], LAPTOP)
    assert not going_on["console"]["visible"]
    assert going_on["banner"] == ""
    assert going_on["elapsed_running"]
    assert [name for name, _ in going_on["visible_windows"]] == ["audience-window"]
    assert not stopped["presenting"]
    assert stopped["main_visible"]


def test_when_the_projector_comes_back_the_console_offers_it(tmp_path: Path) -> None:
    report = run_driver(
        tmp_path,
        [LAPTOP, PROJECTOR],
        [
            ["start"],
            ["screens", [LAPTOP]],
            ["screens", [LAPTOP, PROJECTOR]],
            ["observe"],
            ["click", "resume-on-projector"],
            ["observe"],
        ],
    )

    offered, resumed = report["snapshots"]
    assert "resume-on-projector" in offered["banner_buttons"]
    assert not offered["audience"]["visible"]
    assert full_screen_on(resumed["audience"], PROJECTOR)
    assert full_screen_on(resumed["console"], LAPTOP)
    assert resumed["banner"] == ""


def test_losing_the_consoles_screen_keeps_the_room_going_without_the_console(
    tmp_path: Path,
) -> None:
    report = run_driver(
        tmp_path,
        [LAPTOP, PROJECTOR, SIDE_MONITOR],
        [["start"], ["observe"], ["screens", [LAPTOP, PROJECTOR]], ["observe"]],
        main_screen="monitor",
        choice="projector",
    )

    before, after = report["snapshots"]
    assert full_screen_on(before["console"], SIDE_MONITOR)
    assert full_screen_on(after["audience"], PROJECTOR)
    assert not after["console"]["visible"]
    assert not after["private_text_visible"]
    assert [name for name, _ in after["visible_windows"]] == ["audience-window"]
