"""The facilitator's workshop (issue 17): speaker notes on the console, the facilitator's
own notes, the anonymous group tally, what a key typed shows, and the timer's colours."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path

from present_helpers import HandClock, Presenter, press, start, texts_in
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tether.content import TICKED_GLYPH, Article
from tether.export.tally import CSV_COLUMNS, write_tally
from tether.present.console import AMBER_AT_S, countdown_colour
from tether.present.keys import KEY_HELP
from tether.store import Store
from tether.store.transfer import back_up_to, restore_from

K = Qt.Key
SIGNS_SECTION = "what-independence-actually-means"
NOTE = "Read the four signs slowly and leave a minute of quiet."


def test_the_articles_note_is_on_the_console_as_a_speaker_note(
    qtbot: QtBot, presenter: Presenter
) -> None:
    controller = presenter(section=SIGNS_SECTION)
    start(qtbot, controller)
    assert controller.console is not None

    assert NOTE in controller.console.prompts.text()
    assert "No notes" not in controller.console.prompts.text()


def test_the_facilitators_own_note_is_kept_across_a_restart_and_a_backup_and_restore(
    qtbot: QtBot,
    presenter: Presenter,
    private_store: Store,
    tmp_path: Path,
    bundled_article: Article,
) -> None:
    controller = presenter(section=SIGNS_SECTION)
    start(qtbot, controller)
    console = controller.console
    assert console is not None
    press(qtbot, controller, K.Key_E)  # one screen: the console is not up, E says so
    assert controller.talk is not None
    console.own_notes.setFocus()
    qtbot.keyClicks(console.own_notes, "Pair people up here")
    press(qtbot, controller, K.Key_PageDown)  # a clicker's key still turns the page
    assert controller.talk.deck.place.section == 2
    assert console.own_notes.toPlainText() == ""
    controller.stop()

    data = private_store.facilitation()
    assert data.note(bundled_article.id, SIGNS_SECTION) == "Pair people up here"
    backup = tmp_path / "backup.sqlite3"
    back_up_to(private_store, backup)
    private_store.close()
    private_store.reopen()
    assert private_store.facilitation().note(bundled_article.id, SIGNS_SECTION) == (
        "Pair people up here"
    )
    reflection = private_store.reflection_for_section(bundled_article.id, SIGNS_SECTION)
    assert reflection is not None
    assert "Pair people up" not in reflection.text

    with Store.open_in(tmp_path / "elsewhere") as fresh:
        restore_from(fresh, backup)
        assert fresh.facilitation().note(bundled_article.id, SIGNS_SECTION) == (
            "Pair people up here"
        )


def test_a_tally_for_three_signs_is_on_the_rooms_screen_saved_and_exported_without_ticks(
    qtbot: QtBot,
    presenter: Presenter,
    private_store: Store,
    bundled_article: Article,
    tmp_path: Path,
) -> None:
    controller = presenter(section=SIGNS_SECTION)
    start(qtbot, controller)
    audience = controller.audience
    assert audience is not None
    signs = bundled_article.sections[1].signs
    assert all(private_store.ticks(bundled_article.id).get(sign.id) for sign in signs)

    press(qtbot, controller, K.Key_C)
    press(qtbot, controller, K.Key_Space)
    press(qtbot, controller, K.Key_1)
    press(qtbot, controller, K.Key_2)  # twelve people
    press(qtbot, controller, K.Key_Space)
    press(qtbot, controller, K.Key_7)
    press(qtbot, controller, K.Key_Space)
    for _ in range(3):
        press(qtbot, controller, K.Key_Plus)
    press(qtbot, controller, K.Key_Minus)  # one too many
    audience.grab()

    room = "\n".join(texts_in(audience))
    assert all(sign.text in room for sign in signs[:3])
    plain = audience.renderer.overlay("checklist", audience.state.checklist_html or "")
    lines = plain.document.toPlainText()
    assert "12" in lines
    assert "7" in lines
    assert "2" in lines
    assert TICKED_GLYPH not in room
    assert controller.console is not None
    assert "Room’s count" in controller.console.tally.text()

    (workshop,) = private_store.facilitation().workshops(bundled_article.id)
    assert workshop.counts == {signs[0].id: 12, signs[1].id: 7, signs[2].id: 2}

    target = tmp_path / "tally.csv"
    message = write_tally(target, bundled_article, workshop)
    assert "3 signs" in message
    with target.open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    day = workshop.started.astimezone().date().isoformat()
    group = bundled_article.sections[1].sign_groups[0].title
    assert rows == [
        list(CSV_COLUMNS),
        [signs[0].text, group, "12", day],
        [signs[1].text, group, "7", day],
        [signs[2].text, group, "2", day],
    ]
    markdown = tmp_path / "tally.md"
    write_tally(markdown, bundled_article, workshop)
    text = markdown.read_text(encoding="utf-8")
    assert f"| {signs[0].text} | 12 |" in text
    assert f"| {signs[3].text} | — |" in text, "the sign not counted is not the reader's tick"


def test_presenting_again_the_same_day_shows_the_workshops_counts_again(
    qtbot: QtBot, presenter: Presenter, bundled_article: Article
) -> None:
    first = presenter(section=SIGNS_SECTION)
    start(qtbot, first)
    for key in (K.Key_C, K.Key_Space, K.Key_5):
        press(qtbot, first, key)
    press(qtbot, first, K.Key_Escape)
    press(qtbot, first, K.Key_Escape)

    again = presenter(section=SIGNS_SECTION)
    start(qtbot, again)
    press(qtbot, again, K.Key_C)
    press(qtbot, again, K.Key_Space)

    assert again.audience is not None
    html = again.audience.state.checklist_html or ""
    assert 'class="tally-count"' in html
    assert ">5<" in html


def test_with_one_screen_the_typed_section_number_and_messages_show_small_in_the_marker(
    qtbot: QtBot, presenter: Presenter
) -> None:
    controller = presenter()
    start(qtbot, controller)
    audience, console = controller.audience, controller.console
    assert audience is not None
    assert console is not None

    press(qtbot, controller, K.Key_7)

    assert console.message.text() == "Go to section 7… (Enter)"
    assert audience.renderer.marker(audience.state).startswith("go to section 7…")
    press(qtbot, controller, K.Key_Return)
    assert not audience.state.notice

    press(qtbot, controller, K.Key_PageUp)  # back to a section with no signs
    while (
        controller.talk is not None
        and controller.talk.article.sections[controller.talk.deck.place.section].signs
    ):
        press(qtbot, controller, K.Key_PageUp)
    press(qtbot, controller, K.Key_C)
    assert console.message.text() == "This section has no checklist."
    assert "This section has no checklist." in audience.renderer.marker(audience.state)
    assert NOTE not in audience.renderer.marker(audience.state)


def near(colour: QColor, wanted: str) -> bool:
    other = QColor(wanted)
    return (
        abs(colour.red() - other.red())
        + abs(colour.green() - other.green())
        + abs(colour.blue() - other.blue())
    ) < 40


def shows_colour(widget: QWidget, wanted: str) -> bool:
    image = widget.grab().toImage()
    return any(
        near(image.pixelColor(x, y), wanted)
        for x in range(0, image.width(), 1)
        for y in range(0, image.height(), 2)
    )


def test_the_countdown_turns_amber_in_the_last_five_minutes_and_red_when_over(
    qtbot: QtBot, presenter: Presenter, clock: HandClock
) -> None:
    controller = presenter(duration_min=20)
    start(qtbot, controller)
    console = controller.console
    assert console is not None
    console.resize(1280, 720)
    amber, red = countdown_colour(AMBER_AT_S, False), countdown_colour(-1, False)

    clock.seconds += 15 * 60 - 1
    console.refresh_time()
    assert console.countdown.text() == "Left 5:01"
    assert not shows_colour(console.countdown, amber)

    clock.seconds += 1
    console.refresh_time()
    assert console.countdown.text() == "Left 5:00"
    assert shows_colour(console.countdown, amber)

    clock.seconds += 5 * 60 + 1
    console.refresh_time()
    assert console.countdown.text() == "Over 0:01"
    assert shows_colour(console.countdown, red)
    assert not shows_colour(console.countdown, amber)


def test_t_pauses_and_resumes_the_timer_and_f1_lists_it(
    qtbot: QtBot, presenter: Presenter, clock: HandClock
) -> None:
    controller = presenter(duration_min=20)
    start(qtbot, controller)
    console = controller.console
    assert console is not None

    clock.seconds += 60
    press(qtbot, controller, K.Key_T)
    clock.seconds += 600  # a break
    console.refresh_time()
    assert console.elapsed.text() == "Elapsed 1:00"
    assert console.timer_state.isVisibleTo(console)
    assert console.timer_state.text() == "Timer paused: T resumes"

    press(qtbot, controller, K.Key_T)
    clock.seconds += 30
    console.refresh_time()
    assert console.elapsed.text() == "Elapsed 1:30"
    assert not console.timer_state.isVisibleTo(console)
    assert any("timer" in what and "T" in keys for what, keys in KEY_HELP)
    assert timedelta(seconds=controller.timer.elapsed()) == timedelta(seconds=90)


def test_file_menu_has_export_workshop_tally(presenter: Presenter) -> None:
    from tether.ui.actions import ActionId, Menu

    controller = presenter()
    action = controller.window.actions_by_id[ActionId.EXPORT_TALLY]

    assert action in controller.window.menus[Menu.FILE].actions()
    assert action.text() == "Export Work&shop Tally…"
