"""Every clicker key does what the keys table says, on one screen (the test's own)."""

from __future__ import annotations

import pytest
from present_helpers import Presenter, press, start
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tether.content import Article
from tether.present.audience_window import Blank
from tether.present.pages.deck import Place

K = Qt.Key
LONG_SECTION = "introduction"  # two pages on the test's 800×800 screen
SIGNS_SECTION = "what-independence-actually-means"


def place_of(controller) -> Place:
    assert controller.talk is not None
    return controller.talk.deck.place


def shown(controller) -> Place:
    assert controller.audience is not None
    return controller.audience.state.place


@pytest.mark.parametrize(
    "key",
    [K.Key_PageDown, K.Key_Right, K.Key_Down, K.Key_Space, K.Key_Return, K.Key_Enter, K.Key_N],
)
def test_each_next_key_shows_the_next_page(qtbot: QtBot, presenter: Presenter, key: K) -> None:
    controller = presenter(section=LONG_SECTION)
    start(qtbot, controller)
    assert controller.talk is not None
    assert controller.talk.deck.page_count(0) >= 2, "the introduction should take two pages"

    press(qtbot, controller, key)

    assert place_of(controller) == Place(0, 1)
    assert shown(controller) == Place(0, 1)


@pytest.mark.parametrize("key", [K.Key_PageUp, K.Key_Left, K.Key_Up, K.Key_Backspace, K.Key_P])
def test_each_previous_key_shows_the_previous_page(
    qtbot: QtBot, presenter: Presenter, key: K
) -> None:
    controller = presenter(section=SIGNS_SECTION)
    start(qtbot, controller)
    assert place_of(controller) == Place(1, 0)

    press(qtbot, controller, key)

    assert controller.talk is not None
    last_intro_page = controller.talk.deck.page_count(0) - 1
    assert shown(controller) == Place(0, last_intro_page)


def test_next_on_the_last_page_stays_there(qtbot: QtBot, presenter: Presenter) -> None:
    controller = presenter(section="conclusion")
    start(qtbot, controller)
    press(qtbot, controller, K.Key_End)
    end = place_of(controller)

    press(qtbot, controller, K.Key_PageDown)

    assert place_of(controller) == end
    assert controller.console is not None
    assert "last page" in controller.console.message.text()


def test_home_and_end_go_to_the_first_and_last_page(
    qtbot: QtBot, presenter: Presenter, bundled_article: Article
) -> None:
    controller = presenter(section=SIGNS_SECTION)
    start(qtbot, controller)

    press(qtbot, controller, K.Key_End)
    last = len(bundled_article.sections) - 1
    assert controller.talk is not None
    assert shown(controller) == Place(last, controller.talk.deck.page_count(last) - 1)

    press(qtbot, controller, K.Key_Home)
    assert shown(controller) == Place(0, 0)


def test_a_number_then_enter_goes_to_that_section(qtbot: QtBot, presenter: Presenter) -> None:
    controller = presenter()
    start(qtbot, controller)

    press(qtbot, controller, K.Key_1)
    press(qtbot, controller, K.Key_1)
    assert controller.console is not None
    assert "11" in controller.console.message.text()
    assert shown(controller) == Place(0, 0), "typing a number alone moves nothing"
    press(qtbot, controller, K.Key_Return)

    assert shown(controller) == Place(10, 0)


def test_a_section_number_that_does_not_exist_moves_nothing_and_says_so(
    qtbot: QtBot, presenter: Presenter
) -> None:
    controller = presenter(section=SIGNS_SECTION)
    start(qtbot, controller)

    for key in (K.Key_4, K.Key_2, K.Key_Enter):
        press(qtbot, controller, key)

    assert shown(controller) == Place(1, 0)
    assert controller.console is not None
    assert "no section 42" in controller.console.message.text()


def test_escape_forgets_a_half_typed_number_without_leaving(
    qtbot: QtBot, presenter: Presenter
) -> None:
    controller = presenter()
    start(qtbot, controller)

    press(qtbot, controller, K.Key_5)
    press(qtbot, controller, K.Key_Escape)
    press(qtbot, controller, K.Key_Return)

    assert controller.presenting
    assert controller.talk is not None
    assert controller.talk.digits == ""
    assert shown(controller) != Place(4, 0)


@pytest.mark.parametrize(
    ("key", "blank"),
    [
        (K.Key_B, Blank.BLACK),
        (K.Key_Period, Blank.BLACK),
        (K.Key_W, Blank.WHITE),
        (K.Key_Comma, Blank.WHITE),
    ],
)
def test_blank_keys_blank_the_screen_and_the_next_key_only_unblanks(
    qtbot: QtBot, presenter: Presenter, key: K, blank: Blank
) -> None:
    controller = presenter(section=SIGNS_SECTION)
    start(qtbot, controller)
    audience = controller.audience
    assert audience is not None

    press(qtbot, controller, key)
    assert audience.state.blank is blank
    image = audience.grab().toImage()
    colour = "#000000" if blank is Blank.BLACK else "#ffffff"
    assert {image.pixelColor(x, y).name() for x in (0, 400, 799) for y in (0, 400, 799)} == {colour}

    press(qtbot, controller, K.Key_PageDown)

    assert audience.state.blank is Blank.NONE
    assert shown(controller) == Place(1, 0), "the key that unblanks does nothing else"


