"""The article page: rendered Markdown at a comfortable measure, with tickable signs."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPointF, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QToolTip, QWidget

from tether.content import SECTION_ANCHOR_PREFIX, SIGN_SCHEME, Article, Section
from tether.i18n import translate
from tether.models import ReadingPlace, Role, SignsModel
from tether.ui.first_paint import wrap_viewport
from tether.ui.page.article_resources import link_words
from tether.ui.page.image_fit import PageImages
from tether.ui.page.related_links import (
    ARTICLE_SCHEME,
    KnownTitle,
    compose_page,
    link_related_titles,
    section_html,
    title_from_url,
)
from tether.ui.page.tick_marks import TickMarks

# A line of ordinary English prose, to measure how wide an average character is.
_SAMPLE = "Independence is not the same as disconnection, said the quiet reader."
DEFAULT_MEASURE = 66
_MIN_SIDE_MARGIN = 24
_FLASH_MS = 1600
# A heading brought to the top keeps a little air above it.
_HEADING_AIR = 12


class ArticleView(QTextBrowser):
    """Shows one article; ticks in the text are the signs model, shown in place.

    Links never navigate the browser: ``sign:`` links tick a sign, in-article anchors
    scroll there (``#usage``, a section's id, makes that section the reader's place),
    anything else goes to :attr:`link_requested` for the window to decide (and ask) on.

    The reader's place is the session's :class:`ReadingPlace`: the view's moves to a
    section, a sign or an anchor set it; the view never derives it from what is on top.
    """

    # The reader wants a section that is not rendered yet (connected directly: render it).
    section_wanted = Signal(int)
    # The page was painted (rendering the rest of an article waits for this).
    page_painted = Signal()
    # A link to leave the article by, with the words it reads as (the reader sees both).
    link_requested = Signal(QUrl, str)
    # A related-reading title the library holds was clicked: open that article.
    article_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        wrap_viewport(self)  # first: ~14 ms of classes the page never needs
        self.setObjectName("article-view")
        self.setAccessibleName(translate("ArticlePage", "Article"))
        self.setOpenLinks(False)  # and so never opens them outside (openExternalLinks)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.document().setUndoRedoEnabled(False)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self._article: Article | None = None
        self._images: PageImages | None = None
        self._fitting = QTimer(self, singleShot=True, interval=0)
        self._fitting.timeout.connect(self._fit_images)
        self._known_title: KnownTitle | None = None
        self._signs: SignsModel | None = None
        self._ticks = TickMarks(self)
        self._measure = DEFAULT_MEASURE
        # Where each rendered section's heading starts (sections still to render have none yet).
        self._section_positions: list[int] = []
        # Every anchor name in the document and where it is (for in-page links).
        self._anchors: dict[str, int] = {}
        self._place: ReadingPlace | None = None
        self._flash_timer = QTimer(self, singleShot=True, interval=_FLASH_MS)
        self._flash_timer.timeout.connect(lambda: self.set_selection_layer("flash", []))
        # Extra selections come in layers (find matches, a flashed sign) so none clobbers another.
        self._selection_layers: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._more_to_come = True
        self._notes = False  # the article's speaker notes, shown only when asked for

    # -- showing an article --------------------------------------------------------------

    def show_article(
        self, article: Article, signs: SignsModel, place: ReadingPlace, css: str, font: QFont
    ) -> None:
        """Lay out an article with its signs' ticks as the model has them; moves set ``place``."""
        if self._signs is not None:
            self._signs.dataChanged.disconnect(self._on_signs_changed)
        self._article, self._signs, self._place = article, signs, place
        signs.dataChanged.connect(self._on_signs_changed)
        self._ticks.set_model(signs)
        self._more_to_come = True
        self._render(css, font)

    def append_sections(self, article: Article, first: int, last: int) -> None:
        """Add sections ``first``..``last - 1``, just rendered, at the end of the page."""
        if self._article is None or first != len(self._section_positions):
            return
        self._article = article
        html = "\n".join(section_html(s, self._notes) for s in article.sections[first:last])
        document = self.document()
        cursor = QTextCursor(document)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        start = cursor.position()
        # A fragment's first block would merge into the last paragraph (and lose its
        # heading format): a line break goes there instead, and is taken out again.
        cursor.insertHtml("<br/>" + link_related_titles(html, self._known_title))
        cursor.setPosition(start)
        cursor.setPosition(start + 1, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() == "\u2028":
            cursor.removeSelectedText()
        self._index_anchors(document.findBlock(start), article.sections[first:last])

    def sections_rendered(self) -> int:
        """How many sections, from the first, are on the page."""
        return len(self._section_positions)

    def more_to_come(self) -> bool:
        """Whether sections are still to be appended (False once a section failed)."""
        later = self._article is not None and self._article.outline_pending  # outline grows
        return self._more_to_come and (self.sections_rendered() < self.section_count() or later)

    def expect_no_more(self) -> None:
        """No more sections will be appended (the rest could not be rendered)."""
        self._more_to_come = False

    def restyle(self, css: str, font: QFont) -> None:
        """Apply a new stylesheet or font, keeping the reader's place."""
        if self._article is None:
            return
        # Keep the paragraph at the top of the page at the top after the text reflows.
        anchor = self.cursorForPosition(self.viewport().rect().topLeft()).position()
        self._render(css, font)
        block = self.document().findBlock(anchor)
        top = self.document().documentLayout().blockBoundingRect(block).top()
        self.verticalScrollBar().setValue(round(top))

    def set_known_titles(self, known: KnownTitle | None) -> None:
        """Link related-reading titles for which ``known`` is true (the library has them)."""
        self._known_title = known

    def relink(self) -> None:
        """Lay the page out again after the known titles changed, keeping the place."""
        self.restyle(self.document().defaultStyleSheet(), self.document().defaultFont())

    def show_speaker_notes(self, shown: bool) -> None:
        """View › Show Speaker Notes: the article's ``Note:`` quotes on the page, or not."""
        if shown != self._notes:  # as set before the first paint: nothing to redo
            self._notes = shown
            self.relink()

    def describe_links(self) -> None:
        """Give screen readers the page's links and boxes (with the rest of the window)."""
        from tether.ui.page import accessible_links  # QAccessible's classes: not for the paint

        accessible_links.install(self, self._ticks)

    def set_measure(self, characters: int) -> None:
        """Set the line length, in average characters, that the text column aims for."""
        self._measure = characters
        self._fit_column()

    def _render(self, css: str, font: QFont) -> None:
        assert self._article is not None
        document = self.document()
        document.setDefaultFont(font)
        document.setDefaultStyleSheet(css)
        document.setBaseUrl(QUrl.fromLocalFile(str(self._article.path.parent) + "/"))
        self._images = PageImages(self._article.path.parent)
        self._ticks.forget()
        self._section_positions = []
        self._anchors = {}
        page = compose_page(self._article, self._notes)
        self.setHtml(link_related_titles(page, self._known_title))
        rendered = len(self._article.sections) - self._article.pending
        self._index_anchors(self.document().begin(), self._article.sections[:rendered])
        self._fit_column()

    def _index_anchors(self, block: QTextBlock, sections: Sequence[Section]) -> None:
        """Find where the sections' headings and their signs' boxes are, from ``block`` on."""
        names: dict[str, int] = {}
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                for name in fragment.charFormat().anchorNames():
                    names.setdefault(name, fragment.position())
                fragments += 1
            block = block.next()
        for name, position in names.items():
            self._anchors.setdefault(name, position)
        start = self._section_positions[-1] if self._section_positions else 0
        for section in sections:
            start = names.get(SECTION_ANCHOR_PREFIX + section.id, start)
            self._section_positions.append(start)
        self._ticks.write(
            {
                sign.id: names[f"{SIGN_SCHEME}:{sign.id}"]
                for section in sections
                for sign in section.signs
                if f"{SIGN_SCHEME}:{sign.id}" in names
            }
        )

    # -- ticks ---------------------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex, list)
    def _on_signs_changed(
        self, top: QModelIndex, bottom: QModelIndex, roles: list[int] | None = None
    ) -> None:
        if roles and Qt.ItemDataRole.CheckStateRole not in roles:
            return
        parent = top.parent()
        for row in range(top.row(), bottom.row() + 1):
            sign_id = top.model().index(row, 0, parent).data(Role.SignId)
            if sign_id:
                self._ticks.changed(sign_id)

    def write_ticks(self) -> None:
        """Bring the boxes in the text up to date now (they follow a tick by a moment)."""
        self._ticks.write_pending()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt: the page, then the boxes of signs ticked since the text was last written."""
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        self._ticks.paint(painter)
        painter.end()
        self.page_painted.emit()

    def viewportEvent(self, event: QEvent) -> bool:
        """Qt: a sign's box tells whether it is ticked now, not when the page was made."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            scrolled = QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
            hit = QPointF(event.pos()) + scrolled
            position = self.document().documentLayout().hitTest(hit, Qt.HitTestAccuracy.ExactHit)
            tip = self._ticks.tooltip_at(position)
            if tip is not None:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
                return True
        return super().viewportEvent(event)

    # -- moving around -------------------------------------------------------------------

    def section_count(self) -> int:
        """How many sections the article on show has (rendered or not)."""
        return len(self._article.sections) if self._article is not None else 0

    def current_section(self) -> int:
        """The section the reader is in: the place they went to, never a guess from the page."""
        return self._place.section() if self._place is not None else 0

    def set_current_section(self, index: int) -> None:
        """Make section ``index`` the reader's place, without moving the page."""
        if self._place is not None and 0 <= index < self.section_count():
            self._place.go_to(index)

    def section_at(self, position: int) -> int:
        """The row of the section that holds a document position."""
        return max(bisect.bisect_right(self._section_positions, position) - 1, 0)

    def shows_section(self, index: int) -> bool:
        """Whether any of section ``index`` is on the page now."""
        first = self.section_at(self.position_at(0))
        last = self.section_at(self.position_at(self.viewport().height()))
        return first <= index <= last

    def scroll_to_section(self, index: int) -> None:
        """Bring a section's heading to the top of the page, and make it the reader's place."""
        if index >= len(self._section_positions):
            self.section_wanted.emit(index)
        if not 0 <= index < len(self._section_positions):
            return
        top = 0.0 if index == 0 else self._top_of(self._section_positions[index]) - _HEADING_AIR
        self.verticalScrollBar().setValue(round(top))
        self.set_current_section(index)

    def go_to_anchor(self, name: str) -> None:
        """Follow an in-page link: ``#usage`` names a section by its id (its heading's slug),
        anything else an anchor in the text; either way its section becomes the place."""
        name = name.removeprefix(SECTION_ANCHOR_PREFIX)
        index = self._article.section_index(name) if self._article is not None else None
        if index is not None:
            self.scroll_to_section(index)
            return
        self.scroll_to_name(name)

    def scroll_to_name(self, name: str) -> None:
        """Bring the place an anchor names (a heading, a footnote) to the top of the page."""
        if name not in self._anchors and self.more_to_come():
            self.section_wanted.emit(self.section_count() - 1)  # it may be further on
        position = self._anchors.get(name)
        if position is not None:
            self.verticalScrollBar().setValue(round(self._top_of(position) - _HEADING_AIR))
            self.set_current_section(self.section_at(position))

    def scroll_to_sign(self, sign_id: str) -> None:
        """Bring a sign into the middle of the page, highlight it briefly, and make its
        section the reader's place."""
        position = self._ticks.positions.get(sign_id)
        if position is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        rect = self.document().documentLayout().blockBoundingRect(cursor.block())
        bar = self.verticalScrollBar()
        bar.setValue(round(rect.center().y() - self.viewport().height() / 2))
        flash = QTextEdit.ExtraSelection()
        flash.cursor = cursor
        flash.format.setBackground(QColor(self.palette().highlight().color()))
        flash.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        self.set_selection_layer("flash", [flash])
        self._flash_timer.start()
        self.set_current_section(self.section_at(position))

    def set_selection_layer(self, layer: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Show one kind of extra selections (``find``, ``flash``) beside the other kinds."""
        self._selection_layers[layer] = selections
        self.setExtraSelections([item for kind in self._selection_layers.values() for item in kind])

    def section_positions(self) -> list[int]:
        """Where each section's heading starts in the document, in reading order."""
        return list(self._section_positions)

    def scroll_fraction(self) -> float:
        """How far down the article the page is, from 0 to 1."""
        bar = self.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0

    def set_scroll_fraction(self, fraction: float) -> None:
        """Scroll to a place given as a fraction of the whole article."""
        # Qt lays a long page out in steps, guessing its height: all of it, for the real one.
        self._top_of(self.document().characterCount() - 1)
        bar = self.verticalScrollBar()
        bar.setValue(round(max(0.0, min(1.0, fraction)) * bar.maximum()))

    def _top_of(self, position: int) -> float:
        """The top of the block at a document position (laying out the text up to it)."""
        block = self.document().findBlock(position)
        return self.document().documentLayout().blockBoundingRect(block).top()

    def position_at(self, y: float, scroll: int | None = None) -> int:
        """The document position of the text at height ``y`` of the page (viewport pixels),
        with the page where it is or scrolled to ``scroll``."""
        top = self.verticalScrollBar().value() if scroll is None else scroll
        # Inside the text column: in the margin beside it a hit may land elsewhere.
        left = self.document().rootFrame().frameFormat().leftMargin()
        point = QPointF(max(_MIN_SIDE_MARGIN, left + 1), y + top)
        # Found by text position, so only the text down to there is laid out.
        return self.document().documentLayout().hitTest(point, Qt.HitTestAccuracy.FuzzyHit)

    # -- layout and links ----------------------------------------------------------------

    def _fit_column(self) -> None:
        """Centre a column of about ``measure`` characters; narrow windows get the width."""
        metrics = QFontMetricsF(self.document().defaultFont())
        char_width = metrics.horizontalAdvance(_SAMPLE) / len(_SAMPLE)
        column = self._measure * char_width
        side = max(_MIN_SIDE_MARGIN, (self.viewport().width() - column) / 2)
        # Room below the text, so that the last section's heading can reach the top too.
        bottom = max(_MIN_SIDE_MARGIN, self.viewport().height() - 2 * _HEADING_AIR)
        frame = self.document().rootFrame()
        frame_format = frame.frameFormat()
        if (
            abs(frame_format.leftMargin() - side) < 1
            and abs(frame_format.bottomMargin() - bottom) < 1
        ):
            return
        frame_format.setLeftMargin(side)
        frame_format.setRightMargin(side)
        frame_format.setTopMargin(_MIN_SIDE_MARGIN)
        frame_format.setBottomMargin(bottom)
        frame.setFrameFormat(frame_format)
        self._fit_images()

    def width_for(self, characters: int) -> int:
        """How wide this view must be for a line to hold ``characters`` characters.

        The window's panels give way below this (see :mod:`tether.ui.room`): it is the
        column :meth:`_fit_column` lays out, its least margins, and the scroll bar.
        """
        metrics = QFontMetricsF(self.document().defaultFont())
        char_width = metrics.horizontalAdvance(_SAMPLE) / len(_SAMPLE)
        chrome = self.width() - self.viewport().width()  # frame and vertical scroll bar
        if not self.verticalScrollBar().isVisible():
            chrome += self.verticalScrollBar().sizeHint().width()
        return round(characters * char_width + 2 * _MIN_SIDE_MARGIN + chrome)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt: keep the text column centred and at its measure, and the reader's place."""
        # A narrower or wider page reflows the text: keep the paragraph at the top in view.
        reflows = self._article is not None and 0 < event.oldSize().width() != event.size().width()
        # At the very top the page stays at the top (the title's margin in view).
        reflows = reflows and self.verticalScrollBar().value() > 0
        anchor = self.cursorForPosition(self.viewport().rect().topLeft()).position()
        super().resizeEvent(event)
        self._fit_column()
        if reflows:
            block = self.document().findBlock(anchor)
            top = self.document().documentLayout().blockBoundingRect(block).top()
            self.verticalScrollBar().setValue(round(top))

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == SIGN_SCHEME and self._signs is not None:
            self._signs.toggle(url.path())
        elif url.scheme() == ARTICLE_SCHEME:
            self.article_requested.emit(title_from_url(url))
        elif url.scheme() == "" and url.hasFragment() and not url.path():
            self.go_to_anchor(url.fragment())
        else:
            words = link_words(self.document(), url, self.textCursor().position())
            self.link_requested.emit(url, words)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        """Qt: images only from the article's own folder; nothing remote, nothing else.

        Never None: given None, QTextDocument would read the file itself.
        """
        url = QUrl(name) if isinstance(name, str) else name
        if self._images is None or kind != QTextDocument.ResourceType.ImageResource:
            return QImage()
        image = self._images.load(url)
        if not image.isNull():
            self._fitting.start()  # once laid out; one pass for all the pictures loaded
        return image

    @Slot()
    def _fit_images(self) -> None:
        if self._images is not None:
            self._images.fit(self.document(), self.viewport().width())
