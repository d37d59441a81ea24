"""What a workspace knows about itself, kept in the workspace (not in the desktop's per-user settings), so that
every program and every analyst opening it reports the same way: the reporting time zone, and the organisation,
unit, author, contact and signature block that official documents (notices, the PDF summary) carry."""

from __future__ import annotations

from sqlite_utils import Database

from workstation.core.db import audit
from workstation.core.errors import BadArgument

DEFAULT_ZONE = "Asia/Almaty"
# Each setting with its default; the key is what `workstation settings set KEY VALUE` takes.
DEFAULTS: dict[str, str] = {
    "timezone": DEFAULT_ZONE,  # IANA name; day boundaries and month buckets use its historical offsets
    "organisation": "",
    "unit": "",
    "author": "",
    "contact": "",
    "signature": "",
}
_PREFIX = "setting."


def get_setting(db: Database, key: str) -> str:
    if key not in DEFAULTS:
        raise BadArgument("settings.unknown", name=key, allowed=", ".join(DEFAULTS))
    row = db.execute("SELECT value FROM workspace_meta WHERE key = ?", [_PREFIX + key]).fetchone()
    return row[0] if row and row[0] is not None else DEFAULTS[key]


def all_settings(db: Database) -> dict[str, str]:
    stored = dict(db.execute("SELECT substr(key, ?), value FROM workspace_meta WHERE key LIKE ?",
                             [len(_PREFIX) + 1, _PREFIX + "%"]).fetchall())
    return {key: stored.get(key) if stored.get(key) is not None else default for key, default in DEFAULTS.items()}


def set_setting(db: Database, key: str, value: str, *, analyst: str = "") -> None:
    """Store one setting (validated by the caller for its kind, e.g. a known zone) and audit the change."""
    old = get_setting(db, key)
    value = value.strip()
    if value == old:
        return
    with db.atomic():
        db.execute("INSERT INTO workspace_meta (key, value) VALUES (?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [_PREFIX + key, value])
        audit.record(db, entity="workspace", entity_id=None, action="setting", analyst=analyst,
                     old={key: old}, new={key: value})
