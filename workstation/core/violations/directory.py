"""The legal bases (with their deadline hours and citation forms) and the directory of platforms' legal representatives.

Both are loaded once from resources/legal.json into a new workspace; the analyst's edits are kept after that.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.db import audit
from workstation.core.errors import WorkstationError
from workstation.core.ids import new_uuid
from workstation.core.paths import resources_dir

_SEEDED = "legal_seeded"
# A basis's citation in the forms the notice templates use (schema step 15): the paragraph (kk genitive, ru
# instrumental, en) and the article access is restricted under (kk and ru dative, en).
CITATION_FORMS = ("cite_gen_kk", "cite_ins_ru", "cite_en", "article_dat_kk", "article_dat_ru", "article_en")


def seed_legal(db: Database) -> None:
    """Load the default legal basis and the platforms' legal representatives once; edits are kept."""
    if db.execute("SELECT 1 FROM workspace_meta WHERE key = ?", [_SEEDED]).fetchone():
        return
    data = json.loads((resources_dir() / "legal.json").read_text(encoding="utf-8"))
    with db.atomic():
        for basis in data["legal_bases"]:
            forms = [basis.get(column, "") for column in CITATION_FORMS]
            db.execute(f"INSERT OR IGNORE INTO legal_bases (uuid, key, name_en, name_ru, name_kk, deadline_hours, "
                       f"{', '.join(CITATION_FORMS)}) VALUES ({', '.join('?' * (6 + len(CITATION_FORMS)))})",
                       [new_uuid(), basis["key"], basis["en"], basis["ru"], basis["kk"], basis["deadline_hours"],
                        *forms])
        for platform in data["platforms"]:
            db.execute("INSERT OR IGNORE INTO platform_contacts (uuid, key, name, domains, contact, notes) "
                       "VALUES (?, ?, ?, ?, ?, ?)", [new_uuid(), platform["key"], platform["name"],
                                                     platform["domains"], platform["contact"], platform["notes"]])
        db.execute("INSERT INTO workspace_meta (key, value) VALUES (?, ?)", [_SEEDED, clock.now_iso()])


def list_contacts(db: Database, lang: str | None = None) -> list[dict[str, Any]]:
    """The directory as stored, or (given ``lang``) as an analyst reading that language sees it (``shown``)."""
    contacts = list(db.query("SELECT id, uuid, key, name, domains, contact, notes FROM platform_contacts "
                             "ORDER BY name"))
    return [shown(contact, lang) for contact in contacts] if lang else contacts


@functools.cache
def _seeded_platforms() -> dict[str, dict[str, str]]:
    data = json.loads((resources_dir() / "legal.json").read_text(encoding="utf-8"))
    return {platform["key"]: platform for platform in data["platforms"]}


def shown(contact: dict[str, Any], lang: str) -> dict[str, Any]:
    """A contact in the analyst's language: a seeded platform's name and notes as legal.json words them in
    ``lang`` (name_ru, notes_kk, ...), as long as the analyst has not changed them; anything else as stored."""
    seeded = _seeded_platforms().get(contact.get("key") or "")
    out = dict(contact)
    if seeded:
        for field in ("name", "notes"):
            if contact.get(field) == seeded[field]:
                out[field] = seeded.get(f"{field}_{lang}") or seeded[field]
    return out


def platform_name(name: str, lang: str) -> str:
    """A platform's name as stored (in a violation's or a figure's row) in the analyst's language: «ВКонтакте»
    for the seeded "VKontakte" in Russian or Kazakh; a name the analyst typed is shown as typed."""
    for seeded in _seeded_platforms().values():
        if name == seeded["name"]:
            return seeded.get(f"name_{lang}") or name
    return name


def save_contact(db: Database, name: str, *, domains: str = "", contact: str = "", notes: str = "",
                 contact_id: int | None = None, analyst: str = "") -> int:
    values = {"name": name.strip(), "domains": " ".join(domains.lower().split()), "contact": contact.strip(),
              "notes": notes.strip()}
    if not values["name"]:
        raise WorkstationError("notice.empty_recipient")
    with db.atomic():
        if contact_id is None:
            uuid = new_uuid()
            key = "custom." + uuid[-8:]  # the random end: a version 7 UUID begins with the time
            contact_id = db.execute("INSERT INTO platform_contacts (uuid, key, name, domains, contact, notes) "
                                    "VALUES (?, ?, ?, ?, ?, ?)", [uuid, key, *values.values()]).lastrowid
        else:
            db.table("platform_contacts").update(contact_id, values)
        audit.record(db, entity="platform_contact", entity_id=contact_id, action="save", analyst=analyst, new=values)
    return contact_id
