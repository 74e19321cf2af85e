"""Exported files are written whole or not at all, and never over a file by surprise."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from export_helpers import ReaderData

from disk_helpers import FullDisk
from tether.export import ExportError, Format, export_article, export_worksheet, format_for
from tether.export.files import write_text
from tether.store import Store


def listing(folder: Path) -> list[str]:
    return sorted(entry.name for entry in folder.iterdir())


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.md", Format.MARKDOWN),
        ("a.MARKDOWN", Format.MARKDOWN),
        ("a.html", Format.HTML),
        ("a.htm", Format.HTML),
        ("a.Pdf", Format.PDF),
    ],
)
def test_the_format_follows_the_file_name(name: str, expected: Format) -> None:
    assert format_for(Path(name)) is expected


def test_an_unknown_file_type_is_refused_with_the_known_ones_named() -> None:
    with pytest.raises(ExportError, match=r"\.md.*\.pdf"):
        format_for(Path("x.docx"))


def test_an_existing_file_is_not_overwritten_without_replace(tmp_path: Path) -> None:
    target = tmp_path / "worksheet.md"
    target.write_text("the reader's own file", encoding="utf-8")

    with pytest.raises(ExportError, match="already exists"):
        write_text(target, "new", replace=False)

    assert target.read_text(encoding="utf-8") == "the reader's own file"
    assert listing(tmp_path) == ["worksheet.md"]


def test_replace_swaps_the_file_whole_and_leaves_nothing_behind(tmp_path: Path) -> None:
    target = tmp_path / "worksheet.md"
    target.write_text("old", encoding="utf-8")

    write_text(target, "new", replace=True)

    assert target.read_text(encoding="utf-8") == "new"
    assert listing(tmp_path) == ["worksheet.md"]


def test_a_failed_write_leaves_neither_a_file_nor_a_fragment(full_disk: FullDisk) -> None:
    full_disk.fill()

    with pytest.raises(ExportError, match="No space left on device"):
        write_text(full_disk.folder / "worksheet.md", "words " * 1000, replace=False)

    assert full_disk.listing() == []


def test_a_missing_folder_or_a_folder_as_target_is_explained(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write_text(tmp_path / "nowhere" / "a.md", "", replace=False)
    with pytest.raises(ExportError, match="is a folder"):
        write_text(tmp_path, "", replace=True)


def test_a_worksheet_with_the_readers_words_is_private_and_a_handout_is_not(
    reader_data: ReaderData, store: Store, tmp_path: Path
) -> None:
    mine, handout = tmp_path / "mine.md", tmp_path / "handout.md"
    mask = os.umask(0o022)
    try:
        export_worksheet(reader_data.article, store, mine)
        export_worksheet(reader_data.article, None, handout)
    finally:
        os.umask(mask)

    assert stat.S_IMODE(mine.stat().st_mode) == 0o600
    assert stat.S_IMODE(handout.stat().st_mode) == 0o644


def test_an_article_is_shared_only_as_a_page_or_a_pdf(
    reader_data: ReaderData, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()

    with pytest.raises(ExportError, match="web page"):
        export_article(reader_data.article, out / "article.md")

    assert listing(out) == []
