"""A violation's page as it was served: a WARC of every request and response, sealed and immutable.

The page is fetched through the hardened fetcher (its deadline, size cap, redirect limit and proxy setting; no
JavaScript runs: nothing here executes what the page sends), then its images and stylesheets, each with the same
limits, up to ``CaptureLimits`` (50 resources, 10 MiB by default). The WARC (ISO 28500, written by warcio) holds a
request and a response record per hop and resource, the IP address each came from, and a metadata record with what
the capture found. The WARC is kept in the workspace itself (``captures.warc``, a BLOB): it travels with the
workspace and its backups, and the same triggers that keep evidence keep it.

Local addresses: the analyst may capture a page on a local address on purpose (a test server, an intranet mirror),
so a capture whose own address is local may load from local addresses. A capture of a public address refuses to
follow a redirect, load a resource or connect to a file:, loopback or private address (a public page must not make
the analyst's machine read its own network); a resource so refused is listed as skipped.

Without network (no route, refused, name not found) the capture is queued (``capture_requests``, shown as "capture
pending") and ``retry_pending`` tries again; the ingest round calls it after fetching the sources.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import ipaddress
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import lxml.html
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from sqlite_utils import Database
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from workstation import __version__
from workstation.core import clock
from workstation.core.db import audit, capture_seal
from workstation.core.errors import NotFound, WorkstationError
from workstation.core.ids import new_uuid
from workstation.core.ingest.decode import decode
from workstation.core.ingest.fetch import (
    PAGE_ACCEPT,
    Exchange,
    FetchSettings,
    fetch,
    make_session,
    stopped_by_caller,
)
from workstation.core.urls import absolute, defang, local_reason
from workstation.core.violations.workflow import get_violation

# Failures that mean "no network here and now": the capture waits in the queue for the next fetch round.
OFFLINE_KEYS = frozenset({"fetch.dns", "fetch.refused", "fetch.connect_timeout", "fetch.connection"})
PAGE_TEXT_LIMIT = 200_000  # characters of the page's text kept for the liveness comparison
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)['"]?\s*\)""", re.I)
_HOP_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


@dataclass
class CaptureLimits:
    max_resources: int = 50  # images and stylesheets fetched besides the page
    max_bytes: int = 10 * 1024 * 1024  # their bytes together (each one also under the fetcher's own cap)
    max_seconds: float = 60.0  # all the resources together; each one also under the fetcher's deadline


@dataclass
class PageCapture:
    url: str
    final_url: str
    http_status: int
    ip: str
    redirects: list[dict[str, Any]]
    tls: dict[str, Any]
    headers: list[list[str]]
    page_sha256: str
    page_text: str
    subresources: dict[str, Any]  # {"stored": n, "bytes": n, "skipped": [{url, reason}], "not_tried": n}
    warc: bytes
    warc_sha256: str
    captured_at: str
    body: bytes = b""
    seconds: float = 0.0


@dataclass
class Rendered:
    png: bytes | None
    note: str  # how it was made, or why there is none


Renderer = Callable[[bytes, str], Rendered]


# --- the network part: no database ---------------------------------------------------------------

class _Recorder:
    """Writes each exchange to the WARC and refuses local addresses for a public capture."""

    def __init__(self, writer: WARCWriter, origin_local: bool, via_proxy: bool) -> None:
        self.writer, self.origin_local, self.via_proxy = writer, origin_local, via_proxy
        self.exchanges: list[Exchange] = []

    def __call__(self, exchange: Exchange) -> None:
        # Through a proxy the address connected to is the proxy's, which may well be on the local network.
        refuse_local(exchange.url, self.origin_local, peer_ip="" if self.via_proxy else exchange.peer_ip)
        self.exchanges.append(exchange)
        _write_exchange(self.writer, exchange)
        if exchange.next_url is not None:
            refuse_local(exchange.next_url, self.origin_local)


