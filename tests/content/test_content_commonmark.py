"""Articles as people write them in other editors: CommonMark with GitHub's extensions.

Each test is a shape a real README, changelog or guide has, which the line-scanning
outline and python-markdown got wrong (issue 14); what is asserted is what the reader
gets: the sections listed, the signs, the words and links on the page.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

from tether.content import Article, load_article, markdown_to_html

WriteArticle = Callable[..., Path]
_TAG = re.compile(r"<[^>]+>")


def words(article: Article) -> str:
    """The page's text as a reader reads it (tags dropped, entities decoded)."""
    text = html.unescape(_TAG.sub(" ", "".join(section.html for section in article.sections)))
    return " ".join(text.split())


def page(article: Article) -> str:
    return "".join(section.html for section in article.sections)


# -- The outline ---------------------------------------------------------------------------


def release_notes(versions: int) -> str:
    parts = ["Release notes\n=============\n\nEvery version since the first.\n"]
    for number in range(versions, 0, -1):
        parts.append(
            f"Version 1.{number}\n------------\n\n### Added\n\n- Thing {number}\n\n"
            f"### Fixed\n\n- Bug {number} (see [the tracker][tracker])\n"
        )
    parts.append("[tracker]: https://bugs.example.org\n")
    return "\n".join(parts)


def test_setext_release_notes_have_one_section_per_version(write_article: WriteArticle) -> None:
    article = load_article(write_article(release_notes(148), "CHANGES.md"))

    assert article.title == "Release notes"
    titles = [section.title for section in article.sections]
    assert titles[0] == "Introduction"
    assert titles[1:] == [f"Version 1.{n}" for n in range(148, 0, -1)]
    version = article.sections[1]
    assert [(h.title, h.level) for h in version.headings] == [("Added", 3), ("Fixed", 3)]
    assert "Release notes" not in words(article)  # the title is shown once, above the page


def test_several_level_one_headings_are_the_sections(write_article: WriteArticle) -> None:
    source = "# 2.0\n\n## Added\n\n- x\n\n# 1.0\n\n## Fixed\n\n- y\n"

    article = load_article(write_article(source, "notes.md"))

    assert article.title == "notes"
    assert [s.title for s in article.sections] == ["2.0", "1.0"]
    assert [h.title for h in article.sections[0].headings] == ["Added"]


def test_the_only_level_one_heading_is_the_title_and_shown_once(
    write_article: WriteArticle,
) -> None:
    source = "---\ntitle: Quiet Strength\n---\n\n# Quiet Strength\n\nOpening.\n\n## Part\n\nMore.\n"

    article = load_article(write_article(source))

    assert article.title == "Quiet Strength"
    assert [s.title for s in article.sections] == ["Introduction", "Part"]
    assert "Quiet Strength" not in words(article)


def test_headings_in_code_quotes_and_lists_are_not_sections(write_article: WriteArticle) -> None:
    source = (
        "# T\n\n## Real\n\n```\n## Not in code\n```\n\n> ## Not in a quote\n\n"
        "- ## Not in a list\n\n    ## Not indented code\n"
    )

    article = load_article(write_article(source))

    assert [s.title for s in article.sections] == ["Real"]
    assert "Not in code" in words(article)


# -- Signs come from task lists the page shows as lists ------------------------------------------


def test_a_task_list_in_code_a_quote_or_html_is_not_a_sign(write_article: WriteArticle) -> None:
    source = (
        "# T\n\n## Signs\n\nYou may notice:\n\n- [ ] A real sign\n\n"
        "```markdown\n- [ ] Complete\n- [ ] Todo\n```\n\n"
        "> - [ ] Quoted task\n\n<div>\n- [ ] In raw HTML\n</div>\n"
    )

    article = load_article(write_article(source))

    assert [sign.text for sign in article.signs] == ["A real sign"]
    assert "- [ ] Complete" in words(article)  # the code is shown as written


