"""Any Markdown file opens: titles, sections, checklists, prompts and safe HTML."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tether.content import Article, load_article

WriteArticle = Callable[..., Path]


def load(write_article: WriteArticle, text: str, name: str = "article.md") -> Article:
    return load_article(write_article(text, name))


def all_html(article: Article) -> str:
    return "\n".join(section.html for section in article.sections)


# -- Reflection prompts --------------------------------------------------------------------


def test_a_reflect_quotation_becomes_a_prompt_of_its_section(write_article: WriteArticle) -> None:
    article = load(
        write_article,
        "## Alone\n\nText.\n\n> Reflect: When did you last ask for help?\n\n"
        "## Together\n\n> Reflect: Who do you call first?\n",
    )

    assert [section.prompts for section in article.sections] == [
        ("When did you last ask for help?",),
        ("Who do you call first?",),
    ]
    assert 'class="prompt"' in article.sections[0].html


def test_reflect_prompts_are_recognised_in_any_case(write_article: WriteArticle) -> None:
    article = load(write_article, "## Alone\n\n> reflect:   What feels safe?\n")

    assert article.sections[0].prompts == ("What feels safe?",)


def test_a_section_keeps_all_its_prompts_in_order(write_article: WriteArticle) -> None:
    article = load(
        write_article, "## Alone\n\n> Reflect: First question?\n\nText.\n\n> Reflect: Second?\n"
    )

    assert article.sections[0].prompts == ("First question?", "Second?")


def test_ordinary_quotations_are_not_prompts(write_article: WriteArticle) -> None:
    article = load(
        write_article,
        "## Alone\n\n> Reflection is hard.\n\n> She said: reflect: later.\n\n> Reflect:\n",
    )

    assert article.sections[0].prompts == ()


# -- Raw HTML is sanitised, never run -----------------------------------------------------------

HOSTILE = """\
# Harmless Looking

<script>alert("intro")</script>

## Section

A picture <img src=x onerror=alert(1)> inline.

<iframe src="https://example.com/track"></iframe>

<div onclick="steal()">Click me</div>

- [ ] A sign with <script>alert(2)</script> inside

