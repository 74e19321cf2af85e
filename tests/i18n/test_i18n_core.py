"""The command line, exports, and the content and store layers' messages, translated.

The real ``tether`` command runs with ``LANGUAGE=de`` or ``es`` as a desktop would set
it; the Qt-free layers are checked in process with the language installed (and English
put back afterwards, for the tests that read English words).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tether.bundled import bundled_article_path
from tether.content import ArticleError, load_article
from tether.export.worksheet import build_worksheet
from tether.i18n.install import install_language
from tether.look.theme import theme_choices
from tether.store import Store, StoreError, ensure_private_dir
from tether.store.repair.snapshot import RowCounts
from tether.store.transfer import restore_from

TETHER = Path(sys.executable).with_name("tether")
TIMEOUT_S = 60
REFLECTION = "Capybara afternoons taught me to ask for help."
# 5 May 2025 at noon (UTC): the same day in every time zone a test machine uses.
WRITTEN = datetime(2025, 5, 5, 12, 0, tzinfo=UTC)


def run_tether(
    tmp_path: Path, language: str, *args: str | Path
) -> subprocess.CompletedProcess[str]:
    """The real command in ``language``, its home and data under ``tmp_path``."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env.pop("TETHER_DATA_DIR", None)
    env.update(
        LANGUAGE=language,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    return subprocess.run(
        [str(TETHER), *map(str, args)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )


@pytest.fixture
def in_language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The interface in the language the test is parametrised with, English after it."""
    code = str(request.param)
    assert install_language(code)
    try:
        yield code
    finally:
        install_language("en")


@pytest.fixture
def reader_dir(tmp_path: Path) -> Path:
    """A data folder with one tick and one reflection, written on 5 May 2025."""
    folder = tmp_path / "data"
    article = load_article(bundled_article_path())
    with Store.open_in(folder, clock=lambda: WRITTEN) as store:
        store.set_tick(article.id, article.signs[0].id, True)
        store.save_reflection(article.id, article.sections[1].id, REFLECTION)
    return folder


@pytest.mark.e2e
def test_the_help_is_german_with_language_de(tmp_path: Path) -> None:
    done = run_tether(tmp_path, "de", "--help")

    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Aufruf: tether")
    assert "Optionen:" in done.stdout
    assert "diese Hilfe anzeigen und beenden" in done.stdout
    assert "Arbeitsblatt exportieren (es wird kein Fenster geöffnet)" in done.stdout
    assert "alle Daten und Einstellungen von Tether in diesem" in done.stdout
    assert "show this help message" not in done.stdout


@pytest.mark.e2e
def test_a_command_line_mistake_is_told_in_german(tmp_path: Path) -> None:
    unknown = run_tether(tmp_path, "de", "--no-such-option")
    alone = run_tether(tmp_path, "de", "--blank")

    assert unknown.returncode == 2
    assert "tether: Fehler: unbekannte Argumente: --no-such-option" in unknown.stderr
    assert alone.returncode == 2
    assert alone.stderr.strip() == (
        "tether: --blank, --with-article und --force gehören zu --export-worksheet OUT."
    )


@pytest.mark.e2e
def test_the_help_stays_english_with_language_en(tmp_path: Path) -> None:
    done = run_tether(tmp_path, "en", "--help")

    assert done.stdout.startswith("usage: tether")
    assert "show this help message and exit" in done.stdout


@pytest.mark.e2e
def test_a_worksheet_exported_with_language_de_is_german(tmp_path: Path, reader_dir: Path) -> None:
    out = tmp_path / "arbeitsblatt.md"

    done = run_tether(tmp_path, "de", "--data-dir", reader_dir, "--export-worksheet", out)

    assert done.returncode == 0, done.stderr
    assert "tether: Arbeitsblatt zu „" in done.stdout
    text = out.read_text(encoding="utf-8")
    assert "— Worksheet" not in text
    assert " – Arbeitsblatt" in text.splitlines()[0]
    assert "**Ihre Reflexionen**" in text
    assert "*5. Mai 2025*" in text  # the reflection's day, the German way
    assert "Erstellt am " in text
    assert "*Noch keine Reflexion geschrieben.*" in text
    assert "- **5. Mai 2025**: " in text  # the check-in the tick began
    assert " von " in text  # its count: "1 von 4"
    assert REFLECTION in text  # the reader's own words stay as written


@pytest.mark.e2e
def test_the_language_chosen_in_preferences_also_speaks_in_a_headless_export(
    tmp_path: Path, reader_dir: Path
) -> None:
    """An English desktop, German chosen in Preferences: the exported worksheet is German,
    as File › Export's would be."""
    (reader_dir / "settings.ini").write_text("[preferences]\nlanguage=de\n", encoding="utf-8")
    out = tmp_path / "arbeitsblatt.md"

    done = run_tether(tmp_path, "en", "--data-dir", reader_dir, "--export-worksheet", out)

    assert done.returncode == 0, done.stderr
    assert "**Ihre Reflexionen**" in out.read_text(encoding="utf-8")


@pytest.mark.e2e
def test_a_pdf_worksheet_exported_with_language_de_is_german(
    tmp_path: Path, reader_dir: Path
) -> None:
    import pypdf

    out = tmp_path / "arbeitsblatt.pdf"

    done = run_tether(tmp_path, "de", "--data-dir", reader_dir, "--export-worksheet", out)

    assert done.returncode == 0, done.stderr
    assert "tether: Arbeitsblatt zu „" in done.stdout
    pages = pypdf.PdfReader(out).pages
    text = " ".join(" ".join(page.extract_text() for page in pages).split())
    assert "Ihre Reflexionen" in text
    assert "5. Mai 2025" in text
    assert "Your reflections" not in text
    assert "1 von " in text  # the page footer


@pytest.mark.e2e
def test_a_blank_handout_with_language_de_has_german_name_and_date_lines(
    tmp_path: Path, reader_dir: Path
) -> None:
    out = tmp_path / "handout.html"

    done = run_tether(
        tmp_path, "de", "--data-dir", reader_dir, "--export-worksheet", out, "--blank"
    )

    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert "Name: " in text
    assert "Datum: " in text
    assert "Date:" not in text
    assert "leeres Arbeitsblatt" in done.stdout


@pytest.mark.parametrize(
    ("in_language", "day", "reflections"),
    [("de", "5. Mai 2025", "Ihre Reflexionen"), ("es", "5 de mayo de 2025", "Sus reflexiones")],
    indirect=["in_language"],
)
def test_worksheet_words_and_dates_follow_the_interface_language(
    in_language: str, day: str, reflections: str, reader_dir: Path
) -> None:
    from tether.export.markdown_writer import worksheet_markdown

    article = load_article(bundled_article_path())
    with Store.open_in(reader_dir) as store:
        text = worksheet_markdown(build_worksheet(article, store))

    assert f"**{reflections}**" in text
    assert f"*{day}*" in text


@pytest.mark.parametrize("in_language", ["es"], indirect=True)
def test_an_article_error_is_told_in_spanish(in_language: str, tmp_path: Path) -> None:
    with pytest.raises(ArticleError) as missing:
        load_article(tmp_path / "nowhere.md")
    folder = tmp_path / "a-folder.md"
    folder.mkdir()
    with pytest.raises(ArticleError) as not_a_file:
        load_article(folder)

    assert (
        str(missing.value)
        == f"No se puede abrir «{tmp_path / 'nowhere.md'}»: el archivo no existe."
    )
    assert not_a_file.value.reason == "es una carpeta, no un archivo."


@pytest.mark.parametrize("in_language", ["es"], indirect=True)
def test_a_store_error_is_told_in_spanish(in_language: str, tmp_path: Path) -> None:
    taken = tmp_path / "taken"
    taken.write_text("not a folder", encoding="utf-8")
    with pytest.raises(StoreError) as not_a_folder:
        ensure_private_dir(taken)
    with Store.open_in(tmp_path / "data") as store, pytest.raises(StoreError) as empty:
        restore_from(store, tmp_path / "empty.sqlite3")

    assert "no puede usar" in str(not_a_folder.value)
    assert "no es una carpeta" in str(not_a_folder.value)
    assert str(empty.value) == f"{tmp_path / 'empty.sqlite3'} no existe."


@pytest.mark.parametrize("in_language", ["es"], indirect=True)
def test_recovered_rows_are_counted_in_spanish_plurals(in_language: str) -> None:
    assert RowCounts(reflections=1, ticks=3).in_words() == "1 reflexión y 3 marcas de la lista"
    assert RowCounts().in_words() == "ningún dato"


def test_recovered_rows_read_right_in_english() -> None:
    assert RowCounts(reflections=1, ticks=3).in_words() == "1 reflection and 3 checklist ticks"


@pytest.mark.e2e
def test_an_article_that_cannot_be_opened_is_told_in_spanish_by_the_command(
    tmp_path: Path,
) -> None:
    done = run_tether(
        tmp_path, "es", "--data-dir", tmp_path / "data", "--quit-after-startup", "nowhere.md"
    )

    assert done.returncode == 2
    assert "tether: No se puede abrir «nowhere.md»: el archivo no existe." in done.stderr


@pytest.mark.parametrize(
    ("in_language", "dark"), [("de", "Dunkel"), ("es", "Oscuro")], indirect=["in_language"]
)
def test_theme_names_are_in_the_interface_language(in_language: str, dark: str) -> None:
    names = dict(theme_choices())
    assert names["dark"] == dark
