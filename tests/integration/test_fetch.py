"""The fetcher against real HTTP servers on 127.0.0.1, some of them misbehaving on purpose. No internet."""

from __future__ import annotations

import datetime as dt
import gzip
import socket
import threading
import time
import tracemalloc
import zlib

import pytest

from tests.support.httpserver import (
    LocalServer,
    Reply,
    Request,
    closed_port,
    self_signed_certificate,
    unanswered_port,
)
from workstation import __version__
from workstation.core import clock
from workstation.core.errors import WorkstationError
from workstation.core.ingest.fetch import (
    FEED_ACCEPT,
    PAGE_ACCEPT,
    FetchSettings,
    HostLimiter,
    RetryLater,
    fetch,
    make_session,
    stopped_by_caller,
)

UTC = dt.timezone.utc
NOW = dt.datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)
RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title></channel></rss>'
FAST = FetchSettings(connect_timeout=2, total_timeout=5)


@pytest.fixture(autouse=True)
def _no_system_proxy(monkeypatch):
    # A developer's proxy settings must not send 127.0.0.1 traffic elsewhere.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def failure(url: str, **kwargs) -> WorkstationError:
    with pytest.raises(WorkstationError) as caught:
        fetch(url, **kwargs)
    return caught.value


# --- a normal feed ---------------------------------------------------------------------------

def test_feed_fetched_with_validators_and_media_type(local_server):
    local_server.route("/rss", Reply(body=RSS, headers={
        "Content-Type": "application/RSS+xml; charset=UTF-8", "ETag": '"v1"',
        "Last-Modified": "Wed, 01 May 2024 10:00:00 GMT"}))
    result = fetch(local_server.url("/rss"), settings=FAST)
    assert (result.status, result.not_modified, result.body) == (200, False, RSS)
    assert (result.content_type, result.charset) == ("application/rss+xml", "utf-8")
    assert (result.etag, result.last_modified) == ('"v1"', "Wed, 01 May 2024 10:00:00 GMT")
    assert result.url == local_server.url("/rss")
    assert 0 < result.elapsed < 2


def test_conditional_get_answered_not_modified(local_server):
    def answer(request: Request) -> Reply:
        if request.headers.get("if-none-match") == '"v1"':
            return Reply(304, headers={"ETag": '"v1"'})
        return Reply(body=RSS, headers={"ETag": '"v1"', "Last-Modified": "Wed, 01 May 2024 10:00:00 GMT"})

    local_server.route("/rss", answer)
    first = fetch(local_server.url("/rss"), settings=FAST)
    again = fetch(local_server.url("/rss"), etag=first.etag, last_modified=first.last_modified, settings=FAST)
    sent = local_server.requests[-1].headers
    assert sent["if-none-match"] == '"v1"'
    assert sent["if-modified-since"] == "Wed, 01 May 2024 10:00:00 GMT"
    assert (again.status, again.not_modified, again.body, again.etag) == (304, True, b"", '"v1"')
    assert "if-none-match" not in local_server.requests[0].headers


def test_user_agent_names_the_workstation_and_its_version(local_server):
    local_server.route("/rss", Reply(body=RSS))
    fetch(local_server.url("/rss"), settings=FAST)
    fetch(local_server.url("/rss"), settings=FAST, accept=PAGE_ACCEPT)
    feed, page = local_server.requests
    assert f"MediaMonitoringWorkstation/{__version__}" in feed.headers["user-agent"]
    assert feed.headers["accept"] == FEED_ACCEPT
    assert page.headers["accept"] == PAGE_ACCEPT
    assert feed.headers["accept-encoding"] == "gzip, deflate"


@pytest.mark.parametrize(("header", "media", "charset"), [
    ('text/xml; charset="Windows-1251"', "text/xml", "windows-1251"),
    ("text/html;charset=koi8-r; foo=bar", "text/html", "koi8-r"),
    ("application/atom+xml", "application/atom+xml", None),
])
def test_charset_taken_from_content_type(local_server, header, media, charset):
    local_server.route("/x", Reply(body=b"<x/>", headers={"Content-Type": header}))
    result = fetch(local_server.url("/x"), settings=FAST)
    assert (result.content_type, result.charset) == (media, charset)


def test_missing_content_type_reported_as_empty(local_server):
    local_server.route("/x", Reply(body=b"<x/>"))
    result = fetch(local_server.url("/x"), settings=FAST)
    assert (result.content_type, result.charset) == ("", None)


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "raw-deflate"])
def test_compressed_body_is_decompressed(local_server, encoding):
    text = RSS * 200
    if encoding == "gzip":
        packed = gzip.compress(text)
    elif encoding == "deflate":
        packed = zlib.compress(text)
    else:
        squeezer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
        packed = squeezer.compress(text) + squeezer.flush()
    name = "deflate" if "deflate" in encoding else "gzip"
    local_server.route("/rss", Reply(body=packed, headers={"Content-Encoding": name}))
    assert fetch(local_server.url("/rss"), settings=FAST).body == text


