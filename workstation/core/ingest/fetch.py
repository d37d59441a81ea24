"""HTTP for feeds and pages, the way Miniflux does it: one polite GET with hard limits.

Every request has a connect timeout, a total deadline that a dripping server cannot stretch, a
size cap counted on the decompressed body, a redirect limit, conditional headers, an honest
User-Agent, and errors the analyst can read. Redirects are followed here rather than by requests
so that the deadline, the cap and the address check apply to every hop.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import http.client
import itertools
import re
import socket
import ssl
import threading
import time
import warnings
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from workstation import __version__
from workstation.core import clock
from workstation.core.errors import Problem, WorkstationError
from workstation.core.urls import is_http_url

FEED_ACCEPT = ("application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, "
               "text/xml;q=0.9, */*;q=0.8")
PAGE_ACCEPT = "text/html, application/xhtml+xml, */*;q=0.8"
# Only what we decompress ourselves under the size cap; requests would offer br/zstd when installed.
ACCEPT_ENCODING = "gzip, deflate"

_REDIRECTS = {301, 302, 303, 307, 308}
_RETRY_LATER = {429, 503}
_MAX_WAIT = dt.timedelta(hours=24)  # a Retry-After of a year is a server bug, not a request
_CHUNK = 16 * 1024  # wire bytes per read
_PIECE = 64 * 1024  # decompressed bytes per step, so a gzip bomb is measured while it inflates
_UNDECODABLE = {"br", "zstd", "compress", "x-compress"}


@dataclass
class FetchSettings:
    connect_timeout: float = 10.0
    total_timeout: float = 30.0  # hard deadline for the whole fetch: redirects, headers and body
    max_bytes: int = 15 * 1024 * 1024  # checked while streaming, on the decompressed body
    max_redirects: int = 5
    proxy: str | None = None  # overrides system proxies (which requests' trust_env gives otherwise)
    verify_tls: bool = True
    user_agent: str = f"MediaMonitoringWorkstation/{__version__} (+https://github.com/media-monitoring-workstation)"


@dataclass
class FetchResult:
    url: str  # final URL after redirects
    status: int
    not_modified: bool  # True on 304; body is then b""
    body: bytes  # decompressed
    content_type: str  # media type, lower-case, without parameters; "" if none
    charset: str | None  # charset parameter of Content-Type, lower-case
    etag: str | None
    last_modified: str | None
    elapsed: float  # seconds, redirects included


@dataclass
class Exchange:
    """One request and its response in a fetch's chain, for ``fetch(observe=...)`` (the violations' capture)."""

    url: str
    request_headers: dict[str, str]
    sent_url: str  # ``url`` as it went on the wire: host in IDNA, path and query percent-encoded (ASCII)
    status: int
    reason: str
    http_version: str  # "HTTP/1.1"
    headers: list[tuple[str, str]]  # as sent, repeated names kept
    body: bytes  # decompressed, under the same cap
    peer_ip: str  # the address connected to ("" if unknown; the proxy's when one is set)
    peer_cert: bytes | None  # the server's certificate (DER) over https
    next_url: str | None  # where a redirect leads


# Called with each exchange before a redirect is followed or an HTTP error raised; may raise to stop the fetch.
Observer = Callable[[Exchange], None]


class RetryLater(WorkstationError):
    """429 or 503: the server asks us to come back later, at ``retry_after`` (aware UTC) if it said when."""

    def __init__(self, status: int, retry_after: dt.datetime | None = None) -> None:
        super().__init__("fetch.http", status=status)
        self.status = status
        self.retry_after = retry_after


# --- the deadline ----------------------------------------------------------------------------
# requests' read timeout restarts with every byte, so a server sending a byte a second (headers or
# body) could hold a worker for hours. A watchdog thread per fetch shuts the fetch's sockets down at
# the deadline or on cancel; the blocked read fails at once and is reported as a timeout. The
# connection classes below report their socket as soon as it exists, so the TLS handshake and the
# headers are covered, not only the body.

_current = threading.local()  # the watchdog of the fetch running on this thread


class _Watchdog:
    def __init__(self, deadline: float, cancel: threading.Event | None) -> None:
        self.deadline, self.cancel = deadline, cancel
        self.fired: str | None = None  # "timeout" or "cancelled"
        self._conns: set[Any] = set()
        self._lock = threading.Lock()
        self._done = threading.Event()
        threading.Thread(target=self._run, name="fetch-watchdog", daemon=True).start()

    def watch(self, conn: Any) -> None:
        if conn is None:
            return
        with self._lock:
            conn._watch_owner = self  # a pooled connection later used by another fetch is not ours to shut
            self._conns.add(conn)
            if self.fired:
                _shutdown(conn)

    def forget(self) -> None:
        with self._lock:
            self._conns.clear()

    def stop(self) -> None:
        self._done.set()
        self.forget()

    def _run(self) -> None:
        while (remaining := self.deadline - time.monotonic()) > 0:
            if self._done.wait(remaining if self.cancel is None else min(remaining, 0.1)):
                return
            if self.cancel is not None and self.cancel.is_set():
                return self._fire("cancelled")
        self._fire("timeout")

    def _fire(self, why: str) -> None:
        with self._lock:
            if self._done.is_set():
                return
            self.fired = why
            for conn in self._conns:
                if getattr(conn, "_watch_owner", None) is self:
                    _shutdown(conn)


def _shutdown(conn: Any) -> None:
    handle = getattr(conn, "_watch_handle", None) or getattr(conn, "sock", None)
    try:
        # The plain-socket method, also on an SSLSocket, whose own shutdown() would unwrap TLS under a reader.
        socket.socket.shutdown(handle, socket.SHUT_RDWR)
    except (OSError, ValueError, TypeError):
        pass  # not connected yet, or already closed


def _watch(conn: Any) -> None:
    watchdog = getattr(_current, "watchdog", None)
    if watchdog is not None:
        watchdog.watch(conn)


class _WatchedMixin:
    _watch_handle: socket.socket | None = None

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()  # type: ignore[misc]
        self._drop_handle()
        try:
            self._watch_handle = sock.dup()  # TLS wrapping detaches the original socket; the duplicate stays ours
        except OSError:
            self._watch_handle = None
        _watch(self)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        _watch(self)  # a pooled connection being reused does not pass through _new_conn
        super().request(*args, **kwargs)  # type: ignore[misc]

    def close(self) -> None:
        try:
            super().close()  # type: ignore[misc]
        finally:
            self._drop_handle()

    def _drop_handle(self) -> None:
        handle, self._watch_handle = self._watch_handle, None
        if handle is not None:
            handle.close()


class _WatchedHTTPConnection(_WatchedMixin, HTTPConnection):
    pass


class _WatchedHTTPSConnection(_WatchedMixin, HTTPSConnection):
    pass


_POOLS = {"http": type("_WatchedHTTPPool", (HTTPConnectionPool,), {"ConnectionCls": _WatchedHTTPConnection}),
          "https": type("_WatchedHTTPSPool", (HTTPSConnectionPool,), {"ConnectionCls": _WatchedHTTPSConnection})}


class _WatchedAdapter(HTTPAdapter):
    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if isinstance(manager, urllib3.ProxyManager):  # SOCKS keeps its own pools: the deadline covers the body
            manager.pool_classes_by_scheme = _POOLS
        return manager


# --- public API ------------------------------------------------------------------------------

def make_session(settings: FetchSettings) -> requests.Session:
    """A session whose connections obey the fetch deadline; one can be shared by worker threads."""
    session = requests.Session()
    adapter = _WatchedAdapter(pool_connections=16, pool_maxsize=16, max_retries=0)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers.update({"User-Agent": settings.user_agent, "Accept-Encoding": ACCEPT_ENCODING})
    session.verify = settings.verify_tls
    if not settings.verify_tls:
        # The analyst turned verification off on purpose; a warning per request would add nothing.
        warnings.filterwarnings("ignore", category=urllib3.exceptions.InsecureRequestWarning)
    return session


def fetch(url: str, *, etag: str | None = None, last_modified: str | None = None,
          settings: FetchSettings | None = None, session: requests.Session | None = None,
          accept: str = FEED_ACCEPT, cancel: threading.Event | None = None,
          observe: Observer | None = None) -> FetchResult:
    """GET ``url``; network and HTTP problems raise WorkstationError only (RetryLater for 429/503).

    ``observe`` sees every response of the chain with its (capped) body, address and certificate first.
    """
    settings = settings or FetchSettings()
    _check_address(url)
    if cancel is not None and cancel.is_set():
        raise WorkstationError("fetch.connection", reason=Problem("fetch.cancelled"))
    headers = {"User-Agent": settings.user_agent, "Accept": accept, "Accept-Encoding": ACCEPT_ENCODING}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    own_session = session is None
    session = session or make_session(settings)
    started = time.monotonic()
    watchdog = _current.watchdog = _Watchdog(started + settings.total_timeout, cancel)
    hop = [url]  # the address being requested now, so that an error names the host after a redirect
    try:
        return _follow(hop, headers, settings, session, watchdog, started, observe)
    except WorkstationError:
        raise
    except Exception as exc:
        if watchdog.fired:  # whatever the shut-down socket made the libraries say
            raise _stopped(watchdog.fired, settings) from exc
        if isinstance(exc, (requests.RequestException, urllib3.exceptions.HTTPError, http.client.HTTPException,
                            OSError)):
            raise _network_error(exc, hop[0], settings) from exc
        raise
    finally:
        watchdog.stop()
        _current.watchdog = None
        if own_session:
            session.close()


class HostLimiter:
    """At most ``per_host`` requests at once to the same host (thread-safe); used by the ingest worker pool."""

    def __init__(self, per_host: int = 2) -> None:
        self.per_host = max(1, per_host)
        self._active: dict[str, int] = {}
        self._changed = threading.Condition()

    @contextmanager
    def slot(self, url: str) -> Iterator[None]:
        host = (urlsplit(url).hostname or "").lower()
        with self._changed:
            while self._active.get(host, 0) >= self.per_host:
                self._changed.wait()
            self._active[host] = self._active.get(host, 0) + 1
        try:
            yield
        finally:
            with self._changed:
                self._active[host] -= 1
                if not self._active[host]:
                    del self._active[host]  # only busy hosts are kept, so the dict stays small
                self._changed.notify_all()


# --- one fetch -------------------------------------------------------------------------------

def _follow(hop: list[str], headers: dict[str, str], settings: FetchSettings, session: requests.Session,
            watchdog: _Watchdog, started: float, observe: Observer | None = None) -> FetchResult:
    proxies = {"http": settings.proxy, "https": settings.proxy} if settings.proxy else None
    for _ in range(settings.max_redirects + 1):
        remaining = watchdog.deadline - time.monotonic()
        if remaining <= 0:
            raise _stopped("timeout", settings)
        response = session.get(hop[0], headers=headers, stream=True, allow_redirects=False, proxies=proxies,
                               verify=settings.verify_tls,
                               timeout=(min(settings.connect_timeout, remaining), remaining))
        try:
            watchdog.watch(getattr(response.raw, "connection", None))  # for sessions not from make_session
            location = response.headers.get("Location")
            redirect = response.status_code in _REDIRECTS and bool(location)
            seen: bytes | None = None  # the body, read once for the observer
            if observe is not None and response.status_code != 304:
                target = _redirect_target(hop[0], location or "") if redirect else None
                peer = _peer(response)  # before the body: a fully read connection goes back to the pool
                seen = _read_body(response, settings, watchdog)
                observe(_exchange(hop[0], response, seen, target, peer))
            if redirect:
                hop[0] = _redirect_target(hop[0], location or "")
                continue
            status, head = response.status_code, response.headers
            if status in _RETRY_LATER:
                raise RetryLater(status, _retry_after(head.get("Retry-After")))
            if status >= 300 and status != 304:
                raise WorkstationError("fetch.http", status=status)
            if seen is not None:
                body = seen
            else:
                body = b"" if status == 304 else _read_body(response, settings, watchdog)
            content_type, charset = _content_type(head.get("Content-Type"))
            return FetchResult(url=hop[0], status=status, not_modified=status == 304, body=body,
                               content_type=content_type, charset=charset, etag=head.get("ETag"),
                               last_modified=head.get("Last-Modified"), elapsed=time.monotonic() - started)
        finally:
            watchdog.forget()  # first: once closed, the connection may go back to the pool for another fetch
            response.close()
    raise WorkstationError("fetch.too_many_redirects", limit=settings.max_redirects)


def _peer(response: requests.Response) -> tuple[str, bytes | None]:
    """The address the response came from and, over https, the server's certificate (DER)."""
    conn = getattr(response.raw, "connection", None) or getattr(response.raw, "_connection", None)
    sock = getattr(conn, "sock", None)
    peer_ip, cert = "", None
    try:
        peer_ip = str(sock.getpeername()[0]) if sock is not None else ""
        if isinstance(sock, ssl.SSLSocket):
            cert = sock.getpeercert(binary_form=True)
    except (OSError, ValueError):
        pass
    return peer_ip, cert


