"""The article's links and tick boxes as elements a screen reader can find and activate.

Qt describes the article view as one block of text: a screen reader can read it, but it
cannot list the links in it, nor tick a sign's box. The view's page (its viewport) is
therefore described here as a group of links in reading order: each link is a "link"
named by its words, each sign's box a "check box" named by the sign's words and checked
as the sign is; activating either does what a click does (through the view's
``anchorClicked``, so an outside link still asks the reader first). Tab already moves
from link to link in the text (Qt selects each in turn); the link selected is reported
as focused, so a screen reader says it.

The list is made only when a screen reader asks, and again only after the text changed.
"""

# Qt calls the methods overridden here by its own names.
# ruff: noqa: N802

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QRect, Qt, QUrl, Slot
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleInterface,
    QTextCursor,
)
from PySide6.QtWidgets import QAccessibleWidget, QTextBrowser, QWidget

from tether.content import SIGN_SCHEME
from tether.i18n import translate
from tether.ui.a11y import ItemAccessible, install_factory, notify_focus
from tether.ui.page.tick_marks import TickMarks

_PAGE_NAME = "accessible-page"


@dataclass(frozen=True)
class Link:
    """One link of the page: where it is, where it goes, and the words it reads as."""

    start: int
    end: int
    href: str
    words: str


def page_links(view: QTextBrowser) -> list[Link]:
    """Every link of the view's text in reading order (a sign's box is a ``sign:`` link).

    Neighbouring pieces of one link (a word in italics inside it) are one link.
    """
    links: list[Link] = []
    block = view.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            char_format = fragment.charFormat()
            href = char_format.anchorHref() if char_format.isAnchor() else ""
            if href:
                start, end = fragment.position(), fragment.position() + fragment.length()
                last = links[-1] if links else None
                if last is not None and last.href == href and last.end == start:
                    links[-1] = Link(last.start, end, href, last.words + fragment.text())
                else:
                    links.append(Link(start, end, href, fragment.text()))
            fragments += 1
        block = block.next()
    return links


class _Page(QObject):
    """What the view's interfaces share: the view, its boxes, and the links found.

    A child of the view, so that it lives as long as the view does.
    """

    def __init__(self, view: QTextBrowser, ticks: TickMarks) -> None:
        super().__init__(view)
        self.setObjectName(_PAGE_NAME)
        self.view = view
        self.ticks = ticks
        self.links: list[Link] | None = None
        self.items: dict[tuple[int, str], LinkAccessible] = {}
        self._said: LinkAccessible | None = None  # the focused link last reported
        view.document().contentsChange.connect(self.forget)
        view.cursorPositionChanged.connect(self.follow_cursor)

    @Slot(int, int, int)
    def forget(self, _position: int, removed: int, added: int) -> None:
        """The text changed: find the links again when next asked.

        A box ticked or unticked is one character for another (same link, same place):
        the links stay as they are, so ticking does not cost a scan of a long page.
        """
        if removed != added:
            self.links = None

    def current(self) -> list[Link]:
        if self.links is None:
            self.links = page_links(self.view)
            keys = {(link.start, link.href) for link in self.links}
            for key in [key for key in self.items if key not in keys]:
                self.items.pop(key).tag.deleteLater()  # Qt deletes its interface with it
        return self.links

    def item(self, position: int) -> LinkAccessible | None:
        links = self.current()
        if not 0 <= position < len(links):
            return None
        link = links[position]
        item = self.items.get((link.start, link.href))
        if item is None:
            item = LinkAccessible(self, link)
            self.items[(link.start, link.href)] = item
        item.link = link
        return item

    def position_of(self, item: LinkAccessible) -> int:
        links = self.current()
        for position, link in enumerate(links):
            if (link.start, link.href) == (item.link.start, item.link.href):
                return position
        return -1

    def focused(self) -> LinkAccessible | None:
        """The link Tab selected (Qt selects a link's text), while the article has the focus."""
        cursor = self.view.textCursor()
        if not self.view.hasFocus() or not cursor.hasSelection():
            return None
        span = (cursor.selectionStart(), cursor.selectionEnd())
        for position, link in enumerate(self.current()):
            if (link.start, link.end) == span:
                return self.item(position)
        return None

    @Slot()
    def follow_cursor(self) -> None:
        """Tab selected a link: say it, as a screen reader would a focused control."""
        if not QAccessible.isActive():
            return  # nobody listens: not worth finding the links
        item = self.focused()
        if item is not None and item is not self._said:
            notify_focus(item)
        self._said = item


