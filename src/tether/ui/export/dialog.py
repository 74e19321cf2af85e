"""The small dialogs of File › Export Worksheet, Export Blank Worksheet and Print.

Each asks only what the file dialog cannot: which format (or, for printing, what to
print) and whether the article's own text goes in. The file name is asked next, by
the platform's own save dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tether.export import Format
from tether.i18n import QT_TRANSLATE_NOOP, translate


class Content(Enum):
    """What an export or a print holds; the value is its English name (see :attr:`text`)."""

    WORKSHEET = QT_TRANSLATE_NOOP("ExportDialog", "Your worksheet (your ticks and reflections)")
    BLANK = QT_TRANSLATE_NOOP("ExportDialog", "A blank worksheet to hand out")
    ARTICLE = QT_TRANSLATE_NOOP("ExportDialog", "The article")

    @property
    def text(self) -> str:
        """The name shown to the reader, in the interface language."""
        return translate("ExportDialog", self.value)


class Purpose(Enum):
    """Which command opened the dialog; the value is its English title (see :attr:`text`)."""

    EXPORT = QT_TRANSLATE_NOOP("ExportDialog", "Export Worksheet")
    EXPORT_BLANK = QT_TRANSLATE_NOOP("ExportDialog", "Export Blank Worksheet")
    PRINT = QT_TRANSLATE_NOOP("ExportDialog", "Print")

    @property
    def text(self) -> str:
        """The title shown to the reader, in the interface language."""
        return translate("ExportDialog", self.value)


def format_name(kind: Format) -> str:
    """A file format's name for people, in the interface language."""
    names = {
        Format.MARKDOWN: translate("ExportDialog", "Markdown"),
        Format.HTML: translate("ExportDialog", "Web page"),
        Format.PDF: translate("ExportDialog", "PDF"),
    }
    return names.get(kind, kind.label)


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """What the reader chose in the dialog."""

    content: Content
    format: Format
    with_article: bool


_INTROS = {
    Purpose.EXPORT: QT_TRANSLATE_NOOP(
        "ExportDialog", "Save your ticks and reflections on “{title}”, section by section."
    ),
    Purpose.EXPORT_BLANK: QT_TRANSLATE_NOOP(
        "ExportDialog",
        "Save a worksheet of “{title}” to hand out: every sign unticked, "
        "room to write under each section, and nothing of your own in it.",
    ),
    Purpose.PRINT: QT_TRANSLATE_NOOP(
        "ExportDialog", "Print from “{title}”. A preview comes first."
    ),
}


class ExportDialog(QDialog):
    """Asks for the format (or, when printing, what to print) and the article's text."""

    def __init__(self, purpose: Purpose, article_title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("export-dialog")
        self.setWindowTitle(purpose.text)
        self._purpose = purpose
        layout = QVBoxLayout(self)
        intro_text = translate("ExportDialog", _INTROS[purpose]).format(title=article_title)
        intro = QLabel(intro_text, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self._formats = QButtonGroup(self)
        self._contents = QButtonGroup(self)
        if purpose is Purpose.PRINT:
            contents = [(content.name.lower(), content.text) for content in Content]
            title = translate("ExportDialog", "Print")
            layout.addWidget(self._choices(title, self._contents, contents, 0))
            self._contents.buttonToggled.connect(self._on_content_toggled)
        else:
            formats = [
                (kind.name.lower(), f"{format_name(kind)} ({kind.value})") for kind in Format
            ]
            # PDF is what most people print or hand out.
            pdf = list(Format).index(Format.PDF)
            title = translate("ExportDialog", "Format")
            layout.addWidget(self._choices(title, self._formats, formats, pdf))
        include = translate("ExportDialog", "Include the article’s text")
        self.with_article = QCheckBox(include, self)
        self.with_article.setAccessibleName(include)
        layout.addWidget(self.with_article)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(
            translate("ExportDialog", "Preview…")
            if purpose is Purpose.PRINT
            else translate("ExportDialog", "Export…")
        )
        buttons.accepted.connect(self.accept)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 52)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _choices(
        self, title: str, group: QButtonGroup, options: list[tuple[str, str]], default: int
    ) -> QGroupBox:
        """A titled column of radio buttons, ``(object name, text)`` each, in ``group``."""
        box = QGroupBox(title, self)
        column = QVBoxLayout(box)
        for number, (name, text) in enumerate(options):
            button = QRadioButton(text, box)
            button.setObjectName(f"choice-{name}")
            group.addButton(button, number)
            column.addWidget(button)
        group.button(default).setChecked(True)
        return box

    def choice(self) -> ExportChoice:
        """The choices made, as they stand."""
        if self._purpose is Purpose.PRINT:
            content = list(Content)[self._contents.checkedId()]
        elif self._purpose is Purpose.EXPORT_BLANK:
            content = Content.BLANK
        else:
            content = Content.WORKSHEET
        chosen_format = Format.PDF
        if self._purpose is not Purpose.PRINT:
            chosen_format = list(Format)[self._formats.checkedId()]
        with_article = self.with_article.isChecked() and content is not Content.ARTICLE
        return ExportChoice(content, chosen_format, with_article)

    @Slot()
    def _on_content_toggled(self) -> None:
        # The article is printed whole anyway; the box only means something for worksheets.
        self.with_article.setEnabled(list(Content)[self._contents.checkedId()] != Content.ARTICLE)


def suggested_name(folder: Path, stem: str, choice: ExportChoice) -> Path:
    """A file name to start the save dialog with, e.g. ``…/my-article-worksheet.pdf``."""
    kind = {Content.WORKSHEET: "worksheet", Content.BLANK: "blank-worksheet"}.get(
        choice.content, ""
    )
    name = f"{stem}-{kind}" if kind else stem
    return folder / f"{name}{choice.format.value}"


def file_filter(formats: list[Format]) -> str:
    """A save dialog's filter line for these formats."""
    return ";;".join(f"{format_name(kind)} (*{kind.value})" for kind in formats)


def with_suffix(path: Path, selected_filter: str, formats: list[Format]) -> Path:
    """``path``, with the suffix of the chosen filter added when it has no known one."""
    if path.suffix.lower() in {kind.value for kind in formats} | {".htm", ".markdown"}:
        return path
    for kind in formats:
        if f"*{kind.value}" in selected_filter:
            return path.with_name(path.name + kind.value)
    return path.with_name(path.name + formats[0].value)
