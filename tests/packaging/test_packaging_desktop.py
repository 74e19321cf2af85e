"""Linux desktop integration: the .desktop file, AppStream metainfo, icons, install.sh.

desktop-file-validate (desktop-file-utils) and appstreamcli (appstream) are installed by
``packaging/bootstrap test``; elsewhere these tests are skipped without them, except in
CI, where a missing validator fails.
"""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import tether
from tether.shell.desktop import APP_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "packaging" / "icons"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
INSTALL = LINUX / "install.sh"
RAW_PREFIX = "https://raw.githubusercontent.com/tether-reader/tether/main/"
TIMEOUT_S = 60


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (apt-get install {package}; bootstrap test does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def _run(*command: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )


def _desktop_entry(path: Path = DESKTOP) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def _install(data_home: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    tether_command = Path(sys.executable).with_name("tether")
    return _run(INSTALL, "--data-home", data_home, "--exec", tether_command, *extra)


def test_desktop_file_passes_desktop_file_validate() -> None:
    result = _run(_tool("desktop-file-validate", "desktop-file-utils"), DESKTOP)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout + result.stderr == ""


def test_metainfo_passes_appstreamcli_validate_pedantic() -> None:
    appstreamcli = _tool("appstreamcli", "appstream")
    result = _run(appstreamcli, "validate", "--no-net", "--pedantic", METAINFO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation was successful." in result.stdout


def test_the_installed_files_pass_appstreamcli_validate_tree(tmp_path: Path) -> None:
    appstreamcli = _tool("appstreamcli", "appstream")
    installed = _install(tmp_path / "usr" / "share")
    assert installed.returncode == 0, installed.stderr
    result = _run(appstreamcli, "validate-tree", "--no-net", "--pedantic", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation was successful." in result.stdout


def test_the_installed_desktop_file_runs_the_given_program_and_stays_valid(
    tmp_path: Path,
) -> None:
    program = tmp_path / "my apps" / "tether"
    program.parent.mkdir()
    shutil.copy(Path(sys.executable).with_name("tether"), program)
    data_home = tmp_path / "share"
    installed = _run(INSTALL, "--data-home", data_home, "--exec", program)
    assert installed.returncode == 0, installed.stderr
    entry = _desktop_entry(data_home / "applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == f'"{program}" %F'
    assert entry["TryExec"] == str(program)
    validator = _tool("desktop-file-validate", "desktop-file-utils")
    result = _run(validator, data_home / "applications" / f"{APP_ID}.desktop")
    assert result.returncode == 0, result.stdout + result.stderr


def test_install_then_uninstall_leaves_none_of_tethers_files(tmp_path: Path) -> None:
    data_home = tmp_path / "share"
    assert _install(data_home).returncode == 0
    installed = {p.relative_to(data_home).as_posix() for p in data_home.rglob("*") if p.is_file()}
    assert {
        f"applications/{APP_ID}.desktop",
        f"metainfo/{APP_ID}.metainfo.xml",
        f"icons/hicolor/scalable/apps/{APP_ID}.svg",
        f"icons/hicolor/16x16/apps/{APP_ID}.png",
        f"icons/hicolor/512x512/apps/{APP_ID}.png",
    } <= installed
    removed = _run(INSTALL, "--uninstall", "--data-home", data_home)
    assert removed.returncode == 0, removed.stderr
    left = [p.name for p in data_home.rglob("*") if p.is_file() and "tether" in p.name]
    assert left == []


def test_the_desktop_file_offers_open_with_for_markdown_and_names_the_icon() -> None:
    entry = _desktop_entry()
    assert "text/markdown" in entry["MimeType"].split(";")
    assert entry["Exec"] == "tether %F"
    assert (ICONS / "tether.svg").is_file()


def test_one_application_id_names_the_desktop_file_icon_window_class_and_metainfo() -> None:
    entry = _desktop_entry()
    component = ET.parse(METAINFO).getroot()
    assert entry["Icon"] == APP_ID
    assert entry["StartupWMClass"] == APP_ID
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == f"{APP_ID}.desktop"
    assert sorted(path.name for path in LINUX.glob("*.desktop")) == [f"{APP_ID}.desktop"]
    # macOS knows the app by its bundle identifier.
    spec = (ROOT / "packaging" / "tether.spec").read_text(encoding="utf-8")
    assert f'bundle_identifier="{APP_ID}"' in spec


def test_an_earlier_install_under_the_old_name_is_replaced_not_doubled(tmp_path: Path) -> None:
    data_home = tmp_path / "share"
    old_entry = data_home / "applications" / "tether.desktop"
    old_entry.parent.mkdir(parents=True)
    old_entry.write_text(DESKTOP.read_text(encoding="utf-8"), encoding="utf-8")
    old_icon = data_home / "icons" / "hicolor" / "48x48" / "apps" / "tether.png"
    old_icon.parent.mkdir(parents=True)
    old_icon.write_bytes((ICONS / "tether-48.png").read_bytes())
    someone_elses = data_home / "applications" / "other.desktop"
    someone_elses.write_text("[Desktop Entry]\nName=Other\n", encoding="utf-8")

    assert _install(data_home).returncode == 0

    assert sorted(p.name for p in (data_home / "applications").glob("*.desktop")) == [
        f"{APP_ID}.desktop",
        "other.desktop",
    ]
    assert not old_icon.exists()


def test_the_metainfo_points_to_the_desktop_file_and_this_version() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    releases = component.findall("releases/release")
    assert releases[0].get("version") == tether.__version__
    assert component.find("content_rating[@type='oars-1.1']") is not None


def test_every_metainfo_screenshot_is_in_the_repository_with_its_size() -> None:
    images = ET.parse(METAINFO).getroot().findall("screenshots/screenshot/image")
    assert images
    for image in images:
        url = image.text or ""
        assert url.startswith(RAW_PREFIX), url
        path = ROOT / url.removeprefix(RAW_PREFIX)
        assert path.is_file(), f"{url}: no {path.relative_to(ROOT)} (run packaging/screenshots)"
        assert _png_size(path) == (int(image.get("width", 0)), int(image.get("height", 0))), url


def test_the_icons_have_the_sizes_their_names_say_and_the_app_has_the_same_design() -> None:
    for folder, sizes in (
        (ICONS, (16, 24, 32, 48, 64, 128, 256, 512)),
        (ROOT / "resources" / "icons", (16, 24, 32, 48, 64, 128, 256)),
    ):
        for size in sizes:
            assert _png_size(folder / f"tether-{size}.png") == (size, size)
    shipped = (ROOT / "resources" / "icons" / "tether.svg").read_bytes()
    assert shipped == (ICONS / "tether.svg").read_bytes()
    assert (ICONS / "tether.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ICONS / "tether.icns").read_bytes()[:4] == b"icns"