class PageAccessible(QAccessibleWidget):
    """The article's page (the view's viewport): a group of its links, in reading order."""

    def __init__(self, viewport: QWidget, page: _Page) -> None:
        super().__init__(viewport, QAccessible.Role.Grouping)
        self._page = page

    def text(self, kind: QAccessible.Text) -> str:
        """Qt: named after what it holds."""
        if kind == QAccessible.Text.Name:
            return translate("ArticleView", "Links and tick boxes in the article")
        return ""

    def childCount(self) -> int:
        """Qt: one child per link or tick box."""
        return len(self._page.current())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        """Qt: the ``index``-th link of the page."""
        return self._page.item(index)

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        """Qt: where a link is in reading order."""
        return self._page.position_of(child) if isinstance(child, LinkAccessible) else -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        """Qt: the link Tab selected, while the article has the focus."""
        return self._page.focused()


class LinkAccessible(ItemAccessible):
    """A link (role "link") or a sign's box (role "check box") in the article."""

    def __init__(self, page: _Page, link: Link) -> None:
        box = link.href.startswith(SIGN_SCHEME + ":")
        role = QAccessible.Role.CheckBox if box else QAccessible.Role.Link
        viewport = page.view.viewport()
        super().__init__(viewport, role, lambda: QAccessible.queryAccessibleInterface(viewport))
        self._page = page
        self.link = link
        self.box = box

    def _ticked(self) -> bool:
        return bool(self._page.ticks.ticked_at(self.link.start))

    def text(self, kind: QAccessible.Text) -> str:
        """Qt: a link's words (its address as description); a box's sign."""
        if kind == QAccessible.Text.Name:
            if self.box:
                block = self._page.view.document().findBlock(self.link.start)
                return block.text()[self.link.end - block.position() :].strip()
            return self.link.words.strip() or self.link.href
        if kind == QAccessible.Text.Description and not self.box:
            return self.link.href
        return ""

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:
        """Qt: the words are the article's; nothing to set."""

    def state(self) -> QAccessible.State:
        """Qt: focusable; a box checkable and checked as its sign; off screen or not."""
        state = QAccessible.State()
        state.focusable = True
        state.focused = self._page.focused() is self
        if self.box:
            state.checkable = True
            state.checked = self._ticked()
        else:
            state.linked = True
        view = self._page.view
        if not view.isVisible():
            state.invisible = True
        elif not self._local_rect().intersects(view.viewport().rect()):
            state.offscreen = True
        return state

    def _local_rect(self) -> QRect:
        cursor = QTextCursor(self._page.view.document())
        cursor.setPosition(self.link.start)
        start = self._page.view.cursorRect(cursor)
        cursor.setPosition(self.link.end)
        end = self._page.view.cursorRect(cursor)
        if end.top() != start.top():  # wraps: the first line's part
            return start.adjusted(0, 0, 1, 0)
        return start.united(end)

    def rect(self) -> QRect:
        """Qt: where the link is on the screen."""
        return self.screen_rect(self._local_rect(), self._page.view.viewport())

    def actionNames(self) -> list[str]:
        """Qt: a box is ticked (Toggle or Press); a link followed (Press)."""
        press = QAccessibleActionInterface.pressAction()
        return [QAccessibleActionInterface.toggleAction(), press] if self.box else [press]

    def localizedActionName(self, name: str) -> str:
        """Qt: the action as a screen reader says it."""
        if self.box:
            return translate("ArticleView", "Tick or untick")
        return translate("ArticleView", "Follow link")

    def localizedActionDescription(self, name: str) -> str:
        """Qt: what the action does."""
        return self.localizedActionName(name)

    def keyBindingsForAction(self, _name: str) -> list[str]:
        """Qt: Tab to the link, then Enter."""
        return ["Return"]

    def doAction(self, name: str) -> None:
        """Qt: do what clicking the link or the box does."""
        if name not in self.actionNames():
            return
        view = self._page.view
        cursor = QTextCursor(view.document())
        cursor.setPosition(self.link.start)
        cursor.setPosition(self.link.end, QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        view.anchorClicked.emit(QUrl(self.link.href))


def _build(obj: QObject) -> QAccessibleInterface | None:
    view = obj.parent()
    if not isinstance(view, QTextBrowser) or obj is not view.viewport():
        return None
    page = view.findChild(_Page, _PAGE_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    return PageAccessible(view.viewport(), page) if isinstance(page, _Page) else None


def install(view: QTextBrowser, ticks: TickMarks) -> None:
    """Describe ``view``'s page as its links and boxes, from now on.

    Start-up calls this with the rest of the window, right after the page's first paint
    (importing this module builds QAccessible's classes, which that paint does not
    need). A screen reader that already asked about the page then was given Qt's own
    description of it, which Qt keeps: that one is dropped, so that the next question
    gets the links and boxes.
    """
    _Page(view, ticks)
    install_factory(_build)
    if QAccessible.isActive():
        described = QAccessible.queryAccessibleInterface(view.viewport())
        if described is not None and not isinstance(described, PageAccessible):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(described))
