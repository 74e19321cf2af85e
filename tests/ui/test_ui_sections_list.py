"""The Sections list shows every title whole: wrapped rows neither overlap nor leave gaps."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtWidgets import QTreeView
from pytestqt.qtbot import QtBot

from tether.content import Article
from tether.models import ArticleSession
from tether.store import Store
from tether.ui.panels.docks import SectionsDock

# A dock shown on its own is a floating window; with its slim title bar Qt raises it,
# which the offscreen platform cannot do, and says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def tiled(view: QTreeView) -> list[int]:
    """The rows whose next row does not start right after them, or that are too short
    for their title's words at the width they are given."""
    model = view.model()
    rects = [view.visualRect(model.index(row, 0)) for row in range(model.rowCount())]
    metrics = view.fontMetrics()
    return [
        row
        for row, (above, below) in enumerate(pairwise(rects))
        if above.bottom() + 1 != below.top() or above.height() < metrics.height()
    ]


@pytest.mark.parametrize("width", range(150, 271, 4))
def test_long_titles_wrap_whole_at_any_dock_width(
    qtbot: QtBot, store: Store, bundled_article: Article, width: int
) -> None:
    session = ArticleSession(bundled_article, store)
    dock = SectionsDock()
    qtbot.addWidget(dock)
    dock.set_session(session)
    dock.resize(width, 300)

    dock.show()
    qtbot.waitExposed(dock)

    assert tiled(dock.view) == []
    heights = {
        dock.view.visualRect(dock.view.model().index(row, 0)).height()
        for row in range(len(bundled_article.sections))
    }
    assert len(heights) > 1, "some title wraps onto more lines than others"
