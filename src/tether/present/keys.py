"""The keys of presentation mode: what presenter clickers send, and a few for the facilitator.

Clickers send PageDown/PageUp (most), arrows, Space, B or ".", and F5/Esc from their
"start/stop" button. Every key is mapped here once; the console's key list (F1) and the README
table are built from :data:`KEY_HELP`.
"""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import Qt

from tether.i18n import QT_TRANSLATE_NOOP, translate


class Command(Enum):
    """What a key asks presentation mode to do."""

    NEXT = auto()
    PREVIOUS = auto()
    FIRST = auto()
    LAST = auto()
    ENTER = auto()  # next page, or the section whose number was typed
    DIGIT = auto()
    BLACK = auto()
    WHITE = auto()
    CHECKLIST = auto()
    HELP = auto()
    ESCAPE = auto()
    RESUME = auto()  # F5: start or resume; while presenting it must change nothing
    SWAP = auto()
    ZOOM_IN = auto()
    ZOOM_OUT = auto()
    ZOOM_RESET = auto()
    # Plain + and −: the room's count for the sign on show during the checklist, else zoom.
    COUNT_UP = auto()
    COUNT_DOWN = auto()
    TIMER = auto()  # pause or resume the talk's clock
    NOTES = auto()  # type in the facilitator's own notes on the console


_K = Qt.Key
_PLAIN: dict[int, Command] = {
    _K.Key_PageDown: Command.NEXT,
    _K.Key_Right: Command.NEXT,
    _K.Key_Down: Command.NEXT,
    _K.Key_Space: Command.NEXT,
    _K.Key_N: Command.NEXT,
    _K.Key_Return: Command.ENTER,
    _K.Key_Enter: Command.ENTER,
    _K.Key_PageUp: Command.PREVIOUS,
    _K.Key_Left: Command.PREVIOUS,
    _K.Key_Up: Command.PREVIOUS,
    _K.Key_Backspace: Command.PREVIOUS,
    _K.Key_P: Command.PREVIOUS,
    _K.Key_Home: Command.FIRST,
    _K.Key_End: Command.LAST,
    _K.Key_B: Command.BLACK,
    _K.Key_Period: Command.BLACK,
    _K.Key_W: Command.WHITE,
    _K.Key_Comma: Command.WHITE,
    _K.Key_C: Command.CHECKLIST,
    _K.Key_F1: Command.HELP,
    _K.Key_Question: Command.HELP,
    _K.Key_Escape: Command.ESCAPE,
    _K.Key_F5: Command.RESUME,
    _K.Key_S: Command.SWAP,
    _K.Key_Plus: Command.COUNT_UP,
    _K.Key_Equal: Command.COUNT_UP,
    _K.Key_Minus: Command.COUNT_DOWN,
    _K.Key_T: Command.TIMER,
    _K.Key_E: Command.NOTES,
}
_WITH_CTRL: dict[int, Command] = {
    _K.Key_Plus: Command.ZOOM_IN,
    _K.Key_Equal: Command.ZOOM_IN,
    _K.Key_Minus: Command.ZOOM_OUT,
    _K.Key_0: Command.ZOOM_RESET,
    _K.Key_Slash: Command.HELP,
}
# Shift and the keypad flag do not change what a clicker or keypad key means.
_IGNORED = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


def command_for(key: int, modifiers: Qt.KeyboardModifier) -> Command | None:
    """The command for a key press, or None for a key presentation mode does not use."""
    meaningful = modifiers & ~_IGNORED
    if meaningful == Qt.KeyboardModifier.ControlModifier:
        return _WITH_CTRL.get(key)
    if meaningful != Qt.KeyboardModifier.NoModifier:
        return None
    if digit_of(key) is not None:
        return Command.DIGIT
    return _PLAIN.get(key)


def digit_of(key: int) -> int | None:
    """The digit a key types (top row or keypad), or None."""
    if Qt.Key.Key_0.value <= key <= Qt.Key.Key_9.value:
        return key - Qt.Key.Key_0.value
    return None


# What each key does, and the keys, in English (the README's table); shown translated
# through :func:`key_help`. The key names (Page Down, Space…) are translated too: a
# German keyboard says "Bild ab" and "Leertaste"; the letters stay what they are.
KEY_HELP: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("PresentKeys", "Next page"),
        QT_TRANSLATE_NOOP("PresentKeys", "Page Down, →, ↓, Space, Enter, N"),
    ),
    (
        QT_TRANSLATE_NOOP("PresentKeys", "Previous page"),
        QT_TRANSLATE_NOOP("PresentKeys", "Page Up, ←, ↑, Backspace, P"),
    ),
    (
        QT_TRANSLATE_NOOP("PresentKeys", "First / last page"),
        QT_TRANSLATE_NOOP("PresentKeys", "Home / End"),
    ),
    (
        QT_TRANSLATE_NOOP("PresentKeys", "Go to section n"),
        QT_TRANSLATE_NOOP("PresentKeys", "n, then Enter"),
    ),
    (
        QT_TRANSLATE_NOOP("PresentKeys", "Black / white screen (any key returns)"),
        QT_TRANSLATE_NOOP("PresentKeys", "B or . / W or ,"),
    ),
    (
        QT_TRANSLATE_NOOP(
            "PresentKeys", "Group checklist, one sign at a time; how many recognise it"
        ),
        QT_TRANSLATE_NOOP("PresentKeys", "C, then next; n or + / −"),
    ),
    (
        QT_TRANSLATE_NOOP("PresentKeys", "Larger / smaller / usual text"),
        QT_TRANSLATE_NOOP("PresentKeys", "Ctrl++ / Ctrl+− / Ctrl+0"),
    ),
    (
        QT_TRANSLATE_NOOP("PresentKeys", "Swap the screens / pause or resume the timer"),
        "S / T",
    ),
    (
        QT_TRANSLATE_NOOP("PresentKeys", "Type your own notes on the console (Esc: stop typing)"),
        "E",
    ),
    (QT_TRANSLATE_NOOP("PresentKeys", "These keys"), "F1"),
    (QT_TRANSLATE_NOOP("PresentKeys", "Close an overlay, then stop presenting"), "Esc"),
    (QT_TRANSLATE_NOOP("PresentKeys", "Start or resume presenting"), "F5"),
)


def key_help() -> list[tuple[str, str]]:
    """:data:`KEY_HELP` in the interface language, for the console's key list (F1)."""
    return [
        (translate("PresentKeys", what), translate("PresentKeys", keys)) for what, keys in KEY_HELP
    ]


# F1 with one screen: no console, so the keys are shown on the room's screen, but only as
# this one quiet line in the corner marker; the page stays as it was (issue 17).
KEY_STRIP = QT_TRANSLATE_NOOP(
    "PresentKeys",
    "keys: Space next · P back · n Enter section · C checklist (n, + / − count) · "
    "B black · T timer · Esc stop · any key closes",
)


def key_strip() -> str:
    """:data:`KEY_STRIP` in the interface language."""
    return translate("PresentKeys", KEY_STRIP)
