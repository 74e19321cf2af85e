"""Tether at home on a desktop, seen from outside the real ``tether`` command.

Qt's own command-line options reach Qt and the rest reach Tether; a second ``tether``
carries its launcher's activation token to the running one; on X11 the window carries
the application id the desktop file names.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tether.shell.desktop import APP_ID
from tether.shell.handover import HandOver
from tether.shell.instance import SingleInstance
from tether.store import ensure_private_dir

pytestmark = pytest.mark.e2e

TETHER = Path(sys.executable).with_name("tether")
PROBE = Path(__file__).with_name("direction_probe.py")
TIMEOUT_S = 60
WAIT_S = 30.0
TIMEOUT_MS = int(WAIT_S * 1000)
ARTICLE = """\
# Handed On

## Only Part

Text.
"""


def _probe(env: dict[str, str], cwd: Path, *args: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, str(PROBE), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("PROBE "))
    return dict(json.loads(line.removeprefix("PROBE ")))


def test_tether_reverse_lays_the_window_out_right_to_left(
    tmp_path: Path, tether_env: dict[str, str]
) -> None:
    data = ["--quit-after-startup", "--data-dir", str(tmp_path / "data")]

    mirrored = _probe(tether_env, tmp_path, "-reverse", *data)
    plain = _probe(tether_env, tmp_path, *data)

    assert mirrored["direction"] == mirrored["window_direction"] == "RightToLeft"
    assert plain["direction"] == "LeftToRight"
    # The menu bar starts at the right-hand edge, as a right-to-left reader expects.
    assert int(str(mirrored["first_menu_x"])) > int(str(mirrored["menu_bar_width"])) // 2
    assert int(str(plain["first_menu_x"])) < int(str(plain["menu_bar_width"])) // 2
    # Qt took its option out; Tether's own arguments are all that is left.
    assert mirrored["arguments"] == data


def test_the_platform_option_chooses_qts_platform_without_a_display(
    run_tether: Callable[..., subprocess.CompletedProcess[str]],
    tether_env: dict[str, str],
    tmp_path: Path,
) -> None:
    for variable in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        tether_env.pop(variable, None)

    result = run_tether(
        "-platform", "offscreen", "--quit-after-startup", "--data-dir", tmp_path / "data"
    )

    assert result.returncode == 0, result.stderr
    assert "startup_ms=" in result.stdout


def test_help_still_answers_and_needs_no_display(
    run_tether: Callable[..., subprocess.CompletedProcess[str]], tether_env: dict[str, str]
) -> None:
    for variable in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        tether_env.pop(variable, None)

    result = run_tether("--help")

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: tether")
    assert "--data-dir" in result.stdout


def test_an_unknown_option_is_still_refused_after_qt_has_read_its_own(
    run_tether: Callable[..., subprocess.CompletedProcess[str]], tmp_path: Path
) -> None:
    result = run_tether("-reverse", "--no-such-option", "--data-dir", tmp_path / "data")

    assert result.returncode == 2
    assert "unrecognized arguments: --no-such-option" in result.stderr


def test_a_second_tether_hands_its_launchers_token_to_the_running_one(
    qtbot: QtBot,
    tmp_path: Path,
    tether_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The running Tether is this test: a real lock and a real socket, where the second
    # Tether's environment says its runtime folder is.
    monkeypatch.setenv("XDG_RUNTIME_DIR", tether_env["XDG_RUNTIME_DIR"])
    data_dir = tmp_path / "data"
    ensure_private_dir(data_dir)
    article = tmp_path / "handed.md"
    article.write_text(ARTICLE, encoding="utf-8")
    with SingleInstance(data_dir) as running:
        assert running.claim()
        running.listen()
        assert running.listening()
        env = {**tether_env, "XDG_ACTIVATION_TOKEN": "kwin-4711_ab.c"}

        with qtbot.waitSignal(running.handed_over, timeout=TIMEOUT_MS) as received:
            second = subprocess.Popen(
                [str(TETHER), "--data-dir", str(data_dir), str(article)],
                cwd=tmp_path,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        _, stderr = second.communicate(timeout=TIMEOUT_S)

    assert second.returncode == 0, stderr
    assert received.args is not None
    assert received.args[0] == HandOver(article, None, "kwin-4711_ab.c")


def test_a_gtk_launchers_startup_id_is_handed_over_as_the_token(
    qtbot: QtBot,
    tmp_path: Path,
    tether_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", tether_env["XDG_RUNTIME_DIR"])
    data_dir = tmp_path / "data"
    ensure_private_dir(data_dir)
    with SingleInstance(data_dir) as running:
        assert running.claim()
        running.listen()
        env = {**tether_env, "DESKTOP_STARTUP_ID": "gnome-shell/Tether/2-2-host_TIME42"}
        env.pop("XDG_ACTIVATION_TOKEN", None)

        with qtbot.waitSignal(running.handed_over, timeout=TIMEOUT_MS) as received:
            second = subprocess.Popen(
                [str(TETHER), "--data-dir", str(data_dir)],
                cwd=tmp_path,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        _, stderr = second.communicate(timeout=TIMEOUT_S)

    assert second.returncode == 0, stderr
    assert received.args is not None
    assert received.args[0] == HandOver(None, None, "gnome-shell/Tether/2-2-host_TIME42")


@pytest.fixture
def x_display(tmp_path: Path) -> Iterator[str]:
    """A private X server (Xvfb) for this test; its display name."""
    missing = [tool for tool in ("Xvfb", "xdotool", "xprop") if shutil.which(tool) is None]
    assert not missing, (
        f"{', '.join(missing)} not installed: packaging/bootstrap test installs them "
        "(apt-get install xvfb xdotool x11-utils)"
    )
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as announced:
        number = announced.readline().strip()  # Xvfb writes it once it accepts clients
    try:
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=TIMEOUT_S)


def _window_of(display: str, env: dict[str, str], proc: subprocess.Popen[str]) -> str:
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()[1]
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--classname", APP_ID],
            env={**env, "DISPLAY": display},
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
        ).stdout.split()
        if found:
            return found[0]
        time.sleep(0.1)
    raise AssertionError(f"no visible window with the class name {APP_ID}")


def test_on_x11_the_window_carries_the_application_id_the_desktop_file_names(
    x_display: str, tether_env: dict[str, str], tmp_path: Path
) -> None:
    env = {**tether_env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": x_display}
    env.pop("RESOURCE_NAME", None)
    tether = subprocess.Popen(
        [str(TETHER), "--data-dir", str(tmp_path / "data")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        window = _window_of(x_display, env, tether)
        properties = subprocess.run(
            ["xprop", "-id", window, "WM_CLASS", "_GTK_APPLICATION_ID", "_KDE_NET_WM_DESKTOP_FILE"],
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=True,
        ).stdout
    finally:
        tether.terminate()
        tether.communicate(timeout=TIMEOUT_S)

    assert f'WM_CLASS(STRING) = "{APP_ID}", "Tether"' in properties
    assert f'_GTK_APPLICATION_ID(UTF8_STRING) = "{APP_ID}"' in properties
    assert f'_KDE_NET_WM_DESKTOP_FILE(UTF8_STRING) = "{APP_ID}"' in properties
