"""How long a large import holds the workspace's write lock, and how long another writer waits meanwhile.

    python benchmarks/bench_write_lock.py                  # one file of 100,000 items (~45 MB)
    python benchmarks/bench_write_lock.py --quick          # 10,000 items
    python benchmarks/bench_write_lock.py --turn 0.1 --turn 1000  # 1000: the whole file in one transaction

A saved feed of N short items is imported by ``workstation.core.ingest.run.import_files`` (with triage) in a
child process, which records the time between each ``BEGIN IMMEDIATE`` and its ``COMMIT`` (the lock hold). Meanwhile
this process is a second writer: every 50 ms it stars or unstars an item through ``items.queries.set_flags`` (one
write transaction, as the desktop does) and times it, from the call to its return (the wait for the lock and the
write). A writer's longest wait should stay near one turn's hold, far under the busy timeout.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import _common as c

from workstation.core.db import connect as store
from workstation.core.ingest.dedup import TURN_S, store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source
from workstation.core.items import queries as items_core
from workstation.core.workspace import open_workspace

IMPORTER = textwrap.dedent("""
    import json, sys, time
    from workstation.core.ingest import dedup
    from workstation.core.ingest.run import import_files
    from workstation.core.workspace import open_workspace
    from workstation.core.workspace.triage import triage_new_items

    dedup.TURN_S = float(sys.argv[3])
    # The file's items (6 January 2025) are news to the importer: the radar reads every one, as in a fetch round.
    import datetime as dt
    from workstation.core import clock
    clock.set_clock(lambda: dt.datetime(2025, 1, 7, tzinfo=dt.timezone.utc))
    db = open_workspace(sys.argv[1])
    holds, began = [], {}

    def trace(sql):
        if sql.startswith("BEGIN IMMEDIATE"):
            began["at"] = time.perf_counter()
        elif sql == "COMMIT" and "at" in began:
            holds.append(time.perf_counter() - began.pop("at"))

    db.conn.set_trace_callback(trace)
    print("ready", flush=True)
    started = time.perf_counter()
    [outcome] = import_files(db, [sys.argv[2]], triage=triage_new_items)
    print(json.dumps({"elapsed": time.perf_counter() - started, "new": outcome.new, "ok": outcome.ok,
                      "error": outcome.error, "holds": holds}), flush=True)
""")


def write_feed(path: Path, items: int, seed: int = 7) -> None:
    """An RSS file of ``items`` short Kazakh and Russian news items (a title and a sentence: 100,000 of them stay
    under the 50 MiB a saved file may have)."""
    rng = random.Random(seed)
    vocab = c.Vocabulary()
    with path.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Бюллетень</title>'
                  "<link>https://bulletin.example/</link>\n")
        for n in range(items):
            lang = c.pick_lang(rng)
            out.write(f"<item><title>{html.escape(c.title(rng, vocab, lang))}</title>"
                      f"<link>https://bulletin.example/{n}</link><guid>b-{n}</guid>"
                      f"<pubDate>Mon, 06 Jan 2025 {n // 3600 % 24:02d}:{n // 60 % 60:02d}:{n % 60:02d} +0500</pubDate>"
                      f"<description>{html.escape(c.paragraph(rng, vocab, lang, 60))}</description></item>\n")
        out.write("</channel></rss>\n")


def run(items: int, turn: float, workdir: Path) -> dict:
    feed = workdir / f"bulletin-{items}.xml"
    if not feed.exists():
        write_feed(feed, items)
    db_path = workdir / f"ws-{turn}.db"
    db = open_workspace(db_path)
    source = add_source(db, "https://writer.example/rss")
    [item_id] = store_items(db, source["id"], [ItemDraft(title="The item the second writer stars",
                                                         url="https://writer.example/1")]).new_ids
    child = subprocess.Popen([sys.executable, "-c", IMPORTER, str(db_path), str(feed), str(turn)],
                             stdout=subprocess.PIPE, text=True, env={"PYTHONPATH": str(c.PROJECT_ROOT)})
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    waits: list[float] = []
    failures: list[str] = []
    starred = False
    while child.poll() is None:
        starred = not starred
        started = time.perf_counter()
        try:
            items_core.set_flags(db, [item_id], starred=starred)
        except Exception as exc:  # noqa: BLE001 - counted and shown, never a reason to stop measuring
            failures.append(str(exc))
        waits.append(time.perf_counter() - started)
        time.sleep(0.05)
    report = json.loads(child.stdout.read().strip().splitlines()[-1])
    db.close()
    if not report["ok"]:
        raise SystemExit(f"the import failed: {report['error']}")
    holds = sorted(report["holds"])
    return {"turn": turn, "items": report["new"], "import_s": report["elapsed"], "transactions": len(holds),
            "hold_median": c.median(holds), "hold_p90": c.p90(holds), "hold_max": holds[-1] if holds else 0.0,
            "writes": len(waits), "wait_median": c.median(waits), "wait_p90": c.p90(waits),
            "wait_max": max(waits) if waits else 0.0, "failed": len(failures),
            "first_failure": failures[0] if failures else ""}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--items", type=int, default=None)
    parser.add_argument("--turn", type=float, action="append", metavar="SECONDS",
                        help=f"how long one transaction stores items before it commits (default {TURN_S}); repeatable")
    args = parser.parse_args()
    items = args.items or (10_000 if args.quick else 100_000)
    c.print_machine()
    print(f"busy timeout {store.BUSY_TIMEOUT_S:.0f} s; retry every {store.RETRY_EVERY_S * 1000:.0f} ms; "
          f"gap between a long job's transactions {store.GAP_S * 1000:.0f} ms", flush=True)
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-lock-") as tmp:
        for turn in args.turn or [TURN_S]:
            result = run(items, turn, Path(tmp))
            rows.append([result["turn"], result["items"], f"{result['import_s']:.1f}", result["transactions"],
                         c.ms(result["hold_median"]), c.ms(result["hold_p90"]), c.ms(result["hold_max"]),
                         result["writes"], c.ms(result["wait_median"]), c.ms(result["wait_p90"]),
                         c.ms(result["wait_max"]), result["failed"]])
            if result["first_failure"]:
                print(f"turn {turn} s: first failed write: {result['first_failure']}")
    print(c.table(rows, ["turn s", "items", "import s", "txns", "hold med ms", "hold p90 ms", "hold max ms",
                         "writes", "wait med ms", "wait p90 ms", "wait max ms", "failed writes"]))


if __name__ == "__main__":
    main()
