"""Reading an article file into its outline: front matter, title, sections and headings.

One parse gives everything: the file's block tokens (see :mod:`tether.content.parser`)
carry every heading with the lines it came from, so the outline never comes from a
separate scan of the lines that could disagree with what the page shows. The words of
the sections are read later, a section at a time, by :mod:`tether.content.loader`.

The outline rule: the title is the front matter's ``title``, else the document's only
``#`` heading when it comes first (then shown once, as the title, not again as a
section), else the file's name. The sections are the headings of the highest level left
(``##`` under a ``#`` title, ``#`` in release notes with one ``#`` per version), ATX and
setext alike; deeper headings are listed under their section. Text before the first
section is the introduction.
"""

from __future__ import annotations

import math
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from tether.content.errors import ArticleError
from tether.content.frontmatter import split_front_matter
from tether.content.html import new_page_parser
from tether.content.limits import (
    MAX_BLOCKS,
    MAX_LINES,
    bound_source,
    collapse_blank_runs,
    shorten_label,
    too_many_blocks,
)
from tether.content.outline.outliner import INTRODUCTION_ID, Outliner, SectionSource
from tether.content.parser import Env
from tether.content.safety import NotAFileError, TooLargeError, read_regular_file
from tether.content.slugs import make_slug
from tether.i18n import translate

__all__ = ["INTRODUCTION_ID", "MAX_ARTICLE_BYTES", "Plan", "SectionSource", "plan_article"]

MAX_ARTICLE_BYTES = 8 * 1024 * 1024
# A long file is planned from its first part (issue 14): about the first screens' worth
# is read before the first paint, the rest in parts of PART_SIZE after it. Only a body
# longer than four first parts is (128 kB): below that, the whole parse costs little.
FIRST_PART_SIZE = 32_000
PART_SIZE = 16_000


class Plan:
    """A file read into front matter, title and sections, before the words are read.

    Planned from its first part, :attr:`sections` are the first sections only until
    :meth:`more` has read the rest (:attr:`outlined`); the list grows in place. A plain
    class, not a dataclass (cheaper to create before the first paint: issue 19).
    """

    __slots__ = (
        "_misread",
        "env",
        "footnotes",
        "md",
        "meta",
        "outliner",
        "sections",
        "text",
        "title",
    )

    def __init__(
        self,
        meta: dict[str, str],
        title: str,
        sections: list[SectionSource],
        md: MarkdownIt,
        footnotes: dict[str, list[Token]],
        env: Env | None = None,
        text: str | None = None,
        outliner: Outliner | None = None,
    ) -> None:
        self.meta = meta
        self.title = title
        self.sections = sections
        self.md = md
        # Each footnote's definition, by label (a note may be defined anywhere in the file).
        self.footnotes = footnotes
        self.env: Env = {} if env is None else env
        # The file's text, kept until the earlier ids are worked out (see legacy_ids).
        self.text = text
        # What reads the rest of the outline; None once it is whole.
        self.outliner = outliner
        self._misread = False

    @property
    def article_id(self) -> str:
        """The article's identity: its front matter id, else the slug of its title."""
        return self.meta.get("id") or make_slug(self.title, "article")

    @property
    def outlined(self) -> bool:
        """Whether every section of the file is in :attr:`sections`."""
        return self.outliner is None

    @property
    def misread(self) -> bool:
        """Whether text read before the outline was whole may have used a link
        definition the whole file does not have: what was read from it must be read
        again from a plan of the whole file (rare: see tether.content.outline.ahead)."""
        return self._misread

    def more(self) -> int:
        """Read the next part of the outline; returns how many sections it added."""
        outliner = self.outliner
        if outliner is None:
            return 0
        added = outliner.more()
        if outliner.whole:
            self._misread = outliner.misread
            self.outliner = None
        return added

    def note(self, tokens: list[Token]) -> None:
        """Tokens about to be read before the outline is whole (see :attr:`misread`)."""
        if self.outliner is not None:
            self.outliner.note(tokens)


def plan_article(path: Path, *, first_part: int | None = None, part_size: int = PART_SIZE) -> Plan:
    """Read a file into its outline, or into the outline of its first ``first_part``
    characters or so when its body is longer than four times that (see :class:`Plan`).

    Raises :class:`ArticleError`, naming the file and the reason, when it cannot be read,
    is not a text file, or has nothing to read.
    """
    source = collapse_blank_runs(read_text(path))
    front = split_front_matter(source)
    lines = front.body.split("\n")
    if len(lines) > MAX_LINES:
        raise ArticleError(
            path,
            translate(
                "ArticleError", "it has {lines} lines; Tether opens articles of up to {limit}."
            ).format(lines=f"{len(lines):,}", limit=f"{MAX_LINES:,}"),
        )
    blocks = too_many_blocks(front.body)
    if blocks is not None:
        raise ArticleError(
            path,
            translate(
                "ArticleError",
                "it has about {blocks} paragraphs, list items and headings; Tether opens "
                "articles of up to {limit}.",
            ).format(blocks=f"{blocks:,}", limit=f"{MAX_BLOCKS:,}"),
        )
    body = "\n".join(bound_source(lines))
    outliner = Outliner(new_page_parser(), body, front.first_line, part_size)
    if first_part is not None and len(body) <= 4 * first_part:
        first_part = None
    outliner.read_first(first_part)
    if not outliner.sections:
        raise ArticleError(path, translate("ArticleError", "the file has no text to read."))
    title = front.meta.get("title") or outliner.title_words
    if title is None:
        title = path.stem.replace("-", " ").replace("_", " ")
    title = shorten_label(" ".join(title.split()))
    return Plan(
        front.meta,
        title,
        outliner.sections,
        outliner.md,
        outliner.render_footnotes,
        outliner.render_env,
        source,
        None if outliner.whole else outliner,
    )


def read_text(path: Path) -> str:
    """The file's text, or :class:`ArticleError` saying why it is not an article."""
    try:
        data = read_regular_file(path, MAX_ARTICLE_BYTES)
    except TooLargeError as error:
        # Rounded up, so a file just over the limit never reads as "8.0 MB; limit 8 MB".
        megabytes = math.ceil(error.size / 1048576 * 10) / 10
        limit = MAX_ARTICLE_BYTES // 1048576
        raise ArticleError(
            path,
            translate(
                "ArticleError", "the file is {size} MB; the limit is {limit} MB for an article."
            ).format(size=f"{megabytes:.1f}", limit=limit),
        ) from None
    except NotAFileError:
        raise ArticleError(
            path,
            translate(
                "ArticleError",
                "it is not a regular file (a pipe or a device, say), so it is not read.",
            ),
        ) from None
    except FileNotFoundError:
        raise ArticleError(path, translate("ArticleError", "the file does not exist.")) from None
    except IsADirectoryError:
        raise ArticleError(path, translate("ArticleError", "it is a folder, not a file.")) from None
    except PermissionError:
        raise ArticleError(
            path, translate("ArticleError", "you do not have permission to read it.")
        ) from None
    except OSError as error:
        raise ArticleError(
            path,
            translate("ArticleError", "it could not be read ({reason}).").format(
                reason=error.strerror or error
            ),
        ) from None
    if b"\x00" in data:
        raise ArticleError(
            path, translate("ArticleError", "it is a binary file, not Markdown text.")
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleError(
            path,
            translate(
                "ArticleError", "it is not UTF-8 text (byte {byte} cannot be decoded)."
            ).format(byte=error.start),
        ) from None
