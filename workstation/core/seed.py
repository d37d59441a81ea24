"""What a new workspace starts with: the taxonomy, the legal basis and the platforms' representatives.
Each is loaded once (remembered in workspace_meta), so an analyst's edits are never overwritten."""

from __future__ import annotations

from sqlite_utils import Database

from workstation.core.notices import seed_legal
from workstation.core.tags import seed_taxonomy


def seed_workspace(db: Database) -> None:
    seed_taxonomy(db)
    seed_legal(db)
