"""Workspace bundles: a field analyst exports one signed file; headquarters verifies it and merges it.

Format (version 3). A zip (stored or deflated members only) holding exactly:

* ``data/<table>.jsonl`` for each table in ``fields.TABLES``: one flat JSON object per line. Each object has
  exactly the fields ``fields.py`` derives from the schema (the table's columns less those that stay home, such
  as integer ids, sources' ETag, Last-Modified and body hash, items' read state), with every reference written
  as the UUID of the record (``case_uuid``, ``item_uuid``…) or the key of a tag, legal basis or platform,
  because integer ids differ between workspaces. ``notice_violations`` lists every address of a notice
  (``notice_uuid``, ``violation_uuid``, position, its own outcome and resolved time); a notice travels with all
  the violations it lists. Cases and violations also carry ``base_hash``: the version of
  the record the exporter last received (see conflicts.py).
* ``manifest.json``: ``format``, ``version``, ``created_at``, ``app_version``, ``signer`` (``fingerprint``,
  ``public_key``, ``name``), ``counts`` and ``sha256``: the SHA-256 of every data member.
* ``signature.json``: ``algorithm`` ("ed25519"), ``public_key`` and ``signature``, both base64; the signature
  is over the exact bytes of ``manifest.json``.

Import refuses the whole bundle, in one line and with nothing written, unless every check passes, in this order:
the zip's sizes and names (archive.py: caps per member, in total and on the compression ratio, no duplicate,
unexpected, unsafe or encrypted member); the signature over the manifest; the signer is trusted in this
workspace (its own key, a key trusted with ``keys trust``, or ``--trust`` / the desktop's confirmation on
import, which records the key); each member's SHA-256 against the signed manifest, computed while streaming and
before the member is parsed; every row's shape against this workspace's schema (fields.py); every reference
resolves to a record in the bundle or in this workspace; every evidence seal matches its content.

Then merge.py merges by UUID in one transaction: new records are added; sources through ``add_source(...,
from_outside=True)`` (a local file, loopback or private address is held disabled) and without fetch state; the
same article fetched on both sides is one item, and a violation with the same canonical address is one record
with both histories. An edited case or violation is merged by the workflow, not the clock: the incoming
version applies only if this side has not changed it since the common version and each status move is one the
workflow allows; otherwise a conflict is kept for an analyst (``bundle conflicts``, ``bundle resolve``). Every
applied change and conflict is audited, and the sender's audit entries are appended to this workspace's chain.
Importing the same bundle twice changes nothing.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sqlite_utils import Database

from workstation import __version__
from workstation.core import clock
from workstation.core.db import bodies
from workstation.core.db.stored_times import shown_value
from workstation.core.errors import NotFound, WorkstationError
from workstation.core.exchange import keys
from workstation.core.exchange.archive import Archive, rows, unreadable
from workstation.core.exchange.fields import ENTITY_TABLES, HEX64, TABLES, Shape, shapes
from workstation.core.files import write_with

FORMAT = "media-monitoring-workstation-bundle"
VERSION = 3  # 3: notice_violations (the addresses a notice lists, each with its outcome)
MANIFEST = "manifest.json"
SIGNATURE = "signature.json"
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_SIGNATURE_BYTES = 4096


def member_name(table: str) -> str:
    return f"data/{table}.jsonl"


DATA_MEMBERS = frozenset(member_name(table) for table in TABLES)
MEMBERS = frozenset({MANIFEST, SIGNATURE, *DATA_MEMBERS})


# --- export ---------------------------------------------------------------------------------------------------
def _in(ids: list[int]) -> str:
    return f"({','.join(str(int(i)) for i in ids) or 'NULL'})"


def _select(shape: Shape, where: str, uuid_of_entity: str | None = None) -> str:
    """The table's travelling form straight from SQL: its columns, then each reference as a uuid or key."""
    spec = shape.spec
    exprs = [f"t.{name}" for name in shape.columns]
    if uuid_of_entity:  # audit entries: the uuid of the record as this workspace knows it
        exprs = [e if e != "t.entity_uuid" else
                 f"coalesce((SELECT x.uuid FROM {uuid_of_entity} x WHERE x.id = t.entity_id), t.entity_uuid) "
                 "AS entity_uuid" for e in exprs]
    exprs += [f"(SELECT r.{ref.by} FROM {ref.target} r WHERE r.id = t.{ref.column}) AS {name}"
              for name, ref in spec.refs.items()]
    if spec.entity:
        exprs.append(f"(SELECT b.base_hash FROM record_bases b WHERE b.entity = '{spec.entity}' "
                     "AND b.uuid = t.uuid) AS base_hash")
    return f"SELECT {', '.join(exprs)} FROM {spec.table} t WHERE {where}"


