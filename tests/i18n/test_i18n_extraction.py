"""pyside6-lupdate reads every marked string the way the code means it.

lupdate's Python reader is not Python: it reads ``translate("Ctx", "text", None, count)``
as an old-style *encoding* argument, so the message arrives without its plural forms;
``translate(…, n=count)`` or ``translate(…, None, len(items))`` it skips altogether, and
the string never reaches the catalogue — the catalogue test cannot see what lupdate did
not extract. This test reads the code with Python's own parser, finds every call of
``translate``, ``QT_TRANSLATE_NOOP`` and ``Context.tr`` whose words are written in it, and
fails for each one lupdate lost, or read without the plural the code asks for.

A plural that lupdate reads: ``Context.tr("%n thing(s)", None, count)`` (any count; the
context is the name before ``.tr``), or ``translate("Ctx", "%n thing(s)", None, 3)`` (a
literal number only).
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

SOURCES = Path(__file__).resolve().parents[2] / "src" / "tether"
_TRANSLATE = {"translate", "QT_TRANSLATE_NOOP"}


@dataclass(frozen=True)
class Marked:
    """A call in the code that marks a string, as Python reads it."""

    where: str
    context: str
    text: str
    plural: bool


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def marked_in_code() -> list[Marked]:
    """Every translate / QT_TRANSLATE_NOOP / X.tr call with its words written out."""
    found: list[Marked] = []
    for path in sorted(SOURCES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            where = f"{path.relative_to(SOURCES.parent)}:{node.lineno}"
            name = _name(node.func)
            plural_given = any(keyword.arg == "n" for keyword in node.keywords)
            if name in _TRANSLATE and len(node.args) >= 2:
                context, text = _literal(node.args[0]), _literal(node.args[1])
                if context is not None and text is not None:
                    plural = plural_given or len(node.args) >= 4
                    found.append(Marked(where, context, text, plural))
            elif (
                name == "tr"
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id != "self"
                and node.args
                and (text := _literal(node.args[0])) is not None
            ):
                plural = plural_given or len(node.args) >= 3
                found.append(Marked(where, node.func.value.id, text, plural))
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], bool]:
    """What lupdate reads from the code: (context, source) → whether it is a plural."""
    target = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(path) for path in SOURCES.rglob("*.py"))
    subprocess.run(
        [str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(target)],
        check=True,
        capture_output=True,
    )
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): (
            message.get("numerus") == "yes"
        )
        for context in ET.parse(target).getroot().iter("context")
        for message in context.iter("message")
    }


def test_the_code_is_read_for_marked_strings() -> None:
    assert any(call.context == "Actions" for call in marked_in_code())


def test_lupdate_reads_every_marked_string(extracted: dict[tuple[str, str], bool]) -> None:
    lost = [call for call in marked_in_code() if (call.context, call.text) not in extracted]

    assert lost == [], "lupdate does not read these calls; see this module's docstring"


def test_lupdate_reads_every_plural_as_a_plural(extracted: dict[tuple[str, str], bool]) -> None:
    singular = [
        call
        for call in marked_in_code()
        if call.plural and not extracted.get((call.context, call.text), True)
    ]

    assert singular == [], "lupdate reads these without plural forms; see the docstring"
