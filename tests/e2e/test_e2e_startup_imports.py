"""Start-up does only what the first paint needs (issue 7).

Exporting, printing, presenting, the library window and every dialog are imported when
the reader first uses them; the hand-over socket is set up after the first
paint; the High Contrast theme's font is read only when that theme is used. Each test
runs the real start-up (``tether.shell.main.main``) in a subprocess, through
``startup_probe.py``, which notes what was loaded at the first Paint event of the page:
the answer depends only on the code, never on how fast the machine is. The panels'
contents and the features (the library, export, check-ins, Open Recent, speaker notes)
are built right after the first paint, the page first.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tether.look.fonts import HIGH_CONTRAST_FAMILY, READING_FAMILY
from tether.ui.first_paint import AT_LATEST_MS

pytestmark = pytest.mark.e2e

PROBE = Path(__file__).with_name("startup_probe.py")
# The conftest fixture: a probe script run with this venv's Python, in the test's home.
RunProbe = Callable[..., subprocess.CompletedProcess[str]]
TIMEOUT_S = 60
# Whole packages that only a command the reader chooses needs, but for the named modules.
DEFERRED_PACKAGES = {
    "tether.export.": {"tether.export.cli"},  # the command line's options
    "tether.present.": {"tether.present.cli", "tether.present.screen_menu"},  # the View menu
}
DEFERRED_MODULES = {
    "PySide6.QtPrintSupport",
    "tether.ui.export.dialog",
    "tether.ui.dialogs.preferences",
    "tether.ui.dialogs.shortcuts",
    "tether.ui.library.window",
    "tether.ui.library.row_delegate",
    "tether.models.library_order",
    "tether.store.backup",
    "tether.store.transfer",
    "tether.store.repair.salvage",
    "tether.store.repair.snapshot",
    # Check-ins: only the install module (the commands) is there at the start.
    "tether.store.history",
    "tether.models.history",
    "tether.ui.history.window",
    "tether.ui.history.chart",
    "tether.ui.history.versions",
    "tether.ui.history.return_bar",
    # The worker thread's pool that writes reflections: with the first save.
    "concurrent.futures",
}
AFTER_FIRST_PAINT = {"tether.shell.instance_server"}
# Qt classes nothing on the first screen uses, which Qt's Python bindings build only when
# looking for the type of an object they meet unannounced (an application-wide event
# filter meets every object that gets an event): each would cost start-up its enums.
NEVER_USED_AT_START = {
    "QtWidgets.QCalendarWidget",
    "QtWidgets.QFileDialog",
    "QtWidgets.QMessageBox",  # for errors and questions only: built when one is shown
    "QtWidgets.QWizard",
    "QtWidgets.QGraphicsScene",
    "QtWidgets.QMdiArea",
    "QtCore.QProcess",
    "QtCore.QThreadPool",
}
# Style options only a style written in Python meets as Python objects at the first paint.
DRAWN_BY_A_PYTHON_STYLE = {
    f"QtWidgets.QStyleOption{kind}"
    for kind in ("ToolBar", "Tab", "MenuItem", "Frame", "Header", "Button", "ToolButton")
}
# What screen readers are given (the article's links and boxes as elements, announcements)
# arrives with the rest of the window: QAccessible's classes wait for the first paint.
ACCESSIBILITY = {
    "QtGui.QAccessible",
    "QtGui.QAccessibleInterface",
    "QtWidgets.QAccessibleWidget",
    "tether.ui.a11y",
    "tether.ui.page.accessible_links",
}
# The rest of the window (issue 19, the page first): the panels' contents and the
# features arrive right after the first paint.
REST_OF_WINDOW = {
    "tether.ui.panels.sections_tree",
    "tether.ui.panels.signs_tree",
    "tether.ui.panels.lazy_list",
    "tether.ui.panels.reflection_editor",
    "tether.ui.panels.speaker_notes",
    "tether.ui.library.controller",
    "tether.ui.export.actions",
    "tether.ui.history.install",
    "tether.ui.recent_files",
}


def probe(run_probe: RunProbe, tmp_path: Path) -> dict[str, Any]:
    """Start Tether on a data folder of the test's own; what the probe saw at first paint."""
    data_dir = tmp_path / "data"
    result = run_probe(PROBE, "--quit-after-startup", "--data-dir", data_dir, timeout_s=TIMEOUT_S)
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("PROBE "))
    seen = json.loads(line.removeprefix("PROBE "))
    assert seen is not None, "the page was never painted"
    return dict(seen)


def deferred_among(modules: list[str]) -> list[str]:
    """The modules start-up should not have loaded by its first paint."""
    return [
        name
        for name in modules
        if name in DEFERRED_MODULES
        or any(name.startswith(pkg) and name not in kept for pkg, kept in DEFERRED_PACKAGES.items())
    ]


def test_export_printing_presenting_and_dialogs_are_not_loaded_before_the_first_paint(
    tmp_path: Path, run_probe: RunProbe
) -> None:
    seen = probe(run_probe, tmp_path)

    assert "tether.ui.main_window" in seen["modules"]  # the probe did see the start-up
    assert deferred_among(seen["modules"]) == []


def test_no_dataclass_outside_content_is_defined_before_the_first_paint(
    tmp_path: Path, run_probe: RunProbe
) -> None:
    # Each dataclass execs its generated methods as its module is imported (~0.5 ms on
    # a cold start): records the start-up loads are named tuples or plain classes.
    seen = probe(run_probe, tmp_path)
    loaded = [
        name
        for name in seen["modules"]
        if name.startswith("tether.") and not name.startswith("tether.content")
    ]

    assert "tether.store.records" in loaded  # the probe did see the store opened
    dataclasses_seen = [
        f"{name}.{key}"
        for name in loaded
        for key, value in vars(importlib.import_module(name)).items()
        if isinstance(value, type) and value.__module__ == name and dataclasses.is_dataclass(value)
    ]
    assert dataclasses_seen == []


