"""Speaker notes in the main window (issue 17): the article's "Note:" quotes hidden from
the page unless View › Show Speaker Notes is on (remembered), and the facilitator's own
notes in the Speaker Notes pane, saved apart from the reader's reflections."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDockWidget
from pytestqt.qtbot import QtBot

from tether.content import Article
from tether.ui.actions import ActionId
from tether.ui.main_window import MainWindow
from tether.ui.panels.speaker_notes import SpeakerNotesPane

OpenWindow = Callable[..., MainWindow]

NOTE = "Ask the group what “standing on your own feet” meant"


def page_text(window: MainWindow) -> str:
    return window.article_view.document().toPlainText()


def test_the_articles_notes_are_off_the_page_until_asked_for_and_the_choice_is_kept(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    assert NOTE not in page_text(window)
    assert "standing on their own feet" in page_text(window)

    window.actions_by_id[ActionId.SHOW_SPEAKER_NOTES].trigger()
    assert NOTE in page_text(window)

    again = open_window()
    assert again.actions_by_id[ActionId.SHOW_SPEAKER_NOTES].isChecked()
    assert NOTE in page_text(again)


def test_a_note_typed_in_the_pane_is_kept_across_a_restart_and_is_no_reflection(
    qtbot: QtBot, open_window: OpenWindow, bundled_article: Article
) -> None:
    window = open_window(section="what-independence-actually-means")
    qtbot.waitUntil(lambda: window.article_view.current_section() == 1)
    window.actions_by_id[ActionId.SPEAKER_NOTES_PANE].trigger()
    pane = window.findChild(QDockWidget, "speaker-notes-dock")
    assert isinstance(pane, SpeakerNotesPane)
    assert "What Independence Actually Means" in pane.heading.text()
    qtbot.keyClicks(pane.editor, "Pair people up here")
    window.close()  # saves everything

    again = open_window(section="what-independence-actually-means")
    session = again.session
    assert session is not None
    assert session.facilitation().note("what-independence-actually-means") == (
        "Pair people up here"
    )
    assert session.reflections.rowCount() == 0


def test_the_pane_follows_the_reader_to_the_next_section(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    window.actions_by_id[ActionId.SPEAKER_NOTES_PANE].trigger()
    pane = window.findChild(QDockWidget, "speaker-notes-dock")
    assert isinstance(pane, SpeakerNotesPane)
    qtbot.keyClicks(pane.editor, "Welcome everyone")

    window.actions_by_id[ActionId.NEXT_SECTION].trigger()

    qtbot.waitUntil(lambda: "What Independence Actually Means" in pane.heading.text())
    assert pane.editor.toPlainText() == ""
    window.actions_by_id[ActionId.PREVIOUS_SECTION].trigger()
    qtbot.waitUntil(lambda: pane.editor.toPlainText() == "Welcome everyone")
