"""The group checklist: a section's signs for the room to discuss, one at a time.

Built from the article's signs only. The reader's ticks are in the signs model, which
presentation mode is never given, so they cannot reach the projector; and a sign not yet
revealed is not in the document at all, so it cannot show through either.

The room's own answer, the workshop tally (how many people recognise each sign, counted
by the facilitator, no names), is drawn as a quiet bar and a number beside each sign
shown, once there is a count.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from tether.content import Section, Sign
from tether.i18n import QT_TRANSLATE_NOOP, translate

# The widest bar, in percent of its column: the largest count in the section.
_BAR_PERCENT = 100
# Columns of a tally row, in percent of the page's width: sign, bar (the rest: count).
_SIGN_SHARE, _BAR_SHARE = 58, 32
# A plural: declared with a literal count, as lupdate needs (see QT_TRANSLATE_NOOP).
_SHOWN = QT_TRANSLATE_NOOP("Presenting", "Checklist: {shown} of %n signs shown", None, 2)


class ChecklistReveal:
    """Which of a section's signs the room has been shown so far."""

    def __init__(self, section: Section) -> None:
        self.section = section
        self.total = len(section.signs)
        self.revealed = 0

    def next(self) -> bool:
        """Show one more sign; False once every sign is already showing."""
        if self.revealed >= self.total:
            return False
        self.revealed += 1
        return True

    def previous(self) -> bool:
        """Hide the last sign shown; False when none is showing."""
        if self.revealed == 0:
            return False
        self.revealed -= 1
        return True

    def current(self) -> Sign | None:
        """The sign shown last (the one the room is talking about), or None."""
        return self.section.signs[self.revealed - 1] if self.revealed else None

    def html(self, counts: Mapping[str, int] | None = None) -> str:
        """The revealed signs as a large list under their groups' titles; with the room's
        counts (sign id -> count) as bars beside them once any sign has one."""
        counts = {s.id: counts[s.id] for s in self.section.signs if counts and s.id in counts}
        parts = [f"<h2>{html.escape(self.section.title)}</h2>"]
        left = self.revealed
        for group in self.section.sign_groups:
            parts.append(f'<p class="signs-lead">{html.escape(group.title)}</p>')
            shown = group.signs[: max(left, 0)]
            left -= len(group.signs)
            if shown and counts:
                parts.append(_tally_table(shown, counts, max(counts.values())))
            elif shown:
                items = "".join(f"<li>{html.escape(sign.text)}</li>" for sign in shown)
                parts.append(f'<ul class="signs">{items}</ul>')
            if left <= 0:
                break
        return "\n".join(parts)

    def status(self) -> str:
        """For the console: how far the reveal has gone."""
        return translate("Presenting", _SHOWN, None, self.total).format(shown=self.revealed)


def _tally_table(signs: tuple[Sign, ...], counts: Mapping[str, int], most: int) -> str:
    """Signs with a bar and a number each. Qt's rich text draws no CSS bars, so each sign
    is a one-row table whose bar column is as wide as its count (of the section's most)."""
    rows = []
    for sign in signs:
        count = counts.get(sign.id)
        share = round(_BAR_PERCENT * count / most) if count and most else 0
        filled = round(_BAR_SHARE * share / 100)
        bar = (
            f'<td class="tally-bar" width="{filled}%"><table width="100%" cellspacing="0"'
            ' cellpadding="0"><tr><td class="bar">&nbsp;</td></tr></table></td>'
            if filled
            else ""
        )
        rest = f'<td width="{_BAR_SHARE - filled}%"></td>' if filled < _BAR_SHARE else ""
        number = "" if count is None else str(count)
        rows.append(
            '<table class="tally" width="100%" cellspacing="0" cellpadding="6"><tr>'
            f'<td class="tally-sign" width="{_SIGN_SHARE}%">• {html.escape(sign.text)}</td>'
            f"{bar}{rest}"
            f'<td class="tally-count" width="{100 - _SIGN_SHARE - _BAR_SHARE}%" align="right">'
            f"{number}</td></tr></table>"
        )
    return "".join(rows)
