"""A workspace on read-only media (a DVD from headquarters, a write-protected USB stick, a colleague's file
shared read-only) opens for viewing and reports; every change is refused in one plain line.

Root writes through file permissions, and CI runs as root: the tests force read-only with ``--read-only`` /
``read_only=True``, and run the automatic case (a file and folder this user may not write) as an unprivileged
user through ``setpriv`` when they run as root."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from sqlite_utils import Database

from workstation.cli import main
from workstation.core.db import schema
from workstation.core.db.connect import connect
from workstation.core.errors import WorkstationError
from workstation.core.workspace import open_workspace

PROJECT = Path(__file__).resolve().parents[2]
NOBODY = 65534


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(fixture_db, db_path, tmp_path):
    """The hand-counted workspace, closed, with a saved feed beside it for the import attempt."""
    fixture_db.close()
    saved = tmp_path / "saved.xml"
    saved.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Жаңа</title>'
                     "<link>https://n.example/1</link></item></channel></rss>", encoding="utf-8")
    return db_path


@pytest.fixture
def run(capsys):
    def _run(db_path: Path, *args: str) -> tuple[int, str, str]:
        code = main(["--db", str(db_path), "--read-only", *args])
        out, err = capsys.readouterr()
        return code, out, err
    return _run


def test_read_only_workspace_lists_searches_and_reports(filled, run, tmp_path):
    before = digest(filled)
    code, out, _ = run(filled, "items", "list", "--json")
    assert code == 0 and out.startswith("[")
    assert run(filled, "search", "жаңалық")[0] == 0
    assert run(filled, "stats", "--from", "2025-01-01", "--to", "2025-03-31", "--json")[0] == 0
    assert run(filled, "sources", "list")[0] == 0
    pdf = tmp_path / "summary.pdf"
    assert run(filled, "report", "--from", "2025-01-01", "--to", "2025-03-31", "--out", str(pdf))[0] == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert digest(filled) == before


@pytest.mark.parametrize("command", [
    ("sources", "add", "https://tengrinews.kz/rss"),
    ("violations", "add", "https://fake-prize.example/win", "--type", "phishing"),
    ("fetch",),
    ("import", "saved.xml"),
    ("tag", "1", "--add", "fake.5g"),
])
def test_read_only_workspace_refuses_every_change_in_one_line(filled, run, command):
    before = digest(filled)
    command = tuple(str(filled.parent / c) if c == "saved.xml" else c for c in command)
    code, _out, err = run(filled, *command)
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "read-only" in err and "Traceback" not in err
    assert digest(filled) == before


def test_a_workspace_that_needs_an_upgrade_says_it_cannot_be_upgraded_read_only(db_path, run):
    conn = sqlite3.connect(db_path)
    schema.migrate(Database(conn), 1)
    conn.close()
    with pytest.raises(WorkstationError) as caught:
        open_workspace(db_path, read_only=True)
    assert caught.value.key == "db.read_only_old"
    code, _out, err = run(db_path, "items", "list")
    assert code == 1 and "cannot be done read-only" in err
    assert sqlite3.connect(db_path).execute("PRAGMA user_version").fetchone()[0] == 1  # left as it was


def test_read_only_connection_reports_itself_and_refuses_writes_plainly(filled):
    db = connect(filled, read_only=True)
    assert db.read_only
    assert db.execute("SELECT count(*) FROM items").fetchone()[0] > 0
    with pytest.raises(WorkstationError) as caught:
        db.execute("UPDATE items SET starred = 1")
    assert caught.value.key == "db.read_only"
    with pytest.raises(WorkstationError):
        with db.atomic():
            db.execute("DELETE FROM tags")
    db.close()


def test_a_missing_workspace_is_not_created_read_only(tmp_path):
    with pytest.raises(WorkstationError) as caught:
        open_workspace(tmp_path / "none.db", read_only=True)
    assert caught.value.key == "db.missing"
    assert not (tmp_path / "none.db").exists()


def as_another_user() -> list[str]:
    """The command prefix that runs a program as a user who may not write our files: none when we are not root
    (permissions bind us), setpriv to "nobody" when we are; skipped where neither works."""
    if os.name != "posix":
        pytest.skip("file permissions are POSIX here")
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: root writes whatever the permissions say")
    prefix = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    probe = subprocess.run([*prefix, sys.executable, "-c", "import workstation"], cwd=PROJECT,
                           env={**os.environ, "PYTHONPATH": str(PROJECT)}, capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"cannot run Python as an unprivileged user here: {probe.stderr.decode()[-200:]}")
    return prefix


def test_a_workspace_this_user_cannot_write_opens_read_only_by_itself(fixture_db, db_path):
    prefix = as_another_user()
    fixture_db.close()
    # A folder outside pytest's private temporary tree, readable by everyone, writable by nobody but its owner:
    # like a read-only medium, SQLite cannot even create its WAL index beside the file.
    folder = Path(tempfile.mkdtemp(prefix="ws-readonly-"))
    try:
        shutil.copy(db_path, folder / "workspace.db")
        os.chmod(folder / "workspace.db", 0o444)
        os.chmod(folder, 0o555)
        before = digest(folder / "workspace.db")
        env = {**os.environ, "PYTHONPATH": str(PROJECT), "WORKSTATION_HOME": str(folder / "home")}
        env.pop("WORKSTATION_READ_ONLY", None)

        def workstation(*args: str) -> subprocess.CompletedProcess:
            return subprocess.run([*prefix, sys.executable, "-m", "workstation", "--db",
                                   str(folder / "workspace.db"), *args], cwd=PROJECT, env=env, capture_output=True,
                                  text=True, timeout=60)

        listed = workstation("items", "list", "--json")
        assert listed.returncode == 0, listed.stderr
        assert listed.stdout.startswith("[")
        stats = workstation("stats", "--from", "2025-01-01", "--to", "2025-03-31", "--json")
        assert stats.returncode == 0, stats.stderr
        refused = workstation("sources", "add", "https://tengrinews.kz/rss")
        assert refused.returncode == 1
        assert len(refused.stderr.strip().splitlines()) == 1 and "read-only" in refused.stderr
        assert digest(folder / "workspace.db") == before
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(folder, ignore_errors=True)


def test_db_check_on_a_read_only_workspace_says_ok(filled, run):
    before = digest(filled)
    code, _, err = run(filled, "db", "check")
    assert (code, err.strip()) == (0, "ok")
    assert digest(filled) == before