def test_brotli_body_refused_as_undecodable(local_server):
    local_server.route("/rss", Reply(body=b"\x0b\x02\x80hello\x03", headers={"Content-Encoding": "br"}))
    error = failure(local_server.url("/rss"), settings=FAST)
    assert str(error) == "the server sent a body it could not decode (br)"


# --- redirects and statuses ------------------------------------------------------------------

def test_redirects_followed_and_final_address_reported(local_server):
    local_server.route("/old", Reply(301, headers={"Location": "/moved"}))
    local_server.route("/moved", Reply(302, headers={"Location": local_server.url("/feed.xml")}))
    local_server.route("/feed.xml", Reply(body=RSS))
    result = fetch(local_server.url("/old"), settings=FAST)
    assert (result.url, result.body) == (local_server.url("/feed.xml"), RSS)
    assert [r.route for r in local_server.requests] == ["/old", "/moved", "/feed.xml"]


def _chain(server: LocalServer, hops: int) -> str:
    for n in range(hops, 0, -1):
        server.route(f"/hop{n}", Reply(307, headers={"Location": f"/hop{n - 1}"}))
    server.route("/hop0", Reply(body=RSS))
    return server.url(f"/hop{hops}")


def test_five_redirects_are_followed(local_server):
    assert fetch(_chain(local_server, 5), settings=FAST).url == local_server.url("/hop0")


def test_sixth_redirect_refused(local_server):
    error = failure(_chain(local_server, 6), settings=FAST)
    assert (error.key, str(error)) == ("fetch.too_many_redirects", "more than 5 redirects")
    assert len(local_server.requests) == 6  # the sixth redirect was not followed


def test_redirect_to_another_scheme_refused(local_server):
    local_server.route("/old", Reply(302, headers={"Location": "file:///etc/passwd"}))
    error = failure(local_server.url("/old"), settings=FAST)
    assert str(error) == "not a usable address: file:///etc/passwd"


@pytest.mark.parametrize("url", ["ftp://example.org/feed", "file:///tmp/feed.xml", "example.org/rss", "http://"])
def test_only_web_addresses_fetched(url):
    assert str(failure(url)) == f"not a usable address: {url}"


@pytest.mark.parametrize("status", [404, 410, 500])
def test_http_error_reported_with_status(local_server, status):
    local_server.route("/rss", Reply(status, body=b"oops"))
    error = failure(local_server.url("/rss"), settings=FAST)
    assert (error.key, error.params, str(error)) == ("fetch.http", {"status": status}, f"HTTP {status}")
    assert not isinstance(error, RetryLater)


@pytest.mark.parametrize(("status", "header", "expected"), [
    (429, "120", NOW + dt.timedelta(seconds=120)),
    (503, "Wed, 01 May 2024 15:30:00 GMT", dt.datetime(2024, 5, 1, 15, 30, tzinfo=UTC)),
    (429, "99999999999999999999", NOW + dt.timedelta(hours=24)),  # capped
    (503, "Mon, 01 Jan 2035 00:00:00 GMT", NOW + dt.timedelta(hours=24)),  # capped
    (503, "Tue, 30 Apr 2024 00:00:00 GMT", NOW),  # already past: now
    (429, "soon", None),
    (503, None, None),
])
def test_retry_later_carries_the_servers_wish(local_server, status, header, expected):
    clock.set_clock(lambda: NOW)
    local_server.route("/rss", Reply(status, headers={"Retry-After": header} if header else {}))
    with pytest.raises(RetryLater) as caught:
        fetch(local_server.url("/rss"), settings=FAST)
    assert (caught.value.key, str(caught.value)) == ("fetch.http", f"HTTP {status}")
    assert caught.value.retry_after == expected


# --- time limits -----------------------------------------------------------------------------

def test_slow_body_drip_stops_at_the_deadline(local_server):
    # 400 bytes, one every 50 ms: 20 s in all, and never 50 ms without a byte.
    local_server.route("/rss", Reply(body=b"x" * 400, chunk_size=1, chunk_delay=0.05))
    started = time.monotonic()
    error = failure(local_server.url("/rss"), settings=FetchSettings(total_timeout=1.0))
    assert str(error) == "timed out after 1 s"
    assert 0.9 < time.monotonic() - started < 1.8


def test_slow_header_drip_stops_at_the_deadline(local_server):
    local_server.route("/rss", Reply(body=RSS, headers={"X-Padding": "p" * 200}, header_delay=0.05))
    started = time.monotonic()
    error = failure(local_server.url("/rss"), settings=FetchSettings(total_timeout=1.0))
    assert (error.key, str(error)) == ("fetch.timeout", "timed out after 1 s")
    assert 0.9 < time.monotonic() - started < 1.8


