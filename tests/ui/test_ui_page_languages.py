"""The page and its panels speak the interface's language, and the article's own
``language:`` sets the page's language and direction (a Hebrew article reads right to
left in an English interface)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QTextBlock
from PySide6.QtWidgets import QDockWidget, QLabel
from pytestqt.qtbot import QtBot
from ui_helpers import TIMEOUT_MS, status_label

from tether.content import ArticleRenderer, load_article
from tether.i18n.install import install_language
from tether.models.history import format_day
from tether.models.library import Progress
from tether.models.reflections import format_when
from tether.ui.actions import ActionId
from tether.ui.main_window import MainWindow

HEBREW = """---
title: עצמאות אינה ניתוק
language: he
---

עצמאות נחשבת לעתים קרובות למעלה אישית, לסימן של כוח ובגרות.

## מה פירוש עצמאות

עצמאות אמיתית אינה ניתוק קשרים, אלא יציבות פנימית לצד יכולת להתחבר.

Attachment, או היקשרות, הוא מושג מרכזי: גם פסקה שמתחילה במילה לועזית נקראת מימין לשמאל.

אנשים עצמאיים בדרך כלל:

- [ ] מקבלים החלטות בלי צורך מופרז בחיזוק
- [ ] מבקשים עזרה כשצריך, בלי בושה
"""


@pytest.fixture
def speak() -> Iterator[Callable[[str], None]]:
    """Switch the interface language for the test; English again afterwards."""

    def use(code: str) -> None:
        assert install_language(code)

    yield use
    install_language("en")


def blocks(window: MainWindow) -> list[QTextBlock]:
    found, block = [], window.article_view.document().begin()
    while block.isValid():
        if block.text().strip():
            found.append(block)
        block = block.next()
    return found


def first_word_is_on_the_right(window: MainWindow, block: QTextBlock) -> bool:
    """Whether the block's text starts at the right (as a right-to-left reader reads):
    its last line, shorter than the column, ends flush with the column's right side."""
    layout = block.layout()
    line = layout.lineAt(layout.lineCount() - 1)
    text = line.naturalTextRect()
    return text.left() > line.x() + 1 and abs(text.right() - (line.x() + line.width())) < 1


def test_the_page_and_its_panels_speak_german(
    open_window, qtbot: QtBot, speak: Callable[[str], None]
) -> None:
    speak("de")
    window = open_window()
    assert window.session is not None

    assert window.sections_dock.windowTitle() == "Abschnitte"
    assert window.signs_dock.windowTitle() == "Anzeichen"
    assert window.reflections_dock.windowTitle() == "Reflexionen"
    assert window.reflections_dock.list_label.text() == "Alle Reflexionen zu diesem Artikel"
    assert window.article_view.accessibleName() == "Artikel"
    progress = status_label(window, "progress-label")
    qtbot.waitUntil(
        lambda: (
            re.fullmatch(r"Bei \d+ % · \d+ von \d+ Abschnitten gelesen", progress.text())
            is not None
        ),
        timeout=TIMEOUT_MS,
    )
    assert status_label(window, "reflection-state").text() == "Noch nichts geschrieben"
    assert status_label(window, "reflection-heading").text().startswith("Reflexion zu „")
    group = window.session.signs.index(0, 0)
    assert group.data(Qt.ItemDataRole.AccessibleTextRole).endswith(", 0 von 4 abgehakt")
    sign = window.session.signs.index(0, 0, group)
    assert sign.data(Qt.ItemDataRole.AccessibleTextRole).endswith(", nicht abgehakt")
    assert window.find_bar.line_edit.placeholderText() == "Im Artikel suchen"
    assert window.find_bar.next_button.text() == "Nächster"
    window.actions_by_id[ActionId.SPEAKER_NOTES_PANE].setChecked(True)
    pane = window.findChild(QDockWidget, "speaker-notes-dock")
    assert pane is not None
    assert pane.windowTitle() == "Sprechernotizen"
    assert pane.findChild(QLabel, "speaker-notes-heading").text().startswith("Notizen zu „")
    window.find_bar.open()
    window.find_bar.line_edit.setText("Zzyzx")
    qtbot.waitUntil(
        lambda: window.find_bar.count_label.text() == "Keine Treffer", timeout=TIMEOUT_MS
    )


