"""Every command of the main window, declared once: menus and the shortcuts list use it.

The words are declared in English and marked for the catalogue ("Actions" for the
commands, "Menus" for the menu titles); :func:`build_actions` and :func:`menu_title`
give them in the interface language, so the menus, the toolbar and the F1 list, all
built from the actions, speak it.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import NamedTuple

from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from tether.i18n import QT_TRANSLATE_NOOP, translate


class Menu(StrEnum):
    """The menus of the main window, in menu-bar order; the value is the menu's title
    in English (:func:`menu_title` gives it in the interface language)."""

    FILE = QT_TRANSLATE_NOOP("Menus", "&File")
    EDIT = QT_TRANSLATE_NOOP("Menus", "&Edit")
    GO = QT_TRANSLATE_NOOP("Menus", "&Go")
    REFLECT = QT_TRANSLATE_NOOP("Menus", "&Reflect")
    VIEW = QT_TRANSLATE_NOOP("Menus", "&View")
    HELP = QT_TRANSLATE_NOOP("Menus", "&Help")


class ActionId(StrEnum):
    """The commands of the main window."""

    OPEN = "open"
    LIBRARY = "library"
    PREFERENCES = "preferences"
    QUIT = "quit"
    FIND = "find"
    FIND_NEXT = "find-next"
    FIND_PREVIOUS = "find-previous"
    NEXT_SECTION = "next-section"
    PREVIOUS_SECTION = "previous-section"
    NEXT_PANE = "next-pane"
    PREVIOUS_PANE = "previous-pane"
    REFLECT = "reflect"
    NEW_CHECKIN = "new-checkin"
    EARLIER_VERSIONS = "earlier-versions"
    HISTORY = "history"
    SHOW_SECTIONS = "show-sections"
    SHOW_SIGNS = "show-signs"
    SHOW_REFLECTIONS = "show-reflections"
    SHORTCUTS = "shortcuts"
    ABOUT = "about"
    ZOOM_IN = "zoom-in"
    ZOOM_OUT = "zoom-out"
    ZOOM_RESET = "zoom-reset"
    PRESENT = "present"
    SHOW_SPEAKER_NOTES = "show-speaker-notes"
    SPEAKER_NOTES_PANE = "speaker-notes-pane"
    EXPORT_TALLY = "export-workshop-tally"
    EXPORT_WORKSHEET = "export-worksheet"
    EXPORT_BLANK = "export-blank-worksheet"
    PRINT = "print"
    SHARE_ARTICLE = "share-article"
    BACKUP = "backup"
    RESTORE = "restore"


class ActionSpec(NamedTuple):
    """How one command looks and which keys trigger it (``text`` and ``tip`` in English,
    marked for the catalogue, translated when the action is built)."""

    id: ActionId
    menu: Menu
    text: str
    tip: str
    standard_key: QKeySequence.StandardKey | None = None
    keys: tuple[str, ...] = ()
    icon: str = ""
    separator_before: bool = False
    # A panel's toggle: checked while the panel is on screen.
    checkable: bool = False


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        ActionId.OPEN,
        Menu.FILE,
        QT_TRANSLATE_NOOP("Actions", "&Open Article…"),
        QT_TRANSLATE_NOOP("Actions", "Open a Markdown article"),
        QKeySequence.StandardKey.Open,
        ("Ctrl+O",),
        "document-open",
    ),
    ActionSpec(
        ActionId.LIBRARY,
        Menu.FILE,
        QT_TRANSLATE_NOOP("Actions", "&Library"),
        QT_TRANSLATE_NOOP(
            "Actions", "List the bundled articles and your own, with your progress in each"
        ),
        None,
        ("Ctrl+L",),
        "system-file-manager",
    ),
    ActionSpec(
        ActionId.EXPORT_WORKSHEET,
        Menu.FILE,
        QT_TRANSLATE_NOOP("Actions", "Export &Worksheet…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Save your ticks and reflections as a Markdown, PDF or web page worksheet"
        ),
        None,
        ("Ctrl+E",),
        "document-export",
        separator_before=True,
    ),
    ActionSpec(
        ActionId.EXPORT_BLANK,
        Menu.FILE,
        QT_TRANSLATE_NOOP("Actions", "Export Blan&k Worksheet…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Save a worksheet to hand out: nothing ticked, room to write, none of your data",
        ),
        icon="document-new",
    ),
    ActionSpec(
        ActionId.EXPORT_TALLY,
        Menu.FILE,
        QT_TRANSLATE_NOOP("Actions", "Export Work&shop Tally…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Save a workshop's anonymous group tally (how many recognised each sign) as "
            "Markdown or CSV",
        ),
        icon="x-office-spreadsheet",
    ),
    ActionSpec(
        ActionId.PRINT,
        Menu.FILE,
        QT_TRANSLATE_NOOP("Actions", "&Print…"),
        QT_TRANSLATE_NOOP("Actions", "Print your worksheet or the article, with a preview"),
        QKeySequence.StandardKey.Print,
        ("Ctrl+P",),
        "document-print",
    ),
    ActionSpec(
        ActionId.SHARE_ARTICLE,
        Menu.FILE,
        QT_TRANSLATE_NOOP("Actions", "Share &Article…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Save the article itself as a web page or PDF to give to someone"
        ),
        icon="document-send",
    ),
    ActionSpec(
        ActionId.BACKUP,
        Menu.FILE,
        QT_TRANSLATE_NOOP("Actions", "&Back Up My Data…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Save every reflection, tick and reading position in one file"
        ),
        icon="document-save-as",
        separator_before=True,
    ),
    ActionSpec(
        ActionId.RESTORE,
        Menu.FILE,
        QT_TRANSLATE_NOOP("Actions", "Res&tore Data…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Bring back data from a backup file; nothing you have now is removed"
        ),
        icon="document-revert",
    ),
    ActionSpec(
        ActionId.PREFERENCES,
        Menu.FILE,
        QT_TRANSLATE_NOOP("Actions", "Pr&eferences…"),
        QT_TRANSLATE_NOOP("Actions", "Choose the theme, font, text size and line length"),
        QKeySequence.StandardKey.Preferences,
        ("Ctrl+,",),
        "preferences-system",
        separator_before=True,
    ),
    ActionSpec(
        ActionId.QUIT,
        Menu.FILE,
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        QT_TRANSLATE_NOOP("Actions", "Save everything and quit Tether"),
        QKeySequence.StandardKey.Quit,
        ("Ctrl+Q",),
        "application-exit",
        separator_before=True,
    ),
    ActionSpec(
        ActionId.FIND,
        Menu.EDIT,
        QT_TRANSLATE_NOOP("Actions", "&Find…"),
        QT_TRANSLATE_NOOP("Actions", "Find words in the article"),
        QKeySequence.StandardKey.Find,
        ("Ctrl+F",),
        "edit-find",
    ),
    ActionSpec(
        ActionId.FIND_NEXT,
        Menu.EDIT,
        QT_TRANSLATE_NOOP("Actions", "Find &Next"),
        QT_TRANSLATE_NOOP("Actions", "Go to the next match (Enter in the find bar)"),
        QKeySequence.StandardKey.FindNext,
        ("F3",),
        "go-down",
    ),
    ActionSpec(
        ActionId.FIND_PREVIOUS,
        Menu.EDIT,
        QT_TRANSLATE_NOOP("Actions", "Find Pre&vious"),
        QT_TRANSLATE_NOOP("Actions", "Go to the previous match (Shift+Enter in the find bar)"),
        QKeySequence.StandardKey.FindPrevious,
        ("Shift+F3",),
        "go-up",
    ),
    ActionSpec(
        ActionId.NEXT_SECTION,
        Menu.GO,
        QT_TRANSLATE_NOOP("Actions", "&Next Section"),
        QT_TRANSLATE_NOOP("Actions", "Go to the next section"),
        None,
        ("Ctrl+PgDown",),
        "go-next",
    ),
    ActionSpec(
        ActionId.PREVIOUS_SECTION,
        Menu.GO,
        QT_TRANSLATE_NOOP("Actions", "&Previous Section"),
        QT_TRANSLATE_NOOP("Actions", "Go to the previous section"),
        None,
        ("Ctrl+PgUp",),
        "go-previous",
    ),
    ActionSpec(
        ActionId.NEXT_PANE,
        Menu.GO,
        QT_TRANSLATE_NOOP("Actions", "Next P&ane"),
        QT_TRANSLATE_NOOP("Actions", "Move the keyboard focus to the next pane"),
        None,
        ("F6",),
        separator_before=True,
    ),
    ActionSpec(
        ActionId.PREVIOUS_PANE,
        Menu.GO,
        QT_TRANSLATE_NOOP("Actions", "Previous Pan&e"),
        QT_TRANSLATE_NOOP("Actions", "Move the keyboard focus to the previous pane"),
        None,
        ("Shift+F6",),
    ),
    ActionSpec(
        ActionId.REFLECT,
        Menu.REFLECT,
        QT_TRANSLATE_NOOP("Actions", "&Reflect on This Section"),
        QT_TRANSLATE_NOOP("Actions", "Write your reflection on the section you are reading"),
        None,
        ("Ctrl+R",),
        "document-edit",
    ),
    ActionSpec(
        ActionId.EARLIER_VERSIONS,
        Menu.REFLECT,
        QT_TRANSLATE_NOOP("Actions", "&Earlier Versions…"),
        QT_TRANSLATE_NOOP(
            "Actions", "See the earlier versions of this section's reflection, and restore one"
        ),
        icon="document-open-recent",
    ),
    ActionSpec(
        ActionId.NEW_CHECKIN,
        Menu.REFLECT,
        QT_TRANSLATE_NOOP("Actions", "&New Check-in"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Tick the signs afresh; your earlier answers are kept and shown beside each sign",
        ),
        None,
        ("Ctrl+Shift+N",),
        "view-refresh",
        separator_before=True,
    ),
    ActionSpec(
        ActionId.SHOW_SECTIONS,
        Menu.VIEW,
        QT_TRANSLATE_NOOP("Actions", "Se&ctions"),
        QT_TRANSLATE_NOOP("Actions", "Show or hide the sections of the article"),
        None,
        ("F9",),
        "view-list-tree",
        checkable=True,
    ),
    ActionSpec(
        ActionId.SHOW_SIGNS,
        Menu.VIEW,
        QT_TRANSLATE_NOOP("Actions", "Si&gns"),
        QT_TRANSLATE_NOOP("Actions", "Show or hide the checklist of signs"),
        icon="checkbox",
        checkable=True,
    ),
    ActionSpec(
        ActionId.SHOW_REFLECTIONS,
        Menu.VIEW,
        QT_TRANSLATE_NOOP("Actions", "&Reflections"),
        QT_TRANSLATE_NOOP(
            "Actions", "Show or hide your reflections (Ctrl+R writes one on this section)"
        ),
        icon="document-edit",
        checkable=True,
    ),
    ActionSpec(
        ActionId.HISTORY,
        Menu.VIEW,
        QT_TRANSLATE_NOOP("Actions", "&History"),
        QT_TRANSLATE_NOOP("Actions", "How your answers changed from one check-in to the next"),
        None,
        ("Ctrl+H",),
        "view-history",
    ),
    ActionSpec(
        ActionId.ZOOM_IN,
        Menu.VIEW,
        QT_TRANSLATE_NOOP("Actions", "Zoom &In"),
        QT_TRANSLATE_NOOP("Actions", "Make the text larger"),
        QKeySequence.StandardKey.ZoomIn,
        ("Ctrl++", "Ctrl+="),
        "zoom-in",
        separator_before=True,
    ),
    ActionSpec(
        ActionId.ZOOM_OUT,
        Menu.VIEW,
        QT_TRANSLATE_NOOP("Actions", "Zoom &Out"),
        QT_TRANSLATE_NOOP("Actions", "Make the text smaller"),
        QKeySequence.StandardKey.ZoomOut,
        ("Ctrl+-",),
        "zoom-out",
    ),
    ActionSpec(
        ActionId.ZOOM_RESET,
        Menu.VIEW,
        QT_TRANSLATE_NOOP("Actions", "&Actual Size"),
        QT_TRANSLATE_NOOP("Actions", "Show the text at its normal size"),
        None,
        ("Ctrl+0",),
        "zoom-original",
    ),
    ActionSpec(
        ActionId.PRESENT,
        Menu.VIEW,
        QT_TRANSLATE_NOOP("Actions", "&Present"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Show the article full screen for a room, section by section, with a presenter console",
        ),
        None,
        ("F5",),
        "x-office-presentation",
        separator_before=True,
    ),
    ActionSpec(
        ActionId.SHOW_SPEAKER_NOTES,
        Menu.VIEW,
        QT_TRANSLATE_NOOP("Actions", "Show Spea&ker Notes"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Show the article's “Note:” quotes for whoever presents it (the room never sees them)",
        ),
        checkable=True,
    ),
    ActionSpec(
        ActionId.SPEAKER_NOTES_PANE,
        Menu.VIEW,
        QT_TRANSLATE_NOOP("Actions", "Speaker &Notes Pane"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Write your own notes for presenting this section; only the presenter console "
            "shows them",
        ),
        checkable=True,
    ),
    ActionSpec(
        ActionId.SHORTCUTS,
        Menu.HELP,
        QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"),
        QT_TRANSLATE_NOOP("Actions", "List every keyboard shortcut"),
        QKeySequence.StandardKey.HelpContents,
        ("F1", "Ctrl+/"),
        "help-keybord-shortcuts",
    ),
    ActionSpec(
        ActionId.ABOUT,
        Menu.HELP,
        QT_TRANSLATE_NOOP("Actions", "&About Tether"),
        QT_TRANSLATE_NOOP("Actions", "About Tether"),
    ),
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


def menu_title(menu: Menu) -> str:
    """A menu's title in the interface language, with its mnemonic."""
    return translate("Menus", menu.value)


def build_actions(parent: QWidget) -> dict[ActionId, QAction]:
    """Create one QAction per command, owned by ``parent`` (the main window), with its
    words in the interface language."""
    actions: dict[ActionId, QAction] = {}
    for spec in SPECS:
        action = QAction(translate("Actions", spec.text), parent)
        action.setObjectName(f"action-{spec.id}")
        tip = translate("Actions", spec.tip)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setShortcuts(shortcuts_for(spec))
        action.setCheckable(spec.checkable)
        if spec.icon:
            action.setIcon(QIcon.fromTheme(spec.icon))
        actions[spec.id] = action
    return actions


def fill_menus(menus: Mapping[Menu, QMenu], actions: Mapping[ActionId, QAction]) -> None:
    """Add every command to its menu, in the registry's order, with its separators."""
    for spec in SPECS:
        menu = menus[spec.menu]
        if spec.separator_before:
            menu.addSeparator()
        menu.addAction(actions[spec.id])
