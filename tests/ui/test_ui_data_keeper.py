"""The data file while Tether runs: recovery told, backups made, a vanished folder put back.

A real window over a real StoreKeeper (the same wiring ``tether.shell.main`` uses, with short
timings). The data folder is deleted, replaced or damaged for real.
"""

from __future__ import annotations

import shutil
import sqlite3
import stat
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import ModalCloser, activate

from tether.content import Article
from tether.shell.keeper import StoreKeeper, Timings
from tether.shell.keeper_window import watch_over
from tether.shell.window import build_window
from tether.store import Store, list_backups
from tether.ui.main_window import MainWindow
from tether.ui.page.article_view import ArticleView
from tether.ui.settings import UiSettings

FAST = Timings(first_backup=200, backup_every=300, check_every=100, retry=200)
WAIT_MS = 8000
WORDS = "Asking is not owing."
MORE = " I can take help and stay myself."

KeptWindow = Callable[..., tuple[MainWindow, StoreKeeper]]


@pytest.fixture
def parent_dir(tmp_path: Path) -> Path:
    """The folder that holds the data folder (and nothing else of the test's)."""
    folder = tmp_path / "parent"
    folder.mkdir()
    return folder


@pytest.fixture
def data_home(parent_dir: Path) -> Path:
    return parent_dir / "data"


@pytest.fixture
def kept_window(
    qtbot: QtBot, tmp_path: Path, data_home: Path, bundled_article: Article
) -> Iterator[KeptWindow]:
    """Open a window the way tether.shell.main does: StoreKeeper, watch_over, then show."""
    opened: list[StoreKeeper] = []

    def open_(interactive: bool = False, timings: Timings = FAST) -> tuple[MainWindow, StoreKeeper]:
        keeper = StoreKeeper.open(data_home, timings=timings)
        opened.append(keeper)
        settings = UiSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        window = build_window(keeper.store, settings).main
        qtbot.addWidget(window)
        window.show_article(bundled_article)
        watch_over(window, keeper, interactive)
        window.show()
        qtbot.waitExposed(window)
        if not interactive:  # (a dialog may be up in front of it)
            activate(qtbot, window)
        return window, keeper

    yield open_
    for keeper in opened:
        keeper.close()


def type_into_editor(qtbot: QtBot, window: MainWindow, text: str) -> None:
    editor = window.reflections_dock.editor.text_edit
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, text)


def texts_on_disk(data_home: Path) -> dict[str, str]:
    """Section id -> text, read by a connection of our own; {} if there is no file."""
    database = data_home / "tether.sqlite3"
    if not database.exists():
        return {}
    with closing(sqlite3.connect(database)) as conn:
        rows = conn.execute("SELECT section_id, text FROM reflections").fetchall()
    return {str(section): str(text) for section, text in rows}


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_deleted_data_folder_is_made_again_privately_with_everything_in_it(
    kept_window: KeptWindow, qtbot: QtBot, data_home: Path, bundled_article: Article
) -> None:
    window, _ = kept_window()
    section = bundled_article.sections[0].id
    sign = bundled_article.sign_groups[0].signs[0].id
    type_into_editor(qtbot, window, WORDS)
    assert window.flush()

    shutil.rmtree(data_home)
    type_into_editor(qtbot, window, MORE)  # typed while the folder is gone
    assert window.session is not None
    window.session.signs.set_ticked(sign, True)

    qtbot.waitUntil(lambda: texts_on_disk(data_home).get(section) == WORDS + MORE, timeout=WAIT_MS)
    assert "deleted or moved" in window.statusBar().currentMessage()
    assert mode_of(data_home) == 0o700
    assert mode_of(data_home / "tether.sqlite3") == 0o600
    with Store.open_in(data_home) as fresh:
        assert fresh.ticks(bundled_article.id) == {sign: True}
    # The store in use is the re-made file: later saves land there too.
    type_into_editor(qtbot, window, " Later.")
    assert window.flush()
    assert texts_on_disk(data_home)[section] == WORDS + MORE + " Later."


@pytest.fixture
def freeze(parent_dir: Path) -> Iterator[Callable[[bool], None]]:
    """Make the data folder's parent read-only for everyone (``chattr +i``; root too)."""

    def set_frozen(on: bool) -> None:
        result = subprocess.run(
            ["chattr", "+i" if on else "-i", str(parent_dir)], capture_output=True, text=True
        )
        if on and result.returncode != 0:
            pytest.skip(f"this file system cannot make a folder immutable: {result.stderr}")

    yield set_frozen
    subprocess.run(["chattr", "-i", str(parent_dir)], capture_output=True, check=False)


