"""Rendering an article on a start with nothing cached loads only what it needs (issue 19).

The page's HTML is the same whether a piece of it goes through nh3 or is left as it is
because nh3 would give it back unchanged: both are compared on every example of the GFM
specification, on the bundled and the seed articles, and on Hypothesis' hostile
articles. A start that finds nothing in the render cache renders the bundled article
without OpenSSL's hashes (hashlib), json, secrets or nh3: a subprocess says what was
imported.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from gfm_spec import read_examples
from hypothesis import HealthCheck, given, settings
from test_content_property import ARTICLES

from tether.bundled import bundled_article_path
from tether.content.html import RenderContext, unsanitised_html
from tether.content.sanitize import clean_html

SEED_ARTICLE = Path(__file__).with_name("data") / "seed-article.txt"
TIMEOUT_S = 60


def raw_html(text: str, context: RenderContext) -> str:
    """The page's HTML for ``text`` before the sanitiser (as the renderer writes it)."""
    return unsanitised_html(text, context)


def assert_cleaned_alike(text: str, folder: Path) -> None:
    """The sanitiser gives the same HTML with and without nh3 for what nh3 would keep."""
    for context in (RenderContext(None, sources_as_written=True), RenderContext(folder)):
        raw = raw_html(text, context)
        options = {"sources_as_written": context.sources_as_written}
        assert clean_html(raw, context.folder, **options) == clean_html(
            raw, context.folder, thorough=True, **options
        ), text


@pytest.mark.parametrize(
    "text",
    [
        "[x](https://xn--a.com/x) and <https://xn--a.com> and https://www.xn--a.com/ now",
        "[x](https://xn--ls8h.xn--a.com/) [y](https://a.xn--ab.com)",
        '[x](https://example.com "t\u00a0x")',
    ],
)
def test_links_nh3_would_change_are_cleaned_by_it(text: str, tmp_path: Path) -> None:
    assert_cleaned_alike(text, tmp_path)


def test_every_gfm_example_renders_alike_whether_or_not_nh3_is_asked(tmp_path: Path) -> None:
    for example in read_examples():
        assert_cleaned_alike(example.markdown, tmp_path)


def test_the_bundled_and_seed_articles_render_alike_whether_or_not_nh3_is_asked(
    tmp_path: Path,
) -> None:
    for path in (bundled_article_path(), SEED_ARTICLE):
        assert_cleaned_alike(path.read_text(encoding="utf-8"), tmp_path)


@pytest.mark.parametrize(
    "raw",
    [
        "<p>a<script>alert(1)</script></p>",
        '<p><a href="javascript:alert(1)">x</a></p>',
        '<p onclick="x()">words</p>',
        '<p><a href="x">a<a href="y">b</a></a></p>',
        "<p>a &quot;quoted&quot; word</p>",
        "<p>line<br />break</p><hr />",
        '<p><a href="sign:a/b" name="sign:a/b">x</a></p>',
        '<p><a href="//elsewhere.example/x">x</a></p>',
        '<p><a href="http://1.2.3.999/">x</a></p>',
        "<p>a\u00a0b</p><!-- a comment -->",
        "<ul>\n<p>loose</p>\n</ul>\n<table>text<tr><td>x</td></tr></table>",
        '<th align="LEFT">x</th>',
        "<p>unclosed <em>emphasis</p>",
        # A host nh3's URL parser refuses (invalid punycode), in every way a link is made.
        '<p><a href="https://xn--a.com/x">x</a></p>',
        '<p><a href="https://XN--A.COM/x">x</a></p>',
        '<p><a href="https://a.xn--ab.com">x</a></p>',
        # Characters nh3 writes as entities in an attribute; a blank the HTML parser does
        # not take for one, in a table.
        '<p><a href="https://example.com" title="t\u00a0x">x</a></p>',
        "<table>\u3000<thead><tr><th>x</th></tr></thead></table>",
    ],
)
def test_hostile_or_unusual_html_is_cleaned_as_nh3_cleans_it(raw: str, tmp_path: Path) -> None:
    assert clean_html(raw, tmp_path) == clean_html(raw, tmp_path, thorough=True)
    assert "script" not in clean_html(raw, tmp_path)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ARTICLES)
def test_any_article_renders_alike_whether_or_not_nh3_is_asked(text: str) -> None:
    assert_cleaned_alike(text, Path(__file__).parent)


RENDER_ON_A_MISS = """
import sys
from pathlib import Path
from tether.bundled import bundled_article_path
from tether.content.cache.render import RenderCache
from tether.content.loader import ArticleRenderer

path = bundled_article_path()
assert RenderCache(Path(sys.argv[1])).load(path) is None  # nothing cached: a miss
renderer = ArticleRenderer(path)
renderer.render_all()
assert renderer.article().complete and renderer.digest is not None
seen = sorted(sys.modules)
import json  # to write what was seen, after it was seen

print(json.dumps(seen))
"""


def test_a_start_with_nothing_cached_renders_without_openssl_json_secrets_or_nh3(
    tmp_path: Path,
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", RENDER_ON_A_MISS, str(tmp_path / "render-cache")],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    # The last line: what was imported once the article was rendered.
    modules = set(json.loads(result.stdout.splitlines()[-1]))
    assert "markdown_it" in modules  # the article was rendered
    assert {"hashlib", "_hashlib", "json", "secrets", "hmac", "nh3"}.isdisjoint(modules)
