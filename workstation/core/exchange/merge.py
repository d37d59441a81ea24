"""Importing a bundle: the format and rules are in bundle.py, versions and conflicts in conflicts.py.

Two passes over the verified members. The first (checks.py) checks every row's shape and every reference and
writes nothing, so a bad row anywhere refuses the whole bundle; the second merges in one transaction.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from workstation.core.db import audit, bodies
from workstation.core.errors import WorkstationError
from workstation.core.exchange import conflicts, keys
from workstation.core.exchange.bundle import OpenedBundle, Signer, open_bundle
from workstation.core.exchange.checks import check_rows
from workstation.core.exchange.fields import ENTITY_TABLES, TABLES, Shape, complete, shapes
from workstation.core.ids import new_uuid
from workstation.core.ingest.dedup import count_new_items, index_item
from workstation.core.ingest.normalize import sanitize_html
from workstation.core.ingest.sources import add_source, infer
from workstation.core.urls import canonical_url, host_of, registrable_domain
from workstation.core.violations.workflow import find_open_duplicate, normalise_address, platform_for


@dataclass
class ImportReport:
    signer: dict[str, Any] = field(default_factory=dict)  # fingerprint, name, trusted_now
    added: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    applied: list[str] = field(default_factory=list)  # "case <uuid>: status confirmed → refuted"
    conflicts: list[dict[str, Any]] = field(default_factory=list)  # {"id", "entity", "uuid", "reason", "detail"}
    held: list[str] = field(default_factory=list)  # sources stored disabled (local file, loopback, private)

    def count(self, table: str, added: bool) -> None:
        target = self.added if added else self.skipped
        target[table] = target.get(table, 0) + 1

    def as_json(self) -> dict[str, Any]:
        return {"signer": self.signer, "added": self.added, "skipped": self.skipped, "applied": self.applied,
                "conflicts": self.conflicts, "held_sources": self.held}


def import_bundle(db: Database, path: str | Path, *, analyst: str = "", trust: bool = False,
                  trust_fingerprint: str | None = None) -> ImportReport:
    """Verify and merge a bundle. An unknown signer is refused unless ``trust``, or unless it is the key
    ``trust_fingerprint`` names (what the desktop's analyst confirmed, so a file swapped meanwhile is not
    trusted); the key is then recorded as trusted by ``analyst``. Raises WorkstationError, with nothing
    written, on any problem."""
    with open_bundle(db, path) as opened:
        signer = opened.signer
        if signer.trusted is None and not (trust or signer.fingerprint == trust_fingerprint):
            raise WorkstationError("bundle.unknown_signer", name=signer.name or "?", fingerprint=signer.fingerprint)
        forms = shapes(db)
        check_rows(db, forms, opened)  # every row and reference, before anything is written
        report = ImportReport(signer={"fingerprint": signer.fingerprint,
                                      "name": (signer.trusted or {}).get("name") or signer.name,
                                      "trusted_now": signer.trusted is None})
        with db.atomic():
            if signer.trusted is None or not signer.trusted["public_key"]:
                keys.trust(db, fingerprint=signer.fingerprint, public_key=signer.public_key, name=signer.name,
                           analyst=analyst, how="bundle")
            merger = _Merger(db, forms, report, analyst, signer)
            for table in TABLES:
                merger.merge(table, opened.rows(table))
            merger.finish(opened)
    return report


class _Merger:
    """The second pass, inside the import's transaction."""

    def __init__(self, db: Database, forms: dict[str, Shape], report: ImportReport, analyst: str,
                 signer: Signer) -> None:
        self.db, self.forms, self.report, self.analyst = db, forms, report, analyst
        self.signer = signer
        self.note = {"bundle_signer": signer.fingerprint}
        self.alias: dict[str, dict[str, int]] = defaultdict(dict)  # incoming uuid -> a local record it is
        self.key_ids: dict[str, dict[str, int | None]] = defaultdict(dict)
        self.pending: list[tuple[str, int, dict[str, Any]]] = []
        self.touched_cases: set[int] = set()
        self.new_notices: set[int] = set()  # notices this import added: their addresses arrive as they are
        self.changed = False

    # --- lookups and writes, with column names from the schema only --------------------------------------------
    def local(self, table: str, uuid: str | None) -> int | None:
        if uuid is None:
            return None
        if uuid in self.alias[table]:
            return self.alias[table][uuid]
        row = self.db.execute(f"SELECT id FROM {table} WHERE uuid = ?", [uuid]).fetchone()
        return row[0] if row else None

    def key_id(self, table: str, key: str | None) -> int | None:
        if key is None:
            return None
        if key not in self.key_ids[table]:
            row = self.db.execute(f"SELECT id FROM {table} WHERE key = ?", [key]).fetchone()
            self.key_ids[table][key] = row[0] if row else None
        return self.key_ids[table][key]

    def values(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        shape = self.forms[table]
        out = {name: row[name] for name in shape.columns if name in row}
        for name, ref in shape.spec.refs.items():
            value = row.get(name)
            out[ref.column] = self.local(ref.target, value) if ref.by == "uuid" else self.key_id(ref.target, value)
        return out

    def insert(self, table: str, values: dict[str, Any], *, or_ignore: bool = False) -> int | None:
        names = ", ".join(values)  # every name is a column of this workspace's schema (values() above)
        cursor = self.db.execute(f"INSERT {'OR IGNORE ' if or_ignore else ''}INTO {table} ({names}) "
                                 f"VALUES ({', '.join('?' * len(values))})", list(values.values()))
        self.changed = self.changed or bool(cursor.rowcount)
        self.report.count(table, bool(cursor.rowcount))
        return cursor.lastrowid if cursor.rowcount else None

    def merge(self, table: str, rows: Iterable[tuple[str, dict[str, Any]]]) -> None:
        handle = getattr(self, f"_{table}", None) or (lambda row, t=table: self._once(t, row))
        shape = self.forms[table]
        for _where, row in rows:
            handle(complete(shape, row))

    def _once(self, table: str, row: dict[str, Any]) -> int | None:
        """Write-once records: added when missing, never changed."""
        if self.local(table, row["uuid"]) is not None:
            self.report.count(table, False)
            return None
        return self.insert(table, self.values(table, row))

    # --- reference tables and what the records point to ---------------------------------------------------------
    def _keyed(self, table: str, row: dict[str, Any]) -> None:
        if self.key_id(table, row["key"]) is not None:
            self.report.count(table, False)
            return
        values = self.values(table, row)
        if self.local(table, row["uuid"]) is not None:  # another key here has that uuid: a uuid of our own
            values["uuid"] = new_uuid()
        self.key_ids[table][row["key"]] = self.insert(table, values)

    def _tags(self, row: dict[str, Any]) -> None:
        self._keyed("tags", row)

    def _legal_bases(self, row: dict[str, Any]) -> None:
        self._keyed("legal_bases", row)

    def _platform_contacts(self, row: dict[str, Any]) -> None:
        self._keyed("platform_contacts", row)

    def _sources(self, row: dict[str, Any]) -> None:
        """Added as an analyst's OPML would be (from outside: local addresses held), without fetch state."""
        existing = self.local("sources", row["uuid"])
        if existing is None:
            for url in dict.fromkeys((row["url"], infer(row["url"], row["kind"])[1])):
                found = self.db.execute("SELECT id FROM sources WHERE url = ?", [url]).fetchone()
                if found:
                    existing = self.alias["sources"][row["uuid"]] = found[0]
                    break
        if existing is not None:
            self.report.count("sources", False)
            return
        options = {name: row[name] for name in ("name", "folder", "category", "language", "interval_minutes",
                                                "encoding_override", "state_body", "country") if name in row}
        selectors = json.loads(row["selectors"]) if row.get("selectors") else None
        source = add_source(self.db, row["url"], kind=row["kind"], selectors=selectors, from_outside=True, **options)
        self.db.execute("UPDATE sources SET uuid = ? WHERE id = ?", [row["uuid"], source["id"]])
        if source.get("held_reason"):
            self.report.held.append(source["url"])
        self.changed = True
        self.report.count("sources", True)

    def _items(self, row: dict[str, Any]) -> None:
        values = self.values("items", row)
        existing = self.local("items", row["uuid"]) or self._same_item(values.get("source_id"), row)
        if existing is not None:
            if self.local("items", row["uuid"]) is None:
                self.alias["items"][row["uuid"]] = existing
            self.report.count("items", False)
            return
        values["canonical_url"] = canonical_url(row.get("url"))
        # The body travels in the item's row and is stored apart (db.bodies), the HTML sanitized again.
        html = sanitize_html(values.pop("content_html", None) or "", row.get("url"))
        text = values.pop("content_text", None) or ""
        item_id = self.insert("items", values)
        if item_id is not None:
            bodies.write(self.db, item_id, html, text)
            index_item(self.db, item_id, row.get("title") or "", text, replace=False)
            count_new_items(self.db, [(values.get("first_seen_at") or "", values.get("source_id"),
                                       values.get("lang") or "")])

    def _same_item(self, source_id: int | None, row: dict[str, Any]) -> int | None:
        """The same article fetched on both sides has two uuids: match it as ingest would (guid, URL, content)."""
        for column, value in (("guid", row.get("guid")), ("canonical_url", canonical_url(row.get("url"))),
                              ("content_hash", row.get("content_hash"))):
            if value:
                found = self.db.execute(f"SELECT id FROM items WHERE source_id IS ? AND {column} = ?",
                                        [source_id, value]).fetchone()
                if found:
                    return found[0]
        return None

    def _item_tags(self, row: dict[str, Any]) -> None:
        self.insert("item_tags", self.values("item_tags", row), or_ignore=True)

    def _case_items(self, row: dict[str, Any]) -> None:
        self.insert("case_items", self.values("case_items", row), or_ignore=True)

    # --- records both sides edit: merged by version and by the workflow ---------------------------------------
    def _versioned(self, entity: str, row: dict[str, Any]) -> None:
        table = ENTITY_TABLES[entity]
        existing = self.local(table, row["uuid"])
        canonical = normalise_address(row["url"]) if entity == "violation" else None
        if existing is None and canonical is not None:
            existing = find_open_duplicate(self.db, canonical)  # the same address recorded on both sides
            if existing is not None:
                self.alias[table][row["uuid"]] = existing
        if existing is not None:
            self.pending.append((entity, existing, {name: row.get(name) for name in
                                                    ("uuid", "base_hash", *conflicts.VERSION_FIELDS[entity])}))
            return
        values = self.values(table, row)
        if canonical is not None:
            host = host_of(canonical)
            values.update(url=canonical, canonical_url=canonical, host=host, domain=registrable_domain(host))
            values["platform_id"] = values.get("platform_id") or platform_for(self.db, values["domain"])
        record_id = self.insert(table, values)
        conflicts.remember_base(self.db, entity, row["uuid"],
                                conflicts.version_hash(conflicts.incoming_version(entity, row)))
        audit.record(self.db, entity=entity, entity_id=record_id, entity_uuid=row["uuid"], action="import",
                     analyst=self.analyst, new={**self.note, "from": self.signer.name})

    def _cases(self, row: dict[str, Any]) -> None:
        self._versioned("case", row)

    def _violations(self, row: dict[str, Any]) -> None:
        self._versioned("violation", row)

    def _conflict(self, entity: str, record_id: int, uuid: str, ours: dict, theirs: dict, reason: str,
                  detail: str = "") -> None:
        conflict_id = conflicts.keep(self.db, entity=entity, record_id=record_id, incoming_uuid=uuid, ours=ours,
                                     theirs=theirs, reason=reason, detail=detail, signer=self.signer.fingerprint,
                                     analyst=self.analyst)
        if conflict_id is not None:
            self.changed = True
            self.report.conflicts.append({"id": conflict_id, "entity": entity, "uuid": uuid, "reason": reason,
                                          "detail": detail})

    def _apply(self, entity: str, record_id: int, uuid: str, ours: dict, target: dict) -> bool:
        try:
            with self.db.atomic():
                changes = conflicts.apply(self.db, entity, record_id, ours, target, analyst=self.analyst,
                                          note=self.note)
        except WorkstationError as exc:  # a move the workflow does not allow, or its precondition is missing
            self._conflict(entity, record_id, uuid, ours, target, "transition", str(exc))
            return False
        if changes:
            self.changed = True
            self.report.applied.append(f"{entity} {uuid}: " + ", ".join(
                f"{name} {ours.get(name)!r} → {value!r}" for name, value in changes.items()))
        return True

    def _decide(self, entity: str, record_id: int, row: dict[str, Any]) -> None:
        uuid, table = row["uuid"], ENTITY_TABLES[entity]
        theirs = conflicts.incoming_version(entity, row)
        ours = conflicts.local_version(self.db, entity, record_id)
        theirs_hash, ours_hash = conflicts.version_hash(theirs), conflicts.version_hash(ours)
        ancestors = {h for h in (row.get("base_hash"), conflicts.base_of(self.db, entity, uuid)) if h}
        if ours_hash == theirs_hash or theirs_hash in ancestors:  # the same, or only we changed it since
            self.report.count(table, False)
            if ours_hash == theirs_hash:
                conflicts.remember_base(self.db, entity, uuid, theirs_hash)
            return
        if ours_hash in ancestors:  # only they changed it since the version we share
            target = theirs
        elif not ancestors and (merged := conflicts.union(entity, ours, theirs)) is not None:
            target = merged  # no shared version known (the same address recorded twice): fill in, move forward
        else:
            self._conflict(entity, record_id, uuid, ours, theirs, "both_changed")
            self.report.count(table, False)
            return
        if self._apply(entity, record_id, uuid, ours, target):
            conflicts.remember_base(self.db, entity, uuid, theirs_hash)
        self.report.count(table, False)

    # --- records that only move forward -------------------------------------------------------------------------
    def _refutations(self, row: dict[str, Any]) -> None:
        if self._once("refutations", row) is not None:
            self.touched_cases.add(self.local("cases", row["case_uuid"]))

    def _notices(self, row: dict[str, Any]) -> None:
        existing = self.local("notices", row["uuid"])
        if existing is None:
            notice_id = self.insert("notices", self.values("notices", row))
            if notice_id is not None:
                self.new_notices.add(notice_id)
            return
        ours = conflicts.local_version(self.db, "notice", existing)
        theirs = conflicts.incoming_version("notice", row)
        if ours == theirs or theirs["outcome"] == "pending":
            pass  # the same, or ours is further along
        elif ours["outcome"] == "pending":  # the outcome was recorded on the other side
            self._apply("notice", existing, row["uuid"], ours, theirs)
        else:
            self._conflict("notice", existing, row["uuid"], ours, theirs, "both_changed")
        self.report.count("notices", False)

    def _notice_violations(self, row: dict[str, Any]) -> None:
        """Each address of a notice with its own outcome, which only moves forward from pending: an outcome
        recorded on the other side applies here while ours is pending; one recorded differently on both sides
        stays ours (the notice's own outcome, merged above, is where such a conflict is kept)."""
        values = self.values("notice_violations", row)
        key = [values["notice_id"], values["violation_id"]]
        ours = self.db.execute("SELECT outcome, resolved_at, position FROM notice_violations WHERE notice_id = ? "
                               "AND violation_id = ?", key).fetchone()
        if ours is None:
            self.insert("notice_violations", values, or_ignore=True)
            return
        theirs = (values["outcome"], values["resolved_at"], values["position"])
        fresh = values["notice_id"] in self.new_notices  # listed first by the notices_first_listed trigger
        if tuple(ours) != theirs and (fresh or (ours[0] == "pending" and theirs[0] != "pending")):
            self.db.execute("UPDATE notice_violations SET outcome = ?, resolved_at = ?, position = ? "
                            "WHERE notice_id = ? AND violation_id = ?", [*theirs, *key])
            self.changed = True
            if not fresh:
                uuid = row["violation_uuid"]
                audit.record(self.db, entity="notice", entity_id=values["notice_id"], action="merge",
                             analyst=self.analyst, old={"violation_uuid": uuid, "outcome": ours[0]},
                             new={"violation_uuid": uuid, "outcome": theirs[0], "resolved_at": theirs[1],
                                  **self.note})
                self.report.applied.append(f"notice {row['notice_uuid']}: {uuid} outcome {ours[0]!r} → "
                                           f"{theirs[0]!r}")
        self.report.count("notice_violations", fresh)

    def _restrictions(self, row: dict[str, Any]) -> None:
        existing = self.local("restrictions", row["uuid"])
        if existing is None:
            self.insert("restrictions", self.values("restrictions", row))
            return
        ours = conflicts.local_version(self.db, "restriction", existing)
        theirs = conflicts.incoming_version("restriction", row)
        if any(ours[f] is not None and theirs[f] is not None and ours[f] != theirs[f] for f in ours):
            self._conflict("restriction", existing, row["uuid"], ours, theirs, "both_changed")
        elif any(ours[f] is None and theirs[f] is not None for f in ours):
            self._apply("restriction", existing, row["uuid"], ours,
                        {f: ours[f] if ours[f] is not None else theirs[f] for f in ours})
        self.report.count("restrictions", False)

    def _audit_log(self, row: dict[str, Any]) -> None:
        """Entries new to this workspace are appended to its own chain (recorded now, here); the claimed time,
        analyst and change travel as they were. Chain fields from the other workspace are not taken."""
        if self.db.execute("SELECT 1 FROM audit_log WHERE uuid = ?", [row["uuid"]]).fetchone():
            self.report.count("audit_log", False)
            return
        entry = {name: row.get(name) for name in ("uuid", "at", "analyst", "entity", "action", "old", "new",
                                                 "entity_uuid")}
        entry["entity_id"] = self.local(ENTITY_TABLES[row["entity"]], row.get("entity_uuid"))
        audit.append(self.db, entry)
        self.changed = True
        self.report.count("audit_log", True)

    def finish(self, opened: OpenedBundle) -> None:
        for case_id in sorted(self.touched_cases):  # the first response may now be earlier than either side knew
            old, first = self.db.execute(
                "SELECT first_response_at, (SELECT min(published_at) FROM refutations WHERE case_id = c.id) "
                "FROM cases c WHERE id = ?", [case_id]).fetchone()
            if first != old:
                self.db.execute("UPDATE cases SET first_response_at = ? WHERE id = ?", [first, case_id])
                audit.record(self.db, entity="case", entity_id=case_id, action="first_response",
                             analyst=self.analyst, old={"first_response_at": old},
                             new={"first_response_at": first, **self.note})
        for entity, record_id, row in self.pending:
            self._decide(entity, record_id, row)
        if self.changed:
            audit.record(self.db, entity="bundle", entity_id=None, action="import", analyst=self.analyst,
                         new={"signer": self.signer.fingerprint, "signer_name": self.signer.name,
                              "manifest_sha256": opened.manifest_sha256, "created_at": opened.manifest.get(
                                  "created_at"), "added": self.report.added,
                              "applied": len(self.report.applied), "conflicts": len(self.report.conflicts)})
