"""Test configuration shared by every test: Qt offscreen, no real home directory."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Qt must not look for a display, and nothing a test starts may touch the real user's
# settings or data: every standard folder points into a temporary one for the session.
_HOME = Path(tempfile.mkdtemp(prefix="tether-tests-home-"))
# The offscreen screen is a common laptop's (its default, 800×800, is smaller than any
# desktop, and the window's panels would give way to the page on it); like the default
# it has no name. Tests started as subprocesses inherit it.
_SCREEN = _HOME / "offscreen-screen.json"
_SCREEN.write_text(
    '{"screens": [{"x": 0, "y": 0, "width": 1600, "height": 1000, "logicalDpi": 96}]}',
    encoding="utf-8",
)
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_HOME / _name.lower())
os.environ["HOME"] = str(_HOME)
os.environ.pop("TETHER_DATA_DIR", None)
# The interface in British English whatever the machine's language: the tests read its
# words, dates and times ("5 May 2025", "09:05"; Qt names the locale after LANGUAGE).
os.environ["LANGUAGE"] = "en_GB"

from disk_helpers import FullDisk  # noqa: E402
from tether.bundled import bundled_article_path  # noqa: E402 - after the environment is set
from tether.content import Article, load_article  # noqa: E402
from tether.i18n.install import install_language  # noqa: E402
from tether.store import Store  # noqa: E402

# English as `tether` starts it: the English catalogue gives the plural forms the code's
# source text leaves to it ("1 section"); a test that switches language switches back.
install_language("en")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder of the test's own (not created yet, as on a first start)."""
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    """A real store in a temporary folder."""
    with Store.open_in(data_dir) as opened:
        yield opened


@pytest.fixture(scope="session")
def bundled_article() -> Article:
    """The article Tether ships."""
    return load_article(bundled_article_path())


@pytest.fixture
def write_article(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write Markdown to a file in the test's folder and return its path."""

    def write(text: str, name: str = "article.md") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[FullDisk]:
    """A real file system that can run full: a 1 MB tmpfs mounted for the test.

    Mounting needs root (or CAP_SYS_ADMIN); where it is refused the test is skipped,
    and the reason says so. The file system is unmounted afterwards.
    """
    folder = tmp_path / "small-disk"
    folder.mkdir()
    if shutil.which("mount") is None:
        pytest.skip("a full disk needs a 1 MB tmpfs, and there is no mount command here")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0755", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(
            "a full disk needs a 1 MB tmpfs, and mounting one is not permitted here "
            f"(needs root or CAP_SYS_ADMIN): {mounted.stderr.strip()}"
        )
    try:
        yield FullDisk(folder)
    finally:
        subprocess.run(["umount", str(folder)], check=True)
