"""Whatever Markdown an article holds, its page carries no script, handler or style.

Hypothesis writes articles from the pieces hostile and careless files are made of
(headings, lists, task items, quotes, brackets, raw HTML, attribute lists, unicode and
control characters). Each either loads into an article whose HTML is inert and whose
sign ids are unique, or is refused with an :class:`ArticleError` naming the file.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tether.content import Article, ArticleError, load_article

ALLOWED_TAGS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre", "code",
    "em", "strong", "a", "img", "hr", "br", "span", "i", "b", "div",
    "table", "thead", "tbody", "tr", "th", "td",
    # GFM's strikethrough and footnotes, and the raw HTML the page allows.
    "del", "s", "sup", "sub", "kbd", "u",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "class", "id", "title", "href", "name", "src", "alt", "start", "align",
    "width", "height", "colspan", "rowspan",
}  # fmt: skip
# In the page's markup: text shows "<" as "&lt;", so a "<" always starts a real tag.
FORBIDDEN = re.compile(r"<\s*(script|iframe|object|embed|style|link|meta)\b", re.I)
HANDLER = re.compile(r"<[^>]*\s(on\w+|style)\s*=", re.I)

PIECES = st.sampled_from(
    [
        "# ", "## ", "### ", "> ", ">>", "- ", "* ", "1. ", "- [ ] ", "- [x] ", "    ",
        "[", "]", "(", ")", "![", "](", "`", "```", "*", "_", "**", "\\", "&", "&#60;",
        "&lt;", "<", ">", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
        "<iframe src=//x>", "<object data=x>", "<embed src=x>", '<a href="javascript:x">',
        "<style>p{}</style>", '{: onclick="x()" style="color:red" }', "{: #sign:a/b }",
        "<details>", "<summary>", "</details>", "<!-- ", " -->", "[^1]", "[^1]: ", "^[",
        "~~", "www.example.org", "<a id=x>", "<table><tr><td>", "<kbd>", "Setext\n---\n",
        "{: .related }", "[x](javascript:alert(1))", "[x](sign:a/b)", "[x](data:text/html,x)",
        "![i](http://127.0.0.1:9/x.png)", "![i](../up.png)", "![i](/etc/passwd)",
        "| a | b |", "|---|---|", "---", "Reflect: ", "See Also: ", "Signs:", "\n", "\n\n",
        "word", "Independence", "é", "\u202e", "\u200b", "\ufeff", "\U0001f600", "\x1b",
        "\x0c", "\t", "\r",
    ]
)  # fmt: skip
ARTICLES = st.lists(st.one_of(PIECES, st.text(max_size=12)), min_size=1, max_size=60).map("".join)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.update(name for name, _value in attrs)


def load_or_refuse(path: Path) -> Article | ArticleError:
    try:
        return load_article(path)
    except ArticleError as error:
        return error


@pytest.fixture(scope="module")
def article_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One file that each example overwrites (tmp_path would be shared by all examples)."""
    return tmp_path_factory.mktemp("property") / "generated.md"


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(source=ARTICLES)
def test_any_markdown_loads_inert_or_is_refused(article_file: Path, source: str) -> None:
    # Surrogates cannot be written as UTF-8: the file would not be text at all.
    article_file.write_text(source, encoding="utf-8", errors="replace")

    article = load_or_refuse(article_file)
    if isinstance(article, ArticleError):
        assert article.path == article_file
        assert article.reason
        return

    html = "".join(section.html for section in article.sections)
    assert not FORBIDDEN.search(html)
    assert not HANDLER.search(html)
    parser = _Tags()
    parser.feed(html)
    parser.close()
    assert parser.tags <= ALLOWED_TAGS
    assert parser.attributes <= ALLOWED_ATTRIBUTES
    assert not re.search(r'href="\s*tether-', html, re.I)
    sign_ids = [sign.id for sign in article.signs]
    assert len(sign_ids) == len(set(sign_ids))
    assert html.count('href="sign:') == len(sign_ids)
