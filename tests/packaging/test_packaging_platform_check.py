"""The pre-flight check of the system libraries Qt's X11 platform loads.

The probe is real: ctypes loads real libraries (and fails on made-up names).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tether.shell.platform_check import (
    GUI_LIBRARIES,
    XCB_LIBRARIES,
    install_advice,
    library_loads,
    missing_packages,
    xcb_platform_expected,
    xcb_preflight,
)

ROOT = Path(__file__).resolve().parents[2]
TETHER = Path(sys.executable).with_name("tether")
# Loaded by every Python on Linux: the C library itself.
PRESENT = "libc.so.6"
ABSENT = "libtether-no-such-library.so.9"


def test_a_library_that_loads_needs_no_package() -> None:
    assert library_loads(PRESENT)
    assert missing_packages({PRESENT: "libc6"}) == []


def test_a_library_that_does_not_load_is_named_by_its_package() -> None:
    assert not library_loads(ABSENT)
    assert missing_packages({PRESENT: "libc6", ABSENT: "tether-fake-package"}) == [
        "tether-fake-package"
    ]


def test_missing_packages_come_once_each_in_table_order() -> None:
    table = {
        "libtether-b.so.1": "pkg-b",
        PRESENT: "libc6",
        "libtether-a.so.1": "pkg-a",
        "libtether-b-extra.so.1": "pkg-b",
    }
    assert missing_packages(table) == ["pkg-b", "pkg-a"]


def test_a_copy_in_a_search_folder_is_loaded_before_the_system_ones(tmp_path: Path) -> None:
    found = subprocess.run(
        ["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True
    ).stdout
    system_copy = next(
        Path(line.split("=> ")[1]) for line in found.splitlines() if "libz.so.1 " in line
    )
    shutil.copyfile(system_copy, tmp_path / "libtether-copied.so.1")
    (tmp_path / "libtether-broken.so.1").write_bytes(b"not a library")
    assert library_loads("libtether-copied.so.1", [tmp_path])
    assert not library_loads("libtether-copied.so.1")
    assert not library_loads("libtether-broken.so.1", [tmp_path])


@pytest.mark.parametrize(
    ("environ", "platform", "expected"),
    [
        ({"DISPLAY": ":0"}, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb;wayland"}, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, "linux", False),
        ({}, "linux", False),
        ({"DISPLAY": ":0"}, "darwin", False),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "win32", False),
    ],
)
def test_the_check_runs_only_where_qt_will_start_its_x11_platform(
    environ: dict[str, str], platform: str, expected: bool
) -> None:
    assert xcb_platform_expected(environ, platform) is expected


def test_the_preflight_is_silent_where_the_libraries_are_installed() -> None:
    # packaging/bootstrap installs them for the tests.
    assert missing_packages({**GUI_LIBRARIES, **XCB_LIBRARIES}) == []
    assert xcb_preflight({"DISPLAY": ":0"}) is None


def test_the_advice_gives_the_apt_get_line_and_the_library_names() -> None:
    advice = install_advice(["libxcb-cursor0", "libxkbcommon-x11-0"])
    assert "sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0\n" in advice
    assert "libxcb-cursor.so.0" in advice
    assert "libxkbcommon-x11.so.0" in advice


def test_bootstrap_takes_its_list_of_packages_from_the_module() -> None:
    # Run as bootstrap does: a plain script, before Tether is installed anywhere.
    listed = subprocess.run(
        [
            sys.executable,
            "-I",
            "-S",  # no site-packages: Tether is not installed (bootstrap runs it first)
            str(ROOT / "src/tether/shell/platform_check.py"),
            "--debian-packages",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert listed == list(dict.fromkeys({**GUI_LIBRARIES, **XCB_LIBRARIES}.values()))
    bootstrap = (ROOT / "packaging/bootstrap").read_text(encoding="utf-8")
    assert "src/tether/shell/platform_check.py --missing-debian-packages" in bootstrap
    assert "libxcb-cursor" not in bootstrap  # one list, in one place


def test_the_script_lists_nothing_when_nothing_is_missing() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-I",
            "-S",  # no site-packages: Tether is not installed (bootstrap runs it first)
            str(ROOT / "src/tether/shell/platform_check.py"),
            "--missing-debian-packages",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout == ""


def _system_library(soname: str) -> Path:
    found = subprocess.run(
        ["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True
    ).stdout
    line = next(line for line in found.splitlines() if f"{soname} " in line)
    return Path(line.split("=> ")[1]).resolve()


@pytest.mark.e2e
def test_tether_names_the_missing_package_instead_of_qts_plugin_error(tmp_path: Path) -> None:
    unshare = shutil.which("unshare") or "unshare"
    try:
        private = subprocess.run([unshare, "-m", "true"], capture_output=True, check=False)
    except FileNotFoundError:
        private = None
    if private is None or private.returncode != 0:
        pytest.skip("needs a private mount namespace (unshare -m, as root) to hide a library")
    # In a mount namespace of its own, the real libxcb-cursor is replaced by an empty file
    # for this one process: exactly what a system without libxcb-cursor0 looks like to Qt.
    library = _system_library("libxcb-cursor.so.0")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"}
    }
    env["DISPLAY"] = ":987"  # never reached: the check comes before Qt looks for it
    data = tmp_path / "data"
    hide_and_run = 'mount --bind /dev/null "$1" && shift && exec "$@"'
    tether = [str(TETHER), "--quit-after-startup", "--data-dir", str(data)]
    result = subprocess.run(
        [unshare, "-m", "sh", "-c", hide_and_run, "sh", str(library), *tether],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "Tether needs these system packages: sudo apt-get install libxcb-cursor0\n" in (
        result.stderr
    )
    assert "platform plugin" not in result.stderr
    assert not data.exists()
