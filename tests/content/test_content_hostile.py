"""An article is untrusted input: whatever it holds, opening it is safe.

Raw HTML and injected attributes never reach the page; images come only from the
article's own folder; and pathological Markdown either opens or is refused with a reason.
Loads that could hang run in a subprocess that must finish within ``LOAD_TIMEOUT_S``:
a hang fails the test instead of stopping the suite. How fast they really are is
measured in ``benchmarks/``, not here.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tether.content import MAX_ARTICLE_BYTES, Article, ArticleError, load_article
from tether.content.limits import (
    MAX_BLOCKS,
    MAX_LABEL,
    MAX_LINES,
    MAX_NESTING,
    TookTooLongError,
    time_limit,
)
from tether.content.safety import MAX_IMAGE_BYTES
from tether.content.splitting import MAX_COLUMNS, MAX_PARAGRAPH

WriteArticle = Callable[..., Path]
LOAD_TIMEOUT_S = 30
PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000005000154a24f5d0000000049454e44ae426082"
)
_LOAD = textwrap.dedent(
    """
    import json, sys
    from tether.content import ArticleError, load_article
    try:
        article = load_article(sys.argv[1])
    except ArticleError as error:
        print(json.dumps({"error": str(error), "path": str(error.path), "reason": error.reason}))
    else:
        print(json.dumps({
            "sections": [section.id for section in article.sections],
            "signs": [sign.id for sign in article.signs],
            "html": "".join(section.html for section in article.sections),
        }))
    """
)


def all_html(article: Article) -> str:
    return "\n".join(section.html for section in article.sections)


def load_elsewhere(path: Path) -> dict[str, object]:
    """Load ``path`` in a fresh Python; a hang or a crash fails the test."""
    done = subprocess.run(
        [sys.executable, "-c", _LOAD, str(path)],
        capture_output=True,
        text=True,
        timeout=LOAD_TIMEOUT_S,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout)
    return result


class _Shape(HTMLParser):
    """Every tag, every attribute name and the deepest nesting of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.depth = self.deepest = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.update(name for name, _value in attrs)
        if tag not in {"img", "br", "hr"}:
            self.depth += 1
            self.deepest = max(self.deepest, self.depth)

    def handle_endtag(self, tag: str) -> None:
        if tag not in {"img", "br", "hr"}:
            self.depth -= 1


def shape(html: str) -> _Shape:
    parser = _Shape()
    parser.feed(html)
    parser.close()
    return parser


# -- Raw HTML stays text, and Markdown cannot inject attributes ------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&#60;script&#62;alert(1)&#60;/script&#62;",
        "&#x3C;iframe src=x&#x3E;",
        "`<script>alert(1)</script>` and ``<object data=x>``",
        "<scr<script>ipt>alert(1)</script>",
        "<svg onload=alert(1)>",
        "<a href='javascript:alert(1)'>click</a>",
        "    <embed src=x>",
    ],
)
def test_html_in_entities_code_and_tags_never_runs(
    write_article: WriteArticle, source: str
) -> None:
    html = all_html(load_article(write_article(f"# Title\n\nBefore {source} after.\n")))

    found = shape(html)
    assert found.tags <= {"p", "code", "pre", "a", "span"}
    assert found.attributes <= {"class", "id"}  # no handler, no javascript: target
    assert "alert(1)" not in html or "<script" not in html
    assert "Before" in html


def test_attr_list_cannot_add_event_handlers_or_styles(write_article: WriteArticle) -> None:
    path = write_article(
        "# Title\n\n"
        'A paragraph.\n{: onclick="steal()" style="display:none" class="quiet" id="p1" }\n\n'
        '## Heading {: onmouseover="x()" style="color:red" }\n\n'
        '*stress*{: onfocus="x()" } and [a link](https://example.org){: style="font-size:0" }\n\n'
        '![alt](pixel.png){: onerror="x()" width="99999" height="99999" }\n'
    )
    (path.parent / "pixel.png").write_bytes(PIXEL)

    found = shape(all_html(load_article(path)))

    assert found.attributes <= {"class", "id", "href", "src", "alt", "name", "title"}
    assert "class" in found.attributes  # harmless attributes stay


