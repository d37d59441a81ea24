"""What travels in a bundle, table by table, and the shape check every incoming row passes.

The fields a row may carry come from this workspace's own schema (``PRAGMA table_info``), never from the row:
each table's columns, less those that stay home (integer ids, fetch state such as ETag and body hash, reading
state), with each integer reference replaced by the UUID or key of the record it points to. Types, required
fields and allowed values come from the same schema (column types, NOT NULL without a default, ``CHECK (x IN
(…))``). A row with any other key, a wrong type, a missing required field or a value outside its list is refused,
and with it the whole bundle. Column names written to SQL are always the schema's, never an incoming key.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from workstation.core.errors import Problem, WorkstationError


@dataclass(frozen=True)
class Ref:
    """A bundle field standing for a local integer column: the UUID or key of the record it points to."""

    column: str
    target: str
    by: str  # "uuid" or "key"
    required: bool = False


@dataclass(frozen=True)
class Spec:
    table: str
    stays_home: tuple[str, ...] = ("id",)
    refs: dict[str, Ref] = field(default_factory=dict)
    entity: str | None = None  # cases and violations: merged by version, with a base_hash field


_FETCH_STATE = ("id", "site_url", "etag", "last_modified", "last_fetch_at", "last_ok_at", "error_count", "last_error",
                "last_error_key", "last_error_params", "retry_after", "enabled", "created_at", "body_sha256",
                "held_reason", "last_warning")

# In the order they are read and merged: every table after the tables it refers to.
SPECS: tuple[Spec, ...] = (
    Spec("tags"),
    Spec("legal_bases"),
    Spec("platform_contacts"),
    Spec("sources", stays_home=_FETCH_STATE),
    Spec("items", stays_home=("id", "read", "starred", "canonical_url"),
         refs={"source_uuid": Ref("source_id", "sources", "uuid")}),
    Spec("item_tags", stays_home=("rule_id",),
         refs={"item_uuid": Ref("item_id", "items", "uuid", True), "tag": Ref("tag_id", "tags", "key", True)}),
    # A record's version counts its local edits (two analysts saving one record); bundles merge by base_hash.
    Spec("cases", stays_home=("id", "version"), refs={"category": Ref("category_tag_id", "tags", "key")},
         entity="case"),
    Spec("case_items", stays_home=(),
         refs={"case_uuid": Ref("case_id", "cases", "uuid", True), "item_uuid": Ref("item_id", "items", "uuid", True)}),
    Spec("violations", stays_home=("id", "canonical_url", "host", "domain", "version"), entity="violation",
         refs={"item_uuid": Ref("item_id", "items", "uuid"), "type": Ref("type_tag_id", "tags", "key"),
               "platform": Ref("platform_id", "platform_contacts", "key"),
               "legal_basis": Ref("legal_basis_id", "legal_bases", "key")}),
    Spec("evidence", refs={"item_uuid": Ref("item_id", "items", "uuid"), "case_uuid": Ref("case_id", "cases", "uuid"),
                           "violation_uuid": Ref("violation_id", "violations", "uuid")}),
    Spec("refutations", refs={"case_uuid": Ref("case_id", "cases", "uuid", True)}),
    Spec("notices", stays_home=("id", "hours_to_outcome"),
         refs={"violation_uuid": Ref("violation_id", "violations", "uuid", True),
               "recipient_key": Ref("recipient_id", "platform_contacts", "key")}),
    Spec("notice_violations", stays_home=(),  # each address a notice lists, with its own outcome
         refs={"notice_uuid": Ref("notice_id", "notices", "uuid", True),
               "violation_uuid": Ref("violation_id", "violations", "uuid", True)}),
    Spec("restrictions", refs={"violation_uuid": Ref("violation_id", "violations", "uuid", True)}),
    Spec("briefings"),
    Spec("media_plan_events"),
    Spec("audit_log", stays_home=("id", "entity_id", "recorded_at", "prev_hash", "hash")),
)
BY_TABLE = {spec.table: spec for spec in SPECS}
TABLES = tuple(spec.table for spec in SPECS)
# Which table an audit entry's entity lives in, to translate its id to a uuid and back.
ENTITY_TABLES = {"case": "cases", "violation": "violations", "notice": "notices", "briefing": "briefings",
                 "media_plan_event": "media_plan_events", "item": "items", "tag": "tags",
                 "watch_rule": "watch_rules", "platform_contact": "platform_contacts", "restriction": "restrictions"}
BASE_HASH = "base_hash"  # bundle-only field of cases and violations: the version both sides last shared

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
HEX64 = re.compile(r"^[0-9a-f]{64}$")
MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?(?:Z|[+-]\d{2}:?\d{2})?$")
_CHECK = re.compile(r"CHECK\s*\(\s*(\w+)\s+IN\s*\(([^)]*)\)\s*\)", re.I)


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # "text", "integer" or "real"
    required: bool  # NOT NULL and no default: the row must carry it
    nullable: bool
    choices: tuple[str, ...] | None
    default: Any = None  # the schema's DEFAULT, as a Python value


def _default(literal: str | None) -> Any:
    if literal is None or literal.upper() == "NULL":
        return None
    if literal.startswith("'") and literal.endswith("'"):
        return literal[1:-1].replace("''", "'")
    try:
        return int(literal)
    except ValueError:
        return float(literal)


def schema_columns(db: Database, table: str) -> dict[str, Column]:
    """The table's columns as this workspace's schema defines them, with the values each CHECK allows."""
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()
    if sql is None:
        raise ValueError(f"no table {table} in this workspace")
    checks = {m.group(1): tuple(re.findall(r"'([^']*)'", m.group(2))) for m in _CHECK.finditer(sql[0])}
    out = {}
    for _cid, name, declared, notnull, default, pk in db.execute(f"PRAGMA table_info({table})").fetchall():
        kind = "integer" if "INT" in declared.upper() else "real" if "REAL" in declared.upper() else "text"
        out[name] = Column(name, kind, bool(notnull) and default is None and not pk, not notnull,
                           checks.get(name), _default(default))
    return out


@dataclass(frozen=True)
class Shape:
    """One table's travelling form in this workspace: the columns copied as they are, then the references."""

    spec: Spec
    columns: dict[str, Column]  # travelling columns, in schema order

    @property
    def fields(self) -> tuple[str, ...]:
        extra = (BASE_HASH,) if self.spec.entity else ()
        return (*self.columns, *self.spec.refs, *extra)


