"""The group checklist: a section's signs for the room, one at a time, never the ticks."""

from __future__ import annotations

from present_helpers import Presenter, press, start
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tether.content import Article
from tether.present.checklist import ChecklistReveal
from tether.present.pages.deck import Place

K = Qt.Key
SIGNS_SECTION = "what-independence-actually-means"


def test_c_shows_the_checklist_and_each_next_reveals_one_more_sign(
    qtbot: QtBot, presenter: Presenter, bundled_article: Article
) -> None:
    controller = presenter(section=SIGNS_SECTION)
    start(qtbot, controller)
    audience, talk = controller.audience, controller.talk
    assert audience is not None
    assert talk is not None
    signs = bundled_article.sections[1].signs

    press(qtbot, controller, K.Key_C)
    html = audience.state.checklist_html
    assert html is not None
    assert bundled_article.sections[1].sign_groups[0].title in html
    assert not any(sign.text in html for sign in signs), "nothing is revealed before next"

    for count in range(1, len(signs) + 1):
        press(qtbot, controller, K.Key_PageDown)
        html = audience.state.checklist_html
        assert html is not None
        assert [sign.text in html for sign in signs] == [n < count for n in range(len(signs))]
        assert audience.renderer.marker(audience.state).endswith(f"checklist {count}/{len(signs)}")
    assert controller.console is not None
    assert (
        controller.console.checklist.text()
        == f"Checklist: {len(signs)} of {len(signs)} signs shown"
    )


def test_previous_hides_the_last_sign_revealed(qtbot: QtBot, presenter: Presenter) -> None:
    controller = presenter(section=SIGNS_SECTION)
    start(qtbot, controller)
    press(qtbot, controller, K.Key_C)
    press(qtbot, controller, K.Key_Right)
    press(qtbot, controller, K.Key_Right)

    press(qtbot, controller, K.Key_Left)

    assert controller.talk is not None
    assert controller.talk.checklist is not None
    assert controller.talk.checklist.revealed == 1


def test_next_after_the_last_sign_closes_the_checklist_on_the_same_page(
    qtbot: QtBot, presenter: Presenter, bundled_article: Article
) -> None:
    controller = presenter(section=SIGNS_SECTION)
    start(qtbot, controller)
    press(qtbot, controller, K.Key_C)
    for _ in bundled_article.sections[1].signs:
        press(qtbot, controller, K.Key_Space)

    press(qtbot, controller, K.Key_Space)

    assert controller.audience is not None
    assert controller.audience.state.checklist_html is None
    assert controller.audience.state.place == Place(1, 0)


def test_c_again_closes_the_checklist(qtbot: QtBot, presenter: Presenter) -> None:
    controller = presenter(section=SIGNS_SECTION)
    start(qtbot, controller)
    press(qtbot, controller, K.Key_C)

    press(qtbot, controller, K.Key_C)

    assert controller.audience is not None
    assert controller.audience.state.checklist_html is None


def test_a_section_without_signs_has_no_checklist_and_the_console_says_so(
    qtbot: QtBot, presenter: Presenter
) -> None:
    controller = presenter(section="conclusion")
    start(qtbot, controller)

    press(qtbot, controller, K.Key_C)

    assert controller.audience is not None
    assert controller.audience.state.checklist_html is None
    assert controller.console is not None
    assert controller.console.message.text() == "This section has no checklist."


def test_the_reveal_spans_groups_in_reading_order(write_article) -> None:
    from tether.content import load_article

    article = load_article(
        write_article(
            "# Two Lists\n\n## Both\n\nFirst kind:\n\n- [ ] one\n- [ ] two\n\n"
            "Second kind:\n\n- [ ] three\n"
        )
    )
    both = article.section_index("both")
    assert both is not None
    reveal = ChecklistReveal(article.sections[both])

    for _ in range(3):
        reveal.next()

    html = reveal.html()
    assert html.index("one") < html.index("Second kind") < html.index("three")
    assert not reveal.next()
