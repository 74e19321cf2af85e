"""The translation catalogues hold every string of the interface, translated.

The strings are found the way translators get them: ``pyside6-lupdate`` reads the code
into a fresh catalogue, which is compared with the committed ``.ts`` files. A string
added to the code without its German and Spanish fails here, as does a translation that
lost a placeholder (``{count}``, ``%n``) the code fills in.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tether import i18n
from tether.bundled import resource_path
from tether.i18n.install import choose_language, install_language, system_languages

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "src" / "tether"
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGE_CODES = [code for code, _name in i18n.LANGUAGES if code != "en"]
_PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%[0-9]")

Key = tuple[str, str]  # (context, source)


def _messages(path: Path) -> dict[Key, ET.Element]:
    root = ET.parse(path).getroot()
    found: dict[Key, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms if message.get("numerus") == "yes" else [translation.text or ""]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    """What lupdate finds in the code today."""
    target = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(path) for path in SOURCES.rglob("*.py"))
    subprocess.run(
        [str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(target)],
        check=True,
        capture_output=True,
    )
    return _messages(target)


def test_the_code_marks_strings_for_translation(extracted: dict[Key, ET.Element]) -> None:
    assert ("Preferences", "Preferences") in extracted


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_string_of_the_code_is_translated(
    code: str, extracted: dict[Key, ET.Element]
) -> None:
    committed = _messages(CATALOGUES / f"tether_{code}.ts")
    missing = sorted(key for key in extracted if key not in committed)
    assert not missing, f"not in tether_{code}.ts (run packaging/translations): {missing[:20]}"
    unfinished = sorted(
        key
        for key in extracted
        if committed[key].find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        or not all(_translations(committed[key]))
    )
    assert not unfinished, f"untranslated in tether_{code}.ts: {unfinished[:20]}"


def test_english_has_every_plural_form(extracted: dict[Key, ET.Element]) -> None:
    """English is the code's own language; its catalogue gives "1 sign" and "2 signs"."""
    committed = _messages(CATALOGUES / "tether_en.ts")
    plurals = [key for key, message in extracted.items() if message.get("numerus") == "yes"]
    lacking = [
        key for key in plurals if key not in committed or not all(_translations(committed[key]))
    ]
    assert not lacking, f"plural forms missing in tether_en.ts: {lacking[:20]}"


@pytest.mark.parametrize("code", ["en", *LANGUAGE_CODES])
def test_translations_keep_the_placeholders_the_code_fills(code: str) -> None:
    wrong = []
    for (context, source), message in _messages(CATALOGUES / f"tether_{code}.ts").items():
        wanted = sorted(set(_PLACEHOLDER.findall(source)))
        if message.get("numerus") == "yes" and "%n" not in wanted:
            wanted = sorted({*wanted, "%n"})
        for text in _translations(message):
            if text and sorted(set(_PLACEHOLDER.findall(text))) != wanted:
                wrong.append((context, source, text))
    assert not wrong, wrong[:10]


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_the_compiled_catalogue_is_installed_and_speaks_the_language(code: str) -> None:
    assert (resource_path("translations") / f"tether_{code}.qm").is_file()
    try:
        assert install_language(code)
        assert i18n.translate("Preferences", "Preferences") != "Preferences"
        assert i18n.translate("Preferences", "Follow System") != "Follow System"
    finally:
        install_language("en")
    assert i18n.translate("Preferences", "Preferences") == "Preferences"


def test_the_desktop_language_is_followed_in_gettext_order() -> None:
    assert system_languages({"LANGUAGE": "fr:de_AT", "LANG": "es_ES.UTF-8"}) == ["fr", "de", "es"]
    assert system_languages({"LC_ALL": "es_MX.UTF-8", "LANG": "de_DE.UTF-8"}) == ["es"]
    assert choose_language("system", {"LANGUAGE": "fr:de_AT"}) == "de"
    assert choose_language("system", {"LANG": "es_ES.UTF-8"}) == "es"
    assert choose_language("system", {"LANG": "ja_JP.UTF-8", "LANGUAGE": "ja"}) == "en"
    assert choose_language("es", {"LANG": "de_DE.UTF-8"}) == "es"  # Preferences win


def test_plurals_read_right_in_english_without_a_catalogue() -> None:
    install_language("en")
    assert i18n.translate("Any", "%n signs ticked", n=3) == "3 signs ticked"
