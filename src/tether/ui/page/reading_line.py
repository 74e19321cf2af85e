"""The reading line: when the reader scrolls by themselves, their place follows their eye.

A reader's eye rests about a third of the way down the page, not on its top pixel. So
when the reader scrolls (keys, wheel, the scroll bar), the section that holds the
reading line is where they are — but only once a heading has crossed that line: a
section the reader went to (a sign clicked, a Find match low on the page) stays theirs
while they scroll a few lines, and becomes the next one when its heading passes the
line. At the very top of the article the place is the first section; at the very end,
the section at the line.

Only the reader's own scrolling counts: the scroll bar's ``actionTriggered``, which Qt
emits for keys, the wheel and the bar itself, and never for a scroll the program makes
(a jump to a section, a reflow, the rest of a long article laid out). A jump therefore
never gives way to the reading line while its page is still settling.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from tether.ui.page.article_view import ArticleView

# Where the eye rests, as a fraction of the page's height from its top.
READING_LINE = 1 / 3


class ReadingLine(QObject):
    """Moves the view's reading place when the reader's own scrolling takes a heading
    across the reading line."""

    def __init__(self, view: ArticleView) -> None:
        super().__init__(view)
        self._view = view
        view.verticalScrollBar().actionTriggered.connect(self._on_scrolled_by_reader)

    def section_at_line(self, scroll: int | None = None) -> int:
        """The section under the reading line, with the page where it is or at ``scroll``.

        Walked from the reader's place, heading by heading: Qt lays a page out in steps
        while idle, and a hit test below what is laid out lands at the end of the
        article; asking for a heading's place lays the page out down to that heading,
        and no further than the walk goes.
        """
        view = self._view
        count = len(view.section_positions())
        if not count:
            return 0
        top = view.verticalScrollBar().value() if scroll is None else scroll
        if top <= 0:
            return 0
        line = top + view.viewport().height() * READING_LINE
        section = min(max(view.current_section(), 0), count - 1)
        while section + 1 < count and self.heading_top(section + 1) <= line:
            section += 1
        # The line in the space above a heading is still in the section before it.
        while section > 0 and self.heading_top(section) > line:
            section -= 1
        return section

    def heading_top(self, section: int) -> float:
        """Where a section's heading text starts, in page pixels from the article's top."""
        view = self._view
        block = view.document().findBlock(view.section_positions()[section])
        # Lays the page out down to this block, so that its place is known and current.
        rect = view.document().documentLayout().blockBoundingRect(block)
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            return rect.top()
        return layout.position().y() + layout.lineAt(0).y()

    @Slot(int)
    def _on_scrolled_by_reader(self, _action: int) -> None:
        # Qt has moved the slider but not yet the page: the value is still the old one.
        bar = self._view.verticalScrollBar()
        before, after = bar.value(), bar.sliderPosition()
        if before == after:
            return
        now = self.section_at_line(after)
        at_an_end = after <= bar.minimum() or (
            after >= bar.maximum() and self._at_the_end_of_the_page(after)
        )
        if at_an_end or now != self.section_at_line(before):
            self._view.set_current_section(now)

    def _at_the_end_of_the_page(self, scroll: int) -> bool:
        """Whether the page's last line is on screen at ``scroll``.

        Qt lays a long page out in steps while idle, and the scroll bar's maximum grows
        with it: a maximum reached early is not yet the end. ``documentSize`` finishes
        the layout (once; later calls find it done).
        """
        view = self._view
        height = view.document().documentLayout().documentSize().height()
        return scroll + view.viewport().height() >= height - view.fontMetrics().lineSpacing()