def _with_body(db: Database, record: dict[str, Any]) -> None:
    """An item travels with its body, which the workspace keeps apart from the item's row (db.bodies)."""
    found = db.execute("SELECT id FROM items WHERE uuid = ?", [record["uuid"]]).fetchone()
    body = bodies.read(db, found[0]) if found else bodies.EMPTY
    record["content_html"], record["content_text"] = body.html, body.text


def _selection(db: Database, since: str | None, until: str | None, case_ids: list[int] | None,
               violation_ids: list[int] | None) -> dict[str, list[tuple[str, list]]]:
    """Per table, the WHERE clauses (with parameters) of the rows a bundle of this period or selection holds."""
    window, bounds = "{col} >= ? AND {col} < ?", [since or "", until or "9999"]
    # A period's bundle carries every record touched in it, not only those detected in it: a case detected the day
    # before and refuted inside the week travels with the week (its audit entries fall in the period).
    touched = "SELECT entity_id FROM audit_log WHERE entity = '{entity}' AND " + window.format(col="at")
    if case_ids is None:
        case_ids = [r[0] for r in db.execute(
            "SELECT id FROM cases WHERE " + window.format(col="detected_at") + " UNION " +
            touched.format(entity="case") + " AND entity_id IN (SELECT id FROM cases)", bounds + bounds)]
    if violation_ids is None:
        violation_ids = [r[0] for r in db.execute(
            "SELECT id FROM violations WHERE " + window.format(col="detected_at") + " UNION " +
            touched.format(entity="violation") + " AND entity_id IN (SELECT id FROM violations) UNION "
            "SELECT violation_id FROM notice_violations WHERE notice_id IN (" + touched.format(entity="notice") + ")",
            bounds * 3)]
    # A notice travels with every address it lists, so headquarters sees the notice the recipient received.
    notice_ids = sorted({r[0] for r in db.execute(
        f"SELECT notice_id FROM notice_violations WHERE violation_id IN {_in(violation_ids)} "
        f"UNION SELECT id FROM notices WHERE violation_id IN {_in(violation_ids)}")})
    violation_ids = sorted({*violation_ids, *(r[0] for r in db.execute(
        f"SELECT violation_id FROM notice_violations WHERE notice_id IN {_in(notice_ids)} "
        f"UNION SELECT violation_id FROM notices WHERE id IN {_in(notice_ids)}"))})
    cases_, violations_, notices_ = _in(case_ids), _in(violation_ids), _in(notice_ids)
    item_ids = {r[0] for r in db.execute(
        f"SELECT item_id FROM case_items WHERE case_id IN {cases_} UNION SELECT item_id FROM evidence WHERE "
        f"(case_id IN {cases_} OR violation_id IN {violations_}) AND item_id IS NOT NULL UNION SELECT item_id "
        f"FROM violations WHERE id IN {violations_} AND item_id IS NOT NULL")}
    items_ = _in(sorted(item_ids))
    everything = [("1", [])]
    return {
        "tags": everything, "legal_bases": everything, "platform_contacts": everything, "sources": everything,
        "items": [(f"t.id IN {items_}", [])], "item_tags": [(f"t.item_id IN {items_}", [])],
        "cases": [(f"t.id IN {cases_}", [])], "case_items": [(f"t.case_id IN {cases_}", [])],
        "violations": [(f"t.id IN {violations_}", [])],
        "evidence": [(f"t.case_id IN {cases_} OR t.violation_id IN {violations_}", [])],
        "refutations": [(f"t.case_id IN {cases_}", [])],
        "notices": [(f"t.id IN {notices_}", [])],
        "notice_violations": [(f"t.notice_id IN {notices_} ORDER BY t.notice_id, t.position", [])],
        "restrictions": [(f"t.violation_id IN {violations_}", [])],
        "briefings": [(window.format(col="t.held_at") + " OR t.id IN (" + touched.format(entity="briefing") + ")",
                       bounds * 2)],
        "media_plan_events": [(window.format(col="t.planned_at") + " OR t.id IN (" +
                               touched.format(entity="media_plan_event") + ")", bounds * 2)],
        "audit_log": [(f"t.entity = ? AND t.entity_id IN {_in(ids)} ORDER BY t.id", [entity])
                      for entity, ids in (("case", case_ids), ("violation", violation_ids),
                                          ("notice", notice_ids))],
    }


