"""The main window: sections on the left, the article in the middle, signs and reflections
on the right."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QVBoxLayout, QWidget

from tether.content import Article, ArticleError
from tether.i18n import translate
from tether.models import ArticleSession
from tether.ui.actions import ActionId, Menu, build_actions, fill_menus, menu_title
from tether.ui.appearance import Appearance
from tether.ui.dialogs.commands import (
    choose_article_file,
    open_link_if_agreed,
    show_about,
    show_preferences,
    show_shortcuts,
    warn_cannot_open,
)
from tether.ui.drop import ArticleDropFilter
from tether.ui.first_paint import Completion
from tether.ui.page.article_view import ArticleView
from tether.ui.page.find_bar import FindBar
from tether.ui.page.progress import ReadingProgress, position_text
from tether.ui.page.reading_line import ReadingLine
from tether.ui.page.rendering import RenderFollower, render_first_page
from tether.ui.pane_cycle import PaneCycler, article_pane, chain_tab_order
from tether.ui.panels.docks import ReflectionsDock, SectionsDock, SignsDock
from tether.ui.panels.signs_presence import SignsPresence
from tether.ui.room import PanelRoom, fit_to_screen, reading_sides, share_right_side, share_soon
from tether.ui.save_notice import SaveNotice, agree_to_lose_changes
from tether.ui.settings import UiSettings
from tether.ui.theme_menu import ThemeMenu
from tether.ui.toolbar import ReadingToolBar
from tether.ui.zoom import Zoom

if TYPE_CHECKING:
    from tether.content import ArticleRenderer
    from tether.ui.panels.reflection_editor import ReflectionEditor

# A string: the renderer (and the parser) is imported only when an article needs it.
SessionFactory = Callable[["Article | ArticleRenderer"], ArticleSession]
POSITION_SAVE_MS = 1000


class MainWindow(QMainWindow):
    """One article at a time, with its docks; every change goes through the session.

    Features install themselves on it as a :class:`tether.ui.host.WindowHost`; only
    :func:`tether.shell.window.build_window` makes one.
    """

    article_shown = Signal(Path)

    def __init__(
        self,
        make_session: SessionFactory,
        settings: UiSettings,
        parent: QWidget | None = None,
        *,
        complete: bool = True,
    ) -> None:
        """Build the window; with ``complete=False`` only its page and frame (see
        :meth:`complete`), so that start-up can paint the page first."""
        super().__init__(parent)
        self.setObjectName("main-window")
        self._make_session = make_session
        self._settings = settings
        self.appearance = Appearance(settings, self)
        # Before any widget exists, so that every one starts in the theme's font.
        self.appearance.apply_to_application()
        self.session: ArticleSession | None = None
        self._pending_section: str | None = None
        self._pending_scroll: float | None = None
        self._own_layout = False
        self._completion = Completion(self._build_rest, self)
        # The shortcuts are the window's from the start (their slots arrive with the
        # rest, which the first key press builds first: see ui.first_paint.Completion).
        self.actions_by_id = build_actions(self)
        self.article_view = ArticleView(self)
        self.find_bar = FindBar(self.article_view, self)
        self.setCentralWidget(article_pane(self.article_view, self.find_bar, self))
        # The docks' frames hold their places round the page; their contents come later.
        self.sections_dock = SectionsDock(self, filled=False)
        self.signs_dock = SignsDock(self, filled=False)
        self.reflections_dock = ReflectionsDock(self, filled=False)
        start, end = reading_sides()  # Sections where reading starts, mirrored in RTL
        self.addDockWidget(start, self.sections_dock)
        self.addDockWidget(end, self.signs_dock)
        self.addDockWidget(end, self.reflections_dock)
        fit_to_screen(self)  # first: the docks' shares below are of this size
        self.resizeDocks([self.sections_dock], [240], Qt.Orientation.Horizontal)
        self.resizeDocks([self.signs_dock], [340], Qt.Orientation.Horizontal)
        share_right_side(self, self.signs_dock, self.reflections_dock)
        # The docks, with their toggles, in the order they give way to a narrow page.
        a = self.actions_by_id
        panels = [
            (self.sections_dock, a[ActionId.SHOW_SECTIONS]),
            (self.signs_dock, a[ActionId.SHOW_SIGNS]),
            (self.reflections_dock, a[ActionId.SHOW_REFLECTIONS]),
        ]
        self.room = PanelRoom(self, self.article_view, panels)
        self.signs_presence = SignsPresence(
            self.signs_dock, settings, a[ActionId.SHOW_SIGNS], self.room, self
        )
        self.toolbar = ReadingToolBar(self.actions_by_id, self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self._position_label = QLabel(self)
        self._position_label.setObjectName("position-label")
        self.statusBar().addWidget(self._position_label, 1)
        self.save_notice = SaveNotice(self.statusBar(), self.has_unsaved)
        self.reading_progress = ReadingProgress(self.article_view, self)
        self.rendering = RenderFollower(self.article_view, self)
        self.reading_line = ReadingLine(self.article_view)
        self.statusBar().addPermanentWidget(self.reading_progress.label)
        self.zoom = Zoom(self.appearance, self.statusBar(), self)
        self._position_timer = QTimer(self, singleShot=True, interval=POSITION_SAVE_MS)
        self._position_timer.timeout.connect(self.save_position)
        # The menu bar's titles now (its height is the page's top); their items later.
        self.menus: dict[Menu, QMenu] = {
            menu: self.menuBar().addMenu(menu_title(menu)) for menu in Menu
        }
        self.apply_theme()
        # The keys read the page from the first second (Page Down, Space, arrows).
        self.article_view.setFocus(Qt.FocusReason.OtherFocusReason)
        if complete:
            self.complete()
        else:  # until then, the page has the keys (see Completion)
            self._completion.watch(self.article_view)

    # -- construction ----------------------------------------------------------------------

    def complete(self) -> None:
        """Build the rest (docks' contents, menus' items, wiring), then what :meth:`when_complete`
        queued; once. A page-first window completes after its first paint or first input."""
        self._completion.run()

    def is_complete(self) -> bool:
        """Whether the rest of the window is built (see :meth:`complete`)."""
        return self._completion.done

    def when_complete(self, step: Callable[[], object]) -> None:
        """Run ``step`` once the window is complete (at once if it is)."""
        self._completion.when_complete(step)

    def _build_rest(self) -> None:
        """The second stage (see :meth:`complete`)."""
        sections, signs, notes = self.sections_dock, self.signs_dock, self.reflections_dock
        for dock in (sections, signs, notes):
            dock.fill()
        self.find_bar.build()
        share_soon(self, signs, notes, unless=lambda: self._own_layout)
        self.pane_cycler = PaneCycler(
            [sections.view, self.article_view, self.find_bar, signs.view, notes.editor, notes.list],
            self,
        )
        chain_tab_order(self.pane_cycler.tab_order())
        self.zoom.watch_wheel(self.article_view.viewport())
        self.article_view.describe_links()  # to screen readers (see accessible_links.install)
        self._build_menus()
        self._connect()
        ArticleDropFilter(self, self.open_path)
        self.theme_menu.sync()
        if self.session is not None:
            self._on_current_section_changed(self.article_view.current_section())

    def _build_menus(self) -> None:
        """The menus' items from the action registry; the themes after the panels."""
        fill_menus(self.menus, self.actions_by_id)
        view = self.menus[Menu.VIEW]
        last_panel = view.actions().index(self.actions_by_id[ActionId.SHOW_REFLECTIONS])
        after_panels = view.actions()[last_panel + 1]
        view.insertSeparator(after_panels)
        self.theme_menu = ThemeMenu(self.appearance, view)
        view.insertMenu(after_panels, self.theme_menu)

    def _connect(self) -> None:
        a = self.actions_by_id
        a[ActionId.OPEN].triggered.connect(self.choose_article)
        a[ActionId.PREFERENCES].triggered.connect(lambda: show_preferences(self, self.appearance))
        a[ActionId.QUIT].triggered.connect(self.close)
        self.zoom.connect_actions(a)
        self.appearance.changed.connect(self.apply_theme)
        self.appearance.changed.connect(self.room.fit)  # larger text, fewer characters
        a[ActionId.NEXT_SECTION].triggered.connect(lambda: self.go_to_section_offset(1))
        a[ActionId.PREVIOUS_SECTION].triggered.connect(lambda: self.go_to_section_offset(-1))
        a[ActionId.REFLECT].triggered.connect(self.reflect_on_current_section)
        # Find searches the whole article: the rest of a long one is rendered first.
        a[ActionId.FIND].triggered.connect(self.rendering.finish)
        a[ActionId.FIND].triggered.connect(self.find_bar.open)
        a[ActionId.FIND_NEXT].triggered.connect(self.find_bar.find_next)
        a[ActionId.FIND_PREVIOUS].triggered.connect(self.find_bar.find_previous)
        a[ActionId.NEXT_PANE].triggered.connect(self.pane_cycler.next_pane)
        a[ActionId.PREVIOUS_PANE].triggered.connect(self.pane_cycler.previous_pane)
        a[ActionId.SHORTCUTS].triggered.connect(lambda: show_shortcuts(self, a.values()))
        a[ActionId.ABOUT].triggered.connect(lambda: show_about(self))
        self.article_view.link_requested.connect(partial(open_link_if_agreed, self))
        self.article_view.verticalScrollBar().valueChanged.connect(self._position_timer.start)
        # Going somewhere from a panel gives the keys back to the page, to read on.
        self.sections_dock.section_activated.connect(self.article_view.scroll_to_section)
        self.sections_dock.section_activated.connect(self.focus_page)
        self.sections_dock.section_activated.connect(lambda: self.room.fold(self.sections_dock))
        self.sections_dock.heading_activated.connect(self._go_to_heading)
        self.signs_dock.sign_activated.connect(self.article_view.scroll_to_sign)
        self.signs_dock.sign_activated.connect(self.focus_page)
        self.reflections_dock.reflection_activated.connect(self._go_to_reflection)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.applicationStateChanged.connect(self._on_app_state_changed)

    # -- the article ---------------------------------------------------------------------

    def show_article(
        self, source: Article | ArticleRenderer, section_id: str | None = None
    ) -> None:
        """Open an article: build its models, lay it out, and go where the reader was.

        From a renderer, only what the first screen needs is rendered before it is
        shown; the rest follows in idle time (see :mod:`tether.ui.page.rendering`). Raises
        :class:`ArticleError`, leaving the article on show as it was, if that first
        part cannot be rendered.
        """
        self.flush()
        session = self._make_session(source)
        position = session.position()
        wanted = section_id or (position.section_id if position else None)
        if not isinstance(source, Article):  # a renderer (isinstance would import it)
            place = session.section_index(wanted) if wanted else None
            try:
                render_first_page(session, source, place)
            except ArticleError:
                session.deleteLater()  # the article on show stays, with its session
                raise
        article = session.article_so_far
        self.rendering.follow(session)
        session.save_failed.connect(self.save_notice.report_failure)
        session.saved_again.connect(self.save_notice.check)
        old, self.session = self.session, session
        if old is not None:
            old.place.changed.disconnect(self._on_current_section_changed)
            # Anything the store still refuses stays with the old session, retried.
            old.retire(self)
        session.place.changed.connect(self._on_current_section_changed)
        session.sections_outlined.connect(self._on_outline_grown)
        self.setWindowTitle(translate("MainWindow", "{title} — Tether").format(title=article.title))
        self.toolbar.set_title(article.title)
        self.sections_dock.set_session(session)
        self.reading_progress.set_model(session.sections)
        self.signs_dock.set_session(session)
        self.signs_presence.watch(session.signs)
        self.reflections_dock.set_session(session)
        self.article_shown.emit(article.path)
        self.article_view.set_measure(self.appearance.measure())
        self.article_view.show_article(
            article, session.signs, session.place, self.appearance.css(), self.appearance.font()
        )
        self._on_current_section_changed(session.place.section())
        self.focus_page()
        self._pending_section = wanted
        self._pending_scroll = position.scroll if position and not section_id else None
        if self.isVisible():
            self._restore_place()

    def _restore_place(self) -> None:
        """Go to the requested section, or back to the saved scroll position."""
        pending = self._pending_section is not None or self._pending_scroll is not None
        if self.session is None or not pending or not self.isVisible():
            return
        view, article = self.article_view, self.session.article_so_far
        index = article.section_index(self._pending_section) if self._pending_section else None
        if self._pending_scroll is not None and not article.complete:
            # The fraction is of the whole article: it waits until the article is whole.
            view.scroll_to_section(index or 0)
            self.rendering.restore_fraction_when_whole(self._pending_scroll, index)
        elif self._pending_scroll is not None:
            view.set_scroll_fraction(self._pending_scroll)
            if index is not None and not view.shows_section(index):
                view.scroll_to_section(index)  # the file changed since: its heading, then
            view.set_current_section(
                index if index is not None else self.reading_line.section_at_line()
            )
        elif index is not None:
            view.scroll_to_section(index)
        self._pending_section = self._pending_scroll = None
        self._on_current_section_changed(view.current_section())

    @Slot()
    def _on_outline_grown(self) -> None:
        self._on_current_section_changed(self.article_view.current_section())  # "of 1,752"

    @Slot()
    def choose_article(self) -> None:
        """File › Open: pick a Markdown file and open it; a bad file changes nothing."""
        start = self.session.article_so_far.path.parent if self.session else Path.home()
        if (path := choose_article_file(self, start)) is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Open an article file, or explain in a dialog why it cannot be opened."""
        try:
            from tether.content import ArticleRenderer  # the parser, when first needed

            renderer = ArticleRenderer(path)
            self.show_article(renderer)
        except ArticleError as error:
            warn_cannot_open(self, str(error))
            return False
        self.save_position()
        return True

    # -- moving and reflecting -------------------------------------------------------------

    def go_to_section_offset(self, step: int) -> None:
        """Go to the next (1) or previous (-1) section."""
        target = self.article_view.current_section() + step
        if 0 <= target < self.article_view.section_count():
            self.article_view.scroll_to_section(target)

    @Slot()
    def reflect_on_current_section(self) -> None:
        """Show the Reflections dock and put the cursor in this section's reflection."""
        self.reflections_dock.show()
        self.reflections_dock.raise_()
        editor = self.reflections_dock.editor.text_edit
        editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        editor.moveCursor(editor.textCursor().MoveOperation.End)

    @Slot()
    @Slot(int, str)
    def _go_to_heading(self, section: int, anchor: str) -> None:
        """A heading chosen in the Sections panel: its section is laid out, then it is on top."""
        self.article_view.scroll_to_section(section)
        self.article_view.scroll_to_name(anchor)
        self.focus_page()
        self.room.fold(self.sections_dock)

    def focus_page(self) -> None:
        """Give the keyboard to the page, so that Page Down and Space read on."""
        self.article_view.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(str)
    def _go_to_reflection(self, section_id: str) -> None:
        if (
            self.session is not None
            and (index := self.session.section_index(section_id)) is not None
        ):
            self.article_view.scroll_to_section(index)
            self.reflect_on_current_section()

    @Slot(int)
    def _on_current_section_changed(self, index: int) -> None:
        if self.session is None or not self.session.article_so_far.sections:
            return
        sections = self.session.article_so_far.sections
        index = min(max(index, 0), len(sections) - 1)
        section = sections[index]
        self._position_label.setText(position_text(self.session.article_so_far, index))
        self.sections_dock.mark_current(index)
        if self.reflections_dock.filled:
            self.reflections_dock.editor.show_section(section)

    @Slot()
    def save_position(self) -> None:
        """Remember the section and scroll position of the article on show."""
        self._position_timer.stop()
        if self.session is not None and self.session.article_so_far.sections:
            section = self.session.article_so_far.sections[self.article_view.current_section()]
            self.session.save_position(section.id, self.rendering.scroll_fraction())

    def flush(self) -> bool:
        """Save everything unsaved now. False if anything could not be saved."""
        # The position and the words typed since the last autosave go to the session
        # first; whatever the store refuses then waits there with the rest.
        self.save_position()
        if self.reflections_dock.filled:
            self.reflections_dock.editor.flush()
        saved = self.session.save_pending() if self.session is not None else True
        return saved and not self.save_notice.at_risk()

    @property
    def reflection_editor(self) -> ReflectionEditor:
        """The current section's reflection editor (WindowHost); asking completes the window."""
        self.complete()
        return self.reflections_dock.editor

    def add_page_bar(self, bar: QWidget) -> None:
        """Put a quiet bar above the page, e.g. the return bar of check-ins (WindowHost)."""
        pane = self.centralWidget()
        layout = pane.layout() if pane is not None else None
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, bar)

    def has_unsaved(self) -> bool:
        """Whether a reflection, tick or position is still waiting for the store."""
        return self.session is not None and self.session.has_unsaved()

    # -- look ------------------------------------------------------------------------------

    @Slot()
    def apply_theme(self) -> None:
        """Colour the chrome and restyle the page in the reader's theme, font and measure;
        the panels' text follows the text size."""
        self.appearance.apply_to_application()
        self.appearance.apply_to_view(self.article_view)
        panels = (self.sections_dock, self.signs_dock, self.reflections_dock, self.find_bar)
        self.appearance.apply_to_panels((*panels, self.statusBar()))
        if self._completion.done:
            self.theme_menu.sync()

    # -- window events ---------------------------------------------------------------------

    def restore_window_state(self) -> None:
        """Put the window and docks back where the reader left them."""
        geometry, state = self._settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self._own_layout = True  # the reader's, kept when the docks fill
            self.room.restore_state(state)
            self.restoreState(state)
        self.signs_presence.update()  # the article on show decides, not the last one

    def showEvent(self, event: QShowEvent) -> None:
        """Qt: once the page has its real width, go back to the reader's place."""
        super().showEvent(event)
        if (handle := self.windowHandle()) is not None:
            self._completion.watch(handle)  # until complete: every click, key and scroll
        if self.session is not None and (self._pending_section or self._pending_scroll is not None):
            QTimer.singleShot(0, self._restore_place)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Qt: save everything; never close over a reflection that could not be saved."""
        if not self.flush() and not agree_to_lose_changes(self):
            event.ignore()
            return
        self._settings.save_window_state(self.saveGeometry(), self.room.reader_state())
        super().closeEvent(event)

    @Slot(Qt.ApplicationState)
    def _on_app_state_changed(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.flush()
