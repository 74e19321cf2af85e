"""A README written elsewhere reads on Tether's page as it does on GitHub.

Everything here is read off the real page (the QTextDocument the reader sees): its
text, its formats, its tables and lists, where a link scrolls to, how wide a picture is.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from tether.content import ArticleRenderer
from tether.models import Role
from tether.ui.main_window import MainWindow

README = """\
---
title: "Tool: a README"
---

# Tool: a README

A tool for things. See [Usage](#usage) and the [docs][].

Usage
-----

Run it:

```sh
- [ ] not a sign
tool --go --with-a-very-long-option-name-that-goes-on-and-on-and-on-past-the-edge-of-any-column
```

Options
-------

- one
  - two, nested by two
     - three, nested by three
- an item with code:

  ```
  code in an item
  ```

~~old~~ new, see https://example.org today.

<!-- a hidden comment -->

<details>
<summary>More details</summary>

Hidden text shown open.

</details>

<table><tr><td>cell A</td><td>cell B</td></tr></table>

![A wide picture](wide.png)

### A sub-heading

The end.

[docs]: https://docs.example.org
"""


def png(width: int, height: int) -> bytes:
    """A plain PNG of this size."""
    rows = b"".join(b"\x00" + b"\x80\x40\x20" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def readme_window(
    open_window: Callable[..., MainWindow], tmp_path: Path, qtbot: QtBot
) -> MainWindow:
    folder = tmp_path / "tool"
    folder.mkdir()
    (folder / "wide.png").write_bytes(png(2400, 60))
    (folder / "README.md").write_text(README, encoding="utf-8")
    window = open_window(ArticleRenderer(folder / "README.md"))
    view = window.article_view
    qtbot.waitUntil(lambda: view.sections_rendered() == view.section_count())
    return window


def format_of(document: QTextDocument, words: str) -> QTextCharFormat:
    found = document.find(words)
    assert not found.isNull(), f"{words!r} is not on the page"
    cursor = QTextCursor(document)
    cursor.setPosition(found.selectionStart() + 1)
    return cursor.charFormat()


def test_the_page_shows_what_github_shows(readme_window: MainWindow) -> None:
    document = readme_window.article_view.document()
    text = document.toPlainText()

    assert text.count("Tool: a README") == 1  # the title, shown once
    assert "~~" not in text
    assert format_of(document, "old").fontStrikeOut()
    assert format_of(document, "example.org").anchorHref() == "https://example.org"
    assert format_of(document, "docs").anchorHref() == "https://docs.example.org"
    assert "[docs]" not in text
    assert "hidden comment" not in text
    assert "<!--" not in text
    assert format_of(document, "More details").fontWeight() >= 600
    assert "Hidden text shown open." in text
    assert "- [ ] not a sign" in text  # code, as written: no tick box
    assert format_of(document, "tool --go").fontFixedPitch() or "Mono" in str(
        format_of(document, "tool --go").fontFamilies()
    )
    assert "Mono" in str(format_of(document, "code in an item").fontFamilies())
    # Code sits in a quiet box, and its long line wraps inside it instead of widening the page.
    box = document.find("tool --go").block().blockFormat().background()
    assert box.style() != Qt.BrushStyle.NoBrush
    assert box.color() != readme_window.article_view.palette().base().color()
    assert readme_window.article_view.horizontalScrollBar().maximum() == 0


def test_nested_lists_step_in_and_html_tables_are_tables(readme_window: MainWindow) -> None:
    document = readme_window.article_view.document()

    def indent(words: str) -> int:
        block = document.find(words).block()
        assert block.textList() is not None, f"{words!r} is not a list item"
        return block.textList().format().indent()

    assert indent("one") < indent("two, nested") < indent("three, nested")
    cursor = document.find("cell A")
    assert cursor.currentTable() is not None
    assert cursor.currentTable() is document.find("cell B").currentTable()


def test_a_table_of_contents_link_lands_on_its_heading(
    readme_window: MainWindow, qtbot: QtBot
) -> None:
    view = readme_window.article_view
    usage = view.section_count() - 2  # Introduction, Usage, Options

    view.anchorClicked.emit(QUrl("#usage"))

    assert view.current_section() == usage
    heading = view.document().find("Usage", view.section_positions()[usage])
    top = view.cursorRect(heading).top()
    assert 0 <= top < view.viewport().height() // 3


def test_pictures_are_never_wider_than_the_column(readme_window: MainWindow, qtbot: QtBot) -> None:
    view = readme_window.article_view
    frame = view.document().rootFrame().frameFormat()
    column = view.viewport().width() - frame.leftMargin() - frame.rightMargin()

    def picture_width() -> float:
        block = view.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                char_format = fragments.fragment().charFormat()
                if char_format.isImageFormat():
                    return char_format.toImageFormat().width()
                fragments += 1
            block = block.next()
        return -1.0

    qtbot.waitUntil(lambda: 0 < picture_width() <= column)
    assert view.horizontalScrollBar().maximum() == 0


def test_sub_headings_are_listed_folded_under_their_section_and_lead_there(
    readme_window: MainWindow, qtbot: QtBot
) -> None:
    tree = readme_window.sections_dock.view
    model = tree.model()
    options = model.index(model.rowCount() - 1, 0)
    assert options.data() == "Options"
    heading = model.index(0, 0, options)
    assert heading.data() == "A sub-heading"
    assert heading.data(Role.Anchor) == "a-sub-heading"
    assert not tree.isExpanded(options)

    tree.activated.emit(heading)

    view = readme_window.article_view
    found = view.document().find("A sub-heading")
    qtbot.waitUntil(lambda: 0 <= view.cursorRect(found).top() < view.viewport().height() // 3)
    assert view.current_section() == model.rowCount() - 1
