"""Opening files and following links: nothing happens behind the reader's back."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from ui_helpers import ModalCloser

from tether.ui.main_window import MainWindow

NOWHERE = "This link does not lead anywhere Tether can open."


class OpenedUrls(QObject):
    """Stands in for the desktop: records every URL Qt would hand to another program."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def desktop() -> Iterator[OpenedUrls]:
    """Qt's own URL handler hook, so a test can see whether anything was opened."""
    opened = OpenedUrls()
    schemes = ("http", "https", "mailto", "file", "javascript", "data")
    for scheme in schemes:
        QDesktopServices.setUrlHandler(scheme, opened, "open_url")
    yield opened
    for scheme in schemes:
        QDesktopServices.unsetUrlHandler(scheme)


def what_is_on_screen(window: MainWindow) -> tuple[str, str, str]:
    assert window.session is not None
    return (
        window.windowTitle(),
        window.session.article.id,
        window.article_view.document().toPlainText(),
    )


def test_opening_a_binary_file_explains_why_in_a_dialog_and_keeps_the_article(
    open_window, tmp_path: Path
) -> None:
    window = open_window()
    before = what_is_on_screen(window)
    binary = tmp_path / "holiday-photo.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")

    with ModalCloser() as closer:
        opened = window.open_path(binary)

    assert opened is False
    assert len(closer.seen) == 1
    warning = closer.seen[0]
    assert warning.title == "Cannot Open Article"
    assert "holiday-photo.md" in warning.text
    assert "binary" in warning.text
    assert what_is_on_screen(window) == before


def test_opening_a_missing_file_says_it_does_not_exist_and_keeps_the_article(
    open_window, tmp_path: Path
) -> None:
    window = open_window()
    before = what_is_on_screen(window)

    with ModalCloser() as closer:
        opened = window.open_path(tmp_path / "gone.md")

    assert opened is False
    assert [dialog.title for dialog in closer.seen] == ["Cannot Open Article"]
    assert "gone.md" in closer.seen[0].text
    assert "does not exist" in closer.seen[0].text
    assert what_is_on_screen(window) == before


def test_opening_a_markdown_file_shows_it_without_a_dialog(
    open_window, write_article: Callable[..., Path]
) -> None:
    window = open_window()
    path = write_article("# Notes on Trust\n\n## Asking\n\n- [ ] Asking for help\n", "trust.md")

    with ModalCloser() as closer:
        opened = window.open_path(path)

    assert opened is True
    assert closer.seen == []
    assert window.windowTitle() == "Notes on Trust — Tether"
    assert "Asking for help" in window.article_view.document().toPlainText()


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(document.cookie)",
        "file:///etc/passwd",
        "data:text/html,<script>alert(1)</script>",
    ],
)
def test_an_unsafe_link_opens_nothing_and_says_so_in_the_status_bar(
    open_window, desktop: OpenedUrls, link: str
) -> None:
    window = open_window()
    before = what_is_on_screen(window)

    with ModalCloser() as closer:
        window.article_view.anchorClicked.emit(QUrl(link))

    assert closer.seen == []
    assert desktop.urls == []
    assert window.statusBar().currentMessage() == NOWHERE
    assert what_is_on_screen(window) == before


def test_a_web_link_asks_first_and_cancelling_opens_nothing(
    open_window, desktop: OpenedUrls
) -> None:
    window = open_window()
    link = "https://example.org/attachment-styles"

    with ModalCloser(answer=QMessageBox.StandardButton.Cancel) as closer:
        window.article_view.anchorClicked.emit(QUrl(link))

    assert len(closer.seen) == 1
    assert closer.seen[0].title == "Open Link?"
    assert link in closer.seen[0].text
    assert desktop.urls == []


def test_a_web_link_opens_outside_tether_once_the_reader_agrees(
    open_window, desktop: OpenedUrls
) -> None:
    window = open_window()
    link = "https://example.org/attachment-styles"

    with ModalCloser(answer=QMessageBox.StandardButton.Open) as closer:
        window.article_view.anchorClicked.emit(QUrl(link))

    assert len(closer.seen) == 1
    assert desktop.urls == [link]
