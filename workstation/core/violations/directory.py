"""The legal bases (with their deadline hours) and the directory of platforms' legal representatives.

Both are loaded once from resources/legal.json into a new workspace; the analyst's edits are kept after that.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.db import audit
from workstation.core.errors import WorkstationError
from workstation.core.ids import new_uuid
from workstation.core.paths import resources_dir

_SEEDED = "legal_seeded"


def seed_legal(db: Database) -> None:
    """Load the default legal basis and the platforms' legal representatives once; edits are kept."""
    if db.execute("SELECT 1 FROM workspace_meta WHERE key = ?", [_SEEDED]).fetchone():
        return
    data = json.loads((resources_dir() / "legal.json").read_text(encoding="utf-8"))
    with db.atomic():
        for basis in data["legal_bases"]:
            db.execute("INSERT OR IGNORE INTO legal_bases (uuid, key, name_en, name_ru, name_kk, deadline_hours) "
                       "VALUES (?, ?, ?, ?, ?, ?)", [new_uuid(), basis["key"], basis["en"], basis["ru"], basis["kk"],
                                                     basis["deadline_hours"]])
        for platform in data["platforms"]:
            db.execute("INSERT OR IGNORE INTO platform_contacts (uuid, key, name, domains, contact, notes) "
                       "VALUES (?, ?, ?, ?, ?, ?)", [new_uuid(), platform["key"], platform["name"],
                                                     platform["domains"], platform["contact"], platform["notes"]])
        db.execute("INSERT INTO workspace_meta (key, value) VALUES (?, ?)", [_SEEDED, clock.now_iso()])


def list_contacts(db: Database) -> list[dict[str, Any]]:
    return list(db.query("SELECT id, uuid, key, name, domains, contact, notes FROM platform_contacts ORDER BY name"))


def save_contact(db: Database, name: str, *, domains: str = "", contact: str = "", notes: str = "",
                 contact_id: int | None = None, analyst: str = "") -> int:
    values = {"name": name.strip(), "domains": " ".join(domains.lower().split()), "contact": contact.strip(),
              "notes": notes.strip()}
    if not values["name"]:
        raise WorkstationError("notice.empty_recipient")
    with db.atomic():
        if contact_id is None:
            key = "custom." + new_uuid()[:8]
            contact_id = db.execute("INSERT INTO platform_contacts (uuid, key, name, domains, contact, notes) "
                                    "VALUES (?, ?, ?, ?, ?, ?)", [new_uuid(), key, *values.values()]).lastrowid
        else:
            db.table("platform_contacts").update(contact_id, values)
        audit.record(db, entity="platform_contact", entity_id=contact_id, action="save", analyst=analyst, new=values)
    return contact_id
