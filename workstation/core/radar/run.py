"""The radar's step in triage (``update``) and the clustering of items stored before it ran (``rebuild``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.db.connect import let_others_write
from workstation.core.radar import features as feat
from workstation.core.radar.alerts import raise_for
from workstation.core.radar.cluster import cluster

REBUILD_BATCH = 1000


def update(db: Database, item_ids: list[int], now: str | None = None) -> list[dict[str, Any]]:
    """Put newly stored items into stories, count them, and raise the alerts their stories now call for (at
    ``now``, default the clock's). Returns the new radar alerts, as ``radar_alerts`` gives them."""
    if not item_ids:
        return []
    moment = feat.parse(now) if now else clock.now()
    with db.atomic():
        done = cluster(db, item_ids)
        return raise_for(db, done.stories, moment)


def rebuild(db: Database, *, days: int = 28, now: str | None = None) -> dict[str, int]:
    """Cluster the items first seen in the last ``days`` days that are in no story yet (a workspace from before
    the radar, or items stored with the radar off), oldest event first, a batch per transaction; then raise the
    alerts of the stories spiking now. Returns the items clustered, the stories touched and the alerts raised."""
    moment = feat.parse(now) if now else clock.now()
    since = clock.to_iso(moment - dt.timedelta(days=days))
    ids = [r[0] for r in db.execute(
        "SELECT id FROM items i WHERE first_seen_at >= ? AND NOT EXISTS "
        "(SELECT 1 FROM radar_story_items r WHERE r.item_id = i.id) "
        "ORDER BY CASE WHEN date_known AND published_at <= first_seen_at AND published_at >= ? "
        "THEN published_at ELSE first_seen_at END, id", [since, feat.EARLIEST])]
    touched: set[int] = set()
    for start in range(0, len(ids), REBUILD_BATCH):
        let_others_write(db)
        with db.atomic():
            touched |= cluster(db, ids[start:start + REBUILD_BATCH]).stories
    hour_ago = clock.to_iso(moment - dt.timedelta(hours=1))
    recent = {r[0] for r in db.execute("SELECT id FROM radar_stories WHERE last_seen_at > ?", [hour_ago])}
    with db.atomic():
        alerts = raise_for(db, touched & recent, moment)
    return {"items": len(ids), "stories": len(touched), "alerts": len(alerts)}
