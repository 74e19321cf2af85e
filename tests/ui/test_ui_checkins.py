"""Check-ins, History and Earlier Versions in the real window, with an injected clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tether.content import Article
from tether.models import Role
from tether.shell.window import build_window
from tether.store import Store
from tether.ui.actions import ActionId
from tether.ui.history.return_bar import ReturnBar
from tether.ui.history.versions import EarlierVersionsDialog
from tether.ui.history.window import HistoryWindow
from tether.ui.main_window import MainWindow
from tether.ui.settings import UiSettings

TIMEOUT_MS = 10_000
START = datetime(2026, 9, 3, 18, 0, tzinfo=UTC)


class Clock:
    """The time the store sees; the test moves it forward by weeks when it needs to."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        self.now += timedelta(milliseconds=1)  # every save a little later than the last
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


OpenWindow = Callable[[], MainWindow]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def window_at(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, clock: Clock, bundled_article: Article
) -> Iterator[OpenWindow]:
    """Open the app's window over a store on ``clock``; again to simulate a restart."""
    opened: list[tuple[MainWindow, Store]] = []

    def close_all() -> None:
        while opened:
            window, store = opened.pop()
            window.close()
            store.close()

    def open_() -> MainWindow:
        close_all()
        store = Store.open_in(data_dir, clock)
        settings = UiSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        window = build_window(store, settings).main
        qtbot.addWidget(window)
        window.show_article(bundled_article)
        window.show()
        qtbot.waitExposed(window)
        opened.append((window, store))
        return window

    yield open_
    close_all()


def sign_ids(window: MainWindow) -> list[list[str]]:
    assert window.session is not None
    return [[s.id for s in group.signs] for group in window.session.article.sign_groups]


def tick(window: MainWindow, *ids: str) -> None:
    assert window.session is not None
    for sign_id in ids:
        assert window.session.signs.set_ticked(sign_id, True)


def test_two_checkins_weeks_apart_show_in_the_history_chart_and_tables(
    window_at: OpenWindow, clock: Clock, qtbot: QtBot, qtmodeltester
) -> None:
    window = window_at()
    groups = sign_ids(window)
    tick(window, groups[1][0], groups[1][1], groups[1][2])  # three of four disconnected
    clock.advance(weeks=4)
    window.actions_by_id[ActionId.NEW_CHECKIN].trigger()
    signs = window.session.signs  # type: ignore[union-attr]
    assert not signs.is_ticked(groups[1][0])  # ticked afresh: nothing carried over
    assert signs.index_of_sign(groups[1][0]).data(Role.PreviousTick) is True
    assert signs.index_of_sign(groups[1][3]).data(Role.PreviousTick) is False
    tick(window, groups[1][3])  # now one

    window.actions_by_id[ActionId.HISTORY].trigger()
    history_window = window.findChild(HistoryWindow, "history-window")
    assert history_window is not None
    qtbot.waitUntil(history_window.isVisible, timeout=TIMEOUT_MS)
    table = history_window.checkins_table
    qtmodeltester.check(table)
    qtmodeltester.check(history_window.signs_table)
    assert table.rowCount() == 2
    column = 2  # the second group: "What Disconnection Looks Like in Practice"
    assert table.index(0, column).data() == "3 of 4"
    assert table.index(1, column).data() == "1 of 4"
    assert table.index(0, 0).data() == "3 Sept 2026"
    assert table.index(1, 0).data().startswith("1 Oct 2026")
    chart = history_window._charts[1]
    assert chart._series.counts == (3, 1)
    assert chart._labels == ["3 Sept 2026", "1 Oct 2026"]
    assert "3 Sept 2026: 3 of 4" in chart.accessibleDescription()
    assert "2 check-ins, from 3 Sept 2026 to 1 Oct 2026" in history_window.summary.text()
    row = [s for s, _, _ in history_window.history.signs()].index(groups[1][0])
    signs_table = history_window.signs_table
    assert signs_table.index(row, 1).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "3 Sept 2026: ticked"
    )
    assert signs_table.index(row, 2).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "1 Oct 2026: not ticked"
    )


def test_one_checkin_is_a_single_point_with_a_word_on_why(
    window_at: OpenWindow, qtbot: QtBot
) -> None:
    window = window_at()
    tick(window, sign_ids(window)[0][0])
    window.actions_by_id[ActionId.HISTORY].trigger()
    history_window = window.findChild(HistoryWindow, "history-window")
    qtbot.waitUntil(history_window.isVisible, timeout=TIMEOUT_MS)
    assert history_window._charts[0]._series.counts == (1,)
    assert "single point" in history_window.summary.text()
    assert "Ctrl+Shift+N" in history_window.summary.text()


