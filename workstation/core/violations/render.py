"""A picture of a captured page, drawn offline from its WARC by Debian's headless Chromium.

How: the page and the resources the capture stored are served from the WARC by a throwaway server on 127.0.0.1
(a replay handler); the page's links to those resources are rewritten to that server, links to anything not
captured are emptied. Chromium runs headless with JavaScript off for the page (its scripts, frames and objects are
removed before serving, and the replay server's Content-Security-Policy ``script-src 'none'`` forbids any script,
inline handlers and javascript: links included; Chromium's own ``scriptEnabled=false`` switch also stops its
screenshot, so it is not used), every host name except 127.0.0.1 mapped to "not
found", no proxy, a fresh profile in a temporary folder, and a time limit: nothing reaches the network while the
picture is drawn. The PNG is sealed with the capture.

Where no Chromium is installed (``WORKSTATION_CHROMIUM`` names another binary), there is no picture: the capture
keeps ``screenshot: null`` and a note saying why; the WARC is the evidence either way.
"""

from __future__ import annotations

import http.server
import io
import os
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path
from typing import Any

import lxml.html
from warcio.archiveiterator import ArchiveIterator

from workstation.core.ingest.decode import decode
from workstation.core.ingest.scrape import html_document
from workstation.core.urls import absolute
from workstation.core.violations.capture import CSS_URL, Rendered

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")
WINDOW = (1280, 1600)
TIME_LIMIT = 60  # seconds for Chromium to draw the page
_CSP = "default-src 'self' data: 'unsafe-inline'; script-src 'none'; object-src 'none'; frame-src 'none'"
_LINK_ATTRS = {"img": "src", "link": "href", "input": "src"}


def find_browser() -> str | None:
    chosen = os.environ.get("WORKSTATION_CHROMIUM")
    if chosen:
        return chosen if Path(chosen).is_file() else None
    for name in BROWSERS:
        if found := shutil.which(name):
            return found
    return None


def replay_records(warc: bytes) -> dict[str, tuple[int, str, bytes]]:
    """URL -> (status, content type, body) of the WARC's responses (the last one wins)."""
    records: dict[str, tuple[int, str, bytes]] = {}
    for record in ArchiveIterator(io.BytesIO(warc)):
        if record.rec_type != "response" or record.http_headers is None:
            continue
        url = record.rec_headers.get_header("WARC-Target-URI")
        status = int(record.http_headers.get_statuscode() or 0)
        content_type = record.http_headers.get_header("Content-Type") or ""
        records[url] = (status, content_type, record.content_stream().read())
    return records


def _rewrite_css(text: str, base: str, local: dict[str, str]) -> str:
    return CSS_URL.sub(lambda m: f"url({local.get(absolute(m.group(1), base) or '', 'about:blank')})", text)


def replay_page(warc: bytes, page_url: str) -> tuple[bytes, dict[str, tuple[str, bytes]]]:
    """The page's HTML with links to captured resources made local (``/r/N``), and those resources by path."""
    records = replay_records(warc)
    local = {url: f"/r/{n}" for n, url in enumerate(u for u in records if u != page_url)}
    served: dict[str, tuple[str, bytes]] = {}
    for url, path in local.items():
        _status, content_type, body = records[url]
        if content_type.split(";")[0].strip().lower() == "text/css":
            body = _rewrite_css(decode(body).text, url, local).encode("utf-8")
            content_type = "text/css; charset=utf-8"
        served[path] = (content_type or "application/octet-stream", body)
    _status, _type, page = records.get(page_url, (0, "", b""))
    root = html_document(decode(page).text)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if tag in ("script", "iframe", "frame", "object", "embed", "base", "meta") and \
                not (tag == "meta" and element.get("charset")):
            element.drop_tree()
            continue
        attr = _LINK_ATTRS.get(tag)
        if attr and element.get(attr):
            element.set(attr, local.get(absolute(element.get(attr), page_url) or "", ""))
        for name in ("srcset", "background", "poster"):
            element.attrib.pop(name, None)
        if element.get("style"):
            element.set("style", _rewrite_css(element.get("style"), page_url, local))
        if tag == "style" and element.text:
            element.text = _rewrite_css(element.text, page_url, local)
    html = lxml.html.tostring(root, encoding="utf-8", doctype="<!DOCTYPE html>")
    return html, served


class _Replay(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, page: bytes, served: dict[str, tuple[str, bytes]]) -> None:
        self.page, self.served = page, served
        super().__init__(("127.0.0.1", 0), _ReplayHandler)


class _ReplayHandler(http.server.BaseHTTPRequestHandler):
    server: _Replay

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        path = self.path.split("?", 1)[0]
        if path == "/page":
            found: tuple[str, bytes] | None = ("text/html; charset=utf-8", self.server.page)
        else:
            found = self.server.served.get(path)
        status, (content_type, body) = (200, found) if found else (404, ("text/plain", b""))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", _CSP)
        self.end_headers()
        self.wfile.write(body)


def render_warc(warc: bytes, page_url: str) -> Rendered:
    """A PNG of the captured page, or none with the reason (no browser, or it failed)."""
    browser = find_browser()
    if browser is None:
        return Rendered(None, "no picture: no headless Chromium installed (the WARC is the evidence)")
    try:
        page, served = replay_page(warc, page_url)
    except (ValueError, lxml.etree.ParserError) as exc:
        return Rendered(None, f"no picture: the page could not be read ({exc})")
    server = _Replay(page, served)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        with tempfile.TemporaryDirectory(prefix="workstation-render-") as folder:
            out = Path(folder) / "page.png"
            command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                       "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
                       "--disable-extensions", "--mute-audio", "--hide-scrollbars", "--no-proxy-server",
                       "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                       f"--user-data-dir={Path(folder) / 'profile'}", f"--window-size={WINDOW[0]},{WINDOW[1]}",
                       f"--screenshot={out}", f"http://127.0.0.1:{server.server_address[1]}/page"]
            try:
                subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, timeout=TIME_LIMIT, check=False)
            except subprocess.TimeoutExpired:
                return Rendered(None, f"no picture: Chromium took longer than {TIME_LIMIT} s")
            except OSError as exc:
                return Rendered(None, f"no picture: Chromium could not start ({exc.strerror or exc})")
            png = out.read_bytes() if out.is_file() else b""
            if not png.startswith(b"\x89PNG"):
                return Rendered(None, "no picture: Chromium drew nothing")
            return Rendered(png, f"headless Chromium, offline from the WARC (replay on 127.0.0.1), JavaScript off, "
                                 f"{WINDOW[0]}x{WINDOW[1]}")
    finally:
        server.shutdown()
        server.server_close()
