"""Violations of the law on false information, and their workflow up to access restriction.

detected → notice_sent → removed | not_removed → restriction_requested → restricted → lifted;
detected or notice_sent → unfounded (closed with a reason). Notices and restrictions live in
notices.py; this module owns the violation record and its status, each change audited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.db import audit, versions
from workstation.core.db.evidence import capture_item
from workstation.core.errors import BadArgument, NotFound, WorkstationError
from workstation.core.ids import new_uuid
from workstation.core.items.tags import resolve_tag
from workstation.core.urls import defang, host_of, pasted_url, refang, registrable_domain, within

STATUSES = ("detected", "notice_sent", "removed", "not_removed", "restriction_requested", "restricted", "lifted",
            "unfounded")
OPEN_STATUSES = ("detected", "notice_sent", "not_removed", "restriction_requested")
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "detected": ("notice_sent", "unfounded", "restriction_requested"),
    "notice_sent": ("removed", "not_removed", "unfounded", "notice_sent"),
    "not_removed": ("restriction_requested", "notice_sent", "removed"),
    "restriction_requested": ("restricted", "removed"),
    "restricted": ("lifted",),
    "removed": (),
    "lifted": (),
    "unfounded": ("detected",),
}
FIELDS = ("id", "uuid", "url", "canonical_url", "host", "domain", "platform_id", "item_id", "type_tag_id",
          "legal_basis_id", "status", "removed_in_time", "closed_reason", "target_organisation", "detected_at",
          "analyst", "notes", "created_at", "updated_at", "version")


def can_become(old: str, new: str) -> bool:
    """Whether a violation that is ``old`` may become ``new``: the one reading of ``TRANSITIONS``."""
    return new in TRANSITIONS.get(old, ())


def check_transition(old: str, new: str) -> None:
    """Raise the analyst's message, with the allowed next steps, when a violation that is ``old`` may not become
    ``new``."""
    if not can_become(old, new):
        raise WorkstationError("violation.bad_transition", old=old, new=new,
                               allowed=", ".join(TRANSITIONS[old]) or "—")


def normalise_address(raw: str) -> str | None:
    """A pasted violation address in its stored form (None if unusable). Scheme-less addresses get http, the
    scheme a browser tries first, so that records made before and after agree on one form for dedup."""
    return pasted_url(raw, default_scheme="http")


def platform_for(db: Database, host: str) -> int | None:
    """The directory's platform for a host the browser contacts: the entry whose domain is the host or one of its
    parents, the most specific first ("vm.tiktok.com" before "tiktok.com"). Entries are read through the same
    parser, so "https://www.Facebook.com/" typed into the directory means facebook.com's www host."""
    best: tuple[int, int] | None = None
    for platform_id, domains in db.execute("SELECT id, domains FROM platform_contacts ORDER BY id"):
        for entry in domains.split():
            domain = host_of(entry)
            if within(host, domain) and (best is None or len(domain) > best[0]):
                best = (len(domain), platform_id)
    return best[1] if best else None


def _type_id(db: Database, violation_type: str | int) -> int:
    if isinstance(violation_type, int):
        return violation_type
    tag = resolve_tag(db, violation_type)
    if tag["kind"] != "violation_type":
        raise WorkstationError("violation.bad_type", type=violation_type)
    return tag["id"]


def default_legal_basis(db: Database) -> int | None:
    row = db.execute("SELECT id FROM legal_bases ORDER BY id LIMIT 1").fetchone()
    return row[0] if row else None


def get_violation(db: Database, violation_id: int) -> dict[str, Any]:
    row = db.execute(f"SELECT {', '.join(FIELDS)} FROM violations WHERE id = ?", [violation_id]).fetchone()
    if row is None:
        raise NotFound("violation", violation_id)
    violation = dict(zip(FIELDS, row, strict=True))
    violation["url_defanged"] = defang(violation["url"])
    return violation


def find_open_duplicate(db: Database, canonical: str) -> int | None:
    """A violation already recorded for this address (closed ones too: a re-appearance is reopened, not doubled)."""
    row = db.execute("SELECT id FROM violations WHERE canonical_url = ? ORDER BY id LIMIT 1", [canonical]).fetchone()
    return row[0] if row else None


def add_violation(db: Database, url: str, *, violation_type: str | int, item_id: int | None = None,
                  detected_at: str | None = None, analyst: str = "", notes: str = "",
                  target_organisation: str = "", legal_basis_id: int | None = None,
                  platform_id: int | None = None, history_at: str | None = None) -> dict[str, Any]:
    """``platform_id`` overrides the directory's platform for the host; ``history_at`` is the time the creation is
    entered in the audit log under (an imported register's detection time; default now)."""
    canonical = normalise_address(url)
    if canonical is None:
        raise BadArgument("source.bad_url", url=url)
    type_id = _type_id(db, violation_type)
    host = host_of(canonical)  # the host the browser contacts: "https://evil.kz\@kaspi.kz/" is evil.kz's
    domain = registrable_domain(host)
    now = clock.now_iso()
    detected = detected_at or now
    with db.atomic():
        # Checked inside the write transaction, so two analysts adding the same address at once get one record.
        existing = find_open_duplicate(db, canonical)
        if existing is not None:
            raise WorkstationError("violation.duplicate", id=existing, url=defang(canonical))
        violation_id = db.execute(
            "INSERT INTO violations (uuid, url, canonical_url, host, domain, platform_id, item_id, type_tag_id, "
            "legal_basis_id, target_organisation, detected_at, analyst, notes, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [new_uuid(), canonical, canonical, host, domain, platform_id or platform_for(db, host), item_id, type_id,
             legal_basis_id or default_legal_basis(db), target_organisation, detected, analyst, notes, now, now],
        ).lastrowid
        audit.record(db, entity="violation", entity_id=violation_id, action="create", analyst=analyst,
                     at=history_at or now,
                     new={"url": canonical, "type_tag_id": type_id, "detected_at": detected, "item_id": item_id})
        if item_id is not None:
            capture_item(db, item_id, violation_id=violation_id, analyst=analyst, at=now)
    return get_violation(db, violation_id)


