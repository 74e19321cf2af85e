"""The reflection on the current section: saves itself, and says when it did."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from tether.content import Section
from tether.models import ReflectionsModel
from tether.models.reflections import format_when

# Saved this long after the last key; also at once on section change, focus loss and quit.
AUTOSAVE_MS = 700
RETRY_MS = 3000


class ReflectionEditor(QWidget):
    """Edits the reader's reflection on one section at a time.

    The text on screen is the truth until the store has it: a failed save keeps the
    text, says so, and retries; switching section first saves what was typed.
    """

    save_state_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model: ReflectionsModel | None = None
        self._section_id: str | None = None
        self._dirty = False
        self._heading = QLabel(self)
        self._heading.setWordWrap(True)
        self._heading.setObjectName("reflection-heading")
        self._heading.setTextFormat(Qt.TextFormat.PlainText)
        self._prompt = QLabel(self)
        self._prompt.setWordWrap(True)
        self._prompt.setObjectName("reflection-prompt")
        self._prompt.setTextFormat(Qt.TextFormat.PlainText)
        self._editor = QPlainTextEdit(self)
        self._editor.setObjectName("reflection-text")
        self._editor.setAccessibleName("Reflection on this section")
        self._editor.setTabChangesFocus(True)
        self._state = QLabel(self)
        self._state.setObjectName("reflection-state")
        self._state.setAccessibleName("Save state")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self._heading, self._prompt, self._editor, self._state):
            layout.addWidget(widget)
        self._heading.setBuddy(self._editor)
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self._editor.textChanged.connect(self._on_text_changed)
        self._editor.installEventFilter(self)
        self.setFocusProxy(self._editor)

    @property
    def text_edit(self) -> QPlainTextEdit:
        """The text box itself (for focus and tests)."""
        return self._editor

    def set_model(self, model: ReflectionsModel) -> None:
        """Use another article's reflections; what was typed for the old one is saved."""
        self.flush()
        self._model = model
        self._section_id = None

    def show_section(self, section: Section) -> None:
        """Save the reflection being written, then show the one on ``section``."""
        if section.id == self._section_id:
            return
        self.flush()
        if self._dirty:
            # The last save failed: keep this text on screen rather than lose it.
            return
        assert self._model is not None
        self._section_id = section.id
        self._heading.setText(f"Reflection on “{section.title}”")
        prompt = " ".join(section.prompts)
        self._prompt.setText(prompt)
        self._prompt.setVisible(bool(prompt))
        self._editor.setPlaceholderText(
            "Write what this section brings up for you. It saves as you type."
        )
        self._editor.blockSignals(True)
        self._editor.setPlainText(self._model.text_for_section(section.id))
        self._editor.blockSignals(False)
        saved = self._model.saved_at(section.id)
        self._set_state(f"Saved {format_when(saved)}" if saved else "Nothing written yet")

    def section_id(self) -> str | None:
        """The section whose reflection is in the editor."""
        return self._section_id

    def is_dirty(self) -> bool:
        """Whether there is typed text the store does not have yet."""
        return self._dirty

    def take_unsaved(self) -> tuple[str, str] | None:
        """Hand over text that could not be saved: (section id, text), or None.

        For leaving an article whose store refuses the text: the caller keeps it and
        goes on retrying, and the editor is free to show another article.
        """
        self._timer.stop()
        if not self._dirty or self._section_id is None:
            return None
        self._dirty = False
        return self._section_id, self._editor.toPlainText()

    @Slot()
    def flush(self) -> bool:
        """Save now if anything is unsaved. True when the store has the text."""
        self._timer.stop()
        if not self._dirty or self._model is None or self._section_id is None:
            return not self._dirty
        if self._model.save(self._section_id, self._editor.toPlainText()):
            self._dirty = False
            self._set_state(f"Saved {datetime.now():%H:%M:%S}")
            return True
        self._set_state("Not saved yet — Tether will keep trying. Your text is safe here.")
        self._timer.start(RETRY_MS)
        return False

    @Slot()
    def _on_text_changed(self) -> None:
        self._dirty = True
        self._set_state("Saving…")
        self._timer.start(AUTOSAVE_MS)

    def _set_state(self, text: str) -> None:
        self._state.setText(text)
        self.save_state_changed.emit(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt: save the moment the text box loses focus."""
        if watched is self._editor and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)
