"""Workspace exchange: a field analyst exports one file; headquarters imports it into its own workspace.

A bundle is a zip holding ``manifest.json`` (format, counts, the SHA-256 of every member) and one JSON
Lines file per table, with every reference written as a UUID (or a key for the taxonomy, legal bases and
platforms), because integer ids differ between workspaces. Import verifies the member hashes and every
evidence seal first and refuses a tampered bundle as a whole; then it merges by UUID in one transaction:
new records are added, identical ones skipped, and where both sides changed a case or violation the later
change wins with both versions written to the audit log. Importing the same bundle twice changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from sqlite_utils import Database

from workstation import __version__
from workstation.core import clock
from workstation.core.db.evidence import seal
from workstation.core.errors import NotFound, WorkstationError
from workstation.core.files import write_with

FORMAT = "media-monitoring-workstation-bundle"
VERSION = 1
MAX_MEMBER_BYTES = 512 * 1024 * 1024  # a zip bomb stops here, not in memory
TABLES = ("tags", "legal_bases", "platform_contacts", "sources", "items", "item_tags", "cases", "case_items",
          "evidence",
          "refutations", "violations", "notices", "restrictions", "briefings", "media_plan_events", "audit_log")
# Which table an audit entry's entity lives in, to translate its id to a uuid and back.
ENTITY_TABLES = {"case": "cases", "violation": "violations", "notice": "notices", "briefing": "briefings",
                 "media_plan_event": "media_plan_events", "item": "items", "tag": "tags",
                 "watch_rule": "watch_rules", "platform_contact": "platform_contacts"}


@dataclass
class ImportReport:
    added: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)  # "case <uuid>: kept the change of <time>"

    def count(self, table: str, added: bool) -> None:
        target = self.added if added else self.skipped
        target[table] = target.get(table, 0) + 1


# --- export ---------------------------------------------------------------------------------------------------
def _rows(db: Database, sql: str, params: list | None = None) -> list[dict[str, Any]]:
    return list(db.query(sql, params or []))


def _uuid_map(db: Database, table: str) -> dict[int, str]:
    return dict(db.execute(f"SELECT id, uuid FROM {table}").fetchall())


def _in(ids: list[int]) -> str:
    return f"({','.join(str(int(i)) for i in ids) or 'NULL'})"


def export_bundle(db: Database, out: str | Path, *, since: str | None = None, until: str | None = None,
                  case_ids: list[int] | None = None, violation_ids: list[int] | None = None) -> dict[str, int]:
    """Write the records of a period (by detection time) or of a selection, with everything they reference."""
    for what, table, ids in (("case", "cases", case_ids), ("violation", "violations", violation_ids)):
        known = {r[0] for r in db.execute(f"SELECT id FROM {table} WHERE id IN {_in(ids or [])}")}
        missing = [i for i in ids or [] if i not in known]
        if missing:  # a selection naming a record that is not there would export less than asked, silently
            raise NotFound(what, missing[0])
    window = "{col} >= ? AND {col} < ?"
    bounds = [since or "", until or "9999"]
    if case_ids is None:
        case_ids = [r[0] for r in db.execute("SELECT id FROM cases WHERE " + window.format(col="detected_at"), bounds)]
    if violation_ids is None:
        violation_ids = [r[0] for r in db.execute("SELECT id FROM violations WHERE " +
                                                  window.format(col="detected_at"), bounds)]
    cases_ = _rows(db, f"SELECT * FROM cases WHERE id IN {_in(case_ids)}")
    violations_ = _rows(db, f"SELECT * FROM violations WHERE id IN {_in(violation_ids)}")
    case_items = _rows(db, f"SELECT * FROM case_items WHERE case_id IN {_in(case_ids)}")
    evidence = _rows(db, f"SELECT * FROM evidence WHERE case_id IN {_in(case_ids)} OR violation_id IN "
                         f"{_in(violation_ids)}")
    item_ids = {r["item_id"] for r in case_items} | {r["item_id"] for r in evidence if r["item_id"]} | \
        {r["item_id"] for r in violations_ if r["item_id"]}
    items = _rows(db, f"SELECT * FROM items WHERE id IN {_in(sorted(item_ids))}")
    notices_ = _rows(db, f"SELECT * FROM notices WHERE violation_id IN {_in(violation_ids)}")
    uuids = {name: _uuid_map(db, table) for name, table in
             (("case", "cases"), ("violation", "violations"), ("item", "items"), ("source", "sources"),
              ("notice", "notices"), ("tag", "tags"), ("platform", "platform_contacts"), ("legal", "legal_bases"))}
    keys = {"tag": dict(db.execute("SELECT id, key FROM tags").fetchall()),
            "platform": dict(db.execute("SELECT id, key FROM platform_contacts").fetchall()),
            "legal": dict(db.execute("SELECT id, key FROM legal_bases").fetchall())}
    data: dict[str, list[dict[str, Any]]] = {
        "tags": _rows(db, "SELECT uuid, key, kind, name_en, name_ru, name_kk, shortcut, created_at FROM tags"),
        "legal_bases": _rows(db, "SELECT uuid, key, name_en, name_ru, name_kk, deadline_hours FROM legal_bases"),
        "platform_contacts": _rows(db, "SELECT uuid, key, name, domains, contact, notes FROM platform_contacts"),
        "sources": [without(r, ("id", "etag", "last_modified", "retry_after")) for r in
                    _rows(db, "SELECT * FROM sources")],
        "items": [{**without(r, ("id", "source_id")), "source_uuid": uuids["source"].get(r["source_id"])}
                  for r in items],
        "item_tags": [{"item_uuid": uuids["item"][r["item_id"]], "tag": keys["tag"][r["tag_id"]],
                       "analyst": r["analyst"], "created_at": r["created_at"]}
                      for r in _rows(db, f"SELECT * FROM item_tags WHERE item_id IN {_in(sorted(item_ids))}")],
        "cases": [{**without(r, ("id", "category_tag_id")), "category": keys["tag"].get(r["category_tag_id"])}
                  for r in cases_],
        "case_items": [{"case_uuid": uuids["case"][r["case_id"]], "item_uuid": uuids["item"][r["item_id"]],
                        "added_at": r["added_at"], "analyst": r["analyst"]} for r in case_items],
        "evidence": [{**without(r, ("id", "item_id", "case_id", "violation_id")),
                      "item_uuid": uuids["item"].get(r["item_id"]), "case_uuid": uuids["case"].get(r["case_id"]),
                      "violation_uuid": uuids["violation"].get(r["violation_id"])} for r in evidence],
        "refutations": [{**without(r, ("id", "case_id")), "case_uuid": uuids["case"][r["case_id"]]}
                        for r in _rows(db, f"SELECT * FROM refutations WHERE case_id IN {_in(case_ids)}")],
        "violations": [{**without(r, ("id", "item_id", "type_tag_id", "platform_id", "legal_basis_id")),
                        "item_uuid": uuids["item"].get(r["item_id"]), "type": keys["tag"].get(r["type_tag_id"]),
                        "platform": keys["platform"].get(r["platform_id"]),
                        "legal_basis": keys["legal"].get(r["legal_basis_id"])} for r in violations_],
        "notices": [{**without(r, ("id", "violation_id", "recipient_id")),
                     "violation_uuid": uuids["violation"][r["violation_id"]],
                     "recipient_key": keys["platform"].get(r["recipient_id"])} for r in notices_],
        "restrictions": [{**without(r, ("id", "violation_id")), "violation_uuid": uuids["violation"][r["violation_id"]]}
                         for r in _rows(db, f"SELECT * FROM restrictions WHERE violation_id IN "
                                            f"{_in(violation_ids)}")],
        "briefings": [without(r, ("id",)) for r in
                      _rows(db, "SELECT * FROM briefings WHERE " + window.format(col="held_at"), bounds)],
        "media_plan_events": [without(r, ("id",)) for r in
                              _rows(db, "SELECT * FROM media_plan_events WHERE " + window.format(col="planned_at"),
                                    bounds)],
    }
    data["audit_log"] = _audit_for(db, {"case": case_ids, "violation": violation_ids,
                                        "notice": [n["id"] for n in notices_]}, uuids)
    _write_zip(Path(out), data)
    return {table: len(rows) for table, rows in data.items()}


def without(row: dict[str, Any], drop: tuple[str, ...]) -> dict[str, Any]:
    """The row without the given columns (integer ids stay home; references travel as UUIDs)."""
    return {k: v for k, v in row.items() if k not in drop}


def _audit_for(db: Database, entities: dict[str, list[int]], uuids: dict[str, dict[int, str]]) -> list[dict]:
    out = []
    for entity, ids in entities.items():
        for row in _rows(db, f"SELECT * FROM audit_log WHERE entity = ? AND entity_id IN {_in(ids)} ORDER BY id",
                         [entity]):
            out.append({**without(row, ("id", "entity_id")), "entity_uuid": uuids[entity].get(row["entity_id"])})
    return out


def _write_zip(path: Path, data: dict[str, list[dict[str, Any]]]) -> None:
    members = {f"data/{table}.jsonl": "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n"
                                              for r in rows).encode("utf-8") for table, rows in data.items()}
    manifest = {"format": FORMAT, "version": VERSION, "created_at": clock.now_iso(), "app_version": __version__,
                "counts": {t: len(r) for t, r in data.items()},
                "sha256": {name: hashlib.sha256(body).hexdigest() for name, body in members.items()}}

    def fill(handle: BinaryIO) -> None:
        with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
            for name, body in members.items():
                archive.writestr(name, body)

    write_with(path, fill)


# --- reading and verifying ------------------------------------------------------------------------------------
def read_bundle(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Open and verify a bundle; raise WorkstationError listing every problem if anything was altered."""
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise WorkstationError("bundle.unreadable", reason=str(exc)[:200]) from exc
    with archive:
        manifest = json.loads(_member(archive, "manifest.json"))
        if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
            raise WorkstationError("bundle.unreadable", reason="not a workstation bundle of a known version")
        problems, data = [], {}
        for table in TABLES:
            name = f"data/{table}.jsonl"
            body = _member(archive, name)
            if hashlib.sha256(body).hexdigest() != manifest["sha256"].get(name):
                problems.append(f"{name}: content does not match its SHA-256 in the manifest")
            data[table] = [json.loads(line) for line in body.decode("utf-8").splitlines() if line.strip()]
    for record in data["evidence"]:
        if seal(record) != record["sha256"]:
            problems.append(f"evidence {record['uuid']}: content does not match its seal")
    if problems:
        raise WorkstationError("bundle.tampered", count=len(problems), first=problems[0])
    return data


def _member(archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        info = archive.getinfo(name)
    except KeyError as exc:
        raise WorkstationError("bundle.unreadable", reason=f"{name} is missing") from exc
    if info.file_size > MAX_MEMBER_BYTES:
        raise WorkstationError("bundle.unreadable", reason=f"{name} is too large")
    with archive.open(info) as stream:
        body = stream.read(MAX_MEMBER_BYTES + 1)
    if len(body) > MAX_MEMBER_BYTES:
        raise WorkstationError("bundle.unreadable", reason=f"{name} is too large")
    return body
