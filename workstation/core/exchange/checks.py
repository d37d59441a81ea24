"""The first pass of an import: every row of a verified bundle checked against this workspace, nothing written.

Shapes come from fields.py; here are the checks that need the whole bundle or the workspace: each reference
resolves to a record in the bundle (read earlier, tables being in dependency order) or in this workspace; no
uuid or key appears twice; sources have a scheme and a kind ``add_source`` accepts; violations a usable address;
audit entries a known entity; evidence matches its seal; a notice lists each address once.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from workstation.core.db.evidence import seal
from workstation.core.errors import Problem, WorkstationError
from workstation.core.exchange.bundle import OpenedBundle
from workstation.core.exchange.fields import (
    ENTITY_TABLES,
    TABLES,
    UUID,
    Shape,
    bad_row,
    check_row,
    complete,
    shown_value,
)
from workstation.core.ingest.sources import infer
from workstation.core.violations.workflow import normalise_address

KEYED = ("tags", "legal_bases", "platform_contacts")
# Tables whose uuids the first pass remembers: other rows refer to them.
REFERRED = ("tags", "platform_contacts", "sources", "items", "cases", "violations", "notices", "restrictions",
            "briefings", "media_plan_events")


def check_rows(db: Database, forms: dict[str, Shape], opened: OpenedBundle) -> None:
    """Raise WorkstationError ("bundle.invalid", or "bundle.tampered" for seals) at the first bad row."""
    _Checker(db, forms).check(opened)


class _Checker:
    """The first pass: shapes, references (to the bundle or to this workspace), seals. Writes nothing."""

    def __init__(self, db: Database, forms: dict[str, Shape]) -> None:
        self.db, self.forms = db, forms
        self.seen: dict[str, set[str]] = {table: set() for table in REFERRED}
        self.seen_keys: dict[str, set[str]] = {table: set() for table in KEYED}
        self.seal_problems: list[Problem] = []
        self.listed: set[tuple[str, str]] = set()  # (notice_uuid, violation_uuid) of notice_violations

    def exists(self, table: str, column: str, value: str) -> bool:
        if value in (self.seen_keys if column == "key" else self.seen).get(table, ()):
            return True
        return self.db.execute(f"SELECT 1 FROM {table} WHERE {column} = ?", [value]).fetchone() is not None

    def check(self, opened: OpenedBundle) -> None:
        counter = [0]  # rows of the whole bundle, against archive.MAX_ROWS
        for table in TABLES:
            shape = self.forms[table]
            special = getattr(self, f"_check_{table}", None)
            for where, row in opened.rows(table, counter):
                check_row(shape, row, where)
                complete(shape, row)
                for name, ref in shape.spec.refs.items():
                    value = row.get(name)
                    if value is not None and not self.exists(ref.target, ref.by, value):
                        raise bad_row(where, "bundle.dangling", name=name, value=shown_value(value))
                if special is not None:
                    special(row, where)
                if table in KEYED:
                    if not row["key"] or row["key"] in self.seen_keys[table]:
                        raise bad_row(where, "bundle.key_twice", value=shown_value(row["key"]))
                    self.seen_keys[table].add(row["key"])
                if table in self.seen:
                    if row["uuid"] in self.seen[table]:
                        raise bad_row(where, "bundle.uuid_twice", uuid=row["uuid"])
                    self.seen[table].add(row["uuid"])
        if self.seal_problems:
            raise WorkstationError("bundle.tampered", count=len(self.seal_problems), first=self.seal_problems[0])

    def _check_sources(self, row: dict[str, Any], where: Problem) -> None:
        url = row["url"]
        if "://" not in url:
            raise bad_row(where, "bundle.no_scheme", value=shown_value(url))
        try:
            infer(url, row["kind"])
        except WorkstationError as exc:
            raise WorkstationError("bundle.invalid", where=where, problem=exc) from exc
        if row.get("selectors") is not None:
            try:
                selectors = json.loads(row["selectors"])
            except ValueError as exc:
                raise bad_row(where, "bundle.selectors_not_json") from exc
            if not isinstance(selectors, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                                          for k, v in selectors.items()):
                raise bad_row(where, "bundle.selectors_not_texts")

    def _check_violations(self, row: dict[str, Any], where: Problem) -> None:
        if normalise_address(row["url"]) is None:
            raise bad_row(where, "bundle.unusable_url", value=shown_value(row["url"]))

    def _check_notice_violations(self, row: dict[str, Any], where: Problem) -> None:
        pair = (row["notice_uuid"], row["violation_uuid"])
        if pair in self.listed:
            raise bad_row(where, "bundle.listed_twice", notice=pair[0], violation=pair[1])
        self.listed.add(pair)

    def _check_evidence(self, row: dict[str, Any], where: Problem) -> None:
        if seal(row) != row["sha256"]:
            self.seal_problems.append(Problem("check.bundle_seal", uuid=row["uuid"]))

    def _check_audit_log(self, row: dict[str, Any], where: Problem) -> None:
        table = ENTITY_TABLES.get(row["entity"])
        if table is None:
            raise bad_row(where, "bundle.unknown_entity", value=shown_value(row["entity"]))
        target = row.get("entity_uuid")
        if target is not None and (not UUID.match(target) or not self.exists(table, "uuid", target)):
            raise bad_row(where, "bundle.dangling", name="entity_uuid", value=shown_value(target))
        for name in ("old", "new"):
            if row.get(name) is not None:
                try:
                    json.loads(row[name])
                except (ValueError, RecursionError) as exc:
                    raise bad_row(where, "bundle.not_json", name=name) from exc
