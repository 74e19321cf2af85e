"""File › Open Recent: most recent first, at most ten, pruned of files that have gone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from ui_helpers import ModalCloser, recent_menu

from tether.content import Article, load_article
from tether.i18n.install import install_language
from tether.ui.actions import Menu
from tether.ui.main_window import MainWindow
from tether.ui.recent_files import MAX_RECENT, RecentFiles

TRUST = "# Notes on Trust\n\n## Asking\n\n- [ ] Asking for help\n"


def article_file(folder: Path, name: str, title: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"# {title or name}\n\n## Part\n\nText.\n", encoding="utf-8")
    return path


def entries(window: MainWindow) -> list[str]:
    """The menu as the reader sees it when they open it."""
    recent_menu(window).aboutToShow.emit()
    return [action.text() for action in recent_menu(window).actions() if not action.isSeparator()]


def listed_paths(window: MainWindow) -> list[Path]:
    recent_menu(window).aboutToShow.emit()
    return [Path(a.data()) for a in recent_menu(window).actions() if isinstance(a.data(), str)]


def entry_for(window: MainWindow, path: Path) -> QAction:
    recent_menu(window).aboutToShow.emit()
    for action in recent_menu(window).actions():
        if action.data() == str(path.resolve()):
            return action
    raise AssertionError(f"{path} is not in Open Recent")


def test_open_recent_sits_in_the_file_menu_after_open(open_window) -> None:
    window = open_window()
    texts = [action.text() for action in window.menus[Menu.FILE].actions()]

    assert texts[:3] == ["&Open Article…", "Open &Recent", "&Library"]


def test_opened_articles_are_listed_most_recent_first(open_window, tmp_path: Path) -> None:
    window = open_window()
    first = article_file(tmp_path, "first.md")
    second = article_file(tmp_path, "second.md")

    window.open_path(first)
    window.open_path(second)
    window.open_path(first)

    paths = listed_paths(window)
    assert paths[:2] == [first.resolve(), second.resolve()]
    assert paths[2] == window_bundled_path(window, paths)
    assert entries(window)[0].startswith("&1 first.md — ")


def window_bundled_path(window: MainWindow, paths: list[Path]) -> Path:
    """The bundled article, which the window showed first."""
    bundled = [path for path in paths if path.name == "independence-is-not-disconnection.md"]
    assert len(bundled) == 1
    return bundled[0]


def test_the_list_keeps_the_ten_most_recent(open_window, tmp_path: Path) -> None:
    window = open_window()
    paths = [article_file(tmp_path, f"article-{n:02d}.md") for n in range(12)]

    for path in paths:
        window.open_path(path)

    assert listed_paths(window) == [path.resolve() for path in reversed(paths)][:MAX_RECENT]


def test_a_file_that_has_gone_is_taken_off_with_a_notice_naming_it(
    open_window, tmp_path: Path
) -> None:
    install_language("en")  # the English catalogue gives the plural its words
    window = open_window()
    kept = article_file(tmp_path, "kept.md")
    gone = article_file(tmp_path, "gone away.md")
    window.open_path(gone)
    window.open_path(kept)
    gone.unlink()

    paths = listed_paths(window)

    assert gone.resolve() not in paths
    assert kept.resolve() in paths
    assert window.statusBar().currentMessage() == (
        "Removed 1 article that no longer exists from Open Recent: “gone away.md”."
    )


def test_choosing_an_entry_opens_that_article(open_window, tmp_path: Path) -> None:
    window = open_window()
    trust = tmp_path / "trust.md"
    trust.write_text(TRUST, encoding="utf-8")
    window.open_path(trust)
    window.open_path(article_file(tmp_path, "other.md", "Something Else"))

    with ModalCloser() as closer:
        entry_for(window, trust).trigger()

    assert closer.seen == []
    assert window.windowTitle() == "Notes on Trust — Tether"
    assert listed_paths(window)[0] == trust.resolve()


def test_an_entry_that_went_bad_says_why_and_the_article_stays(open_window, tmp_path: Path) -> None:
    window = open_window()
    path = article_file(tmp_path, "soon-broken.md")
    window.open_path(path)
    action = entry_for(window, path)
    window.open_path(article_file(tmp_path, "on-screen.md", "On Screen"))
    path.write_bytes(b"\x00\x01\x02 not text any more")

    with ModalCloser() as closer:
        action.trigger()

    assert [dialog.title for dialog in closer.seen] == ["Cannot Open Article"]
    assert "soon-broken.md" in closer.seen[0].text
    assert "binary" in closer.seen[0].text
    assert window.windowTitle() == "On Screen — Tether"
    assert path.resolve() in listed_paths(window)  # still there: the reader may mend it


def test_an_entry_deleted_while_the_menu_was_open_says_so_and_leaves_the_list(
    open_window, tmp_path: Path
) -> None:
    window = open_window()
    path = article_file(tmp_path, "deleted.md")
    window.open_path(path)
    action = entry_for(window, path)
    path.unlink()

    with ModalCloser() as closer:
        action.trigger()

    assert "does not exist" in closer.seen[0].text
    assert "“deleted.md”" in window.statusBar().currentMessage()
    assert path.resolve() not in listed_paths(window)


def test_clear_recent_empties_the_list(open_window, tmp_path: Path) -> None:
    window = open_window()
    window.open_path(article_file(tmp_path, "one.md"))
    recent_menu(window).aboutToShow.emit()
    clear = next(a for a in recent_menu(window).actions() if a.text() == "&Clear Recent")

    clear.trigger()

    assert entries(window) == ["No Recent Articles", "&Clear Recent"]
    assert not [a for a in recent_menu(window).actions() if a.isEnabled() and a.text()]


def test_the_list_survives_a_restart(
    open_window, tmp_path: Path, settings_path: Path, bundled_article: Article
) -> None:
    window = open_window()
    path = article_file(tmp_path, "remember-me.md")
    window.open_path(path)

    again = open_window(load_article(path))

    assert listed_paths(again)[0] == path.resolve()
    stored = RecentFiles(QSettings(str(settings_path), QSettings.Format.IniFormat)).paths()
    assert stored[0] == path.resolve()


def test_ampersands_in_file_names_are_shown_not_taken_as_shortcuts(
    open_window, tmp_path: Path
) -> None:
    window = open_window()
    window.open_path(article_file(tmp_path, "love & work.md"))

    assert entries(window)[0].startswith("&1 love && work.md")


def test_the_article_shown_at_start_is_listed(open_window) -> None:
    window = open_window()

    assert recent_menu(window).recent.paths()[0].name == "independence-is-not-disconnection.md"