def set_status(db: Database, violation_id: int, status: str, *, analyst: str = "", at: str | None = None,
               reason: str = "", removed_in_time: bool | None = None,
               expected_version: int | None = None) -> dict[str, Any]:
    """Move a violation to ``status``; with ``expected_version`` (its ``version`` when the analyst opened it), refused
    if someone changed it since (core.db.versions)."""
    if status not in STATUSES:
        raise BadArgument("violation.bad_status", status=status, allowed=", ".join(STATUSES))
    violation = get_violation(db, violation_id)
    check_transition(violation["status"], status)
    if status == "unfounded" and not reason.strip():
        raise BadArgument("violation.reason_required")
    now = at or clock.now_iso()
    changes: dict[str, Any] = {"status": status, "updated_at": clock.now_iso()}
    if status == "unfounded":
        changes["closed_reason"] = reason.strip()
    if removed_in_time is not None:
        changes["removed_in_time"] = int(removed_in_time)
    with db.atomic():
        versions.refuse_if_changed(db, "violation", violation_id, expected_version)
        db.table("violations").update(violation_id, changes)
        audit.record(db, entity="violation", entity_id=violation_id, action="status", analyst=analyst, at=now,
                     old={"status": violation["status"]},
                     new={k: v for k, v in changes.items() if k != "updated_at"})
    return get_violation(db, violation_id)


def list_violations(db: Database, *, status: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    if status is not None and status not in STATUSES:
        raise BadArgument("violation.bad_status", status=status, allowed=", ".join(STATUSES))
    sql = (f"SELECT {', '.join('v.' + f for f in FIELDS)}, t.key AS type, p.name AS platform FROM violations v "
           "LEFT JOIN tags t ON t.id = v.type_tag_id LEFT JOIN platform_contacts p ON p.id = v.platform_id")
    params: list = []
    if status:
        sql += " WHERE v.status = ?"
        params.append(status)
    sql += " ORDER BY v.detected_at DESC, v.id DESC"
    if limit:
        sql += f" LIMIT {int(limit)}"
    rows = list(db.query(sql, params))
    for row in rows:
        row["url_defanged"] = defang(row["url"])
    return rows


@dataclass
class BulkIntake:
    created: list[int] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)  # {"url", "violation_id"}
    invalid: list[str] = field(default_factory=list)
    by_domain: dict[str, int] = field(default_factory=dict)


_DOTTED = re.compile(r"\w\.\w")


def addresses_in(text: str) -> list[str]:
    """Addresses in pasted text or a CSV export: one per line, or in any comma/semicolon/tab-separated column."""
    found = []
    first = True
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        cells = [c.strip().strip('"') for c in line.replace(";", ",").replace("\t", ",").split(",")]
        # A cell is the address when, once refanged, it has a scheme or a dotted name: whatever defanging style.
        address = next((c for c in cells if "://" in refang(c) or _DOTTED.search(refang(c))), None)
        if address:
            found.append(address)
        elif not (first and len(cells) > 1):  # a CSV header line is skipped, other lines are reported
            found.append(line)
        first = False
    return found


def bulk_intake(db: Database, text: str, *, violation_type: str | int, analyst: str = "",
                detected_at: str | None = None) -> BulkIntake:
    """Hundreds of pasted or imported addresses at once: normalised, grouped by registrable domain;
    duplicates (in the batch or against recorded violations) are reported, not created again."""
    result = BulkIntake()
    type_id = _type_id(db, violation_type)
    seen: dict[str, int | None] = {}
    with db.atomic():
        for raw in addresses_in(text):
            canonical = normalise_address(raw)
            if canonical is None:
                result.invalid.append(raw)
                continue
            if canonical in seen:
                result.duplicates.append({"url": defang(canonical), "violation_id": seen[canonical]})
                continue
            existing = find_open_duplicate(db, canonical)
            if existing is not None:
                seen[canonical] = existing
                result.duplicates.append({"url": defang(canonical), "violation_id": existing})
                continue
            violation = add_violation(db, canonical, violation_type=type_id, analyst=analyst, detected_at=detected_at)
            seen[canonical] = violation["id"]
            result.created.append(violation["id"])
            result.by_domain[violation["domain"]] = result.by_domain.get(violation["domain"], 0) + 1
    return result
