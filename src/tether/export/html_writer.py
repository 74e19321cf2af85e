"""Worksheets and the article as HTML: one body, laid out by a browser or by Qt for a PDF.

:func:`worksheet_body` and :func:`article_body` make markup both engines understand
(Qt's rich text reads a subset of HTML 4 and CSS 2.1). :func:`standalone_page` wraps a
body in a self-contained page: the style is inline, images are ``data:`` URIs, there is
no script, and a Content-Security-Policy forbids loading anything from anywhere.
"""

from __future__ import annotations

import html

from tether.content import Article, strip_speaker_notes
from tether.export.article_html import ImageSource, rewrite, tick_glyph
from tether.export.images import embedded_images
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

_BLANK_FIELD = "_" * 28
_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"

BROWSER_CSS = """
body { font-family: Literata, "Source Serif 4", Georgia, serif; font-size: 18px;
  line-height: 1.6; color: #2b2622; background: #fbf8f3; margin: 0; }
main { max-width: 38em; margin: 0 auto; padding: 2.5em 1.5em 4em; }
h1, h2, h3, h4 { line-height: 1.25; color: #1d1915; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 1.8em; margin: 0 0 0.3em; }
h2 { font-size: 1.35em; margin: 2em 0 0.5em; }
h3 { font-size: 1.05em; margin: 1.2em 0 0.4em; }
h4.prompt { font-size: 1em; font-weight: normal; font-style: italic; color: #6b4f2a; }
p { margin: 0 0 0.8em; }
.subtitle { font-size: 1.15em; font-style: italic; }
.byline, .meta, .when, .tally, .related { color: #6d645b; }
.tally { font-weight: normal; font-size: 0.9em; }
.when { font-size: 0.9em; margin-bottom: 0.2em; }
ul.signs { list-style: none; padding-left: 0; }
ul.signs li { margin-bottom: 0.35em; break-inside: avoid; page-break-inside: avoid; }
.tick { font-family: "DejaVu Sans", "Segoe UI Symbol", sans-serif; }
blockquote { margin: 0 1.5em 0.8em; font-style: italic; }
.reflection { break-inside: avoid; page-break-inside: avoid; }
.empty { font-style: italic; color: #6d645b; }
table.lines { width: 100%; border-collapse: collapse; margin-bottom: 1em; }
table.lines td { border-bottom: 1px solid #8c8279; height: 2em; }
img { max-width: 100%; }
a { color: #8a4b12; }
@page { margin: 2cm; }
@media print { body { background: none; font-size: 11pt; } main { padding: 0; max-width: none; } }
"""


def worksheet_body(worksheet: Worksheet) -> str:
    """The worksheet's markup, without ``<html>`` around it."""
    parts = [f'<h1 class="title">{_text(worksheet_heading(worksheet.title))}</h1>']
    parts.extend(_byline(worksheet.subtitle, worksheet.author))
    if worksheet.blank:
        name, date = _text(name_field()), _text(date_field())
        parts.append(f'<p class="meta">{name} {_BLANK_FIELD} &nbsp; {date} {_BLANK_FIELD}</p>')
    else:
        parts.append(f'<p class="meta">{_text(made_on(worksheet.made))}</p>')
    if worksheet.checkins:
        parts.append(f'<h2 class="checkins">{_text(word(CHECKINS_HEADING))}</h2>')
        parts.append('<ul class="checkins">' + "".join(map(_checkin, worksheet.checkins)) + "</ul>")
    for section in worksheet.sections:
        parts.extend(_section(section, worksheet.blank))
    if worksheet.orphaned:
        parts.append(f"<h2>{_text(word(ORPHANED_HEADING))}</h2>")
        for orphan in worksheet.orphaned:
            parts.append(f"<h3>{_text(orphan.section_id)}</h3>")
            parts.extend(_reflections(orphan.reflections))
    return "\n".join(parts)


def article_body(article: Article, images: ImageSource) -> str:
    """The article's markup: title, byline, every section; every sign's box unticked."""
    parts = [f'<h1 class="title">{_text(article.title)}</h1>']
    parts.extend(_byline(article.subtitle, article.author))
    # The article's speaker notes are for presenting it, not for a copy to hand on.
    sections = (strip_speaker_notes(section.html) for section in article.sections)
    parts.extend(rewrite(html, images=images) for html in sections)
    return "\n".join(parts)


