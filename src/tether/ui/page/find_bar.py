"""Find in the article: a bar under the page that highlights every match and steps through.

The whole article is one document, so moving from match to match crosses sections by
itself and wraps at the end. Matching ignores case. Only the matches near the page on
screen are drawn as extra selections, so a word with a hundred thousand matches in a
long article costs no more to paint than one with ten.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QEvent, QLocale, QObject, QPoint, Qt, QTimer, Slot
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from tether.i18n import translate
from tether.ui.page.article_view import ArticleView
from tether.ui.page.find_text import find_all, fold, match_selections, span_cursor

# Above this many characters the search waits for a pause in typing.
BIG_DOCUMENT_CHARS = 100_000
TYPING_PAUSE_MS = 250
# Matches this many characters beyond the page are highlighted too, so that a short
# scroll never shows an unhighlighted match before the highlights catch up.
_SLACK_CHARS = 4000
SELECTION_LAYER = "find"


def _native(keys: QKeySequence) -> str:
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


def _key_text(key: QKeySequence.StandardKey) -> str:
    bindings = QKeySequence.keyBindings(key)
    return _native(bindings[0]) if bindings else ""


def _count_text(current: int, total: int) -> str:
    """ "3 of 12": which match is current, of how many, in the interface's language."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)  # a count, not a sum
    return translate("FindBar", "{current} of {total}").format(
        current=locale.toString(current), total=locale.toString(total)
    )


