"""This workstation beside other feed readers: the same generated feeds, served from 127.0.0.1, in one run.

    python benchmarks/bench_peers.py             # 300 feeds x 100 items, 8 workers, each peer once
    python benchmarks/bench_peers.py --quick     # 40 feeds x 100 items
    python benchmarks/bench_peers.py --repeat 3  # three rounds, peers in a rotating order, medians

Installs nothing. A peer that is not on this machine is listed as "not installed" and skipped:
  newsboat  (C++; Debian package ``newsboat``): ``newsboat -x reload`` with a URL file, a fresh cache file and a
            configuration of ``reload-threads`` = workers; it stores each item's HTML as sent, builds no search index;
  reader    (lemon24/reader, Python; ``pip install reader`` into the same environment): ``update_feeds(workers=…)``
            then ``enable_search()`` + ``update_search()`` (its full-text index);
  workstation  ``workstation.core.ingest.run.fetch_sources`` with the desktop's and the command line's settings
            (8 workers, 2 requests at once per host) and the whole triage (watch rules, open cases, the radar, on a
            clock at the feeds' time so that it reads every item): fetch, decode, parse,
            sanitize, language, word forms, dedup, store, full-text index.

The feeds are benchmarks/feeds.py's (Kazakh, Russian and English news, ~1.8 KB per item) served by
benchmarks/feedserver.py in a child process from 127.0.0.1 (``--hosts`` spreads them over 127.0.0.1 … 127.0.0.N;
no latency unless ``--latency``). Every peer starts from an empty store in its own process; the wall time covers
fetching, storing and indexing (for the Python peers, from the first request to the end, without interpreter
start-up; for newsboat the whole process). Disk = every file of the store after it is closed (WAL included).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _common as c
from feedserver import FeedServers

PEERS = ("workstation", "newsboat", "reader")


def store_bytes(folder: Path, stem: str) -> int:
    return sum(p.stat().st_size for p in folder.glob(stem + "*") if p.is_file())


# --- each peer, in a child process ------------------------------------------------------------------------------

def run_workstation(urls: list[str], folder: Path, workers: int) -> dict:
    from workstation.core.ingest.pool import leave_main_out_of_workers
    from workstation.core.ingest.run import fetch_sources
    from workstation.core.ingest.sources import add_source
    from workstation.core.workspace import open_workspace
    from workstation.core.workspace.triage import triage_new_items

    leave_main_out_of_workers()  # as the command line and the desktop do
    c.run_at_feed_time()  # the served items are news: the radar reads every one, as in a fetch round
    db = open_workspace(folder / "workspace.db")
    for number, url in enumerate(urls):
        add_source(db, url, kind="rss", name=f"Feed {number:04d}", folder="Media/KZ")
    started = time.perf_counter()
    outcomes = fetch_sources(db, jobs=workers, triage=triage_new_items)
    wall = time.perf_counter() - started
    items = db.execute("SELECT count(*) FROM items").fetchone()[0]
    failed = sum(not o.ok for o in outcomes)
    db.close()
    return {"wall": wall, "items": items, "failed": failed, "disk": store_bytes(folder, "workspace.db")}


def run_reader(urls: list[str], folder: Path, workers: int) -> dict:
    import reader

    path = folder / "reader.sqlite"
    rd = reader.make_reader(str(path))
    for url in urls:
        rd.add_feed(url)
    started = time.perf_counter()
    rd.update_feeds(workers=workers)
    rd.enable_search()
    rd.update_search()
    wall = time.perf_counter() - started
    counts = rd.get_entry_counts()
    broken = sum(1 for _ in rd.get_feeds(broken=True))
    rd.close()
    return {"wall": wall, "items": counts.total, "failed": broken, "disk": store_bytes(folder, "reader.sqlite"),
            "version": reader.__version__}


def run_newsboat(urls: list[str], folder: Path, workers: int) -> dict:
    import sqlite3

    (folder / "urls").write_text("\n".join(urls) + "\n")
    (folder / "config").write_text(f"reload-threads {workers}\nmax-items 0\nshow-read-feeds yes\n")
    cache = folder / "cache.db"
    env = {**os.environ, "HOME": str(folder), "XDG_CONFIG_HOME": str(folder), "XDG_DATA_HOME": str(folder)}
    started = time.perf_counter()
    done = subprocess.run(["newsboat", "-u", str(folder / "urls"), "-c", str(cache), "-C", str(folder / "config"),
                           "-x", "reload"], env=env, capture_output=True, text=True, timeout=3600)
    wall = time.perf_counter() - started
    with sqlite3.connect(cache) as con:
        items = con.execute("SELECT count(*) FROM rss_item").fetchone()[0]
        feeds = con.execute("SELECT count(*) FROM rss_feed").fetchone()[0]
    con.close()
    version = subprocess.run(["newsboat", "-v"], capture_output=True, text=True).stdout.split("\n")[0]
    return {"wall": wall, "items": items, "failed": len(urls) - feeds, "disk": store_bytes(folder, "cache.db"),
            "version": version.replace("newsboat ", "").strip(), "exit": done.returncode,
            "stderr": done.stderr[-300:]}


RUNNERS = {"workstation": run_workstation, "reader": run_reader, "newsboat": run_newsboat}


def available(peer: str) -> bool:
    if peer == "newsboat":
        return shutil.which("newsboat") is not None
    if peer == "reader":
        return importlib.util.find_spec("reader") is not None
    return True


def run_child(peer: str, urls: list[str], workers: int, script: str = __file__) -> dict:
    """One peer in a fresh process and a fresh folder (deleted afterwards); ``script`` is this file in another
    copy of the project (``--before``)."""
    folder = Path(tempfile.mkdtemp(prefix=f"bench-peers-{peer}-"))
    try:
        (folder / "urls.json").write_text(json.dumps(urls))
        done = subprocess.run([sys.executable, script, "--child", peer, "--folder", str(folder),
                               "--workers", str(workers)], capture_output=True, text=True, timeout=3600)
        if done.returncode != 0:
            raise RuntimeError(f"{peer} failed:\n{done.stderr[-2000:]}")
        return json.loads(done.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def child_main(peer: str, folder: Path, workers: int) -> None:
    urls = json.loads((folder / "urls.json").read_text())
    result = RUNNERS[peer](urls, folder, workers)
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # newsboat; a parsing pool
    result["peak_rss_mb"] = max(c.peak_rss_mb(), children)
    print(json.dumps(result))


# --- the run ---------------------------------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="40 feeds x 100 items")
    parser.add_argument("--feeds", type=int, default=300)
    parser.add_argument("--items", type=int, default=100)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--hosts", type=int, default=1, help="serve from 127.0.0.1 ... 127.0.0.N")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before every reply")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--peers", default=",".join(PEERS))
    parser.add_argument("--before", metavar="FOLDER",
                        help="also run the workstation of another copy of the project (e.g. `git worktree` of the "
                             "previous commit) as the peer 'before', in the same rounds")
    parser.add_argument("--child", choices=PEERS, help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_main(args.child, Path(args.folder), args.workers)
        return
    if args.quick:
        args.feeds = 40
    c.print_machine()
    peers = [p for p in args.peers.split(",") if p]
    missing = [p for p in peers if not available(p)]
    peers = [p for p in peers if p not in missing]
    if args.before:
        peers.insert(1 if "workstation" in peers else 0, "before")
    results: dict[str, list[dict]] = {p: [] for p in peers}
    with FeedServers(feed_count=args.feeds, hosts=args.hosts, latency=args.latency, items=args.items) as servers:
        print(f"feeds: {args.feeds} x {args.items} items from {args.hosts} loopback host(s), latency "
              f"{args.latency * 1000:.0f} ms, {args.workers} workers", flush=True)
        for round_ in range(args.repeat):
            order = peers[round_ % len(peers):] + peers[:round_ % len(peers)]
            for peer in order:
                servers.reset()
                if peer == "before":
                    result = run_child("workstation", servers.urls, args.workers,
                                       str(Path(args.before).resolve() / "benchmarks" / "bench_peers.py"))
                else:
                    result = run_child(peer, servers.urls, args.workers)
                result["requests"] = servers.stats()["requests"]
                results[peer].append(result)
                print(f"  round {round_ + 1}: {peer:12s} {result['wall']:7.2f} s  {result['items']:7d} items  "
                      f"{result['disk'] / 1e6:7.1f} MB  failed {result['failed']}", flush=True)
    rows = []
    for peer in peers:
        runs = results[peer]
        wall = c.median(r["wall"] for r in runs)
        items = runs[-1]["items"]
        disk = c.median(r["disk"] for r in runs)
        rows.append([peer + (f" {runs[-1]['version'].split(' - ')[0]}" if runs[-1].get("version") else ""),
                     f"{wall:.1f}",
                     f"{items / wall:,.0f}", f"{items:,}", f"{disk / 1e6:.1f}", f"{disk / max(items, 1):,.0f}",
                     f"{c.median(r['peak_rss_mb'] for r in runs):.0f}"])
    print()
    print(c.table(rows, ["peer", "wall s", "items/s", "items", "disk MB", "disk bytes/item", "peak RSS MB (child)"]))
    if "workstation" in results:
        ws = results["workstation"]
        ws_rate = c.median(r["items"] / r["wall"] for r in ws)
        for peer in peers:
            if peer != "workstation":
                rate = c.median(r["items"] / r["wall"] for r in results[peer])
                print(f"workstation / {peer} throughput: {ws_rate / rate:.2f}x")
    for peer in missing:
        how = "apt-get install newsboat" if peer == "newsboat" else "pip install reader"
        print(f"{peer}: not installed, skipped ({how} to include it)")


if __name__ == "__main__":
    main()