def test_the_page_and_its_panels_speak_spanish(
    open_window, qtbot: QtBot, speak: Callable[[str], None]
) -> None:
    speak("es")
    window = open_window()
    assert window.session is not None

    assert window.sections_dock.windowTitle() == "Secciones"
    assert window.signs_dock.windowTitle() == "Señales"
    assert window.reflections_dock.windowTitle() == "Reflexiones"
    progress = status_label(window, "progress-label")
    qtbot.waitUntil(
        lambda: (
            re.fullmatch(r"Al \d+ % · \d+ de \d+ secciones leídas", progress.text()) is not None
        ),
        timeout=TIMEOUT_MS,
    )
    assert status_label(window, "reflection-state").text() == "Aún no hay nada escrito"
    group = window.session.signs.index(0, 0)
    assert group.data(Qt.ItemDataRole.AccessibleTextRole).endswith(", 0 de 4 marcadas")
    sign = window.session.signs.index(0, 0, group)
    assert sign.data(Qt.ItemDataRole.AccessibleTextRole).endswith(", sin marcar")
    assert window.find_bar.line_edit.placeholderText() == "Buscar en el artículo"
    window.find_bar.open()
    window.find_bar.line_edit.setText("independence")
    qtbot.waitUntil(
        lambda: re.fullmatch(r"1 de \d+", window.find_bar.count_label.text()) is not None,
        timeout=TIMEOUT_MS,
    )


def test_dates_and_counts_in_lists_follow_the_interface_language(
    speak: Callable[[str], None],
) -> None:
    moment = datetime(2026, 10, 3, 14, 5).astimezone()
    assert format_day(moment) == "3 Oct 2026"
    assert format_when(moment) == "3 Oct 2026, 14:05"
    assert Progress(0, 1, None).describe() == "Not started"
    speak("de")
    assert format_day(moment) == "3. Okt. 2026"
    assert format_when(moment) == "3. Okt. 2026, 14:05"
    assert Progress(2, 12, 3).describe() == "2 von 12 gelesen"
    assert Progress(0, 12, 3).describe() == "Bei Abschnitt 3 von 12"
    speak("es")
    assert format_day(moment) == "3 oct 2026"
    assert Progress(0, 12, None).describe() == "Sin empezar"


def test_a_hebrew_article_reads_right_to_left_in_an_english_interface(
    open_window, write_article: Callable[[str, str], Path]
) -> None:
    window = open_window(load_article(write_article(HEBREW, "hebrew.md")))

    assert window.article_view.locale().language() == QLocale.Language.Hebrew
    shown = blocks(window)
    assert shown
    assert all(block.textDirection() == Qt.LayoutDirection.RightToLeft for block in shown)
    assert all(first_word_is_on_the_right(window, block) for block in shown)
    # The interface around the page stays English and left to right.
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.sections_dock.windowTitle() == "Sections"


def test_an_english_article_after_a_hebrew_one_reads_left_to_right_again(
    open_window, write_article: Callable[[str, str], Path], bundled_article
) -> None:
    window = open_window(load_article(write_article(HEBREW, "hebrew.md")))

    window.show_article(bundled_article, None)

    assert window.article_view.locale().language() == QLocale.Language.English
    assert all(block.textDirection() == Qt.LayoutDirection.LeftToRight for block in blocks(window))


def test_sections_added_to_a_long_hebrew_page_later_read_right_to_left_too(
    open_window, qtbot: QtBot, write_article: Callable[[str, str], Path]
) -> None:
    body = HEBREW.split("## ", 1)[1]
    path = write_article(HEBREW + "".join(f"\n## {n} {body}" for n in range(60)), "long.md")
    window = open_window(ArticleRenderer(path))
    session, view = window.session, window.article_view
    assert session is not None
    assert view.sections_rendered() < len(session.article_so_far.sections)

    qtbot.waitUntil(
        lambda: (
            session.article_so_far.complete
            and view.sections_rendered() == len(session.article_so_far.sections)
        ),
        timeout=20_000,
    )

    # The last section's paragraph that begins with a Latin word (Qt would lay that one
    # out left to right by itself).
    last = [block for block in blocks(window) if block.text().startswith("Attachment")][-1]
    assert last.position() > view.section_positions()[-1]
    assert last.textDirection() == Qt.LayoutDirection.RightToLeft
    assert first_word_is_on_the_right(window, last)


def test_ticking_a_sign_in_a_hebrew_article_shows_its_box_at_once(
    open_window, write_article: Callable[[str, str], Path]
) -> None:
    window = open_window(load_article(write_article(HEBREW, "hebrew.md")))
    assert window.session is not None
    view = window.article_view
    sign = window.session.article_so_far.signs[0]
    view.scroll_to_sign(sign.id)
    before = view.viewport().grab().toImage()

    window.session.signs.toggle(sign.id)

    # The text follows a moment later; the box on screen changes straight away.
    assert view.viewport().grab().toImage() != before


def test_a_hebrew_group_title_keeps_the_english_count_after_it_in_the_signs_panel(
    open_window, write_article: Callable[[str, str], Path]
) -> None:
    window = open_window(load_article(write_article(HEBREW, "hebrew.md")))
    assert window.session is not None
    group = window.session.signs.index(0, 0)

    # Isolated (U+2068 … U+2069), the title cannot pull "0" into its right-to-left run.
    assert group.data(Qt.ItemDataRole.DisplayRole) == "\u2068אנשים עצמאיים בדרך כלל\u2069 — 0 of 2"