def standalone_page(title: str, body: str, language: str | None) -> str:
    """A complete HTML page holding ``body``, needing nothing outside itself."""
    lang = html.escape(language or "en")
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="Tether">\n'
        f"<title>{_text(title)}</title>\n<style>{BROWSER_CSS}</style>\n</head>\n"
        f"<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )


def worksheet_page(worksheet: Worksheet) -> str:
    """The worksheet as a standalone HTML page."""
    return standalone_page(
        worksheet_heading(worksheet.title), worksheet_body(worksheet), worksheet.language
    )


def article_page(article: Article) -> str:
    """The article, to share, as a standalone HTML page (no reader data in it)."""
    body = article_body(article, embedded_images(article.path.parent))
    return standalone_page(article.title, body, article.language)


def _byline(subtitle: str | None, author: str | None) -> list[str]:
    parts = []
    if subtitle:
        parts.append(f'<p class="subtitle">{_text(subtitle)}</p>')
    if author:
        parts.append(f'<p class="byline">{_text(byline(author))}</p>')
    return parts


def _section(section: WorksheetSection, blank: bool) -> list[str]:
    parts = [f"<h2>{_text(section.title)}</h2>"]
    if section.article_html is not None:
        parts.append(f'<div class="article-text">{section.article_html}</div>')
    else:
        for checklist in section.checklists:
            tally = "" if blank else f' <span class="tally">{checklist.tally}</span>'
            parts.append(f'<h3 class="checklist">{_text(checklist.title)}{tally}</h3>')
            items = "".join(
                f'<li class="sign"><span class="tick">{tick_glyph(sign.ticked)}</span>'
                f"&nbsp;{_text(sign.text)}</li>"
                for sign in checklist.signs
            )
            parts.append(f'<ul class="signs">{items}</ul>')
    # A prompt is a (small) heading so that it is never left alone at a page's foot.
    prompts = [
        f'<h4 class="prompt">{_text(reflect_prompt(prompt))}</h4>' for prompt in section.prompts
    ]
    if blank:
        parts.extend(prompts or [f'<h4 class="prompt">{_text(word(WRITING_PROMPT))}</h4>'])
        rows = '<tr><td class="line">&nbsp;</td></tr>' * WRITING_LINES
        parts.append(f'<table class="lines" width="100%" cellspacing="0">{rows}</table>')
    else:
        parts.append(f'<h3 class="reflections">{_text(word(REFLECTIONS_HEADING))}</h3>')
        parts.extend(prompts)
        empty = f'<p class="empty">{_text(word(NO_REFLECTION))}</p>'
        parts.extend(_reflections(section.reflections) or [empty])
    return parts


def _checkin(line: CheckInLine) -> str:
    """One check-in as a list item: date, counts, note; the signs that changed under it."""
    note = f" — <em>{_text(line.note)}</em>" if line.note else ""
    changes = "".join(
        f"<li>{_text(word(label))}: {_text('; '.join(signs))}</li>"
        for label, signs in (
            (NOW_TICKED, line.now_ticked),
            (NO_LONGER_TICKED, line.no_longer_ticked),
        )
        if signs
    )
    nested = f"<ul>{changes}</ul>" if changes else ""
    return (
        f"<li><strong>{format_day(line.started)}</strong>: "
        f"{_text(checkin_counts(line.counts))}{note}{nested}</li>"
    )


def _reflections(entries: tuple[ReflectionEntry, ...]) -> list[str]:
    parts = []
    for entry in entries:
        paragraphs = [p for p in entry.text.strip().split("\n\n") if p.strip()]
        body = "".join(
            f"<p>{'<br>'.join(_text(line) for line in p.strip().splitlines())}</p>"
            for p in paragraphs
        )
        parts.append(
            f'<div class="reflection"><p class="when">{format_day(entry.written)}</p>{body}</div>'
        )
    return parts


def _text(value: str) -> str:
    return html.escape(value, quote=False)
