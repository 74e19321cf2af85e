"""``tether --export-worksheet OUT``: a worksheet written from the command line, no window.

For facilitators preparing handouts: ``tether ARTICLE.md --export-worksheet
handout.pdf --blank``. Exit status 0 when the file is written; 2, with the reason on
standard error, on any problem. An existing file is only replaced with ``--force``.
The reader's data file is only read; a missing one is not created.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from tether.bundled import bundled_article_path
from tether.content import Article, ArticleError
from tether.i18n import translate
from tether.store import StoreError

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication

    from tether.store import Store

EXIT_OK = 0
EXIT_FAILURE = 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the export options to Tether's command line."""
    group = parser.add_argument_group(
        translate("ExportCommandLine", "exporting a worksheet (no window is opened)")
    )
    group.add_argument(
        "--export-worksheet",
        metavar="OUT",
        type=Path,
        help=translate(
            "ExportCommandLine",
            "write the article's worksheet to OUT (.md, .html or .pdf) and exit",
        ),
    )
    group.add_argument(
        "--blank",
        action="store_true",
        help=translate(
            "ExportCommandLine",
            "a blank worksheet for handouts: no ticks and none of your reflections",
        ),
    )
    group.add_argument(
        "--with-article",
        action="store_true",
        help=translate("ExportCommandLine", "include the article's text"),
    )
    group.add_argument(
        "--force",
        action="store_true",
        help=translate("ExportCommandLine", "replace OUT if it exists"),
    )


def requested(args: argparse.Namespace) -> bool:
    """Whether the command line asks for an export (then no window is opened)."""
    return bool(args.export_worksheet or args.blank or args.force or args.with_article)


def run(args: argparse.Namespace, stdout: TextIO = sys.stdout, stderr: TextIO = sys.stderr) -> int:
    """Carry out the export the command line asks for; return the exit status."""
    # Imported here: a window's start-up imports this module only for the options above.
    from tether.export.exports import export_worksheet
    from tether.export.files import ExportError, Format, format_for
    from tether.export.worksheet import NoReaderData
    from tether.store import resolve_data_dir

    # Said before the export: a PDF's QGuiApplication, shut down after it, takes the
    # catalogue's translator with it.
    wrote = (
        translate("ExportCommandLine", "wrote the blank worksheet of “{title}” to {file}")
        if args.blank
        else translate("ExportCommandLine", "wrote the worksheet of “{title}” to {file}")
    )
    try:
        out = _target(args)
        with ExitStack() as stack:
            data_dir = resolve_data_dir(args.data_dir or None)
            store = _open_existing(data_dir, stack)
            article = _choose_article(args.article, store)
            if format_for(out) is Format.PDF:
                stack.enter_context(_gui_application())
            export_worksheet(
                article,
                None if args.blank else (store or NoReaderData()),
                out,
                with_article=args.with_article,
                replace=args.force,
            )
    except (ExportError, ArticleError, StoreError) as error:
        print(f"tether: {error}", file=stderr)
        return EXIT_FAILURE
    print(f"tether: {wrote.format(title=article.title, file=out)}", file=stdout)
    return EXIT_OK


def _target(args: argparse.Namespace) -> Path:
    from tether.export.files import ExportError, format_for, refuse_special

    out: Path | None = args.export_worksheet
    if out is None:
        raise ExportError(
            translate(
                "ExportCommandLine",
                "--blank, --with-article and --force go with --export-worksheet OUT.",
            )
        )
    refuse_special(out)  # a folder, a named pipe or a device is refused before any work
    format_for(out)
    if not args.force and os.path.lexists(out):
        raise ExportError(
            translate(
                "ExportCommandLine", "{file} already exists; add --force to replace it."
            ).format(file=out)
        )
    return out


def _open_existing(data_dir: Path, stack: ExitStack) -> Store | None:
    """The reader's store if there is one; nothing is created for an export."""
    from tether.store import DATABASE_NAME, Store

    if not (data_dir / DATABASE_NAME).is_file():
        return None
    return stack.enter_context(Store(data_dir / DATABASE_NAME))


def _choose_article(path: Path | None, store: Store | None) -> Article:
    """The article named, else the one last read, else the bundled one."""
    from tether.content import load_article  # the parser: not for the window's start-up

    if path is not None:
        return load_article(path)
    last = store.last_position() if store is not None else None
    if last is not None and Path(last.article_path).is_file():
        try:
            return load_article(last.article_path)
        except ArticleError:
            pass  # changed since; the bundled article is the sensible fallback
    return load_article(bundled_article_path())


@contextmanager
def _gui_application() -> Iterator[QGuiApplication]:
    """A QGuiApplication for laying out a PDF, on the offscreen platform (no display)."""
    from PySide6.QtGui import QGuiApplication

    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        yield existing
        return
    argv = [sys.argv[0] if sys.argv else "tether"]
    if not os.environ.get("QT_QPA_PLATFORM"):
        # No window is ever shown, so no display is needed, not even when there is one.
        argv += ["-platform", "offscreen"]
    app = QGuiApplication(argv)
    try:
        yield app
    finally:
        app.shutdown()