def refuse_local(url: str, origin_local: bool, *, peer_ip: str = "") -> None:
    """Raise when a capture of a public address would reach a file, loopback or private address."""
    if origin_local:
        return
    if local_reason(url) is not None:
        raise WorkstationError("capture.local_address", url=defang(url))
    if peer_ip:
        try:
            address = ipaddress.ip_address(peer_ip)
        except ValueError:
            return
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if not address.is_global:  # a public name that resolves into the analyst's network
            raise WorkstationError("capture.local_address", url=f"{defang(url)} ({peer_ip})")


def _write_exchange(writer: WARCWriter, exchange: Exchange) -> None:
    # The request line and Host as sent (ASCII): an address read from a hostile page may hold any character, and
    # warcio writes the request line as ASCII or raises (a resource's "/i&#0;.png" stopped the whole capture).
    split = requests.utils.urlparse(exchange.sent_url)
    target = (split.path or "/") + (f"?{split.query}" if split.query else "")
    request = writer.create_warc_record(
        exchange.url, "request", payload=io.BytesIO(b""),
        http_headers=StatusAndHeaders(f"GET {target} HTTP/1.1", [("Host", split.netloc),
                                                                 *exchange.request_headers.items()],
                                      is_http_request=True))
    # The body is kept decompressed and de-chunked: the original framing headers are kept under X-Archive-Orig-
    # (the pywb convention) and Content-Length is the stored body's.
    head = [(f"X-Archive-Orig-{k}" if k.lower() in _HOP_HEADERS else k, v) for k, v in exchange.headers]
    head.append(("Content-Length", str(len(exchange.body))))
    warc_headers = {"WARC-IP-Address": exchange.peer_ip} if exchange.peer_ip else {}
    response = writer.create_warc_record(
        exchange.url, "response", payload=io.BytesIO(exchange.body), warc_headers_dict=warc_headers,
        http_headers=StatusAndHeaders(f"{exchange.status} {exchange.reason}".strip(), head,
                                      protocol=exchange.http_version))
    request.rec_headers.add_header("WARC-Concurrent-To", response.rec_headers.get_header("WARC-Record-ID"))
    writer.write_record(response)
    writer.write_record(request)


def tls_facts(cert: bytes | None) -> dict[str, Any]:
    """Subject, issuer, validity and SHA-256 fingerprint of a DER certificate; {} over plain http."""
    if not cert:
        return {}
    facts: dict[str, Any] = {"sha256": hashlib.sha256(cert).hexdigest()}
    try:
        parsed = x509.load_der_x509_certificate(cert)
        facts.update(subject=parsed.subject.rfc4514_string(), issuer=parsed.issuer.rfc4514_string(),
                     not_before=clock.to_iso(parsed.not_valid_before_utc),
                     not_after=clock.to_iso(parsed.not_valid_after_utc), serial=format(parsed.serial_number, "x"))
        facts["sha256"] = parsed.fingerprint(hashes.SHA256()).hex()
    except ValueError:
        pass  # a certificate cryptography cannot read: the fingerprint of its bytes stays
    return facts


def page_text(body: bytes, charset: str | None = None) -> str:
    """The visible words of an HTML page, whitespace folded, capped; "" for what is not HTML."""
    text = decode(body, http_charset=charset).text
    try:
        root = lxml.html.document_fromstring(text)
    except (ValueError, lxml.etree.ParserError):
        return " ".join(text.split())[:PAGE_TEXT_LIMIT]
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    return " ".join(root.text_content().split())[:PAGE_TEXT_LIMIT]


def resource_links(body: bytes, base: str, charset: str | None = None) -> list[str]:
    """Images and stylesheets of a page, absolute, in document order, without repeats."""
    try:
        root = lxml.html.document_fromstring(decode(body, http_charset=charset).text)
    except (ValueError, lxml.etree.ParserError):
        return []
    found: list[str] = []
    for element in root.iter("img", "link", "input", "style"):
        if element.tag == "link":
            if "stylesheet" in (element.get("rel") or "").lower().split() or "icon" in (element.get("rel") or ""):
                found.append(element.get("href") or "")
        elif element.tag == "style":
            found += CSS_URL.findall(element.text or "")
        elif element.tag == "img" or (element.get("type") or "").lower() == "image":
            found.append(element.get("src") or "")
    for element in root.xpath("//*[@style]"):
        found += CSS_URL.findall(element.get("style") or "")
    return _absolute_unique(found, base)


