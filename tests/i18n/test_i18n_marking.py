"""Every call that translates can be read by pyside6-lupdate.

lupdate reads the code, not the running program: a context held in a variable, or a
count given as ``n=``, makes it skip the message or take a plural for a single form, and
the catalogue test (which runs the same lupdate) could not notice. These rules keep every
marked string in the catalogue.
"""

from __future__ import annotations

import ast
from pathlib import Path

SOURCES = Path(__file__).resolve().parents[2] / "src" / "tether"
MARKERS = {"translate", "QT_TRANSLATE_NOOP"}


def _calls() -> list[tuple[str, ast.Call]]:
    found = []
    for path in sorted(SOURCES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in MARKERS:
                found.append((f"{path.relative_to(SOURCES)}:{node.lineno}", node))
    return found


def _literal_str(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_strings_are_marked_all_over_the_interface() -> None:
    assert len(_calls()) > 100


def test_every_context_is_written_out() -> None:
    wrong = [where for where, call in _calls() if not call.args or not _literal_str(call.args[0])]
    assert not wrong, f"the context must be a string literal for lupdate: {wrong}"


def test_counts_are_passed_where_lupdate_sees_them() -> None:
    """``n=`` hides the call from lupdate; a plural written out needs a literal count."""
    keyword = [where for where, call in _calls() if call.keywords]
    assert not keyword, f"pass the count positionally (context, text, None, count): {keyword}"
    single_form = [
        where
        for where, call in _calls()
        if len(call.args) == 4
        and _literal_str(call.args[1])
        and not isinstance(call.args[3], ast.Constant)
    ]
    assert not single_form, (
        "a plural's text must be declared with QT_TRANSLATE_NOOP(ctx, text, None, 2) and "
        f"shown with translate(ctx, DECLARED, None, count): {single_form}"
    )


def test_declarations_are_written_out() -> None:
    wrong = [
        where
        for where, call in _calls()
        if getattr(call.func, "id", None) == "QT_TRANSLATE_NOOP"
        and not all(_literal_str(arg) for arg in call.args[:2])
    ]
    assert not wrong, wrong
