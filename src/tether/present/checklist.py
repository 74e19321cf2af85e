"""The group checklist: a section's signs for the room to discuss, one at a time.

Built from the article's signs only. The reader's ticks are in the signs model, which
presentation mode is never given, so they cannot reach the projector; and a sign not yet
revealed is not in the document at all, so it cannot show through either.
"""

from __future__ import annotations

import html

from tether.content import Section


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

    def html(self) -> str:
        """The revealed signs as a large list under their groups' titles."""
        parts = [f"<h2>{html.escape(self.section.title)}</h2>"]
        left = self.revealed
        for group in self.section.sign_groups:
            parts.append(f'<p class="signs-lead">{html.escape(group.title)}</p>')
            shown = group.signs[: max(left, 0)]
            left -= len(group.signs)
            if shown:
                items = "".join(f"<li>{html.escape(sign.text)}</li>" for sign in shown)
                parts.append(f'<ul class="signs">{items}</ul>')
            if left <= 0:
                break
        return "\n".join(parts)

    def status(self) -> str:
        """For the console: how far the reveal has gone."""
        return f"Checklist: {self.revealed} of {self.total} signs shown"