def export_bundle(db: Database, out: str | Path, *, since: str | None = None, until: str | None = None,
                  case_ids: list[int] | None = None, violation_ids: list[int] | None = None,
                  analyst: str = "") -> dict[str, int]:
    """Write the records of a period (by detection time) or of a selection, with everything they reference,
    signed with this workspace's key (made now if it has none). Returns the rows per table."""
    for what, table, ids in (("case", "cases", case_ids), ("violation", "violations", violation_ids)):
        known = {r[0] for r in db.execute(f"SELECT id FROM {table} WHERE id IN {_in(ids or [])}")}
        missing = [i for i in ids or [] if i not in known]
        if missing:  # a selection naming a record that is not there would export less than asked, silently
            raise NotFound(what, missing[0])
    key = keys.own_key(db, analyst)
    selection = _selection(db, since, until, case_ids, violation_ids)
    forms = shapes(db)
    counts: dict[str, int] = {}
    digests: dict[str, str] = {}

    def fill(handle: BinaryIO) -> None:
        with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for table in TABLES:
                digest, count = hashlib.sha256(), 0
                with archive.open(member_name(table), "w") as member:
                    for where, params in selection[table]:
                        entity_table = ENTITY_TABLES[params[0]] if table == "audit_log" else None
                        cursor = db.execute(_select(forms[table], where, entity_table), params)
                        names = [d[0] for d in cursor.description]
                        for values in cursor.fetchall() if table == "items" else cursor:
                            record = dict(zip(names, values, strict=True))
                            if table == "items":
                                _with_body(db, record)
                            line = (_json_line(table, record) + "\n").encode("utf-8")
                            digest.update(line)
                            member.write(line)
                            count += 1
                counts[table], digests[member_name(table)] = count, digest.hexdigest()
            manifest = json.dumps({
                "format": FORMAT, "version": VERSION, "created_at": clock.now_iso(), "app_version": __version__,
                "signer": {"fingerprint": key.fingerprint, "public_key": key.public_key, "name": key.name},
                "counts": counts, "sha256": digests}, ensure_ascii=False, indent=2).encode("utf-8")
            archive.writestr(MANIFEST, manifest)
            archive.writestr(SIGNATURE, json.dumps({"algorithm": "ed25519", "public_key": key.public_key,
                                                    "signature": base64.b64encode(key.sign(manifest)).decode()}))

    write_with(Path(out), fill)
    return counts


# What a row may hold: anything else was written by another program (a SQLite client), and the bundle could not
# carry it (bytes) or its reader would refuse it (a NaN).
_CARRIED = (str, int, float, type(None))


def _json_line(table: str, record: dict[str, Any]) -> str:
    """One record as a line of JSON; a value the workstation never writes refuses the export, naming the record,
    rather than ending it with a TypeError (bytes) or writing what the importing side refuses (NaN, infinity)."""
    for field, value in record.items():
        if not isinstance(value, _CARRIED) or (isinstance(value, float) and not math.isfinite(value)):
            raise WorkstationError("bundle.odd_value", table=table, record=record.get("uuid") or record.get("id"),
                                   field=field, kind=shown_value(value))
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


