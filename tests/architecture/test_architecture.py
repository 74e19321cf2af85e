"""The shape of the code, as docs/architecture.md draws it, checked on every run."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from imports import SRC, import_graph, module_files, rings

ROOT = SRC.parent
MAX_LINES = 450
MAX_LOOSE_MODULES = 4
QT_FREE_LAYERS = ("tether.content", "tether.store")
QT_MODULE = re.compile(r"^\s*(?:from|import)\s+PySide6", re.M)
STORE_IMPORT = re.compile(r"from tether\.store[\w.]* import [^\n]*\bStore\b(?!Error)")
QT_WIDGETS = re.compile(r"^\s*from\s+PySide6(?:\.QtWidgets|\.QtPrintSupport)|QtWidgets", re.M)


def layer(module: str) -> str:
    """``tether.ui.page.article_view`` -> ``ui``; a top-level module is its own layer."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_no_two_modules_import_each_other_directly_or_in_a_ring() -> None:
    assert rings(import_graph()) == []


def test_every_module_is_short_enough_to_read_in_one_sitting() -> None:
    long = {
        str(path.relative_to(ROOT)): count
        for path in module_files().values()
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_few_modules_sit_loose_at_the_top_of_the_package() -> None:
    loose = sorted(p.name for p in (SRC / "tether").glob("*.py"))
    assert len(loose) <= MAX_LOOSE_MODULES, loose


def test_no_ui_folder_holds_more_than_about_fifteen_files() -> None:
    crowded = {
        str(folder.relative_to(ROOT)): count
        for folder in (SRC / "tether").rglob("*")
        if folder.is_dir() and (count := len(list(folder.glob("*.py")))) > 16
    }
    assert crowded == {}


@pytest.mark.parametrize("package", QT_FREE_LAYERS)
def test_content_and_store_know_neither_qt_nor_each_other(package: str) -> None:
    other = {"tether.content": "store", "tether.store": "content"}[package]
    graph = import_graph()
    for module, path in module_files().items():
        if module == package or module.startswith(package + "."):
            assert not QT_MODULE.search(path.read_text(encoding="utf-8")), module
            assert not {d for d in graph[module] if layer(d) == other}, module


def test_models_never_import_widgets_or_windows() -> None:
    graph = import_graph()
    for module, path in module_files().items():
        if layer(module) == "models":
            assert not QT_WIDGETS.search(path.read_text(encoding="utf-8")), module
            assert not {d for d in graph[module] if layer(d) in {"ui", "present", "shell"}}


def test_the_look_is_qtgui_only_so_every_layer_that_draws_may_use_it() -> None:
    for module, path in module_files().items():
        if layer(module) == "look":
            assert not QT_WIDGETS.search(path.read_text(encoding="utf-8")), module


def test_export_never_imports_the_window_and_only_the_shell_imports_the_shell() -> None:
    graph = import_graph()
    for module, deps in graph.items():
        if layer(module) == "export":
            assert not {d for d in deps if layer(d) in {"ui", "present", "shell"}}, module
        if layer(module) != "shell" and module != "tether.__main__":
            assert not {d for d in deps if layer(d) == "shell"}, module


def test_only_the_shell_names_the_main_window() -> None:
    graph = import_graph()
    naming = sorted(m for m, deps in graph.items() if "tether.ui.main_window" in deps)
    assert all(layer(module) == "shell" for module in naming), naming


def test_no_widget_holds_the_store() -> None:
    graph = import_graph()
    for module, deps in graph.items():
        if layer(module) in {"ui", "present"}:
            store = {d for d in deps if layer(d) == "store"}
            assert store <= {"tether.store", "tether.store.errors"}, (module, store)
            source = module_files()[module].read_text(encoding="utf-8")
            assert not STORE_IMPORT.search(source), module


# Tether's MainWindow made by hand (Qt's own QMainWindow, as the feature floor makes one,
# is not Tether's window).
TETHER_WINDOW_MADE = re.compile(r"(?<![A-Za-z0-9_])MainWindow\(")


def test_tests_and_benchmarks_build_the_window_the_app_ships() -> None:
    constructions = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in ("tests", "benchmarks")
        for path in (ROOT / folder).rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if TETHER_WINDOW_MADE.search(line) and path != Path(__file__)
    ]
    assert constructions == []


def test_every_layer_may_mark_words_for_translation_but_only_qt_layers_load_catalogues() -> None:
    """``tether.i18n`` itself is Qt-free (content and store translate their messages with
    it); choosing and loading catalogues (``tether.i18n.install``) is QtCore's work."""
    graph = import_graph()
    root = module_files()["tether.i18n"]
    assert not QT_MODULE.search(root.read_text(encoding="utf-8"))
    assert {d for d in graph["tether.i18n"] if d.startswith("tether.")} == set()
    for module in module_files():
        if layer(module) in {"content", "store"}:
            assert "tether.i18n.install" not in graph[module], module
    assert {layer(d) for d in graph["tether.i18n.install"]} <= {"i18n", "bundled"}
