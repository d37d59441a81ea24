"""The taxonomy (fake categories, violation types, topics, custom tags) and tagging items with it."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.db import audit
from workstation.core.errors import BadArgument, WorkstationError
from workstation.core.ids import new_uuid
from workstation.core.paths import resources_dir
from workstation.core.textfold import fold

TAG_KINDS = ("fake_category", "violation_type", "topic", "custom")
LANGS = ("en", "ru", "kk")
TAXONOMY_FILE = "taxonomy.json"
_SEEDED = "taxonomy_seeded"


def seed_taxonomy(db: Database, path: Path | None = None) -> int:
    """Load the default taxonomy into a workspace once; later edits by the analyst are never overwritten."""
    if db.execute("SELECT 1 FROM workspace_meta WHERE key = ?", [_SEEDED]).fetchone():
        return 0
    data = json.loads((path or resources_dir() / TAXONOMY_FILE).read_text(encoding="utf-8"))
    now = clock.now_iso()
    added = 0
    with db.atomic():
        for tag in data["tags"]:
            if db.execute("SELECT 1 FROM tags WHERE key = ?", [tag["key"]]).fetchone():
                continue
            db.execute("INSERT INTO tags (uuid, key, kind, name_en, name_ru, name_kk, shortcut, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       [new_uuid(), tag["key"], tag["kind"], tag["en"], tag["ru"], tag["kk"], tag.get("shortcut"),
                        now])
            added += 1
        db.execute("INSERT INTO workspace_meta (key, value) VALUES (?, ?)", [_SEEDED, now])
    return added


def list_tags(db: Database, kind: str | None = None) -> list[dict[str, Any]]:
    if kind is not None and kind not in TAG_KINDS:
        raise BadArgument("tag.bad_kind", kind=kind)
    sql = "SELECT id, uuid, key, kind, name_en, name_ru, name_kk, shortcut FROM tags"
    params: list = []
    if kind:
        sql += " WHERE kind = ?"
        params.append(kind)
    order = " ".join(f"WHEN '{k}' THEN {i}" for i, k in enumerate(TAG_KINDS))
    return list(db.query(f"{sql} ORDER BY CASE kind {order} END, id", params))


def tag_name(tag: dict[str, Any], lang: str) -> str:
    return tag.get(f"name_{lang}") or tag.get("name_en") or tag["key"]


def resolve_tag(db: Database, text: str) -> dict[str, Any]:
    """A tag by its key or its name in any of the three languages (case and keyboard layout ignored)."""
    wanted = fold(text.strip())
    for tag in list_tags(db):
        if wanted in (fold(tag["key"]), *(fold(tag[f"name_{lang}"]) for lang in LANGS)):
            return tag
    raise WorkstationError("tag.unknown", tag=text)


def create_tag(db: Database, name: str, *, kind: str = "custom", key: str | None = None,
               names: dict[str, str] | None = None, analyst: str = "") -> dict[str, Any]:
    if kind not in TAG_KINDS:
        raise BadArgument("tag.bad_kind", kind=kind)
    name = name.strip()
    if not name:
        raise BadArgument("tag.empty_name")
    key = key or f"{kind.split('_')[0]}.{re.sub(r'[^0-9a-zа-яәғқңөұүһі]+', '_', name.lower()).strip('_')}"
    names = {lang: (names or {}).get(lang) or name for lang in LANGS}
    if db.execute("SELECT 1 FROM tags WHERE key = ?", [key]).fetchone():
        raise WorkstationError("tag.exists", tag=name)
    with db.atomic():
        tag_id = db.execute(
            "INSERT INTO tags (uuid, key, kind, name_en, name_ru, name_kk, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [new_uuid(), key, kind, names["en"], names["ru"], names["kk"], clock.now_iso()]).lastrowid
        audit.record(db, entity="tag", entity_id=tag_id, action="create", analyst=analyst, new={"key": key, **names})
    return next(t for t in list_tags(db) if t["id"] == tag_id)


def rename_tag(db: Database, tag_id: int, names: dict[str, str], *, analyst: str = "") -> None:
    old = next((t for t in list_tags(db) if t["id"] == tag_id), None)
    if old is None:
        raise WorkstationError("db.not_found", what="tag", id=tag_id)
    changes = {f"name_{lang}": value.strip() for lang, value in names.items() if lang in LANGS and value.strip()}
    with db.atomic():
        db.table("tags").update(tag_id, changes)
        audit.record(db, entity="tag", entity_id=tag_id, action="rename", analyst=analyst,
                     old={k: old[k] for k in changes}, new=changes)


def tag_items(db: Database, item_ids: Iterable[int], *, add: Iterable[int] = (), remove: Iterable[int] = (),
              analyst: str, rule_id: int | None = None) -> dict[str, int]:
    """Add and remove tags on several items at once, in one transaction, each change audited."""
    ids = list(dict.fromkeys(int(i) for i in item_ids))
    add, remove = list(add), list(remove)
    if ids:
        known = {r[0] for r in db.execute(f"SELECT id FROM items WHERE id IN ({','.join('?' * len(ids))})", ids)}
        missing = [i for i in ids if i not in known]
        if missing:
            raise WorkstationError("db.not_found", what="item", id=missing[0])
    added = removed = 0
    now = clock.now_iso()
    with db.atomic():
        for item_id in ids:
            for tag_id in add:
                cur = db.execute("INSERT OR IGNORE INTO item_tags (item_id, tag_id, analyst, rule_id, created_at) "
                                 "VALUES (?, ?, ?, ?, ?)", [item_id, tag_id, analyst, rule_id, now])
                if cur.rowcount:
                    added += 1
                    audit.record(db, entity="item", entity_id=item_id, action="tag", analyst=analyst, at=now,
                                 new={"tag_id": tag_id, "rule_id": rule_id})
            for tag_id in remove:
                if db.execute("DELETE FROM item_tags WHERE item_id = ? AND tag_id = ?", [item_id, tag_id]).rowcount:
                    removed += 1
                    audit.record(db, entity="item", entity_id=item_id, action="untag", analyst=analyst, at=now,
                                 old={"tag_id": tag_id})
    return {"added": added, "removed": removed}


def tags_of(db: Database, item_ids: list[int]) -> dict[int, list[int]]:
    """Tag ids per item, for showing tags in a list."""
    out: dict[int, list[int]] = {}
    for start in range(0, len(item_ids), 500):
        chunk = item_ids[start:start + 500]
        for item_id, tag_id in db.execute(
                f"SELECT item_id, tag_id FROM item_tags WHERE item_id IN ({','.join('?' * len(chunk))}) "
                "ORDER BY item_id, tag_id", chunk):
            out.setdefault(item_id, []).append(tag_id)
    return out
