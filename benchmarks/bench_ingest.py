"""End-to-end ingest of saved feeds vs bare feedparser on the same bytes, in the same run.

    python benchmarks/bench_ingest.py            # 1,000 feeds x 100 items (~200 MB of feeds, ~10 min)
    python benchmarks/bench_ingest.py --quick    # 40 feeds x 100 items
    python benchmarks/bench_ingest.py --feeds 200 --chunk 20 --profile 20

The feeds are written once to benchmarks/out/ingest-feeds-<N>x<M>/ and reused; the workspace is a fresh file in a
temporary folder, deleted afterwards. The feeds are split into chunks; for each chunk the workstation
(``workstation.core.ingest.run.import_files``: read, decode, parse, sanitize, detect language, dedup, store, index,
apply watch rules) and bare ``feedparser.parse(bytes)`` with its default settings (its own sanitizer and relative
URI resolution) run one after the other, alternating which goes first, so that machine noise hits both alike.
A second pass re-imports every file (everything already stored: the dedup path), again beside feedparser.
The worker processes are started before the first chunk and their start-up is printed apart (once per program run,
as feedparser's import is outside its timing; the command line's import starts them while the workspace opens, the
desktop keeps them between fetches); ``--cold-workers`` leaves them to start inside the first chunk.
Ratios are workstation rate / feedparser rate; > 1 means the workstation is faster. Medians are over chunks.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import os
import pstats
import shutil
import tempfile
import time
from pathlib import Path

import _common as c
import feedparser
from feeds import write_feeds

from workstation.core.cases.matching import flag_for_open_cases
from workstation.core.ingest.pool import leave_main_out_of_workers, start_workers
from workstation.core.ingest.run import import_files
from workstation.core.items.rules import apply_rules
from workstation.core.workspace import open_workspace
from workstation.core.workspace.triage import triage_new_items

TRIAGE = triage_new_items  # --triage chooses


def rules_and_cases(db, item_ids: list[int]) -> None:
    """Triage without the later steps (the radar): watch rules and open-case matching, as in the issue's goal."""
    apply_rules(db, item_ids)
    flag_for_open_cases(db, item_ids)


def run_feedparser(paths: list[Path]) -> tuple[float, int]:
    started = time.perf_counter()
    entries = 0
    for path in paths:
        entries += len(feedparser.parse(path.read_bytes()).entries)
    return time.perf_counter() - started, entries


def run_workstation(db, paths: list[Path]) -> tuple[float, dict]:
    started = time.perf_counter()
    outcomes = import_files(db, paths, triage=TRIAGE)
    elapsed = time.perf_counter() - started
    totals = {"new": sum(o.new for o in outcomes), "updated": sum(o.updated for o in outcomes),
              "unchanged": sum(o.unchanged for o in outcomes), "failed": sum(not o.ok for o in outcomes)}
    return elapsed, totals


def chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def read_todays_news(db, workdir: Path) -> None:
    """``--archive``: the workspace first reads a feed of today's news (real clock), so that the feeds' items
    (January 2025) are an archive imported beside live news, which the radar leaves out."""
    import datetime as dt

    from feeds import feed_bytes, feed_specs

    path = workdir / "today.xml"
    path.write_bytes(feed_bytes(feed_specs(1, seed=99)[0], 20, c.Vocabulary(), seed=99,
                                now=dt.datetime.now(dt.timezone.utc)))
    import_files(db, [path], triage=TRIAGE)