def _absolute_unique(links: list[str], base: str) -> list[str]:
    out: dict[str, None] = {}
    for link in links:
        link = link.strip()
        if not link or link.lower().startswith(("data:", "javascript:", "about:", "#")):
            continue
        full = absolute(link, base)
        if full:
            out.setdefault(full.split("#", 1)[0], None)
    return list(out)


def fetch_capture(url: str, *, settings: FetchSettings | None = None, limits: CaptureLimits | None = None,
                  session: requests.Session | None = None) -> PageCapture:
    """Fetch ``url`` and its images and stylesheets into a WARC; raises WorkstationError for the page itself."""
    settings, limits = settings or FetchSettings(), limits or CaptureLimits()
    started = time.monotonic()
    captured_at = audit.system_now_iso()  # the machine's clock, not a claimed time
    origin_local = local_reason(url) is not None
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    writer.write_record(writer.create_warcinfo_record("capture.warc.gz", {
        "software": f"MediaMonitoringWorkstation/{__version__} (warcio)", "format": "WARC File Format 1.1",
        "isPartOf": url}))
    via_proxy = bool(settings.proxy or requests.utils.get_environ_proxies(url))
    recorder = _Recorder(writer, origin_local, via_proxy)
    own_session = session is None
    session = session or make_session(settings)
    try:
        try:
            result = fetch(url, settings=settings, session=session, accept=PAGE_ACCEPT, observe=recorder)
        except WorkstationError as exc:
            if exc.key != "fetch.http" or not recorder.exchanges:
                raise
            result = None  # an error page (404, 451 …) is captured as it was served
        page = recorder.exchanges[-1]
        charset = result.charset if result else None
        resources = _fetch_resources(writer, page, charset, origin_local, via_proxy, settings, limits, session)
    finally:
        if own_session:
            session.close()
    facts = {"url": url, "final_url": page.url, "http_status": page.status, "ip": page.peer_ip,
             "redirects": [{"url": e.url, "status": e.status, "location": e.next_url, "ip": e.peer_ip}
                           for e in recorder.exchanges[:-1]],
             "tls": tls_facts(page.peer_cert), "subresources": resources, "captured_at": captured_at}
    writer.write_record(writer.create_warc_record(
        "metadata:capture", "metadata", payload=io.BytesIO(json.dumps(facts, ensure_ascii=False).encode()),
        warc_content_type="application/json"))
    warc = buffer.getvalue()
    return PageCapture(url=url, final_url=page.url, http_status=page.status, ip=page.peer_ip,
                       redirects=facts["redirects"], tls=facts["tls"], headers=[[k, v] for k, v in page.headers],
                       page_sha256=hashlib.sha256(page.body).hexdigest(), page_text=page_text(page.body, charset),
                       subresources=resources, warc=warc, warc_sha256=hashlib.sha256(warc).hexdigest(),
                       captured_at=captured_at, body=page.body, seconds=time.monotonic() - started)


