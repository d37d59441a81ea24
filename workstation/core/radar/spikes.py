"""When a count leaves its band: a story's last hour, or a watch rule's, tag's or source's, against the same hour
of the day on each of the last 28 days.

Media Cloud flags a day outside mean −1.5σ / +2σ. Hourly counts are small and mostly zero, so the spread is
read as a Poisson count's at least (variance ≥ mean) plus one, which keeps a story never seen before from
spiking at its second item:

    spread = sqrt(max(sd², mean) + 1)        score = (last_hour − mean) / spread

**A story spikes** when its score is at least ``UPPER_SD`` (2), its last hour holds at least ``MIN_COUNT`` items
and they come from at least ``MIN_SOURCES`` distinct sources, so one chatty channel posting a dozen times does not
trigger it; or when its Telegram posts gained at least ``VIEWS_PER_HOUR`` views in the hour. A daily digest that
eight sources post every morning has eight as its normal for that hour and does not spike. Items of a muted
source are not counted. **A watch** (rule, tag, source) is ``above`` its band (+2σ, with the same minimum of
sources for rules and tags) or ``below`` it (−1.5σ: a source gone quiet).

A story's last hour is the 60 minutes before ``now``, to the second; a watch's is read from hourly counts (this
hour so far plus the part of the previous hour inside the 60 minutes, pro rata), and so is each day of its
baseline. The growth step (``level``) of a spike is 1 from ``MIN_COUNT`` items in the hour, 2 from three times as
many, 3 from nine times, and so on: a story raises a new alert only on reaching a higher step.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.radar import features as feat

UPPER_SD = 2.0
LOWER_SD = 1.5
MIN_COUNT = 6
MIN_SOURCES = 3
BASELINE_DAYS = 28
VIEWS_PER_HOUR = 50_000
STEP = 3  # a further growth step: three times as many items in the hour
HOUR = 3600
DAY = 86400


@dataclass(frozen=True)
class Band:
    last_hour: float
    mean: float
    sd: float
    score: float


def band(last_hour: float, baseline: list[float]) -> Band:
    mean = sum(baseline) / len(baseline) if baseline else 0.0
    sd = math.sqrt(sum((v - mean) ** 2 for v in baseline) / len(baseline)) if baseline else 0.0
    spread = math.sqrt(max(sd * sd, mean) + 1.0)
    return Band(last_hour, round(mean, 3), round(sd, 3), round((last_hour - mean) / spread, 2))


def level(last_hour: int) -> int:
    """The growth step of a spike (1 from MIN_COUNT items an hour, one more each time it triples)."""
    if last_hour < MIN_COUNT:
        return 0
    return 1 + int(math.log(last_hour / MIN_COUNT, STEP) + 1e-9)


def muted_sources(db: Database) -> set[int]:
    return {r[0] for r in db.execute("SELECT ref FROM radar_mutes WHERE kind = 'source'")}


def assess_story(db: Database, story_id: int, now: dt.datetime, muted: set[int]) -> dict:
    """A story's counts at ``now``: the last hour, its baseline and score, its sources, languages and items."""
    rows = db.execute("SELECT item_id, at, source_id, lang FROM radar_story_items WHERE story_id = ? "
                      "ORDER BY at, item_id", [story_id]).fetchall()
    now_s = now.timestamp()
    per_day = [0] * (BASELINE_DAYS + 1)
    last_sources: set[int] = set()
    for _item_id, at, source_id, _lang in rows:
        if source_id in muted:
            continue
        delta = now_s - feat.parse(at).timestamp()
        if delta < 0:
            continue
        day, within = divmod(delta, DAY)
        if within < HOUR and day <= BASELINE_DAYS:
            per_day[int(day)] += 1
            if day == 0:
                last_sources.add(source_id)
    counts = band(per_day[0], per_day[1:])
    item_ids = [r[0] for r in rows]
    views, growth = _views(db, item_ids, rows, now)
    spike = (counts.score >= UPPER_SD and per_day[0] >= MIN_COUNT and len(last_sources) >= MIN_SOURCES) or \
        (growth >= VIEWS_PER_HOUR and len(rows) >= 2)
    return {"last_hour": per_day[0], "last_hour_sources": len(last_sources), "baseline_mean": counts.mean,
            "baseline_sd": counts.sd, "score": counts.score,
            "ratio": round(per_day[0] / max(counts.mean, 1 / BASELINE_DAYS), 1),
            "spike": bool(spike), "level": max(1, level(per_day[0])) if spike else 0,
            "views": views, "views_last_hour": growth, "rows": rows}


