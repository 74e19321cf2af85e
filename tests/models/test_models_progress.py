"""The sections model's reading progress: Role.Read, saved through the store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tether.content import Article
from tether.models import ArticleSession, Role, SectionsModel
from tether.store import Store


def read_flags(model: SectionsModel) -> list[bool]:
    return [model.index(row, 0).data(Role.Read) for row in range(model.rowCount())]


def test_sections_model_with_progress_passes_qt_model_checks(
    qtmodeltester: ModelTester, bundled_article: Article, store: Store
) -> None:
    store.mark_section_read(bundled_article.id, "introduction")

    qtmodeltester.check(SectionsModel(bundled_article, store=store))


def test_nothing_is_read_at_first(bundled_article: Article, store: Store) -> None:
    model = SectionsModel(bundled_article, store=store)

    assert read_flags(model) == [False] * 12
    assert model.read_count() == 0


def test_marking_a_section_read_tells_every_view_and_the_store(
    qtbot: QtBot, bundled_article: Article, store: Store
) -> None:
    model = SectionsModel(bundled_article, store=store)

    with qtbot.waitSignal(model.dataChanged) as changed:
        assert model.mark_read("conclusion") is True

    top, bottom, roles = changed.args
    assert top.row() == bottom.row() == 11
    assert Role.Read in roles
    assert model.is_read("conclusion")
    assert read_flags(model)[11] is True
    assert store.sections_read(bundled_article.id) == {"conclusion"}


def test_screen_readers_hear_which_sections_are_read(
    bundled_article: Article, store: Store
) -> None:
    model = SectionsModel(bundled_article, store=store)
    model.mark_read("introduction")

    assert model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "Introduction, read"
    assert model.index(0, 0).data(Qt.ItemDataRole.DisplayRole) == "Introduction"
    title = bundled_article.sections[1].title
    assert model.index(1, 0).data(Qt.ItemDataRole.AccessibleTextRole) == title


def test_marking_a_read_section_again_or_an_unknown_one_changes_nothing(
    qtbot: QtBot, bundled_article: Article, store: Store
) -> None:
    model = SectionsModel(bundled_article, store=store)
    model.mark_read("introduction")

    with qtbot.assertNotEmitted(model.dataChanged):
        assert model.mark_read("introduction") is False
        assert model.mark_read("no-such-section") is False

    assert model.read_count() == 1


def test_progress_is_loaded_from_the_store_and_ignores_sections_the_article_lost(
    bundled_article: Article, store: Store
) -> None:
    store.mark_section_read(bundled_article.id, "conclusion")
    store.mark_section_read(bundled_article.id, "a-section-since-removed")
    store.mark_section_read("another-article", "introduction")

    model = SectionsModel(bundled_article, store=store)

    assert model.read_count() == 1
    assert read_flags(model) == [False] * 11 + [True]


def test_the_session_s_sections_remember_progress_across_sessions(
    bundled_article: Article, store: Store
) -> None:
    first = ArticleSession(bundled_article, store)
    first.sections.mark_read("introduction")

    second = ArticleSession(bundled_article, store)

    assert second.sections.is_read("introduction")


def test_a_mark_that_cannot_be_saved_still_shows_and_says_so(
    qtbot: QtBot, bundled_article: Article, tmp_path: Path
) -> None:
    store = Store(tmp_path / "tether.sqlite3")
    session = ArticleSession(bundled_article, store)
    store.close()

    with qtbot.waitSignal(session.save_failed) as failed:
        session.sections.mark_read("introduction")

    assert "closed" in failed.args[0]
    assert session.sections.is_read("introduction")


def test_a_refused_mark_waits_and_is_saved_once_the_store_works_again(
    qtbot: QtBot, bundled_article: Article, tmp_path: Path
) -> None:
    path = tmp_path / "tether.sqlite3"
    store = Store(path)
    session = ArticleSession(bundled_article, store)
    store.close()
    with qtbot.waitSignal(session.save_failed):
        session.sections.mark_read("introduction")
    assert session.has_unsaved()

    store.reopen()

    assert session.save_pending()
    assert not session.has_unsaved()
    with Store(path) as fresh:
        assert fresh.sections_read(bundled_article.id) == {"introduction"}
    store.close()