def _fetch_resources(writer: WARCWriter, page: Exchange, charset: str | None, origin_local: bool, via_proxy: bool,
                     settings: FetchSettings, limits: CaptureLimits, session: requests.Session) -> dict[str, Any]:
    todo = resource_links(page.body, page.url, charset)
    stored, used, skipped = 0, 0, []
    deadline = time.monotonic() + limits.max_seconds
    seen: set[str] = set()
    while todo and len(seen) < limits.max_resources:  # attempts count: 10,000 missing images cost 50 requests
        link = todo.pop(0)
        if link in seen:
            continue
        seen.add(link)
        remaining_time = deadline - time.monotonic()
        if used >= limits.max_bytes or remaining_time <= 0:
            todo.insert(0, link)
            break
        each = dataclasses.replace(settings, max_bytes=min(settings.max_bytes, limits.max_bytes - used),
                                   total_timeout=min(settings.total_timeout, remaining_time))
        recorder = _Recorder(writer, origin_local, via_proxy)
        try:
            refuse_local(link, origin_local)
            result = fetch(link, settings=each, session=session, accept="image/*, text/css, */*;q=0.5",
                           observe=recorder)
        except WorkstationError as exc:
            skipped.append({"url": link, "reason": str(exc)})
            used += sum(len(e.body) for e in recorder.exchanges)
            continue
        stored += 1
        used += sum(len(e.body) for e in recorder.exchanges)
        if result.content_type == "text/css":  # images a stylesheet draws
            text = decode(result.body, http_charset=result.charset).text
            todo += [u for u in _absolute_unique(CSS_URL.findall(text), result.url) if u not in seen]
    return {"stored": stored, "bytes": used, "skipped": skipped[:100], "skipped_count": len(skipped),
            "not_tried": len([u for u in todo if u not in seen])}


# --- the store -------------------------------------------------------------------------------------

def store_capture(db: Database, violation_id: int, capture: PageCapture, rendered: Rendered | None = None, *,
                  analyst: str = "") -> int:
    """Insert the sealed capture, audit it and take the violation off the queue, in one transaction."""
    rendered = rendered or Rendered(None, "not rendered")
    row: dict[str, Any] = {
        "uuid": new_uuid(), "violation_id": violation_id, "url": capture.url, "final_url": capture.final_url,
        "http_status": capture.http_status, "ip": capture.ip,
        "redirects": json.dumps(capture.redirects, ensure_ascii=False),
        "tls": json.dumps(capture.tls, ensure_ascii=False, sort_keys=True),
        "headers": json.dumps(capture.headers, ensure_ascii=False), "page_sha256": capture.page_sha256,
        "page_text": capture.page_text, "subresources": json.dumps(capture.subresources, ensure_ascii=False),
        "warc": capture.warc, "warc_sha256": capture.warc_sha256, "screenshot": rendered.png,
        "screenshot_sha256": hashlib.sha256(rendered.png).hexdigest() if rendered.png else None,
        "screenshot_note": rendered.note, "captured_at": capture.captured_at, "analyst": analyst}
    row["sha256"] = capture_seal.seal(row)
    with db.atomic():
        get_violation(db, violation_id)
        names = ", ".join(row)
        capture_id = db.execute(f"INSERT INTO captures ({names}) VALUES ({', '.join('?' * len(row))})",
                                list(row.values())).lastrowid
        db.execute("DELETE FROM capture_requests WHERE violation_id = ?", [violation_id])
        audit.record(db, entity="violation", entity_id=violation_id, action="capture", analyst=analyst,
                     new={"capture_id": capture_id, "warc_sha256": capture.warc_sha256,
                          "screenshot_sha256": row["screenshot_sha256"], "http_status": capture.http_status,
                          "final_url": capture.final_url})
    return capture_id


def queue_capture(db: Database, violation_id: int, *, analyst: str = "", error: WorkstationError | None = None) -> None:
    """Put the violation on the "capture pending" list (once), with the error that kept it there."""
    now = clock.now_iso()
    with db.atomic():
        get_violation(db, violation_id)
        db.execute("INSERT OR IGNORE INTO capture_requests (violation_id, requested_at, analyst) VALUES (?, ?, ?)",
                   [violation_id, now, analyst])
        if error is not None:
            db.execute("UPDATE capture_requests SET attempts = attempts + 1, last_attempt_at = ?, last_error = ?, "
                       "last_error_key = ? WHERE violation_id = ?", [now, str(error), error.key, violation_id])


def pending(db: Database) -> list[dict[str, Any]]:
    return list(db.query("SELECT r.violation_id, r.requested_at, r.analyst, r.attempts, r.last_attempt_at, "
                         "r.last_error, v.url FROM capture_requests r JOIN violations v ON v.id = r.violation_id "
                         "ORDER BY r.requested_at, r.violation_id"))


