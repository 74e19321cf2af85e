"""tether.fs: a named pipe, a device or a folder is refused at once, never waited on."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tether.content import ArticleError, load_article
from tether.fs import (
    NotAFileError,
    TooLargeError,
    check_regular,
    check_target,
    open_regular,
    read_regular_file,
)
from tether.store import Store, StoreError
from tether.store.transfer import back_up_to

# A refusal comes at once; the bound is coarse so a busy machine never fails it.
# A pipe that blocked would never return; a few seconds leave room for a busy machine
# (these refusals take milliseconds).
AT_ONCE_S = 5.0


def pipe(tmp_path: Path) -> Path:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return path


def zero(tmp_path: Path) -> Path:
    path = tmp_path / "zero"
    path.symlink_to("/dev/zero")
    return path


@pytest.mark.parametrize("make", [pipe, zero], ids=["named-pipe", "dev-zero"])
@pytest.mark.parametrize(
    "use",
    [
        lambda path: read_regular_file(path, 1024),
        check_regular,
        lambda path: os.close(open_regular(path)),
    ],
    ids=["read", "check", "open"],
)
def test_pipes_and_devices_are_refused_at_once(
    make: Callable[[Path], Path], use: Callable[[Path], object], tmp_path: Path
) -> None:
    path = make(tmp_path)

    started = time.monotonic()
    with pytest.raises(NotAFileError):
        use(path)

    assert time.monotonic() - started < AT_ONCE_S


def test_a_folder_a_missing_file_and_a_large_file_are_told_apart(tmp_path: Path) -> None:
    big = tmp_path / "big"
    big.write_bytes(b"x" * 2048)

    with pytest.raises(IsADirectoryError):
        check_regular(tmp_path)
    with pytest.raises(FileNotFoundError):
        check_regular(tmp_path / "missing")
    with pytest.raises(TooLargeError) as caught:
        read_regular_file(big, 1024)
    assert caught.value.size == 2048
    assert read_regular_file(big, 4096) == b"x" * 2048


def test_a_target_is_only_looked_at(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("kept", encoding="utf-8")
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")

    assert check_target(tmp_path / "file") is True
    assert check_target(tmp_path / "missing") is False
    assert check_target(tmp_path / "dangling") is False
    with pytest.raises(NotAFileError):
        check_target(pipe(tmp_path))
    with pytest.raises(IsADirectoryError):
        check_target(tmp_path)


def test_an_article_that_is_a_named_pipe_is_refused_at_once(tmp_path: Path) -> None:
    article = tmp_path / "article.md"
    os.mkfifo(article)

    started = time.monotonic()
    with pytest.raises(ArticleError, match="not a regular file"):
        load_article(article)

    assert time.monotonic() - started < AT_ONCE_S


def test_a_backup_over_a_named_pipe_is_refused_and_the_pipe_kept(
    store: Store, tmp_path: Path
) -> None:
    target = tmp_path / "backup.sqlite3"
    os.mkfifo(target)

    with pytest.raises(StoreError, match="not an ordinary file"):
        back_up_to(store, target, replace=True)

    assert target.is_fifo()
