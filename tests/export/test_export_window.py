"""The export, print, share, backup and restore commands in the main window."""

from __future__ import annotations

from pathlib import Path

from export_helpers import Dialogs, OpenWindow, accept, choose, pdf_pages, reject, save_as
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tether.export import Format
from tether.store import Store
from tether.store.transfer import back_up_to
from tether.ui.actions import ActionId, Menu
from tether.ui.export.dialog import Content, ExportChoice

TIMEOUT_MS = 5000
COMMANDS = [
    ActionId.EXPORT_WORKSHEET,
    ActionId.EXPORT_BLANK,
    ActionId.PRINT,
    ActionId.SHARE_ARTICLE,
    ActionId.BACKUP,
    ActionId.RESTORE,
]


def test_the_file_menu_holds_the_export_commands_with_their_keys(
    export_window: OpenWindow,
) -> None:
    window = export_window.window
    actions = window.actions_by_id

    in_menu = window.menus[Menu.FILE].actions()
    assert all(actions[command] in in_menu for command in COMMANDS)
    assert QKeySequence("Ctrl+E") in actions[ActionId.EXPORT_WORKSHEET].shortcuts()
    assert QKeySequence("Ctrl+P") in actions[ActionId.PRINT].shortcuts()
    assert actions[ActionId.BACKUP].text() == "&Back Up My Data…"


def test_export_asks_for_the_format_then_the_file_and_writes_it(
    export_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "from-the-menu.md"
    session = export_window.window.session
    assert session is not None
    session.signs.set_ticked(session.article.signs[0].id, True)

    with Dialogs([choose("choice-markdown"), save_as(out)]) as dialogs:
        export_window.window.actions_by_id[ActionId.EXPORT_WORKSHEET].trigger()

    assert dialogs.seen[0] == "Export Worksheet"
    assert out.is_file()
    assert "- ☑ Make decisions without excessive reassurance" in out.read_text(encoding="utf-8")


def test_cancelling_the_export_dialog_writes_nothing(
    export_window: OpenWindow, tmp_path: Path
) -> None:
    before = sorted(tmp_path.rglob("*"))

    with Dialogs([reject]) as dialogs:
        export_window.window.actions_by_id[ActionId.EXPORT_BLANK].trigger()

    assert dialogs.seen == ["Export Blank Worksheet"]
    assert sorted(tmp_path.rglob("*")) == before


def test_the_reflection_being_typed_is_in_the_export(
    export_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = export_window.window
    window.reflect_on_current_section()
    qtbot.keyClicks(window.reflections_dock.editor.text_edit, "Typed a moment ago, ocelot")
    out = tmp_path / "now.md"

    assert export_window.commands.export_to(
        out, ExportChoice(Content.WORKSHEET, Format.MARKDOWN, False)
    )

    assert "Typed a moment ago, ocelot" in out.read_text(encoding="utf-8")


def test_print_previews_the_chosen_content(export_window: OpenWindow) -> None:
    pages: list[int] = []

    def look_at_preview(dialog: QDialog) -> bool:
        preview = dialog.findChild(QPrintPreviewWidget)
        if preview is None or preview.pageCount() == 0:
            return False  # not laid out yet
        pages.append(preview.pageCount())
        dialog.reject()
        return True

    with Dialogs([choose("choice-blank"), look_at_preview]) as dialogs:
        export_window.window.actions_by_id[ActionId.PRINT].trigger()

    assert dialogs.seen[0] == "Print"
    assert dialogs.seen[1].startswith("Print Preview")
    assert pages
    assert pages[0] > 1


def test_printing_the_article_lays_out_its_text(export_window: OpenWindow, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))

    count = export_window.commands.print_to(
        printer, ExportChoice(Content.ARTICLE, Format.PDF, False)
    )

    pages = pdf_pages(tmp_path / "printed.pdf")
    assert len(pages) == count > 1
    assert "Independence is often celebrated as a personal virtue." in pages[0]


def test_sharing_the_article_leaves_the_readers_ticks_out(
    export_window: OpenWindow, tmp_path: Path
) -> None:
    session = export_window.window.session
    assert session is not None
    session.signs.set_ticked(session.article.signs[0].id, True)
    out = tmp_path / "to-share.html"

    assert export_window.commands.share_article_to(out)

    page = out.read_text(encoding="utf-8")
    assert "☑" not in page
    assert "Independence is often celebrated" in page


def test_restore_shows_the_restored_ticks_and_keeps_both_texts(
    export_window: OpenWindow, tmp_path: Path
) -> None:
    session = export_window.window.session
    assert session is not None
    article = session.article
    first, sign = article.sections[0].id, article.signs[3].id
    session.reflections.save(first, "Written here, in this window.")
    with Store.open_in(tmp_path / "elsewhere") as other:
        other.set_tick(article.id, sign, True)
        other.save_reflection(article.id, first, "Written on another computer.")
        back_up_to(other, tmp_path / "backup.sqlite3")

    with Dialogs([reject]) as dialogs:
        report = export_window.commands.restore_from(tmp_path / "backup.sqlite3")

    assert report is not None
    assert dialogs.seen == ["Data Restored"]
    session = export_window.window.session
    assert session is not None
    assert session.signs.is_ticked(sign)
    texts = [r.text for r in export_window.store.reflections(article.id, 0, 100)]
    assert sorted(texts) == ["Written here, in this window.", "Written on another computer."]


def test_a_backup_that_cannot_be_written_is_explained(
    export_window: OpenWindow, tmp_path: Path
) -> None:
    with Dialogs([accept]) as dialogs:
        report = export_window.commands.back_up_to(tmp_path / "missing" / "backup.sqlite3")

    assert report is None
    assert dialogs.seen == ["Could Not Back Up"]
