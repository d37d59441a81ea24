"""Issue 13's done-when, on the command line against a local server: a phishing-like page with images is captured
into a WARC (and a picture), goes away (404, then 200 with other words), the evidence zip verifies with sha256sum,
and a capture made with the network off waits for the next fetch."""

import hashlib
import http.server
import io
import json
import shutil
import subprocess
import threading
import zipfile

import pytest
from pypdf import PdfReader
from warcio.archiveiterator import ArchiveIterator

from tests.support.httpserver import LocalServer, Reply
from workstation.core.violations import capture
from workstation.core.violations.render import find_browser
from workstation.core.workspace import open_workspace

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
PAGE = ("<!DOCTYPE html><html><head><title>Kaspi bonus</title><link rel='stylesheet' href='/style.css'></head>"
        "<body><h1>Kaspi Bank: получите бонус 50 000 тенге</h1><p>Введите номер карты и код из SMS, чтобы получить "
        "бонус за участие в акции банка до конца недели.</p><img src='/logo.png' alt='logo'>"
        "<form><input name='card'></form></body></html>").encode()
HTML = {"Content-Type": "text/html; charset=utf-8"}


def phishing_site(server: LocalServer) -> str:
    server.route("/bonus", Reply(body=PAGE, headers=HTML))
    server.route("/style.css", Reply(body=b"h1{color:#c00} body{background:url(bg.png)}",
                                     headers={"Content-Type": "text/css"}))
    server.route("/logo.png", Reply(body=PNG, headers={"Content-Type": "image/png"}))
    server.route("/bg.png", Reply(body=PNG, headers={"Content-Type": "image/png"}))
    return server.url("/bonus")


def add_with_capture(run, url: str) -> dict:
    code, out, err = run("violations", "add", url, "--type", "phishing", "--capture", "--json")
    assert code == 0, err
    return json.loads(out)


def test_add_with_capture_stores_a_warc_with_the_page_and_its_seal(run, db_path, local_server):
    url = phishing_site(local_server)
    row = add_with_capture(run, url)
    assert row["capture"]["status"] == "captured"
    db = open_workspace(db_path)
    (shown,) = capture.captures_of(db, row["id"])
    warc, png = capture.capture_files(db, shown["id"])
    assert hashlib.sha256(warc).hexdigest() == shown["sha256"] and shown["intact"]
    bodies = {r.rec_headers.get_header("WARC-Target-URI"): r.content_stream().read()
              for r in ArchiveIterator(io.BytesIO(warc)) if r.rec_type == "response"}
    assert bodies[url] == PAGE
    assert bodies[local_server.url("/logo.png")] == PNG and bodies[local_server.url("/bg.png")] == PNG
    assert shown["http_status"] == 200 and shown["ip"] == "127.0.0.1" and shown["final_url"] == url
    assert shown["tls"] == {}  # plain http: no certificate
    if find_browser():
        assert png.startswith(b"\x89PNG") and shown["screenshot"]["sha256"] == hashlib.sha256(png).hexdigest()
    else:  # the documented fallback
        assert png is None and shown["screenshot"] is None and "no headless Chromium" in shown["screenshot_note"]
    code, out, _ = run("violations", "show", str(row["id"]), "--json")
    listed = json.loads(out)
    assert listed["captures"][0]["sha256"] == shown["sha256"] and listed["checks"] == []
    assert code == 0 and run("db", "check")[0] == 0


def test_check_records_404_then_changed_content_as_removed(run, local_server):
    url = phishing_site(local_server)
    vid = add_with_capture(run, url)["id"]
    _, out, _ = run("violations", "check", str(vid), "--json")
    assert json.loads(out)["suggestion"] == "still_online"
    local_server.route("/bonus", Reply(404, body=b"gone"))
    _, out, _ = run("violations", "check", str(vid), "--json")
    check = json.loads(out)
    assert (check["http_status"], check["outcome"], check["suggestion"]) == (404, "http_404", "removed")
    local_server.route("/bonus", Reply(body="<p>Домен продаётся. This domain is for sale.</p>".encode(), headers=HTML))
    _, out, _ = run("violations", "check", str(vid), "--json")
    check = json.loads(out)
    assert check["http_status"] == 200 and check["suggestion"] == "removed" and check["similarity"] < 0.6
    _, out, _ = run("violations", "show", str(vid), "--json")
    assert [c["suggestion"] for c in json.loads(out)["checks"]] == ["still_online", "removed", "removed"]
    assert [h["action"] for h in json.loads(out)["history"]].count("liveness_check") == 3


