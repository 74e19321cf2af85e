"""SHA-256 and SHA-1 without OpenSSL (``tether.fs.digests``): the same digests, no libcrypto.

The render cache's keys, the hand-over socket's name, the backups' row digests and the
slugs of titles without Latin letters are what they were, so cached renderings, a
running Tether, backups and stored section ids from before are still recognised.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tether.content.slugs import make_slug
from tether.fs.digests import sha1, sha256
from tether.shell.handover import server_name


@given(st.binary(max_size=4096), st.binary(max_size=4096))
def test_the_digest_is_sha256_as_hashlib_gives_it(first: bytes, second: bytes) -> None:
    ours = sha256(first)
    ours.update(second)

    assert ours.hexdigest() == hashlib.sha256(first + second).hexdigest()


@given(st.binary(max_size=4096))
def test_sha1_is_as_hashlib_gives_it(data: bytes) -> None:
    assert sha1(data).hexdigest() == hashlib.sha1(data).hexdigest()


def test_a_title_without_latin_letters_keeps_its_slug() -> None:
    words = "независимость не разобщённость"
    expected = hashlib.sha1(words.encode("utf-8")).hexdigest()[:10]

    assert make_slug(words, "section").endswith(expected)


def test_the_socket_name_is_the_one_earlier_tethers_listen_on(tmp_path: Path) -> None:
    key = f"{os.getuid()}:{tmp_path.resolve()}".encode("utf-8", "surrogateescape")
    expected = f"tether-{hashlib.sha256(key).hexdigest()[:24]}"

    assert os.path.basename(server_name(tmp_path)) == expected


def test_a_backup_and_a_socket_name_load_no_openssl(tmp_path: Path) -> None:
    # A process of its own: this one has hashlib already.
    script = (
        "import sqlite3, sys\n"
        "from pathlib import Path\n"
        "from tether.shell.handover import server_name\n"
        "from tether.store.backup import content_digest\n"
        "from tether.store.schema import migrate\n"
        "conn = sqlite3.connect(':memory:', isolation_level=None)\n"
        "migrate(conn, Path(sys.argv[1]) / 'x.db')\n"
        "server_name(Path(sys.argv[1]))\n"
        "print(len(content_digest(conn)), '_hashlib' in sys.modules, 'hashlib' in sys.modules)\n"
    )

    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["64", "False", "False"]
