"""Helpers for export tests: the reader's sample words, reading PDFs, answering dialogs."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pypdf
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QRadioButton

from tether.content import Article
from tether.store import Store
from tether.ui.export.actions import ExportCommands
from tether.ui.main_window import MainWindow

# Words no article holds, so finding them in a file can only mean the reader's data.
REFLECTIONS = {
    1: "Zebrafinch I ask for reassurance more than I admit.\nEspecially at work.",
    3: "Quokka thoughts: I learned early to be low-maintenance.\n\nA second paragraph here.",
    5: "# Marmoset is not a heading\n- nor a list item\n<script>alert('wombat')</script>",
}
PROMPTED_ARTICLE = """---
title: Small Steps
---

An opening line.

## Noticing

Signs of noticing:

- [ ] I pause before answering
- [ ] I name what I feel

> Reflect: When did you last pause before answering?

## Resting

Rest is part of the work.
"""


@dataclass(frozen=True)
class ReaderData:
    """What the reader ticked and wrote, as the tests check it."""

    article: Article
    ticked: frozenset[str]  # sign ids
    reflections: dict[str, str]  # section id -> text


@dataclass
class OpenWindow:
    """A main window with the export commands installed, over the test's store."""

    window: MainWindow
    commands: ExportCommands
    store: Store


# Words of the reader's own that no article holds.
READER_WORDS = ("Zebrafinch", "Quokka", "Marmoset", "wombat")


def normalise(text: str) -> str:
    """Text as pypdf extracts it, made comparable: ligatures undone, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def pdf_pages(path: Path) -> list[str]:
    """The normalised text of each page of a PDF."""
    return [normalise(page.extract_text()) for page in pypdf.PdfReader(path).pages]


def plain_lines(text: str) -> list[str]:
    """The reader's text as the lines a worksheet shows, without Markdown escapes."""
    lines = (html.unescape(re.sub(r"\\(.)", r"\1", line)).strip() for line in text.splitlines())
    return [line for line in lines if line]


# Given a modal dialog, do something with it; False means "not ready, ask again later".
DialogHandler = Callable[[QDialog], bool]
POLL_MS = 10


@dataclass
class Dialogs:
    """While active, hands each modal dialog that opens to the next handler, in order.

    A modal dialog runs its own event loop, so the test cannot reach it after the call
    that opened it; a timer looks for it instead. ``seen`` lists the dialogs' titles.
    """

    handlers: list[DialogHandler]
    seen: list[str] = field(default_factory=list)
    _active: bool = False
    _current: QDialog | None = None

    def __enter__(self) -> Dialogs:
        self._active = True
        QTimer.singleShot(0, self._look)
        return self

    def __exit__(self, *_exc: object) -> None:
        self._active = False

    def _look(self) -> None:
        if not self._active:
            return
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible() and self.handlers:
            if dialog is not self._current:
                self._current = dialog
                self.seen.append(dialog.windowTitle())
            if self.handlers[0](dialog):
                self.handlers.pop(0)
                self._current = None
        QTimer.singleShot(POLL_MS, self._look)


def accept(dialog: QDialog) -> bool:
    """Press OK."""
    dialog.accept()
    return True


def reject(dialog: QDialog) -> bool:
    """Press Cancel (or close a message)."""
    dialog.reject()
    return True


def choose(object_name: str) -> DialogHandler:
    """Tick a radio button of the export dialog by its object name, then press OK."""

    def handle(dialog: QDialog) -> bool:
        button = dialog.findChild(QRadioButton, object_name)
        assert button is not None, f"no choice {object_name!r}"
        button.setChecked(True)
        dialog.accept()
        return True

    return handle


def save_as(path: Path) -> DialogHandler:
    """Type a file name into Qt's own save dialog and press Save.

    Typed into the name box, as the reader does: ``QFileDialog.selectFile`` leaves the
    box alone once it has the keyboard focus, which it gets when the dialog becomes
    active, sooner or later after the dialog shows depending on how busy the machine is.
    """

    def handle(dialog: QDialog) -> bool:
        assert isinstance(dialog, QFileDialog)
        name_box = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name_box is not None, "no file name box in the save dialog"
        name_box.setText(str(path))
        dialog.accept()
        return True

    return handle