# --- reading and verifying ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Signer:
    fingerprint: str
    public_key: str
    name: str  # as the bundle names it (signed); the trusted key's own name, if any, is in ``trusted``
    trusted: dict[str, Any] | None  # the trusted_keys row, None for an unknown signer


def _json_object(data: bytes, what: str) -> dict[str, Any]:
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise unreadable(f"{what} is not valid JSON") from exc
    if not isinstance(value, dict):
        raise unreadable(f"{what} is not a JSON object")
    return value


class OpenedBundle:
    """A bundle whose zip, signature and manifest checked out. Members are hashed when first read."""

    def __init__(self, archive: Archive, manifest: dict[str, Any], signer: Signer) -> None:
        self.archive, self.manifest, self.signer = archive, manifest, signer
        self.manifest_sha256 = ""
        self._extracted: dict[str, Path] = {}

    def __enter__(self) -> OpenedBundle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.archive.close()

    def verify_members(self) -> None:
        """Stream every data member out, refusing the bundle at the first whose SHA-256 is not the manifest's."""
        for table in TABLES:
            name = member_name(table)
            if name not in self._extracted:
                self._extracted[name] = self.archive.extract(name, self.manifest["sha256"][name])

    def rows(self, table: str, counter: list[int] | None = None):
        """The rows of one table, one at a time (a verified member only). ``counter`` counts the rows of a pass
        over the whole bundle against ``archive.MAX_ROWS``."""
        self.verify_members()
        return rows(self._extracted[member_name(table)], table, [0] if counter is None else counter)


def open_bundle(db: Database, path: str | Path) -> OpenedBundle:
    """Open a bundle and check its zip, its signature and its manifest; the signer's trust is looked up, not
    enforced (merge.import_bundle enforces it). Raises WorkstationError, in one line, on any problem."""
    archive = Archive(path, MEMBERS)
    try:
        signature = _json_object(archive.read_small(SIGNATURE, MAX_SIGNATURE_BYTES), SIGNATURE)
        manifest_bytes = archive.read_small(MANIFEST, MAX_MANIFEST_BYTES)
        public_raw = keys.decode_public(signature.get("public_key"))
        try:
            signed = base64.b64decode(str(signature.get("signature", "")), validate=True)
        except (binascii.Error, ValueError):
            signed = b""
        if signature.get("algorithm") != "ed25519" or public_raw is None or len(signed) != 64:
            raise unreadable("the signature is missing or malformed")
        if not keys.verify(public_raw, signed, manifest_bytes):
            raise WorkstationError("bundle.bad_signature")
        manifest = _json_object(manifest_bytes, MANIFEST)
        if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
            raise unreadable("not a workstation bundle of a version this program reads "
                             f"(format {VERSION}; export it again with this version)")
        fingerprint = keys.fingerprint_of(public_raw)
        claimed = manifest.get("signer")
        if not isinstance(claimed, dict) or claimed.get("fingerprint") != fingerprint \
                or claimed.get("public_key") != signature["public_key"]:
            raise unreadable("the manifest names a different signer than the signature")
        hashes = manifest.get("sha256")
        if not isinstance(hashes, dict) or set(hashes) != DATA_MEMBERS or not all(
                isinstance(v, str) and HEX64.match(v) for v in hashes.values()):
            raise unreadable("the manifest does not list a SHA-256 for exactly the bundle's members")
        name = claimed.get("name") if isinstance(claimed.get("name"), str) else ""
        signer = Signer(fingerprint, signature["public_key"], name[:120], keys.find(db, fingerprint))
        opened = OpenedBundle(archive, manifest, signer)
        opened.manifest_sha256 = hashlib.sha256(manifest_bytes).hexdigest()
        return opened
    except BaseException:
        archive.close()
        raise


def read_signer(db: Database, path: str | Path) -> Signer:
    """Who signed a bundle (signature checked), and whether this workspace trusts them: what the desktop asks
    about before importing, and what ``keys trust FILE`` trusts."""
    with open_bundle(db, path) as opened:
        return opened.signer
