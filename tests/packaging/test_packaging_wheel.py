"""The wheel: what it carries, what it declares, and that an installed copy runs.

The wheel is built once for the module, offline (hatchling from the test extra, no build
isolation), then installed with pip into a folder of its own; Tether is started from
that copy, not from the source checkout.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
TIMEOUT_S = 120
PIP = (sys.executable, "-m", "pip", "--quiet", "--disable-pip-version-check")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from this checkout."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [*PIP, "wheel", "--no-deps", "--no-build-isolation", "--wheel-dir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=TIMEOUT_S,
    )
    (built,) = out.glob("tether_reader-*.whl")
    return built


@pytest.fixture(scope="module")
def names(wheel: Path) -> set[str]:
    """Every file in the wheel."""
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def _dist_info(wheel: Path, name: str) -> str:
    with zipfile.ZipFile(wheel) as archive:
        (path,) = [n for n in archive.namelist() if n.endswith(f".dist-info/{name}")]
        return archive.read(path).decode("utf-8")


def test_wheel_carries_every_file_of_the_resources_folder(names: set[str]) -> None:
    shipped = {
        f"tether/resources/{path.relative_to(RESOURCES).as_posix()}"
        for path in RESOURCES.rglob("*")
        if path.is_file()
    }
    assert shipped <= names, sorted(shipped - names)


def test_wheel_carries_the_article_style_fonts_with_licences_and_icons(names: set[str]) -> None:
    expected = {
        "tether/resources/articles/independence-is-not-disconnection.md",
        "tether/resources/styles/reader.css",
        "tether/resources/fonts/Literata-Regular.ttf",
        "tether/resources/fonts/OFL-Literata.txt",
        "tether/resources/fonts/AtkinsonHyperlegible-Regular.ttf",
        "tether/resources/fonts/OFL-AtkinsonHyperlegible.txt",
        "tether/resources/icons/tether.svg",
    } | {f"tether/resources/icons/tether-{size}.png" for size in (16, 32, 48, 64, 128, 256)}
    assert expected <= names, sorted(expected - names)


def test_wheel_carries_the_code_but_no_caches_tests_or_packaging(names: set[str]) -> None:
    assert {"tether/__init__.py", "tether/shell/main.py", "tether/shell/platform_check.py"} <= names
    unwanted = [
        n
        for n in names
        if "__pycache__" in n or n.endswith(".pyc") or n.startswith(("tests/", "packaging/"))
    ]
    assert unwanted == []


def test_wheel_declares_the_tether_command_as_a_gui_script(wheel: Path) -> None:
    entry_points = _dist_info(wheel, "entry_points.txt")
    section = entry_points.split("[gui_scripts]", 1)[1].split("[", 1)[0]
    assert "tether = tether.__main__:run" in section


def test_wheel_depends_on_pyside6_essentials_not_the_whole_pyside6(wheel: Path) -> None:
    metadata = Parser().parsestr(_dist_info(wheel, "METADATA"))
    runtime = {
        re.split(r"[\s<>=!~;\[(]", requirement, maxsplit=1)[0].lower()
        for requirement in metadata.get_all("Requires-Dist") or []
        if "extra ==" not in requirement
    }
    assert "pyside6-essentials" in runtime
    assert "pyside6" not in runtime


def test_an_installed_wheel_finds_its_bundled_article_and_starts(
    wheel: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [*PIP, "install", "--no-deps", "--no-index", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
        timeout=TIMEOUT_S,
    )
    probe = (
        "import sys, tether, tether.bundled as b\n"
        "from tether.shell.main import main\n"
        "print(tether.__file__)\n"
        "print(b.bundled_article_path())\n"
        "sys.stdout.flush()\n"
        "sys.exit(main(['--quit-after-startup', '--data-dir', sys.argv[1]]))\n"
    )
    # The installed copy comes first on the path, before the editable source checkout.
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "data")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    module, article, startup = result.stdout.splitlines()[:3]
    assert Path(module).is_relative_to(site)
    assert Path(article) == site / "tether/resources/articles/independence-is-not-disconnection.md"
    assert Path(article).is_file()
    assert startup.startswith("startup_ms=")
