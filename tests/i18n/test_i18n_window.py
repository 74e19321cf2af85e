"""The main window in German and in Spanish: menus, toolbar, status bar, the F1 list,
About, and the messages of the window's own parts (Open Recent, zoom, the save notice).

Each test chooses the language before the window is built, as Tether does at start-up
(``LANGUAGE=de tether``), and reads what a German or Spanish reader would see.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from ui_helpers import ModalCloser

from tether.ui.actions import ActionId, Menu
from tether.ui.dialogs.shortcuts import ShortcutsDialog
from tether.ui.main_window import MainWindow
from tether.ui.recent_files import removed_notice

MENU_BAR = {
    "de": ["&Datei", "&Bearbeiten", "&Gehe zu", "&Reflexion", "&Ansicht", "&Hilfe"],
    "es": ["&Archivo", "&Editar", "&Ir", "&Reflexionar", "&Ver", "Ay&uda"],
}


def texts(window: MainWindow, menu: Menu) -> list[str]:
    return [a.text() for a in window.menus[menu].actions() if not a.isSeparator()]


def test_the_menus_speak_german(speak, open_window) -> None:
    speak("de")
    window = open_window()

    assert [action.text() for action in window.menuBar().actions()] == MENU_BAR["de"]
    assert texts(window, Menu.FILE)[:3] == ["Artikel ö&ffnen…", "&Zuletzt geöffnet", "B&ibliothek"]
    assert texts(window, Menu.FILE)[-1] == "&Beenden"
    assert "&Farbschema" in texts(window, Menu.VIEW)
    assert "Über diesen Abschnitt &reflektieren" in texts(window, Menu.REFLECT)
    reflect = window.actions_by_id[ActionId.REFLECT]
    assert reflect.toolTip() == "Ihre Reflexion zum Abschnitt schreiben, den Sie gerade lesen"


def test_the_menus_speak_spanish(speak, open_window) -> None:
    speak("es")
    window = open_window()

    assert [action.text() for action in window.menuBar().actions()] == MENU_BAR["es"]
    assert texts(window, Menu.FILE)[:3] == ["&Abrir artículo…", "Abrir &reciente", "&Biblioteca"]
    assert texts(window, Menu.FILE)[-1] == "&Salir"
    assert "&Tema" in texts(window, Menu.VIEW)
    assert window.actions_by_id[ActionId.FIND].statusTip() == "Buscar palabras en el artículo"


@pytest.mark.parametrize(
    ("code", "section", "sections", "find"),
    [
        ("de", "Abschnitt 1 von", "Abschnitte", "Suchen"),
        ("es", "Sección 1 de", "Secciones", "Buscar"),
    ],
)
def test_the_toolbar_and_status_bar_speak_the_language(
    speak, open_window, code: str, section: str, sections: str, find: str
) -> None:
    speak(code)
    window = open_window()
    buttons = [window.toolbar.widgetForAction(a) for a in window.toolbar.actions()]
    labels = [button.text() for button in buttons if button is not None and button.text()]

    assert labels[0] == sections
    assert find in labels
    position = window.findChild(QLabel, "position-label")
    assert position is not None
    assert position.text().startswith(section)
    assert window.windowTitle().endswith(" — Tether")


@pytest.mark.parametrize(
    ("code", "title", "header", "open_row", "ctrl"),
    [
        ("de", "Tastenkürzel", ["Befehl", "Tasten"], "Artikel öffnen", "Strg+O"),
        ("es", "Atajos de teclado", ["Orden", "Teclas"], "Abrir artículo", "Control+O"),
    ],
)
def test_the_f1_list_speaks_the_language(
    speak, open_window, code: str, title: str, header: list[str], open_row: str, ctrl: str
) -> None:
    speak(code)
    window = open_window()
    dialog = ShortcutsDialog(window.actions_by_id.values(), window)
    table = dialog.table
    rows = {table.item(row, 0).text(): table.item(row, 1).text() for row in range(table.rowCount())}

    assert dialog.windowTitle() == title
    labels = [table.horizontalHeaderItem(column).text() for column in range(2)]
    assert labels == header
    # The command's name from Tether's catalogue; the key's name from Qt's own (qtbase).
    assert rows[open_row] == ctrl
    dialog.deleteLater()


def test_help_about_speaks_german(speak, open_window) -> None:
    speak("de")
    window = open_window()

    with ModalCloser() as closer:
        window.actions_by_id[ActionId.ABOUT].trigger()

    assert closer.seen[0].title == "Über Tether"
    assert "Ihre Häkchen und Reflexionen bleiben auf diesem Computer." in closer.seen[0].text


@pytest.mark.parametrize(
    ("code", "one", "two"),
    [
        (
            "de",
            "1 Artikel, den es nicht mehr gibt, aus „Zuletzt geöffnet“ entfernt: „a.md“.",
            "2 Artikel, die es nicht mehr gibt, aus „Zuletzt geöffnet“ entfernt: „a.md“, „b.md“.",
        ),
        (
            "es",
            "Se quitó de «Abrir reciente» 1 artículo que ya no existe: «a.md».",
            "Se quitaron de «Abrir reciente» 2 artículos que ya no existen: «a.md», «b.md».",
        ),
        (
            "en",
            "Removed 1 article that no longer exists from Open Recent: “a.md”.",
            "Removed 2 articles that no longer exist from Open Recent: “a.md”, “b.md”.",
        ),
    ],
)
def test_open_recent_says_how_many_files_it_took_off_in_the_language(
    speak, qapp: object, code: str, one: str, two: str
) -> None:
    speak(code)

    assert removed_notice([Path("/gone/a.md")]) == one
    assert removed_notice([Path("/gone/a.md"), Path("/gone/b.md")]) == two


def test_zoom_and_a_failed_save_speak_german(speak, open_window, qtbot: QtBot) -> None:
    speak("de")
    window = open_window()

    window.zoom.zoom_in()
    assert window.statusBar().currentMessage() == "Textgröße 111 %"
    window.save_notice.report_failure("Der Datenträger ist voll.")
    assert window.save_notice.message() == (
        "Noch nicht gespeichert: Der Datenträger ist voll. Tether behält Ihre Änderungen "
        "und versucht es alle paar Sekunden erneut."
    )
    assert window.save_notice.accessibleName() == "Nicht gespeicherte Änderungen"
