"""A real HTTP server on 127.0.0.1 for tests, able to misbehave on purpose.

Tests usually get one from the ``local_server`` fixture (tests/conftest.py), started and stopped for them:

    def test_user_agent(local_server):
        local_server.route("/feed", Reply(body=b"<rss/>", headers={"Content-Type": "application/rss+xml"}))
        fetch(local_server.url("/feed"))
        local_server.requests[-1].headers["user-agent"]

``LocalServer(latency=..., tls=...)`` is a context manager for the servers a fixture does not make.

A route is a ``Reply`` or a function ``(Request) -> Reply`` (for conditional answers). Replies can
drip their headers or body byte by byte, lie about Content-Length, or hold the connection open.
Each request is recorded, and the server counts how many requests per Host it served at once.
Responses are written by hand, byte for byte, so nothing in http.server tidies a broken reply.
"""

from __future__ import annotations

import http.server
import shutil
import socket
import ssl
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit


@dataclass
class Reply:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    # Content-Length: True = the real length, False = none (body ends when the connection closes), int = a lie.
    content_length: bool | int = True
    chunk_size: int = 0  # with chunk_delay: body sent in pieces of this many bytes (0 = all at once)
    chunk_delay: float = 0.0  # seconds between body pieces: a slow drip
    header_delay: float = 0.0  # seconds between header bytes: headers dripped one byte at a time
    delay: float = 0.0  # seconds before anything is sent
    hold: float = 0.0  # seconds to keep the connection open after the body, without closing it


@dataclass
class Request:
    method: str
    path: str  # as sent: an absolute URL when the client talks to us as a proxy
    headers: dict[str, str]  # lower-case names
    client_port: int = 0  # the same port twice means the client reused its connection

    @property
    def route(self) -> str:
        return urlsplit(self.path).path or "/"


Handler = Reply | Callable[[Request], Reply]


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        # A client hanging up mid-reply is what the timeout and size tests do on purpose.
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


class LocalServer:
    """ThreadingHTTPServer on 127.0.0.1 and a free port; a context manager. ``latency`` delays every reply.

    ``tls=(certfile, keyfile)`` serves HTTPS (see ``self_signed_certificate``).
    """

    def __init__(self, latency: float = 0.0, tls: tuple[Path, Path] | None = None) -> None:
        self.latency = latency
        self.scheme = "https" if tls else "http"
        self.routes: dict[str, Handler] = {}
        self.requests: list[Request] = []
        self.max_in_flight: dict[str, int] = {}  # Host header -> most requests served at the same time
        self._in_flight: dict[str, int] = {}
        self._lock = threading.Lock()
        self.stopping = threading.Event()
        self._httpd = _QuietServer(("127.0.0.1", 0), _make_handler(self))
        if tls:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self._httpd.socket = context.wrap_socket(self._httpd.socket, server_side=True)
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="local-http", daemon=True)

    def route(self, path: str, handler: Handler) -> LocalServer:
        self.routes[path] = handler
        return self

    def url(self, path: str = "/", host: str = "127.0.0.1") -> str:
        return f"{self.scheme}://{host}:{self.port}{path}"

    def start(self) -> LocalServer:
        self._thread.start()
        return self

    def close(self) -> None:
        self.stopping.set()  # dripping handlers stop at their next pause
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _enter(self, request: Request) -> None:
        host = request.headers.get("host", "")
        with self._lock:
            self.requests.append(request)
            self._in_flight[host] = self._in_flight.get(host, 0) + 1
            self.max_in_flight[host] = max(self.max_in_flight.get(host, 0), self._in_flight[host])

    def _leave(self, request: Request) -> None:
        with self._lock:
            self._in_flight[request.headers.get("host", "")] -= 1

    def _pause(self, seconds: float) -> bool:
        """Sleep unless the server is stopping; False means stop now."""
        return seconds <= 0 or not self.stopping.wait(seconds)


def _make_handler(server: LocalServer) -> type[http.server.BaseHTTPRequestHandler]:
    class _Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
            pass  # keep test output clean

        def do_GET(self) -> None:  # noqa: N802 - stdlib naming
            request = Request(self.command, self.path, {k.lower(): v for k, v in self.headers.items()},
                              self.client_address[1])
            server._enter(request)
            try:
                handler = server.routes.get(request.route)
                if handler is None:
                    reply = Reply(404, body=b"not found")
                else:
                    reply = handler(request) if callable(handler) else handler
                self._send(reply)
            except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
                self.close_connection = True  # the client gave up: expected in timeout tests
            finally:
                server._leave(request)

        def _send(self, reply: Reply) -> None:
            if not server._pause(server.latency + reply.delay):
                return
            reason = http.server.BaseHTTPRequestHandler.responses.get(reply.status, ("",))[0]
            lines = [f"HTTP/1.1 {reply.status} {reason}"]
            lines += [f"{name}: {value}" for name, value in reply.headers.items()]
            if reply.content_length is True:
                lines.append(f"Content-Length: {len(reply.body)}")
            elif reply.content_length is not False:
                lines.append(f"Content-Length: {reply.content_length}")
            if reply.content_length is not True:
                lines.append("Connection: close")
                self.close_connection = True
            head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
            if not self._write(head, 1 if reply.header_delay else 0, reply.header_delay):
                return
            if not self._write(reply.body, reply.chunk_size, reply.chunk_delay):
                return
            if reply.hold:
                server._pause(reply.hold)

        def _write(self, data: bytes, size: int, pause: float) -> bool:
            """Send ``data`` in pieces of ``size`` bytes with pauses; False if the server is stopping."""
            if not size:
                self.wfile.write(data)
                return True
            for start in range(0, len(data), size):
                self.wfile.write(data[start:start + size])
                self.wfile.flush()
                if not server._pause(pause):
                    self.close_connection = True
                    return False
            return True

    return _Handler


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on, for "connection refused"."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def unanswered_port() -> Iterator[int | None]:
    """A port whose connection queue is full, so that a new connection hangs until the client's connect timeout.

    Linux drops the handshake when a listener's backlog is full; yields None where the system behaves otherwise.
    """
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers: list[socket.socket] = []
    hanging = False
    try:
        for _ in range(4):
            probe = socket.socket()
            probe.settimeout(0.2)
            fillers.append(probe)
            try:
                probe.connect(("127.0.0.1", port))
            except TimeoutError:
                hanging = True
                break
            except OSError:
                break  # refused outright (Windows does that): no hanging connection to test with
        yield port if hanging else None
    finally:
        for sock in fillers:
            sock.close()
        listener.close()


def self_signed_certificate(directory: Path) -> tuple[Path, Path] | None:
    """(certfile, keyfile) for 127.0.0.1, made with the openssl command; None where openssl is missing."""
    if shutil.which("openssl") is None:
        return None
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key