def test_escape_on_a_blank_screen_unblanks_and_stays_presenting(
    qtbot: QtBot, presenter: Presenter
) -> None:
    controller = presenter()
    start(qtbot, controller)
    press(qtbot, controller, K.Key_B)

    press(qtbot, controller, K.Key_Escape)

    assert controller.presenting
    assert controller.audience is not None
    assert controller.audience.state.blank is Blank.NONE


def test_escape_closes_the_checklist_first_then_leaves(qtbot: QtBot, presenter: Presenter) -> None:
    controller = presenter(section=SIGNS_SECTION)
    start(qtbot, controller)
    press(qtbot, controller, K.Key_C)
    assert controller.talk is not None
    assert controller.talk.checklist is not None

    press(qtbot, controller, K.Key_Escape)
    assert controller.presenting
    assert controller.talk.checklist is None

    press(qtbot, controller, K.Key_Escape)
    assert not controller.presenting


def test_a_stray_f5_while_presenting_changes_nothing(qtbot: QtBot, presenter: Presenter) -> None:
    controller = presenter(section=SIGNS_SECTION)
    start(qtbot, controller)
    press(qtbot, controller, K.Key_PageDown)
    before = place_of(controller)
    audience = controller.audience

    with qtbot.assertNotEmitted(controller.started):
        press(qtbot, controller, K.Key_F5)

    assert controller.audience is audience
    assert place_of(controller) == before


def test_f5_after_escape_resumes_on_the_same_page(qtbot: QtBot, presenter: Presenter) -> None:
    controller = presenter(section=LONG_SECTION)
    start(qtbot, controller)
    press(qtbot, controller, K.Key_PageDown)
    assert place_of(controller) == Place(0, 1)

    press(qtbot, controller, K.Key_Escape)
    assert not controller.presenting
    assert controller.window.article_view.current_section() == 0
    start(qtbot, controller)

    assert shown(controller) == Place(0, 1)


def test_escape_leaves_at_the_section_shown_and_f5_starts_there(
    qtbot: QtBot, presenter: Presenter
) -> None:
    controller = presenter()
    start(qtbot, controller)
    for key in (K.Key_4, K.Key_Return):
        press(qtbot, controller, key)

    press(qtbot, controller, K.Key_Escape)

    assert controller.window.article_view.current_section() == 3
    start(qtbot, controller)
    assert shown(controller) == Place(3, 0)


def test_f1_on_the_only_screen_shows_the_keys_in_one_line_and_any_key_takes_them_away(
    qtbot: QtBot, presenter: Presenter
) -> None:
    controller = presenter(section=SIGNS_SECTION)
    start(qtbot, controller)
    audience = controller.audience
    assert audience is not None

    page_before = audience.grab().toImage()
    press(qtbot, controller, K.Key_F1)
    assert audience.state.help
    # Minimal: one line of keys in the corner marker; the page itself stays as it was.
    assert "B black" in audience.renderer.marker(audience.state)
    picture = audience.grab().toImage()
    top = page_before.copy(0, 0, picture.width(), round(picture.height() * 0.9))
    assert picture.copy(0, 0, picture.width(), round(picture.height() * 0.9)) == top

    press(qtbot, controller, K.Key_PageDown)

    assert not audience.state.help
    assert shown(controller) == Place(1, 0)


def test_zoom_keys_make_the_type_larger_and_smaller_but_never_under_three_percent(
    qtbot: QtBot, presenter: Presenter
) -> None:
    controller = presenter(section=SIGNS_SECTION)
    start(qtbot, controller)
    audience = controller.audience
    assert audience is not None
    usual = audience.book.style.body_px
    height = audience.height()

    press(qtbot, controller, K.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert audience.book.style.body_px > usual
    for _ in range(10):
        press(qtbot, controller, K.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert audience.book.style.body_px >= 0.03 * height
    press(qtbot, controller, K.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert audience.book.style.body_px == usual
    assert shown(controller).section == 1, "zooming keeps the section on show"


def test_swap_does_nothing_with_one_screen(qtbot: QtBot, presenter: Presenter) -> None:
    controller = presenter()
    start(qtbot, controller)
    assert controller.stage is not None
    before = controller.stage.placement

    press(qtbot, controller, K.Key_S)

    assert controller.stage.placement == before
    assert controller.console is not None
    assert not controller.console.isVisible()


def test_keys_presentation_mode_does_not_use_are_left_alone(
    qtbot: QtBot, presenter: Presenter
) -> None:
    controller = presenter(section=SIGNS_SECTION)
    start(qtbot, controller)

    assert not controller.handle_key(K.Key_Q, Qt.KeyboardModifier.NoModifier)
    assert not controller.handle_key(K.Key_Shift, Qt.KeyboardModifier.ShiftModifier)
    assert shown(controller) == Place(1, 0)