def _views(db: Database, item_ids: list[int], rows: list, now: dt.datetime) -> tuple[int, int]:
    """The latest view count of the story's Telegram posts, and how many views they gained in the last hour (a
    post first seen within the hour gains all of its views)."""
    if not item_ids:
        return 0, 0
    now_iso = clock.to_iso(now)
    hour_ago = clock.to_iso(now - dt.timedelta(hours=1))
    found: dict[int, list[tuple[str, int]]] = {}
    for start in range(0, len(item_ids), 500):
        chunk = item_ids[start:start + 500]
        for item_id, seen_at, views in db.execute(
                f"SELECT item_id, seen_at, views FROM item_views WHERE item_id IN ({','.join('?' * len(chunk))}) "
                f"AND seen_at <= ? ORDER BY seen_at", [*chunk, now_iso]):
            found.setdefault(item_id, []).append((seen_at, views))
    at = {r[0]: r[1] for r in rows}
    total = growth = 0
    for item_id, seen in found.items():
        latest = seen[-1][1]
        total += latest
        before = [v for s, v in seen if s <= hour_ago]
        if before:
            growth += max(0, latest - before[-1])
        elif at.get(item_id, "") > hour_ago:
            growth += latest
    return total, growth


# ---------------------------------------------------------------------------------------------- watches

def _hour_start(moment: dt.datetime) -> dt.datetime:
    return moment.replace(minute=0, second=0, microsecond=0)


def watch_windows(now: dt.datetime) -> list[tuple[str, str, float]]:
    """For day 0 (the last hour) and each of the 28 days before: (this hour, previous hour, share of the previous
    hour inside the 60 minutes)."""
    start = _hour_start(now)
    share = 1.0 - (now - start).total_seconds() / HOUR
    out = []
    for day in range(BASELINE_DAYS + 1):
        hour = start - dt.timedelta(days=day)
        out.append((feat.hour_of(clock.to_iso(hour)), feat.hour_of(clock.to_iso(hour - dt.timedelta(hours=1))),
                    share))
    return out


def watches(db: Database, now: str | None = None) -> list[dict]:
    """Every watch rule, tag and source with items in the last hour or a baseline for it: its last hour against
    the same hour of the last 28 days, the band it is in (above / below / within)."""
    moment = feat.parse(now) if now else clock.now()
    windows = watch_windows(moment)
    hours = sorted({h for w in windows for h in w[:2]})
    counts: dict[tuple[str, int], dict[str, int]] = {}
    for kind, ref, hour, n in db.execute(
            f"SELECT kind, ref, hour, n FROM radar_counts WHERE hour IN ({','.join('?' * len(hours))})", hours):
        counts.setdefault((kind, ref), {})[hour] = n
    this_hour, previous, _ = windows[0]
    sources: dict[tuple[str, int], int] = {}
    for kind, ref, n in db.execute("SELECT kind, ref, count(DISTINCT source_id) FROM radar_count_sources "
                                   "WHERE hour IN (?, ?) GROUP BY kind, ref", [this_hour, previous]):
        sources[(kind, ref)] = n
    names = _watch_names(db)
    out = []
    for (kind, ref), by_hour in counts.items():
        values = [by_hour.get(h, 0) + share * by_hour.get(p, 0) for h, p, share in windows]
        counted = band(round(values[0], 2), values[1:])
        distinct = 1 if kind == "source" else sources.get((kind, ref), 0)
        if counted.score >= UPPER_SD and values[0] >= MIN_COUNT and (kind == "source" or distinct >= MIN_SOURCES):
            where = "above"
        elif counted.mean > 0 and counted.score <= -LOWER_SD:
            where = "below"
        else:
            where = "within"
        out.append({"kind": kind, "id": ref, "name": names.get((kind, ref), ""), "last_hour": counted.last_hour,
                    "last_hour_sources": distinct, "baseline_mean": counted.mean, "baseline_sd": counted.sd,
                    "score": counted.score, "band": where})
    out.sort(key=lambda w: (w["band"] != "above", w["band"] != "below", -w["score"], w["kind"], w["id"]))
    return out


def _watch_names(db: Database) -> dict[tuple[str, int], str]:
    names: dict[tuple[str, int], str] = {}
    for ref, name in db.execute("SELECT id, name FROM watch_rules"):
        names[("rule", ref)] = name
    for ref, key, name in db.execute("SELECT id, key, name_en FROM tags"):
        names[("tag", ref)] = name or key
    for ref, name, url in db.execute("SELECT id, name, url FROM sources"):
        names[("source", ref)] = name or url
    return names
