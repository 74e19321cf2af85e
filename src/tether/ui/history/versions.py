"""Reflect › Earlier Versions: a section's reflection as it was, and restoring one.

A version starts when the reader comes back to a section after a pause (see
``Store.save_reflection``); this dialog lists them newest first with their dates and
shows the chosen one whole. Restoring puts its text in the reflection editor as a single
edit, so Edit › Undo (Ctrl+Z) there takes it back, and the text it replaced stays a
version too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tether.i18n import translate
from tether.models.reflections import format_when
from tether.store import ReflectionVersion

_PREVIEW = 70


class EarlierVersionsDialog(QDialog):
    """The versions of one section's reflection; Restore puts the chosen one back."""

    def __init__(
        self,
        section_title: str,
        versions: list[ReflectionVersion],
        current_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("earlier-versions")
        self.setWindowTitle(
            translate("EarlierVersions", "Earlier Versions — {section}").format(
                section=section_title
            )
        )
        self.chosen: ReflectionVersion | None = None
        self._versions = versions
        layout = QVBoxLayout(self)
        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        if versions:
            intro.setText(
                translate(
                    "EarlierVersions",
                    "Your reflection on “{section}” as it was each time you came back to "
                    "it. Restoring one puts it in the editor; Ctrl+Z there takes it back.",
                ).format(section=section_title)
            )
        else:
            intro.setText(
                translate(
                    "EarlierVersions",
                    "No earlier versions of your reflection on “{section}” yet. A new "
                    "version starts each time you come back to the section and write.",
                ).format(section=section_title)
            )
        layout.addWidget(intro)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.list = QListWidget(splitter)
        self.list.setAccessibleName(translate("EarlierVersions", "Versions, newest first"))
        self.preview = QPlainTextEdit(splitter)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(translate("EarlierVersions", "The chosen version's text"))
        now_mark = "  " + translate("EarlierVersions", "(what you have now)")
        started = translate("EarlierVersions", "Started {when}")
        for version in versions:
            first_line = " ".join(version.text.split())[:_PREVIEW]
            mark = now_mark if version.text == current_text else ""
            item = QListWidgetItem(f"{format_when(version.updated)}{mark}\n{first_line}")
            item.setToolTip(started.format(when=format_when(version.started)))
            self.list.addItem(item)
        splitter.setSizes([260, 420])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(
            translate("EarlierVersions", "&Restore This Version"), self
        )

        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self._current_text = current_text
        if versions:
            self.list.setCurrentRow(0)
        self._show(self.list.currentRow())
        self.resize(720, 420)

    @Slot(int)
    def _show(self, row: int) -> None:
        valid = 0 <= row < len(self._versions)
        self.preview.setPlainText(self._versions[row].text if valid else "")
        self.restore_button.setEnabled(valid and self._versions[row].text != self._current_text)

    @Slot()
    def _restore(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._versions):
            self.chosen = self._versions[row]
            self.accept()
