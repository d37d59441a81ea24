"""Reading stories: the list the Radar dock and ``workstation radar`` show, and one story."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.errors import NotFound
from workstation.core.radar import features as feat
from workstation.core.radar import spikes

# Stories listed are those with items in the last ACTIVE_HOURS; the ones that could spike (MIN_COUNT items in the
# last hour) are always assessed, the others up to the limit, busiest first.
ACTIVE_HOURS = 24
_STORY = ("id", "title", "first_seen_at", "last_seen_at", "item_count", "muted", "case_id", "refuted_case_id")


def _moment(now: str | None) -> dt.datetime:
    return feat.parse(now) if now else clock.now()


def source_names(db: Database) -> dict[int, str]:
    return {ref: name or url for ref, name, url in db.execute("SELECT id, name, url FROM sources")}


def open_alerts(db: Database) -> dict[int, int]:
    """story → its latest alert not yet handled."""
    return {story: alert for story, alert in db.execute(
        "SELECT story_id, max(id) FROM radar_alerts WHERE handled_at IS NULL GROUP BY story_id")}


def story_record(db: Database, story_id: int, now: dt.datetime, *, muted: set[int] | None = None,
                 names: dict[int, str] | None = None, alerts: dict[int, int] | None = None) -> dict[str, Any]:
    row = db.execute(f"SELECT {', '.join(_STORY)} FROM radar_stories WHERE id = ?", [story_id]).fetchone()
    if row is None:
        raise NotFound("story", story_id)
    story = dict(zip(_STORY, row, strict=True))
    muted = spikes.muted_sources(db) if muted is None else muted
    names = source_names(db) if names is None else names
    alerts = open_alerts(db) if alerts is None else alerts
    counts = spikes.assess_story(db, story_id, now, muted)
    rows = counts.pop("rows")
    source_ids = list(dict.fromkeys(r[2] for r in rows))
    sources = [names.get(s, "") for s in source_ids]
    return {"id": story["id"], "title": story["title"], "item_count": len(rows), "source_count": len(source_ids),
            "sources": sources, "source_ids": source_ids,
            "languages": sorted({r[3] for r in rows if r[3]}), "first_seen": story["first_seen_at"],
            "last_seen": story["last_seen_at"], **counts, "muted": bool(story["muted"]),
            "alert_id": alerts.get(story_id), "refuted_case_id": story["refuted_case_id"],
            "case_id": story["case_id"], "item_ids": [r[0] for r in rows]}


def story(db: Database, story_id: int, now: str | None = None) -> dict[str, Any]:
    """One story as ``stories`` lists it."""
    return story_record(db, story_id, _moment(now))


def stories(db: Database, now: str | None = None, *, limit: int = 100, spiking_only: bool = False,
            min_items: int = 2) -> list[dict[str, Any]]:
    """Stories with items in the last day, spiking ones first, then by score and by last hour. Each has: id,
    title, item_count, source_count, sources (names), languages, first_seen, last_hour, last_hour_sources,
    baseline_mean, baseline_sd, score (standard deviations above the same hour's mean, see ``spikes``), ratio
    (last hour to that mean), spike, level, views, views_last_hour, muted, alert_id, refuted_case_id, case_id,
    item_ids. Stories of fewer than ``min_items`` items are left out (1: every story)."""
    moment = _moment(now)
    now_iso = clock.to_iso(moment)
    hour_ago = clock.to_iso(moment - dt.timedelta(hours=1))
    day_ago = clock.to_iso(moment - dt.timedelta(hours=ACTIVE_HOURS))
    active = db.execute(
        "SELECT a.story_id, a.hour, a.day, s.item_count FROM (SELECT story_id, sum(at > ?) AS hour, count(*) AS day "
        "FROM radar_story_items WHERE at > ? AND at <= ? GROUP BY story_id) a "
        "JOIN radar_stories s ON s.id = a.story_id", [hour_ago, day_ago, now_iso]).fetchall()
    candidates = [(story_id, hour, day) for story_id, hour, day, total in active if total >= min_items]
    candidates.sort(key=lambda c: (-c[1], -c[2], -c[0]))
    likely = [c for c in candidates if c[1] >= spikes.MIN_COUNT]
    chosen = likely + [c for c in candidates if c[1] < spikes.MIN_COUNT][:limit]
    muted, names, alerts = spikes.muted_sources(db), source_names(db), open_alerts(db)
    out = [story_record(db, c[0], moment, muted=muted, names=names, alerts=alerts) for c in chosen]
    if spiking_only:
        out = [s for s in out if s["spike"]]
    out.sort(key=lambda s: (not s["spike"], -s["score"], -s["last_hour"], -s["id"]))
    return out[:limit]
