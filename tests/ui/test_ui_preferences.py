"""File › Preferences: theme, font, text size and measure, applied live; OK keeps them,
Cancel puts them back, Restore Defaults resets them; every control is named."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import ModalCloser, activate

from tether.look.fonts import HIGH_CONTRAST_FAMILY, READING_FAMILY
from tether.look.theme import DARK, LIGHT, SEPIA
from tether.ui.actions import ActionId, Menu
from tether.ui.dialogs.preferences import PreferencesDialog
from tether.ui.main_window import MainWindow
from tether.ui.settings import FONT_FAMILY, FONT_PX, MEASURE, THEME, UiSettings

Button = QDialogButtonBox.StandardButton
OpenDialog = Callable[[MainWindow], PreferencesDialog]


@pytest.fixture
def open_dialog(qtbot: QtBot) -> OpenDialog:
    """Show the dialog without its own event loop, so the test can work it."""

    def open_(window: MainWindow) -> PreferencesDialog:
        dialog = PreferencesDialog(window.appearance, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return open_


def stored(settings_path: Path) -> dict[str, object]:
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    settings.beginGroup("preferences")
    return {key: settings.value(key) for key in settings.childKeys()}


def page(window: MainWindow) -> tuple[str, str, int]:
    """The page's colour, font family and pixel size."""
    QApplication.processEvents()
    font = window.article_view.document().defaultFont()
    base = window.article_view.palette().color(QPalette.ColorRole.Base).name()
    return base, font.family(), font.pixelSize()


def choose_theme(dialog: PreferencesDialog, theme_id: str) -> None:
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData(theme_id))


def other_family() -> str:
    families = [
        family
        for family in QFontDatabase.families()
        if family not in (READING_FAMILY, HIGH_CONTRAST_FAMILY)
        and not QFontDatabase.isPrivateFamily(family)
    ]
    assert families, "the system has no font of its own"
    return "DejaVu Sans" if "DejaVu Sans" in families else families[0]


def test_preferences_is_in_the_file_menu_with_ctrl_comma(open_window) -> None:
    window = open_window()
    action = window.actions_by_id[ActionId.PREFERENCES]

    assert action in window.menus[Menu.FILE].actions()
    assert "Ctrl+," in [key.toString() for key in action.shortcuts()]


def test_ctrl_comma_opens_the_preferences_dialog(open_window, qtbot: QtBot) -> None:
    window = open_window()
    activate(qtbot, window)

    with ModalCloser() as closer:
        qtbot.keyClick(window.article_view, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)

    assert [(seen.kind, seen.title) for seen in closer.seen] == [
        ("PreferencesDialog", "Preferences")
    ]


def test_the_dialog_shows_the_current_preferences(open_window, open_dialog: OpenDialog) -> None:
    window = open_window()
    window.appearance.set_preferences({THEME: "sepia", FONT_PX: 22, MEASURE: 60})

    dialog = open_dialog(window)

    assert dialog.theme_box.currentText() == "Sepia"
    assert dialog.font_box.currentFont().family() == READING_FAMILY
    assert dialog.size_box.value() == 22
    assert dialog.measure_box.value() == 60
    assert [dialog.theme_box.itemText(i) for i in range(dialog.theme_box.count())] == [
        "Follow System",
        "Light",
        "Sepia",
        "Dark",
        "High Contrast",
    ]
    assert (dialog.size_box.minimum(), dialog.size_box.maximum()) == (12, 48)
    assert (dialog.measure_box.minimum(), dialog.measure_box.maximum()) == (55, 80)


def test_each_change_shows_on_the_page_at_once_and_ok_keeps_it(
    open_window, open_dialog: OpenDialog, settings_path: Path
) -> None:
    window = open_window()
    dialog = open_dialog(window)
    family = other_family()

    choose_theme(dialog, "dark")
    assert page(window)[0] == DARK.page

    dialog.font_box.setCurrentFont(QFont(family))
    assert page(window)[1] == family

    dialog.size_box.setValue(24)
    assert page(window) == (DARK.page, family, 24)

    dialog.buttons.button(Button.Ok).click()

    assert stored(settings_path) == {"theme": "dark", "font_family": family, "font_px": 24}
    window = open_window()
    assert page(window) == (DARK.page, family, 24)


