"""The ``tether`` command: reads the command line, builds the pieces and wires them."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from tether import __version__
from tether.bundled import bundled_article_path, resource_path
from tether.content import Article, ArticleError
from tether.content.cache.render import CACHE_DIR_NAME, RenderCache
from tether.content.library import ARTICLES_DIR_NAME
from tether.export import cli as export_cli
from tether.i18n import translate
from tether.i18n.install import attach_to_application, choose_language, install_language
from tether.look.fonts import READING_FAMILY, register_bundled_fonts
from tether.present import cli as present_cli
from tether.shell.argparse_words import install as install_argparse_words
from tether.shell.desktop import (
    APP_ID,
    FileOpenFilter,
    forget_x11_name,
    name_x11_windows,
    qt_platform_option,
)
from tether.shell.handover import HandOver, launch_token, request_from
from tether.shell.instance import (
    LOCK_NAME,
    SingleInstance,
    answer_timeout_ms,
    hand_over,
    not_answering_text,
)
from tether.shell.instance_lock import LockBlockedError
from tether.shell.instance_window import quit_on_termination, show_handed_over
from tether.shell.keeper import StoreKeeper, make_settings_private, recovery_text
from tether.shell.keeper_window import watch_over
from tether.shell.platform_check import preflight
from tether.shell.renderings import keep_renderings
from tether.shell.startup import FirstPaintReporter
from tether.shell.window import build_window
from tether.store import DATA_DIR_ENV, Store, StoreError, ensure_private_dir, resolve_data_dir
from tether.store.private import make_data_folder_private
from tether.ui.first_paint import after_first_paint
from tether.ui.main_window import MainWindow
from tether.ui.settings import (
    LANGUAGE,
    SETTINGS_FILE,
    UiSettings,
    open_settings,
    settings_link_problem,
)

if TYPE_CHECKING:
    from tether.content import ArticleRenderer

EXIT_FAILURE = 2
# How long after the first paint the cycle collector resumes.
COLLECTOR_AFTER_MS = 1000


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Read Tether's command line (what Qt left of it: see :func:`_application`)."""
    return _parser().parse_args(argv)


def _parser() -> argparse.ArgumentParser:
    """Tether's command line, its help and errors in the interface language."""
    install_argparse_words()
    parser = argparse.ArgumentParser(
        prog="tether",
        description=translate(
            "CommandLine",
            "Read a reflective article, tick the signs you recognise, and write "
            "reflections that stay on this computer.",
        ),
    )
    parser.add_argument(
        "article",
        nargs="?",
        type=Path,
        help=translate("CommandLine", "a Markdown article (default: the last one read)"),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate(
            "CommandLine",
            "keep all of Tether's data and settings in this folder "
            "(also: the TETHER_DATA_DIR environment variable)",
        ),
    )
    parser.add_argument(
        "--section",
        metavar="ID",
        help=translate("CommandLine", "open at the section with this id"),
    )
    parser.add_argument(
        "--quit-after-startup",
        action="store_true",
        help=translate(
            "CommandLine",
            "open the window, print startup_ms=N once the article is painted and "
            "complete_ms=N once the rest of the window is, and exit",
        ),
    )
    export_cli.add_arguments(parser)
    present_cli.add_arguments(parser)
    parser.add_argument(
        "--version",
        action="version",
        version=f"tether {__version__}",
        help=translate("CommandLine", "show program's version number and exit"),
    )
    return parser


def _use_reader_style() -> None:
    from tether.ui.style import use_reader_style  # QStyle's class: after the first paint

    use_reader_style()


def _fail(message: str, interactive: bool) -> int:
    print(f"tether: {message}", file=sys.stderr)
    if interactive:
        from PySide6.QtWidgets import QMessageBox  # a big class: built when first shown

        QMessageBox.critical(None, "Tether", message)
    return EXIT_FAILURE


