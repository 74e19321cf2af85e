"""The reflection on the current section: saves itself, and says when it did."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTime, QTimer, Signal, Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from tether.content import Section
from tether.i18n import QT_TRANSLATE_NOOP, translate
from tether.models import ReflectionsModel
from tether.models.reflections import format_when
from tether.models.tooltips import isolated
from tether.ui.panels.long_lines import LongLineTextEdit, as_plain
from tether.ui.panels.text_snapshot import SLICE, TextSnapshot

# Saved this long after the last key; also at once on section change, focus loss and quit.
AUTOSAVE_MS = 700
# ...and never later than this after the first unsaved key, however fast the typing: a
# crash loses at most about a second of words.
AUTOSAVE_MAX_WAIT_MS = 1000
SAVING = QT_TRANSLATE_NOOP("ReflectionEditor", "Saving…")
NOT_SAVED = QT_TRANSLATE_NOOP(
    "ReflectionEditor", "Not saved yet — Tether will keep trying. Your text is safe here."
)


class ReflectionEditor(QWidget):
    """Edits the reader's reflection on one section at a time.

    The text on screen is the truth until the store has it: a failed save keeps the
    text, says so, and leaves it waiting in the model's pending writes (retried there,
    with the ticks and positions); switching section first saves what was typed, and
    the editor stays on a section whose text is still waiting.
    """

    save_state_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model: ReflectionsModel | None = None
        self._section_id: str | None = None
        # Typed since the last save was tried (a refused save waits in the model).
        self._typed = False
        # A big text being copied, a slice at a time, for the autosave.
        self._snapshot: TextSnapshot | None = None
        self._heading = QLabel(self)
        self._heading.setWordWrap(True)
        self._heading.setObjectName("reflection-heading")
        self._heading.setTextFormat(Qt.TextFormat.PlainText)
        self._prompt = QLabel(self)
        self._prompt.setWordWrap(True)
        self._prompt.setObjectName("reflection-prompt")
        self._prompt.setTextFormat(Qt.TextFormat.PlainText)
        self._editor = LongLineTextEdit(self)
        self._editor.setObjectName("reflection-text")
        self._editor.setAccessibleName(translate("ReflectionEditor", "Reflection on this section"))
        self._editor.setTabChangesFocus(True)
        self._state = QLabel(self)
        self._state.setObjectName("reflection-state")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self._heading, self._prompt, self._editor, self._state):
            layout.addWidget(widget)
        self._heading.setBuddy(self._editor)
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self._autosave)
        self._max_wait = QTimer(self, singleShot=True, interval=AUTOSAVE_MAX_WAIT_MS)
        self._max_wait.timeout.connect(self._autosave)
        self._editor.textChanged.connect(self._on_text_changed)
        self._editor.installEventFilter(self)
        self.setFocusProxy(self._editor)

    @property
    def text_edit(self) -> QPlainTextEdit:
        """The text box itself (for focus and tests)."""
        return self._editor

    def set_model(self, model: ReflectionsModel) -> None:
        """Use another article's reflections; what was typed for the old one is saved.

        Text the old article's store refused waits in that article's model, retried.
        """
        self.flush()
        if self._model is not None:
            self._model.saved.disconnect(self._on_saved)
            self._model.save_failed.disconnect(self._on_save_failed)
        self._model = model
        model.saved.connect(self._on_saved)
        model.save_failed.connect(self._on_save_failed)
        self._section_id = None

    def show_section(self, section: Section) -> None:
        """Save the reflection being written, then show the one on ``section``."""
        if section.id == self._section_id:
            return
        self.flush()
        if self.is_dirty():
            # The store refused this text: keep it on screen until it is saved.
            return
        assert self._model is not None
        self._section_id = section.id
        self._model.begin_visit(section.id)
        self._heading.setText(
            translate("ReflectionEditor", "Reflection on “{section}”").format(
                section=isolated(section.title)
            )
        )
        prompt = " ".join(section.prompts)
        self._prompt.setText(prompt)
        self._prompt.setAccessibleName(prompt or translate("ReflectionEditor", "No prompt"))
        self._prompt.setVisible(bool(prompt))
        self._editor.setPlaceholderText(
            translate(
                "ReflectionEditor",
                "Write what this section brings up for you. It saves as you type.",
            )
        )
        self._editor.blockSignals(True)
        self._editor.setPlainText(self._model.text_for_section(section.id))
        self._editor.blockSignals(False)
        saved = self._model.saved_at(section.id)
        self._set_state(
            translate("ReflectionEditor", "Saved {when}").format(when=format_when(saved))
            if saved
            else translate("ReflectionEditor", "Nothing written yet")
        )

    def restore_text(self, text: str) -> bool:
        """Put an earlier version's ``text`` in the editor as one step Edit › Undo takes back.

        What was there is saved first and the restored text starts a version of its own,
        so both stay among the versions. False if the text on screen could not be saved.
        """
        if self._model is None or self._section_id is None or not self.flush():
            return False
        self._model.begin_visit(self._section_id)
        cursor = self._editor.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)  # one edit on the editor's own undo stack
        self._editor.setTextCursor(cursor)
        return self.flush()

    def section_id(self) -> str | None:
        """The section whose reflection is in the editor."""
        return self._section_id

    def is_dirty(self) -> bool:
        """Whether there is typed text the store does not have yet."""
        if self._typed or self._snapshot is not None:
            return True
        return (
            self._model is not None
            and self._section_id is not None
            and self._model.has_unsaved(self._section_id)
        )

    @Slot()
    def flush(self) -> bool:
        """Save now if anything was typed. True when the store has the text.

        A refused text waits in the model's pending writes and is retried there.
        """
        self._timer.stop()
        self._max_wait.stop()
        self._cancel_snapshot()
        if self._model is None or self._section_id is None:
            return not self._typed
        if not self._typed:
            # An autosave may still be under way in the background: wait for it.
            return self._model.finish(self._section_id)
        self._typed = False
        if self._model.save(self._section_id, self._editor.toPlainText()):
            return True
        self._set_state(translate("ReflectionEditor", NOT_SAVED))
        return False

    @Slot()
    def _autosave(self) -> None:
        """Save what was typed on the worker thread: the keys go on meanwhile.

        A big text is first copied a slice at a time (:class:`TextSnapshot`), so that
        not even the copy holds up a key.
        """
        self._timer.stop()
        self._max_wait.stop()
        model, section_id = self._model, self._section_id
        if not self._typed or model is None or section_id is None or self._snapshot is not None:
            return  # (a snapshot under way takes in every key typed until it is done)
        self._typed = False
        editor = self._editor
        if editor.has_soft_breaks() or editor.document().characterCount() <= SLICE:
            model.save_soon(section_id, editor.text_later())
            return
        self._snapshot = TextSnapshot(
            editor.document(), partial(self._snapshot_done, model, section_id)
        )

    def _snapshot_done(self, model: ReflectionsModel, section_id: str, raw: str) -> None:
        self._snapshot = None
        # The copy holds every key typed so far: nothing is left to save.
        self._typed = False
        self._timer.stop()
        self._max_wait.stop()
        model.save_soon(section_id, partial(as_plain, raw))

    def _cancel_snapshot(self) -> None:
        """Stop copying for the autosave: the text is about to be saved at once."""
        if self._snapshot is not None:
            self._snapshot.cancel()
            self._snapshot = None
            self._typed = True

    @Slot()
    def _on_text_changed(self) -> None:
        self._typed = True
        saving = translate("ReflectionEditor", SAVING)
        if self._state.text() != saving:
            self._set_state(saving)
        self._timer.start()
        if not self._max_wait.isActive():
            self._max_wait.start()

    @Slot(str, datetime)
    def _on_saved(self, section_id: str, _when: datetime) -> None:
        # Saved now or on a retry; words typed since then are not saved yet.
        # A newer text still being copied for its own autosave is not saved either.
        if section_id == self._section_id and not self._typed and self._snapshot is None:
            now = QLocale().toString(QTime.currentTime(), "HH:mm:ss")
            self._set_state(translate("ReflectionEditor", "Saved {when}").format(when=now))

    @Slot(str)
    def _on_save_failed(self, _reason: str) -> None:
        section_id, model = self._section_id, self._model
        if section_id is not None and model is not None and model.has_unsaved(section_id):
            self._set_state(translate("ReflectionEditor", NOT_SAVED))

    def _set_state(self, text: str) -> None:
        self._state.setText(text)
        # Named by what it says ("Saved 10:31"), which a screen reader reads out.
        self._state.setAccessibleName(text)
        self.save_state_changed.emit(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt: save the moment the text box loses focus."""
        if watched is self._editor and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)
