"""Reading progress: marking sections read, and how far through the article the reader is.

The rule for "read": a section counts as read once the page has rested for a second
(:data:`READ_DWELL_MS`) with the section's last line on screen, while the reader is in
that section or past it (the reading place, :class:`~tether.models.ReadingPlace`, is that
section or a later one). Reaching the end
of a section and stopping there is what reading it looks like; scrolling past it without
stopping, jumping over it from the table of contents, or glimpsing a short section below
the one being read is not. A section stays read.

"How far through" is how much of the article's text lies above the bottom of the page,
so the first screenful of a long article is a few percent and the end is 100%.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QTextBlock,
)
from PySide6.QtWidgets import QLabel, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from tether.content import Article
from tether.i18n import QT_TRANSLATE_NOOP, translate
from tether.models import Role, SectionsModel
from tether.ui.page.article_view import ArticleView

READ_DWELL_MS = 1000
# A plural: declared with a literal count, so that lupdate sees one (see tether.i18n).
_SECTIONS_READ = QT_TRANSLATE_NOOP("ReadingProgress", "{read} of %n sections read", None, 2)
# While a long article's outline is still growing: how many read, without a total.
_READ_SO_FAR = QT_TRANSLATE_NOOP("ReadingProgress", "%n sections read", None, 2)
# A last line cut off by this many pixels at the bottom of the page still counts as seen.
_SEEN_SLACK_PX = 4


class ReadingProgress(QObject):
    """Marks the sections the reader has read, and says how far through they are.

    :attr:`label` is the status bar's "38% through · 5 of 12 sections read".
    """

    def __init__(self, view: ArticleView, parent: QWidget, dwell_ms: int = READ_DWELL_MS) -> None:
        super().__init__(parent)
        self._view = view
        self._sections: SectionsModel | None = None
        self.label = QLabel(parent)
        self.label.setObjectName("progress-label")
        self.label.setAccessibleName(translate("ReadingProgress", "Reading progress"))
        # Room between this and the save state beside it.
        self.label.setContentsMargins(18, 0, 4, 0)
        self.label.setToolTip(
            translate(
                "ReadingProgress",
                "How much of the article is above the bottom of the page, and how many "
                "sections you have read. A section counts as read once you have stopped "
                "with its end on screen.",
            )
        )
        self._dwell = QTimer(self, singleShot=True, interval=dwell_ms)
        self._dwell.timeout.connect(self.mark_sections_ending_on_screen)
        self._refresh = QTimer(self, singleShot=True, interval=0)
        self._refresh.timeout.connect(self._show)
        view.verticalScrollBar().valueChanged.connect(self._on_page_moved)
        # Qt lays a long page out in steps: the range grows as it does.
        view.verticalScrollBar().rangeChanged.connect(self._on_page_moved)
        view.document().documentLayout().documentSizeChanged.connect(self._on_page_moved)

    def set_model(self, sections: SectionsModel) -> None:
        """Follow a newly opened article's sections."""
        if self._sections is not None:
            self._sections.dataChanged.disconnect(self._on_sections_changed)
            self._sections.rowsInserted.disconnect(self._show)
        self._sections = sections
        sections.dataChanged.connect(self._on_sections_changed)
        sections.rowsInserted.connect(self._show)  # a long article's outline grows
        self._on_page_moved()

    # -- the rule ------------------------------------------------------------------------

    def sections_ending_on_screen(self) -> list[int]:
        """The rows of the sections whose last line is on the page now."""
        bar = self._view.verticalScrollBar()
        height = self._view.viewport().height()
        top, bottom = bar.value(), bar.value() + height
        starts = self._view.section_positions()
        if not starts:
            return []
        # Only the sections around the page are measured: the rest are not laid out.
        first = max(bisect.bisect_right(starts, self._view.position_at(0)) - 1, 0)
        last = min(bisect.bisect_right(starts, self._view.position_at(height)), len(starts) - 1)
        document = self._view.document()
        found = []
        for row in range(first, last + 1):
            end_block = (
                document.findBlock(starts[row + 1]).previous()
                if row + 1 < len(starts)
                else document.lastBlock()
            )
            if top <= _text_bottom(end_block) <= bottom + _SEEN_SLACK_PX:
                found.append(row)
        return found

    @Slot()
    def mark_sections_ending_on_screen(self) -> None:
        """Mark read the sections, up to the current one, whose end is on the page."""
        if self._sections is None or not self._view.isVisible():
            return
        current = self._view.current_section()
        for row in self.sections_ending_on_screen():
            if row > current:
                break
            section_id = self._sections.index(row, 0).data(Role.SectionId)
            if section_id:
                self._sections.mark_read(section_id)

    def fraction_through(self) -> float | None:
        """How much of the article's text is above the bottom of the page, from 0 to 1.

        Counted in characters, so only the text down to the page needs laying out. None
        while the article is still being rendered (its length is not known yet); of the
        sections on the page if the rest could not be rendered.
        """
        if self._view.more_to_come():
            return None
        length = self._view.document().characterCount() - 1
        if length <= 0:
            return 0.0
        below = self._view.position_at(self._view.viewport().height())
        return 1.0 if below >= length - 1 else max(0.0, below / length)

    def text(self) -> str:
        """What the status bar says: "38% through · 5 of 12 sections read"."""
        if self._sections is None:
            return ""
        locale = QLocale()
        count = locale.toString(self._sections.read_count())
        if self._sections.outline_pending():  # more sections are joining: no count yet
            read = translate("ReadingProgress", _READ_SO_FAR, None, self._sections.read_count())
        else:
            total = self._sections.rowCount()
            read = translate("ReadingProgress", _SECTIONS_READ, None, total).format(read=count)
        fraction = self.fraction_through()
        if fraction is None:
            through = translate("ReadingProgress", "Opening…")
        else:
            through = translate("ReadingProgress", "{percent}% through").format(
                percent=locale.toString(int(fraction * 100))
            )
        return f"{through} · {read}"

    # -- helpers ---------------------------------------------------------------------------

    @Slot()
    def _on_page_moved(self) -> None:
        self._dwell.start()
        self._show()
        # And again once the move (and the layout it set off) is over.
        self._refresh.start()

    @Slot(QModelIndex, QModelIndex, list)
    def _on_sections_changed(
        self, _top: QModelIndex, _bottom: QModelIndex, _roles: list[int] | None = None
    ) -> None:
        self._show()

    @Slot()
    def _show(self) -> None:
        text = self.text()
        self.label.setText(text)
        self.label.setAccessibleDescription(text)


