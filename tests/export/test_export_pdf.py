"""Worksheets and the article as PDF: read back with pypdf, page by page."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest
from export_helpers import PROMPTED_ARTICLE, READER_WORDS, ReaderData, normalise, pdf_pages
from PySide6.QtCore import QLocale
from PySide6.QtGui import QTextBlockFormat, QTextTable

from tether.content import Article, load_article
from tether.export import export_article, export_worksheet
from tether.export.html_writer import worksheet_body
from tether.export.printing import lay_out, page_layout_for, page_size_for
from tether.export.worksheet import build_worksheet
from tether.store import Store

pytestmark = pytest.mark.usefixtures("qapp")

US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
GERMANY = QLocale(QLocale.Language.German, QLocale.Country.Germany)
_FOOTER = re.compile(r" ?(\d+) of (\d+)$")


def long_article(sections: int = 36) -> str:
    """Sections of varied length, so that headings land all over the pages."""
    parts = ["---\ntitle: A Long Read\n---\n\nOpening words.\n"]
    for number in range(sections):
        paragraphs = "\n\n".join(
            f"Paragraph {p} of part {number} says a few plain things about rest and reach."
            for p in range(number % 5 + 1)
        )
        signs = "\n".join(f"- [ ] Sign {s} of part {number}" for s in range(number % 3 + 1))
        parts.append(f"## Part {number}\n\n{paragraphs}\n\nSigns to notice:\n\n{signs}\n")
    return "\n".join(parts)


def test_pdf_worksheet_has_every_sign_ticked_as_stored_and_every_reflection(
    reader_data: ReaderData, store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "worksheet.pdf"

    export_worksheet(reader_data.article, store, out)

    text = " ".join(pdf_pages(out))
    for sign in reader_data.article.signs:
        glyph = "☑" if sign.id in reader_data.ticked else "☐"
        assert f"{glyph} {sign.text}" in text
    for reflection in reader_data.reflections.values():
        for line in reflection.splitlines():
            assert normalise(line) in text


def test_pdf_pages_are_numbered_and_set_in_literata(
    reader_data: ReaderData, store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "worksheet.pdf"
    export_worksheet(reader_data.article, store, out)

    pages = pdf_pages(out)

    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        assert page.endswith(f"{number} of {len(pages)}")
    reader = pypdf.PdfReader(out)
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert "/Literata-Regular" in fonts
    assert reader.metadata is not None
    assert reader.metadata.title == "Independence Is Not Disconnection — Worksheet"


@pytest.mark.parametrize(
    ("locale", "size"), [(US, (612, 792)), (GERMANY, (595, 842))], ids=["letter", "a4"]
)
def test_paper_size_follows_the_locale(
    locale: QLocale, size: tuple[int, int], reader_data: ReaderData, tmp_path: Path
) -> None:
    out = tmp_path / "handout.pdf"

    export_worksheet(reader_data.article, None, out, locale=locale)

    for page in pypdf.PdfReader(out).pages:
        assert (round(page.mediabox.width), round(page.mediabox.height)) == size
    expected = "Letter" if locale == US else "A4"
    assert page_size_for(locale).key() == expected


def test_blank_pdf_has_nothing_of_the_reader(reader_data: ReaderData, tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"

    export_worksheet(reader_data.article, None, out)

    text = " ".join(pdf_pages(out))
    assert not any(word in text for word in READER_WORDS)
    assert "☑" not in text
    assert text.count("☐") == len(reader_data.article.signs)
    assert text.count("Your reflections:") == len(reader_data.article.sections)


def test_blank_pdf_gives_each_prompt_its_own_lines(
    write_article: Callable[[str], Path], tmp_path: Path
) -> None:
    out = tmp_path / "handout.pdf"

    export_worksheet(load_article(write_article(PROMPTED_ARTICLE)), None, out)

    text = " ".join(pdf_pages(out))
    assert "Reflect: When did you last pause before answering?" in text
    assert text.count("Your reflections:") == 2  # the introduction and Resting


def test_no_heading_is_left_alone_at_the_foot_of_a_page(
    write_article: Callable[[str], Path], tmp_path: Path
) -> None:
    article = load_article(write_article(long_article()))
    out = tmp_path / "long.pdf"

    export_worksheet(article, None, out, with_article=True, locale=GERMANY)

    pages = pdf_pages(out)
    assert len(pages) > 5
    for page in pages[:-1]:
        body = _FOOTER.sub("", page)
        assert not re.search(r"Part \d+$", body), body[-80:]


def test_every_heading_shares_its_page_with_what_follows_it(
    write_article: Callable[[str], Path],
) -> None:
    article = load_article(write_article(long_article()))
    body = worksheet_body(build_worksheet(article, None, with_article=True))

    pages = lay_out(body, page_layout_for(GERMANY))

    document, height = pages.document, pages.body.height()
    layout = document.documentLayout()
    moved, block = 0, document.begin()
    while block.isValid():
        follower = block.next()
        while follower.isValid() and follower.length() <= 1:
            follower = follower.next()
        if block.blockFormat().headingLevel() and follower.isValid():
            page = layout.blockBoundingRect(block).bottom() // height
            assert page == layout.blockBoundingRect(follower).top() // height, block.text()
        policy = block.blockFormat().pageBreakPolicy()
        moved += policy == QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore
        block = block.next()
    # The rule was needed here: without it, some of these headings would end a page.
    assert moved > 0


@pytest.mark.parametrize("locale", [US, GERMANY], ids=["letter", "a4"])
@pytest.mark.parametrize("long", [False, True], ids=["bundled", "long"])
def test_the_lines_to_write_on_stay_on_one_page_with_their_prompt(
    locale: QLocale, long: bool, write_article: Callable[[str], Path], bundled_article: Article
) -> None:
    article = load_article(write_article(long_article())) if long else bundled_article
    body = worksheet_body(build_worksheet(article, None))

    pages = lay_out(body, page_layout_for(locale))

    layout, height = pages.document.documentLayout(), pages.body.height()
    tables = [
        frame for frame in pages.document.rootFrame().childFrames() if isinstance(frame, QTextTable)
    ]
    assert len(tables) == len(article.sections)
    for table in tables:
        first = table.cellAt(0, 0).firstCursorPosition().block()
        last = table.cellAt(table.rows() - 1, 0).lastCursorPosition().block()
        prompt = first.previous()
        while prompt.length() <= 1:
            prompt = prompt.previous()
        assert prompt.text() == "Your reflections:"
        pages_used = {
            layout.blockBoundingRect(block).top() // height for block in (prompt, first, last)
        }
        assert len(pages_used) == 1


def test_shared_article_pdf_is_the_article_without_the_readers_data(
    reader_data: ReaderData, tmp_path: Path
) -> None:
    out = tmp_path / "article.pdf"

    export_article(reader_data.article, out)

    text = " ".join(pdf_pages(out))
    assert "Independence is often celebrated as a personal virtue." in text
    for section in reader_data.article.sections[1:]:
        assert section.title in text
    assert "☑" not in text
    assert not any(word in text for word in READER_WORDS)
    assert pypdf.PdfReader(out).metadata.title == reader_data.article.title  # type: ignore[union-attr]


def checklist_article(sections: int = 24) -> str:
    """Sections whose checklist groups (of 4 to 10 signs) land all over the pages."""
    parts = ["---\ntitle: Many Checklists\n---\n\nOpening words.\n"]
    for number in range(sections):
        paragraphs = "\n\n".join(
            f"Paragraph {p} of part {number} says a few plain things about rest and reach."
            for p in range(number % 4 + 1)
        )
        signs = "\n".join(
            f"- [ ] Group{number} sign{s} noticed today" for s in range(4 + number % 7)
        )
        parts.append(f"## Part {number}\n\n{paragraphs}\n\nSigns of group {number}:\n\n{signs}\n")
    return "\n".join(parts)


def page_of(pages: list[str], words: str) -> int:
    """The page (from 0) whose text holds ``words``."""
    found = [number for number, text in enumerate(pages) if words in text]
    assert len(found) == 1, (words, found)
    return found[0]


@pytest.mark.parametrize("kind", ["worksheet", "worksheet-with-article", "article"])
def test_a_checklist_group_is_never_split_across_pages(
    kind: str, write_article: Callable[[str], Path], tmp_path: Path
) -> None:
    article = load_article(write_article(checklist_article()))
    out = tmp_path / f"{kind}.pdf"

    if kind == "article":
        export_article(article, out, locale=GERMANY)
    else:
        export_worksheet(article, None, out, with_article=kind != "worksheet", locale=GERMANY)

    pages = pdf_pages(out)
    assert len(pages) > 4
    for group in article.sign_groups:
        first, last = group.signs[0].text, group.signs[-1].text
        assert page_of(pages, first) == page_of(pages, last), (first, last)
        # The line that names the group (the worksheet's heading for it) comes along.
        assert page_of(pages, f"{group.title} ") == page_of(pages, first), group.title
