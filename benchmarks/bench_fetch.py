"""Fetching many feeds over HTTP with latency: wall time vs the ideal, then a conditional (304) round.

    python benchmarks/bench_fetch.py             # 500 feeds on 50 hosts, 100 ms latency, 3 repetitions
    python benchmarks/bench_fetch.py --quick     # 80 feeds on 8 hosts, 1 repetition
    python benchmarks/bench_fetch.py --items 1   # tiny feeds: the network schedule alone

Feeds are served by benchmarks/feedserver.py from 127.0.0.1 ... 127.0.0.50 (separate servers, in a child process)
with 100 ms before every reply; ten feeds per host, like the section feeds of one news site. The workstation
fetches them with ``workstation.core.ingest.run.fetch_sources(db)``: its defaults, 8 workers and at most 2 requests at
once per host. Ideal wall time = feeds x latency / 8 workers (network only, no parsing).

Two orders of the same sources are measured in the same run, alternating:
  grouped      - sources listed site by site (fetch_sources takes them in list_sources order: folder, name, id,
                 so the feeds of one site, named alike, are neighbours; the usual case after an OPML import);
  interleaved  - the same sources named so that neighbours are on different hosts.
Round 2 fetches again: the server answers 304 to the conditional request (ETag), so nothing is re-parsed.
"Processing alone" imports the same feed documents from files (no network) in the same run, for scale.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

import _common as c
from feeds import feed_bytes, feed_specs
from feedserver import FeedServers

from workstation.core.ingest.run import fetch_sources, import_files
from workstation.core.ingest.sources import add_source
from workstation.core.workspace import open_workspace
from workstation.core.workspace.triage import triage_new_items


def make_workspace(path: Path, urls: list[str], layout: str, per_host: int) -> None:
    db = open_workspace(path)
    for index, url in enumerate(urls):
        site, section = divmod(index, per_host)
        name = (f"Site {site:03d} — section {section:02d}" if layout == "grouped"
                else f"Section {section:02d} — site {site:03d}")
        add_source(db, url, kind="rss", name=name, folder="Media/KZ")
    db.close()


def fetch_round(path: Path, servers: FeedServers) -> dict:
    db = open_workspace(path)
    servers.reset()
    started = time.perf_counter()
    outcomes = fetch_sources(db, triage=triage_new_items)
    wall = time.perf_counter() - started
    stats = servers.stats()
    db.close()
    return {"wall": wall, "ok": sum(o.ok for o in outcomes), "failed": sum(not o.ok for o in outcomes),
            "new": sum(o.new for o in outcomes), "not_modified": sum(o.not_modified for o in outcomes),
            "errors": sorted({o.error for o in outcomes if o.error})[:3], **stats}


def processing_alone(workdir: Path, count: int, items: int) -> tuple[float, int]:
    vocab = c.Vocabulary()
    folder = workdir / "files"
    folder.mkdir(parents=True)
    paths = []
    for spec in feed_specs(count):
        path = folder / f"feed{spec.index:04d}.xml"
        path.write_bytes(feed_bytes(spec, items, vocab))
        paths.append(path)
    db = open_workspace(workdir / "files.db")
    started = time.perf_counter()
    outcomes = import_files(db, paths, triage=triage_new_items)
    seconds = time.perf_counter() - started
    db.close()
    shutil.rmtree(folder)
    return seconds, sum(o.new for o in outcomes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="80 feeds on 8 hosts, 1 repetition")
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--hosts", type=int, default=50)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--items", type=int, default=10, help="items per feed (about 2 KB each)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    c.run_at_feed_time()  # the served items are news: the radar reads every one, as in a fetch round
    if args.quick:
        args.feeds, args.hosts, args.repeat = 80, 8, 1
    workers = 8  # fetch_sources' default, which the benchmark does not override
    ideal = args.feeds * args.latency / workers
    per_host = args.feeds // args.hosts
    c.print_machine()
    print(f"{args.feeds} feeds x {args.items} items on {args.hosts} hosts ({per_host} per host), "
          f"{args.latency * 1000:.0f} ms latency; ideal {ideal:.2f} s with {workers} workers")
    workdir = Path(tempfile.mkdtemp(prefix="bench-fetch-"))
    results: dict[str, list[dict]] = {"grouped": [], "interleaved": []}
    alone: list[float] = []
    try:
        with FeedServers(args.feeds, hosts=args.hosts, latency=args.latency, items=args.items) as servers:
            for rep in range(args.repeat):
                layouts = ("grouped", "interleaved") if rep % 2 == 0 else ("interleaved", "grouped")
                for layout in layouts:
                    path = workdir / f"{layout}-{rep}.db"
                    make_workspace(path, servers.urls, layout, per_host)
                    first = fetch_round(path, servers)
                    second = fetch_round(path, servers)
                    results[layout].append({"r1": first, "r2": second})
                    print(f"  rep {rep + 1} {layout:11s}: round 1 {first['wall']:6.2f} s "
                          f"({first['ok']} ok, {first['new']} new, {first['wire_bytes'] / 1e6:.2f} MB, "
                          f"server saw at most {first['max_in_flight']} requests at once)  "
                          f"round 2 {second['wall']:6.2f} s ({second['not_modified']} not modified, "
                          f"{second['wire_bytes'] / 1e3:.0f} kB)" + (f" errors: {first['errors']}"
                                                                       if first["failed"] else ""), flush=True)
                seconds, new = processing_alone(workdir / f"alone-{rep}", args.feeds, args.items)
                alone.append(seconds)
                print(f"  rep {rep + 1} processing alone (import_files of the same {args.feeds} documents, "
                      f"{new} items): {seconds:.2f} s", flush=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    rows = []
    for layout, reps in results.items():
        r1 = c.median(r["r1"]["wall"] for r in reps)
        r2 = c.median(r["r2"]["wall"] for r in reps)
        b1 = c.median(r["r1"]["wire_bytes"] for r in reps)
        b2 = c.median(r["r2"]["wire_bytes"] for r in reps)
        conc = c.median(r["r1"]["max_in_flight"] for r in reps)
        rows.append([layout, f"{r1:.2f}", f"{r1 / ideal:.2f}x", f"{b1 / 1e6:.2f}", f"{r2:.2f}", f"{r2 / ideal:.2f}x",
                     f"{b2 / 1e3:.1f}", f"{b2 / b1:.4f}", f"{c.median(r['r2']['status_304'] for r in reps):.0f}",
                     f"{conc:.0f}"])
    print(f"\nmedian of {args.repeat}; ideal = {args.feeds} x {args.latency:.1f} s / {workers} = {ideal:.2f} s; "
          f"processing alone (single thread, no network): {c.median(alone):.2f} s")
    print(c.table(rows, ["order", "round 1 s", "vs ideal", "round 1 MB on the wire", "round 2 (304) s",
                         "vs ideal", "round 2 kB", "bytes r2/r1", "304 answers", "max requests in flight"]))


if __name__ == "__main__":
    main()
