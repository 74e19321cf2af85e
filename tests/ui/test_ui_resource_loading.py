"""The article page reads images only from the article's folder, and links ask first.

Resources are asked for through ``QTextDocument.resource()``, as the page's own layout
asks for them: that path includes Qt's own fallback, which reads any local file when
the view gives nothing back, so a refusal must hold there too.
"""

from __future__ import annotations

import os
import struct
import threading
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui_helpers import ModalCloser

from tether.content import load_article
from tether.content.safety import MAX_IMAGE_BYTES
from tether.ui.main_window import MainWindow
from tether.ui.page.article_resources import MAX_TOTAL_IMAGE_BYTES, NOWHERE, ImageLoader

IMAGE = QTextDocument.ResourceType.ImageResource


def png(width: int, height: int) -> bytes:
    """A transparent PNG of ``width`` x ``height``; a huge one says so but holds one row."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    rows = height if width * height <= 10_000 else 1
    pixels = zlib.compress((b"\x00" + b"\x00" * 4 * width) * rows)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


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
    opened = OpenedUrls()
    schemes = ("http", "https", "mailto", "file")
    for scheme in schemes:
        QDesktopServices.setUrlHandler(scheme, opened, "open_url")
    yield opened
    for scheme in schemes:
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The article's folder, with one good picture; a secret picture lies beside it."""
    path = tmp_path / "articles"
    path.mkdir()
    (path / "pixel.png").write_bytes(png(2, 2))
    (tmp_path / "secret.png").write_bytes(png(3, 3))
    return path


@pytest.fixture
def article_window(open_window: Callable[..., MainWindow], folder: Path) -> Callable[[str], Any]:
    def open_(text: str) -> MainWindow:
        path = folder / "article.md"
        path.write_text(text, encoding="utf-8")
        return open_window(load_article(path))

    return open_


def resource(window: MainWindow, url: QUrl) -> Any:
    return window.article_view.document().resource(IMAGE, url)


def test_an_image_in_the_article_folder_is_loaded(article_window, folder: Path) -> None:
    window = article_window("# Pictures\n\n![a pixel](pixel.png)\n")

    image = resource(window, QUrl.fromLocalFile(str(folder / "pixel.png")))

    assert isinstance(image, QImage)
    assert (image.width(), image.height()) == (2, 2)


