"""The picture of a captured page: drawn offline from the WARC by headless Chromium, or the documented fallback."""

import pytest

from tests.support.httpserver import Reply
from workstation.core.violations.capture import fetch_capture
from workstation.core.violations.render import find_browser, render_warc, replay_page


def test_without_chromium_there_is_no_picture_and_the_reason(monkeypatch, local_server):
    local_server.route("/p", Reply(body=b"<h1>Bonus</h1>", headers={"Content-Type": "text/html"}))
    monkeypatch.setenv("WORKSTATION_CHROMIUM", "/nonexistent/chromium")
    rendered = render_warc(fetch_capture(local_server.url("/p")).warc, local_server.url("/p"))
    assert rendered.png is None and "no headless Chromium" in rendered.note


def test_the_replayed_page_has_no_script_and_only_local_links(local_server):
    local_server.route("/p", Reply(body=b"<script>fetch('https://evil.example/')</script><img src='/i.png'>"
                                        b"<img src='https://tracker.example/t.gif'><iframe src='/f'></iframe>",
                                   headers={"Content-Type": "text/html"}))
    local_server.route("/i.png", Reply(body=b"\x89PNG", headers={"Content-Type": "image/png"}))
    page = fetch_capture(local_server.url("/p"))
    html, served = replay_page(page.warc, page.final_url)
    assert b"<script" not in html and b"<iframe" not in html and b"example" not in html
    assert b'src="/r/' in html and any(body == b"\x89PNG" for _type, body in served.values())


def test_chromium_draws_the_page_offline(local_server):
    if not find_browser():
        pytest.skip("no headless Chromium here (.ci/run installs the chromium package)")
    local_server.route("/p", Reply(body=b"<h1 style='color:red'>Bonus</h1>", headers={"Content-Type": "text/html"}))
    page = fetch_capture(local_server.url("/p"))
    served_before = len(local_server.requests)
    rendered = render_warc(page.warc, page.final_url)
    assert rendered.png.startswith(b"\x89PNG") and "offline" in rendered.note
    assert len(local_server.requests) == served_before  # drawn from the WARC, not from the site