def test_header_drip_on_a_reused_connection_stops_at_the_deadline(local_server):
    settings = FetchSettings(total_timeout=1.0)
    local_server.route("/fast", Reply(body=RSS))
    local_server.route("/slow", Reply(body=RSS, headers={"X-Padding": "p" * 200}, header_delay=0.05))
    session = make_session(settings)
    try:
        fetch(local_server.url("/fast"), settings=settings, session=session)
        started = time.monotonic()
        with pytest.raises(WorkstationError, match="timed out after 1 s"):
            fetch(local_server.url("/slow"), settings=settings, session=session)
        assert 0.9 < time.monotonic() - started < 1.8
    finally:
        session.close()
    assert local_server.requests[0].client_port == local_server.requests[1].client_port  # kept-alive connection


def test_cancel_stops_a_slow_download(local_server):
    local_server.route("/rss", Reply(body=b"x" * 400, chunk_size=1, chunk_delay=0.05))
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    started = time.monotonic()
    error = failure(local_server.url("/rss"), settings=FetchSettings(total_timeout=10), cancel=cancel)
    assert str(error) == "connection failed: stopped before it finished"
    assert time.monotonic() - started < 1.0
    # Told apart from the network failing (a capture is queued for later only then), by its key, not its words.
    assert stopped_by_caller(error)
    refused = failure(f"http://127.0.0.1:{closed_port()}/rss", settings=FAST)
    assert refused.key in ("fetch.refused", "fetch.connection") and not stopped_by_caller(refused)


def test_connect_timeout_reported():
    with unanswered_port() as port:
        if port is None:
            pytest.skip("this system does not leave connections to a full listener hanging")
        started = time.monotonic()
        error = failure(f"http://127.0.0.1:{port}/rss", settings=FetchSettings(connect_timeout=0.5))
    assert (error.key, str(error)) == ("fetch.connect_timeout", "no connection after 0.5 s")
    assert time.monotonic() - started < 1.5


# --- size limits -----------------------------------------------------------------------------

def test_body_larger_than_the_cap_refused_while_streaming(local_server):
    # No Content-Length, and 6.4 MB sent over 3 s: only counting while reading stops it early.
    local_server.route("/big", Reply(body=b"x" * 6_400_000, content_length=False, chunk_size=64_000, chunk_delay=0.03))
    started = time.monotonic()
    error = failure(local_server.url("/big"), settings=FetchSettings(total_timeout=5, max_bytes=4096))
    assert (error.key, str(error)) == ("fetch.too_large", "response larger than 0.00391 MiB")
    assert time.monotonic() - started < 0.5


def test_body_exactly_at_the_cap_accepted(local_server):
    local_server.route("/full", Reply(body=b"x" * 4096, content_length=False))
    assert len(fetch(local_server.url("/full"), settings=FetchSettings(total_timeout=5, max_bytes=4096)).body) == 4096


def test_announced_length_over_the_cap_refused_before_reading(local_server):
    # Claims 100 MB, sends a little, then keeps the connection open: reading would wait for the deadline.
    local_server.route("/huge", Reply(body=b"x" * 100, content_length=100_000_000, hold=5))
    started = time.monotonic()
    error = failure(local_server.url("/huge"), settings=FetchSettings(total_timeout=5, max_bytes=1024 * 1024))
    assert str(error) == "response larger than 1 MiB"
    assert time.monotonic() - started < 1.0


def test_an_announced_length_in_other_digits_is_ignored_and_the_body_read(local_server):
    # "²³" is digits to str.isdigit, and int() refuses it: the reply was taken for "not a feed: ValueError".
    local_server.route("/odd", Reply(body=b"<rss/>", content_length="\u00b2\u00b3"))
    assert fetch(local_server.url("/odd"), settings=FetchSettings(total_timeout=5)).body == b"<rss/>"


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    squeezer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(1024 * 1024)
    return b"".join(squeezer.compress(zeros) for _ in range(50)) + squeezer.flush()  # 50 MiB of zeros


def test_gzip_bomb_refused_without_inflating_it(local_server, gzip_bomb):
    assert len(gzip_bomb) < 100_000
    local_server.route("/bomb", Reply(body=gzip_bomb, headers={"Content-Encoding": "gzip"}))
    tracemalloc.start()
    started = time.monotonic()
    try:
        error = failure(local_server.url("/bomb"), settings=FetchSettings(total_timeout=5, max_bytes=1024 * 1024))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (error.key, str(error)) == ("fetch.too_large", "response larger than 1 MiB")
    assert peak < 8 * 1024 * 1024  # inflating it all would take 50 MiB
    assert time.monotonic() - started < 2


# --- connection problems ---------------------------------------------------------------------