def shapes(db: Database) -> dict[str, Shape]:
    out = {}
    for spec in SPECS:
        local = schema_columns(db, spec.table)
        home = set(spec.stays_home) | {ref.column for ref in spec.refs.values()}
        out[spec.table] = Shape(spec, {name: col for name, col in local.items() if name not in home})
    return out


def bad_row(where: Problem, key: str, **params: Any) -> WorkstationError:
    """The refusal of a bundle at ``where`` (``archive.rows``), for the reason of message ``key``."""
    return WorkstationError("bundle.invalid", where=where, problem=Problem(key, **params))


def shown_value(value: Any) -> str:
    return ascii(value)[:60]


def complete(shape: Shape, row: dict[str, Any]) -> dict[str, Any]:
    """The row with each travelling column it leaves out set to the schema's default (None if it has none),
    as an INSERT would store it: what the merge compares and writes."""
    for name, column in shape.columns.items():
        row.setdefault(name, column.default)
    return row


def check_row(shape: Shape, row: dict[str, Any], where: Problem) -> None:
    """Refuse (WorkstationError "bundle.invalid") a row that is not of ``shape``: unknown or missing fields,
    wrong types, values outside the schema's lists, malformed UUIDs, times or hashes."""
    allowed = shape.fields
    unknown = [key for key in row if key not in allowed]
    if unknown:
        raise bad_row(where, "bundle.unknown_field", field=shown_value(unknown[0]))
    for name, column in shape.columns.items():
        if name not in row:
            if column.required:
                raise bad_row(where, "bundle.missing", name=name)
            continue
        _check_value(column, row[name], where)
    for name, ref in shape.spec.refs.items():
        value = row.get(name)
        if value is None:
            if ref.required:
                raise bad_row(where, "bundle.missing", name=name)
            continue
        if not isinstance(value, str) or (ref.by == "uuid" and not UUID.match(value)) or not value:
            raise bad_row(where, "bundle.not_uuid_ref" if ref.by == "uuid" else "bundle.not_key_ref", name=name,
                          value=shown_value(value))
    if shape.spec.entity:
        base = row.get(BASE_HASH)
        if base is not None and not (isinstance(base, str) and HEX64.match(base)):
            raise bad_row(where, "bundle.not_sha256", name=BASE_HASH, value=shown_value(base))


_KIND_PROBLEMS = {"text": "bundle.not_text", "integer": "bundle.not_integer", "real": "bundle.not_number"}


def _check_value(column: Column, value: Any, where: Problem) -> None:
    name = column.name
    if value is None:
        if not column.nullable:
            raise bad_row(where, "bundle.null", name=name)
        return
    if column.kind == "text":
        ok = isinstance(value, str)
    elif column.kind == "integer":
        ok = isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2 ** 63
    else:
        ok = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    if not ok:
        raise bad_row(where, _KIND_PROBLEMS[column.kind], name=name, value=shown_value(value))
    if column.choices is not None and value not in column.choices:
        raise bad_row(where, "bundle.not_choice", name=name, value=shown_value(value),
                      choices=", ".join(column.choices))
    if name == "uuid" and not UUID.match(value):
        raise bad_row(where, "bundle.not_uuid_ref", name="uuid", value=shown_value(value))
    if name.endswith("_at") and isinstance(value, str) and not MOMENT.match(value):
        raise bad_row(where, "bundle.not_time", name=name, value=shown_value(value))
