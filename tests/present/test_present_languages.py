"""Presenting in German and Spanish: the console, the room's marker and the keys.

The interface language is installed as the app does at start (``install_language``),
then put back to English so the other tests read English. The article stays in its own
language (English): only Tether's words change.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from present_helpers import TIMEOUT_MS, Presenter, press, start
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from tether.content import Article
from tether.i18n.install import install_language

K = Qt.Key
SIGNS_SECTION = "what-independence-actually-means"

# What the facilitator reads, per language (HandClock's wall clock is 14:32).
WORDS = {
    "de": {
        "title": "Tether – Referentenansicht",
        "stop": "Präsentation beenden (Esc)",
        "position": "Abschnitt 2 von 12: What Independence Actually Means · Seite 1 von ",
        "clock": "Uhr 14:32",
        "left": "Übrig 10:00",
        "marker": "Abschnitt 2/12 · Seite 1/",
        "checklist": "Checkliste: 1 von 4 Anzeichen gezeigt",
        "room_marker": "Abschnitt 2/12 · Checkliste 1/4",
        "key": "Bild ab, →, ↓, Leertaste, Eingabe, N",
        "last": "Das ist die letzte Seite.",
    },
    "es": {
        "title": "Tether: consola del presentador",
        "stop": "Dejar de presentar (Esc)",
        "position": "Sección 2 de 12: What Independence Actually Means · página 1 de ",
        "clock": "Hora 14:32",
        "left": "Quedan 10:00",
        "marker": "sección 2/12 · página 1/",
        "checklist": "Lista: 1 de 4 señales a la vista",
        "room_marker": "sección 2/12 · lista 1/4",
        "key": "Av Pág, →, ↓, Espacio, Intro, N",
        "last": "Esta es la última página.",
    },
}


@pytest.fixture(params=sorted(WORDS))
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The interface in German, then Spanish; English (and its locale) again afterwards."""
    locale = QLocale()
    assert install_language(request.param)
    yield request.param
    install_language("en")
    QLocale.setDefault(locale)


def test_the_presenter_console_speaks_the_interface_language(
    qtbot: QtBot, presenter: Presenter, language: str, bundled_article: Article
) -> None:
    words = WORDS[language]
    controller = presenter(section=SIGNS_SECTION, duration_min=10)
    start(qtbot, controller)
    console, audience = controller.console, controller.audience
    assert console is not None
    assert audience is not None

    assert console.windowTitle() == words["title"]
    buttons = {button.objectName(): button.text() for button in console.findChildren(QPushButton)}
    assert buttons["stop-button"] == words["stop"]
    assert console.position.text().startswith(words["position"])
    assert console.clock.text() == words["clock"]
    assert console.countdown.text() == words["left"]
    assert words["key"] in console.help.text()
    assert audience.renderer.marker(audience.state).startswith(words["marker"])
    # The article's own words stay as written.
    assert bundled_article.sections[1].title in console.position.text()

    press(qtbot, controller, K.Key_C)
    press(qtbot, controller, K.Key_PageDown)
    assert console.checklist.text() == words["checklist"]
    assert audience.renderer.marker(audience.state) == words["room_marker"]

    press(qtbot, controller, K.Key_Escape)  # the checklist closes
    press(qtbot, controller, K.Key_End)
    press(qtbot, controller, K.Key_PageDown)
    assert console.message.text() == words["last"]


def test_every_key_fits_on_a_small_laptops_console_in_either_language(
    qtbot: QtBot, presenter: Presenter, language: str
) -> None:
    controller = presenter(section=SIGNS_SECTION)
    start(qtbot, controller)
    console, talk = controller.console, controller.talk
    assert console is not None
    assert talk is not None
    console.resize(1024, 600)  # a netbook's screen, where the console is full screen
    console.show()
    qtbot.waitExposed(console)

    console.show_status(replace(talk.console_status(), help=True))  # F1 on the console
    qtbot.waitUntil(console.help.isVisible, timeout=TIMEOUT_MS)

    keys = console.help

    def laid_out_whole() -> bool:  # the layout settles after the widgets swap places
        return keys.height() >= keys.heightForWidth(keys.width())

    qtbot.waitUntil(laid_out_whole, timeout=TIMEOUT_MS)  # else the last keys are cut off
    assert console.width() <= 1024
    assert console.height() <= 600

    assert keys.geometry().bottom() < console.findChild(QPushButton, "stop-button").y()