def _exchange(url: str, response: requests.Response, body: bytes, next_url: str | None,
              peer: tuple[str, bytes | None]) -> Exchange:
    peer_ip, cert = peer
    version = {10: "HTTP/1.0", 11: "HTTP/1.1", 20: "HTTP/2"}.get(getattr(response.raw, "version", 11), "HTTP/1.1")
    raw_headers = getattr(response.raw, "headers", None)
    headers = list(raw_headers.items()) if raw_headers is not None else list(response.headers.items())
    return Exchange(url=url, request_headers=dict(response.request.headers), sent_url=response.request.url or url,
                    status=response.status_code,
                    reason=response.reason or "", http_version=version, headers=headers, body=body,
                    peer_ip=peer_ip, peer_cert=cert, next_url=next_url)


def _read_body(response: requests.Response, settings: FetchSettings, watchdog: _Watchdog) -> bytes:
    limit = settings.max_bytes
    length = (response.headers.get("Content-Length") or "").strip()
    # ASCII digits only: "²³" is digits to str.isdigit, and int() refuses it (the body is read and measured instead).
    if length.isascii() and length.isdigit() and int(length) > limit:
        raise _too_large(settings)  # refused before reading a byte
    decoder = _Decoder(response.headers.get("Content-Encoding") or "")
    body = bytearray()
    wire = 0
    # decode_content=False: we inflate ourselves, so the cap counts decompressed bytes step by step.
    for chunk in itertools.chain(response.raw.stream(_CHUNK, decode_content=False), [None]):
        wire += len(chunk or b"")
        if wire > limit:
            raise _too_large(settings)
        for piece in decoder.feed(chunk) if chunk is not None else decoder.finish():
            body += piece
            if len(body) > limit:
                raise _too_large(settings)
        if watchdog.fired or time.monotonic() > watchdog.deadline:
            # Also after the last chunk: a shut-down socket can look like the clean end of a body without length.
            raise _stopped(watchdog.fired or "timeout", settings)
    return bytes(body)


