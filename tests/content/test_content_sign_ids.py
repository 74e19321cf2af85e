"""Sign ids key the reader's ticks: editing an article elsewhere must not move them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tether.content import Article, load_article

WriteArticle = Callable[..., Path]

BASE = """\
# Holding On and Letting Go

Some people hold on; some let go.

## Signs of Holding On

You may notice that you:

- [ ] Replay old conversations
- [ ] Keep every message

## Signs of Letting Go

Letting go can look like:

- [ ] Sleeping through the night
- [ ] Answering without rehearsing

## Closing

Both take courage.
"""


def ids_by_text(article: Article) -> set[tuple[str, str]]:
    """Each sign as (text, id): what a tick is stored under, next to what it ticks."""
    return {(sign.text, sign.id) for sign in article.signs}


def load(write_article: WriteArticle, text: str) -> Article:
    return load_article(write_article(text))


def test_loading_the_same_file_twice_gives_the_same_sign_ids(write_article: WriteArticle) -> None:
    path = write_article(BASE)

    assert [s.id for s in load_article(path).signs] == [s.id for s in load_article(path).signs]


def test_editing_other_paragraphs_keeps_sign_ids(write_article: WriteArticle) -> None:
    before = load(write_article, BASE)
    edited = BASE.replace(
        "Some people hold on; some let go.", "Some people hold on.\n\nOthers let go, slowly."
    ).replace("Both take courage.", "Both take courage, and time.")

    after = load(write_article, edited)

    assert ids_by_text(after) == ids_by_text(before)


def test_rewording_a_lead_sentence_keeps_the_ids_of_its_signs(write_article: WriteArticle) -> None:
    before = load(write_article, BASE)

    after = load(write_article, BASE.replace("You may notice that you:", "You might:"))

    assert ids_by_text(after) == ids_by_text(before)
    assert after.sign_groups[0].title == "You might:"


def test_adding_a_section_at_the_start_keeps_sign_ids(write_article: WriteArticle) -> None:
    before = load(write_article, BASE)
    added = BASE.replace(
        "## Signs of Holding On",
        "## A Word First\n\n- [ ] Reading this slowly\n\n## Signs of Holding On",
    )

    after = load(write_article, added)

    assert len(after.sections) == len(before.sections) + 1
    assert ids_by_text(after) >= ids_by_text(before)


def test_adding_a_section_between_and_after_keeps_sign_ids(write_article: WriteArticle) -> None:
    before = load(write_article, BASE)
    added = BASE.replace(
        "## Signs of Letting Go",
        "## In Between\n\nSometimes:\n\n- [ ] Both at once\n\n## Signs of Letting Go",
    ) + ("\n## Afterword\n\n- [ ] Replay old conversations\n")

    after = load(write_article, added)

    assert ids_by_text(after) >= ids_by_text(before)
    assert len(after.signs) == len(before.signs) + 2


def test_adding_an_introduction_keeps_sign_ids(write_article: WriteArticle) -> None:
    without_intro = BASE.replace("Some people hold on; some let go.\n\n", "")
    before = load(write_article, without_intro)

    after = load(write_article, BASE)

    assert before.sections[0].title == "Signs of Holding On"
    assert after.sections[0].id == "introduction"
    assert ids_by_text(after) == ids_by_text(before)


def test_adding_a_sign_to_a_list_keeps_the_other_ids(write_article: WriteArticle) -> None:
    before = load(write_article, BASE)

    after = load(
        write_article,
        BASE.replace("- [ ] Replay", "- [ ] Checking their profile\n- [ ] Replay"),
    )

    assert ids_by_text(after) >= ids_by_text(before)


def test_duplicate_sign_texts_get_distinct_ids(write_article: WriteArticle) -> None:
    article = load(
        write_article,
        "## Days\n\nMornings:\n\n- [ ] Feeling alone\n- [ ] Feeling alone\n\n"
        "Evenings:\n\n- [ ] Feeling alone\n\n## Nights\n\n- [ ] Feeling alone\n",
    )

    ids = [sign.id for sign in article.signs]

    assert [sign.text for sign in article.signs] == ["Feeling alone"] * 4
    assert len(set(ids)) == 4


def test_sign_and_group_ids_never_clash(write_article: WriteArticle) -> None:
    article = load(
        write_article,
        "## Signs\n\nSigns:\n\n- [ ] Signs\n- [ ] Signs\n\n- [ ] Signs\n\nSigns\n\n- [ ] Signs\n",
    )

    ids = [sign.id for sign in article.signs] + [group.id for group in article.sign_groups]

    assert len(set(ids)) == len(ids)


def test_a_long_sign_keeps_its_id_when_its_ending_is_reworded(
    write_article: WriteArticle,
) -> None:
    long_sign = "Needing to explain every feeling before allowing yourself to have it at all"
    before = load(write_article, f"## Signs\n\n- [ ] {long_sign}\n")

    after = load(write_article, f"## Signs\n\n- [ ] {long_sign.replace('at all', 'fully')}\n")

    assert after.signs[0].id == before.signs[0].id


# -- Articles not written in the Latin alphabet -------------------------------------------

RUSSIAN = """\
## Признаки близости

- [ ] Просить о помощи без стыда
- [ ] Оставаться рядом во время конфликта
"""


def test_non_latin_signs_keep_their_ids_when_a_sign_is_added_above(
    write_article: WriteArticle,
) -> None:
    before = load(write_article, RUSSIAN)

    after = load(
        write_article,
        RUSSIAN.replace("- [ ] Просить", "- [ ] Говорить о чувствах\n- [ ] Просить"),
    )

    # A tick on "Просить о помощи…" must stay on that sign, not jump to the new one.
    assert ids_by_text(after) >= ids_by_text(before)


def test_non_latin_signs_keep_their_ids_when_a_section_is_added_above(
    write_article: WriteArticle,
) -> None:
    before = load(write_article, RUSSIAN)

    after = load(write_article, "## Вступление\n\n- [ ] Читать медленно\n\n" + RUSSIAN)

    assert ids_by_text(after) >= ids_by_text(before)


def test_adding_an_opening_paragraph_keeps_the_ids_of_a_section_called_introduction(
    write_article: WriteArticle,
) -> None:
    headed = "## Introduction\n\n- [ ] Feeling safe alone\n\n## Later\n\n- [ ] Feeling close\n"
    before = load(write_article, headed)

    after = load(write_article, "A few words before the first heading.\n\n" + headed)

    # The new untitled opening must not take over the id of the "Introduction" section.
    assert ids_by_text(after) >= ids_by_text(before)
