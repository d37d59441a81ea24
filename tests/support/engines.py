"""The workspace under test on either engine: ``db_path`` (tests/conftest.py) is a SQLite file, or the address of a
team workspace when the tests run with WORKSTATION_TEST_ENGINE=postgresql. These helpers let a test look at it from
outside the workstation the same way on both."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from workstation.core.locations import is_team_url


def is_team(db_path: str | Path) -> bool:
    return is_team_url(str(db_path))


def other_program(db_path: str | Path) -> Any:
    """Another program's connection to the workspace, with none of the workstation's opening (no migration, no
    settings, autocommit): sqlite3 on the file; on a team workspace a plain client session, which only writes the
    statements as PostgreSQL's (its triggers and constraints are the server's own)."""
    if is_team(db_path):
        from workstation.core.db.team import TeamDatabase
        return TeamDatabase(str(db_path))
    return sqlite3.connect(db_path, isolation_level=None)


@contextlib.contextmanager
def reading(db_path: str | Path) -> Iterator[Any]:
    """``other_program`` for a few reads, closed afterwards."""
    conn = other_program(db_path)
    try:
        yield conn
    finally:
        conn.close()


def workspace_exists(db_path: str | Path) -> bool:
    """Whether the workspace was created: its file, or on a team workspace its schema."""
    if not is_team(db_path):
        return Path(db_path).exists()
    with reading(db_path) as conn:
        return conn.schema_version() > 0


def recorded_name(db: Any, typed: str) -> str:
    """The name the audit log gives an analyst who typed ``typed``: on a team workspace the database user signed in,
    whatever was typed (issue 18; tests/team shows it with several users)."""
    return getattr(db, "login", None) or typed


@contextlib.contextmanager
def another_writer(db_path: str | Path) -> Iterator[None]:
    """Another program in the middle of a write transaction: holding SQLite's exclusive lock on the file, or the team
    workspace's writer lock (team.WRITER_LOCK) on the server."""
    conn = other_program(db_path)
    try:
        if is_team(db_path):
            with conn.atomic():
                yield
        else:
            conn.execute("BEGIN EXCLUSIVE")
            yield
            conn.rollback()
    finally:
        conn.close()
