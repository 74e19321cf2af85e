"""Finding an article's signs, prompts and related reading in one section's tokens.

Works on the parsed token stream, so it sees what the page shows: a task list in fenced
code, in a quote or in raw HTML is not a checklist, and a ``Reflect:`` line in code is
not a prompt. What it finds is marked on the tokens (``meta``) for the page's renderer.

- **Signs**: the task items (``- [ ] …``) of a bullet list outside quotes. The paragraph
  just before the list names the group ("Independent individuals typically:").
- **Prompts**: a quote whose words start with ``Reflect:``.
- **Speaker notes**: a quote whose words start with ``Note:``, marked
  ``class="speaker-note"`` so the page can leave it out and the room never sees it.
- **Related reading**: a paragraph "See Also: <title>" (or Related Reading, Further
  Reading, …), or one marked ``{: .related }`` on its last line, the attribute-list
  spelling Tether's articles have used.
"""

from __future__ import annotations

import re

from markdown_it.token import Token

from tether.content.limits import shorten_label
from tether.content.model import NOTE_CLASS, RelatedReading, Sign, SignGroup
from tether.content.parser import closing_index, plain_text
from tether.content.slugs import TakenIds, make_slug, unique

_TASK = re.compile(r"^\s*\[([ xX])\]\s+")
_RELATED = re.compile(
    r"^(See Also|People Also Love|Another Must-Read|Related Reading|Further Reading)"
    r"\s*:\s*(.+)$",
    re.IGNORECASE | re.DOTALL,
)
_PROMPT = re.compile(r"^\s*Reflect\s*:\s*", re.IGNORECASE)
_NOTE = re.compile(r"^\s*Note\s*:\s*", re.IGNORECASE)
# "{: .related }" or "{.related}" alone on a paragraph's last line.
_ATTR = r"(?:[.#][\w-]+|[\w-]+=\S+)"
_ATTR_LINE = re.compile(rf"\n?[ \t]*\{{:?[ \t]*({_ATTR}(?:[ \t]+{_ATTR})*)[ \t]*\}}[ \t]*$")


class Found:
    """What one section holds besides its text.

    A plain class, not a dataclass (cheaper to create before the first paint: issue 19).
    """

    __slots__ = ("groups", "notes", "prompts", "related", "section_id", "taken_ids", "title")

    def __init__(self, section_id: str, title: str) -> None:
        self.section_id = section_id
        self.title = title
        self.prompts: list[str] = []
        self.notes: list[str] = []
        self.groups: list[SignGroup] = []
        self.related: list[RelatedReading] = []
        self.taken_ids = TakenIds()


def take_attribute_lines(tokens: list[Token]) -> None:
    """Move a paragraph's trailing ``{: .name }`` line into its classes (before inline).

    Only class names are kept: the attribute list may not add ids, styles or handlers.
    """
    for index, token in enumerate(tokens):
        if token.type != "inline" or index == 0 or tokens[index - 1].type != "paragraph_open":
            continue
        if "{" not in token.content or not (match := _ATTR_LINE.search(token.content)):
            continue
        names = [word[1:] for word in match.group(1).split() if word.startswith(".")]
        token.content = token.content[: match.start()]
        if names:
            tokens[index - 1].attrJoin("class", " ".join(names))


def take_heading_attributes(heading: Token, words: Token) -> None:
    """Drop a heading's trailing ``{: #name .class }`` from its words (inline-parsed).

    The name becomes one more anchor of the heading; the raw words keep the list, so a
    section's id is what it always was.
    """
    children = words.children or []
    if not children or children[-1].type != "text" or "{" not in children[-1].content:
        return
    match = _ATTR_LINE.search(children[-1].content)
    if match is None:
        return
    children[-1].content = children[-1].content[: match.start()].rstrip()
    names = [word[1:] for word in match.group(1).split() if word.startswith("#")]
    if names and ":" not in names[0]:
        heading.meta["name"] = names[0]


def annotate(tokens: list[Token], found: Found) -> None:
    """Mark the signs, prompts and related reading in a section's (inline-parsed) tokens."""
    quotes = 0
    for index, token in enumerate(tokens):
        if token.type == "blockquote_open":
            if quotes == 0:
                _prompt(tokens, index, found)
            quotes += 1
        elif token.type == "blockquote_close":
            quotes -= 1
        elif token.type == "bullet_list_open" and quotes == 0:
            _signs(tokens, index, found)
        elif (
            token.type == "paragraph_open"
            and quotes == 0
            and not token.hidden
            and index + 1 < len(tokens)
        ):
            _related(token, tokens[index + 1], found)


def _signs(tokens: list[Token], index: int, found: Found) -> None:
    ul = tokens[index]
    end = closing_index(tokens, index)
    lead = None
    before = tokens[index - 1] if index >= 3 else None
    if before is not None and before.type == "paragraph_close" and before.level == ul.level:
        lead = tokens[index - 2] if not before.hidden else None
    title = plain_text(lead.children) if lead is not None else ""
    title = shorten_label(title)
    group_id = unique(f"{found.section_id}/{make_slug(title, 'signs')}", found.taken_ids)
    signs: list[Sign] = []
    for position in range(index + 1, end):
        item = tokens[position]
        if item.type != "list_item_open" or item.level != ul.level + 1:
            continue
        inline = _first_inline(tokens, position)
        if inline is None or not inline.children or inline.children[0].type != "text":
            continue
        first = inline.children[0]
        match = _TASK.match(first.content)
        if match is None:
            continue
        first.content = first.content[match.end() :]
        text = shorten_label(plain_text(inline.children))
        sign_id = unique(f"{found.section_id}/{make_slug(text, 'sign')}", found.taken_ids)
        inline.meta["sign"] = sign_id
        item.attrJoin("class", "sign")
        signs.append(Sign(sign_id, text, group_id, found.section_id))
    if signs:
        ul.attrJoin("class", "signs")
        if lead is not None:
            tokens[index - 3].attrJoin("class", "signs-lead")
        found.groups.append(
            SignGroup(group_id, title or found.title, found.section_id, tuple(signs))
        )


def _first_inline(tokens: list[Token], item: int) -> Token | None:
    """The inline token of a list item's first paragraph (None if it starts otherwise)."""
    if item + 2 < len(tokens) and tokens[item + 1].type == "paragraph_open":
        return tokens[item + 2]
    return None


def _prompt(tokens: list[Token], index: int, found: Found) -> None:
    end = closing_index(tokens, index)
    words = " ".join(
        plain_text(token.children) for token in tokens[index:end] if token.type == "inline"
    )
    text = shorten_label(" ".join(words.split()))
    match = _PROMPT.match(text)
    if match is not None and text[match.end() :]:
        found.prompts.append(text[match.end() :])
        tokens[index].attrJoin("class", "prompt")
        return
    note = _NOTE.match(text)
    if note is not None and text[note.end() :]:
        found.notes.append(text[note.end() :])
        tokens[index].attrJoin("class", NOTE_CLASS)


def _related(paragraph: Token, inline: Token, found: Found) -> None:
    text = shorten_label(plain_text(inline.children))
    match = _RELATED.match(text)
    marked = "related" in str(paragraph.attrGet("class") or "").split()
    if match is None and not marked:
        return
    label, title = (match.group(1), match.group(2).strip()) if match else ("", text)
    found.related.append(RelatedReading(label, title))
    if not marked:
        paragraph.attrJoin("class", "related")
    if match is not None:
        # The title reads as a title, not as a link: the article is not shipped. The
        # renderer writes it with a class that lets the page link it when the reader's
        # library has it.
        inline.meta["related"] = (label, title)
