"""The main window: sections on the left, the article in the middle, signs and reflections
on the right."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QFont,
    QGuiApplication,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from tether import __version__
from tether.content import Article, ArticleError, load_article
from tether.models import ArticleSession
from tether.ui.actions import SPECS, ActionId, Menu, build_actions
from tether.ui.article_view import ArticleView
from tether.ui.docks import ReflectionsDock, SectionsDock, SignsDock
from tether.ui.fonts import READING_FAMILY
from tether.ui.settings import FONT_PX, MEASURE, THEME, UiSettings
from tether.ui.shortcuts_dialog import ShortcutsDialog
from tether.ui.theme import SYSTEM, THEMES, palette_for, reader_css, resolve_theme

SessionFactory = Callable[[Article], ArticleSession]
POSITION_SAVE_MS = 1000
_SAFE_LINK_SCHEMES = ("http", "https", "mailto")


class MainWindow(QMainWindow):
    """One article at a time, with its docks; every change goes through the session."""

    def __init__(
        self, make_session: SessionFactory, settings: UiSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main-window")
        self._make_session = make_session
        self._settings = settings
        self.session: ArticleSession | None = None
        self._pending_section: str | None = None
        self._pending_scroll: float | None = None
        self.actions_by_id = build_actions(self)
        self.article_view = ArticleView(self)
        self.setCentralWidget(self.article_view)
        self.sections_dock = SectionsDock(self)
        self.signs_dock = SignsDock(self)
        self.reflections_dock = ReflectionsDock(self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.sections_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.signs_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.reflections_dock)
        self.resizeDocks([self.sections_dock], [240], Qt.Orientation.Horizontal)
        self.resizeDocks([self.signs_dock], [340], Qt.Orientation.Horizontal)
        self.resizeDocks(
            [self.signs_dock, self.reflections_dock], [450, 450], Qt.Orientation.Vertical
        )
        self._position_label = QLabel(self)
        self._position_label.setObjectName("position-label")
        self._save_label = QLabel(self)
        self._save_label.setObjectName("save-label")
        self.statusBar().addWidget(self._position_label, 1)
        self.statusBar().addPermanentWidget(self._save_label)
        self._position_timer = QTimer(self, singleShot=True, interval=POSITION_SAVE_MS)
        self._position_timer.timeout.connect(self.save_position)
        self._build_menus()
        self._connect()
        self._fit_to_screen()
        self.apply_theme()

    # -- construction ----------------------------------------------------------------------

    def _build_menus(self) -> None:
        """Menus in menu-bar order, each filled from the action registry in its order."""
        self.menus: dict[Menu, QMenu] = {menu: self.menuBar().addMenu(menu.value) for menu in Menu}
        view = self.menus[Menu.VIEW]
        for dock in (self.sections_dock, self.signs_dock, self.reflections_dock):
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        self._build_theme_menu(view.addMenu("&Theme"))
        for spec in SPECS:
            menu = self.menus[spec.menu]
            if spec.separator_before:
                menu.addSeparator()
            menu.addAction(self.actions_by_id[spec.id])

    def _build_theme_menu(self, theme_menu: QMenu) -> None:
        self._theme_group = QActionGroup(self)
        current = str(self._settings.preference(THEME))
        choices = [(SYSTEM, "Follow System"), *((t.id, t.name) for t in THEMES.values())]
        for theme_id, name in choices:
            action = theme_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(theme_id == current)
            action.setData(theme_id)
            self._theme_group.addAction(action)
        self._theme_group.triggered.connect(self._on_theme_chosen)

    def _connect(self) -> None:
        a = self.actions_by_id
        a[ActionId.OPEN].triggered.connect(self.choose_article)
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.NEXT_SECTION].triggered.connect(lambda: self.go_to_section_offset(1))
        a[ActionId.PREVIOUS_SECTION].triggered.connect(lambda: self.go_to_section_offset(-1))
        a[ActionId.REFLECT].triggered.connect(self.reflect_on_current_section)
        a[ActionId.SHORTCUTS].triggered.connect(self.show_shortcuts)
        a[ActionId.ABOUT].triggered.connect(self.show_about)
        self.article_view.current_section_changed.connect(self._on_current_section_changed)
        self.article_view.link_requested.connect(self._on_link_requested)
        self.article_view.verticalScrollBar().valueChanged.connect(self._position_timer.start)
        self.sections_dock.section_activated.connect(self.article_view.scroll_to_section)
        self.signs_dock.sign_activated.connect(self.article_view.scroll_to_sign)
        self.reflections_dock.reflection_activated.connect(self._go_to_reflection)
        self.reflections_dock.editor.save_state_changed.connect(self._save_label.setText)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.applicationStateChanged.connect(self._on_app_state_changed)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)

    # -- the article ---------------------------------------------------------------------

    def show_article(self, article: Article, section_id: str | None = None) -> None:
        """Open an article: build its models, lay it out, and go where the reader was."""
        self.flush()
        session = self._make_session(article)
        session.save_failed.connect(self._on_save_failed)
        old, self.session = self.session, session
        self.setWindowTitle(f"{article.title} — Tether")
        self.sections_dock.set_session(session)
        self.signs_dock.set_session(session)
        self.reflections_dock.set_session(session)
        self.article_view.set_measure(int(self._settings.preference(MEASURE)))
        self.article_view.show_article(article, session.signs, self._css(), self._font())
        position = session.position()
        self._pending_section = section_id or (position.section_id if position else None)
        self._pending_scroll = position.scroll if position and not section_id else None
        if self.isVisible():
            self._restore_place()
        if old is not None:
            old.deleteLater()

    def _restore_place(self) -> None:
        """Go to the requested section, or back to the saved scroll position."""
        pending = self._pending_section is not None or self._pending_scroll is not None
        if self.session is None or not pending or not self.isVisible():
            return
        view, article = self.article_view, self.session.article
        index = article.section_index(self._pending_section) if self._pending_section else None
        if self._pending_scroll is not None:
            view.set_scroll_fraction(self._pending_scroll)
            if index is not None and view.current_section() != index:
                view.scroll_to_section(index)
        elif index is not None:
            view.scroll_to_section(index)
        self._pending_section = self._pending_scroll = None
        self._on_current_section_changed(view.current_section())

    @Slot()
    def choose_article(self) -> None:
        """File › Open: pick a Markdown file and open it; a bad file changes nothing."""
        start = str(self.session.article.path.parent) if self.session else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, "Open Article", start, "Markdown articles (*.md *.markdown *.txt);;All files (*)"
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        """Open an article file, or explain in a dialog why it cannot be opened."""
        try:
            article = load_article(path)
        except ArticleError as error:
            QMessageBox.warning(self, "Cannot Open Article", str(error))
            return False
        self.show_article(article)
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

    @Slot(str)
    def _go_to_reflection(self, section_id: str) -> None:
        if (
            self.session is not None
            and (index := self.session.article.section_index(section_id)) is not None
        ):
            self.article_view.scroll_to_section(index)
            self.reflect_on_current_section()

    @Slot(int)
    def _on_current_section_changed(self, index: int) -> None:
        if self.session is None or not self.session.article.sections:
            return
        sections = self.session.article.sections
        index = min(max(index, 0), len(sections) - 1)
        section = sections[index]
        self._position_label.setText(f"Section {index + 1} of {len(sections)} · {section.title}")
        self.sections_dock.mark_current(index)
        self.reflections_dock.editor.show_section(section)

    @Slot()
    def save_position(self) -> None:
        """Remember the section and scroll position of the article on show."""
        self._position_timer.stop()
        if self.session is not None and self.session.article.sections:
            section = self.session.article.sections[self.article_view.current_section()]
            self.session.save_position(section.id, self.article_view.scroll_fraction())

    def flush(self) -> bool:
        """Save everything unsaved now. False if a reflection could not be saved."""
        self.save_position()
        return self.reflections_dock.editor.flush()

    # -- look ------------------------------------------------------------------------------

    def _font(self) -> QFont:
        font = QFont(READING_FAMILY)
        font.setPixelSize(int(self._settings.preference(FONT_PX)))
        return font

    def _css(self) -> str:
        theme = resolve_theme(str(self._settings.preference(THEME)))
        return reader_css(theme, self._font())

    def apply_theme(self) -> None:
        """Colour the chrome and the page in the chosen theme."""
        theme = resolve_theme(str(self._settings.preference(THEME)))
        QApplication.setPalette(palette_for(theme))
        self.article_view.restyle(self._css(), self._font())

    @Slot(QAction)
    def _on_theme_chosen(self, action: QAction) -> None:
        self._settings.set_preference(THEME, str(action.data()))
        self.apply_theme()

    # -- dialogs and messages --------------------------------------------------------------

    @Slot()
    def show_shortcuts(self) -> None:
        """Help › Keyboard Shortcuts."""
        ShortcutsDialog(self.actions_by_id.values(), self).exec()

    @Slot()
    def show_about(self) -> None:
        """Help › About."""
        QMessageBox.about(
            self,
            "About Tether",
            f"Tether {__version__}\n\nAn offline reader for reflective articles. "
            "Your ticks and reflections stay on this computer.",
        )

    @Slot(str)
    def _on_save_failed(self, message: str) -> None:
        self.statusBar().showMessage(f"Not saved: {message}", 10000)

    @Slot(QUrl)
    def _on_link_requested(self, url: QUrl) -> None:
        if url.scheme() not in _SAFE_LINK_SCHEMES:
            self.statusBar().showMessage("This link does not lead anywhere Tether can open.", 6000)
            return
        answer = QMessageBox.question(
            self,
            "Open Link?",
            f"Open this link outside Tether?\n\n{url.toDisplayString()}",
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(url)

    # -- window events ---------------------------------------------------------------------

    def _fit_to_screen(self) -> None:
        """A first-run size that fits the screen: generous, never larger than it."""
        available = self.screen().availableGeometry()
        self.resize(min(1400, available.width() * 9 // 10), min(900, available.height() * 9 // 10))

    def restore_window_state(self) -> None:
        """Put the window and docks back where the reader left them."""
        geometry, state = self._settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def showEvent(self, event: QShowEvent) -> None:
        """Qt: once the page has its real width, go back to the reader's place."""
        super().showEvent(event)
        if self.session is not None and (self._pending_section or self._pending_scroll is not None):
            QTimer.singleShot(0, self._restore_place)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Qt: save everything; never close over a reflection that could not be saved."""
        if not self.flush():
            answer = QMessageBox.warning(
                self,
                "Reflection Not Saved",
                "Your latest reflection could not be saved yet. If you quit now, the "
                "words typed since the last save will be lost.",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self._settings.save_window_state(self.saveGeometry(), self.saveState())
        super().closeEvent(event)

    @Slot(Qt.ApplicationState)
    def _on_app_state_changed(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.flush()

    @Slot(Qt.ColorScheme)
    def _on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._settings.preference(THEME) == SYSTEM:
            self.apply_theme()
