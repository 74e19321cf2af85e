"""An open article: its models and the reader's place, kept across restarts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tether.content import Article
from tether.models import ArticleSession
from tether.store import Store


@pytest.fixture
def session(qapp: object, bundled_article: Article, store: Store) -> ArticleSession:
    return ArticleSession(bundled_article, store)


def test_an_article_never_read_has_no_position(session: ArticleSession) -> None:
    assert session.position() is None


def test_the_reading_position_round_trips(
    session: ArticleSession, bundled_article: Article
) -> None:
    assert session.save_position("why-disconnection-often-develops-early", 0.25) is True

    position = session.position()

    assert position is not None
    assert position.article_id == bundled_article.id
    assert position.section_id == "why-disconnection-often-develops-early"
    assert position.scroll == pytest.approx(0.25)
    assert position.article_path == str(bundled_article.path)


def test_the_latest_position_wins(session: ArticleSession) -> None:
    session.save_position("introduction", 0.1)
    session.save_position("conclusion", 0.9)

    position = session.position()

    assert position is not None
    assert (position.section_id, position.scroll) == ("conclusion", pytest.approx(0.9))


def test_the_reading_position_survives_a_restart(
    qapp: object, session: ArticleSession, bundled_article: Article, data_dir: Path
) -> None:
    session.save_position("call-to-action", 0.5)

    with Store.open_in(data_dir) as reopened:
        position = ArticleSession(bundled_article, reopened).position()

    assert position is not None
    assert position.section_id == "call-to-action"
    assert position.scroll == pytest.approx(0.5)


def test_a_session_offers_every_model_of_its_article(
    session: ArticleSession, bundled_article: Article
) -> None:
    assert session.article is bundled_article
    assert session.sections.rowCount() == 12
    assert session.signs.rowCount() == 8
    assert session.reflections.rowCount() == 0


def test_a_tick_made_in_one_session_shows_in_the_next(
    qapp: object, session: ArticleSession, bundled_article: Article, data_dir: Path
) -> None:
    sign = bundled_article.signs[0]
    session.signs.set_ticked(sign.id, True)

    with Store.open_in(data_dir) as reopened:
        assert ArticleSession(bundled_article, reopened).signs.is_ticked(sign.id)