class _Decoder:
    """Content-Encoding gzip or deflate, inflated at most _PIECE bytes at a time; anything else passes through."""

    def __init__(self, header: str) -> None:
        self.header = header.strip()
        codings = [c.strip().lower() for c in header.split(",") if c.strip().lower() not in ("", "identity")]
        if len(codings) > 1 or (codings and codings[0] in _UNDECODABLE):
            raise WorkstationError("fetch.bad_encoding", encoding=self.header)
        # Unknown values ("utf-8", "none") are server mistakes over a plain body; browsers read it as is.
        self.coding = codings[0] if codings and codings[0] in ("gzip", "x-gzip", "deflate") else ""
        self._z: Any = zlib.decompressobj(16 + zlib.MAX_WBITS) if self.coding in ("gzip", "x-gzip") else None
        self._head = b""

    def feed(self, data: bytes) -> Iterator[bytes]:
        if not self.coding:
            yield data
            return
        if self._z is None:  # deflate: the spec says zlib-wrapped, many servers send it raw
            self._head += data
            if len(self._head) < 2 and data:
                return
            data, self._head = self._head, b""
            wrapped = len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
            self._z = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        try:
            while not self._z.eof:  # bytes after the end of the stream are ignored, as browsers do
                piece = self._z.decompress(data, _PIECE)
                if not piece:
                    return  # needs more input
                yield piece
                data = self._z.unconsumed_tail
        except zlib.error as exc:
            raise WorkstationError("fetch.bad_encoding", encoding=self.header) from exc

    def finish(self) -> Iterator[bytes]:
        return self.feed(b"")  # what zlib still holds, or a deflate body too short to have been started