def _choose_article(args: argparse.Namespace, store: Store) -> Path:
    if args.article is not None:
        return Path(args.article)
    last = store.last_position()
    if last is not None and Path(last.article_path).is_file():
        return Path(last.article_path)
    return bundled_article_path()


def _refuse(error: ArticleError, interactive: bool) -> bool:
    """Say why an article cannot be opened; True if the bundled one should open instead."""
    print(f"tether: {error}", file=sys.stderr)
    if interactive:
        from PySide6.QtWidgets import QMessageBox  # a big class: built when first shown

        QMessageBox.warning(
            None,
            translate("CommandLine", "Cannot Open Article"),
            translate("CommandLine", "{error}\n\nTether opens its bundled article instead.").format(
                error=error
            ),
        )
    return interactive


def _load(path: Path, interactive: bool) -> ArticleRenderer | None:
    """The article to open, read and split but not rendered yet (the window renders it)."""
    from tether.content import ArticleRenderer  # the parser: only when not cached

    try:
        return ArticleRenderer(path)
    except ArticleError as error:
        return ArticleRenderer(bundled_article_path()) if _refuse(error, interactive) else None


def _from_cache(path: Path, cache: RenderCache, store: Store) -> Article | None:
    """The article's rendering from the render cache, if it is there and can be used.

    Not when the reader's data may still have to be carried over to today's section ids
    (what :func:`tether.models.carry.carry_earlier_ids` checks first): the renderer,
    which can read the file the old way, opens it then.
    """
    cached = cache.load(path)
    if cached is None:
        return None
    article = cached.article
    stored = store.stored_section_ids(article.id)
    if stored <= {section.id for section in article.sections} and (
        stored or cached.named_in_front_matter
    ):
        return article
    return None


def _show(
    window: MainWindow, article: Article | ArticleRenderer, section: str | None, interactive: bool
) -> bool:
    """Show the article in the window (its first screen rendered); False if it cannot be."""
    try:
        window.show_article(article, section)
    except ArticleError as error:
        if not _refuse(error, interactive):
            return False
        from tether.content import ArticleRenderer

        window.show_article(ArticleRenderer(bundled_article_path()))
    return True


def _window_icon() -> QIcon:
    """Tether's icon in the sizes a window manager asks for (PNGs: no SVG plugin needed)."""
    icon = QIcon()
    for png in sorted(resource_path("icons").glob("tether-*.png")):
        icon.addFile(str(png))
    return icon


def _hand_over(
    data_dir: Path,
    instance: SingleInstance,
    args: argparse.Namespace,
    token: str | None,
    interactive: bool,
) -> int | None:
    """Another Tether has this data folder: give it our article, and leave.

    Returns the exit code, or None if that Tether quit while this one waited for it to
    answer: this one then holds the lock and starts as usual.
    """
    request = request_from(args.article, args.section, token)
    claimed = told = False

    def keep_waiting() -> bool:
        nonlocal claimed, told
        if not told:  # the wait may be long: say what it is for
            told = True
            waiting = translate("CommandLine", "waiting for the Tether open with {folder}…")
            print(f"tether: {waiting.format(folder=data_dir)}", file=sys.stderr)
        claimed = _claim(instance) is True
        return not claimed

    if hand_over(data_dir, request, answer_timeout_ms(instance.holder), keep_waiting):
        shown = translate("CommandLine", "Tether is already open with {folder}; it shows it.")
        print(f"tether: {shown.format(folder=data_dir)}", file=sys.stderr)
        return 0
    if claimed or _claim(instance) is True:
        return None  # that Tether ended meanwhile (it may have taken our request with it)
    return _fail(not_answering_text(data_dir, instance.lock_path, instance.holder), interactive)


