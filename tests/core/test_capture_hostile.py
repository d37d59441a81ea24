"""Hostile pages end a capture bounded, with a plain error, and nothing else lost: a 5 GB body, a slow drip, a
redirect to file:// or into the analyst's network, 10,000 images, a site that answers 200 to everything."""

import http.server
import threading
import time

import pytest

from tests.support.httpserver import Reply
from workstation.core.db import integrity
from workstation.core.errors import WorkstationError
from workstation.core.ingest.fetch import FetchSettings
from workstation.core.violations import capture, liveness
from workstation.core.violations.capture import CaptureLimits, fetch_capture
from workstation.core.violations.render import replay_page
from workstation.core.violations.workflow import add_violation

HTML = {"Content-Type": "text/html; charset=utf-8"}


class _Huge(http.server.BaseHTTPRequestHandler):
    """Streams a body that would be 5 GB, counting what it managed to send."""

    protocol_version = "HTTP/1.0"
    sent = 0

    def do_GET(self):  # noqa: N802
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()  # no Content-Length: the body ends when the connection closes
        chunk = b"<p>" + b"x" * (1024 * 1024 - 3)
        try:
            for _ in range(5 * 1024):  # 5 GiB in 1 MiB pieces, from a generator of nothing
                self.wfile.write(chunk)
                type(self).sent += len(chunk)
        except OSError:
            pass

    def log_message(self, *args):
        pass


def test_a_5_gb_body_stops_at_the_cap():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Huge)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        started = time.monotonic()
        with pytest.raises(WorkstationError) as caught:
            fetch_capture(f"http://127.0.0.1:{server.server_address[1]}/", settings=FetchSettings(max_bytes=8 << 20))
        assert caught.value.key == "fetch.too_large" and str(caught.value) == "response larger than 8 MiB"
        assert time.monotonic() - started < 20
    finally:
        server.shutdown()
        server.server_close()
    assert _Huge.sent < 64 << 20  # the client hung up long before 5 GB


def test_a_slow_drip_ends_at_the_deadline(local_server):
    local_server.route("/drip", Reply(body=b"<p>" + b"x" * 500, headers=HTML, chunk_size=1, chunk_delay=0.05))
    started = time.monotonic()
    with pytest.raises(WorkstationError) as caught:
        fetch_capture(local_server.url("/drip"), settings=FetchSettings(total_timeout=1.0))
    assert caught.value.key == "fetch.timeout" and time.monotonic() - started < 5


def test_a_redirect_to_a_local_file_is_refused(local_server):
    local_server.route("/r", Reply(302, headers={"Location": "file:///etc/passwd"}))
    with pytest.raises(WorkstationError) as caught:
        fetch_capture(local_server.url("/r"))
    assert caught.value.key == "source.bad_url"


def test_a_public_page_may_not_lead_into_the_local_network(local_server):
    """Through the local server as a proxy the page's address is public; its redirect to loopback is refused, and
    its images on private addresses are skipped, not fetched."""
    proxy = FetchSettings(proxy=local_server.url())
    local_server.route("/go", Reply(302, headers={"Location": f"http://127.0.0.1:{local_server.port}/admin"}))
    with pytest.raises(WorkstationError) as caught:
        fetch_capture("http://phish.example/go", settings=proxy)
    assert caught.value.key == "capture.local_address"
    assert not any(r.route == "/admin" for r in local_server.requests)
    local_server.route("/page", Reply(body=b"<img src='http://10.0.0.7/x.png'><img src='http://localhost/y.png'>"
                                           b"<img src='file:///etc/passwd'>", headers=HTML))
    page = fetch_capture("http://phish.example/page", settings=proxy)
    assert page.subresources["stored"] == 0 and page.subresources["skipped_count"] == 3
    assert all("refused" in s["reason"] or "not a usable address" in s["reason"] for s in page.subresources["skipped"])