def measure(paths: list[Path], chunk: int, workdir: Path, *, archive: bool = False) -> dict:
    db = open_workspace(workdir / "workspace.db")
    if archive:
        read_todays_news(db, workdir)
    results = {"import": [], "reimport": []}
    for phase in ("import", "reimport"):
        for number, part in enumerate(chunks(paths, chunk)):
            gc.collect()
            order = ("fp", "ws") if number % 2 == 0 else ("ws", "fp")
            row = {}
            for who in order:
                if who == "fp":
                    row["fp_s"], row["fp_items"] = run_feedparser(part)
                else:
                    row["ws_s"], row["ws_totals"] = run_workstation(db, part)
            items = row["fp_items"]
            row["fp_rate"], row["ws_rate"] = items / row["fp_s"], items / row["ws_s"]
            row["ratio"] = row["ws_rate"] / row["fp_rate"]
            results[phase].append(row)
            print(f"  {phase:8s} chunk {number + 1:3d}/{len(paths) // chunk + bool(len(paths) % chunk)}: "
                  f"feedparser {row['fp_rate']:7.0f} items/s  workstation {row['ws_rate']:7.0f} items/s  "
                  f"ratio {row['ratio']:.2f}  {row['ws_totals']}", flush=True)
    results["stored"] = db.execute("SELECT count(*) FROM items").fetchone()[0]
    results["fts"] = db.execute("SELECT count(*) FROM items_fts").fetchone()[0]
    db.close()
    results["db_mb"] = sum(p.stat().st_size for p in workdir.glob("workspace.db*")) / 1e6
    return results


def summarise(results: dict, total_items: int) -> None:
    rows = []
    for phase, label in (("import", "first import (new items)"), ("reimport", "re-import (all stored: dedup)")):
        data = results[phase]
        fp_time, ws_time = sum(r["fp_s"] for r in data), sum(r["ws_s"] for r in data)
        rows.append([label, f"{total_items / ws_time:.0f}", f"{total_items / fp_time:.0f}",
                     f"{total_items / ws_time / (total_items / fp_time):.2f}",
                     f"{c.median(r['ratio'] for r in data):.2f}",
                     f"{min(r['ratio'] for r in data):.2f}-{max(r['ratio'] for r in data):.2f}",
                     f"{ws_time:.1f} / {fp_time:.1f}"])
    print()
    print(c.table(rows, ["pass", "workstation items/s", "bare feedparser items/s", "ratio (totals)",
                         "ratio (median of chunks)", "ratio range", "seconds ws / fp"]))
    print(f"\nstored items: {results['stored']} (FTS rows {results['fts']}), workspace {results['db_mb']:.0f} MB")


# --- where the time goes ---------------------------------------------------------------------------------------

STAGES = [  # (file suffix, function): cumulative time of each, from cProfile
    ("ingest.py", "import_files"), ("ingest.py", "read_file"), ("decode.py", "decode"),
    ("parse.py", "parse_feed"), ("feedparser/api.py", "parse"), ("parse.py", "_entry_to_draft"),
    ("normalize.py", "sanitize_html"), ("normalize.py", "html_to_text"), ("normalize.py", "clean_title"),
    ("language.py", "detect_language"), ("parse.py", "_entry_date"), ("urls.py", "absolute"),
    ("ingest.py", "record"), ("dedup.py", "store_items"), ("dedup.py", "_find_existing"),
    ("dedup.py", "index_item"), ("urls.py", "canonical_url"), ("normalize.py", "content_hash"),
    ("rules.py", "apply_rules"), ("matching.py", "flag_for_open_cases"), ("sources.py", "add_source"),
    ("textfold.py", "fold"), ("store.py", "new_uuid"),
]


