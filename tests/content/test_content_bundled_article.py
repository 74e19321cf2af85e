"""The article Tether ships: its structure, and the seed's wording kept word for word."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tether.content import Article

SEED = Path(__file__).parent / "data" / "seed-article.txt"

SECTION_TITLES = [
    "Introduction",
    "What Independence Actually Means",
    "What Disconnection Looks Like in Practice",
    "Independence Is Choice; Disconnection Is Defense",
    "Why Disconnection Often Develops Early",
    "The Emotional Cost of Mistaken Independence",
    "How Independence Supports Connection",
    "Cultural Narratives That Blur the Line",
    "Signs Someone Is Independent (Not Disconnected)",
    "Relearning Connection Without Losing Self",
    "Call to Action",
    "Conclusion",
]

# Every bullet list of the seed, as (lead sentence, number of signs), in reading order.
SIGN_GROUPS = [
    ("Independent individuals typically:", 4),
    ("Disconnected patterns may include:", 4),
    ("Common early experiences include:", 3),
    ("People who equate distance with strength may experience:", 4),
    ("Independent individuals tend to:", 4),
    ("Messages such as:", 3),
    ("Healthy independence usually shows up as:", 4),
    ("Small shifts can include:", 4),
]

_TAG = re.compile(r"<[^>]+>")
_BLOCKQUOTE = re.compile(r"<blockquote\b[^>]*>(.*?)</blockquote>", re.DOTALL)


def collapse(text: str) -> str:
    return " ".join(text.split())


def plain(markup: str) -> str:
    """What a reader sees of some HTML: tags dropped, entities decoded, spaces collapsed."""
    return collapse(html.unescape(_TAG.sub(" ", markup)))


def rendered_text(article: Article) -> str:
    parts = [article.title]
    for section in article.sections:
        parts += [section.title, section.html]
    return plain("\n".join(parts))


def test_bundled_article_has_its_title(bundled_article: Article) -> None:
    assert bundled_article.title == "Independence Is Not Disconnection"


def test_bundled_article_has_twelve_sections_in_reading_order(bundled_article: Article) -> None:
    assert [section.title for section in bundled_article.sections] == SECTION_TITLES
    assert bundled_article.sections[0].id == "introduction"


def test_section_ids_are_unique(bundled_article: Article) -> None:
    ids = [section.id for section in bundled_article.sections]

    assert len(set(ids)) == len(ids) == 12


def test_every_bullet_list_of_the_seed_is_a_checklist_named_by_its_lead_sentence(
    bundled_article: Article,
) -> None:
    groups = [(group.title, len(group.signs)) for group in bundled_article.sign_groups]

    assert groups == SIGN_GROUPS
    assert len(bundled_article.signs) == sum(count for _, count in SIGN_GROUPS) == 30


def test_signs_read_as_the_seed_wrote_them(bundled_article: Article) -> None:
    first, *_ = bundled_article.sign_groups
    cultural = bundled_article.sign_groups[5]

    assert [sign.text for sign in first.signs] == [
        "Make decisions without excessive reassurance",
        "Regulate emotions without relying on others to fix them",
        "Maintain relationships without losing a sense of self",
        "Ask for support when needed, without shame",
    ]
    assert [sign.text for sign in cultural.signs] == [
        "“Don’t need anyone”",
        "“Handle it yourself”",
        "“Stay unbothered”",
    ]


def test_each_checklist_belongs_to_the_section_it_appears_in(bundled_article: Article) -> None:
    for section in bundled_article.sections:
        for group in section.sign_groups:
            assert group.section_id == section.id
            assert all(sign.section_id == section.id for sign in group.signs)
            assert all(sign.group_id == group.id for sign in group.signs)


def test_every_sign_has_a_tick_box_in_the_article_text(bundled_article: Article) -> None:
    for section in bundled_article.sections:
        for sign in section.signs:
            assert f'href="sign:{sign.id}"' in section.html


def test_the_two_says_lines_are_shown_as_quotations(bundled_article: Article) -> None:
    section = bundled_article.sections[3]
    quoted = " ".join(plain(body) for body in _BLOCKQUOTE.findall(section.html))

    assert "Independence says: “I can handle this, and I can connect when I choose.”" in quoted
    assert "Disconnection says: “I must handle this alone to stay safe.”" in quoted


def test_the_says_lines_are_quotations_not_reflection_prompts(bundled_article: Article) -> None:
    assert all(section.prompts == () for section in bundled_article.sections)


def test_related_reading_is_listed_with_its_three_labels(bundled_article: Article) -> None:
    related = [
        (section.title, item.label, item.title)
        for section in bundled_article.sections
        for item in section.related
    ]

    assert related == [
        (
            "What Independence Actually Means",
            "See Also",
            "The Difference Between Confidence and Certainty",
        ),
        (
            "Signs Someone Is Independent (Not Disconnected)",
            "People Also Love",
            "Why Some People Mistake Anxiety for Intuition",
        ),
        ("Conclusion", "Another Must-Read", "Why Being “Logical” Can Be an Emotional Pattern"),
    ]


def test_related_reading_is_a_note_not_a_dead_link(bundled_article: Article) -> None:
    conclusion = bundled_article.sections[-1]
    related_paragraph = re.search(r'<p class="related">(.*?)</p>', conclusion.html, re.DOTALL)

    assert related_paragraph is not None
    assert "<a " not in related_paragraph.group(1)
    assert plain(related_paragraph.group(1)) == (
        "Another Must-Read: Why Being “Logical” Can Be an Emotional Pattern"
    )


def test_every_line_of_the_seed_text_is_kept_word_for_word(bundled_article: Article) -> None:
    text = rendered_text(bundled_article)
    lines = [collapse(line) for line in SEED.read_text(encoding="utf-8").splitlines()]
    wanted = [line for line in lines if line]

    missing = [line for line in wanted if line not in text]

    assert len(wanted) > 70
    assert missing == []


def test_the_bundled_article_shows_no_markdown_syntax(bundled_article: Article) -> None:
    text = rendered_text(bundled_article)

    assert "[ ]" not in text
    assert "{: .related }" not in text
    assert "##" not in text
    assert "---" not in text