class FindBar(QWidget):
    """Finds text in an :class:`ArticleView`: every match highlighted, one of them current.

    Enter and Shift+Enter in the text box move to the next and previous match; the
    window's Find Next / Find Previous commands call :meth:`find_next` and
    :meth:`find_previous`; Esc closes the bar and gives the focus back to the article.

    The bar starts hidden and empty: its box and buttons are made by :meth:`build`, which
    the window calls with the rest of itself, after the first paint (~2.5 ms less before
    it), and :meth:`open` calls if it has not been.
    """

    line_edit: QLineEdit
    count_label: QLabel
    previous_button: QToolButton
    next_button: QToolButton
    close_button: QToolButton

    def __init__(self, view: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find-bar")
        self.setAccessibleName(translate("FindBar", "Find in article"))
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self._view = view
        self._matches: list[int] = []
        self._length = 0
        self._current = -1
        # The plain text, case folded; None once the document changes (the matches are stale).
        self._folded: str | None = None
        self._searched_for = ""
        self._built = False
        self._search_timer = QTimer(self, singleShot=True)
        self._search_timer.timeout.connect(self._search)
        view.textChanged.connect(self._on_document_changed)
        view.verticalScrollBar().valueChanged.connect(self._highlight)
        self.hide()

    def build(self) -> None:
        """Make the box and the buttons (once)."""
        if self._built:
            return
        self._built = True
        self.line_edit = QLineEdit(self)
        self.line_edit.setObjectName("find-text")
        self.line_edit.setAccessibleName(translate("FindBar", "Find in article"))
        self.line_edit.setPlaceholderText(translate("FindBar", "Find in article"))
        self.line_edit.setClearButtonEnabled(True)
        for clear in self.line_edit.findChildren(QToolButton):  # Qt's, otherwise unnamed
            clear.setAccessibleName(translate("FindBar", "Clear search"))
        self.line_edit.installEventFilter(self)
        self.setFocusProxy(self.line_edit)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("find-count")
        self.count_label.setAccessibleName(translate("FindBar", "Matches"))
        widest = _count_text(9999, 9999)
        self.count_label.setMinimumWidth(self.fontMetrics().horizontalAdvance(widest))
        enter = QKeySequence(Qt.Key.Key_Enter)  # named by Qt, in its catalogue's words
        shift_enter = QKeySequence(Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_Enter)
        previous_keys = (
            f"{_native(shift_enter)}, {_key_text(QKeySequence.StandardKey.FindPrevious)}"
        )
        self.previous_button = self._button(
            "previous",
            translate("FindBar", "Previous"),
            translate("FindBar", "Previous match"),
            previous_keys,
        )
        next_keys = f"{_native(enter)}, {_key_text(QKeySequence.StandardKey.FindNext)}"
        self.next_button = self._button(
            "next", translate("FindBar", "Next"), translate("FindBar", "Next match"), next_keys
        )
        self.close_button = self._button(
            "close",
            translate("FindBar", "Close"),
            translate("FindBar", "Close find bar"),
            _native(QKeySequence(Qt.Key.Key_Escape)),
        )
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addSpacing(6)
        layout.addWidget(self.close_button)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)
        self.line_edit.textChanged.connect(self._on_text_changed)

    def _button(self, name: str, text: str, accessible: str, keys: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(f"find-{name}")
        button.setText(text)
        button.setAccessibleName(accessible)
        button.setToolTip(f"{accessible} ({keys})")
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(True)
        return button

    # -- what the window calls ---------------------------------------------------------

    @Slot()
    def open(self) -> None:
        """Show the bar with the cursor in its text box (Ctrl+F)."""
        self.build()
        selected = self._view.textCursor().selectedText().strip()
        if selected and "\u2029" not in selected:
            # What the reader selected is what they want to find, as in a browser.
            self.line_edit.setText(selected)
        was_hidden = self.isHidden()
        self.show()
        self.line_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.line_edit.selectAll()
        if was_hidden and self.line_edit.text():
            # Opened again: search afresh from the page the reader has reached since.
            self._searched_for = ""
            self._search()

    @Slot()
    def close_bar(self) -> None:
        """Hide the bar and its highlights; the current match stays selected in the article."""
        self._search_timer.stop()
        self._view.set_selection_layer(SELECTION_LAYER, [])
        if self._fresh() and 0 <= self._current < len(self._matches):
            # The reader's place (and Tab through links) continues from the match.
            self._view.setTextCursor(self._cursor(self._current))
        self.hide()
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def find_next(self) -> None:
        """Go to the next match, wrapping after the last (Enter, F3)."""
        self._step(1)

    @Slot()
    def find_previous(self) -> None:
        """Go to the previous match, wrapping before the first (Shift+Enter, Shift+F3)."""
        self._step(-1)

    def match_count(self) -> int:
        """How many matches the article has for the text in the box."""
        return len(self._matches)

    def current_match(self) -> int:
        """The index of the current match, or -1 when there is none."""
        return self._current

    def current_cursor(self) -> QTextCursor | None:
        """A cursor selecting the current match in the article, if there is one."""
        if not self._fresh() and self._searched_for:
            self._search()
        return self._cursor(self._current) if 0 <= self._current < len(self._matches) else None

    # -- searching -----------------------------------------------------------------------

    def _step(self, direction: int) -> None:
        if self.isHidden():
            # F3 with the bar closed opens it on the match nearest the page.
            self.open()
            return
        stale = not self._fresh() or self._searched_for != self.line_edit.text()
        if stale or self._search_timer.isActive():
            self._search()
        if not self._matches:
            return
        self._current = (self._current + direction) % len(self._matches)
        self._show_current(scroll=True)

    def search_delay_ms(self) -> int:
        """How long a key in the box waits before searching: long articles wait for a pause."""
        big = self._view.document().characterCount() > BIG_DOCUMENT_CHARS
        return TYPING_PAUSE_MS if big else 0

    @Slot(str)
    def _on_text_changed(self, _text: str) -> None:
        self._search_timer.start(self.search_delay_ms())

    def _fresh(self) -> bool:
        """Whether the matches were found in the document as it is now."""
        # setHtml moves the page before it says the text changed: compare lengths too.
        length = self._view.document().characterCount() - 1
        return self._folded is not None and len(self._folded) == length

    @Slot()
    def _on_document_changed(self) -> None:
        # A new article, a new theme or a ticked box: positions may have moved.
        self._folded = None
        if self.isVisible() and self.line_edit.text():
            self._search_timer.start(TYPING_PAUSE_MS)

    @Slot()
    def _search(self) -> None:
        """Find every match of the text in the box; the current one is near the reader."""
        self._search_timer.stop()
        text = self.line_edit.text()
        same_text = text == self._searched_for
        previous = self._matches[self._current] if 0 <= self._current < len(self._matches) else 0
        self._searched_for = text
        folded = self._folded
        if folded is None or not self._fresh():
            folded = self._folded = fold(self._view.document().toPlainText())
        self._matches = find_all(folded, fold(text))
        self._length = len(text)
        if not self._matches:
            self._current = -1
        elif same_text:
            # The document changed under the same search: stay on the same match.
            self._current = min(bisect.bisect_left(self._matches, previous), len(self._matches) - 1)
        else:
            # A new search starts from the page the reader is looking at.
            top = self._view.cursorForPosition(QPoint(0, 0)).position()
            self._current = bisect.bisect_left(self._matches, top) % len(self._matches)
        self._show_current(scroll=not same_text)

    def _show_current(self, scroll: bool) -> None:
        if scroll and self._current >= 0:
            self._scroll_into_view(self._cursor(self._current))
            # The reader went to this match: its section is where they are now.
            self._view.set_current_section(self._view.section_at(self._matches[self._current]))
        self._say_count()
        self._highlight()

    def _say_count(self) -> None:
        if not self.line_edit.text():
            text = ""
        elif not self._matches:
            text = translate("FindBar", "No matches")
        else:
            text = _count_text(self._current + 1, len(self._matches))
        self.count_label.setText(text)
        self.line_edit.setAccessibleDescription(text)
        from tether.ui.a11y import announce  # QAccessible's classes: not for the first paint

        announce(self.count_label, text)

    # -- drawing -------------------------------------------------------------------------

    def _cursor(self, match: int) -> QTextCursor:
        return span_cursor(self._view.document(), (self._matches[match], self._length))

    def _scroll_into_view(self, cursor: QTextCursor) -> None:
        rect = self._view.cursorRect(cursor)
        height = self._view.viewport().height()
        if rect.top() >= 0 and rect.bottom() <= height:
            return
        bar = self._view.verticalScrollBar()
        bar.setValue(bar.value() + rect.center().y() - height // 2)

    @Slot()
    def _highlight(self) -> None:
        """Draw the matches near the page; the current one stands out."""
        if not self._fresh():
            # The document changed and the search will run again; until then the drawn
            # highlights follow the text by themselves, and the positions are not to be trusted.
            return
        if self.isHidden() or not self._matches:
            self._view.set_selection_layer(SELECTION_LAYER, [])
            return
        viewport = self._view.viewport()
        top = self._view.cursorForPosition(QPoint(0, 0)).position()
        corner = QPoint(viewport.width(), viewport.height())
        bottom = self._view.cursorForPosition(corner).position()
        first = bisect.bisect_left(self._matches, top - _SLACK_CHARS)
        last = bisect.bisect_right(self._matches, bottom + _SLACK_CHARS)
        selections = match_selections(
            self._view.document(),
            [(self._matches[match], self._length) for match in range(first, last)],
            (self._matches[self._current], self._length) if self._current >= 0 else None,
            self._view.palette(),
        )
        self._view.set_selection_layer(SELECTION_LAYER, selections)

    # -- keys ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt: Enter finds the next match and Shift+Enter the previous one."""
        if watched is self.line_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self._step(-1 if shift else 1)
                return True
        return super().eventFilter(watched, event)
