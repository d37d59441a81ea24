"""Is the offending page still online? Fetch the address again and compare it with the capture.

The check records what the server did (HTTP status, name not found, TLS failure, a redirect to another site) and,
for a page that answers, its content hash and the similarity of its words to the capture's. It suggests:

* ``removed``: 404, 410 or 451; the name no longer resolves; the connection is refused; a redirect to another
  registrable domain; or a page that answers 200 but whose words are no longer the captured ones (a site that
  answers 200 to everything, a parked domain);
* ``still_online``: the same bytes as the capture, or words at least ``SIMILAR`` alike;
* ``unclear``: anything else (a TLS failure, a timeout, a server error); check again or look.

It only suggests: the analyst decides (``notices resolve --removed | --not-removed``). Checks are append-only and
audited. The deadline's check runs the same function (the desktop's Deadlines dock starts it when a notice's
deadline passes).
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.db import audit
from workstation.core.errors import WorkstationError
from workstation.core.ids import new_uuid
from workstation.core.ingest.fetch import PAGE_ACCEPT, Exchange, FetchSettings, fetch
from workstation.core.urls import local_reason, registrable_domain
from workstation.core.violations.capture import page_text, refuse_local
from workstation.core.violations.workflow import get_violation

SIMILAR = 0.6  # word-shingle similarity from which the page counts as the captured one
GONE_STATUSES = frozenset({404, 410, 451})
SUGGESTIONS = ("removed", "still_online", "unclear")
_WORD = re.compile(r"\w+", re.UNICODE)
_SHOWN = ("id", "uuid", "violation_id", "capture_id", "checked_at", "outcome", "http_status", "final_url", "ip",
          "content_sha256", "similarity", "suggestion", "error", "analyst")


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of the two texts' 3-word shingles (case-folded), 0..1; 1.0 for two empty texts."""
    def shingles(text: str) -> set[tuple[str, ...]]:
        words = _WORD.findall(text.casefold())
        if len(words) < 3:
            return {tuple(words)} if words else set()
        return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}

    left, right = shingles(a), shingles(b)
    if not left and not right:
        return 1.0
    return len(left & right) / len(left | right)


def _last_capture(db: Database, violation_id: int) -> tuple[int | None, str, str]:
    row = db.execute("SELECT id, page_sha256, page_text FROM captures WHERE violation_id = ? ORDER BY id DESC "
                     "LIMIT 1", [violation_id]).fetchone()
    return (row[0], row[1], row[2]) if row else (None, "", "")


def probe(url: str, *, settings: FetchSettings | None = None, captured_sha256: str = "",
          captured_text: str | None = None) -> dict[str, Any]:
    """Fetch ``url`` once and judge it against the captured page; no database."""
    seen: list[Exchange] = []
    origin_local = local_reason(url) is not None

    def observe(exchange: Exchange) -> None:
        refuse_local(exchange.url, origin_local, peer_ip=exchange.peer_ip)
        seen.append(exchange)

    result: dict[str, Any] = {"outcome": "", "http_status": None, "final_url": "", "ip": "", "content_sha256": "",
                              "similarity": None, "suggestion": "unclear", "error": ""}
    try:
        fetched = fetch(url, settings=settings, accept=PAGE_ACCEPT, observe=observe)
        charset = fetched.charset
    except WorkstationError as exc:
        result["error"] = str(exc)
        if exc.key != "fetch.http" or not seen:
            result["outcome"] = {"fetch.dns": "dns_failure", "fetch.tls": "tls_failure", "fetch.refused": "refused",
                                 "fetch.timeout": "timeout", "fetch.connect_timeout": "timeout"}.get(exc.key, "error")
            if exc.key == "capture.local_address":
                result["outcome"] = "redirect_local"
            result["suggestion"] = "removed" if result["outcome"] in ("dns_failure", "refused") else "unclear"
            return result
        charset = None
    page = seen[-1]
    result.update(http_status=page.status, final_url=page.url, ip=page.peer_ip,
                  content_sha256=hashlib.sha256(page.body).hexdigest())
    if registrable_domain(page.url) != registrable_domain(url):
        result.update(outcome="redirect_elsewhere", suggestion="removed")
        return result
    if page.status in GONE_STATUSES:
        result.update(outcome=f"http_{page.status}", suggestion="removed")
        return result
    if page.status >= 300:
        result.update(outcome=f"http_{page.status}", suggestion="unclear")
        return result
    result["outcome"] = "online"
    if captured_text is None:
        result["suggestion"] = "still_online"  # nothing to compare with: it answers
        return result
    if result["content_sha256"] == captured_sha256:
        result.update(similarity=1.0, suggestion="still_online")
        return result
    score = round(similarity(page_text(page.body, charset), captured_text), 3)
    result.update(similarity=score, suggestion="still_online" if score >= SIMILAR else "removed",
                  outcome="online" if score >= SIMILAR else "content_changed")
    return result


def check_violation(db: Database, violation_id: int, *, settings: FetchSettings | None = None,
                    analyst: str = "") -> dict[str, Any]:
    """Fetch the violation's address now, record the check (append-only, audited) and return it."""
    violation = get_violation(db, violation_id)
    capture_id, captured_sha256, captured_text = _last_capture(db, violation_id)
    result = probe(violation["url"], settings=settings, captured_sha256=captured_sha256,
                   captured_text=captured_text if capture_id is not None else None)
    row = {"uuid": new_uuid(), "violation_id": violation_id, "capture_id": capture_id,
           "checked_at": audit.system_now_iso(), **result, "analyst": analyst}
    with db.atomic():
        names = ", ".join(row)
        check_id = db.execute(f"INSERT INTO liveness_checks ({names}) VALUES ({', '.join('?' * len(row))})",
                              list(row.values())).lastrowid
        audit.record(db, entity="violation", entity_id=violation_id, action="liveness_check", analyst=analyst,
                     at=clock.now_iso(), new={"check_id": check_id, **{k: result[k] for k in (
                         "outcome", "http_status", "similarity", "suggestion")}})
    return get_check(db, check_id)


def get_check(db: Database, check_id: int) -> dict[str, Any]:
    row = db.execute(f"SELECT {', '.join(_SHOWN)} FROM liveness_checks WHERE id = ?", [check_id]).fetchone()
    return {**dict(zip(_SHOWN, row, strict=True)), "at": row[_SHOWN.index("checked_at")]}


def checks_of(db: Database, violation_id: int) -> list[dict[str, Any]]:
    rows = db.execute(f"SELECT {', '.join(_SHOWN)} FROM liveness_checks WHERE violation_id = ? ORDER BY id",
                      [violation_id]).fetchall()
    return [{**dict(zip(_SHOWN, row, strict=True)), "at": row[_SHOWN.index("checked_at")]} for row in rows]


def last_checks(db: Database, violation_ids: list[int]) -> dict[int, dict[str, Any]]:
    """The latest check of each violation that has one (the Deadlines dock's column)."""
    if not violation_ids:
        return {}
    marks = ", ".join("?" * len(violation_ids))
    rows = db.execute(f"SELECT {', '.join(_SHOWN)} FROM liveness_checks WHERE id IN (SELECT max(id) FROM "
                      f"liveness_checks WHERE violation_id IN ({marks}) GROUP BY violation_id)",
                      list(violation_ids)).fetchall()
    return {row[2]: {**dict(zip(_SHOWN, row, strict=True)), "at": row[4]} for row in rows}
