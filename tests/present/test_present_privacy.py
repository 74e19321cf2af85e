"""Nothing private reaches the room: no reflection, no tick, in anything the audience sees.

The store behind these windows holds a reflection on every section and a tick on every
sign. What the audience window draws is compared, pixel for pixel, with what it draws
over an empty store; and every text and document it holds is searched for them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from present_helpers import SECRET, Presenter, press, start, texts_in
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDockWidget
from pytestqt.qtbot import QtBot

from tether.content import TICKED_GLYPH, UNTICKED_GLYPH, Article, load_article
from tether.present import PresentationController
from tether.store import Store

K = Qt.Key


def every_picture(qtbot: QtBot, controller: PresentationController) -> list[QImage]:
    """What the room sees on every page of the talk, and every step of every checklist."""
    audience = controller.audience
    assert audience is not None
    pictures: list[QImage] = []
    press(qtbot, controller, K.Key_Home)
    for _ in range(100):
        pictures.append(audience.grab().toImage())
        place = audience.state.place
        press(qtbot, controller, K.Key_C)
        while audience.state.checklist_html is not None:
            pictures.append(audience.grab().toImage())
            press(qtbot, controller, K.Key_PageDown)
        press(qtbot, controller, K.Key_PageDown)
        if audience.state.place == place:
            return pictures
    raise AssertionError(f"still moving after 100 pages: {audience.state}")


def assert_nothing_private(controller: PresentationController) -> None:
    assert controller.audience is not None
    for text in texts_in(controller.audience):
        assert SECRET not in text
        assert TICKED_GLYPH not in text
        assert UNTICKED_GLYPH not in text


def test_the_room_sees_the_same_pixels_whatever_the_reader_wrote_or_ticked(
    qtbot: QtBot, presenter: Presenter, tmp_path: Path, bundled_article: Article
) -> None:
    # The first presentation in a test run, after other windows were drawn, can shade
    # the title's anti-aliasing a little differently from every later one, whatever
    # the store holds (Qt's glyph caches): one is given first, and its pictures unused.
    warm_up = presenter()
    start(qtbot, warm_up)
    every_picture(qtbot, warm_up)
    press(qtbot, warm_up, K.Key_Escape)

    private = presenter()
    start(qtbot, private)
    seen_private = every_picture(qtbot, private)
    assert_nothing_private(private)
    press(qtbot, private, K.Key_Escape)

    with Store.open_in(tmp_path / "empty") as empty_store:
        empty = presenter(store=empty_store)
        start(qtbot, empty)
        seen_empty = every_picture(qtbot, empty)
        press(qtbot, empty, K.Key_Escape)
        empty.window.close()  # while its store is still open: closing saves

    assert len(seen_private) == len(seen_empty) > len(bundled_article.sections)
    for number, (mine, blank) in enumerate(zip(seen_private, seen_empty, strict=True)):
        assert mine == blank, f"picture {number} differs with private data in the store"


def test_no_reflection_or_tick_is_in_any_text_the_audience_window_holds(
    qtbot: QtBot, presenter: Presenter
) -> None:
    controller = presenter(section="what-independence-actually-means")
    start(qtbot, controller)
    press(qtbot, controller, K.Key_C)
    for _ in range(4):
        press(qtbot, controller, K.Key_Space)
    assert controller.audience is not None
    controller.audience.grab()

    assert_nothing_private(controller)


def test_the_console_shows_no_reflection_or_tick_either(qtbot: QtBot, presenter: Presenter) -> None:
    controller = presenter(section="what-independence-actually-means")
    start(qtbot, controller)
    press(qtbot, controller, K.Key_C)
    press(qtbot, controller, K.Key_Space)
    assert controller.console is not None

    for text in texts_in(controller.console):
        assert SECRET not in text
        assert TICKED_GLYPH not in text


# Showing a floating dock asks the window system to raise it; offscreen cannot, and says so.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_on_one_screen_only_the_audience_window_is_up_and_esc_gives_the_windows_back(
    qtbot: QtBot, presenter: Presenter
) -> None:
    controller = presenter(section="what-independence-actually-means")
    window = controller.window
    window.signs_dock.setFloating(True)
    qtbot.waitUntil(window.signs_dock.isVisible)
    docks_before = {
        dock.objectName(): dock.isVisible() for dock in window.findChildren(QDockWidget)
    }
    assert any(SECRET in text for text in texts_in(window)), "the reader's window shows it"

    start(qtbot, controller)

    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [controller.audience]
    assert not window.isVisible()
    assert not window.signs_dock.isVisible()
    assert not window.reflections_dock.isVisible()

    press(qtbot, controller, K.Key_Escape)

    assert window.isVisible()
    assert controller.audience is None
    docks_after = {dock.objectName(): dock.isVisible() for dock in window.findChildren(QDockWidget)}
    assert docks_after == docks_before
    assert window.signs_dock.isFloating()


def test_closing_the_rooms_window_stops_presenting_and_tether_stays_open(
    qtbot: QtBot, presenter: Presenter
) -> None:
    controller = presenter()
    start(qtbot, controller)
    assert controller.audience is not None

    with qtbot.waitSignal(controller.stopped):
        controller.audience.close()

    assert controller.window.isVisible()
    assert not QApplication.closingDown()


def test_speaker_notes_are_in_no_text_and_no_pixel_the_room_sees(
    qtbot: QtBot, presenter: Presenter, tmp_path: Path, bundled_article: Article
) -> None:
    """The article's "Note:" quotes are on the console only: the room's pictures are the
    same as for the article without them, and no text of the room's window holds one."""
    source = bundled_article.path.read_text(encoding="utf-8")
    without = "\n".join(line for line in source.splitlines() if not line.startswith("> Note:"))
    bare = tmp_path / "without-notes.md"
    bare.write_text(without, encoding="utf-8")
    notes = [note for section in bundled_article.sections for note in section.notes]
    assert len(notes) == len(bundled_article.sections)

    warm_up = presenter()
    start(qtbot, warm_up)
    every_picture(qtbot, warm_up)
    press(qtbot, warm_up, K.Key_Escape)

    noted = presenter()
    start(qtbot, noted)
    seen_noted = every_picture(qtbot, noted)
    assert noted.audience is not None
    assert noted.console is not None
    room = "\n".join(texts_in(noted.audience))
    assert not any(note in room for note in notes)
    assert notes[-1] in noted.console.prompts.text(), "the console has the note"
    press(qtbot, noted, K.Key_Escape)

    plain = presenter(article=load_article(bare))
    start(qtbot, plain)
    seen_plain = every_picture(qtbot, plain)
    press(qtbot, plain, K.Key_Escape)

    assert len(seen_noted) == len(seen_plain) > len(bundled_article.sections)
    for number, (mine, bare_picture) in enumerate(zip(seen_noted, seen_plain, strict=True)):
        assert mine == bare_picture, f"picture {number} differs with speaker notes in the article"
