"""The seal of a page capture (violations/capture.py): SHA-256 of its WARC, of its picture, and of a canonical JSON
of its record with both hashes. Here, beside the evidence seal, so that `db check` can verify every capture."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlite_utils import Database

# The sealed fields of a capture row: the WARC and the picture are sealed through their own hashes.
SEALED_FIELDS = ("uuid", "url", "final_url", "http_status", "ip", "redirects", "tls", "headers", "page_sha256",
                 "page_text", "subresources", "warc_sha256", "screenshot_sha256", "screenshot_note", "captured_at")
COLUMNS = ("id", "uuid", "violation_id", "url", "final_url", "http_status", "ip", "redirects", "tls", "headers",
           "page_sha256", "page_text", "subresources", "warc_sha256", "screenshot_sha256", "screenshot_note",
           "captured_at", "analyst", "sha256")


def seal(row: dict[str, Any]) -> str:
    canonical = json.dumps({k: row.get(k) for k in SEALED_FIELDS}, ensure_ascii=False, sort_keys=True,
                           separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def verified_rows(db: Database, where: str, params: list) -> list[dict[str, Any]]:
    """Capture rows (without their files) with ``warc_bytes``, ``png_bytes`` and ``intact`` recomputed."""
    out = []
    for row in db.query(f"SELECT {', '.join(COLUMNS)}, warc, screenshot FROM captures WHERE {where} ORDER BY id",
                        params):
        warc, png = row.pop("warc"), row.pop("screenshot")
        row["warc_bytes"], row["png_bytes"] = len(warc), len(png) if png is not None else None
        row["intact"] = (hashlib.sha256(warc).hexdigest() == row["warc_sha256"]
                         and (png is None) == (row["screenshot_sha256"] is None)
                         and (png is None or hashlib.sha256(png).hexdigest() == row["screenshot_sha256"])
                         and seal(row) == row["sha256"])
        out.append(row)
    return out


def broken(db: Database) -> list[dict[str, Any]]:
    """Every capture whose WARC, picture or record no longer matches its seal."""
    if "captures" not in db.table_names():
        return []
    return [row for row in verified_rows(db, "1", []) if not row["intact"]]