def _claim(instance: SingleInstance) -> bool | str:
    """Take the data folder's lock: True, False (a live Tether has it) or what is wrong."""
    try:
        owned = instance.claim()
    except LockBlockedError as error:
        return str(error)
    for note in instance.notes:  # a leftover lock taken over: worth a line, not a dialog
        print(f"tether: {note}", file=sys.stderr)
    return owned


def main(argv: Sequence[str] | None = None) -> int:
    """Run Tether; returns the process exit code."""
    try:
        return _run(argv)
    finally:
        gc.enable()  # if it returned before its first paint
        forget_x11_name()  # if it returned before its window was made


def _application(
    parser: argparse.ArgumentParser, given: list[str]
) -> tuple[QApplication, argparse.Namespace]:
    """The QApplication, given the real command line, and what Qt left of it parsed.

    Qt takes its own options out (``-reverse``, ``-platform NAME``, ``-display X``…);
    the rest is Tether's. A QApplication a test driver made already has its arguments.
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing, parser.parse_args(given)
    # Fusion draws the first paint (Tether's own style, a proxy of it, comes with the rest
    # of the window: see ReaderStyle), given as Qt's own option, last so that it counts:
    # setStyle("Fusion") would hand the style back, and the bindings would build the
    # QStyle class to wrap it, ~6 ms of a start.
    app = QApplication([sys.argv[0], *given, "-style", "Fusion"])
    return app, parser.parse_args(app.arguments()[1:])


def _settings_and_language(args: argparse.Namespace) -> tuple[Path, Path | None, QSettings]:
    """The data folder, the one given (None: the user's), the settings; their language."""
    data_dir = resolve_data_dir(args.data_dir or None)
    explicit = bool(args.data_dir) or bool(os.environ.get(DATA_DIR_ENV))
    override = data_dir if explicit else None
    qsettings = open_settings(override)
    if (chosen := str(UiSettings(qsettings).preference(LANGUAGE))) != "system":
        install_language(choose_language(chosen))  # the reader's choice in Preferences
    return data_dir, override, qsettings


def _run(argv: Sequence[str] | None) -> int:
    # The desktop's language until the settings say otherwise: the command line's own
    # messages (--help, errors) come before any settings file is known.
    install_language(choose_language("system"))
    given = list(sys.argv[1:] if argv is None else argv)
    # --help and --version answer here, with no display; Qt's options are left over.
    parser = _parser()
    early, _ = parser.parse_known_args(given)
    if export_cli.requested(early):  # headless: no window, so no Qt options either
        export_args = parser.parse_args(given)
        _settings_and_language(export_args)  # the worksheet's words as the window's
        return export_cli.run(export_args)
    # Qt's own errors would not say what is missing, in one line.
    problem = preflight(qt_platform_option(given, os.environ))
    if problem is not None:
        print(problem, file=sys.stderr)
        return EXIT_FAILURE
    # Start-up makes hundreds of thousands of objects that live as long as the window
    # (Qt's wrappers, the article's outline) and no garbage cycles worth a pass: the
    # cycle collector waits until the window has settled (tether.__main__ pauses it
    # before the imports; COLLECTOR_AFTER_MS).
    gc.disable()
    token = launch_token(os.environ)  # before Qt: on X11 it takes DESKTOP_STARTUP_ID away
    name_x11_windows()
    app, args = _application(parser, given)
    interactive = not args.quit_after_startup
    app.setApplicationName("Tether")
    app.setApplicationDisplayName("Tether")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(_window_icon())
    attach_to_application()  # Qt's own words (standard dialogs) in the same language
    register_bundled_fonts([READING_FAMILY])  # others when a theme needs them (fonts.py)
    data_dir, override, qsettings = _settings_and_language(args)
    try:
        ensure_private_dir(data_dir)  # the lock file lives in it
    except StoreError as error:
        return _fail(str(error), interactive)
    instance = SingleInstance(data_dir, app)
    owned = _claim(instance)
    if isinstance(owned, str):
        return _fail(owned, interactive)
    if not owned and (code := _hand_over(data_dir, instance, args, token, interactive)) is not None:
        return code
    # Whatever the umask was when they were made, and never through a link.
    make_data_folder_private(
        data_dir, (SETTINGS_FILE, ARTICLES_DIR_NAME, LOCK_NAME, CACHE_DIR_NAME)
    )
    try:
        keeper = StoreKeeper.open(data_dir, app)  # checks the file, recovers a damaged one
    except StoreError as error:
        instance.release()
        return _fail(str(error), interactive)
    if keeper.recovery is not None:
        print(f"tether: {recovery_text(keeper.recovery)}", file=sys.stderr)
    with instance, keeper:
        store = keeper.store
        cache = RenderCache(data_dir / CACHE_DIR_NAME)
        chosen = _choose_article(args, store)
        article = _from_cache(chosen, cache, store) or _load(chosen, interactive)
        if article is None:
            return EXIT_FAILURE
        outline = article if isinstance(article, Article) else article.article()
        if args.section and outline.section_index(args.section) is None:
            known = ", ".join(section.id for section in outline.sections)
            unknown = translate("CommandLine", "no section “{section}”; sections are: {known}")
            print(f"tether: {unknown.format(section=args.section, known=known)}", file=sys.stderr)
        settings_problem = settings_link_problem(override)
        if settings_problem is not None:
            print(f"tether: {settings_problem}", file=sys.stderr, flush=True)
        make_settings_private(qsettings)
        settings = UiSettings(qsettings)
        # The page first: the rest of the window is built right after its first paint
        # (below), unless presenting at once needs it all now.
        built = build_window(
            store,
            settings,
            articles_dir=data_dir / ARTICLES_DIR_NAME,
            present_args=args,
            page_first=not args.present,
        )
        window = built.main
        window.when_complete(_use_reader_style)
        if settings_problem is not None:
            window.statusBar().showMessage(settings_problem)
        if not _show(window, article, args.section, interactive):
            return EXIT_FAILURE
        window.restore_window_state()
        watch_over(window, keeper, interactive)
        keeper.settled.connect(instance.reclaim)
        instance.handed_over.connect(lambda request: show_handed_over(window, request))
        # Its first pass goes over everything start-up made (~14 ms): not in the way of
        # the rest of the window, which is built and painted right after the first paint.
        after_first_paint(
            window.article_view.viewport(), lambda: QTimer.singleShot(COLLECTOR_AFTER_MS, gc.enable)
        )
        after_first_paint(window.article_view.viewport(), instance.listen)
        after_first_paint(window.article_view.viewport(), lambda: keep_renderings(window, cache))
        # Installed last but the reporter: the first of the deferred work to run.
        after_first_paint(window.article_view.viewport(), window.complete)
        if args.quit_after_startup:  # last: see FirstPaintReporter
            if args.present:  # presenting: the window was built whole, presenter and all
                assert built.presenter is not None
                reporter = FirstPaintReporter(app, built.presenter.describe)
                present_cli.watch_first_paint(
                    built.presenter, args, reporter, window.article_view.viewport()
                )
            else:
                reporter = FirstPaintReporter(app)
                window.article_view.viewport().installEventFilter(reporter)
        quit_on_termination(window)
        if sys.platform == "darwin":
            # The macOS Finder's files arrive as events: open them as a hand-over would.
            # Only there (Qt sends QFileOpenEvent on macOS alone): an application-wide
            # filter in Python makes the bindings wrap every object that gets an event,
            # building every QObject class they know (~150 more, with their enums) to
            # find each one's type, before the first paint.
            finder = FileOpenFilter(lambda path: show_handed_over(window, HandOver(path)), window)
            app.installEventFilter(finder)
        window.show()
        forget_x11_name()  # the window has its WM_CLASS
        if args.present:
            assert built.presenter is not None
            present_cli.start_if_asked(built.presenter, args)
        return app.exec()
