"""Feature: speaker notes in the main window (issue 17).

View › Show Speaker Notes puts the article's ``Note:`` quotes on the reader's page (off by
default, remembered); View › Speaker Notes Pane opens a dock where the facilitator
writes their own notes on the current section, the ones the presenter console shows.
The pane is made the first time it is opened. Its words are saved like reflections (a
moment after typing stops, and at once on a section change or when the window saves
everything) but in the facilitator's own table, never among the reader's reflections.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QPlainTextEdit, QVBoxLayout, QWidget

from tether.i18n import translate
from tether.models.tooltips import isolated
from tether.ui.actions import ActionId
from tether.ui.host import WindowHost
from tether.ui.room import reading_sides
from tether.ui.settings import SHOW_SPEAKER_NOTES, UiSettings


class SpeakerNotesPane(QDockWidget):
    """The facilitator's note on the section the reader is in, autosaved."""

    def __init__(self, host: WindowHost, parent: QWidget) -> None:
        super().__init__(translate("SpeakerNotes", "Speaker Notes"), parent)
        self.setObjectName("speaker-notes-dock")
        self._host = host
        body = QWidget(self)
        self.heading = QLabel(body)
        self.heading.setObjectName("speaker-notes-heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.editor = QPlainTextEdit(body)
        self.editor.setObjectName("speaker-notes-editor")
        self.editor.setAccessibleName(
            translate("SpeakerNotes", "Your speaker notes on this section")
        )
        self.editor.setPlaceholderText(
            translate(
                "SpeakerNotes",
                "Your notes for presenting this section. The presenter console shows them; "
                "the room never sees them, and they are not among your reflections.",
            )
        )
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.editor, 1)
        self.setWidget(body)
        self._section_id: str | None = None
        self._loading = False
        self.editor.textChanged.connect(self._on_text_changed)

    def show_section(self) -> None:
        """Save the note being written, then show the note on the reader's section."""
        session = self._host.session
        if session is None:
            self._section_id = None
            self.heading.setText(
                translate("SpeakerNotes", "Open an article to write speaker notes.")
            )
            self.editor.setEnabled(False)
            return
        notes = session.facilitation()
        notes.save()
        sections = session.article_so_far.sections
        index = min(max(self._host.article_view.current_section(), 0), len(sections) - 1)
        section = sections[index]
        self._section_id = section.id
        self.heading.setText(
            translate("SpeakerNotes", "Notes on “{section}”").format(
                section=isolated(section.title)
            )
        )
        self.editor.setEnabled(True)
        self._loading = True
        self.editor.setPlainText(notes.note(section.id))
        self._loading = False

    @Slot()
    def _on_text_changed(self) -> None:
        session = self._host.session
        if self._loading or session is None or self._section_id is None:
            return
        session.facilitation().save_soon(self._section_id, self.editor.toPlainText())


class SpeakerNotes(QObject):
    """The two View commands of speaker notes on one main window."""

    def __init__(self, host: WindowHost, settings: UiSettings) -> None:
        super().__init__(host.window())
        self._host, self._settings = host, settings
        self.pane: SpeakerNotesPane | None = None
        self._watched: object = None  # the session whose reading place the pane follows
        show = host.actions_by_id[ActionId.SHOW_SPEAKER_NOTES]
        if settings.preference(SHOW_SPEAKER_NOTES):
            show.setChecked(True)
            host.article_view.show_speaker_notes(True)
        show.toggled.connect(self._show_in_page)
        host.actions_by_id[ActionId.SPEAKER_NOTES_PANE].toggled.connect(self._toggle_pane)
        host.article_shown.connect(self._follow)

    @Slot(bool)
    def _show_in_page(self, shown: bool) -> None:
        self._settings.set_preference(SHOW_SPEAKER_NOTES, int(shown))
        self._host.article_view.show_speaker_notes(shown)

    @Slot(bool)
    def _toggle_pane(self, shown: bool) -> None:
        if self.pane is None and shown:
            window = self._host.window()
            assert isinstance(window, QMainWindow)
            self.pane = SpeakerNotesPane(self._host, window)
            window.addDockWidget(reading_sides()[1], self.pane)
            self.pane.visibilityChanged.connect(self._on_pane_visibility)
        if self.pane is not None:
            self.pane.setVisible(shown)
            if shown:
                self.pane.show_section()
                self.pane.editor.setFocus()

    @Slot(bool)
    def _on_pane_visibility(self, visible: bool) -> None:
        """The pane's own close button unticks its command; shown again (after presenting,
        say, where the console may have changed the note) it reads the note afresh."""
        if self.pane is None:
            return
        if visible:
            self.pane.show_section()
        elif self.pane.isHidden():
            self._host.actions_by_id[ActionId.SPEAKER_NOTES_PANE].setChecked(False)

    @Slot()
    def _follow(self) -> None:
        """A new article, or a new section: the pane shows its note."""
        session = self._host.session
        if session is not None and session is not self._watched:
            self._watched = session
            session.place.changed.connect(self._on_place)
        if self.pane is not None and self.pane.isVisible():
            self.pane.show_section()

    @Slot(int)
    def _on_place(self, _section: int) -> None:
        if self.pane is not None and self.pane.isVisible():
            self.pane.show_section()


def install_speaker_notes(host: WindowHost, settings: UiSettings) -> SpeakerNotes:
    """Give the main window View › Show Speaker Notes and View › Speaker Notes Pane."""
    return SpeakerNotes(host, settings)