def test_evidence_zip_verifies_with_sha256sum(run, local_server, tmp_path):
    vid = add_with_capture(run, phishing_site(local_server))["id"]
    run("violations", "check", str(vid))
    out = tmp_path / "evidence.zip"
    code, _, err = run("violations", "evidence", str(vid), "--out", str(out))
    assert code == 0, err
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist())
        archive.extractall(folder)
    assert {"SHA256SUMS", "metadata.json", "audit.json", "notice-draft.pdf"} <= names
    assert any(n.endswith(".warc.gz") for n in names)
    # The notice PDF is titled by the letter's own heading in its language (Russian by default), not in English.
    assert PdfReader(str(folder / "notice-draft.pdf")).metadata.title.lower() == "уведомление"
    metadata = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    assert metadata["captures"][0]["sha256"] == hashlib.sha256((folder / metadata["captures"][0]["warc"])
                                                               .read_bytes()).hexdigest()
    if shutil.which("sha256sum") is None:
        pytest.skip("sha256sum is not installed")
    done = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


class _Page(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, *args):
        pass


def test_capture_without_network_is_queued_and_done_by_the_next_fetch(run, db_path):
    with LocalServer() as server:  # its port, closed once it stops: the network is "off"
        url = server.url("/bonus")
    row = add_with_capture(run, url)
    assert row["capture"]["status"] == "pending"
    _, out, _ = run("violations", "show", str(row["id"]), "--json")
    assert json.loads(out)["capture_pending"]["attempts"] == 1 and json.loads(out)["captures"] == []
    back = http.server.ThreadingHTTPServer(("127.0.0.1", int(url.split(":")[2].split("/")[0])), _Page)
    threading.Thread(target=back.serve_forever, daemon=True).start()
    try:
        code, _, err = run("fetch")
    finally:
        back.shutdown()
        back.server_close()
    assert code == 0 and "capture captured" in err
    _, out, _ = run("violations", "show", str(row["id"]), "--json")
    shown = json.loads(out)
    assert shown["capture_pending"] is None and shown["captures"][0]["http_status"] == 200


def test_export_misp_and_dsa_carry_the_takedown_and_the_picture(run, local_server):
    vid = add_with_capture(run, phishing_site(local_server))["id"]
    run("violations", "check", str(vid))
    code, out, err = run("violations", "export", "--format", "misp")
    assert code == 0, err
    (obj,) = json.loads(out)["Event"]["Object"]
    relations = {a["object_relation"]: a for a in obj["Attribute"]}
    assert obj["name"] == "phishing" and relations["url"]["value"] == local_server.url("/bonus")
    assert relations["online"]["value"] == "Yes"
    assert ("screenshot" in relations) == bool(find_browser())
    code, out, _ = run("violations", "export", "--format", "dsa")
    (statement,) = json.loads(out)["statements"]
    assert statement["territorial_scope"] == ["KZ"] and statement["automated_detection"] == "No"
    assert statement["category"] == "STATEMENT_CATEGORY_SCAMS_AND_FRAUD"


def test_import_with_capture_captures_each_new_violation(run, local_server, tmp_path):
    url = phishing_site(local_server)
    listing = tmp_path / "addresses.txt"
    listing.write_text(f"{url}\n{local_server.url('/gone')}\n", encoding="utf-8")
    code, out, err = run("violations", "import", str(listing), "--type", "phishing", "--capture", "--json")
    assert code == 0, err
    first, second = json.loads(out)["created"]
    _, shown, _ = run("violations", "show", str(first), "--json")
    assert json.loads(shown)["captures"][0]["http_status"] == 200
    _, shown, _ = run("violations", "show", str(second), "--json")
    assert json.loads(shown)["captures"][0]["http_status"] == 404  # an error page is captured as it was served
