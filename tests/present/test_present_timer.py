"""The talk's clock: elapsed time, the wall clock and the countdown, read from a hand clock."""

from __future__ import annotations

from datetime import datetime

import pytest
from present_helpers import HandClock, Presenter, press, start
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tether.present.timer import TalkTimer, format_duration


def test_elapsed_time_counts_only_while_running(clock: HandClock) -> None:
    timer = TalkTimer(clock.monotonic)
    timer.start()
    clock.seconds += 65
    timer.pause()
    clock.seconds += 600
    timer.start()
    clock.seconds += 5

    assert timer.elapsed() == 70


def test_the_countdown_goes_below_zero_when_the_talk_runs_over(clock: HandClock) -> None:
    timer = TalkTimer(clock.monotonic, duration_s=60)
    timer.start()
    clock.seconds += 90

    assert timer.remaining() == -30


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(0, "0:00"), (5.9, "0:05"), (65, "1:05"), (3725, "1:02:05"), (-30, "−0:30"), (-0.4, "0:00")],
)
def test_durations_read_as_minutes_and_seconds(seconds: float, shown: str) -> None:
    assert format_duration(seconds) == shown


def test_the_console_shows_elapsed_time_clock_and_countdown(
    qtbot: QtBot, presenter: Presenter, clock: HandClock
) -> None:
    controller = presenter(duration_min=20)
    start(qtbot, controller)
    console = controller.console
    assert console is not None

    clock.seconds += 65
    clock.wall = datetime(2025, 3, 14, 9, 5, 0)
    console.refresh_time()

    assert console.elapsed.text() == "Elapsed 1:05"
    assert console.clock.text() == "Clock 09:05"
    assert console.countdown.text() == "Left 18:55"

    clock.seconds += 20 * 60
    console.refresh_time()
    assert console.countdown.text() == "Over 1:05"


def test_without_a_duration_there_is_no_countdown(
    qtbot: QtBot, presenter: Presenter, clock: HandClock
) -> None:
    controller = presenter()
    start(qtbot, controller)
    assert controller.console is not None

    assert controller.console.countdown.isHidden()


def test_time_stops_while_not_presenting_and_goes_on_after_f5(
    qtbot: QtBot, presenter: Presenter, clock: HandClock
) -> None:
    controller = presenter(duration_min=10)
    start(qtbot, controller)
    clock.seconds += 100
    press(qtbot, controller, Qt.Key.Key_Escape)
    clock.seconds += 1000  # a coffee break: not part of the talk

    start(qtbot, controller)
    clock.seconds += 20

    assert controller.timer.elapsed() == 120
    assert controller.console is not None
    controller.console.refresh_time()
    assert controller.console.elapsed.text() == "Elapsed 2:00"
    assert controller.console.countdown.text() == "Left 8:00"