@pytest.mark.parametrize(
    "name",
    ["parent", "absolute", "passwd", "symlink", "remote", "data", "huge", "text", "svg", "bomb"],
)
def test_a_refused_image_is_an_empty_image_and_never_the_files_bytes(
    article_window, folder: Path, name: str
) -> None:
    window = article_window("# Pictures\n\nNo pictures here.\n")
    (folder / "escape.png").symlink_to(folder.parent / "secret.png")
    (folder / "notes.png").write_text("not a picture")
    (folder / "drawing.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    (folder / "bomb.png").write_bytes(png(30_000, 30_000))
    with (folder / "huge.png").open("wb") as handle:
        handle.truncate(MAX_IMAGE_BYTES + 1)
    urls = {
        "parent": QUrl("../secret.png"),
        "absolute": QUrl.fromLocalFile(str(folder.parent / "secret.png")),
        "passwd": QUrl("file:///etc/passwd"),
        "symlink": QUrl.fromLocalFile(str(folder / "escape.png")),
        "remote": QUrl("http://127.0.0.1:9/x.png"),
        "data": QUrl("data:image/png;base64,iVBORw0KGgo="),
        "huge": QUrl.fromLocalFile(str(folder / "huge.png")),
        "text": QUrl.fromLocalFile(str(folder / "notes.png")),
        "svg": QUrl.fromLocalFile(str(folder / "drawing.svg")),
        "bomb": QUrl.fromLocalFile(str(folder / "bomb.png")),
    }

    loaded = resource(window, urls[name])

    assert isinstance(loaded, QImage)
    assert loaded.isNull()


def test_a_named_pipe_in_the_folder_is_not_opened(article_window, folder: Path) -> None:
    window = article_window("# Pictures\n\nNo pictures here.\n")
    pipe = folder / "pipe.png"
    os.mkfifo(pipe)
    answered = threading.Event()
    rescued: list[bool] = []

    def rescue() -> None:
        # Were the pipe opened for reading, it would wait for a writer for ever: be one,
        # late, so that a failing test ends instead of hanging the suite.
        if not answered.wait(20):
            rescued.append(True)
            with pipe.open("wb"):
                pass

    rescuer = threading.Thread(target=rescue)
    rescuer.start()
    loaded = resource(window, QUrl.fromLocalFile(str(pipe)))
    answered.set()
    rescuer.join()

    assert rescued == []
    assert loaded.isNull()


def test_stylesheets_are_never_loaded_from_an_article(article_window, folder: Path) -> None:
    window = article_window("# Styles\n\nText.\n")
    (folder / "style.css").write_text("p { color: red }")

    loaded = window.article_view.document().resource(
        QTextDocument.ResourceType.StyleSheetResource, QUrl.fromLocalFile(str(folder / "style.css"))
    )

    assert isinstance(loaded, QImage)
    assert loaded.isNull()


def test_images_stop_loading_once_an_article_used_its_share(folder: Path, qapp: object) -> None:
    loader = ImageLoader(folder)
    url = QUrl.fromLocalFile(str(folder / "pixel.png"))
    assert not loader.load(url).isNull()

    loader.loaded_bytes = MAX_TOTAL_IMAGE_BYTES - 10

    assert loader.load(url).isNull()


# -- Links -------------------------------------------------------------------------------------


def click_words(qtbot: QtBot, window: MainWindow, words: str) -> None:
    """Click the middle of ``words`` in the article, as the reader would."""
    view = window.article_view
    found = view.document().find(words)
    assert not found.isNull(), f"{words!r} is not in the article"
    cursor = QTextCursor(view.document())
    cursor.setPosition((found.selectionStart() + found.selectionEnd()) // 2)
    view.ensureCursorVisible()
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect().center())


def test_a_link_whose_words_name_another_site_warns_and_shows_the_whole_address(
    qtbot: QtBot, article_window, desktop: OpenedUrls
) -> None:
    target = "https://elsewhere.example/login?next=%2Faccount"
    window = article_window(f"# Links\n\nSign in at [www.bank.example]({target}) today.\n")

    with ModalCloser(answer=QMessageBox.StandardButton.Cancel) as closer:
        click_words(qtbot, window, "www.bank.example")
        qtbot.waitUntil(lambda: len(closer.seen) == 1)

    question = closer.seen[0]
    assert question.title == "Open Link?"
    assert "“www.bank.example”" in question.text
    assert target in question.text
    assert "Careful: the words name www.bank.example, but the link leads to elsewhere" in (
        question.text
    )
    assert desktop.urls == []


def test_a_link_opens_only_after_the_reader_agrees(
    qtbot: QtBot, article_window, desktop: OpenedUrls
) -> None:
    window = article_window("# Links\n\nRead [the study](https://example.org/study) first.\n")

    with ModalCloser(answer=QMessageBox.StandardButton.Open) as closer:
        click_words(qtbot, window, "the study")
        qtbot.waitUntil(lambda: desktop.urls != [])

    assert "“the study”" in closer.seen[0].text
    assert "Careful" not in closer.seen[0].text
    assert desktop.urls == ["https://example.org/study"]


@pytest.mark.parametrize(
    ("link", "message"),
    [
        ("other-article.md", "This link names a file (other-article.md)"),
        ("../../etc/passwd", "This link names a file (../../etc/passwd)"),
        ("javascript:alert(1)", NOWHERE),
        ("vbscript:msgbox", NOWHERE),
        ("file:///etc/passwd", NOWHERE),
        ("data:text/html,hello", NOWHERE),
        ("zoommtg://join?id=1", NOWHERE),
    ],
)
def test_links_other_than_web_and_mail_do_nothing_and_say_so(
    qtbot: QtBot, article_window, desktop: OpenedUrls, link: str, message: str
) -> None:
    window = article_window(f"# Links\n\nSee [this place]({link}) now.\n")

    with ModalCloser() as closer:
        click_words(qtbot, window, "this place")
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "")

    assert closer.seen == []
    assert desktop.urls == []
    assert window.statusBar().currentMessage().startswith(message)


def test_an_article_link_in_a_tick_scheme_is_plain_text_and_ticks_nothing(
    qtbot: QtBot, article_window
) -> None:
    window = article_window(
        "# Signs\n\n## Asking\n\n- [ ] Asking twice\n\n[Tick](sign:asking/asking-twice)\n"
    )
    assert window.session is not None
    sign_id = window.session.article.signs[0].id

    click_words(qtbot, window, "Tick")

    assert window.article_view.anchorAt(window.article_view.cursorRect().center()) == ""
    assert not window.session.signs.is_ticked(sign_id)
