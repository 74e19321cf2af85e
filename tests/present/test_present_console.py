"""The presenter console's contents, and how presenting is started from the main window."""

from __future__ import annotations

from present_helpers import Presenter, press, start
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from pytestqt.qtbot import QtBot

from tether.content import load_article
from tether.ui.actions import ActionId, Menu
from tether.ui.settings import PRESENT_SCREEN

PROMPTED = """\
---
title: Asking for Help
---

## Leaning

Some people never ask.

> Reflect: When did you last ask someone for help?

> Reflect: What made it hard?

## Landing

Let it land.
"""


def test_the_console_lists_the_sections_prompts_as_discussion_questions(
    qtbot: QtBot, presenter: Presenter, write_article
) -> None:
    article = load_article(write_article(PROMPTED))
    controller = presenter(article=article, section="leaning")
    start(qtbot, controller)
    console = controller.console
    assert console is not None

    questions = console.prompts.text()
    assert "When did you last ask someone for help?" in questions
    assert "What made it hard?" in questions

    press(qtbot, controller, Qt.Key.Key_PageDown)
    assert console.prompts.text() == "No notes in this section."


def test_the_console_says_where_the_talk_is(qtbot: QtBot, presenter: Presenter) -> None:
    controller = presenter(section="what-independence-actually-means")
    start(qtbot, controller)
    assert controller.console is not None
    assert controller.talk is not None
    pages = controller.talk.deck.page_count(1)

    assert controller.console.position.text() == (
        f"Section 2 of 12: What Independence Actually Means · page 1 of {pages}"
    )
    assert controller.console.next.state is not None
    assert controller.console.next.state.place == controller.talk.deck.after(
        controller.talk.deck.place
    )


def test_present_is_in_the_view_menu_on_f5(presenter: Presenter) -> None:
    controller = presenter()
    action = controller.window.actions_by_id[ActionId.PRESENT]

    assert QKeySequence("F5") in action.shortcuts()
    assert action in controller.window.menus[Menu.VIEW].actions()
    assert action.text() == "&Present"


def test_the_view_menu_triggers_presenting_at_the_current_section(
    qtbot: QtBot, presenter: Presenter
) -> None:
    controller = presenter(section="conclusion")

    with qtbot.waitSignal(controller.started):
        controller.window.actions_by_id[ActionId.PRESENT].trigger()

    assert controller.talk is not None
    assert controller.talk.deck.place.section == 11


def test_the_presentation_screen_menu_remembers_the_screen_by_name(presenter: Presenter) -> None:
    controller = presenter()
    menu = controller.screen_menu
    menu.rebuild()
    screen = QGuiApplication.screens()[0]
    key = screen.name() or "1"  # the test's offscreen screen has no name: its number, then
    assert [action.data() for action in menu.menu.actions()] == ["", key]

    menu.menu.actions()[1].trigger()

    assert controller.settings.preference(PRESENT_SCREEN) == key
    menu.rebuild()
    assert [a.isChecked() for a in menu.menu.actions()] == [False, True]


def test_a_screen_remembered_but_not_connected_is_listed_as_such(presenter: Presenter) -> None:
    controller = presenter()
    controller.settings.set_preference(PRESENT_SCREEN, "HDMI-9")

    controller.screen_menu.rebuild()

    texts = [action.text() for action in controller.screen_menu.menu.actions()]
    assert texts[-1] == "HDMI-9 (not connected)"
