"""Reading progress: sections read are marked in the Sections dock and remembered, and the
status bar says how far through the article the reader is."""

from __future__ import annotations

import re

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot
from ui_helpers import status_label

from tether.content import Article
from tether.models import Role, SectionsModel
from tether.ui.main_window import MainWindow
from tether.ui.page.progress import READ_DWELL_MS, ReadMarkDelegate

# Generous: a wait ends as soon as its condition holds, and CI machines are small and busy.
WAIT_MS = READ_DWELL_MS * 10
PROGRESS = re.compile(r"^(\d+)% through · (\d+) of (\d+) sections read$")


def roomy(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """A window the size of a laptop screen, with a page wide enough for the measure."""
    window.resize(1400, 900)
    view = window.article_view
    qtbot.waitUntil(lambda: view.viewport().width() > 600, timeout=WAIT_MS)
    # Qt lays the page out again at its new width in steps, in idle time; until it is
    # done the status bar may say what a half-laid-out page gives (100% through, say).
    # Finish the layout now, as idle time would, and wait for the status bar to say
    # what the page, as laid out, gives.
    view.document().documentLayout().documentSize()
    label = status_label(window, "progress-label")
    qtbot.waitUntil(lambda: label.text() == window.reading_progress.text(), timeout=WAIT_MS)
    return window


def sections(window: MainWindow) -> SectionsModel:
    assert window.session is not None
    return window.session.sections


def read_rows(window: MainWindow) -> list[int]:
    model = sections(window)
    return [
        row
        for row in range(model.rowCount())
        if model.is_read(model.index(row, 0).data(Role.SectionId))
    ]


def show_end_of(window: MainWindow, row: int) -> None:
    """Scroll into section ``row`` far enough that its end is on the page."""
    view = window.article_view
    view.scroll_to_section(row)
    if row in window.reading_progress.sections_ending_on_screen():
        return
    following = view.section_positions()[row + 1]
    block = view.document().findBlock(following).previous()
    bottom = view.document().documentLayout().blockBoundingRect(block).top()
    view.verticalScrollBar().setValue(round(bottom - view.viewport().height() * 0.6))


def resting_up_to_current(window: MainWindow) -> set[int]:
    """The sections the rule marks: their end is on the page, and they are not below it."""
    current = window.article_view.current_section()
    ending = window.reading_progress.sections_ending_on_screen()
    return {row for row in ending if row <= current}


def progress_parts(window: MainWindow) -> tuple[int, int, int]:
    text = status_label(window, "progress-label").text()
    match = PROGRESS.match(text)
    assert match is not None, text
    percent, read, total = (int(part) for part in match.groups())
    return percent, read, total


def test_resting_with_the_end_of_a_section_on_screen_marks_it_read(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    window = roomy(qtbot, open_window())
    target = 4
    show_end_of(window, target)
    assert target in window.reading_progress.sections_ending_on_screen()

    qtbot.waitUntil(
        lambda: sections(window).is_read(bundled_article.sections[target].id), timeout=WAIT_MS
    )

    assert set(read_rows(window)) == resting_up_to_current(window)


def test_scrolling_past_sections_without_stopping_does_not_mark_them(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    window = roomy(qtbot, open_window())
    for row in (2, 3, 4, 5, 6):
        show_end_of(window, row)
    resting = resting_up_to_current(window)
    assert 6 in resting

    qtbot.waitUntil(
        lambda: sections(window).is_read(bundled_article.sections[6].id), timeout=WAIT_MS
    )

    assert set(read_rows(window)) == resting
    assert 2 not in resting
    assert 3 not in resting


def test_a_short_section_glimpsed_below_the_one_being_read_is_not_marked(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    window = roomy(qtbot, open_window())
    view = window.article_view
    # Find a place where a whole later section is on the page below the current one.
    for row in range(1, len(bundled_article.sections) - 1):
        view.scroll_to_section(row)
        below = [r for r in window.reading_progress.sections_ending_on_screen() if r > row]
        if below:
            break
    assert below, "the bundled article has short sections"

    qtbot.waitUntil(lambda: bool(read_rows(window)), timeout=WAIT_MS)

    assert not set(below) & set(read_rows(window))


def test_jumping_to_the_last_section_marks_it_but_not_the_sections_skipped(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    window = roomy(qtbot, open_window())
    last = len(bundled_article.sections) - 1

    window.sections_dock.section_activated.emit(last)

    qtbot.waitUntil(lambda: sections(window).is_read("conclusion"), timeout=WAIT_MS)
    assert read_rows(window) == [last]


def test_sections_read_are_remembered_after_a_restart(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    window = roomy(qtbot, open_window())
    window.article_view.scroll_to_section(len(bundled_article.sections) - 1)
    qtbot.waitUntil(lambda: sections(window).is_read("conclusion"), timeout=WAIT_MS)

    again = open_window()

    assert sections(again).is_read("conclusion")
    assert progress_parts(again)[1] >= 1


def test_the_sections_dock_draws_read_sections_differently_from_unread_ones(
    open_window, qtbot: QtBot
) -> None:
    window = open_window()
    sections(window).mark_read("introduction")
    view = window.sections_dock.view
    delegate = view.itemDelegate()
    assert isinstance(delegate, ReadMarkDelegate)

    def decoration(row: int) -> QIcon:
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.widget = view
        delegate.initStyleOption(option, view.model().index(row, 0))
        assert option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration
        return QIcon(option.icon)

    read, unread = decoration(0), decoration(1)
    assert not read.isNull()
    assert not unread.isNull()
    assert read.pixmap(16).toImage() != unread.pixmap(16).toImage()
    assert decoration(2).pixmap(16).toImage() == unread.pixmap(16).toImage()


def test_the_status_bar_says_how_far_through_the_article_the_reader_is(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    window = roomy(qtbot, open_window())
    label = status_label(window, "progress-label")
    assert label.isVisible()
    assert label.accessibleName() == "Reading progress"
    start, _read, total = progress_parts(window)
    assert total == len(bundled_article.sections)
    assert 0 < start < 50

    window.article_view.scroll_to_section(5)
    middle = progress_parts(window)[0]
    window.article_view.scroll_to_section(total - 1)
    end = progress_parts(window)[0]

    assert start < middle < end == 100


def test_the_status_bar_counts_sections_as_they_are_read(open_window, qtbot: QtBot) -> None:
    window = open_window()
    before = progress_parts(window)[1]

    sections(window).mark_read("conclusion")

    assert progress_parts(window)[1] == before + 1
