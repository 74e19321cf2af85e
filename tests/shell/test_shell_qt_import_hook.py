"""PySide6's per-import check, lightened by the shell: nothing read, nothing kept.

Real modules written to tmp_path and imported for real, through PySide6's own import
hook (importing ``tether.shell`` lightens it, as the ``tether`` command does).
"""

from __future__ import annotations

import builtins
import linecache
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import tether.shell  # noqa: F401 - lightens the hook, as start-up does
from tether.shell.qt_import_hook import lighten_pyside_import_hook


@pytest.fixture
def module_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder importable for the test's length."""
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))


def test_no_module_is_read_and_none_has_its_source_kept(
    module_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (module_folder / "tether_hook_probe_qt.py").write_text(
        "from PySide6.QtCore import QObject\n\nVALUE = QObject\n", encoding="utf-8"
    )
    opened: list[str] = []
    real_open = builtins.open

    def watching_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", watching_open)
    # An import statement's way (PySide6 hooks __import__, not importlib's functions).
    __import__("tether_hook_probe_qt")
    monkeypatch.undo()

    feature = sys.modules["shibokensupport.feature"]
    assert feature.pyside_feature_dict["tether_hook_probe_qt"] == 0  # "no features"
    assert not any(name.endswith("tether_hook_probe_qt.py") for name in opened)
    assert "tether_hook_probe_qt.py" not in {Path(name).name for name in linecache.cache}


def test_a_module_that_switches_a_feature_on_gets_it_and_the_others_keep_qts_names(
    module_folder: Path,
) -> None:
    (module_folder / "tether_hook_probe_snake.py").write_text(
        "from PySide6.QtCore import QObject\n"
        "from __feature__ import snake_case  # noqa\n\n"
        "def name_of(thing):\n    return thing.object_name()\n",
        encoding="utf-8",
    )
    (module_folder / "tether_hook_probe_plain.py").write_text(
        "def name_of(thing):\n    return thing.objectName()\n", encoding="utf-8"
    )
    # A process of its own: switching a feature on changes PySide6 for the whole process.
    script = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "import tether.shell\n"
        "from PySide6.QtCore import QObject\n"
        "import tether_hook_probe_snake as snake, tether_hook_probe_plain as plain\n"
        "thing = QObject(); thing.setObjectName('probe')\n"
        "print(snake.name_of(thing), plain.name_of(thing), thing.objectName())\n"
    )

    result = subprocess.run(
        [sys.executable, "-c", script, str(module_folder)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["probe", "probe", "probe"]


def test_lightening_twice_changes_nothing_more() -> None:
    assert lighten_pyside_import_hook() is False