def test_connection_refused_reported():
    error = failure(f"http://127.0.0.1:{closed_port()}/rss", settings=FAST)
    assert (error.key, str(error)) == ("fetch.refused", "connection refused")


def test_unknown_host_named_in_the_message(monkeypatch):
    def no_such_host(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    error = failure("https://news.example.invalid/rss", settings=FAST)
    assert str(error) == "host not found: news.example.invalid"


def test_tls_failure_reported(local_server):
    local_server.route("/rss", Reply(body=RSS))
    error = failure(local_server.url("/rss").replace("http://", "https://"), settings=FAST)
    assert error.key == "fetch.tls"
    assert str(error).startswith("secure connection failed: ")
    assert "Traceback" not in str(error) and " object at 0x" not in str(error)


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    made = self_signed_certificate(tmp_path_factory.mktemp("tls"))
    if made is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    return made


@pytest.fixture
def tls_server(certificate):
    with LocalServer(tls=certificate) as local:
        yield local


def test_self_signed_certificate_refused_by_default(tls_server):
    tls_server.route("/rss", Reply(body=RSS))
    error = failure(tls_server.url("/rss"), settings=FAST)
    assert error.key == "fetch.tls"
    assert "certificate" in str(error)  # "secure connection failed: self-signed certificate"


def test_certificate_trusted_through_the_system_bundle(tls_server, certificate, monkeypatch):
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(certificate[0]))
    tls_server.route("/rss", Reply(body=RSS))
    assert fetch(tls_server.url("/rss"), settings=FAST).body == RSS


def test_verification_can_be_turned_off(tls_server):
    tls_server.route("/rss", Reply(body=RSS))
    assert fetch(tls_server.url("/rss"), settings=FetchSettings(total_timeout=5, verify_tls=False)).body == RSS


def test_slow_header_drip_over_tls_stops_at_the_deadline(tls_server):
    tls_server.route("/rss", Reply(body=RSS, headers={"X-Padding": "p" * 200}, header_delay=0.05))
    started = time.monotonic()
    error = failure(tls_server.url("/rss"), settings=FetchSettings(total_timeout=1.0, verify_tls=False))
    assert str(error) == "timed out after 1 s"
    assert 0.9 < time.monotonic() - started < 1.8


def test_server_closing_without_answer_reported_briefly(local_server):
    local_server.route("/rss", Reply(body=b"x" * 50, content_length=1000))  # then closes: the body is cut short
    error = failure(local_server.url("/rss"), settings=FAST)
    assert str(error) == "connection failed: the response was cut short"


# --- proxies ---------------------------------------------------------------------------------

def test_proxy_from_settings_used(local_server):
    local_server.route("/rss", Reply(body=RSS))  # the local server plays the proxy
    settings = FetchSettings(total_timeout=5, proxy=local_server.url(""))
    result = fetch("http://news.example.invalid/rss", settings=settings)
    assert result.body == RSS
    assert local_server.requests[-1].path == "http://news.example.invalid/rss"


def test_system_proxy_used_when_settings_have_none(local_server, monkeypatch):
    local_server.route("/rss", Reply(body=RSS))
    monkeypatch.setenv("HTTP_PROXY", local_server.url(""))
    assert fetch("http://news.example.invalid/rss", settings=FAST).body == RSS
    assert local_server.requests[-1].path == "http://news.example.invalid/rss"


# --- politeness ------------------------------------------------------------------------------

def _fetch_many(urls: list[str], limiter: HostLimiter | None) -> None:
    session = make_session(FAST)
    errors: list[BaseException] = []

    def one(url: str) -> None:
        try:
            if limiter is None:
                fetch(url, settings=FAST, session=session)
            else:
                with limiter.slot(url):
                    fetch(url, settings=FAST, session=session)
        except BaseException as exc:  # noqa: BLE001 - reported by the assert below
            errors.append(exc)

    threads = [threading.Thread(target=one, args=(url,)) for url in urls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    session.close()
    assert errors == []


def test_host_limiter_allows_two_requests_per_host_at_once():
    with LocalServer(latency=0.1) as server:
        server.route("/rss", Reply(body=RSS))
        urls = [server.url("/rss")] * 6 + [server.url("/rss", host="localhost")] * 6
        _fetch_many(urls, HostLimiter(per_host=2))
    assert server.max_in_flight == {f"127.0.0.1:{server.port}": 2, f"localhost:{server.port}": 2}


def test_without_limiter_the_server_sees_more_at_once():
    # Shows the measurement above can see a crowd: the same fetches unthrottled.
    with LocalServer(latency=0.1) as server:
        server.route("/rss", Reply(body=RSS))
        _fetch_many([server.url("/rss")] * 6, None)
    assert server.max_in_flight[f"127.0.0.1:{server.port}"] > 2