# --- small helpers ---------------------------------------------------------------------------

def _check_address(url: str) -> None:
    if not is_http_url(url):
        raise WorkstationError("source.bad_url", url=url)


def _redirect_target(current: str, location: str) -> str:
    try:
        location = location.encode("latin-1").decode("utf-8")  # http.client decodes header bytes as latin-1
    except UnicodeError:
        pass
    target = urljoin(current, location.strip())
    _check_address(target)
    return target


def _content_type(value: str | None) -> tuple[str, str | None]:
    media, _, params = (value or "").partition(";")
    charset = None
    for param in params.split(";"):
        name, _, raw = param.partition("=")
        if name.strip().lower() == "charset":
            charset = raw.strip().strip("\"'").strip().lower() or None
    return media.strip().lower(), charset


def _retry_after(value: str | None) -> dt.datetime | None:
    """Retry-After as delta-seconds or an HTTP-date, kept between now and 24 h from now; None if absent or garbage."""
    text, now = (value or "").strip(), clock.now()
    if re.fullmatch(r"[0-9]{1,12}", text):
        return now + min(dt.timedelta(seconds=int(text)), _MAX_WAIT)
    if re.fullmatch(r"[0-9]+", text):
        return now + _MAX_WAIT
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)  # HTTP-dates are GMT, even when written "-0000"
    return min(max(when.astimezone(dt.timezone.utc), now), now + _MAX_WAIT)


