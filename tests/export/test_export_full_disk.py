"""A full disk: every export fails with the reason and leaves the earlier file as it was.

The disk is real: a 1 MB tmpfs mounted for the test (skipped where mounting is not
permitted), filled to its last byte.
"""

from __future__ import annotations

import pytest
from export_helpers import Dialogs, OpenWindow, ReaderData
from PySide6.QtWidgets import QDialog, QMessageBox

from disk_helpers import FullDisk
from tether.export import ExportError, Format, export_article, export_worksheet
from tether.store import Store
from tether.ui.export.dialog import Content, ExportChoice

pytestmark = pytest.mark.usefixtures("qapp")

GOOD = b"%PDF-1.4 the reader's earlier, good file\n" * 200


@pytest.mark.parametrize("suffix", [".md", ".html", ".pdf"])
def test_a_full_disk_fails_the_export_and_keeps_the_earlier_file(
    suffix: str, full_disk: FullDisk, reader_data: ReaderData, store: Store
) -> None:
    target = full_disk.folder / f"worksheet{suffix}"
    target.write_bytes(GOOD)
    full_disk.fill()

    with pytest.raises(ExportError, match="No space left on device") as failure:
        export_worksheet(reader_data.article, store, target, replace=True)

    assert "unchanged" in str(failure.value)
    assert target.read_bytes() == GOOD
    assert full_disk.listing() == [target.name]


@pytest.mark.parametrize("suffix", [".html", ".pdf"])
def test_a_full_disk_makes_no_file_when_there_was_none(
    suffix: str, full_disk: FullDisk, reader_data: ReaderData
) -> None:
    full_disk.fill()

    with pytest.raises(ExportError, match="No space left on device"):
        export_article(reader_data.article, full_disk.folder / f"article{suffix}")

    assert full_disk.listing() == []


def test_the_window_says_why_an_export_failed_on_a_full_disk(
    export_window: OpenWindow, full_disk: FullDisk
) -> None:
    target = full_disk.folder / "worksheet.pdf"
    target.write_bytes(GOOD)
    full_disk.fill()
    told: list[str] = []

    def read_and_close(dialog: QDialog) -> bool:
        assert isinstance(dialog, QMessageBox)
        told.append(dialog.text())
        dialog.accept()
        return True

    with Dialogs([read_and_close]) as dialogs:
        written = export_window.commands.export_to(
            target, ExportChoice(Content.WORKSHEET, Format.PDF, with_article=False)
        )

    assert not written
    assert dialogs.seen == ["Could Not Export"]
    assert "No space left on device" in told[0]
    assert target.read_bytes() == GOOD
    assert full_disk.listing() == ["worksheet.pdf"]
