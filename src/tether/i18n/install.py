"""Choose the interface language and load its catalogues (Tether's and Qt's own).

The language comes from the Preferences (``language`` in settings.ini: "system", "en",
"de" or "es"); "system" follows the desktop: ``LANGUAGE`` (a colon-separated list, as
GNU gettext reads it), then ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``, then Qt's idea of
the system's languages (Windows, macOS). The first language Tether ships wins; English
when none does.

Tether's catalogue (``resources/translations/tether_<code>.qm``, compiled from the
``.ts`` files when the package is built) serves :func:`tether.i18n.translate`; Qt's own
``qtbase_<code>.qm`` from the PySide6 wheel is installed too, so that standard dialogs
(open file, print, colours) and the buttons Qt names speak the same language.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tether import i18n
from tether.bundled import resource_path

CATALOGUE = "tether"
_SHIPPED = tuple(code for code, _name in i18n.LANGUAGES)
_ENV_ORDER = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

# The translators in use: QCoreApplication keeps only a pointer, so Python must keep them.
_installed: list[QTranslator] = []


def _base_code(name: str) -> str:
    """ "de_DE.UTF-8@euro" → "de"; "C" and "POSIX" → ""."""
    code = name.split(".", 1)[0].split("@", 1)[0].replace("-", "_").split("_", 1)[0]
    return "" if code in ("C", "POSIX") else code.lower()


def system_languages(environ: Mapping[str, str] | None = None) -> list[str]:
    """The desktop's interface languages, most preferred first, as two-letter codes."""
    env = os.environ if environ is None else environ
    codes: list[str] = []
    for variable in _ENV_ORDER:
        value = env.get(variable, "")
        names = value.split(":") if variable == "LANGUAGE" else [value]
        codes += [code for code in map(_base_code, names) if code]
        if variable != "LANGUAGE" and value:
            break  # the first locale variable set is the one in force (as in POSIX)
    if not codes:
        codes = [_base_code(name) for name in QLocale.system().uiLanguages()]
    return [code for code in codes if code]


def choose_language(preference: str, environ: Mapping[str, str] | None = None) -> str:
    """The language code to show the interface in: a shipped one, English by default."""
    if preference in _SHIPPED:
        return preference
    for code in system_languages(environ):
        if code in _SHIPPED:
            return code
    return "en"


def _load(translator: QTranslator, name: str, folder: str) -> bool:
    return bool(translator.load(name, folder))


def install_language(code: str) -> bool:
    """Show the interface in ``code`` from now on; False when its catalogue is missing.

    English is the language the code is written in; its small catalogue holds only the
    plural forms ("1 sign", "2 signs"). For another language, Tether's catalogue is
    required (without it the interface stays English, and False says so); Qt's own is
    used when the PySide6 wheel has it. Numbers and dates follow the language, unless the
    system's locale is already a variant of it (de_AT keeps its own date order).
    """
    _uninstall()
    if code not in _SHIPPED:
        code = "en"
    ours = QTranslator()
    if not _load(ours, f"{CATALOGUE}_{code}", str(resource_path("translations"))):
        i18n.set_lookup(None)
        _set_locale("en")
        return code == "en"  # English reads as written, only its plurals would be lost
    # The application gets a copy of its own: PySide deletes the translators an
    # application held when it is destroyed (the headless PDF export makes and ends one),
    # and the lookup must outlive it.
    for_app = QTranslator()
    if _load(for_app, f"{CATALOGUE}_{code}", str(resource_path("translations"))):
        _installed.append(for_app)
    qt_own = QTranslator()
    if _load(
        qt_own, f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        _installed.append(qt_own)
    _set_locale(code)

    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return ours.translate(context, text, disambiguation, n) or ""

    i18n.set_lookup(lookup, lambda number: QLocale().toString(number), code)
    attach_to_application()
    return True


def attach_to_application() -> None:
    """Give the application the catalogues (for Qt's own words and layout direction).

    The language may be chosen before the QApplication exists (the command line's
    messages are translated too); then this is called again once it does.
    """
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _installed:
        QCoreApplication.installTranslator(translator)


def _uninstall() -> None:
    if QCoreApplication.instance() is not None:
        for translator in _installed:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()


def _set_locale(code: str) -> None:
    system = QLocale.system()
    if _base_code(system.name()) == code:
        # By its name, not the system locale itself: on Linux Qt names the system locale
        # after LANGUAGE but reads its month names from LC_TIME/LANG, so LANGUAGE=de with
        # LANG=C.UTF-8 would write "5. May 2025". The name keeps a variant's own order.
        QLocale.setDefault(QLocale(system.name()))
    elif code == "en" and _base_code(system.name()) == "":
        QLocale.setDefault(QLocale("en_GB"))
    else:
        QLocale.setDefault(QLocale(code))
