"""The checklist model: ticking a sign shows everywhere, is saved, and updates its tally."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QSignalSpy
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tether.content import Article, load_article
from tether.models import Role, SignsModel
from tether.store import Store

CHECK = Qt.ItemDataRole.CheckStateRole
FIRST_SIGN = "what-independence-actually-means/make-decisions-without-excessive-reassurance"


@pytest.fixture
def model(qapp: object, bundled_article: Article, store: Store) -> SignsModel:
    return SignsModel(bundled_article, store)


def first_group(model: SignsModel) -> QModelIndex:
    return model.index(0, 0)


def first_sign(model: SignsModel) -> QModelIndex:
    return model.index(0, 0, first_group(model))


def test_signs_model_passes_qt_model_checks(qtmodeltester: ModelTester, model: SignsModel) -> None:
    qtmodeltester.check(model)


def test_signs_model_stays_consistent_while_signs_are_ticked(
    qtmodeltester: ModelTester, model: SignsModel
) -> None:
    qtmodeltester.check(model)

    model.setData(first_sign(model), Qt.CheckState.Checked, CHECK)
    model.toggle(FIRST_SIGN)
    model.set_ticked(FIRST_SIGN, True)

    assert model.is_ticked(FIRST_SIGN)


def test_an_article_without_signs_has_an_empty_checklist(
    qapp: object,
    qtmodeltester: ModelTester,
    store: Store,
    write_article: Callable[..., Path],
) -> None:
    article = load_article(write_article("# Plain\n\nNo checklist.\n\n- just\n- a list\n"))
    model = SignsModel(article, store)

    qtmodeltester.check(model)

    assert model.rowCount() == 0
    assert not model.index(0, 0).isValid()


def test_checklist_shows_each_group_with_its_signs(model: SignsModel) -> None:
    groups = [model.index(row, 0) for row in range(model.rowCount())]

    assert len(groups) == 8
    assert [model.rowCount(group) for group in groups] == [4, 4, 3, 4, 4, 3, 4, 4]
    assert model.data(first_sign(model)) == "Make decisions without excessive reassurance"
    assert model.data(first_group(model), Role.IsGroup) is True
    assert model.data(first_sign(model), Role.IsGroup) is False
    assert model.data(first_sign(model), Role.SignId) == FIRST_SIGN
    assert model.parent(first_sign(model)) == first_group(model)


def test_signs_start_unticked_and_groups_start_at_zero(model: SignsModel) -> None:
    assert model.data(first_sign(model), CHECK) == Qt.CheckState.Unchecked
    assert model.data(first_group(model)) == "Independent individuals typically — 0 of 4"


def test_only_signs_can_be_ticked(model: SignsModel) -> None:
    assert model.flags(first_sign(model)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(first_group(model)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(first_group(model), Qt.CheckState.Checked, CHECK) is False
    assert model.data(first_group(model)) == "Independent individuals typically — 0 of 4"


def test_ticking_a_sign_shows_it_checked(model: SignsModel) -> None:
    assert model.setData(first_sign(model), Qt.CheckState.Checked, CHECK) is True

    assert model.data(first_sign(model), CHECK) == Qt.CheckState.Checked
    assert model.is_ticked(FIRST_SIGN)
    assert model.data(first_sign(model), Qt.ItemDataRole.AccessibleTextRole) == (
        "Make decisions without excessive reassurance, ticked"
    )


def test_ticking_a_sign_with_the_number_a_view_sends_works(model: SignsModel) -> None:
    assert model.setData(first_sign(model), Qt.CheckState.Checked.value, CHECK) is True

    assert model.is_ticked(FIRST_SIGN)


def test_ticking_a_sign_updates_its_group_tally(model: SignsModel) -> None:
    model.setData(first_sign(model), Qt.CheckState.Checked, CHECK)

    assert model.data(first_group(model)) == "Independent individuals typically — 1 of 4"
    assert model.data(first_group(model), Role.Tally) == "1 of 4"
    assert model.tally(0) == (1, 4)
    assert model.data(model.index(1, 0)) == "Disconnected patterns may include — 0 of 4"


def test_a_tick_is_still_there_after_reopening_the_data(
    qapp: object, bundled_article: Article, data_dir: Path, model: SignsModel
) -> None:
    model.setData(first_sign(model), Qt.CheckState.Checked, CHECK)

    with Store.open_in(data_dir) as reopened:
        again = SignsModel(bundled_article, reopened)

        assert again.is_ticked(FIRST_SIGN)
        assert again.data(first_sign(again), CHECK) == Qt.CheckState.Checked
        assert again.data(first_group(again)) == "Independent individuals typically — 1 of 4"


def test_unticking_a_sign_is_saved_too(
    qapp: object, bundled_article: Article, data_dir: Path, model: SignsModel
) -> None:
    model.setData(first_sign(model), Qt.CheckState.Checked, CHECK)
    model.setData(first_sign(model), Qt.CheckState.Unchecked, CHECK)

    assert model.data(first_group(model)) == "Independent individuals typically — 0 of 4"
    with Store.open_in(data_dir) as reopened:
        assert not SignsModel(bundled_article, reopened).is_ticked(FIRST_SIGN)


def test_ticking_tells_views_about_the_sign_and_its_group(model: SignsModel) -> None:
    spy = QSignalSpy(model.dataChanged)

    model.setData(first_sign(model), Qt.CheckState.Checked, CHECK)

    assert spy.count() == 2
    changes = [spy.at(n) for n in range(spy.count())]
    sign_change = next(change for change in changes if change[0] == first_sign(model))
    group_change = next(change for change in changes if change[0] == first_group(model))
    assert sign_change[1] == first_sign(model)
    assert CHECK in sign_change[2]
    assert group_change[1] == first_group(model)
    assert Qt.ItemDataRole.DisplayRole in group_change[2]


def test_ticking_from_the_article_text_tells_the_checklist(qtbot: QtBot, model: SignsModel) -> None:
    sign = model.index_of_sign(FIRST_SIGN)

    with qtbot.waitSignal(
        model.dataChanged, check_params_cb=lambda top, bottom, roles: top == sign
    ) as blocker:
        assert model.set_ticked(FIRST_SIGN, True) is True

    assert CHECK in blocker.args[2]
    assert model.data(sign, CHECK) == Qt.CheckState.Checked


def test_ticking_an_already_ticked_sign_changes_nothing(model: SignsModel) -> None:
    model.set_ticked(FIRST_SIGN, True)
    spy = QSignalSpy(model.dataChanged)

    assert model.set_ticked(FIRST_SIGN, True) is True

    assert spy.count() == 0
    assert model.tally(0) == (1, 4)


def test_toggle_flips_a_sign(model: SignsModel) -> None:
    assert model.toggle(FIRST_SIGN) is True
    assert model.is_ticked(FIRST_SIGN)

    assert model.toggle(FIRST_SIGN) is True
    assert not model.is_ticked(FIRST_SIGN)
    assert model.data(first_group(model)) == "Independent individuals typically — 0 of 4"


def test_ticking_every_sign_of_a_group_fills_its_tally(model: SignsModel) -> None:
    group = first_group(model)
    for row in range(model.rowCount(group)):
        model.setData(model.index(row, 0, group), Qt.CheckState.Checked, CHECK)

    assert model.data(group) == "Independent individuals typically — 4 of 4"
    assert model.data(group, Qt.ItemDataRole.AccessibleTextRole) == (
        "Independent individuals typically, 4 of 4 ticked"
    )


def test_an_unknown_sign_cannot_be_ticked(
    model: SignsModel, store: Store, bundled_article: Article
) -> None:
    spy = QSignalSpy(model.dataChanged)

    assert model.set_ticked("no-section/no-such-sign", True) is False
    assert model.toggle("no-section/no-such-sign") is False

    assert spy.count() == 0
    assert not model.index_of_sign("no-section/no-such-sign").isValid()
    assert store.ticks(bundled_article.id) == {}


def test_ticks_of_signs_no_longer_in_the_article_are_ignored(
    qapp: object, qtmodeltester: ModelTester, bundled_article: Article, store: Store
) -> None:
    store.set_tick(bundled_article.id, "removed-section/an-old-sign", True)
    store.set_tick(bundled_article.id, FIRST_SIGN, True)

    model = SignsModel(bundled_article, store)
    qtmodeltester.check(model)

    assert model.is_ticked(FIRST_SIGN)
    assert not model.is_ticked("removed-section/an-old-sign")
    assert sum(model.tally(row)[0] for row in range(model.rowCount())) == 1
    assert model.data(first_group(model)) == "Independent individuals typically — 1 of 4"


def test_ticks_belong_to_their_own_article(
    qapp: object,
    bundled_article: Article,
    store: Store,
    write_article: Callable[..., Path],
) -> None:
    other = load_article(
        write_article(
            "# Another Article\n\n## What Independence Actually Means\n\n"
            "- [ ] Make decisions without excessive reassurance\n"
        )
    )
    store.set_tick(bundled_article.id, FIRST_SIGN, True)

    model = SignsModel(other, store)

    assert [sign.id for sign in other.signs] == [FIRST_SIGN]
    assert not model.is_ticked(FIRST_SIGN)
