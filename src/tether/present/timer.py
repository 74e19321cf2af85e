"""The talk's clock: time spent presenting, and an optional countdown.

Time is read from an injected monotonic clock (``time.monotonic`` in the app, a number
a test sets by hand), so the console shows exactly what the clock says.
"""

from __future__ import annotations

from collections.abc import Callable

Monotonic = Callable[[], float]


class TalkTimer:
    """Elapsed presenting time; it runs while presenting and stops while paused."""

    def __init__(self, monotonic: Monotonic, duration_s: float | None = None) -> None:
        self._now = monotonic
        self.duration_s = duration_s
        self._banked = 0.0
        self._since: float | None = None
        # Paused by the facilitator (T): nothing but T starts it again.
        self.held = False

    @property
    def running(self) -> bool:
        """Whether time is being counted now."""
        return self._since is not None

    def start(self) -> None:
        """Count time from now on (does nothing if already counting, or held)."""
        if self._since is None and not self.held:
            self._since = self._now()

    def toggle_hold(self) -> None:
        """T: the facilitator pauses the clock (a break), or lets it run again."""
        self.held = not self.held
        if self.held:
            self.pause()
        else:
            self.start()

    def pause(self) -> None:
        """Stop counting, keeping the time so far."""
        if self._since is not None:
            self._banked += self._now() - self._since
            self._since = None

    def reset(self) -> None:
        """Back to zero (still running if it was)."""
        self._banked = 0.0
        if self._since is not None:
            self._since = self._now()

    def elapsed(self) -> float:
        """Seconds spent presenting."""
        running = self._now() - self._since if self._since is not None else 0.0
        return self._banked + running

    def remaining(self) -> float | None:
        """Seconds left of the planned duration (negative when over), or None."""
        if self.duration_s is None:
            return None
        return self.duration_s - self.elapsed()


def format_duration(seconds: float) -> str:
    """``m:ss`` or ``h:mm:ss``; time over is shown with a minus sign."""
    whole = int(abs(seconds))
    sign = "−" if seconds < 0 and whole else ""
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"
