"""A workshop's tally as a file: Markdown to read, CSV for a spreadsheet (issue 17).

Made from the article's signs and a :class:`~tether.store.history.Workshop`'s counts: how
many people in the room recognised each sign, counted anonymously by the facilitator. A
reader's own ticks are never part of it (they are not in a workshop at all).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tether.content import Article
from tether.export.files import ExportError, write_text
from tether.export.wording import workshop_title
from tether.i18n import QT_TRANSLATE_NOOP, translate
from tether.store import Workshop

CSV_COLUMNS = ("sign", "group", "count", "date")
_SAVED = QT_TRANSLATE_NOOP("Tally", "Saved the tally of %n signs to {file}.", None, 2)


def workshop_date(workshop: Workshop) -> str:
    """The workshop's day, as the facilitator's computer counts days: 2026-12-04."""
    return workshop.started.astimezone().date().isoformat()


def tally_csv(article: Article, workshop: Workshop) -> str:
    """One row per sign the room was asked about: sign, group, count, date."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    day = workshop_date(workshop)
    for group in article.sign_groups:
        for sign in group.signs:
            if sign.id in workshop.counts:
                writer.writerow((sign.text, group.title, workshop.counts[sign.id], day))
    return out.getvalue()


def tally_markdown(article: Article, workshop: Workshop) -> str:
    """A heading per checklist the room went through, a table of its signs and counts."""
    lines = [
        "# " + translate("Tally", "{title}: workshop tally").format(title=article.title),
        "",
        f"{workshop_title(workshop)} · {workshop_date(workshop)}",
        "",
        translate(
            "Tally",
            "How many people in the room recognised each sign (counted by the facilitator; "
            "no names).",
        ),
    ]
    header = "| {sign} | {count} |".format(
        sign=translate("Tally", "Sign"), count=translate("Tally", "Count")
    )
    for group in article.sign_groups:
        if not any(sign.id in workshop.counts for sign in group.signs):
            continue
        lines += ["", f"## {_cell(group.title)}", "", header, "| --- | ---: |"]
        for sign in group.signs:
            count = workshop.counts.get(sign.id)
            lines.append(f"| {_cell(sign.text)} | {'—' if count is None else count} |")
    if len(lines) == 5:
        lines += ["", translate("Tally", "Nothing was counted in this workshop.")]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    """Words safe in a Markdown table cell or heading."""
    return text.replace("|", "\\|").replace("\n", " ")


def write_tally(path: Path, article: Article, workshop: Workshop) -> str:
    """Write the tally as CSV (a ``.csv`` name) or Markdown (else); a sentence saying so.

    Raises ExportError, and changes nothing, if the file cannot be written.
    """
    is_csv = path.suffix.lower() == ".csv"
    if not is_csv and path.suffix.lower() not in (".md", ".markdown"):
        raise ExportError(
            translate("Tally", "{name}: a workshop tally is saved as .csv or .md.").format(
                name=path.name
            )
        )
    text = tally_csv(article, workshop) if is_csv else tally_markdown(article, workshop)
    write_text(path, text, replace=True)
    counted = len(workshop.counts)
    return translate("Tally", _SAVED, None, counted).format(file=path)
