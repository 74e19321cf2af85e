"""File › Preferences: theme, reading font, text size and line length, applied live;
the interface language, used from the next start."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tether.i18n import LANGUAGES, SYSTEM, translate
from tether.look.fonts import ensure_bundled_fonts
from tether.look.theme import resolve_theme, theme_choices
from tether.ui.appearance import Appearance
from tether.ui.settings import FONT_FAMILY, FONT_PX, LANGUAGE, MEASURE, THEME, Option

_OPTIONS = (THEME, FONT_FAMILY, FONT_PX, MEASURE, LANGUAGE)


def _range(option: Option) -> tuple[int, int]:
    assert option.minimum is not None
    assert option.maximum is not None
    return option.minimum, option.maximum


class PreferencesDialog(QDialog):
    """The reader's look, shown on the page as each control changes.

    Cancel (or Esc) puts back what was there when the dialog opened; Restore Defaults
    sets every control to its default, which OK then keeps.
    """

    def __init__(self, appearance: Appearance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences-dialog")
        self.setWindowTitle(translate("Preferences", "Preferences"))
        self._appearance = appearance
        # The language the interface was started in: a new choice shows at the next start.
        self._started_language = str(appearance.preference(LANGUAGE))
        self._original = {option: appearance.preference(option) for option in _OPTIONS}
        ensure_bundled_fonts()  # the font list offers every bundled family

        self.theme_box = QComboBox(self)
        for theme_id, name in theme_choices():
            self.theme_box.addItem(name, theme_id)
        self.font_box = QFontComboBox(self)
        # Not editable: the list is searched by typing, and there is no half-typed
        # family name to apply.
        self.font_box.setEditable(False)
        self.size_box = QSpinBox(self)
        self.size_box.setRange(*_range(FONT_PX))
        self.size_box.setSuffix(translate("Preferences", " px"))
        self.measure_box = QSpinBox(self)
        self.measure_box.setRange(*_range(MEASURE))
        self.measure_box.setSuffix(translate("Preferences", " characters"))
        self.font_note = QLabel(self)
        self.font_note.setObjectName("font-note")
        self.font_note.setWordWrap(True)
        self.language_box = QComboBox(self)
        self.language_box.addItem(translate("Preferences", "Follow System"), SYSTEM)
        for code, name in LANGUAGES:  # each language named in its own words
            self.language_box.addItem(name, code)
        self.language_note = QLabel(
            translate("Preferences", "Tether speaks the new language the next time it starts."),
            self,
        )
        self.language_note.setObjectName("language-note")
        self.language_note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        self._name_controls()
        self._lay_out()
        self._show(self._original)
        self.theme_box.currentIndexChanged.connect(self._apply)
        self.font_box.currentFontChanged.connect(self._apply)
        self.size_box.valueChanged.connect(self._apply)
        self.measure_box.valueChanged.connect(self._apply)
        self.language_box.currentIndexChanged.connect(self._apply)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(self.restore_defaults)

    def _name_controls(self) -> None:
        """Accessible names, also for the text boxes inside the spin boxes."""
        names: tuple[tuple[QWidget, str, str], ...] = (
            (
                self.theme_box,
                translate("Preferences", "Theme"),
                translate("Preferences", "Colours of the page and the panels"),
            ),
            (
                self.font_box,
                translate("Preferences", "Reading font"),
                translate("Preferences", "The typeface of the article"),
            ),
            (
                self.size_box,
                translate("Preferences", "Text size"),
                translate("Preferences", "The size of the article's text, in pixels"),
            ),
            (
                self.measure_box,
                translate("Preferences", "Line length"),
                translate("Preferences", "How many characters a line holds, 55 to 80"),
            ),
            (
                self.language_box,
                translate("Preferences", "Language"),
                translate("Preferences", "The language of menus, dialogs and messages"),
            ),
        )
        for widget, name, description in names:
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
            widget.setToolTip(description)
            for inner in widget.findChildren(QLineEdit):
                inner.setAccessibleName(name)
        # Qt names its standard buttons in its own catalogue's words: the screen reader
        # hears what the button shows, without the mnemonic's "&".
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            (translate("Preferences", "&Theme:"), self.theme_box),
            (translate("Preferences", "&Font:"), self.font_box),
            (translate("Preferences", "Text &size:"), self.size_box),
            (translate("Preferences", "&Line length:"), self.measure_box),
            (translate("Preferences", "L&anguage:"), self.language_box),
        )
        for text, control in rows:
            label = QLabel(text, self)
            label.setBuddy(control)
            form.addRow(label, control)
            if control is self.font_box:
                form.addRow("", self.font_note)
            if control is self.language_box:
                form.addRow("", self.language_note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def _show(self, values: dict[Option, str | int]) -> None:
        """Put values into the controls (each change applies itself, once connected)."""
        index = self.theme_box.findData(str(values[THEME]))
        self.theme_box.setCurrentIndex(max(index, 0))
        self.font_box.setCurrentFont(QFont(str(values[FONT_FAMILY])))
        self.size_box.setValue(int(values[FONT_PX]))
        self.measure_box.setValue(int(values[MEASURE]))
        self.language_box.setCurrentIndex(max(self.language_box.findData(str(values[LANGUAGE])), 0))
        self._update_note()

    def _values(self) -> dict[Option, str | int]:
        return {
            THEME: str(self.theme_box.currentData()),
            FONT_FAMILY: self.font_box.currentFont().family(),
            FONT_PX: self.size_box.value(),
            MEASURE: self.measure_box.value(),
            LANGUAGE: str(self.language_box.currentData()),
        }

    def _update_note(self) -> None:
        """Say when the theme sets the page in a font of its own."""
        theme = resolve_theme(str(self.theme_box.currentData()))
        own_font = bool(theme.font_family) and (
            self.font_box.currentFont().family() == FONT_FAMILY.default
        )
        self.font_note.setText(
            translate(
                "Preferences",
                "{theme} sets the page in {font}; choose another font here to read in that "
                "instead.",
            ).format(theme=theme.label, font=theme.font_family)
            if own_font
            else ""
        )
        self.font_note.setVisible(own_font)
        changed = str(self.language_box.currentData()) != self._started_language
        self.language_note.setVisible(changed)

    @Slot()
    def _apply(self) -> None:
        self._update_note()
        self._appearance.set_preferences(self._values())

    @Slot()
    def restore_defaults(self) -> None:
        """Every control back to its default; the page follows at once."""
        self._show({option: option.default for option in _OPTIONS})

    def reject(self) -> None:
        """Qt: Cancel and Esc put the look back as it was when the dialog opened."""
        self._appearance.set_preferences(self._original)
        super().reject()
