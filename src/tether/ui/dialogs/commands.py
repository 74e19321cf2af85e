"""The main window's small dialogs: Preferences, Keyboard Shortcuts, About, and the
question asked before a link opens outside Tether. Each module is imported on first use."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMainWindow, QWidget

from tether import __version__
from tether.content.safety import link_question
from tether.i18n import translate
from tether.ui.appearance import Appearance
from tether.ui.page.article_resources import link_refusal

REFUSAL_MS = 6000


def show_preferences(parent: QWidget, appearance: Appearance) -> None:
    """File › Preferences."""
    from tether.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(appearance, parent)
    dialog.exec()
    dialog.deleteLater()


def show_shortcuts(parent: QWidget, actions: Iterable[QAction]) -> None:
    """Help › Keyboard Shortcuts."""
    from tether.ui.dialogs.shortcuts import ShortcutsDialog

    ShortcutsDialog(actions, parent).exec()


def show_about(parent: QWidget) -> None:
    """Help › About."""
    from PySide6.QtWidgets import QMessageBox  # a big class: built when first shown

    QMessageBox.about(
        parent,
        translate("MainWindow", "About Tether"),
        translate(
            "MainWindow",
            "Tether {version}\n\nAn offline reader for reflective articles. "
            "Your ticks and reflections stay on this computer.",
        ).format(version=__version__),
    )


def open_link_if_agreed(window: QMainWindow, url: QUrl, words: str) -> None:
    """A link the page cannot follow itself: refused with a word, or opened if agreed."""
    refusal = link_refusal(url)
    if refusal is not None:
        window.statusBar().showMessage(refusal, REFUSAL_MS)
        return
    from PySide6.QtWidgets import QMessageBox  # a big class: built when first shown

    answer = QMessageBox.question(
        window,
        translate("MainWindow", "Open Link?"),
        link_question(words, url.toString()),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer == QMessageBox.StandardButton.Open:
        QDesktopServices.openUrl(url)


def warn_cannot_open(parent: QWidget, reason: str) -> None:
    """Why an article the reader asked for cannot be opened, in a dialog."""
    from PySide6.QtWidgets import QMessageBox  # a big class: built when first shown

    QMessageBox.warning(parent, translate("MainWindow", "Cannot Open Article"), reason)


def choose_article_file(parent: QWidget, folder: Path) -> Path | None:
    """File › Open's dialog, starting in ``folder``: the file the reader chose, or None."""
    from PySide6.QtWidgets import QFileDialog  # a big class: not before the first paint

    kinds = translate("MainWindow", "Markdown articles ({patterns});;All files (*)")
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("MainWindow", "Open Article"),
        str(folder),
        kinds.format(patterns="*.md *.markdown *.txt"),
    )
    return Path(path) if path else None
