"""Dropping a file on the window opens it as an article."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget

from tether.content.library import MARKDOWN_SUFFIXES, is_markdown_name
from tether.i18n import translate

Opener = Callable[[Path], bool]
_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


def dropped_file(mime: QMimeData) -> Path | None:
    """The first local file a drag carries, if it carries one."""
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            return Path(url.toLocalFile())
    return None


class ArticleDropFilter(QObject):
    """An event filter that takes file drops on a window and its panes, and opens them.

    Installed on the window and on every child that takes drops itself (the page, the
    reflection editor), because Qt sends a drop to the innermost widget that accepts
    drops, and those would otherwise swallow a file. Drags of plain text still reach the
    editor: only drags that carry a local file are taken.
    """

    def __init__(self, window: QWidget, open_path: Opener) -> None:
        super().__init__(window)
        self._window = window
        self._open_path = open_path
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        for child in window.findChildren(QWidget):
            if child.acceptDrops():
                child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt: accept drags of a file; open a dropped one."""
        if event.type() not in _DRAG_EVENTS:
            return False
        # Drag enter and drag move events are drop events in Qt's class tree.
        assert isinstance(event, QDropEvent)
        path = dropped_file(event.mimeData())
        if path is None:
            return False
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            self.open_dropped(path)
        return True

    def open_dropped(self, path: Path) -> bool:
        """Open a dropped file, or say in a dialog why it is not an article."""
        if not is_markdown_name(path) and not path.is_dir():
            kinds = ", ".join(MARKDOWN_SUFFIXES)
            from tether.ui.dialogs.commands import warn_cannot_open  # with the dialog

            warn_cannot_open(
                self._window,
                translate(
                    "MainWindow",
                    "Cannot open “{path}”: Tether opens Markdown and text files ({kinds}).",
                ).format(path=path, kinds=kinds),
            )
            return False
        return self._open_path(path)
