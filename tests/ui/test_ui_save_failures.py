"""Promise 3: when the store refuses to save, nothing the reader did is lost.

The failure is injected at the store boundary: ``RefusingStore`` is a real Store (real
SQLite in ``tmp_path``) that raises StoreError from every write while ``refusing`` is
set, as a read-only, full or vanished folder makes the real one do. The text stays in
the editor, ticks stay ticked, the reader sees a notice (not a dialog) in the status bar
and the editor's state line, every refused write is retried, and once the store works
again everything is saved and the notice clears. The tests at the end do the same with
a real read-only folder and a real full disk.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui_helpers import ModalCloser, activate, status_label

from tether.content import Article
from tether.shell.window import build_window
from tether.store import Reflection, Store, StoreError
from tether.ui.main_window import MainWindow
from tether.ui.save_notice import SAVED_AGAIN
from tether.ui.settings import UiSettings

WORDS = "Some days asking feels like owing."
MORE = " And some days it does not."
# The editor and the models retry every 3 s; leave room for a slow machine.
RETRY_TIMEOUT_MS = 8000
OTHER_ARTICLE = """\
# Another Article

## Only Section

Words.
"""


class RefusingStore(Store):
    """A real store that refuses every write while ``refusing`` is set."""

    refusing = False
    attempts = 0

    def _refuse(self) -> None:
        if self.refusing:
            self.attempts += 1
            raise StoreError(f"Tether could not use its data file {self.path}: disk I/O error.")

    def save_reflection(
        self, article_id: str, section_id: str, text: str, visit: datetime | None = None
    ) -> Reflection:
        self._refuse()
        return super().save_reflection(article_id, section_id, text, visit)

    def set_tick(self, article_id: str, sign_id: str, ticked: bool) -> None:
        self._refuse()
        super().set_tick(article_id, sign_id, ticked)

    def save_position(
        self, article_id: str, article_path: str, section_id: str, scroll: float
    ) -> None:
        self._refuse()
        super().save_position(article_id, article_path, section_id, scroll)


Opened = tuple[MainWindow, RefusingStore]


@pytest.fixture
def opened(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, bundled_article: Article
) -> Iterator[Opened]:
    """A main window over a RefusingStore, shown and active."""
    data_dir.mkdir(mode=0o700)
    store = RefusingStore(data_dir / "tether.sqlite3")
    settings = UiSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = build_window(store, settings).main
    # pytest-qt closes the window before this fixture ends; a test that failed while the
    # store refused would otherwise be asked "quit without saving?" with no one to answer.
    qtbot.addWidget(window, before_close_func=lambda _: setattr(store, "refusing", False))
    window.show_article(bundled_article)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    yield window, store
    store.close()


def saved_text(data_dir: Path, article: Article, section: int | str) -> str | None:
    """The text a fresh store finds for a section (by index or id)."""
    section_id = section if isinstance(section, str) else article.sections[section].id
    with Store.open_in(data_dir) as store:
        found = store.reflection_for_section(article.id, section_id)
    return None if found is None else found.text


def stored_tick(data_dir: Path, article: Article, sign_id: str) -> bool | None:
    with Store.open_in(data_dir) as store:
        return store.ticks(article.id).get(sign_id)


def type_into_editor(qtbot: QtBot, window: MainWindow, text: str) -> None:
    editor = window.reflections_dock.editor.text_edit
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, text)


def test_a_refused_reflection_stays_in_the_editor_and_is_saved_once_the_store_works(
    opened: Opened, qtbot: QtBot, data_dir: Path, bundled_article: Article
) -> None:
    window, store = opened
    store.refusing = True
    type_into_editor(qtbot, window, WORDS)
    editor = window.reflections_dock.editor
    notice = window.save_notice

    qtbot.waitUntil(lambda: store.attempts >= 1, timeout=RETRY_TIMEOUT_MS)
    assert editor.text_edit.toPlainText() == WORDS
    assert editor.is_dirty()
    assert "Not saved yet" in status_label(window, "reflection-state").text()
    assert notice.isVisible()
    assert "disk I/O error" in notice.message()
    assert saved_text(data_dir, bundled_article, 0) is None

    qtbot.waitUntil(lambda: store.attempts >= 2, timeout=RETRY_TIMEOUT_MS)  # it retries
    store.refusing = False

    qtbot.waitUntil(
        lambda: saved_text(data_dir, bundled_article, 0) == WORDS, timeout=RETRY_TIMEOUT_MS
    )
    assert not editor.is_dirty()
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=RETRY_TIMEOUT_MS)
    assert window.statusBar().currentMessage() == SAVED_AGAIN
    assert status_label(window, "reflection-state").text().startswith("Saved")


def test_words_typed_while_the_store_refuses_are_all_saved_later(
    opened: Opened, qtbot: QtBot, data_dir: Path, bundled_article: Article
) -> None:
    window, store = opened
    store.refusing = True
    type_into_editor(qtbot, window, WORDS)
    qtbot.waitUntil(lambda: store.attempts >= 1, timeout=RETRY_TIMEOUT_MS)
    type_into_editor(qtbot, window, MORE)
    store.refusing = False

    qtbot.waitUntil(
        lambda: saved_text(data_dir, bundled_article, 0) == WORDS + MORE,
        timeout=RETRY_TIMEOUT_MS,
    )


def test_a_refused_tick_stays_ticked_and_is_saved_on_a_retry(
    opened: Opened, qtbot: QtBot, data_dir: Path, bundled_article: Article
) -> None:
    window, store = opened
    assert window.session is not None
    signs = window.session.signs
    sign = bundled_article.sign_groups[0].signs[0]
    store.refusing = True

    signs.set_ticked(sign.id, True)

    assert signs.is_ticked(sign.id)
    assert signs.has_unsaved()
    assert window.save_notice.isVisible()
    assert stored_tick(data_dir, bundled_article, sign.id) is None

    store.refusing = False
    qtbot.waitUntil(
        lambda: stored_tick(data_dir, bundled_article, sign.id) is True,
        timeout=RETRY_TIMEOUT_MS,
    )
    assert not signs.has_unsaved()
    qtbot.waitUntil(lambda: not window.save_notice.isVisible(), timeout=RETRY_TIMEOUT_MS)


def test_only_the_latest_choice_for_a_sign_is_written_after_a_refusal(
    opened: Opened, qtbot: QtBot, data_dir: Path, bundled_article: Article
) -> None:
    window, store = opened
    assert window.session is not None
    signs = window.session.signs
    sign = bundled_article.sign_groups[1].signs[0]
    store.refusing = True
    signs.set_ticked(sign.id, True)
    signs.set_ticked(sign.id, False)
    store.refusing = False

    assert window.flush()

    assert stored_tick(data_dir, bundled_article, sign.id) is False
    qtbot.waitUntil(lambda: not window.save_notice.isVisible(), timeout=RETRY_TIMEOUT_MS)


def test_a_refused_reading_position_is_retried(
    opened: Opened, qtbot: QtBot, data_dir: Path, bundled_article: Article
) -> None:
    window, store = opened
    third = bundled_article.sections[2]
    store.refusing = True
    window.article_view.scroll_to_section(2)

    window.save_position()

    assert window.session is not None
    assert window.session.has_unsaved()
    store.refusing = False
    qtbot.waitUntil(lambda: not window.session.has_unsaved(), timeout=RETRY_TIMEOUT_MS)
    with Store.open_in(data_dir) as fresh:
        position = fresh.position(bundled_article.id)
    assert position is not None
    assert position.section_id == third.id


def test_moving_to_another_section_while_refused_keeps_the_text_for_its_own_section(
    opened: Opened, qtbot: QtBot, data_dir: Path, bundled_article: Article
) -> None:
    window, store = opened
    type_into_editor(qtbot, window, WORDS)
    store.refusing = True

    window.article_view.scroll_to_section(3)

    editor = window.reflections_dock.editor
    assert editor.section_id() == bundled_article.sections[0].id
    assert editor.text_edit.toPlainText() == WORDS
    store.refusing = False
    qtbot.waitUntil(
        lambda: saved_text(data_dir, bundled_article, 0) == WORDS, timeout=RETRY_TIMEOUT_MS
    )
    # Once saved, the editor catches up with the section on screen.
    window.article_view.scroll_to_section(4)
    assert editor.section_id() == bundled_article.sections[4].id


def test_opening_another_article_while_refused_keeps_retrying_the_old_text(
    opened: Opened,
    qtbot: QtBot,
    data_dir: Path,
    bundled_article: Article,
    write_article: Callable[[str, str], Path],
) -> None:
    window, store = opened
    other = write_article(OTHER_ARTICLE, "other.md")
    store.refusing = True
    type_into_editor(qtbot, window, WORDS)

    assert window.open_path(other)

    assert window.session is not None
    assert window.session.article.title == "Another Article"
    assert window.reflections_dock.editor.text_edit.toPlainText() == ""
    assert window.save_notice.isVisible()
    store.refusing = False
    qtbot.waitUntil(
        lambda: saved_text(data_dir, bundled_article, 0) == WORDS, timeout=RETRY_TIMEOUT_MS
    )


def test_repeated_refusals_show_no_dialog_at_all(
    opened: Opened, qtbot: QtBot, data_dir: Path
) -> None:
    window, store = opened
    store.refusing = True
    with ModalCloser() as closer:
        type_into_editor(qtbot, window, WORDS)
        qtbot.waitUntil(lambda: store.attempts >= 2, timeout=RETRY_TIMEOUT_MS)
    assert closer.seen == []
    assert window.save_notice.isVisible()


def test_quitting_while_refused_asks_first_and_cancel_keeps_everything(
    opened: Opened, qtbot: QtBot, data_dir: Path, bundled_article: Article
) -> None:
    window, store = opened
    type_into_editor(qtbot, window, WORDS)
    store.refusing = True

    with ModalCloser(QMessageBox.StandardButton.Cancel) as closer:
        window.close()

    assert [seen.title for seen in closer.seen] == ["Changes Not Saved"]
    assert window.isVisible()
    assert window.reflections_dock.editor.text_edit.toPlainText() == WORDS
    store.refusing = False
    window.close()
    assert not window.isVisible()
    assert saved_text(data_dir, bundled_article, 0) == WORDS


# -- real failures: a read-only folder, a full disk -----------------------------------------


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


@pytest.fixture
def immutable(data_dir: Path) -> Iterator[Callable[[bool], None]]:
    """Make the data folder and its files read-only for everyone, root included.

    ``chattr +i`` (the immutable flag) is refused even to root and to files already
    open, unlike permissions. The -shm file stays writable: SQLite maps it into memory.
    """
    paths = [data_dir, data_dir / "tether.sqlite3", data_dir / "tether.sqlite3-wal"]

    def set_read_only(on: bool) -> None:
        result = _run("chattr", "+i" if on else "-i", *map(str, paths))
        if on and result.returncode != 0:
            pytest.skip(f"this file system cannot make files immutable: {result.stderr}")

    yield set_read_only
    _run("chattr", "-i", *map(str, paths))


def test_a_real_read_only_data_folder_loses_nothing(
    opened: Opened,
    qtbot: QtBot,
    data_dir: Path,
    bundled_article: Article,
    immutable: Callable[[bool], None],
) -> None:
    window, _ = opened
    type_into_editor(qtbot, window, "first ")
    assert window.flush()
    immutable(True)
    type_into_editor(qtbot, window, WORDS)

    assert not window.flush()

    assert "Not saved yet" in window.save_notice.message()
    immutable(False)
    qtbot.waitUntil(
        lambda: saved_text(data_dir, bundled_article, 0) == "first " + WORDS,
        timeout=RETRY_TIMEOUT_MS,
    )
    qtbot.waitUntil(lambda: not window.save_notice.isVisible(), timeout=RETRY_TIMEOUT_MS)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MB file system (tmpfs), mounted for this test; skipped if mount is refused."""
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    result = _run("mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(mount_point))
    if result.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {result.stderr.strip()}")
    try:
        yield mount_point
    finally:
        _run("umount", "-l", str(mount_point))


def fill_up(folder: Path) -> Path:
    """Write a file until the disk is full; return it (deleting it frees the space)."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 65536)
    except OSError:
        pass
    try:
        while True:
            os.write(fd, b"\0" * 512)
    except OSError:
        pass
    os.close(fd)
    return filler


def test_a_real_full_disk_loses_nothing(
    qtbot: QtBot, small_disk: Path, tmp_path: Path, bundled_article: Article
) -> None:
    data_dir = small_disk / "data"
    store = Store.open_in(data_dir)
    settings = UiSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = build_window(store, settings).main
    qtbot.addWidget(window)
    window.show_article(bundled_article)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    editor = window.reflections_dock.editor
    qtbot.waitUntil(lambda: editor.section_id() is not None, timeout=RETRY_TIMEOUT_MS)
    section = editor.section_id()
    assert section is not None
    filler = fill_up(small_disk)
    long_text = "Every word of this still matters to me. " * 2000  # far more than is free

    try:
        editor.text_edit.setPlainText(long_text)  # as if pasted
        assert not window.flush()
        assert "full" in window.save_notice.message()
        assert editor.text_edit.toPlainText() == long_text

        filler.unlink()
        qtbot.waitUntil(
            lambda: saved_text(data_dir, bundled_article, section) == long_text,
            timeout=RETRY_TIMEOUT_MS,
        )
        qtbot.waitUntil(lambda: not window.save_notice.isVisible(), timeout=RETRY_TIMEOUT_MS)
    finally:
        window.close()
        store.close()
        shutil.rmtree(data_dir, ignore_errors=True)