def test_signs_nested_under_a_sign_are_signs_of_their_own(write_article: WriteArticle) -> None:
    source = "# T\n\n## S\n\nLead:\n\n- [ ] Outer\n  - [ ] Inner one\n  - [ ] Inner two\n"

    article = load_article(write_article(source))

    assert [sign.text for sign in article.signs] == ["Outer", "Inner one", "Inner two"]
    assert [group.title for group in article.sign_groups] == ["Lead:", "S"]


# -- Links, references and footnotes across the whole file ---------------------------------------


def test_reference_links_defined_at_the_end_resolve_in_the_first_section(
    write_article: WriteArticle,
) -> None:
    source = (
        "# T\n\nSee [nghttp2.org][] and [the guide][guide].\n\n## Later\n\nText.\n\n"
        "[nghttp2.org]: https://nghttp2.org\n[guide]: https://guide.example.org 'The guide'\n"
    )

    article = load_article(write_article(source))

    first = article.sections[0].html
    assert '<a href="https://nghttp2.org">nghttp2.org</a>' in first
    assert 'href="https://guide.example.org"' in first
    assert "[nghttp2.org]" not in words(article)
    assert "guide.example.org" not in words(article)  # the definition is not text


def test_footnotes_are_listed_under_the_section_that_cites_them(
    write_article: WriteArticle,
) -> None:
    source = (
        "# T\n\nIntro.\n\n## One\n\nA claim.[^src]\n\n## Two\n\nNo notes here.\n\n"
        "[^src]: Where the claim comes from.\n"
    )

    article = load_article(write_article(source))

    one, two = article.sections[1].html, article.sections[2].html
    assert 'href="#fn1"' in one
    assert "Where the claim comes from." in one
    assert "Where the claim comes from." not in two


def test_in_page_links_name_github_style_heading_anchors(write_article: WriteArticle) -> None:
    source = "# T\n\n- [Usage](#usage)\n- [FAQ & tips](#faq--tips)\n\n## Usage\n\n## FAQ & tips\n"

    article = load_article(write_article(source))

    assert 'id="usage"' in page(article)
    assert 'id="faq--tips"' in page(article)


# -- What GFM renders, the page renders ----------------------------------------------------------


def test_lists_nested_by_two_or_three_spaces_nest() -> None:
    rendered = markdown_to_html("- one\n  - two\n     - three\n- four\n")

    assert re.sub(r"\s", "", rendered) == (
        "<ul><li>one<ul><li>two<ul><li>three</li></ul></li></ul></li><li>four</li></ul>"
    )


def test_fenced_code_in_a_list_item_stays_code() -> None:
    rendered = markdown_to_html("- Run:\n\n  ```sh\n  make install\n  ```\n- Done\n")

    assert '<pre><code class="language-sh">make install\n</code></pre>' in rendered


def test_strikethrough_bare_urls_and_line_breaks() -> None:
    rendered = markdown_to_html("~~old~~ new, https://example.org and www.commonmark.org<br>x\n")

    assert "<del>old</del>" in rendered
    assert '<a href="https://example.org">https://example.org</a>' in rendered
    assert '<a href="http://www.commonmark.org">www.commonmark.org</a>' in rendered
    assert "<br>" in rendered


def test_tables_keep_their_alignment_as_attributes() -> None:
    rendered = markdown_to_html("| a | b |\n|:--|--:|\n| 1 | 2 |\n")

    assert '<th align="left">a</th>' in rendered
    assert '<td align="right">2</td>' in rendered
    assert "style" not in rendered


def test_comments_vanish_details_show_open_and_simple_html_tables_stay() -> None:
    rendered = markdown_to_html(
        "Before <!-- a private note --> after.\n\n<!--\nblock comment\n-->\n\n"
        "<details>\n<summary>More</summary>\n\nHidden *words*.\n\n</details>\n\n"
        "<table><tr><td>cell A</td><td>cell B</td></tr></table>\n\n"
        '<a id="here"></a>Press <kbd>Ctrl</kbd>, H<sub>2</sub>O, x<sup>2</sup>\n'
    )

    assert "private note" not in rendered
    assert "block comment" not in rendered
    assert '<p class="summary"><b>More</b></p>' in rendered
    assert "<em>words</em>" in rendered
    assert "<td>cell A</td>" in rendered
    assert '<a id="here"></a>' in rendered
    assert "<kbd>Ctrl</kbd>" in rendered
    assert "<sub>2</sub>" in rendered