def _num(value: float) -> int | float:
    """2.0 -> 2, so messages read "after 2 s"; small fractions keep three significant digits."""
    return int(value) if float(value).is_integer() else float(f"{value:.3g}")


def _too_large(settings: FetchSettings) -> WorkstationError:
    return WorkstationError("fetch.too_large", limit_mib=_num(settings.max_bytes / (1024 * 1024)))


def stopped_by_caller(error: WorkstationError) -> bool:
    """Whether ``error`` is a fetch its caller stopped (``cancel``), not one the network failed."""
    reason = error.params.get("reason")
    return error.key == "fetch.connection" and isinstance(reason, Problem) and reason.key == "fetch.cancelled"


def _stopped(why: str, settings: FetchSettings) -> WorkstationError:
    if why == "cancelled":
        return WorkstationError("fetch.connection", reason=Problem("fetch.cancelled"))
    return WorkstationError("fetch.timeout", seconds=_num(settings.total_timeout))


def _network_error(exc: BaseException, url: str, settings: FetchSettings) -> WorkstationError:
    causes: list[BaseException] = []  # exc and all it wraps: requests wraps urllib3, which wraps socket errors
    todo: list[object] = [exc]
    while todo:
        current = todo.pop(0)
        if isinstance(current, BaseException) and not any(current is c for c in causes):
            causes.append(current)
            todo += [current.__cause__, current.__context__, getattr(current, "reason", None), *current.args]

    def has(*kinds: type) -> bool:
        return any(isinstance(c, kinds) for c in causes)

    if has(requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema, urllib3.exceptions.LocationParseError):
        return WorkstationError("source.bad_url", url=url)
    if has(requests.exceptions.ProxyError, urllib3.exceptions.ProxyError):
        return WorkstationError("fetch.connection", reason=f"proxy: {_reason(causes)}")  # no proxy password
    if has(urllib3.exceptions.NameResolutionError, socket.gaierror):
        return WorkstationError("fetch.dns", host=urlsplit(url).hostname or url)
    if has(ssl.SSLError, urllib3.exceptions.SSLError, requests.exceptions.SSLError):
        return WorkstationError("fetch.tls", reason=_reason(causes, tls=True))
    if has(ConnectionRefusedError):
        return WorkstationError("fetch.refused")
    # urllib3 files every failed connect under ConnectTimeoutError: only those not NewConnectionError timed out.
    if has(requests.exceptions.ConnectTimeout) or any(isinstance(c, urllib3.exceptions.ConnectTimeoutError) and
                                                      not isinstance(c, urllib3.exceptions.NewConnectionError)
                                                      for c in causes):
        return WorkstationError("fetch.connect_timeout", seconds=_num(settings.connect_timeout))
    if has(requests.exceptions.ReadTimeout, urllib3.exceptions.ReadTimeoutError, TimeoutError):
        return WorkstationError("fetch.timeout", seconds=_num(settings.total_timeout))
    return WorkstationError("fetch.connection", reason=_reason(causes))


def _reason(causes: list[BaseException], tls: bool = False) -> str:
    """A few words for the analyst; urllib3's own texts carry object reprs and addresses."""
    for cause in reversed(causes):  # innermost first
        if tls and isinstance(cause, ssl.SSLCertVerificationError) and cause.verify_message:
            return str(cause.verify_message)  # "certificate has expired", "self-signed certificate"
        if tls and isinstance(cause, ssl.SSLError) and cause.reason:
            return str(cause.reason).replace("_", " ").lower()  # "wrong version number"
        if isinstance(cause, (http.client.IncompleteRead, urllib3.exceptions.IncompleteRead)):
            return "the response was cut short"
        if isinstance(cause, http.client.RemoteDisconnected):
            return "the server closed the connection without answering"
        if isinstance(cause, http.client.HTTPException):
            return "the reply is not valid HTTP"
        if isinstance(cause, OSError) and cause.strerror:
            return cause.strerror
    return "handshake failed" if tls else type(causes[-1]).__name__
