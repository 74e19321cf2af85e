"""The table of contents model: one row per section, in reading order."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from tether.content import Article, load_article
from tether.models import Role, SectionsModel


def test_sections_model_passes_qt_model_checks(
    qtmodeltester: ModelTester, bundled_article: Article
) -> None:
    qtmodeltester.check(SectionsModel(bundled_article))


def test_table_of_contents_lists_every_section_in_reading_order(
    bundled_article: Article,
) -> None:
    model = SectionsModel(bundled_article)

    titles = [model.data(model.index(row, 0)) for row in range(model.rowCount())]

    assert titles == [section.title for section in bundled_article.sections]
    assert titles[0] == "Introduction"
    assert len(titles) == 12


def test_each_row_knows_its_section_id(bundled_article: Article) -> None:
    model = SectionsModel(bundled_article)

    ids = [model.data(model.index(row, 0), Role.SectionId) for row in range(model.rowCount())]

    assert ids == [section.id for section in bundled_article.sections]


def test_screen_readers_and_tooltips_get_the_section_title(bundled_article: Article) -> None:
    model = SectionsModel(bundled_article)
    index = model.index(3, 0)

    assert model.data(index, Qt.ItemDataRole.AccessibleTextRole) == (
        "Independence Is Choice; Disconnection Is Defense"
    )
    # Tooltips are escaped and wrapped so that Qt never reads an article's words as HTML.
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == (
        "<p>Independence Is Choice; Disconnection Is Defense</p>"
    )


def test_row_of_finds_a_section_and_rejects_unknown_ids(bundled_article: Article) -> None:
    model = SectionsModel(bundled_article)

    assert model.row_of("conclusion") == 11
    assert model.row_of("no-such-section") is None


def test_sections_are_a_flat_list(bundled_article: Article) -> None:
    model = SectionsModel(bundled_article)

    assert model.rowCount(model.index(0, 0)) == 0
    assert model.rowCount(QModelIndex()) == 12


def test_a_one_section_article_has_one_row(
    qtmodeltester: ModelTester, write_article: Callable[..., Path]
) -> None:
    model = SectionsModel(load_article(write_article("Only a paragraph.\n")))

    qtmodeltester.check(model)

    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "Introduction"
