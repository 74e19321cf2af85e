"""The worksheet as Markdown: readable as plain text, and as a page in any Markdown viewer.

Layout::

    # Title — Worksheet
    Made 5 May 2025                      (blank: Name / Date lines)

    ## Check-ins                         (not in a blank worksheet)
    - **3 September 2026**: Group: 3 of 4; Other group: 0 of 3
    - **1 October 2026**: Group: 1 of 4; Other group: 1 of 3 — *the reader's note*
      - Ticked since the check-in before: …
      - No longer ticked: …

    ## Section
    (the section's text, when the worksheet carries the article)
    **Independent individuals typically:** 2 of 4
    - ☑ Make decisions without excessive reassurance
    - ☐ …
    **Your reflections**
    > Reflect: the section's prompt
    *5 May 2025*
    The reader's words.

A blank worksheet has, under each prompt (or "Your reflections:" where the section has
none), ruled lines to write on: horizontal rules in a viewer, lines in plain text.
"""

from __future__ import annotations

from tether.export.article_html import tick_glyph
from tether.export.markdown_text import (
    escape_inline,
    escape_line_start,
    html_to_markdown,
    plain_paragraphs,
)
from tether.export.wording import (
    CHECKINS_HEADING,
    NO_LONGER_TICKED,
    NO_REFLECTION,
    NOW_TICKED,
    ORPHANED_HEADING,
    REFLECTIONS_HEADING,
    WRITING_LINES,
    WRITING_PROMPT,
    byline,
    checkin_counts,
    date_field,
    format_day,
    made_on,
    name_field,
    reflect_prompt,
    word,
    worksheet_heading,
)
from tether.export.worksheet import CheckInLine, ReflectionEntry, Worksheet, WorksheetSection

_RULE = "_" * 40


def worksheet_markdown(worksheet: Worksheet) -> str:
    """The whole worksheet as Markdown text, ending in a newline."""
    blocks = [f"# {_line(worksheet_heading(worksheet.title))}"]
    if worksheet.subtitle:
        blocks.append(f"*{_line(worksheet.subtitle)}*")
    if worksheet.author:
        blocks.append(_line(byline(worksheet.author)))
    if worksheet.blank:
        blocks.append(f"{name_field()} {_RULE}  \n{date_field()} {_RULE}")
    else:
        blocks.append(made_on(worksheet.made))
    if worksheet.checkins:
        blocks.append(f"## {word(CHECKINS_HEADING)}")
        blocks.append("\n".join(_checkin(line) for line in worksheet.checkins))
    for section in worksheet.sections:
        blocks.extend(_section(section, worksheet.blank))
    if worksheet.orphaned:
        blocks.append(f"## {word(ORPHANED_HEADING)}")
        for orphan in worksheet.orphaned:
            blocks.append(f"**{_line(orphan.section_id)}**")
            blocks.extend(_reflections(orphan.reflections))
    return "\n\n".join(blocks) + "\n"


def _section(section: WorksheetSection, blank: bool) -> list[str]:
    blocks = [f"## {_line(section.title)}"]
    # With the article's text, the signs are ticked in place there, not listed again.
    checklists = section.checklists if section.article_html is None else ()
    if section.article_html:
        blocks.append(html_to_markdown(section.article_html))
    for checklist in checklists:
        lines = [f"- {tick_glyph(sign.ticked)} {_line(sign.text)}" for sign in checklist.signs]
        tally = "" if blank else f" {checklist.tally}"
        blocks.append(f"**{_line(checklist.title)}**{tally}")
        blocks.append("\n".join(lines))
    prompts = [f"> {_line(reflect_prompt(prompt))}" for prompt in section.prompts]
    if blank:
        blocks.extend(prompts or [word(WRITING_PROMPT)])
        # A rule on its own line: a ruled line in a viewer, a line to write on in text.
        blocks.extend([_RULE] * WRITING_LINES)
    else:
        blocks.append(f"**{word(REFLECTIONS_HEADING)}**")
        blocks.extend(prompts)
        blocks.extend(_reflections(section.reflections) or [f"*{word(NO_REFLECTION)}*"])
    return blocks


def _checkin(line: CheckInLine) -> str:
    """One check-in as a list item: date, counts, note; changed signs on lines below."""
    note = f" — *{_line(line.note)}*" if line.note else ""
    item = [f"- **{format_day(line.started)}**: {_line(checkin_counts(line.counts))}{note}"]
    for label, signs in ((NOW_TICKED, line.now_ticked), (NO_LONGER_TICKED, line.no_longer_ticked)):
        if signs:
            item.append(f"  - {word(label)}: {'; '.join(_line(sign) for sign in signs)}")
    return "\n".join(item)


def _reflections(entries: tuple[ReflectionEntry, ...]) -> list[str]:
    blocks: list[str] = []
    for entry in entries:
        blocks.append(f"*{format_day(entry.written)}*")
        blocks.extend(plain_paragraphs(entry.text))
    return blocks


def _line(text: str) -> str:
    """One line of the article's or reader's text, safe inside a Markdown line."""
    return escape_line_start(escape_inline(" ".join(text.split())))