def test_a_local_address_pasted_by_the_analyst_is_captured_with_its_local_resources(local_server):
    local_server.route("/p", Reply(body=b"<img src='/i.png'>", headers=HTML))
    local_server.route("/i.png", Reply(body=b"\x89PNG", headers={"Content-Type": "image/png"}))
    assert fetch_capture(local_server.url("/p")).subresources["stored"] == 1


def test_10000_images_are_capped(local_server):
    body = "".join(f"<img src='/i/{n}.png'>" for n in range(10_000)).encode()
    local_server.route("/many", Reply(body=body, headers=HTML))
    started = time.monotonic()
    page = fetch_capture(local_server.url("/many"), limits=CaptureLimits(max_resources=50))
    assert len(local_server.requests) == 1 + 50
    assert page.subresources["not_tried"] == 9_950 and page.subresources["skipped_count"] == 50
    assert time.monotonic() - started < 30


def test_a_site_answering_200_to_everything_is_still_online_only_with_similar_words(db, local_server):
    words = "Kaspi bonus: enter your card number and the SMS code to receive 50 000 tenge before Sunday"
    local_server.route("/bonus", Reply(body=f"<h1>{words}</h1>".encode(), headers=HTML))
    vid = add_violation(db, local_server.url("/bonus"), violation_type="phishing")["id"]
    assert capture.capture_violation(db, vid)["status"] == "captured"
    local_server.route("/bonus", Reply(body=f"<h1>{words}!</h1><p>Today only.</p>".encode(), headers=HTML))
    assert liveness.check_violation(db, vid)["suggestion"] == "still_online"
    local_server.route("/bonus", Reply(body=b"<h1>Welcome to nginx!</h1>", headers=HTML))
    check = liveness.check_violation(db, vid)
    assert (check["outcome"], check["suggestion"]) == ("content_changed", "removed")


def test_captures_and_checks_are_immutable_and_db_check_finds_a_changed_warc(db, local_server):
    local_server.route("/p", Reply(body=b"<p>page</p>", headers=HTML))
    vid = add_violation(db, local_server.url("/p"), violation_type="phishing")["id"]
    capture.capture_violation(db, vid)
    liveness.check_violation(db, vid)
    for sql in ("UPDATE captures SET warc = x'00'", "DELETE FROM captures", "UPDATE liveness_checks SET outcome = 'x'",
                "DELETE FROM liveness_checks"):
        with pytest.raises(Exception, match="immutable"):
            db.execute(sql)
    assert integrity.integrity_problems(db) == []
    db.execute("DROP TRIGGER captures_no_update")
    db.execute("UPDATE captures SET warc = x'00'")
    problems = integrity.integrity_problems(db)
    assert any("captures_no_update is missing" in p for p in problems)
    assert any("no longer matches its seal" in p and "capture 1" in p for p in problems)


def test_addresses_with_any_character_and_an_empty_page_are_captured_and_replayed(local_server):
    """A resource's address with a control character ("/i&#0;.png" reads as /i\ufffd.png) stopped the whole capture:
    its request line went to the WARC as it was read, and warcio writes request lines as ASCII. A page of nothing but
    blanks could not be replayed (lxml: "Document is empty")."""
    local_server.route("/p", Reply(body=b"<h1>Bonus</h1><img src='/i&#0;.png'><a href='/x&#1;y'>more</a>",
                                   headers=HTML))
    local_server.route("/blank", Reply(body=b"  \n  <!-- nothing -->  ", headers=HTML))
    page = fetch_capture(local_server.url("/p"))
    assert page.subresources["skipped_count"] == 1 and page.subresources["stored"] == 0  # 404: no such image
    assert any(r.path.startswith("/i") and r.path.endswith(".png") for r in local_server.requests)
    html, served = replay_page(page.warc, page.final_url)
    assert b'src="/r/' in html and b"Bonus" in html and len(served) == 1
    blank = fetch_capture(local_server.url("/blank"))
    assert replay_page(blank.warc, blank.final_url)[0] == b"<!DOCTYPE html>\n<html></html>"