def test_an_article_cannot_name_anchors_or_links_that_tether_uses(
    write_article: WriteArticle,
) -> None:
    article = load_article(
        write_article(
            "# Title\n\n## Signs\n\n"
            "Before the list {: #sign:signs/saying-no }\n\n"
            "- [ ] Saying no\n\n"
            "[tick it for you](sign:signs/saying-no) and "
            "[open another](tether-article:Other) and [ok](#signs)\n"
        )
    )

    html = all_html(article)
    assert html.count('name="sign:signs/saying-no"') == 1
    assert 'id="sign:' not in html
    assert html.count('href="sign:signs/saying-no"') == 1  # only the real tick box
    assert "tether-article:" not in html
    assert 'href="#signs"' in html
    assert [sign.id for sign in article.signs] == ["signs/saying-no"]


def test_table_alignment_is_an_attribute_not_a_style(write_article: WriteArticle) -> None:
    html = all_html(load_article(write_article("# T\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n")))

    assert "style=" not in html
    assert 'align="left"' in html
    assert 'align="right"' in html


# -- Images: the article's own folder only ----------------------------------------------------


def images_of(article: Article) -> list[str]:
    return [
        value
        for value in all_html(article).split('src="')[1:]
        for value in [value.split('"', 1)[0]]
    ]


def test_an_image_in_the_article_folder_or_below_is_shown(tmp_path: Path) -> None:
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / "tree.png").write_bytes(PIXEL)
    (tmp_path / "pixel.png").write_bytes(PIXEL)
    path = tmp_path / "article.md"
    path.write_text("# T\n\n![a tree](pictures/tree.png) ![pixel](./pixel.png)\n")

    assert images_of(load_article(path)) == [
        (tmp_path / "pictures" / "tree.png").resolve().as_uri(),
        (tmp_path / "pixel.png").resolve().as_uri(),
    ]


