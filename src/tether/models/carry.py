"""Carrying a reader's data over to an article's ids under today's outline rule.

Before the CommonMark outline (Tether 0.2), some articles had other section ids (see
:mod:`tether.content.legacy_ids`): an article's reflections, ticks, read marks and place
are moved to the sections that hold them now, once, when it is opened. Nothing is
overwritten, and a refusal to write leaves everything where it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tether.store import Store, StoreError

if TYPE_CHECKING:
    from tether.content import ArticleRenderer


def carry_waits_for_outline(renderer: ArticleRenderer, store: Store) -> bool:
    """Whether carrying over must wait until the outline is whole: data is stored under
    ids the outline read so far does not have (a long file's is read in parts after its
    first screen, and they may be sections further on, as a reader's usually are)."""
    if renderer.outlined:
        return False
    article = renderer.article()
    stored = store.stored_section_ids(article.id)
    return not stored <= {section.id for section in article.sections}


def carry_earlier_ids(renderer: ArticleRenderer, store: Store) -> int:
    """Move the data stored under the article's earlier ids; returns the rows moved."""
    article = renderer.article()
    now = {section.id for section in article.sections}
    stored = store.stored_section_ids(article.id)
    meta = renderer.front_matter
    if not stored <= now and not renderer.outlined:
        # A long file's outline is read a part at a time: the rest may hold them.
        renderer.complete_outline()
        article = renderer.article()
        now = {section.id for section in article.sections}
    if stored <= now and (stored or "id" in meta or "title" in meta):
        # Everything stored has its section, or the id cannot have changed (it comes
        # from the front matter): no need to read the file the old way.
        return 0
    if not stored and not renderer.outlined:
        # Nothing under today's id: only data under the earlier article id could move.
        # Known without the rest of the outline, which is read only if there is some.
        earlier_id = renderer.earlier_article_id()
        if (
            earlier_id is None
            or earlier_id == article.id
            or not store.stored_section_ids(earlier_id)
        ):
            return 0
    earlier = renderer.earlier_ids()
    if earlier is None:
        return 0
    old_article = article.id
    if (
        earlier.article_id != article.id
        and not stored
        and store.stored_section_ids(earlier.article_id)
    ):
        old_article = earlier.article_id
    if old_article == article.id and not (earlier.sections.keys() & stored):
        return 0
    try:
        return store.carry_over(old_article, article.id, earlier.sections)
    except StoreError:
        return 0  # nothing moved; it is all still where it was, and will be tried again