def profile(paths: list[Path], workdir: Path, top: int = 25) -> None:
    for phase in ("import", "reimport"):
        db = open_workspace(workdir / "profile.db")
        if phase == "reimport":
            import_files(db, paths, triage=triage_new_items)
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        import_files(db, paths, triage=triage_new_items)
        profiler.disable()
        wall = time.perf_counter() - started
        db.close()
        stats = pstats.Stats(profiler)
        total = sum(v[3] for k, v in stats.stats.items() if k[2] == "import_files") or wall
        print(f"\n### cProfile, {phase} of {len(paths)} feeds (profiled wall {wall:.2f} s; cProfile inflates "
              "pure-Python code, so read shares, not seconds)")
        rows = []
        for suffix, name in STAGES:
            cum = sum(v[3] for k, v in stats.stats.items() if k[0].endswith(suffix) and k[2] == name)
            if cum:
                rows.append([f"{suffix}:{name}", f"{cum:.2f}", f"{100 * cum / total:.0f}%"])
        sql = sum(v[2] for k, v in stats.stats.items() if "sqlite3.Connection" in k[2] or
                  k[2] in ("<method 'execute' of 'sqlite3.Connection' objects>",
                           "<method 'fetchone' of 'sqlite3.Cursor' objects>"))
        rows.append(["sqlite3 execute/fetch (self time)", f"{sql:.2f}", f"{100 * sql / total:.0f}%"])
        print(c.table(rows, ["stage (cumulative)", "seconds", "share of import_files"]))
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
        print(f"\ntop {top} by own time:")
        print("\n".join(line for line in out.getvalue().splitlines()[6:] if line.strip()))
        (workdir / "profile.db").unlink(missing_ok=True)
        for extra in workdir.glob("profile.db-*"):
            extra.unlink()


def stage_timing(paths: list[Path], workdir: Path) -> None:
    """The same work as import_files, stage by stage, without a profiler, calling the core's own functions.

    Uses a few private helpers of workstation.core.ingest.parse to split the per-entry work; if they change shape this
    section fails on its own and the rest of the benchmark still stands.
    """
    from workstation.core.ingest import parse as parse_mod
    from workstation.core.ingest.decode import decode, xml_for_parser
    from workstation.core.ingest.dedup import index_item  # noqa: F401 - fails loudly if the module changed shape
    from workstation.core.ingest.normalize import clean_title, content_hash, html_to_text, sanitize_html
    from workstation.core.ingest.run import Fetched, record
    from workstation.core.ingest.sources import add_source
    from workstation.core.language import detect_language
    from workstation.core.textfold import fold
    from workstation.core.urls import absolute, canonical_url
    from workstation.core.workspace.triage import triage_new_items

    db = open_workspace(workdir / "stages.db")
    stages = ["read file", "decode (x2 in import_files)", "feedparser.parse (sanitize off)", "entry: absolute(link)",
              "entry: sanitize_html", "entry: html_to_text", "entry: clean_title", "entry: detect_language",
              "entry: _entry_date", "store: canonical_url+content_hash", "store: fold title+text",
              "record() (dedup+insert+FTS+rules)"]
    totals = dict.fromkeys(stages, 0.0)
    items = 0
    clock = time.perf_counter
    for path in paths:
        t0 = clock()
        body = path.read_bytes()
        t1 = clock()
        text = decode(body).text
        text = decode(body).text
        t2 = clock()
        parsed_fp = feedparser.parse(io.BytesIO(xml_for_parser(text)), sanitize_html=False,
                                     resolve_relative_uris=False,
                                     response_headers={"content-type": "application/xml; charset=utf-8"})
        t3 = clock()
        totals["read file"] += t1 - t0
        totals["decode (x2 in import_files)"] += t2 - t1
        totals["feedparser.parse (sanitize off)"] += t3 - t2
        base = absolute(parsed_fp.feed.get("link"), path.as_uri()) or path.as_uri()
        for entry in parsed_fp.entries:
            a = clock()
            link = absolute(entry.get("link"), base)
            b = clock()
            html = sanitize_html(parse_mod._entry_html(entry), base_url=link or base)
            c_ = clock()
            plain = html_to_text(html)
            d = clock()
            head = clean_title(entry.get("title"))
            e = clock()
            detect_language(f"{head}\n{plain}")
            f = clock()
            parse_mod._entry_date(entry)
            g = clock()
            canonical_url(link)
            content_hash(head, plain)
            h = clock()
            fold(head)
            fold(plain[:20_000])
            i = clock()
            for key, span in (("entry: absolute(link)", b - a), ("entry: sanitize_html", c_ - b),
                              ("entry: html_to_text", d - c_), ("entry: clean_title", e - d),
                              ("entry: detect_language", f - e), ("entry: _entry_date", g - f),
                              ("store: canonical_url+content_hash", h - g), ("store: fold title+text", i - h)):
                totals[key] += span
        parsed = parse_feed_for(path, body)
        source = add_source(db, str(path), kind="file", folder="Imported")
        t4 = clock()
        record(db, source, Fetched(parsed=parsed), triage=triage_new_items)
        totals["record() (dedup+insert+FTS+rules)"] += clock() - t4
        items += len(parsed.items)
    db.close()
    print(f"\n### stage timing without profiler ({len(paths)} feeds, {items} items)")
    print(c.table([[k, f"{v / items * 1e6:.0f}"] for k, v in totals.items()] +
                  [["sum (without the 'store:' rows, which record() includes)",
                    f"{sum(v for k, v in totals.items() if not k.startswith('store:')) / items * 1e6:.0f}"]],
                  ["stage", "µs per item"]))