def test_the_line_length_changes_the_column_at_once(open_window, open_dialog: OpenDialog) -> None:
    window = open_window()
    window.resize(1600, 1000)

    def margin() -> float:
        return window.article_view.document().rootFrame().frameFormat().leftMargin()

    dialog = open_dialog(window)
    before = margin()

    dialog.measure_box.setValue(55)

    assert margin() > before


def test_cancel_puts_back_what_was_there_when_the_dialog_opened(
    open_window, open_dialog: OpenDialog, settings_path: Path
) -> None:
    window = open_window()
    window.appearance.set_preference(THEME, "sepia")
    before = stored(settings_path)
    dialog = open_dialog(window)

    choose_theme(dialog, "dark")
    dialog.font_box.setCurrentFont(QFont(other_family()))
    dialog.size_box.setValue(30)
    dialog.measure_box.setValue(75)
    assert page(window)[0] == DARK.page

    dialog.buttons.button(Button.Cancel).click()

    assert stored(settings_path) == before == {"theme": "sepia"}
    assert page(window) == (SEPIA.page, READING_FAMILY, 18)


def test_restore_defaults_sets_every_control_to_its_default(
    open_window, open_dialog: OpenDialog, settings_path: Path
) -> None:
    window = open_window()
    window.appearance.set_preferences(
        {THEME: "dark", FONT_FAMILY: other_family(), FONT_PX: 30, MEASURE: 75}
    )
    dialog = open_dialog(window)

    dialog.buttons.button(Button.RestoreDefaults).click()

    assert dialog.theme_box.currentData() == THEME.default
    assert dialog.font_box.currentFont().family() == FONT_FAMILY.default
    assert dialog.size_box.value() == FONT_PX.default
    assert dialog.measure_box.value() == MEASURE.default
    assert page(window) == (LIGHT.page, READING_FAMILY, 18)
    dialog.buttons.button(Button.Ok).click()
    assert stored(settings_path) == {}


def test_the_dialog_says_when_high_contrast_brings_its_own_font(
    open_window, open_dialog: OpenDialog
) -> None:
    window = open_window()
    dialog = open_dialog(window)
    assert not dialog.font_note.isVisible()

    choose_theme(dialog, "high-contrast")

    assert dialog.font_note.isVisible()
    assert HIGH_CONTRAST_FAMILY in dialog.font_note.text()
    assert page(window)[1] == HIGH_CONTRAST_FAMILY

    dialog.font_box.setCurrentFont(QFont(other_family()))

    assert not dialog.font_note.isVisible()
    assert page(window)[1] == other_family()


def test_every_control_has_an_accessible_name_and_a_label(
    open_window, open_dialog: OpenDialog
) -> None:
    window = open_window()
    dialog = open_dialog(window)

    focusable = [
        widget
        for widget in dialog.findChildren(QWidget)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisible()
    ]
    unnamed = [type(w).__name__ for w in focusable if not w.accessibleName().strip()]
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}

    assert unnamed == []
    controls = (dialog.theme_box, dialog.font_box, dialog.size_box, dialog.measure_box)
    assert set(controls) <= buddies
    assert [c.accessibleName() for c in controls] == [
        "Theme",
        "Reading font",
        "Text size",
        "Line length",
    ]
    names = {
        dialog.buttons.button(b).accessibleName()
        for b in Button.__members__.values()
        if dialog.buttons.button(b) is not None
    }
    assert names == {"OK", "Cancel", "Restore Defaults"}


def test_numbers_in_the_settings_file_are_kept_within_their_range(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("[preferences]\nfont_px=2000\nmeasure=3\n", encoding="utf-8")

    settings = UiSettings(QSettings(str(path), QSettings.Format.IniFormat))

    assert settings.preference(FONT_PX) == 48
    assert settings.preference(MEASURE) == 55
