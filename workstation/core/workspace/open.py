"""Opening a workspace for work: connect (with migrations and the backup before them), then seed once."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from workstation.core.db.connect import connect
from workstation.core.items.tags import seed_taxonomy
from workstation.core.violations.directory import seed_legal


def open_workspace(path: str | Path) -> Database:
    """The workspace at ``path``, created if needed, migrated forward and seeded.

    Seeds (the taxonomy, the legal bases and the platforms' representatives) load once each, remembered in
    workspace_meta, so an analyst's edits to them are never overwritten.
    """
    db = connect(path)
    seed_taxonomy(db)
    seed_legal(db)
    return db