def test_a_deleted_folder_that_cannot_be_made_again_is_reported_and_retried(
    kept_window: KeptWindow,
    qtbot: QtBot,
    data_home: Path,
    bundled_article: Article,
    freeze: Callable[[bool], None],
) -> None:
    window, keeper = kept_window()
    section = bundled_article.sections[0].id
    type_into_editor(qtbot, window, WORDS)
    assert window.flush()
    shutil.rmtree(data_home)
    freeze(True)

    qtbot.waitUntil(keeper.is_at_risk, timeout=WAIT_MS)
    assert window.save_notice.isVisible()
    assert str(data_home) in window.save_notice.message()
    type_into_editor(qtbot, window, MORE)
    assert not window.flush(), "quitting now must ask first"
    assert not data_home.exists()

    freeze(False)
    qtbot.waitUntil(lambda: texts_on_disk(data_home).get(section) == WORDS + MORE, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.save_notice.isVisible(), timeout=WAIT_MS)
    assert mode_of(data_home) == 0o700


def test_a_data_file_replaced_by_another_is_used_and_the_old_data_kept_in_a_backup(
    kept_window: KeptWindow, qtbot: QtBot, data_home: Path, bundled_article: Article, tmp_path: Path
) -> None:
    window, _ = kept_window()
    section = bundled_article.sections[0].id
    type_into_editor(qtbot, window, WORDS)
    assert window.flush()
    other = tmp_path / "other"
    with Store.open_in(other) as elsewhere:
        elsewhere.save_reflection(bundled_article.id, section, "From the other copy.")
    database = data_home / "tether.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(other / "tether.sqlite3", database)

    qtbot.waitUntil(
        lambda: window.reflections_dock.editor.text_edit.toPlainText() == "From the other copy.",
        timeout=WAIT_MS,
    )
    assert "replaced" in window.statusBar().currentMessage()
    kept = []
    for backup in list_backups(data_home):
        with closing(sqlite3.connect(backup)) as conn:
            kept += conn.execute("SELECT text FROM reflections").fetchall()
    assert (WORDS,) in kept


def test_a_damaged_file_at_start_is_explained_in_a_dialog(
    kept_window: KeptWindow, qtbot: QtBot, data_home: Path
) -> None:
    data_home.mkdir(mode=0o700)
    (data_home / "tether.sqlite3").write_bytes(b"not a database at all\n" * 100)

    with ModalCloser() as closer:
        window, keeper = kept_window(interactive=True)
        qtbot.waitUntil(lambda: bool(closer.seen), timeout=WAIT_MS)

    assert keeper.recovery is not None
    [dialog] = closer.seen
    assert dialog.title == "Tether Repaired Its Data File"
    assert str(keeper.recovery.damaged_path) in dialog.text
    assert str(data_home / "damaged") in dialog.text
    assert window.isVisible()


class FirstPaintClock(QObject):
    """Notes the wall-clock time of the first paint of the article's page."""

    def __init__(self) -> None:
        super().__init__()
        self.at_ns: int | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.at_ns is None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and isinstance(watched.parent(), ArticleView)
        ):
            self.at_ns = time.time_ns()
        return False


def test_backups_start_after_the_window_is_up_repeat_and_end_with_the_last_change(
    kept_window: KeptWindow, qtbot: QtBot, data_home: Path, bundled_article: Article
) -> None:
    painted = FirstPaintClock()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(painted)
    try:
        window, keeper = kept_window()
        qtbot.waitUntil(lambda: len(list_backups(data_home)) == 1, timeout=WAIT_MS)
    finally:
        app.removeEventFilter(painted)
    # However busy the machine, the first backup is written after the page's first paint.
    assert painted.at_ns is not None
    assert list_backups(data_home)[0].stat().st_mtime_ns >= painted.at_ns

    type_into_editor(qtbot, window, WORDS)
    assert window.flush()
    qtbot.waitUntil(lambda: len(list_backups(data_home)) == 2, timeout=WAIT_MS)

    type_into_editor(qtbot, window, MORE)
    window.close()  # as at quit: the window saves and closes, then the keeper
    keeper.close()

    newest = list_backups(data_home)[0]
    with closing(sqlite3.connect(newest)) as conn:
        assert conn.execute("SELECT text FROM reflections").fetchall() == [(WORDS + MORE,)]
    assert mode_of(newest) == 0o600
    assert mode_of(newest.parent) == 0o700