> Reflect: <img src=x onerror=alert(3)> what now?
"""


def test_raw_html_in_the_source_never_runs_and_keeps_its_words(
    write_article: WriteArticle,
) -> None:
    markup = all_html(load(write_article, HOSTILE)).lower()

    for found in ("<script", "<iframe", "onerror", "onclick", "alert(", "example.com"):
        assert found not in markup
    assert "click me" in markup
    assert "a picture" in markup


def test_raw_html_in_signs_and_prompts_leaves_only_their_words(
    write_article: WriteArticle,
) -> None:
    article = load(write_article, HOSTILE)

    assert article.signs[0].text == "A sign with inside"
    assert article.sections[-1].prompts == ("what now?",)


# -- Titles ------------------------------------------------------------------------------------


def test_a_single_leading_heading_is_the_title_and_not_a_section(
    write_article: WriteArticle,
) -> None:
    article = load(write_article, "# Quiet Strength\n\nOpening.\n\n## Part One\n\nMore.\n")

    assert article.title == "Quiet Strength"
    assert [section.title for section in article.sections] == ["Introduction", "Part One"]
    assert "Quiet Strength" not in all_html(article)


def test_without_a_leading_heading_the_title_comes_from_the_file_name(
    write_article: WriteArticle,
) -> None:
    article = load(write_article, "Just some text.\n\n## Part One\n\nMore.\n", "quiet_strength.md")

    assert article.title == "quiet strength"


def test_with_two_top_level_headings_the_title_comes_from_the_file_name(
    write_article: WriteArticle,
) -> None:
    article = load(write_article, "# First Part\n\nOne.\n\n# Second Part\n\nTwo.\n", "two-parts.md")

    assert article.title == "two parts"
    assert [section.title for section in article.sections] == ["First Part", "Second Part"]


def test_front_matter_title_wins_over_the_heading(write_article: WriteArticle) -> None:
    article = load(
        write_article,
        "---\ntitle: From Front Matter\nauthor: A. Writer\n---\n\n# From Heading\n\nText.\n",
    )

    assert article.title == "From Front Matter"
    assert article.author == "A. Writer"


def test_front_matter_is_not_shown_as_text(write_article: WriteArticle) -> None:
    article = load(write_article, "---\ntitle: Hidden Matter\nlanguage: en\n---\n\nVisible.\n")

    markup = all_html(article)

    assert "Visible." in markup
    assert "language" not in markup
    assert article.language == "en"


# -- Sections ----------------------------------------------------------------------------------


def test_sections_come_from_the_highest_heading_level_used(write_article: WriteArticle) -> None:
    article = load(
        write_article,
        "# Title\n\nOpening.\n\n### One\n\nText.\n\n#### Detail\n\nMore.\n\n### Two\n\nEnd.\n",
    )

    assert [section.title for section in article.sections] == ["Introduction", "One", "Two"]
    assert "Detail" in article.sections[1].html


def test_a_file_without_headings_is_one_section(write_article: WriteArticle) -> None:
    article = load(write_article, "Just a paragraph.\n\nAnd another.\n", "notes.md")

    assert [section.id for section in article.sections] == ["introduction"]
    assert "And another." in article.sections[0].html


def test_headings_inside_code_blocks_are_not_sections(write_article: WriteArticle) -> None:
    article = load(
        write_article, "## Real\n\n```\n## Not a heading\n```\n\n## Also Real\n\nText.\n"
    )

    assert [section.title for section in article.sections] == ["Real", "Also Real"]


def test_every_section_has_an_anchor_for_the_table_of_contents(
    write_article: WriteArticle,
) -> None:
    article = load(write_article, "## One\n\nText.\n\n## Two\n\nText.\n")

    for section in article.sections:
        assert f'name="section:{section.id}"' in section.html


def test_sections_with_the_same_title_get_distinct_ids(write_article: WriteArticle) -> None:
    article = load(write_article, "## Notes\n\nOne.\n\n## Notes\n\nTwo.\n")

    ids = [section.id for section in article.sections]

    assert len(set(ids)) == 2


# -- Signs -------------------------------------------------------------------------------------


def test_plain_bullet_lists_are_not_signs(write_article: WriteArticle) -> None:
    article = load(write_article, "## Ideas\n\nSome ideas:\n\n- rest\n- walk\n\n1. one\n2. two\n")

    assert article.signs == ()
    assert article.sign_groups == ()
    assert "sign:" not in all_html(article)


def test_ticked_boxes_in_the_source_are_signs_too(write_article: WriteArticle) -> None:
    article = load(write_article, "## Ideas\n\n- [x] Rested\n- [X] Walked\n- [ ] Called\n")

    assert [sign.text for sign in article.signs] == ["Rested", "Walked", "Called"]


def test_a_list_without_a_lead_sentence_is_named_after_its_section(
    write_article: WriteArticle,
) -> None:
    article = load(write_article, "## Morning Signs\n\n- [ ] Waking early\n")

    assert article.sign_groups[0].title == "Morning Signs"


def test_a_list_mixing_signs_and_plain_items_keeps_only_the_signs(
    write_article: WriteArticle,
) -> None:
    article = load(write_article, "## Mixed\n\n- [ ] A sign\n- not a sign\n- [ ] Another\n")

    assert [sign.text for sign in article.signs] == ["A sign", "Another"]


# -- Article id --------------------------------------------------------------------------------


def test_front_matter_id_is_the_article_id(write_article: WriteArticle) -> None:
    article = load(write_article, "---\nid: my-stable-id\ntitle: A Title\n---\n\nText.\n")

    assert article.id == "my-stable-id"


def test_without_an_id_the_article_id_is_the_slug_of_its_title(
    write_article: WriteArticle,
) -> None:
    article = load(write_article, "# A Quiet Kind of Strength\n\nText.\n")

    assert article.id == "a-quiet-kind-of-strength"


def test_renaming_the_file_keeps_the_article_id(write_article: WriteArticle) -> None:
    first = load(write_article, "# Staying Close\n\nText.\n", "draft.md")
    second = load(write_article, "# Staying Close\n\nText.\n", "final.md")

    assert first.id == second.id


@pytest.mark.parametrize(
    ("first_title", "second_title"),
    [("Одиночество", "Близость"), ("孤独", "亲密")],
    ids=["cyrillic", "chinese"],
)
def test_articles_with_different_non_latin_titles_get_different_ids(
    write_article: WriteArticle, first_title: str, second_title: str
) -> None:
    first = load(write_article, f"# {first_title}\n\nТекст.\n", "one.md")
    second = load(write_article, f"# {second_title}\n\nТекст.\n", "two.md")

    # The id keys the reader's ticks and reflections: two articles must not share them.
    assert first.id != second.id
