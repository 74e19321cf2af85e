"""Remembered row sizes follow the model: kept while valid, forgotten when an item changes."""

from __future__ import annotations

from item_models import GroupsModel, TitlesModel
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from tether.ui.panels.row_sizes import ItemSizes

WIDTH = 200


def titles(count: int) -> list[str]:
    return [f"title {n}" for n in range(count)]


def remember_every_row(sizes: ItemSizes, model: TitlesModel) -> None:
    """Give row n the size (n, n) at WIDTH."""
    for row in range(model.rowCount()):
        sizes.put(model.index(row, 0), WIDTH, QSize(row, row))


def remembered(sizes: ItemSizes, model: TitlesModel) -> list[int | None]:
    """Which old row's size each row has now (None: forgotten)."""
    found = [sizes.get(model.index(row, 0), WIDTH) for row in range(model.rowCount())]
    return [None if size is None else size.width() for size in found]


def watched(count: int) -> tuple[ItemSizes, TitlesModel]:
    model = TitlesModel(titles(count))
    sizes = ItemSizes(flat=True)
    sizes.watch(model)
    remember_every_row(sizes, model)
    return sizes, model


def test_a_renamed_row_is_forgotten_and_its_old_size_kept_for_comparison(qtmodeltester) -> None:
    sizes, model = watched(5)

    model.set_title(2, "a much longer title than before")

    assert remembered(sizes, model) == [0, 1, None, 3, 4]
    assert sizes.before_change(model.index(2, 0), WIDTH) == QSize(2, 2)
    qtmodeltester.check(model)


def test_a_change_of_a_role_that_does_not_change_sizes_forgets_nothing() -> None:
    sizes, model = watched(5)

    model.mark(3)

    assert remembered(sizes, model) == [0, 1, 2, 3, 4]


def test_rows_inserted_above_carry_the_sizes_below_them_along() -> None:
    sizes, model = watched(4)

    model.insert_titles(1, ["new", "newer"])

    assert remembered(sizes, model) == [0, None, None, 1, 2, 3]


def test_rows_appended_at_the_end_keep_every_size() -> None:
    sizes, model = watched(3)

    model.insert_titles(3, ["last"])

    assert remembered(sizes, model) == [0, 1, 2, None]


def test_removed_rows_take_their_sizes_with_them() -> None:
    sizes, model = watched(6)

    model.remove_titles(1, 2)

    assert remembered(sizes, model) == [0, 3, 4, 5]


def test_a_row_moved_to_the_top_keeps_its_size_and_so_do_the_others() -> None:
    sizes, model = watched(5)

    model.move_title(3, 0)

    assert remembered(sizes, model) == [3, 0, 1, 2, 4]


def test_a_row_moved_down_keeps_its_size_and_so_do_the_others() -> None:
    sizes, model = watched(5)

    model.move_title(1, 4)

    assert remembered(sizes, model) == [0, 2, 3, 1, 4]


def test_sizes_are_kept_per_width() -> None:
    sizes, model = watched(2)
    index = model.index(0, 0)

    sizes.put(index, WIDTH + 20, QSize(7, 7))

    assert sizes.get(index, WIDTH) == QSize(0, 0)
    assert sizes.get(index, WIDTH + 20) == QSize(7, 7)
    assert sizes.get(index, WIDTH + 40) is None


def test_groups_appended_to_a_tree_keep_every_size(qtbot: QtBot, qtmodeltester) -> None:
    model = GroupsModel([("first", ["a", "b"]), ("second", ["c"])])
    sizes = ItemSizes(flat=False)
    sizes.watch(model)
    sign = model.index(1, 0, model.index(0, 0))
    sizes.put(sign, WIDTH, QSize(1, 1))

    model.append_groups([("third", ["d", "e"])])

    assert sizes.get(sign, WIDTH) == QSize(1, 1)
    qtmodeltester.check(model)


def test_a_changed_item_of_a_tree_is_forgotten_alone() -> None:
    model = GroupsModel([("first", ["a", "b"]), ("second", ["c"])])
    sizes = ItemSizes(flat=False)
    sizes.watch(model)
    group = model.index(0, 0)
    changed, kept = model.index(1, 0, group), model.index(0, 0, group)
    for index in (group, changed, kept):
        sizes.put(index, WIDTH, QSize(1, 1))

    model.set_item_text(0, 1, "b, now a great deal longer")

    assert sizes.get(changed, WIDTH) is None
    assert sizes.get(kept, WIDTH) == sizes.get(group, WIDTH) == QSize(1, 1)


def test_following_another_model_forgets_the_first_one() -> None:
    sizes, model = watched(3)
    other = TitlesModel(titles(3))

    sizes.watch(other)
    model.set_title(0, "renamed in the old model")

    assert remembered(sizes, other) == [None, None, None]
    assert sizes.known(WIDTH) == 0
