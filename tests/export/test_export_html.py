"""Worksheets and the shared article as standalone web pages: no script, nothing fetched."""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

from export_helpers import READER_WORDS, ReaderData

from tether.content import load_article
from tether.export import export_article, export_worksheet
from tether.export.html_writer import article_page, worksheet_page
from tether.export.worksheet import build_worksheet
from tether.store import Store

# A 1×1 PNG.
PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


class _Elements(HTMLParser):
    """Every start tag with its attributes, and the text, of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> _Elements:
    parser = _Elements()
    parser.feed(page)
    parser.close()
    return parser


def assert_standalone(page: str) -> None:
    """No script, no event handlers, nothing loaded from anywhere."""
    elements = parse(page)
    tags = {tag for tag, _ in elements.tags}
    assert not tags & {"script", "link", "iframe", "object", "embed", "base", "form"}
    for _, attrs in elements.tags:
        assert not any(name.startswith("on") for name in attrs)
        assert (attrs.get("src") or "data:").startswith("data:")
        assert not (attrs.get("href") or "").lower().startswith("javascript:")
    assert "@import" not in page
    assert "url(" not in page
    assert "default-src 'none'" in page


def test_worksheet_page_stands_alone_and_holds_every_sign_tick_and_reflection(
    reader_data: ReaderData, store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "worksheet.html"

    export_worksheet(reader_data.article, store, out)

    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert_standalone(page)
    text = " ".join(" ".join(parse(page).text).split())
    for sign in reader_data.article.signs:
        glyph = "☑" if sign.id in reader_data.ticked else "☐"
        assert f"{glyph} {sign.text}" in text
    for reflection in reader_data.reflections.values():
        for line in reflection.splitlines():
            assert " ".join(line.split()) in text


def test_a_script_in_a_reflection_is_shown_as_words(reader_data: ReaderData, store: Store) -> None:
    page = worksheet_page(build_worksheet(reader_data.article, store))

    assert "&lt;script&gt;alert('wombat')&lt;/script&gt;" in page
    assert_standalone(page)


def test_blank_worksheet_page_has_no_reader_data(reader_data: ReaderData) -> None:
    page = worksheet_page(build_worksheet(reader_data.article, None))

    assert not any(word in page for word in READER_WORDS)
    assert "☑" not in page
    assert page.count("☐") == len(reader_data.article.signs)
    assert page.count('<table class="lines"') == len(reader_data.article.sections)


def test_shared_article_has_every_section_and_none_of_the_readers_ticks(
    reader_data: ReaderData, tmp_path: Path
) -> None:
    out = tmp_path / "article.html"

    export_article(reader_data.article, out)

    page = out.read_text(encoding="utf-8")
    assert_standalone(page)
    for section in reader_data.article.sections[1:]:
        assert section.title in page
    assert "☑" not in page
    assert page.count("☐") == len(reader_data.article.signs)
    assert "sign:" not in page
    assert not any(word in page for word in READER_WORDS)


def test_shared_article_embeds_its_own_images_and_fetches_nothing(
    write_article: Callable[[str], Path], tmp_path: Path
) -> None:
    (tmp_path / "pixel.png").write_bytes(PIXEL)
    (tmp_path.parent / "outside.png").write_bytes(PIXEL)
    path = write_article(
        "# Pictures\n\n![a local pixel](pixel.png)\n\n![a remote one](https://example.org/x.png)"
        "\n\n![outside the folder](../outside.png)\n\n<img src=x onerror=alert(1)>\n"
    )

    page = article_page(load_article(path))

    assert_standalone(page)
    sources = re.findall(r'<img src="([^"]+)"', page)
    assert sources == [f"data:image/png;base64,{base64.b64encode(PIXEL).decode()}"]
    assert "a remote one" in page  # its alt text stands in for it
    assert "outside the folder" in page
    assert "example.org" not in page
    assert "onerror" not in page  # the raw <img> is sanitised away, never run
