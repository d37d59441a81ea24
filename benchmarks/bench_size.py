"""Bytes on disk per item against the item's content, and the list, sort, search and statistics timings, before and
after schema step 18 (bodies apart and compressed, a contentless full-text index), in one run.

    git archive b96654c | tar -x -C benchmarks/out/before-17       # the tree before step 18 (schema 17), once
    python benchmarks/bench_size.py --before benchmarks/out/before-17
    python benchmarks/bench_size.py --before benchmarks/out/before-17 --quick    # 40 feeds x 100 items

The fixture is the issue's: benchmarks/feeds.py's 300 feeds x 100 items (30,000 items, Kazakh, Russian and English
news with HTML), imported with ``ingest.run.import_files`` (no triage) into a new workspace:

  before    by the ``--before`` tree (schema 17), in its own process;
  migrated  a copy of "before" opened by this tree (the backup, then step 18), then ``items.compact`` (timed, with
            its progress), measured as left (freed pages stay in the file) and after VACUUM (``db reindex --vacuum``);
  after     by this tree (schema 18), in its own process.

Content = UTF-8 bytes of title, text and HTML of every item; on disk = the workspace file and its WAL after a
checkpoint (the backup folder not counted). The tables and indexes come from SQLite's dbstat. The timings run in a
child process per workspace with that workspace's own tree, rounds rotating the order; each operation is timed
three times per round after one warm-up, the median of all is shown.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import _common as c

QUERIES = ["полиция", "Қазақстан", "банк*", '"новости информация"', "мошенники OR алаяқтық"]
SORTS = ["published_at", "title", "source", "lang", "first_seen_at"]


# --- children ---------------------------------------------------------------------------------------------------

def _use_tree(tree: str) -> None:
    sys.path.insert(0, str(Path(tree).resolve()))


def child_import(tree: str, feeds: str, out: str) -> None:
    _use_tree(tree)
    from workstation.core.ingest.run import import_files
    from workstation.core.workspace import open_workspace

    db = open_workspace(out)
    started = time.perf_counter()
    import_files(db, sorted(Path(feeds).glob("feed*.xml")))
    wall = time.perf_counter() - started
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    print(json.dumps({"import_s": wall}))


def _timed(fn, repeat: int = 5) -> float:
    """The fastest of ``repeat`` runs after a warm-up, in ms: on a shared, loaded machine the least disturbed."""
    fn()  # warm-up: the page cache of this connection, the OS cache is warm already
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        times.append((time.perf_counter() - began) * 1000)
    return min(times)


def child_store(tree: str, drafts: str, out: str) -> None:
    """The writer's CPU per item storing the same parsed items (made ready as ingest's workers make them, outside
    the measurement), as ``ingest.run`` stores them: ``dedup.store_turn`` in short transactions."""
    _use_tree(tree)
    import pickle

    from workstation.core.ingest import dedup
    from workstation.core.ingest.sources import add_source
    from workstation.core.workspace import open_workspace

    db = open_workspace(out)
    cpu, count = 0.0, 0
    with open(drafts, "rb") as handle:
        feeds = pickle.load(handle)
    for number, items in enumerate(feeds):
        source = add_source(db, f"https://site{number}.kz/rss", name=f"Feed {number}")
        prepared = dedup.prepare(items, with_index=True)
        began = time.process_time()
        position = 0
        while position < len(prepared):
            with db.atomic():
                _, position = dedup.store_turn(db, source["id"], prepared, position, fetched_at="2025-02-01T00:00:00Z")
        cpu += time.process_time() - began
        count += len(items)
    db.close()
    print(json.dumps({"cpu_us_per_item": cpu / count * 1e6}))


def child_time(tree: str, path: str) -> None:
    _use_tree(tree)
    from workstation.core.figures import stats
    from workstation.core.items import queries, search
    from workstation.core.workspace import open_workspace

    db = open_workspace(path)
    out: dict[str, float] = {}
    flt = queries.ItemFilter()
    for sort in SORTS:
        out[f"list, sorted by {sort}: first 200"] = _timed(lambda s=sort: queries.page_items(db, flt, sort=s))
    first = queries.page_items(db, flt)

    def deep() -> None:  # scrolling: 25 pages of 200 by keyset
        after = None
        for _ in range(25):
            page = queries.page_items(db, flt, after=after)
            after = page[-1]["sort_key"] if page else None
    out["list: 25 pages of 200 (scrolling)"] = _timed(deep)
    out["list: count"] = _timed(lambda: queries.count_items(db, flt))
    out["open an item (title, text, HTML)"] = _timed(lambda: [queries.get_item(db, r["id"]) for r in first[:50]])
    for query in QUERIES:
        out[f"search {query}: 50 ids"] = _timed(lambda q=query: search.search_ids(db, q, limit=50))
        out[f"search {query}: count"] = _timed(lambda q=query: search.count_matches(db, q))
        out[f"search {query}: first page by date"] = _timed(
            lambda q=query: queries.page_items(db, queries.ItemFilter(query=q)))
    tz = stats.zone("Asia/Almaty")
    since, until = stats.period_bounds(dt.date(2025, 1, 1), dt.date(2025, 12, 31), tz)
    out["statistics: the year's dashboard"] = _timed(lambda: stats.dashboard(db, since, until, tz))
    out["statistics: items per source and language"] = _timed(lambda: stats.items_summary(db, since, until))
    db.close()
    print(json.dumps(out))


# --- parent -----------------------------------------------------------------------------------------------------

def _child(*args: str) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True,
                          check=False, cwd=c.PROJECT_ROOT)
    if done.returncode != 0:
        raise SystemExit(f"child {args[0]} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def on_disk(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())


def content_bytes(path: Path) -> tuple[int, int]:
    """(items, UTF-8 bytes of their titles, texts and HTML), whichever layout the workspace has."""
    conn = sqlite3.connect(path)
    items, total = 0, 0
    for title, html, text in conn.execute("SELECT title, content_html, content_text FROM items"):
        items += 1
        total += len(title.encode()) + len(html.encode()) + len(text.encode())
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'item_bodies'").fetchone():
        from workstation.core.db import bodies
        for (blob,) in conn.execute("SELECT body FROM item_bodies"):
            body = bodies.unpack(blob)
            total += len(body.html.encode()) + len(body.text.encode())
    conn.close()
    return items, total


def breakdown(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    free = conn.execute("PRAGMA freelist_count").fetchone()[0] * conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    out = dict(rows)
    out["(free pages)"] = free
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", required=False, help="a copy of the tree before schema step 18")
    parser.add_argument("--quick", action="store_true", help="40 feeds x 100 items")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        {"import": child_import, "time": child_time, "store": child_store}[args.child[0]](*args.child[1:])
        return
    if not args.before:
        raise SystemExit("--before FOLDER: a copy of the tree before schema step 18 (see the docstring)")
    from feeds import write_feeds

    from workstation.core.db import schema
    from workstation.core.items import compact
    from workstation.core.workspace import open_workspace

    c.print_machine()
    count = 40 if args.quick else 300
    feeds = c.OUT_DIR / f"ingest-feeds-{count}x100"
    write_feeds(feeds, count, 100)
    work = c.OUT_DIR / "size"
    shutil.rmtree(work, ignore_errors=True)
    (work / "before").mkdir(parents=True)
    (work / "after").mkdir()
    (work / "migrated").mkdir()
    paths = {"before": work / "before" / "workspace.db", "after": work / "after" / "workspace.db",
             "migrated": work / "migrated" / "workspace.db"}
    trees = {"before": args.before, "after": str(c.PROJECT_ROOT), "migrated": str(c.PROJECT_ROOT)}
    imports = {}
    for name in ("before", "after"):
        imports[name] = _child("import", trees[name], str(feeds), str(paths[name]))["import_s"]
        print(f"{name}: imported in {imports[name]:.1f} s", flush=True)

    shutil.copy(paths["before"], paths["migrated"])
    began = time.perf_counter()
    db = open_workspace(paths["migrated"])  # the backup before migrating, then step 18
    opened = time.perf_counter() - began
    shown = [-1]

    def progress(done: int, total: int) -> None:
        percent = 100 * done // max(1, total)
        if percent // 25 != shown[0]:
            shown[0] = percent // 25
            print(f"  compact: {done} of {total} items ({percent}%)", flush=True)

    began = time.perf_counter()
    compact.compact(db, progress=progress)
    moved = time.perf_counter() - began
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    left = on_disk(paths["migrated"])
    left_breakdown = breakdown(paths["migrated"])
    began = time.perf_counter()
    db.execute("VACUUM")
    vacuumed = time.perf_counter() - began
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    print(f"migrated: opened (backup + step 18) in {opened:.1f} s, compacted in {moved:.1f} s, "
          f"VACUUM {vacuumed:.1f} s; schema {schema.LATEST}", flush=True)

    rows, contents = [], {}
    for name in ("before", "migrated", "after"):
        items, content = content_bytes(paths[name])
        contents[name] = (items, content)
        size = on_disk(paths[name])
        rows.append([name, f"{items:,}", f"{content / items:,.0f}", f"{size / items:,.0f}",
                     f"**{size / content:.2f}**", f"{size / 1e6:.1f}"])
        if name == "migrated":
            rows.append(["migrated, before VACUUM", f"{items:,}", f"{content / items:,.0f}", f"{left / items:,.0f}",
                         f"{left / content:.2f}", f"{left / 1e6:.1f}"])
    print()
    print(c.table(rows, ["workspace", "items", "content B/item", "on disk B/item", "ratio", "MB"]))

    tables = {name: breakdown(paths[name]) for name in ("before", "after")}
    tables["migrated, before VACUUM"] = left_breakdown
    names = sorted({n for t in tables.values() for n in t}, key=lambda n: -max(t.get(n, 0) for t in tables.values()))
    items = contents["after"][0]
    print()
    print(c.table([[n, *(f"{tables[k].get(n, 0) / items:,.0f}" for k in ("before", "migrated, before VACUUM",
                                                                           "after"))]
                   for n in names if max(t.get(n, 0) for t in tables.values()) >= 2 * items],
                  ["table or index (B/item)", "before", "migrated, before VACUUM", "after"]))

    timings: dict[str, dict[str, list[float]]] = {name: {} for name in paths}
    order = list(paths)
    for round_ in range(args.rounds):
        for name in order[round_ % 3:] + order[:round_ % 3]:
            for op, ms in _child("time", trees[name], str(paths[name])).items():
                timings[name].setdefault(op, []).append(ms)
        print(f"timings: round {round_ + 1} of {args.rounds} done", flush=True)
    print()
    table = []
    for op in timings["before"]:
        before = statistics.median(timings["before"][op])
        cells = [op, f"{before:.2f}"]
        for name in ("migrated", "after"):
            now = statistics.median(timings[name][op])
            cells += [f"{now:.2f}", f"{now / before:.2f}"]
        table.append(cells)
    print(c.table(table, ["operation (ms: fastest of 5, median of rounds)", "before", "migrated", "÷ before",
                          "after", "÷ before"]))
    print(f"\nimport of the fixture: before {imports['before']:.1f} s, after {imports['after']:.1f} s "
          f"(one run each, not interleaved; see bench_ingest for ingest speed)")
    store_cpu(feeds, work, trees, args.rounds)
    print(f"load average at the end: {os.getloadavg()}")


def store_cpu(feeds: Path, work: Path, trees: dict[str, str], rounds: int) -> None:
    """The writer's CPU per item, before and after, on the first 40 feeds (4,000 items), alternating."""
    import pickle

    from workstation.core.ingest.run import read_file

    source = {"kind": "file", "url": "", "encoding_override": None, "selectors": None, "language": ""}
    drafts = [read_file(path, source).parsed.items for path in sorted(feeds.glob("feed*.xml"))[:40]]
    with open(work / "drafts.pickle", "wb") as handle:
        pickle.dump(drafts, handle)
    cpu: dict[str, list[float]] = {"before": [], "after": []}
    for round_ in range(rounds):
        for name in (("before", "after") if round_ % 2 == 0 else ("after", "before")):
            out = work / f"store-{name}-{round_}.db"
            cpu[name].append(_child("store", trees[name], str(work / "drafts.pickle"), str(out))["cpu_us_per_item"])
    before, after = statistics.median(cpu["before"]), statistics.median(cpu["after"])
    print(f"writer CPU per item (dedup.store_turn, 4,000 items ready to store, median of {rounds}): "
          f"before {before:.0f} µs, after {after:.0f} µs ({after / before:.2f}×)")


if __name__ == "__main__":
    main()
