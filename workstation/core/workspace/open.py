"""Opening a workspace for work: connect (with migrations and the backup before them), then seed once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workstation.core.db import settings
from workstation.core.db.connect import WorkspaceDatabase, connect
from workstation.core.items.tags import seed_taxonomy
from workstation.core.violations.directory import seed_legal


def open_workspace(path: str | Path, *, read_only: bool | None = None) -> WorkspaceDatabase:
    """The workspace at ``path``, created if needed, migrated forward and seeded.

    Seeds (the reporting time zone of a new workspace, the taxonomy, the legal bases and the platforms'
    representatives) load once each, remembered in
    workspace_meta, so an analyst's edits to them are never overwritten.

    ``read_only`` (None: decided by ``connect``, read-only when the file cannot be written or
    $WORKSTATION_READ_ONLY is "1") opens it for viewing and reports only: nothing is migrated or seeded.
    """
    db = connect(path, read_only=read_only)
    if db.read_only:
        return db
    # A new workspace (not seeded yet) reports in this computer's zone; one made before the setting existed keeps
    # the default, Asia/Almaty. ("taxonomy_seeded" is the taxonomy's own once-only mark.)
    if not db.execute("SELECT 1 FROM workspace_meta WHERE key = 'taxonomy_seeded'").fetchone():
        with db.atomic():
            settings.seed_zone(db)
    for seed in (seed_taxonomy, seed_legal):
        try:
            seed(db)
        except sqlite3.IntegrityError:
            # Another program opened this new workspace at the same moment and seeded it first: between our
            # look and our write. Looking again finds its seeds.
            seed(db)
    return db