class ReadMarkDelegate(QStyledItemDelegate):
    """Draws a section's read mark before its title: a ticked disc when read, a ring when not.

    The model only says ``Role.Read``; the marks are painted here, in the theme's colours
    (the accent for read, the muted text colour for unread).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icons: dict[tuple[bool, int, int, float], QIcon] = {}

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Qt: give every section's row a mark as its decoration (not a heading's)."""
        super().initStyleOption(option, index)
        if index.parent().isValid():
            return
        read = bool(index.data(Role.Read))
        side = max(10, round(option.fontMetrics.height() * 0.8))
        widget = option.widget
        ratio = widget.devicePixelRatioF() if widget is not None else 1.0
        role = QPalette.ColorRole.Link if read else QPalette.ColorRole.PlaceholderText
        colour = option.palette.color(QPalette.ColorGroup.Normal, role)
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
        option.decorationSize = QSize(side, side)
        option.icon = self._icon(
            read, colour, option.palette.color(QPalette.ColorRole.Base), side, ratio
        )

    def _icon(self, read: bool, colour: QColor, page: QColor, side: int, ratio: float) -> QIcon:
        key = (read, colour.rgba(), side, ratio)
        if key not in self._icons:
            pixmap = _mark(read, colour, page, side, ratio)
            icon = QIcon()
            for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
                icon.addPixmap(pixmap, mode)
            self._icons[key] = icon
        return self._icons[key]


def _text_bottom(block: QTextBlock) -> float:
    """The bottom of a block's last line, margins left out (0 for no block)."""
    # Skip empty blocks at the end (an empty paragraph has a line, but nothing to read).
    while block.isValid() and not block.text().strip() and block.previous().isValid():
        block = block.previous()
    layout = block.layout() if block.isValid() else None
    if layout is None or layout.lineCount() == 0:
        return 0.0
    line = layout.lineAt(layout.lineCount() - 1)
    return layout.position().y() + line.y() + line.height()


def _mark(read: bool, colour: QColor, page: QColor, side: int, ratio: float) -> QPixmap:
    """A disc with a tick (read) or a ring (unread), ``side`` pixels square."""
    pixmap = QPixmap(round(side * ratio), round(side * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(1, 1, side - 2, side - 2)
    if read:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(box)
        tick = QPainterPath(QPointF(side * 0.28, side * 0.52))
        tick.lineTo(QPointF(side * 0.44, side * 0.68))
        tick.lineTo(QPointF(side * 0.73, side * 0.34))
        pen = QPen(page, max(1.5, side / 8))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
    else:
        painter.setPen(QPen(colour, 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box.adjusted(1, 1, -1, -1))
    painter.end()
    return pixmap


def position_text(article: Article, index: int) -> str:
    """The status bar's place: "Section 3 of 12 · Title" ("Section 3 · Title" while a
    long article's outline is still growing, so no count changes under the reader)."""
    if article.outline_pending:
        where = translate("MainWindow", "Section {number} · {title}")
    else:
        where = translate("MainWindow", "Section {number} of {count} · {title}")
    title, locale = article.sections[index].title, QLocale()
    number, count = locale.toString(index + 1), locale.toString(len(article.sections))
    return where.format(number=number, count=count, title=title)