def pending_for(db: Database, violation_id: int) -> dict[str, Any] | None:
    """The violation's place on the "capture pending" list, or None."""
    return next((row for row in pending(db) if row["violation_id"] == violation_id), None)


def capture_violation(db: Database, violation_id: int, *, settings: FetchSettings | None = None,
                      limits: CaptureLimits | None = None, render: Renderer | None = None,
                      analyst: str = "") -> dict[str, Any]:
    """Capture the violation's page now: {"status": "captured", "capture": …} or, without network,
    {"status": "pending", "error": …} (queued). Other failures (too large, too slow, a local address) raise."""
    violation = get_violation(db, violation_id)
    try:
        page = fetch_capture(violation["url"], settings=settings, limits=limits)
    except WorkstationError as exc:
        if exc.key in OFFLINE_KEYS and not stopped_by_caller(exc):
            queue_capture(db, violation_id, analyst=analyst, error=exc)
            return {"status": "pending", "error": str(exc), "error_key": exc.key}
        raise
    rendered = render(page.warc, page.final_url) if render else None
    capture_id = store_capture(db, violation_id, page, rendered, analyst=analyst)
    return {"status": "captured", "capture": get_capture(db, capture_id), "seconds": round(page.seconds, 3)}


def retry_pending(db: Database, *, settings: FetchSettings | None = None, limits: CaptureLimits | None = None,
                  render: Renderer | None = None, analyst: str = "") -> list[dict[str, Any]]:
    """Try every queued capture once (the fetch round's last step); failures stay queued with their reason."""
    results = []
    for request in pending(db):
        vid = request["violation_id"]
        try:
            outcome = capture_violation(db, vid, settings=settings, limits=limits, render=render,
                                        analyst=request["analyst"] or analyst)
        except WorkstationError as exc:
            queue_capture(db, vid, error=exc)
            outcome = {"status": "pending", "error": str(exc), "error_key": exc.key}
        results.append({"violation_id": vid, **outcome})
    return results


# --- reading back ----------------------------------------------------------------------------------

def _row(db: Database, where: str, params: list) -> list[dict[str, Any]]:
    return [_shown(row) for row in capture_seal.verified_rows(db, where, params)]


def _shown(row: dict[str, Any]) -> dict[str, Any]:
    """The JSON shape of a capture (``violations show --json``): ``sha256`` is the WARC's."""
    return {"id": row["id"], "uuid": row["uuid"], "sha256": row["warc_sha256"], "seal": row["sha256"],
            "intact": row["intact"], "warc": f"capture-{row['id']}.warc.gz", "warc_bytes": row["warc_bytes"],
            "screenshot": ({"file": f"capture-{row['id']}.png", "sha256": row["screenshot_sha256"],
                            "bytes": row["png_bytes"]} if row["screenshot_sha256"] else None),
            "screenshot_note": row["screenshot_note"], "http_status": row["http_status"], "url": row["url"],
            "final_url": row["final_url"], "ip": row["ip"], "redirects": json.loads(row["redirects"]),
            "tls": json.loads(row["tls"]), "headers": json.loads(row["headers"]),
            "page_sha256": row["page_sha256"], "subresources": json.loads(row["subresources"]),
            "captured_at": row["captured_at"], "analyst": row["analyst"]}


def get_capture(db: Database, capture_id: int) -> dict[str, Any]:
    rows = _row(db, "id = ?", [capture_id])
    if not rows:
        raise NotFound("capture", capture_id)
    return rows[0]


def captures_of(db: Database, violation_id: int) -> list[dict[str, Any]]:
    return _row(db, "violation_id = ?", [violation_id])


def capture_files(db: Database, capture_id: int) -> tuple[bytes, bytes | None]:
    """The WARC and the PNG (or None) of a capture, as stored."""
    row = db.execute("SELECT warc, screenshot FROM captures WHERE id = ?", [capture_id]).fetchone()
    if row is None:
        raise NotFound("capture", capture_id)
    return bytes(row[0]), (bytes(row[1]) if row[1] is not None else None)