def test_raw_html_that_could_act_is_dropped_never_run() -> None:
    rendered = markdown_to_html(
        "<script>alert(1)</script><iframe src=x></iframe>"
        '<a href="javascript:alert(2)" onclick="x()">words</a>'
        '<img src="data:image/png;base64,AAAA" onerror="x()"><a href="vbscript:x">vb</a>\n'
    )

    for found in ("<script", "alert(1)", "<iframe", "javascript:", "onclick", "onerror"):
        assert found not in rendered
    assert "data:" not in rendered
    assert "vbscript:" not in rendered
    assert "words" in rendered
    assert "vb" in rendered


# -- Front matter ------------------------------------------------------------------------------


def test_front_matter_is_read_as_yaml_where_it_is_yaml(write_article: WriteArticle) -> None:
    source = (
        "---\ntitle: 'Trust: a guide'\nsubtitle: >\n  Folded over\n  two lines\n"
        "author:\n  - Ana\n  - Ben\nlanguage: no\n---\n\nText.\n"
    )

    article = load_article(write_article(source))

    assert article.title == "Trust: a guide"
    assert article.subtitle == "Folded over two lines"
    assert article.author == "Ana, Ben"
    assert article.language == "no"  # a string, not YAML 1.1's false
    assert "Folded" not in words(article)


# -- Nobody's reflections move -----------------------------------------------------------------

BUNDLED_SECTION_IDS = [
    "introduction",
    "what-independence-actually-means",
    "what-disconnection-looks-like-in-practice",
    "independence-is-choice-disconnection-is-defense",
    "why-disconnection-often-develops-early",
    "the-emotional-cost-of-mistaken-independence",
    "how-independence-supports-connection",
    "cultural-narratives-that-blur-the-line",
    "signs-someone-is-independent-not-disconnected",
    "relearning-connection-without-losing-self",
    "call-to-action",
    "conclusion",
]
BUNDLED_SIGN_SLUGS = [
    "make-decisions-without-excessive-reassurance",
    "regulate-emotions-without-relying-on-others-to-fix",
    "maintain-relationships-without-losing-a-sense-of-self",
    "ask-for-support-when-needed-without-shame",
    "avoiding-vulnerability-or-emotional-conversations",
    "minimizing-personal-needs",
    "feeling-uncomfortable-relying-on-anyone",
    "interpreting-closeness-as-pressure-or-threat",
    "needing-to-self-soothe-too-early",
    "receiving-praise-for-being-low-maintenance",
    "learning-that-emotions-created-conflict-or-burdened-others",
    "loneliness-despite-social-activity",
    "difficulty-receiving-care-or-praise",
    "emotional-numbness-during-stress",
    "relationships-that-feel-functional-but-not-nourishing",
    "set-boundaries-without-withdrawing",
    "express-needs-clearly-instead-of-hinting-or-avoiding",
    "remain-emotionally-present-during-conflict",
    "value-interdependence-without-losing-autonomy",
    "dont-need-anyone",
    "handle-it-yourself",
    "stay-unbothered",
    "comfort-with-solitude-and-intimacy",
    "emotional-openness-without-oversharing",
    "flexibility-instead-of-rigidity",
    "self-trust-without-isolation",
    "allowing-help-without-explaining-it-away",
    "naming-emotions-instead-of-analyzing-them",
    "staying-present-during-discomfort",
    "letting-others-contribute-without-guilt",
]


def test_the_bundled_articles_ids_are_the_ones_readers_data_is_stored_under(
    bundled_article: Article,
) -> None:
    assert bundled_article.id == "independence-is-not-disconnection"
    assert [section.id for section in bundled_article.sections] == BUNDLED_SECTION_IDS
    assert [sign.id.split("/", 1)[1] for sign in bundled_article.signs] == BUNDLED_SIGN_SLUGS
    assert all(sign.id.startswith(f"{sign.section_id}/") for sign in bundled_article.signs)