def test_images_outside_the_folder_remote_or_not_files_are_shown_as_their_words(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "article"
    folder.mkdir()
    (tmp_path / "secret.png").write_bytes(PIXEL)
    (folder / "escape.png").symlink_to(tmp_path / "secret.png")
    (folder / "zero.png").symlink_to("/dev/zero")
    os.mkfifo(folder / "pipe.png")
    with (folder / "huge.png").open("wb") as handle:
        handle.truncate(MAX_IMAGE_BYTES + 1)  # sparse: costs no disk space
    references = {
        "parent": "../secret.png",
        "absolute": str(tmp_path / "secret.png"),
        "file-url": "file:///etc/passwd",
        "symlink-out": "escape.png",
        "device": "zero.png",
        "fifo": "pipe.png",
        "huge": "huge.png",
        "remote": "http://127.0.0.1:9/x.png",
        "data": "data:image/png;base64,iVBORw0KGgo=",
        "missing": "not-there.png",
    }
    path = folder / "article.md"
    path.write_text(
        "# T\n\n" + "\n\n".join(f"![{word}]({ref})" for word, ref in references.items()) + "\n"
    )

    result = load_elsewhere(path)  # a pipe that were opened would block: not in this process

    html = str(result["html"])
    assert "<img" not in html
    for word in references:
        assert f'<span class="image-alt">[{word}]</span>' in html
    assert "127.0.0.1" not in html
    assert "/etc/passwd" not in html


# -- The article file itself ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"# T\n\nbefore\x00after\n", "binary file"),
        ("# Café\n\nNaïve\n".encode("latin-1"), "not UTF-8"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64, "binary file"),
    ],
)
def test_binary_or_non_utf8_files_are_refused_naming_file_and_reason(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "odd.md"
    path.write_bytes(content)

    with pytest.raises(ArticleError) as caught:
        load_article(path)

    assert caught.value.path == path
    assert reason in str(caught.value)


def test_a_named_pipe_or_a_device_is_refused_without_reading_it(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.md"
    os.mkfifo(pipe)
    device = tmp_path / "zero.md"
    device.symlink_to("/dev/zero")

    for path in (pipe, device):
        result = load_elsewhere(path)

        assert result["path"] == str(path)
        assert "not a regular file" in str(result["reason"])


# -- Pathological Markdown: opens (neutralised) or is refused, never hangs -----------------------

MB = 1024 * 1024
PATHOLOGICAL: dict[str, str] = {
    "10,000 nested quotes": "# T\n\n" + ">" * 10_000 + " deep\n",
    "quotes nested line by line": "# T\n\n" + "".join(">" * i + " x\n" for i in range(1, 1500)),
    "lists nested 2,000 deep": "# T\n\n" + "".join("    " * i + "- deep\n" for i in range(2000)),
    "lists nested on one line": "# T\n\n" + "- " * 5000 + "deep\n",
    "quotes and lists on one line": "# T\n\n" + "> - " * 3000 + "deep\n",
    "50,000 open brackets": "# T\n\n" + "[" * 50_000 + "\n",
    "nested brackets": "# T\n\n" + "[" * 5000 + "x" + "]" * 5000 + "\n",
    "link openers": "# T\n\n" + "[a](" * 20_000 + "\n",
    "image openers": "# T\n\n" + "![" * 50_000 + "\n",
    "50,000 parentheses": "# T\n\n[a](" + "(" * 50_000 + "\n",
    "backtick runs of every length": "# T\n\n" + " ".join("`" * i for i in range(1, 2000)),
    "emphasis marks": "# T\n\n" + "*_" * 50_000 + "\n",
    "escaped brackets": "# T\n\n" + "\\[" * 200_000 + "\n",
    "entities": "# T\n\n" + "&#60;script&#62;" * 40_000 + "\n",
    "5,000 sections": "# T\n\n" + "".join(f"## Part {i}\n\nText {i}.\n\n" for i in range(5000)),
    "5,000 headings in one block": "# T\n\n## S\n\n" + "### h\n" * 40_000,
    "a heading of hashes": "# T\n\n## " + " #" * 200_000 + "x\n",
    "40,000 task items": "# T\n\n## S\n\nSigns:\n\n"
    + "".join(f"- [ ] sign {i}\n" for i in range(40_000)),
    "a 7 MB line of words": "# T\n\n" + "word " * (7 * MB // 5) + "\n",
    "a 7 MB word": "# T\n\n" + "x" * (7 * MB) + "\n",
    "8 MB of paragraphs": "# T\n\n" + ("Plain prose, calm and long. " * 30 + "\n\n") * 9800,
    "7 million blank lines": "# T\n\n" + "\n" * (7 * MB) + "x\n",
    "control characters": "# T\n\n" + "".join(chr(c) for c in range(1, 32) if c != 10) * 20_000,
    "30,000 table rows": "# T\n\n| a | b |\n|---|---|\n" + "| 1 | 2 |\n" * 30_000,
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_markdown_opens_or_is_refused_with_a_reason(tmp_path: Path, name: str) -> None:
    path = tmp_path / "hostile.md"
    path.write_text(PATHOLOGICAL[name], encoding="utf-8")
    assert path.stat().st_size <= MAX_ARTICLE_BYTES

    result = load_elsewhere(path)

    if "error" in result:
        assert result["path"] == str(path)
        assert str(result["error"]).startswith(f"Cannot open “{path}”: ")
        return
    found = shape(str(result["html"]))
    assert found.deepest <= 4 * MAX_NESTING + 8
    assert len(set(result["signs"])) == len(result["signs"])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "name",
    ["10,000 nested quotes", "lists nested 2,000 deep", "lists nested on one line"],
)
def test_deep_nesting_is_capped_and_the_rest_stays_readable(tmp_path: Path, name: str) -> None:
    path = tmp_path / "deep.md"
    path.write_text(PATHOLOGICAL[name], encoding="utf-8")

    result = load_elsewhere(path)

    html = str(result["html"])
    assert "deep" in html
    assert html.count("<blockquote") + html.count("<ul") <= 2 * MAX_NESTING


@pytest.mark.parametrize(
    ("name", "shown"),
    [("50,000 open brackets", "["), ("image openers", "!["), ("quotes nested line by line", ">")],
)
def test_runaway_marks_open_and_are_shown_as_the_marks_they_are(
    tmp_path: Path, name: str, shown: str
) -> None:
    path = tmp_path / "brackets.md"
    path.write_text(PATHOLOGICAL[name], encoding="utf-8")

    result = load_elsewhere(path)

    assert "error" not in result  # opened, not refused
    expected = PATHOLOGICAL[name].count(shown) - (1 if shown == ">" else 0)
    page = str(result["html"]).replace("\u200b", "")
    assert page.count(shown if shown != ">" else "&gt;") >= expected * 0.9


def test_many_sections_and_signs_all_open(tmp_path: Path) -> None:
    sections, signs = tmp_path / "sections.md", tmp_path / "signs.md"
    sections.write_text(PATHOLOGICAL["5,000 sections"], encoding="utf-8")
    signs.write_text(PATHOLOGICAL["40,000 task items"], encoding="utf-8")

    assert len(load_elsewhere(sections)["sections"]) == 5000  # type: ignore[arg-type]
    assert len(load_elsewhere(signs)["signs"]) == 40_000  # type: ignore[arg-type]


def test_a_file_of_too_many_blocks_is_refused_with_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "blocks.md"
    path.write_text("# T\n\n" + "x\n\n" * (MAX_BLOCKS + 1000), encoding="utf-8")

    result = load_elsewhere(path)

    assert f"up to {MAX_BLOCKS:,}" in str(result["reason"])


def test_a_file_of_too_many_lines_is_refused_with_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "lines.md"
    path.write_text("# T\n\n" + "x\n" * (MAX_LINES + 10), encoding="utf-8")

    result = load_elsewhere(path)

    assert f"up to {MAX_LINES:,}" in str(result["reason"])


def test_a_very_long_word_gets_places_to_wrap_but_code_keeps_its_characters(
    write_article: WriteArticle,
) -> None:
    html = all_html(
        load_article(write_article("# T\n\n" + "x" * 5000 + "\n\n```\n" + "y" * 5000 + "\n```\n"))
    )

    assert html.count("\u200b") >= 5000 // 400 - 1
    assert "y" * 5000 in html
    assert html.replace("\u200b", "").count("x" * 5000) == 1


def test_the_last_guard_stops_a_runaway_render_and_puts_everything_back() -> None:
    before = signal.getsignal(signal.SIGPROF)

    def spin() -> None:
        give_up = time.monotonic() + LOAD_TIMEOUT_S  # only if the guard failed to fire
        with time_limit(0.2):
            while time.monotonic() < give_up:
                pass

    with pytest.raises(TookTooLongError):
        spin()

    assert signal.getsignal(signal.SIGPROF) is before
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)


def test_a_paragraph_of_megabytes_becomes_paragraphs_that_keep_every_word(
    tmp_path: Path,
) -> None:
    words = [f"word{number}" for number in range(400_000)]
    path = tmp_path / "long.md"
    path.write_text("# T\n\n" + " ".join(words) + "\n", encoding="utf-8")

    result = load_elsewhere(path)

    html = str(result["html"])
    assert html.count("<p>") >= len(" ".join(words)) // MAX_PARAGRAPH
    assert html.replace("<p>", " ").replace("</p>", " ").split() == words


def test_a_table_too_wide_for_any_page_becomes_a_paragraph_per_row(
    write_article: WriteArticle,
) -> None:
    columns = MAX_COLUMNS + 1
    html = all_html(
        load_article(
            write_article(
                "# T\n\n" + "| h " * columns + "|\n" + "|---" * columns + "|\n"
                "| c " * columns + "|\n"
            )
        )
    )

    assert "<table" not in html
    assert "<p>" + " | ".join(["h"] * columns) + "</p>" in html


def test_titles_signs_and_prompts_are_shortened_for_lists_and_labels(
    write_article: WriteArticle,
) -> None:
    long = "very " * 1000
    article = load_article(
        write_article(f"# {long}\n\n## {long}\n\n> Reflect: {long}\n\nSigns:\n\n- [ ] {long}\n")
    )

    labels = [article.title, article.sections[0].title, article.signs[0].text]
    labels += list(article.sections[0].prompts)
    assert all(len(label) <= MAX_LABEL for label in labels)
    assert all(label.endswith("…") for label in labels)


def test_thousands_of_sections_of_one_name_get_distinct_ids(write_article: WriteArticle) -> None:
    article = load_article(write_article("# T\n\n" + "## Same\n\nText.\n\n" * 5000))

    ids = [section.id for section in article.sections]
    assert ids[:3] == ["same", "same-2", "same-3"]
    assert len(set(ids)) == 5000
