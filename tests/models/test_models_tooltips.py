"""Tooltips show an article's words and the reader's as text, never as HTML."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt

from tether.content import load_article
from tether.models import ArticleSession
from tether.store import Store

HOSTILE = '<img src="/dev/zero"> & <b>bold</b>'


def test_every_tooltip_escapes_markup_from_the_article_and_the_reader(
    qapp: object, store: Store, write_article: Callable[[str, str], Path]
) -> None:
    article = load_article(
        write_article(f"# T\n\n## Part `{HOSTILE}`\n\nLead:\n\n- [ ] Sign `{HOSTILE}`\n", "t.md")
    )
    session = ArticleSession(article, store)
    session.reflections.save(article.sections[0].id, f"My words {HOSTILE}")
    group = session.signs.index(0, 0)
    tips = [
        session.sections.index(0, 0).data(Qt.ItemDataRole.ToolTipRole),
        group.data(Qt.ItemDataRole.ToolTipRole),
        session.signs.index(0, 0, group).data(Qt.ItemDataRole.ToolTipRole),
        session.reflections.index(0, 0, QModelIndex()).data(Qt.ItemDataRole.ToolTipRole),
    ]

    assert all("<img" not in tip and "<b>" not in tip for tip in tips)
    assert "Sign &lt;img src=&quot;/dev/zero&quot;&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in tips[2]
    assert "My words &lt;img" in tips[3]
