"""History, Library, the export dialogs and Earlier Versions in German and Spanish.

The interface language is installed as the app does at start (``install_language``),
then put back to English so the other tests read English. Each window is opened the way
the reader opens it (its command), and checked for its words and for Alt keys that two
of its controls would share once translated.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot
from test_ui_mnemonics import control_texts, repeated

from tether.i18n.install import install_language
from tether.ui.actions import ActionId
from tether.ui.export.dialog import ExportDialog, Purpose
from tether.ui.history.return_bar import ReturnBar
from tether.ui.history.versions import EarlierVersionsDialog
from tether.ui.history.window import HistoryWindow
from tether.ui.library.window import LibraryWindow

TIMEOUT_MS = 10_000

WORDS = {
    "de": {
        "history": "Verlauf – ",
        "tabs": ["Check-ins", "Jedes Anzeichen"],
        "delete": "Check-in &löschen",
        "one": "Bisher ein Check-in",
        "library": "Bibliothek",
        "orders": ["Zuletzt gelesen", "Titel"],
        "folder": "Ihr Artikelordner: ",
        "add": "&Artikel hinzufügen…",
        "print": "Drucken",
        "include": "Den Text des Artikels einschließen",
        "versions": "Frühere Fassungen – Leaning",
    },
    "es": {
        "history": "Historial: ",
        "tabs": ["Revisiones", "Cada señal"],
        "delete": "&Eliminar revisión",
        "one": "Por ahora hay una revisión",
        "library": "Biblioteca",
        "orders": ["Leídos recientemente", "Título"],
        "folder": "Su carpeta de artículos: ",
        "add": "Aña&dir artículo…",
        "print": "Imprimir",
        "include": "Incluir el texto del artículo",
        "versions": "Versiones anteriores: Leaning",
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


def test_the_history_window_speaks_the_interface_language(
    open_window, qtbot: QtBot, language: str
) -> None:
    words = WORDS[language]
    window = open_window()
    session = window.session
    assert session is not None
    session.signs.set_ticked(session.article.signs[0].id, True)

    window.actions_by_id[ActionId.HISTORY].trigger()
    history = window.findChild(HistoryWindow, "history-window")
    assert history is not None
    qtbot.waitUntil(history.isVisible, timeout=TIMEOUT_MS)

    assert history.windowTitle().startswith(words["history"])
    assert [history.tabs.tabText(n) for n in range(history.tabs.count())] == words["tabs"]
    assert history.delete_button.text() == words["delete"]
    assert history.summary.text().startswith(words["one"])
    assert repeated(control_texts(history)) == {}


def test_the_library_speaks_the_interface_language(
    open_window, qtbot: QtBot, language: str
) -> None:
    words = WORDS[language]
    window = open_window()

    window.actions_by_id[ActionId.LIBRARY].trigger()
    library = window.findChild(LibraryWindow, "library-window")
    assert library is not None
    qtbot.waitUntil(library.isVisible, timeout=TIMEOUT_MS)

    assert library.windowTitle() == words["library"]
    sort = library.sort_box
    assert [sort.itemText(n) for n in range(sort.count())] == words["orders"]
    assert library.folder_label.text().startswith(words["folder"])
    assert library.add_button.text() == words["add"]
    assert library.add_button.objectName() == "library-add"  # names stay as they were
    assert repeated(control_texts(library)) == {}
    library.reject()


def test_the_export_and_earlier_versions_dialogs_speak_the_interface_language(
    qtbot: QtBot, language: str
) -> None:
    words = WORDS[language]
    printing = ExportDialog(Purpose.PRINT, "Leaning")
    versions = EarlierVersionsDialog("Leaning", [], "")
    dialogs = [printing, versions, ExportDialog(Purpose.EXPORT, "Leaning")]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()

    assert printing.windowTitle() == words["print"]
    assert printing.with_article.text() == words["include"]
    assert versions.windowTitle() == words["versions"]
    for dialog in dialogs:
        assert repeated(control_texts(dialog)) == {}, dialog.windowTitle()


@pytest.mark.parametrize(
    ("code", "one", "many"),
    [
        ("en", "it has been 1 day.", "it has been 9 days."),
        ("de", "es ist 1 Tag her.", "es ist 9 Tage her."),
        ("es", "ha pasado 1 día.", "han pasado 9 días."),
    ],
)
def test_the_return_bar_counts_the_days_away_in_each_languages_plural(
    qtbot: QtBot, code: str, one: str, many: str
) -> None:
    locale = QLocale()
    try:
        assert install_language(code)
        bar = ReturnBar()
        qtbot.addWidget(bar)
        bar.offer(1)
        assert one in bar.label.text()
        bar.offer(9.5)
        assert many in bar.label.text()
    finally:
        install_language("en")
        QLocale.setDefault(locale)