def test_the_hand_over_socket_is_opened_after_the_first_paint(
    tmp_path: Path, run_probe: RunProbe
) -> None:
    seen = probe(run_probe, tmp_path)

    # A window that is never painted opens it after AT_LATEST_MS all the same; painted
    # sooner than that (as it always is here), it must not have been opened yet.
    if seen["ms_from_main"] < AT_LATEST_MS:
        assert AFTER_FIRST_PAINT.isdisjoint(seen["modules"])


def test_the_hand_over_socket_listens_without_pythons_socket_module(
    tmp_path: Path, run_probe: RunProbe
) -> None:
    seen = probe(run_probe, tmp_path)

    # The server is made from ``_socket`` itself: ``socket``'s enums and ``selectors``
    # would be ~0.5 MiB more in every running Tether (the client, which quits, uses it).
    assert "tether.shell.instance_server" in seen["modules_at_end"]
    assert {"socket", "selectors"}.isdisjoint(seen["modules_at_end"])


def test_the_panels_contents_and_the_features_are_built_after_the_first_paint(
    tmp_path: Path, run_probe: RunProbe
) -> None:
    seen = probe(run_probe, tmp_path)

    if seen["ms_from_main"] < AT_LATEST_MS:  # as for the socket: painted before the fallback
        assert REST_OF_WINDOW.isdisjoint(seen["modules"])


def test_no_qt_class_the_first_screen_does_not_use_is_built_before_the_first_paint(
    tmp_path: Path, run_probe: RunProbe
) -> None:
    seen = probe(run_probe, tmp_path)

    assert "QtWidgets.QTextBrowser" in seen["qt_classes"]  # the probe did see the page
    assert NEVER_USED_AT_START.isdisjoint(seen["qt_classes"])


def test_the_complete_window_builds_no_widget_class_it_does_not_use(
    tmp_path: Path, run_probe: RunProbe
) -> None:
    seen = probe(run_probe, tmp_path)

    # The panels' lists and editor are wrapped with their viewports (``wrap_viewport``):
    # asking any of them for its viewport would make the bindings build every widget
    # class they know to find its type (~12 ms and 1.3-2.3 MiB, after the first paint).
    assert "QtWidgets.QTreeView" in seen["qt_classes_at_end"]  # the panels were built
    assert NEVER_USED_AT_START.isdisjoint(seen["qt_classes_at_end"])


def test_tethers_own_style_arrives_with_the_complete_window_not_before_the_first_paint(
    tmp_path: Path, run_probe: RunProbe
) -> None:
    seen = probe(run_probe, tmp_path)

    # A style written in Python makes the bindings build a class for each kind of style
    # option drawn (tool bar, tab, menu item…): the first paint is plain Fusion's.
    assert seen["style"] != "ReaderStyle"
    assert DRAWN_BY_A_PYTHON_STYLE.isdisjoint(seen["qt_classes"])
    # Nor is the style asked anything from Python before it (the panels' room measures
    # its splitter; the save notice takes its icon when it first shows).
    assert "QtWidgets.QStyle" not in seen["qt_classes"]
    assert seen["style_at_end"] == "ReaderStyle"


def test_the_tether_command_imports_tether_with_the_cycle_collector_paused(
    tether_env: dict[str, str],
) -> None:
    # Collecting among the objects the imports make took ~14 ms of each start.
    script = (
        "import gc, sys\n"
        "seen = []\n"
        "class Watch:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.startswith(('tether.shell.', 'tether.ui.', 'tether.store.')):\n"
        "            seen.append(gc.isenabled())\n"
        "sys.meta_path.insert(0, Watch())\n"
        "sys.argv = ['tether', '--version']\n"
        "from tether.__main__ import run\n"
        "try:\n"
        "    run()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('SEEN', len(seen), any(seen), gc.isenabled())\n"
    )

    result = subprocess.run(
        [sys.executable, "-c", script],
        env=tether_env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )

    line = next(line for line in result.stdout.splitlines() if line.startswith("SEEN "))
    imported, any_with_collector, collector_after = line.split()[1:]
    assert int(imported) > 30  # Tether's modules were imported here…
    assert any_with_collector == "False"  # …each with the collector paused,
    assert collector_after == "True"  # and it is back on once main() is done


def test_what_screen_readers_are_given_is_built_after_the_first_paint(
    tmp_path: Path, run_probe: RunProbe
) -> None:
    seen = probe(run_probe, tmp_path)

    if seen["ms_from_main"] < AT_LATEST_MS:  # as for the socket: painted before the fallback
        assert ACCESSIBILITY.isdisjoint(seen["qt_classes"] + seen["modules"])


def test_a_start_in_a_theme_of_its_own_registers_only_the_reading_font(
    tmp_path: Path, run_probe: RunProbe
) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "settings.ini").write_text("[preferences]\ntheme=sepia\n")

    seen = probe(run_probe, tmp_path)

    assert seen["page_family"] == READING_FAMILY
    assert seen["registered_families"] == [READING_FAMILY]


def test_a_start_in_the_high_contrast_theme_sets_the_page_in_its_font(
    tmp_path: Path, run_probe: RunProbe
) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "settings.ini").write_text("[preferences]\ntheme=high-contrast\n")

    seen = probe(run_probe, tmp_path)

    assert seen["page_family"] == HIGH_CONTRAST_FAMILY
    assert HIGH_CONTRAST_FAMILY in seen["registered_families"]
