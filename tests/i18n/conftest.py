"""Fixtures for translation tests: the widget tests' main window, and a chosen language.

The main window is built exactly as in ``tests/ui`` (its fixtures are taken from
``tests/ui/conftest.py``, not copied), so a window checked here in German or in the
pseudo-locale is the one the other tests check in English.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tether.i18n.install import install_language

_UI_TESTS = Path(__file__).resolve().parents[1] / "ui"
# The widget tests' helpers (ui_helpers, the accessible-names walk) import by bare name.
if str(_UI_TESTS) not in sys.path:
    sys.path.insert(0, str(_UI_TESTS))

_spec = importlib.util.spec_from_file_location("tether_ui_test_fixtures", _UI_TESTS / "conftest.py")
assert _spec is not None
assert _spec.loader is not None
_ui_fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_ui_fixtures)

_fonts = _ui_fixtures._fonts
settings_path = _ui_fixtures.settings_path
open_window = _ui_fixtures.open_window

Speak = Callable[[str], None]


@pytest.fixture
def speak() -> Iterator[Speak]:
    """Switch the interface to a language (``speak("de")``) for the rest of the test.

    Build the window after the call: words are translated as widgets are made. English
    comes back afterwards, so that the tests after this one read English.
    """

    def switch(code: str) -> None:
        assert install_language(code), f"no compiled catalogue for {code!r}: pip install -e ."

    yield switch
    install_language("en")
