"""The resonance radar (issue 16) on a replay: detection delay, recall, false alerts, and the cost per fetch cycle.

    python benchmarks/bench_radar.py            # 28 days x 200 sources (~110,000 items, 8 bursts), then one day
                                                # at 100,000 items (~45 min on a busy 2-vCPU VM)
    python benchmarks/bench_radar.py --big-hours 3   # the same, the 100,000-a-day part only 09:00-12:00 (~30 min)
    python benchmarks/bench_radar.py --quick    # 4 days (2 bursts), then two busy hours at 100,000 items a day

The replay comes from tests/support/radar_replay.py (the radar tests use the same generator): 200 sources (news
sites and Telegram channels, each with its own rate, by Almaty time, fewer at night), one-off items in Kazakh,
Russian and English drawn from the Zipf-weighted news vocabulary of benchmarks/_common.py, the ordinary news cycle
(stories told 2-5 times by 2-4 sources over hours, stories that come back every day) and injected bursts: one
story told 12 times by 8 sources within an hour, in Kazakh and Russian, paraphrased, names and numbers shared.

Every 10 minutes of simulated time (a fetch cycle) the items that appeared since the last cycle are stored through
the real storage path (``ingest.dedup.store_items``: dedup, insert, full-text row with word forms), then
``radar.update(db, new_ids, now=cycle_time)`` clusters and scores them. An alert is put down to a burst when most
of its story's items are that burst's copies, otherwise it is a false alert on the background. Detection delay is
the cycle time of a burst's first alert minus the time its third copy appeared (the 10-minute fetch cycle adds
0-10 min of it). The workspace is a fresh file in a temporary folder, deleted afterwards.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import shutil
import tempfile
import time
from pathlib import Path

import _common as c

from tests.support.radar_replay import ALMATY, Replay, add_sources, store_cycle
from workstation.core import clock, radar
from workstation.core.workspace import open_workspace

CYCLE_MINUTES = 10
BIG_DAY = 100_000


def _story_items(db, story_id: int, now: dt.datetime) -> list[int]:
    return list(radar.story(db, story_id, now=clock.to_iso(now))["item_ids"])


def replay_run(db, replay: Replay, source_ids: dict[int, int], *, start=None, end=None, label: str,
               owners: dict[int, tuple] | None = None) -> dict:
    """Replay the cycles in [start, end): store, then radar.update; time both; attribute every alert."""
    owners = {} if owners is None else owners  # item id -> (story key, burst index or None)
    result = {"label": label, "cycles": 0, "items": 0, "store_s": [], "update_s": [], "per_cycle_items": [],
              "alerts": [], "first_alert": {}, "false": [], "duplicates": 0, "growth": 0, "burst_stories": {}}
    for at, copies in replay.cycles(CYCLE_MINUTES, start=start, end=end):
        started = time.perf_counter()
        stored = store_cycle(db, replay, source_ids, at, copies)
        stored_s = time.perf_counter() - started
        ids = [item_id for item_id, _copy in stored]
        for item_id, copy in stored:
            owners[item_id] = (copy.story, copy.burst)
        started = time.perf_counter()
        alerts = radar.update(db, ids, now=clock.to_iso(at))
        update_s = time.perf_counter() - started
        result["cycles"] += 1
        result["items"] += len(ids)
        result["store_s"].append(stored_s)
        result["update_s"].append(update_s)
        result["per_cycle_items"].append(len(ids))
        if result["cycles"] % (24 * 60 // CYCLE_MINUTES) == 0:
            print(f"  {label}: day {result['cycles'] * CYCLE_MINUTES // (24 * 60)} done, {result['items']} items, "
                  f"radar {sum(result['update_s']):.0f} s, storing {sum(result['store_s']):.0f} s, "
                  f"{len(result['alerts'])} alerts", flush=True)
        for alert in alerts:
            items = _story_items(db, alert["story_id"], at)
            bursts = [owners.get(i, (None, None))[1] for i in items]
            counted = {b: bursts.count(b) for b in set(bursts) if b is not None}
            burst = max(counted, key=counted.get) if counted else None
            if burst is not None and counted[burst] * 2 < len(items):
                burst = None  # mostly background: the burst's copies joined a story that was there before
            record = {"at": at, "story_id": alert["story_id"], "title": alert.get("title", ""), "items": len(items),
                      "burst": burst, "last_hour": alert.get("last_hour"), "baseline": alert.get("baseline_mean"),
                      "score": alert.get("score")}
            result["alerts"].append(record)
            seen = result["burst_stories"].setdefault(burst, set())
            if burst is None:
                if alert["story_id"] in {r["story_id"] for r in result["false"]}:
                    result["growth"] += 1  # the same background story, a step higher
                else:
                    result["false"].append(record)
            elif alert["story_id"] in seen:
                result["growth"] += 1  # the burst's story again, a growth step higher
            elif seen:
                result["duplicates"] += 1  # another story made of the same burst's copies
            else:
                result["first_alert"][burst] = record
            if burst is not None:
                seen.add(alert["story_id"])
    return result


def report_detection(replay: Replay, result: dict, days: float) -> None:
    rows = []
    delays = []
    for burst in replay.bursts:
        first = result["first_alert"].get(burst.index)
        local = burst.start.astimezone(ALMATY)
        if first:
            delay = (first["at"] - burst.third_copy_at).total_seconds() / 60
            delays.append(delay)
            rows.append([burst.index + 1, f"{local:%m-%d %H:%M}", f"{delay:.1f}", first["items"],
                         f"{first['last_hour']} vs {first['baseline'] or 0:.2f}", f"{first['score'] or 0:.1f}"])
        else:
            rows.append([burst.index + 1, f"{local:%m-%d %H:%M}", "missed", "", "", ""])
    print()
    print(c.table(rows, ["burst", "started (Almaty)", "delay after 3rd copy, min", "items in story at alert",
                         "last hour vs normal", "score"]))
    found = len(result["first_alert"])
    print(f"\nrecall: {found}/{len(replay.bursts)} bursts"
          + (f"; delay median {c.median(delays):.1f} min, max {max(delays):.1f} min" if delays else ""))
    print(f"false alerts on the background: {len(result['false'])} in {days:.1f} days = "
          f"{len(result['false']) / days:.2f} a day; a second story alerted for the same burst: "
          f"{result['duplicates']}; later alerts of an alerted story (growth steps): {result['growth']}")
    for record in result["false"][:10]:
        print(f"  false: {record['at'].astimezone(ALMATY):%m-%d %H:%M} story {record['story_id']} "
              f"({record['items']} items, {record['last_hour']} vs {record['baseline'] or 0:.2f}): "
              f"{record['title'][:70]}")


def report_cost(result: dict) -> None:
    upd, store, items = result["update_s"], result["store_s"], result["items"]
    busy = [u for u, n in zip(upd, result["per_cycle_items"], strict=True) if n]
    print(f"\n{result['label']}: {result['cycles']} cycles, {items} items "
          f"(median {c.median(result['per_cycle_items']):.0f}, max {max(result['per_cycle_items'])} a cycle)")
    print(c.table([
        ["radar.update (cluster + score)", c.ms(c.median(busy)), c.ms(c.p90(busy)), c.ms(max(upd)),
         f"{sum(upd):.1f}", f"{items / sum(upd):.0f}"],
        ["storing (dedup, insert, FTS)", c.ms(c.median(store)), c.ms(c.p90(store)), c.ms(max(store)),
         f"{sum(store):.1f}", f"{items / sum(store):.0f}"],
    ], ["step", "median ms / cycle", "p90 ms", "max ms", "total s", "items/s"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="4 days, 2 bursts, 2 busy hours at 100,000 a day")
    parser.add_argument("--days", type=int, default=28)
    parser.add_argument("--sources", type=int, default=200)
    parser.add_argument("--bursts", type=int, default=8)
    parser.add_argument("--big-hours", type=int, default=24,
                        help="hours replayed at 100,000 items a day (under 24: the busiest, from 09:00 Almaty)")
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    if args.quick:
        args.days, args.bursts, args.big_hours = 4, 2, 2
    c.print_machine()
    vocab = c.Vocabulary()
    watch = c.Stopwatch()
    replay = Replay(days=args.days, sources=args.sources, bursts=args.bursts, seed=args.seed, filler=vocab.sample)
    background = sum(1 for copy in replay.copies if copy.burst is None)
    print(f"replay: {args.days} days, {args.sources} sources ({sum(s.kind == 'telegram' for s in replay.sources)} "
          f"Telegram), {len(replay.copies)} items ({background / args.days:.0f} a day on the background), "
          f"{len(replay.bursts)} bursts of 12 copies, generated in {watch.elapsed():.1f} s", flush=True)
    workdir = Path(tempfile.mkdtemp(prefix="bench-radar-"))
    try:
        db = open_workspace(workdir / "workspace.db")
        source_ids = add_sources(db, replay)
        owners: dict[int, tuple] = {}
        gc.collect()
        watch = c.Stopwatch()
        result = replay_run(db, replay, source_ids, label=f"{args.days}-day replay", owners=owners)
        print(f"replayed in {watch.elapsed():.0f} s", flush=True)
        report_detection(replay, result, args.days)
        report_cost(result)

        # One day (or its busiest hours) at 100,000 items a day, after the replay: the same sources, 25x the rate.
        scale = BIG_DAY / (background / args.days)
        big = Replay(days=1, sources=args.sources, bursts=1, seed=args.seed, filler=vocab.sample,
                     start=replay.end, rate_scale=scale, stories_per_day=int(60 * scale),
                     daily_stories=int(6 * scale))
        # The replay ends at midnight in Almaty; a part of the day is its busiest hours, from 09:00.
        start = replay.end + dt.timedelta(hours=9) if args.big_hours < 24 else replay.end
        end = start + dt.timedelta(hours=args.big_hours)
        count = sum(1 for copy in big.copies if start <= copy.at < end)
        print(f"\n100,000-a-day run: {count} items in {args.big_hours} h "
              f"({len(big.copies)} in the whole generated day), from {start.astimezone(ALMATY):%H:%M} Almaty",
              flush=True)
        gc.collect()
        heavy = replay_run(db, big, source_ids, start=start, end=end, label="100,000 items a day", owners=owners)
        big.bursts = [b for b in big.bursts if start <= b.start < end]
        report_detection(big, heavy, args.big_hours / 24)
        report_cost(heavy)
        worst = max(heavy["update_s"])
        print(f"\nfetch-cycle budget {CYCLE_MINUTES} min = {CYCLE_MINUTES * 60} s: the slowest cycle's radar.update "
              f"took {worst:.2f} s ({100 * worst / (CYCLE_MINUTES * 60):.2f}% of it), with "
              f"{max(heavy['per_cycle_items'])} items")
        db.close()
        size = sum(p.stat().st_size for p in workdir.glob("workspace.db*")) / 1e6
        print(f"workspace {size:.0f} MB; peak RSS {c.peak_rss_mb():.0f} MB")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
