"""Feed servers for the fetch and desktop benchmarks: many loopback hosts, fixed latency, ETag/304, counted bytes.

One child process runs a threading HTTP server on each of 127.0.0.1 ... 127.0.0.<hosts> (Linux routes all of
127.0.0.0/8 to the loopback interface), so that the fetcher's limit of two requests at once per host does not make
every request queue behind one host. The servers live in their own process so that their work does not compete
with the fetcher for the GIL. Every reply waits ``latency`` seconds first; feeds carry an ETag and Last-Modified and
a conditional request that matches gets 304 with no body; a client that accepts gzip gets gzip, as from nginx.

    with FeedServers(feed_count=500, hosts=50, latency=0.1, items=10) as servers:
        servers.urls            # one URL per feed
        servers.stats()         # {"requests", "status_200", "status_304", "wire_bytes", "body_bytes", ...}
        servers.reset()
"""

from __future__ import annotations

import gzip
import hashlib
import http.server
import multiprocessing
import socket
import threading
import time
from email.utils import formatdate

DEFAULT_PORT_BASE = 0  # 0: each server picks a free port


def loopback_hosts_available(count: int) -> bool:
    """Whether 127.0.0.2 ... can be bound here (Linux: yes; macOS: only with aliases)."""
    if count <= 1:
        return True
    try:
        with socket.socket() as sock:
            sock.bind((f"127.0.0.{count}", 0))
        return True
    except OSError:
        return False


def _serve(pipe, feed_count: int, hosts: int, latency: float, items: int, seed: int) -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _common import Vocabulary
    from feeds import feed_bytes, feed_specs

    vocab = Vocabulary()
    specs = feed_specs(feed_count, seed=seed)
    bodies: dict[str, tuple[bytes, bytes, str, str]] = {}
    modified = formatdate(time.time() - 3600, usegmt=True)
    for spec in specs:
        body = feed_bytes(spec, items, vocab, seed=seed)
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        ctype = "application/atom+xml" if spec.kind == "atom" else f"application/rss+xml; charset={spec.encoding}"
        bodies[f"/feed/{spec.index:04d}.xml"] = (body, gzip.compress(body, 6), etag, ctype)
    stats_lock = threading.Lock()
    stats = {"requests": 0, "status_200": 0, "status_304": 0, "status_404": 0, "wire_bytes": 0, "body_bytes": 0,
             "conditional": 0, "max_in_flight_per_host": 0, "max_in_flight": 0}
    in_flight: dict[str, int] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format, *args):  # noqa: A002 - stdlib signature
            pass

        def do_GET(self):  # noqa: N802 - stdlib naming
            host = self.server.server_address[0]
            with stats_lock:
                in_flight[host] = in_flight.get(host, 0) + 1
                stats["max_in_flight_per_host"] = max(stats["max_in_flight_per_host"], in_flight[host])
                stats["max_in_flight"] = max(stats["max_in_flight"], sum(in_flight.values()))
            try:
                time.sleep(latency)
                found = bodies.get(self.path)
                conditional = "If-None-Match" in self.headers or "If-Modified-Since" in self.headers
                if found is None:
                    status, headers, payload = 404, {"Content-Type": "text/plain"}, b"not found"
                else:
                    body, zipped, etag, ctype = found
                    headers = {"ETag": etag, "Last-Modified": modified, "Cache-Control": "max-age=300"}
                    if self.headers.get("If-None-Match") == etag:
                        status, payload = 304, b""
                    else:
                        status = 200
                        headers["Content-Type"] = ctype
                        if "gzip" in (self.headers.get("Accept-Encoding") or ""):
                            headers["Content-Encoding"] = "gzip"
                            payload = zipped
                        else:
                            payload = body
                lines = [f"HTTP/1.1 {status} {http.server.BaseHTTPRequestHandler.responses[status][0]}",
                         f"Date: {formatdate(usegmt=True)}", "Server: bench"]
                lines += [f"{k}: {v}" for k, v in headers.items()]
                lines.append(f"Content-Length: {len(payload)}")
                head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
                self.wfile.write(head + payload)
                with stats_lock:
                    stats["requests"] += 1
                    stats[f"status_{status}"] += 1
                    stats["wire_bytes"] += len(head) + len(payload)
                    stats["body_bytes"] += len(payload)
                    stats["conditional"] += conditional
            finally:
                with stats_lock:
                    in_flight[host] -= 1

    class Server(http.server.ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 64

        def handle_error(self, request, client_address):
            pass

    servers = []
    urls = []
    for number in range(hosts):
        server = Server((f"127.0.0.{number + 1}", DEFAULT_PORT_BASE), Handler)
        servers.append(server)
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    for spec in specs:
        server = servers[spec.index // max(1, feed_count // hosts) % hosts]  # consecutive feeds share a host
        host, port = server.server_address[:2]
        urls.append(f"http://{host}:{port}/feed/{spec.index:04d}.xml")
    pipe.send(urls)
    while True:
        command = pipe.recv()
        if command == "stats":
            with stats_lock:
                pipe.send(dict(stats))
        elif command == "reset":
            with stats_lock:
                for key in stats:
                    stats[key] = 0
            pipe.send(True)
        else:
            for server in servers:
                server.shutdown()
                server.server_close()
            pipe.send(True)
            return


class FeedServers:
    def __init__(self, feed_count: int, hosts: int = 50, latency: float = 0.1, items: int = 10, seed: int = 1):
        if not loopback_hosts_available(hosts):
            raise RuntimeError(f"cannot bind 127.0.0.{hosts}: this system routes only 127.0.0.1 to loopback "
                               "(macOS: add aliases with `ifconfig lo0 alias 127.0.0.N`)")
        context = multiprocessing.get_context("spawn")
        self._pipe, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(child, feed_count, hosts, latency, items, seed),
                                         daemon=True, name="feed-servers")
        self.urls: list[str] = []

    def __enter__(self) -> FeedServers:
        self._process.start()
        self.urls = self._pipe.recv()
        return self

    @property
    def pid(self) -> int | None:
        """The serving process (a benchmark leaves it out of the memory it measures)."""
        return self._process.pid

    def stats(self) -> dict:
        self._pipe.send("stats")
        return self._pipe.recv()

    def reset(self) -> None:
        self._pipe.send("reset")
        self._pipe.recv()

    def __exit__(self, *exc) -> None:
        try:
            self._pipe.send("stop")
            self._pipe.recv()
        finally:
            self._process.join(timeout=10)
            if self._process.is_alive():
                self._process.terminate()
