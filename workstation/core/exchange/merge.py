"""Merging a verified bundle into this workspace by UUID (see bundle.py for the format and the rules)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlite_utils import Database

from workstation.core.db import audit
from workstation.core.exchange.bundle import ENTITY_TABLES, ImportReport, read_bundle, without
from workstation.core.ingest.dedup import index_item
from workstation.core.urls import canonical_url

# Fields compared to decide "identical" and copied when the incoming version is the later one.
CASE_FIELDS = ("title", "claim", "status", "dismiss_reason", "resonant", "detected_at", "first_response_at", "notes",
               "state_body", "category_tag_id")
VIOLATION_FIELDS = ("status", "removed_in_time", "closed_reason", "target_organisation", "notes", "type_tag_id",
                    "legal_basis_id")


def import_bundle(db: Database, path: str | Path, *, analyst: str = "") -> ImportReport:
    data = read_bundle(path)  # refuses a tampered bundle before anything is written
    report = ImportReport()
    with db.atomic():
        merger = _Merger(db, report, analyst)
        merger.reference_tables(data)
        merger.sources(data["sources"])
        merger.items(data["items"])
        merger.item_tags(data["item_tags"])
        merger.cases(data["cases"])
        merger.violations(data["violations"])
        merger.simple("case_items", data["case_items"])
        merger.evidence(data["evidence"])
        merger.refutations(data["refutations"])
        merger.notices(data["notices"])
        merger.restrictions(data["restrictions"])
        for table in ("briefings", "media_plan_events"):
            merger.plain(table, data[table])
        merger.audit(data["audit_log"])
    return report


class _Merger:
    def __init__(self, db: Database, report: ImportReport, analyst: str) -> None:
        self.db, self.report, self.analyst = db, report, analyst
        self.ids: dict[str, dict[str, int]] = {}  # table -> uuid -> local id

    def local(self, table: str, uuid: str | None) -> int | None:
        if uuid is None:
            return None
        if table not in self.ids:
            self.ids[table] = dict(self.db.execute(f"SELECT uuid, id FROM {table}").fetchall())
        return self.ids[table].get(uuid)

    def remember(self, table: str, uuid: str, local_id: int) -> None:
        self.local(table, uuid)
        self.ids[table][uuid] = local_id

    def key_id(self, table: str, key: str | None) -> int | None:
        if not key:
            return None
        row = self.db.execute(f"SELECT id FROM {table} WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def insert(self, table: str, row: dict[str, Any]) -> int:
        columns = ", ".join(row)
        marks = ", ".join("?" * len(row))
        return self.db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values())).lastrowid

    # --- reference tables: matched by key, never overwritten (each workspace edits its own names) -----------
    def reference_tables(self, data: dict[str, list[dict]]) -> None:
        for table in ("tags", "legal_bases", "platform_contacts"):
            for row in data[table]:
                if self.key_id(table, row["key"]) is None:
                    self.insert(table, row)
                    self.report.count(table, True)
                else:
                    self.report.count(table, False)

    def sources(self, rows: list[dict]) -> None:
        for row in rows:
            existing = self.local("sources", row["uuid"])
            if existing is None:
                found = self.db.execute("SELECT id FROM sources WHERE url = ?", [row["url"]]).fetchone()
                existing = found[0] if found else None
            if existing is not None:
                self.remember("sources", row["uuid"], existing)
                self.report.count("sources", False)
                continue
            self.remember("sources", row["uuid"], self.insert("sources", row))
            self.report.count("sources", True)

    def items(self, rows: list[dict]) -> None:
        for row in rows:
            source_id = self.local("sources", row.pop("source_uuid"))
            existing = self.local("items", row["uuid"]) or self._same_item(source_id, row)
            if existing is not None:
                self.remember("items", row["uuid"], existing)
                self.report.count("items", False)
                continue
            item_id = self.insert("items", {**row, "source_id": source_id})
            index_item(self.db, item_id, row["title"], row["content_text"], replace=False)
            self.remember("items", row["uuid"], item_id)
            self.report.count("items", True)

    def _same_item(self, source_id: int | None, row: dict) -> int | None:
        """The same article fetched on both sides has two uuids: match it as ingest would (guid, URL, content)."""
        for column, value in (("guid", row.get("guid")), ("canonical_url", canonical_url(row.get("url"))),
                              ("content_hash", row.get("content_hash"))):
            if value:
                found = self.db.execute(f"SELECT id FROM items WHERE source_id IS ? AND {column} = ?",
                                        [source_id, value]).fetchone()
                if found:
                    return found[0]
        return None

    def item_tags(self, rows: list[dict]) -> None:
        for row in rows:
            item_id, tag_id = self.local("items", row["item_uuid"]), self.key_id("tags", row["tag"])
            if item_id is None or tag_id is None:
                continue
            cur = self.db.execute("INSERT OR IGNORE INTO item_tags (item_id, tag_id, analyst, created_at) "
                                  "VALUES (?, ?, ?, ?)", [item_id, tag_id, row["analyst"], row["created_at"]])
            self.report.count("item_tags", bool(cur.rowcount))

    # --- records analysts edit: later change wins, both versions audited ----------------------------------------
    def _merge_record(self, table: str, entity: str, row: dict, fields: tuple[str, ...]) -> None:
        existing = self.local(table, row["uuid"])
        if existing is None:
            self.remember(table, row["uuid"], self.insert(table, row))
            self.report.count(table, True)
            return
        local = dict(next(self.db.query(f"SELECT * FROM {table} WHERE id = ?", [existing])))
        differing = {f: row.get(f) for f in fields if local.get(f) != row.get(f)}
        if not differing:
            self.report.count(table, False)
            return
        old = {f: local.get(f) for f in differing}
        if row["updated_at"] > local["updated_at"]:
            self.db.table(table).update(existing, {**differing, "updated_at": row["updated_at"]})
            kept = "incoming"
        else:
            kept = "local"
        audit.record(self.db, entity=entity, entity_id=existing, entity_uuid=row["uuid"], action="merge_conflict",
                     analyst=self.analyst, old={"local": old, "local_updated_at": local["updated_at"]},
                     new={"incoming": differing, "incoming_updated_at": row["updated_at"], "kept": kept})
        self.report.conflicts.append(f"{entity} {row['uuid']}: kept the {kept} version")
        self.report.count(table, False)

    def cases(self, rows: list[dict]) -> None:
        for row in rows:
            row = dict(row)
            row["category_tag_id"] = self.key_id("tags", row.pop("category"))
            self._merge_record("cases", "case", row, CASE_FIELDS)

    def violations(self, rows: list[dict]) -> None:
        for row in rows:
            row = dict(row)
            row["item_id"] = self.local("items", row.pop("item_uuid"))
            row["type_tag_id"] = self.key_id("tags", row.pop("type"))
            row["platform_id"] = self.key_id("platform_contacts", row.pop("platform"))
            row["legal_basis_id"] = self.key_id("legal_bases", row.pop("legal_basis"))
            self._merge_record("violations", "violation", row, VIOLATION_FIELDS)

    # --- write-once records: added when missing, never changed ---------------------------------------------------
    def simple(self, table: str, rows: list[dict]) -> None:
        for row in rows:
            case_id, item_id = self.local("cases", row["case_uuid"]), self.local("items", row["item_uuid"])
            cur = self.db.execute("INSERT OR IGNORE INTO case_items (case_id, item_id, added_at, analyst) "
                                  "VALUES (?, ?, ?, ?)", [case_id, item_id, row["added_at"], row["analyst"]])
            self.report.count(table, bool(cur.rowcount))

    def _once(self, table: str, row: dict) -> bool:
        if self.local(table, row["uuid"]) is not None:
            self.report.count(table, False)
            return False
        self.remember(table, row["uuid"], self.insert(table, row))
        self.report.count(table, True)
        return True

    def plain(self, table: str, rows: list[dict]) -> None:
        for row in rows:
            self._once(table, row)

    def evidence(self, rows: list[dict]) -> None:
        for row in rows:
            row = dict(row)
            row["item_id"] = self.local("items", row.pop("item_uuid"))
            row["case_id"] = self.local("cases", row.pop("case_uuid"))
            row["violation_id"] = self.local("violations", row.pop("violation_uuid"))
            self._once("evidence", row)

    def refutations(self, rows: list[dict]) -> None:
        touched = set()
        for row in rows:
            case_id = self.local("cases", row["case_uuid"])
            if self._once("refutations", {**without(row, ("case_uuid",)), "case_id": case_id}):
                touched.add(case_id)
        for case_id in touched:  # the first response may now be earlier than either side knew
            first = self.db.execute("SELECT min(published_at) FROM refutations WHERE case_id = ?",
                                    [case_id]).fetchone()[0]
            self.db.execute("UPDATE cases SET first_response_at = ? WHERE id = ?", [first, case_id])

    def notices(self, rows: list[dict]) -> None:
        for row in rows:
            row = {**without(row, ("violation_uuid", "recipient_key")),
                   "violation_id": self.local("violations", row["violation_uuid"]),
                   "recipient_id": self.key_id("platform_contacts", row.get("recipient_key"))}
            existing = self.local("notices", row["uuid"])
            if existing is None:
                self._once("notices", row)
                continue
            local = self.db.execute("SELECT outcome FROM notices WHERE id = ?", [existing]).fetchone()[0]
            if local == "pending" and row["outcome"] != "pending":
                # The outcome was recorded on the other side: a pending notice only ever moves forward.
                self.db.execute("UPDATE notices SET outcome = ?, resolved_at = ? WHERE id = ?",
                                [row["outcome"], row["resolved_at"], existing])
                audit.record(self.db, entity="notice", entity_id=existing, entity_uuid=row["uuid"], action="merge",
                             analyst=self.analyst, old={"outcome": local}, new={"outcome": row["outcome"]})
            self.report.count("notices", False)

    def restrictions(self, rows: list[dict]) -> None:
        for row in rows:
            row = {**without(row, ("violation_uuid",)), "violation_id": self.local("violations", row["violation_uuid"])}
            existing = self.local("restrictions", row["uuid"])
            if existing is None:
                self._once("restrictions", row)
                continue
            for column in ("order_ref", "ordered_at", "lifted_at"):
                if row.get(column):
                    self.db.execute(f"UPDATE restrictions SET {column} = coalesce({column}, ?) WHERE id = ?",
                                    [row[column], existing])
            self.report.count("restrictions", False)

    def audit(self, rows: list[dict]) -> None:
        """Entries new to this workspace are appended to its own chain (recorded now, here); the claimed time,
        analyst and change travel as they were. Chain fields from the other workspace are not taken."""
        for row in rows:
            if self.local("audit_log", row["uuid"]) is not None:
                self.report.count("audit_log", False)
                continue
            table = ENTITY_TABLES.get(row["entity"])
            entry = {field: row.get(field) for field in ("uuid", "at", "analyst", "entity", "action", "old", "new")}
            entry["entity_uuid"] = row.get("entity_uuid")
            entry["entity_id"] = self.local(table, row["entity_uuid"]) if table else None
            self.remember("audit_log", row["uuid"], audit.append(self.db, entry))
            self.report.count("audit_log", True)

