"""What each key does to the talk: pages, blanking, the checklist, a typed section number.

:class:`Talk` holds the state of a presentation that does not depend on windows or
screens, and turns a :class:`Command` into a new state. What it cannot do itself
(leave, swap screens, zoom) it hands back as an :class:`Effect` for the controller.
"""

from __future__ import annotations

from enum import Enum, auto

from tether.content import Article
from tether.i18n import translate
from tether.present.audience_window import AudienceState, Blank
from tether.present.checklist import ChecklistReveal
from tether.present.console import ConsoleStatus
from tether.present.keys import Command
from tether.present.pages.deck import Deck

_MAX_DIGITS = 3
_COUNTING = (Command.DIGIT, Command.COUNT_UP, Command.COUNT_DOWN)


class Effect(Enum):
    """What the controller must do after a key."""

    NONE = auto()
    STOP = auto()
    SWAP = auto()
    ZOOM_IN = auto()
    ZOOM_OUT = auto()
    ZOOM_RESET = auto()
    COUNT = auto()  # record :attr:`Talk.count_request` in the workshop tally
    TIMER = auto()  # pause or resume the talk's clock
    NOTES = auto()  # put the keyboard in the facilitator's notes on the console


class Talk:
    """The presentation's own state, moved by clicker commands."""

    def __init__(self, article: Article, deck: Deck, help_on_audience: bool) -> None:
        self.article = article
        self.deck = deck
        self.help_on_audience = help_on_audience
        self.blank = Blank.NONE
        self.checklist: ChecklistReveal | None = None
        self.help = False
        self.digits = ""
        self.message = ""
        # The workshop tally: the room's count per sign id (the controller saves them).
        self.tally: dict[str, int] = {}
        self.tally_digits = ""
        self.count_request: tuple[str, int] | None = None

    def apply(self, command: Command | None, digit: int | None = None) -> Effect:
        """Carry out one command (None: a key with no command of its own)."""
        self.message = ""
        if self.blank is not Blank.NONE:
            # A blanked screen: the next key, whatever it is, only brings the picture back.
            self.blank = Blank.NONE
            return Effect.NONE
        if command is None:
            return Effect.NONE
        if self.help and self.help_on_audience:
            # The keys cover the room's page: any key takes them away, and does only that.
            self.help = False
            return Effect.NONE
        counting = self.checklist.current() if self.checklist is not None else None
        if counting is not None and command in _COUNTING:
            return self._count(counting.id, command, digit)
        self.tally_digits = ""
        if command is Command.DIGIT and digit is not None:
            self.digits = (self.digits + str(digit))[-_MAX_DIGITS:]
            self.message = _go_to(self.digits)
            return Effect.NONE
        typed, self.digits = self.digits, ""
        if command is Command.ENTER and typed:
            self._go_to_section(int(typed))
            return Effect.NONE
        if command is Command.ESCAPE and typed:
            return Effect.NONE
        return self._apply(command)

    def _count(self, sign_id: str, command: Command, digit: int | None) -> Effect:
        """A number typed, or + / −, while a sign is on show: the room's count for it."""
        if command is Command.DIGIT and digit is not None:
            self.tally_digits = (self.tally_digits + str(digit))[-_MAX_DIGITS:]
            count = int(self.tally_digits)
        else:
            self.tally_digits = ""
            step = 1 if command is Command.COUNT_UP else -1
            count = max(self.tally.get(sign_id, 0) + step, 0)
        self.count_request = (sign_id, count)
        return Effect.COUNT

    def _apply(self, command: Command) -> Effect:
        simple = {
            Command.SWAP: Effect.SWAP,
            Command.ZOOM_IN: Effect.ZOOM_IN,
            Command.ZOOM_OUT: Effect.ZOOM_OUT,
            Command.ZOOM_RESET: Effect.ZOOM_RESET,
            # Outside the checklist plain + and − zoom, as they always did.
            Command.COUNT_UP: Effect.ZOOM_IN,
            Command.COUNT_DOWN: Effect.ZOOM_OUT,
            Command.TIMER: Effect.TIMER,
            Command.NOTES: Effect.NOTES,
        }
        if command in simple:
            return simple[command]
        if command in (Command.NEXT, Command.ENTER):
            self._next()
        elif command is Command.PREVIOUS:
            self._previous()
        elif command is Command.FIRST:
            self.checklist = None
            self.deck.first()
        elif command is Command.LAST:
            self.checklist = None
            self.deck.last()
        elif command in (Command.BLACK, Command.WHITE):
            self.blank = Blank.BLACK if command is Command.BLACK else Blank.WHITE
        elif command is Command.CHECKLIST:
            self._toggle_checklist()
        elif command is Command.HELP:
            self.help = not self.help
        elif command is Command.ESCAPE:
            # Overlays close first, the keys on the console before the room's checklist.
            if self.help:
                self.help = False
            elif self.checklist is not None:
                self.checklist = None
            else:
                return Effect.STOP
        # RESUME (F5) while presenting changes nothing: clickers send it by the way.
        return Effect.NONE

    def _next(self) -> None:
        if self.checklist is not None:
            if not self.checklist.next():
                self.checklist = None
            return
        if not self.deck.next():
            self.message = translate("Presenting", "This is the last page.")

    def _previous(self) -> None:
        if self.checklist is not None:
            if not self.checklist.previous():
                self.checklist = None
            return
        if not self.deck.previous():
            self.message = translate("Presenting", "This is the first page.")

    def _go_to_section(self, number: int) -> None:
        if self.deck.go_to_section(number):
            self.checklist = None
        else:
            self.message = translate(
                "Presenting", "There is no section {number}; there are {count}."
            ).format(number=number, count=self.deck.section_count)

    def _toggle_checklist(self) -> None:
        if self.checklist is not None:
            self.checklist = None
            return
        section = self.article.sections[self.deck.place.section]
        if section.signs:
            self.checklist = ChecklistReveal(section)
        else:
            self.message = translate("Presenting", "This section has no checklist.")

    def audience_state(self) -> AudienceState:
        """What the room sees now."""
        checklist = self.checklist
        return AudienceState(
            place=self.deck.place,
            blank=self.blank,
            checklist_html=checklist.html(self.tally) if checklist is not None else None,
            checklist_label=(
                translate("Presenting", "checklist {shown}/{total}").format(
                    shown=checklist.revealed, total=checklist.total
                )
                if checklist
                else ""
            ),
            help=self.help and self.help_on_audience,
            notice=self._notice() if self.help_on_audience else "",
        )

    def _notice(self) -> str:
        """With one screen, no console: the section number being typed, or what a key
        could not do, in the room's small marker line (never notes or reflections)."""
        if self.digits:
            return translate("Presenting", "go to section {number}…").format(number=self.digits)
        return self.message

    def console_status(
        self, paused: str = "", resume_screens: tuple[str, ...] = ()
    ) -> ConsoleStatus:
        """What the facilitator's console shows now."""
        place = self.deck.place
        following = self.deck.after(place)
        section = self.article.sections[place.section]
        message = self.message
        if self.blank is Blank.BLACK:
            message = translate(
                "Presenting", "The room sees a black screen. Any key brings the page back."
            )
        elif self.blank is Blank.WHITE:
            message = translate(
                "Presenting", "The room sees a white screen. Any key brings the page back."
            )
        elif self.digits:
            message = _go_to(self.digits)
        elif self.tally_digits and self.checklist is not None:
            message = translate("Presenting", "Counting {count} for this sign…").format(
                count=self.tally_digits
            )
        return ConsoleStatus(
            now=self.audience_state(),
            next=AudienceState(place=following) if following is not None else None,
            position=translate(
                "Presenting", "Section {number} of {count}: {title} · page {page} of {pages}"
            ).format(
                number=place.section + 1,
                count=self.deck.section_count,
                title=section.title,
                page=place.page + 1,
                pages=self.deck.page_count(place.section),
            ),
            prompts=section.prompts,
            notes=section.notes,
            checklist=self.checklist.status() if self.checklist is not None else "",
            tally=self._tally_status(),
            message=message,
            paused=paused,
            resume_screens=resume_screens,
            help=self.help and not self.help_on_audience,
        )

    def _tally_status(self) -> str:
        """The room's count for the sign on show, and how to give it."""
        sign = self.checklist.current() if self.checklist is not None else None
        if sign is None:
            return ""
        count = self.tally.get(sign.id)
        counted = translate("Presenting", "not counted yet") if count is None else f"{count}"
        return translate(
            "Presenting", "Room’s count for “{sign}”: {count} (type a number, or + / −)"
        ).format(sign=sign.text, count=counted)


def _go_to(digits: str) -> str:
    """The console's line while a section number is being typed."""
    return translate("Presenting", "Go to section {number}… (Enter)").format(number=digits)
