"""PySide6's per-import check, lightened by the shell: same answers, no source kept.

Real modules written to tmp_path and imported for real, through PySide6's own import
hook (importing ``tether.shell`` lightens it, as the ``tether`` command does).
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import tether.shell  # noqa: F401 - lightens the hook, as start-up does
from tether.shell.qt_import_hook import lighten_pyside_import_hook


@pytest.fixture
def module_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder importable for the test's length."""
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))


def pyside_says_it_uses_pyside(name: str) -> bool:
    """PySide6's record for a module: 0 = uses PySide6, -1 = ignore it."""
    feature = sys.modules["shibokensupport.feature"]
    return bool(feature.pyside_feature_dict[name] == 0)


def test_modules_are_told_apart_as_before_and_their_source_is_not_kept(
    module_folder: Path,
) -> None:
    (module_folder / "tether_hook_probe_qt.py").write_text(
        "from PySide6.QtCore import QObject\n\nVALUE = QObject\n", encoding="utf-8"
    )
    (module_folder / "tether_hook_probe_plain.py").write_text("VALUE = 1\n", encoding="utf-8")

    # An import statement's way (PySide6 hooks __import__, not importlib's functions).
    __import__("tether_hook_probe_qt")
    __import__("tether_hook_probe_plain")

    assert pyside_says_it_uses_pyside("tether_hook_probe_qt")
    assert not pyside_says_it_uses_pyside("tether_hook_probe_plain")
    kept = {Path(name).name for name in linecache.cache}
    assert kept.isdisjoint({"tether_hook_probe_qt.py", "tether_hook_probe_plain.py"})


def test_lightening_twice_changes_nothing_more() -> None:
    assert lighten_pyside_import_hook() is False