def test_an_earlier_checkin_gets_a_note_and_is_deleted_only_with_an_undo(
    window_at: OpenWindow, clock: Clock, qtbot: QtBot
) -> None:
    window = window_at()
    tick(window, sign_ids(window)[0][0])
    clock.advance(days=10)
    window.actions_by_id[ActionId.NEW_CHECKIN].trigger()
    window.actions_by_id[ActionId.HISTORY].trigger()
    history_window = window.findChild(HistoryWindow, "history-window")
    table = history_window.checkins_table
    note = table.index(0, table.columnCount() - 1)
    assert table.setData(note, "before the move")
    assert table.index(0, table.columnCount() - 1).data() == "before the move"

    view = history_window.checkins_view
    view.setCurrentIndex(table.index(1, 0))
    assert not history_window.delete_button.isEnabled()  # the current one stays
    view.setCurrentIndex(table.index(0, 0))
    assert history_window.delete_button.isEnabled()
    history_window.delete_button.click()
    assert table.rowCount() == 1
    assert history_window.undo_bar.isVisible()
    history_window.undo_button.click()
    assert table.rowCount() == 2
    assert table.index(0, table.columnCount() - 1).data() == "before the move"


def test_coming_back_after_a_week_offers_a_new_checkin_in_a_bar_that_starts_one(
    window_at: OpenWindow, clock: Clock, qtbot: QtBot
) -> None:
    window = window_at()
    first = sign_ids(window)[0][0]
    tick(window, first)
    window.close()  # the reader closes Tether, then comes back
    clock.advance(days=2)
    window = window_at()
    QApplication.processEvents()
    assert _bar(window) is None  # two days away: no offer

    window.close()
    clock.advance(days=8)
    window = window_at()
    qtbot.waitUntil(lambda: _bar_shown(window), timeout=TIMEOUT_MS)
    bar = _bar(window)
    assert bar is not None
    assert "your earlier answers are kept" in bar.label.text()
    assert QApplication.activeModalWidget() is None  # a bar, not a dialog
    bar.start_button.click()
    assert not bar.isVisible()
    signs = window.session.signs  # type: ignore[union-attr]
    assert not signs.is_ticked(first)
    assert signs.previous_tick(first) is True
    assert len(window.session.history().checkins) == 2  # type: ignore[union-attr]


def _bar(window: MainWindow) -> ReturnBar | None:
    return window.findChild(ReturnBar, "return-bar")


def _bar_shown(window: MainWindow) -> bool:
    bar = _bar(window)
    return bar is not None and bar.isVisible()


def test_a_replaced_reflection_keeps_its_first_text_which_can_be_restored_and_undone(
    window_at: OpenWindow, clock: Clock, qtbot: QtBot
) -> None:
    window = window_at()
    article = window.session.article  # type: ignore[union-attr]
    first, other = article.sections[1], article.sections[2]
    editor = window.reflections_dock.editor
    editor.show_section(first)
    qtbot.keyClicks(editor.text_edit, "I keep people at a distance.")
    assert editor.flush()
    editor.show_section(other)  # leaving the section is a pause
    clock.advance(minutes=2)
    editor.show_section(first)
    edit = editor.text_edit
    edit.selectAll()
    qtbot.keyClicks(edit, "Actually I am closer than I thought.")
    assert editor.flush()
    versions = window.session.reflections.versions(first.id)  # type: ignore[union-attr]
    assert [v.text for v in versions] == [
        "Actually I am closer than I thought.",
        "I keep people at a distance.",
    ]

    def choose_the_older() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EarlierVersionsDialog)
        assert "(what you have now)" in dialog.list.item(0).text()
        dialog.list.setCurrentRow(1)
        assert dialog.preview.toPlainText() == "I keep people at a distance."
        dialog.restore_button.click()

    QTimer.singleShot(0, choose_the_older)
    window.actions_by_id[ActionId.EARLIER_VERSIONS].trigger()
    assert edit.toPlainText() == "I keep people at a distance."
    assert window.session.reflections.text_for_section(first.id) == (  # type: ignore[union-attr]
        "I keep people at a distance."
    )
    # Restoring is itself undoable, and nothing was lost on the way.
    edit.setFocus()
    edit.undo()
    assert edit.toPlainText() == "Actually I am closer than I thought."
    assert editor.flush()
    texts = [v.text for v in window.session.reflections.versions(first.id)]  # type: ignore[union-attr]
    assert "I keep people at a distance." in texts
    assert "Actually I am closer than I thought." in texts
