"""Dropping a file on the window opens it; anything that is not an article says why."""

from __future__ import annotations

import warnings
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from ui_helpers import ModalCloser, recent_menu

from tether.ui.main_window import MainWindow

TRUST = "# Notes on Trust\n\n## Asking\n\n- [ ] Asking for help\n"


def file_drag(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def text_drag(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    return mime


def drag_enter(target: QWidget, mime: QMimeData) -> bool:
    """Drag over ``target``; True if the drag was accepted."""
    with warnings.catch_warnings():
        # PySide6 does not always offer the QPointF constructor of QDragEnterEvent; the
        # QPoint one works but is marked deprecated. Only this constructor call is excused.
        warnings.simplefilter("ignore", DeprecationWarning)
        event = QDragEnterEvent(
            QPoint(20, 20),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(target, event)
    return event.isAccepted()


def drop(target: QWidget, mime: QMimeData) -> bool:
    """Drag over ``target`` and let go there; True if the drop was taken."""
    assert drag_enter(target, mime)
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, event)
    return event.isAccepted()


def on_screen(window: MainWindow) -> tuple[str, str]:
    return window.windowTitle(), window.article_view.document().toPlainText()


def trust_file(tmp_path: Path, name: str = "trust.md") -> Path:
    path = tmp_path / name
    path.write_text(TRUST, encoding="utf-8")
    return path


def test_dropping_a_markdown_file_on_the_window_opens_it(open_window, tmp_path: Path) -> None:
    window = open_window()

    with ModalCloser() as closer:
        taken = drop(window, file_drag(trust_file(tmp_path)))

    assert taken
    assert closer.seen == []
    assert window.windowTitle() == "Notes on Trust — Tether"


def test_dropping_on_the_page_opens_the_file(open_window, tmp_path: Path) -> None:
    window = open_window()

    drop(window.article_view.viewport(), file_drag(trust_file(tmp_path)))

    assert window.windowTitle() == "Notes on Trust — Tether"


def test_dropping_on_the_reflection_editor_opens_the_file_and_writes_nothing(
    open_window, tmp_path: Path
) -> None:
    window = open_window()
    editor = window.reflections_dock.editor.text_edit

    drop(editor.viewport(), file_drag(trust_file(tmp_path)))

    assert window.windowTitle() == "Notes on Trust — Tether"
    assert editor.toPlainText() == ""


def test_text_files_open_as_articles_too(open_window, tmp_path: Path) -> None:
    window = open_window()

    drop(window, file_drag(trust_file(tmp_path, "trust.txt")))

    assert window.windowTitle() == "Notes on Trust — Tether"


def test_dragging_plain_text_over_the_window_is_not_taken_for_a_file(open_window) -> None:
    window = open_window()
    before = on_screen(window)

    assert not drag_enter(window, text_drag("some words"))
    assert on_screen(window) == before


def test_dropping_a_file_that_is_not_markdown_names_it_and_keeps_the_article(
    open_window, tmp_path: Path
) -> None:
    window = open_window()
    before = on_screen(window)
    pdf = tmp_path / "attachment-styles.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")

    with ModalCloser() as closer:
        drop(window, file_drag(pdf))

    assert [dialog.title for dialog in closer.seen] == ["Cannot Open Article"]
    assert "attachment-styles.pdf" in closer.seen[0].text
    assert "Markdown" in closer.seen[0].text
    assert on_screen(window) == before


def test_dropping_a_binary_file_named_md_says_why_and_keeps_the_article(
    open_window, tmp_path: Path
) -> None:
    window = open_window()
    before = on_screen(window)
    fake = tmp_path / "photo.md"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")

    with ModalCloser() as closer:
        drop(window, file_drag(fake))

    assert len(closer.seen) == 1
    assert "photo.md" in closer.seen[0].text
    assert "binary" in closer.seen[0].text
    assert on_screen(window) == before


def test_dropping_a_folder_says_it_is_a_folder(open_window, tmp_path: Path) -> None:
    window = open_window()
    before = on_screen(window)
    folder = tmp_path / "notes.md"
    folder.mkdir()

    with ModalCloser() as closer:
        drop(window, file_drag(folder))

    assert "it is a folder" in closer.seen[0].text
    assert on_screen(window) == before


def test_of_several_dropped_files_the_first_opens(open_window, tmp_path: Path) -> None:
    window = open_window()
    other = tmp_path / "other.md"
    other.write_text("# Other\n\nText.\n", encoding="utf-8")

    drop(window, file_drag(trust_file(tmp_path), other))

    assert window.windowTitle() == "Notes on Trust — Tether"


def test_a_dropped_article_is_listed_in_open_recent(open_window, tmp_path: Path) -> None:
    window = open_window()
    path = trust_file(tmp_path)

    drop(window, file_drag(path))

    assert recent_menu(window).recent.paths()[0] == path.resolve()
