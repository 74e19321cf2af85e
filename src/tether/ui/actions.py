"""Every command of the main window, declared once: menus and the shortcuts list use it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget


class Menu(StrEnum):
    """The menus of the main window, in menu-bar order; the value is the menu's title."""

    FILE = "&File"
    GO = "&Go"
    REFLECT = "&Reflect"
    VIEW = "&View"
    HELP = "&Help"


class ActionId(StrEnum):
    """The commands of the main window."""

    OPEN = "open"
    QUIT = "quit"
    NEXT_SECTION = "next-section"
    PREVIOUS_SECTION = "previous-section"
    REFLECT = "reflect"
    SHORTCUTS = "shortcuts"
    ABOUT = "about"


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """How one command looks and which keys trigger it."""

    id: ActionId
    menu: Menu
    text: str
    tip: str
    standard_key: QKeySequence.StandardKey | None = None
    keys: tuple[str, ...] = ()
    icon: str = ""
    separator_before: bool = False


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        ActionId.OPEN,
        Menu.FILE,
        "&Open Article…",
        "Open a Markdown article",
        QKeySequence.StandardKey.Open,
        ("Ctrl+O",),
        "document-open",
    ),
    ActionSpec(
        ActionId.QUIT,
        Menu.FILE,
        "&Quit",
        "Save everything and quit Tether",
        QKeySequence.StandardKey.Quit,
        ("Ctrl+Q",),
        "application-exit",
        separator_before=True,
    ),
    ActionSpec(
        ActionId.NEXT_SECTION,
        Menu.GO,
        "&Next Section",
        "Go to the next section",
        None,
        ("Ctrl+PgDown",),
        "go-next",
    ),
    ActionSpec(
        ActionId.PREVIOUS_SECTION,
        Menu.GO,
        "&Previous Section",
        "Go to the previous section",
        None,
        ("Ctrl+PgUp",),
        "go-previous",
    ),
    ActionSpec(
        ActionId.REFLECT,
        Menu.REFLECT,
        "&Reflect on This Section",
        "Write your reflection on the section you are reading",
        None,
        ("Ctrl+R",),
        "document-edit",
    ),
    ActionSpec(
        ActionId.SHORTCUTS,
        Menu.HELP,
        "&Keyboard Shortcuts",
        "List every keyboard shortcut",
        QKeySequence.StandardKey.HelpContents,
        ("F1", "Ctrl+/"),
        "help-keybord-shortcuts",
    ),
    ActionSpec(ActionId.ABOUT, Menu.HELP, "&About Tether", "About Tether"),
)


def shortcuts_for(spec: ActionSpec) -> list[QKeySequence]:
    """The platform's standard keys for a command, then Tether's own, without repeats."""
    sequences: list[QKeySequence] = []
    if spec.standard_key is not None:
        sequences.extend(QKeySequence.keyBindings(spec.standard_key))
    for key in spec.keys:
        sequence = QKeySequence(key)
        if sequence not in sequences:
            sequences.append(sequence)
    return sequences


def build_actions(parent: QWidget) -> dict[ActionId, QAction]:
    """Create one QAction per command, owned by ``parent`` (the main window)."""
    actions: dict[ActionId, QAction] = {}
    for spec in SPECS:
        action = QAction(spec.text, parent)
        action.setObjectName(f"action-{spec.id}")
        action.setToolTip(spec.tip)
        action.setStatusTip(spec.tip)
        action.setShortcuts(shortcuts_for(spec))
        if spec.icon:
            action.setIcon(QIcon.fromTheme(spec.icon))
        actions[spec.id] = action
    return actions
