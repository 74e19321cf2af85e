"""Named pipes where files should be: refused at once, in the window and below it."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest
from export_helpers import Dialogs, OpenWindow, ReaderData
from PySide6.QtWidgets import QDialog, QMessageBox

from tether.export import ExportError, export_worksheet
from tether.store import Store

pytestmark = pytest.mark.usefixtures("qapp")
# A refusal comes at once; the bound is coarse so a busy machine never fails it.
# A pipe that blocked would never return; a few seconds leave room for a busy machine
# (these refusals take milliseconds).
AT_ONCE_S = 5.0


def test_restore_from_a_named_pipe_is_refused_at_once_with_a_dialog(
    export_window: OpenWindow, tmp_path: Path
) -> None:
    pipe = tmp_path / "backup.sqlite3"
    os.mkfifo(pipe)
    told: list[str] = []
    shown_after: list[float] = []

    def read_and_close(dialog: QDialog) -> bool:
        assert isinstance(dialog, QMessageBox)
        shown_after.append(time.monotonic() - started)
        told.append(dialog.text())
        dialog.accept()
        return True

    started = time.monotonic()
    with Dialogs([read_and_close]) as dialogs:
        report = export_window.commands.restore_from(pipe)

    assert report is None
    assert dialogs.seen == ["Could Not Restore"]
    assert "not an ordinary file" in told[0]
    assert shown_after[0] < AT_ONCE_S
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


@pytest.mark.parametrize("suffix", [".md", ".html", ".pdf"])
def test_an_export_over_a_named_pipe_is_refused_at_once(
    suffix: str, reader_data: ReaderData, store: Store, tmp_path: Path
) -> None:
    pipe = tmp_path / f"worksheet{suffix}"
    os.mkfifo(pipe)

    started = time.monotonic()
    with pytest.raises(ExportError, match="not an ordinary file"):
        export_worksheet(reader_data.article, store, pipe, replace=True)

    assert time.monotonic() - started < AT_ONCE_S
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["data", pipe.name])


def test_an_export_over_a_device_is_refused(reader_data: ReaderData, tmp_path: Path) -> None:
    null = tmp_path / "handout.md"
    null.symlink_to(os.devnull)

    with pytest.raises(ExportError, match="not an ordinary file"):
        export_worksheet(reader_data.article, None, null, replace=True)

    assert null.is_symlink()