def parse_feed_for(path: Path, body: bytes):
    from workstation.core.ingest.parse import parse_feed
    return parse_feed(body, url=path.as_uri())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="40 feeds x 100 items")
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--items", type=int, default=100)
    parser.add_argument("--chunk", type=int, default=50, help="feeds per measured chunk")
    parser.add_argument("--profile", type=int, default=-1,
                        help="profile this many feeds (default: 20 when the workstation is slower; 0 = never)")
    parser.add_argument("--cold-workers", action="store_true",
                        help="start the worker processes inside the first measured chunk, not before it")
    parser.add_argument("--triage", choices=("all", "rules", "none"), default="all",
                        help="after storing: the product's whole triage (default), only watch rules and open-case "
                             "matching, or nothing")
    parser.add_argument("--archive", action="store_true",
                        help="on the real clock, after a feed of today's news: the feeds' items (January 2025) are "
                             "an archive imported beside live news, which the radar leaves out; by default the clock "
                             "runs from the feeds' time and the radar reads them all")
    args = parser.parse_args()
    if not args.archive:
        c.run_at_feed_time()
    global TRIAGE
    leave_main_out_of_workers()  # as the command line does: the workers need nothing of this script
    TRIAGE = {"all": triage_new_items, "rules": rules_and_cases, "none": None}[args.triage]
    if args.quick:
        args.feeds, args.chunk = 40, 10
    c.print_machine()
    gen = c.Stopwatch()
    paths = write_feeds(c.OUT_DIR / f"ingest-feeds-{args.feeds}x{args.items}", args.feeds, args.items)
    size = sum(p.stat().st_size for p in paths)
    total_items = args.feeds * args.items
    print(f"feeds: {args.feeds} x {args.items} items = {total_items} items, {size / 1e6:.0f} MB "
          f"({size / total_items:.0f} bytes/item) ready in {gen.elapsed():.1f} s")
    workdir = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    try:
        if not args.cold_workers:
            ready = c.Stopwatch()
            start_workers(wait=True)
            print(f"worker processes started in {ready.elapsed():.2f} s (not in the ratios; --cold-workers times "
                  f"them in the first chunk)")
        print("load average (1, 5, 15 min) at the start: " + ", ".join(f"{v:.1f}" for v in os.getloadavg()))
        results = measure(paths, args.chunk, workdir, archive=args.archive)
        print("load average (1, 5, 15 min) at the end: " + ", ".join(f"{v:.1f}" for v in os.getloadavg()))
        summarise(results, total_items)
        slower = c.median(r["ratio"] for r in results["import"]) < 1
        count = args.profile if args.profile >= 0 else (20 if slower else 0)
        if count:
            subset = paths[:count]
            stage_timing(subset, workdir)
            profile(subset, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
