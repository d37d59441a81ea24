"""Ten daily backups of the 1,000,000-item workspace with a day's work between them, and verified restores.

    python benchmarks/bench_backup.py --workspace benchmarks/out/mem-1m.db   # copies it, never changes it
    python benchmarks/bench_backup.py                 # a copy of the cached 1,000,000-item workspace (built if missing)
    python benchmarks/bench_backup.py --quick         # 20,000 items, 300 new items a day

The workspace is copied to benchmarks/out/bench-backup/ and changed there. Each day: ``--per-day`` new items stored
through the product's own path (``ingest.dedup.store_items``: the item, its full-text row with word forms, counts),
two thirds of them marked read, a few old items starred, 1 % of the new ones tagged; then ``backup.backup(reason=
"daily")`` as the desktop runs it (the first one full, the next ones the pages changed since the one before). Then the
total size of the ten backups against the workspace's size (target at most 1.5), and a restore of the oldest and of
the newest backup with ``backup.restore`` (chain rebuilt, every page compared with the manifest, SQLite's integrity
check, the current file kept aside), each checked against the day's item count and a digest of its flags. Memory:
the process's peak (VmHWM, reset before each step). For comparison, one plain copy with the online backup API (the
earlier format: each backup as large as the workspace).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import shutil
import time
from pathlib import Path

import _common as c
from _memory import PhasePeaks
from bigworkspace import ensure_workspace

from workstation.core import clock
from workstation.core.db import backup, snapshot
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.items.queries import set_flags
from workstation.core.items.tags import list_tags, tag_items
from workstation.core.workspace import open_workspace

TARGET_RATIO = 1.5
SCRATCH = c.OUT_DIR / "bench-backup"


def day_of_work(db, day: int, per_day: int, rng: random.Random, vocab: c.Vocabulary) -> None:
    source_ids = [r[0] for r in db.execute("SELECT id FROM sources ORDER BY id LIMIT 200")]
    drafts = []
    for n in range(per_day):
        lang = c.pick_lang(rng)
        drafts.append(ItemDraft(title=c.title(rng, vocab, lang), url=f"https://day{day}.example.kz/{n}",
                                content_text=c.paragraph(rng, vocab, lang, 300), lang=lang))
    new_ids: list[int] = []
    for start in range(0, per_day, 100):  # a fetch stores feed by feed
        new_ids += store_items(db, rng.choice(source_ids), drafts[start:start + 100]).new_ids
    set_flags(db, new_ids[: 2 * len(new_ids) // 3], read=True)
    top = db.execute("SELECT max(id) FROM items").fetchone()[0]
    set_flags(db, [rng.randint(1, top) for _ in range(20)], starred=True)
    tag = next(t for t in list_tags(db) if t["kind"] == "topic")
    tag_items(db, rng.sample(new_ids, max(1, len(new_ids) // 100)), add=[tag["id"]], analyst="Бенчмарк")


def fingerprint(db) -> tuple[int, str]:
    row = db.execute("SELECT count(*), max(id), sum(read), sum(starred), (SELECT count(*) FROM item_tags) "
                     "FROM items").fetchone()
    return row[0], hashlib.sha256(repr(tuple(row)).encode()).hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--workspace", type=Path, help="copy this workspace instead of the cached one of --items")
    parser.add_argument("--days", type=int, default=10)
    parser.add_argument("--per-day", type=int, default=3000)
    parser.add_argument("--keep-files", action="store_true", help="leave the scratch folder for inspection")
    args = parser.parse_args()
    if args.quick:
        args.items, args.per_day = 20_000, 300
    c.print_machine()
    source = args.workspace or ensure_workspace(args.items)
    shutil.rmtree(SCRATCH, ignore_errors=True)
    SCRATCH.mkdir(parents=True)
    path = SCRATCH / "workspace.db"
    shutil.copyfile(source, path)
    db = open_workspace(path)  # migrates a copy of an older cached file
    shutil.rmtree(backup.backups_dir(path), ignore_errors=True)  # the migration's own backup, if any
    version = db.execute("PRAGMA user_version").fetchone()[0]
    print(f"workspace: copy of {source} ({source.stat().st_size / 1e9:.2f} GB), schema {version}, "
          f"{db.execute('SELECT count(*) FROM items').fetchone()[0]:,} items", flush=True)
    rng, vocab = random.Random(17), c.Vocabulary()
    peaks = PhasePeaks()
    rows, states = [], []
    try:
        for day in range(args.days):
            clock.set_clock(lambda d=day: dt.datetime(2026, 3, 1, 20, 0, tzinfo=dt.timezone.utc) + dt.timedelta(days=d))
            started = time.perf_counter()
            day_of_work(db, day, args.per_day, rng, vocab)
            work_s = time.perf_counter() - started
            db.execute("PRAGMA wal_checkpoint(PASSIVE)")
            peaks.start(f"backup day {day + 1}")
            started = time.perf_counter()
            made = backup.backup(path, reason="daily")
            took = time.perf_counter() - started
            peaks.stop()
            header = snapshot.read_header(made)
            states.append((made, fingerprint(db)))
            mem = peaks.results[f"backup day {day + 1}"]
            rows.append([day + 1, header.kind, f"{header.stored_pages:,} of {header.page_count:,}",
                         f"{made.stat().st_size / 1e6:,.1f}", f"{took:.1f}",
                         f"{mem['start']:.0f} -> {mem['own_peak']:.0f}", f"{work_s:.1f}"])
            print("  day", *rows[-1], flush=True)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        workspace_bytes = path.stat().st_size
        listed = backup.list_backups(path)
        total = sum(info.size for info in listed)
        ratio = total / workspace_bytes
        report = [f"### {args.days} daily backups ({args.per_day:,} new items a day, reads, stars, tags between "
                  f"them)\n" + c.table(rows, ["day", "kind", "pages stored", "size MB", "backup s",
                                               "RSS before -> peak MB", "day's work s"])]
        report.append(
            "### size\n" + c.table([
                ["workspace after the last day", f"{workspace_bytes / 1e9:.3f} GB"],
                [f"the {len(listed)} backups kept", f"{total / 1e9:.3f} GB"],
                ["ratio (target <= 1.5)", f"**{ratio:.3f}** {'ok' if ratio <= TARGET_RATIO else 'MISSES'}"],
                ["the same ten as plain copies (earlier format)", f"{10 * workspace_bytes / 1e9:.1f} GB = 10.0"]],
                ["", ""]))
        db.close()

        restore_rows = []
        for label, (made, expected) in (("oldest (day 1)", states[0]), (f"newest (day {args.days})", states[-1])):
            peaks.start(f"restore {label}")
            started = time.perf_counter()
            kept = backup.restore(made, path)
            took = time.perf_counter() - started
            peaks.stop()
            kept.unlink(missing_ok=True)
            check = open_workspace(path)
            got = fingerprint(check)
            check.close()
            mem = peaks.results[f"restore {label}"]
            restore_rows.append([label, f"{took:.1f}", f"{mem['start']:.0f} -> {mem['own_peak']:.0f}", f"{got[0]:,}",
                                 "same" if got == expected else f"DIFFERS ({got} != {expected})"])
            print("  restore", *restore_rows[-1], flush=True)
        report.append("### verified restore (rebuild, page digests, integrity_check, current file kept aside)\n" +
                      c.table(restore_rows, ["backup", "restore s", "RSS before -> peak MB", "items",
                                             "state of that day"]))

        peaks.start("plain copy")
        started = time.perf_counter()
        plain = SCRATCH / "plain-copy.db"
        backup.copy_database(path, plain)
        took = time.perf_counter() - started
        peaks.stop()
        plain.unlink()
        mem = peaks.results["plain copy"]
        report.append(f"### for comparison: one plain copy (online backup API, the earlier format): {took:.1f} s, "
                      f"RSS {mem['start']:.0f} -> peak {mem['own_peak']:.0f} MB, "
                      f"{workspace_bytes / 1e9:.2f} GB each")
        peaks.close()
        print()
        print("\n\n".join(report))
    finally:
        clock.set_clock(None)
        if not args.keep_files:
            shutil.rmtree(SCRATCH, ignore_errors=True)


if __name__ == "__main__":
    main()
