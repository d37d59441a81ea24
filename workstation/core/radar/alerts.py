"""Radar alerts, mutes, and the one action that turns a rising story into a resonant case.

**No alert storms.** A story raises an alert when it spikes, then no other while that alert is unhandled, unless
it reaches a higher growth step (``spikes.level``: three times as busy). Once handled, an alert still holds back
alerts of its step for ``ALERT_MEMORY_HOURS``; a story that rises again on another day alerts again. A muted story
never alerts, and a muted source's items are not counted.

**A claim already refuted.** A spiking story whose items repeat the claim of a refuted case (``items.similar``,
as strictly as open-case matching) names that case: its refutation is ready to re-publish. A known fake coming
back needs no spike: a story is compared with the refuted cases once, when it first has ``REPEAT_ITEMS`` items in
an hour from ``REPEAT_SOURCES`` sources, and alerts then if it repeats one.

**The clock.** ``open_case`` opens a resonant case whose ``detected_at`` is the moment the spike was detected
(the alert's ``raised_at``), so the golden hour runs from then, not from the click.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.cases.matching import CASE_MATCH_SCORE
from workstation.core.cases.workflow import create_case
from workstation.core.db import audit
from workstation.core.errors import BadArgument, NotFound
from workstation.core.ids import new_uuid
from workstation.core.items.similar import similar_items
from workstation.core.radar import spikes
from workstation.core.radar.stories import open_alerts, source_names, story_record

ALERT_MEMORY_HOURS = 24
REPEAT_ITEMS = 3
REPEAT_SOURCES = 2
# Refuted cases compared with a spiking story, most recently refuted first, and the story's items compared.
REFUTED_CASES = 200
STORY_ITEMS = 200
_ALERT = ("id", "story_id", "raised_at", "level", "title", "last_hour", "baseline_mean", "baseline_sd", "score",
          "sources", "languages", "refuted_case_id", "handled_at", "handled_by", "case_id")


def _alert_dict(db: Database, row: tuple) -> dict[str, Any]:
    alert = dict(zip(_ALERT, row, strict=True))
    alert["sources"], alert["languages"] = json.loads(alert["sources"]), json.loads(alert["languages"])
    alert["refutation"] = _refutation(db, alert["refuted_case_id"])
    return alert


def _refutation(db: Database, case_id: int | None) -> dict[str, Any] | None:
    if case_id is None:
        return None
    row = db.execute("SELECT published_at, channel, url, publisher, text FROM refutations WHERE case_id = ? "
                     "AND kind = 'refutation' ORDER BY published_at DESC, id DESC LIMIT 1", [case_id]).fetchone()
    if row is None:
        return None
    return dict(zip(("published_at", "channel", "url", "publisher", "text"), row, strict=True))


def radar_alerts(db: Database, include_handled: bool = False, *, limit: int = 200) -> list[dict[str, Any]]:
    """Radar alerts, newest first: id, story_id, raised_at, title, last_hour, baseline_mean, baseline_sd, score,
    sources (names in the spike's hour), languages, refuted_case_id and its latest refutation, handled_at,
    handled_by, case_id, level."""
    where = "" if include_handled else "WHERE handled_at IS NULL"
    rows = db.execute(f"SELECT {', '.join(_ALERT)} FROM radar_alerts {where} ORDER BY raised_at DESC, id DESC "
                      f"LIMIT ?", [limit]).fetchall()
    return [_alert_dict(db, row) for row in rows]


def get_alert(db: Database, alert_id: int) -> dict[str, Any]:
    row = db.execute(f"SELECT {', '.join(_ALERT)} FROM radar_alerts WHERE id = ?", [alert_id]).fetchone()
    if row is None:
        raise NotFound("radar alert", alert_id)
    return _alert_dict(db, row)


def refuted_case_for(db: Database, item_ids: list[int]) -> int | None:
    """The most recently refuted case whose claim these items repeat, if any."""
    if not item_ids:
        return None
    cases = db.execute("SELECT c.id, c.title, c.claim FROM cases c WHERE c.status = 'refuted' ORDER BY "
                       "(SELECT max(published_at) FROM refutations r WHERE r.case_id = c.id) DESC, c.id DESC "
                       "LIMIT ?", [REFUTED_CASES]).fetchall()
    within = item_ids[-STORY_ITEMS:]
    for case_id, title, claim in cases:
        if similar_items(db, f"{title}\n{claim}", within=within, min_score=CASE_MATCH_SCORE, limit=1):
            return case_id
    return None


def raise_for(db: Database, story_ids: set[int], now: dt.datetime) -> list[dict[str, Any]]:
    """Assess the stories at ``now`` and raise the alerts they call for (see the module text)."""
    if not story_ids:
        return []
    muted, names, alerts = spikes.muted_sources(db), source_names(db), open_alerts(db)
    now_iso = clock.to_iso(now)
    since = clock.to_iso(now - dt.timedelta(hours=ALERT_MEMORY_HOURS))
    raised = []
    repeating = _could_repeat(db, story_ids, now)
    for story_id in sorted(_could_spike(db, story_ids, now) | repeating):
        flags = db.execute("SELECT muted FROM radar_stories WHERE id = ?", [story_id]).fetchone()
        if flags is None or flags[0]:
            continue
        story = story_record(db, story_id, now, muted=muted, names=names, alerts=alerts)
        previous = db.execute("SELECT max(level) FROM radar_alerts WHERE story_id = ? AND (handled_at IS NULL OR "
                              "raised_at > ?)", [story_id, since]).fetchone()[0] or 0
        refuted = None
        if story_id in repeating:
            refuted = refuted_case_for(db, story["item_ids"])
            db.execute("UPDATE radar_stories SET refuted_checked = 1, refuted_case_id = coalesce(?, refuted_case_id) "
                       "WHERE id = ?", [refuted, story_id])
        level = story["level"] if story["spike"] else (1 if refuted is not None else 0)
        if level <= previous:
            continue
        if story["spike"] and refuted is None:
            refuted = story["refuted_case_id"] or refuted_case_for(db, story["item_ids"])
        if refuted is not None:
            db.execute("UPDATE radar_stories SET refuted_case_id = ? WHERE id = ?", [refuted, story_id])
        hour_sources = _sources_in_last_hour(db, story_id, now, muted, names)
        alert_id = db.execute(
            "INSERT INTO radar_alerts (uuid, story_id, raised_at, level, title, last_hour, baseline_mean, "
            "baseline_sd, score, sources, languages, refuted_case_id, case_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [new_uuid(), story_id, now_iso, level, story["title"], story["last_hour"],
             story["baseline_mean"], story["baseline_sd"], story["score"],
             json.dumps(hour_sources, ensure_ascii=False), json.dumps(story["languages"]), refuted,
             story["case_id"]]).lastrowid
        raised.append(get_alert(db, alert_id))
    return raised


def _could_spike(db: Database, story_ids: set[int], now: dt.datetime) -> set[int]:
    """The stories with enough items in the last hour to spike, or with Telegram views to gain."""
    hour_ago, now_iso = clock.to_iso(now - dt.timedelta(hours=1)), clock.to_iso(now)
    ids = sorted(story_ids)
    found: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        found |= {r[0] for r in db.execute(
            f"SELECT story_id FROM radar_story_items WHERE story_id IN ({marks}) AND at > ? AND at <= ? "
            f"GROUP BY story_id HAVING count(*) >= ?", [*chunk, hour_ago, now_iso, spikes.MIN_COUNT])}
        found |= {r[0] for r in db.execute(
            f"SELECT DISTINCT r.story_id FROM radar_story_items r JOIN item_views v ON v.item_id = r.item_id "
            f"WHERE r.story_id IN ({marks}) AND v.seen_at > ?", [*chunk, hour_ago])}
    return found


def _could_repeat(db: Database, story_ids: set[int], now: dt.datetime) -> set[int]:
    """The stories to compare with the refuted cases now: never compared, and REPEAT_ITEMS items in the last hour
    from REPEAT_SOURCES sources (none when no case is refuted)."""
    if db.execute("SELECT 1 FROM cases WHERE status = 'refuted' LIMIT 1").fetchone() is None:
        return set()
    hour_ago, now_iso = clock.to_iso(now - dt.timedelta(hours=1)), clock.to_iso(now)
    ids = sorted(story_ids)
    found: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found |= {r[0] for r in db.execute(
            f"SELECT r.story_id FROM radar_story_items r JOIN radar_stories s ON s.id = r.story_id "
            f"WHERE r.story_id IN ({','.join('?' * len(chunk))}) AND s.refuted_checked = 0 AND r.at > ? AND r.at <= ? "
            f"GROUP BY r.story_id HAVING count(*) >= ? AND count(DISTINCT r.source_id) >= ?",
            [*chunk, hour_ago, now_iso, REPEAT_ITEMS, REPEAT_SOURCES])}
    return found


def _sources_in_last_hour(db: Database, story_id: int, now: dt.datetime, muted: set[int],
                          names: dict[int, str]) -> list[str]:
    hour_ago = clock.to_iso(now - dt.timedelta(hours=1))
    ids = [r[0] for r in db.execute("SELECT source_id FROM radar_story_items WHERE story_id = ? AND at > ? AND "
                                    "at <= ? GROUP BY source_id ORDER BY min(at)",
                                    [story_id, hour_ago, clock.to_iso(now)])]
    return [names.get(s, "") for s in ids if s not in muted]


def handle_alert(db: Database, alert_id: int, analyst: str = "") -> None:
    """Mark an alert handled (seen and dealt with); audited. Handling twice changes nothing."""
    alert = get_alert(db, alert_id)
    if alert["handled_at"]:
        return
    now = clock.now_iso()
    with db.atomic():
        db.execute("UPDATE radar_alerts SET handled_at = ?, handled_by = ? WHERE id = ?", [now, analyst, alert_id])
        audit.record(db, entity="radar_alert", entity_id=alert_id, action="handle", analyst=analyst, at=now,
                     new={"story_id": alert["story_id"], "handled_at": now})


def open_case(db: Database, story_id: int, *, title: str | None = None, analyst: str = "") -> int:
    """Open a resonant case from a story: its items as appearances, ``detected_at`` the moment the spike was
    detected (its latest alert; now for a story that never alerted), its alerts handled. A story that already
    has a case returns that case."""
    row = db.execute("SELECT title, case_id FROM radar_stories WHERE id = ?", [story_id]).fetchone()
    if row is None:
        raise NotFound("story", story_id)
    story_title, existing = row
    if existing is not None and db.execute("SELECT 1 FROM cases WHERE id = ?", [existing]).fetchone():
        return existing
    alert = db.execute("SELECT raised_at FROM radar_alerts WHERE story_id = ? ORDER BY handled_at IS NOT NULL, "
                       "raised_at DESC, id DESC LIMIT 1", [story_id]).fetchone()
    now = clock.now_iso()
    detected = alert[0] if alert else now
    item_ids = [r[0] for r in db.execute("SELECT item_id FROM radar_story_items WHERE story_id = ? ORDER BY at, "
                                         "item_id", [story_id])]
    name = (title or "").strip() or story_title.strip() or f"Story {story_id}"
    with db.atomic():
        case = create_case(db, name, claim=story_title, item_ids=item_ids, resonant=True, detected_at=detected,
                           analyst=analyst)
        db.execute("UPDATE radar_stories SET case_id = ? WHERE id = ?", [case["id"], story_id])
        db.execute("UPDATE radar_alerts SET handled_at = ?, handled_by = ?, case_id = ? WHERE story_id = ? AND "
                   "handled_at IS NULL", [now, analyst, case["id"], story_id])
        audit.record(db, entity="radar_story", entity_id=story_id, action="open_case", analyst=analyst, at=now,
                     new={"case_id": case["id"], "detected_at": detected, "items": len(item_ids)})
    return case["id"]


def _target(story_id: int | None, source_id: int | None) -> tuple[str, int]:
    if (story_id is None) == (source_id is None):
        raise BadArgument("radar.mute_target")
    return ("story", story_id) if story_id is not None else ("source", source_id)  # type: ignore[return-value]


def _check_exists(db: Database, kind: str, ref: int) -> None:
    table = "radar_stories" if kind == "story" else "sources"
    if db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [ref]).fetchone() is None:
        raise NotFound(kind, ref)


def mute(db: Database, *, story_id: int | None = None, source_id: int | None = None, analyst: str = "") -> None:
    """Mute a story (it raises no alerts) or a source (its items are not counted by the radar); audited."""
    kind, ref = _target(story_id, source_id)
    _check_exists(db, kind, ref)
    now = clock.now_iso()
    with db.atomic():
        added = db.execute("INSERT OR IGNORE INTO radar_mutes (kind, ref, muted_at, analyst) VALUES (?, ?, ?, ?)",
                           [kind, ref, now, analyst]).rowcount
        if kind == "story":
            db.execute("UPDATE radar_stories SET muted = 1 WHERE id = ?", [ref])
        if added:
            audit.record(db, entity="radar_story" if kind == "story" else "source", entity_id=ref,
                         action="radar_mute", analyst=analyst, at=now, new={"muted": True})


def unmute(db: Database, *, story_id: int | None = None, source_id: int | None = None, analyst: str = "") -> None:
    kind, ref = _target(story_id, source_id)
    _check_exists(db, kind, ref)
    now = clock.now_iso()
    with db.atomic():
        removed = db.execute("DELETE FROM radar_mutes WHERE kind = ? AND ref = ?", [kind, ref]).rowcount
        if kind == "story":
            db.execute("UPDATE radar_stories SET muted = 0 WHERE id = ?", [ref])
        if removed:
            audit.record(db, entity="radar_story" if kind == "story" else "source", entity_id=ref,
                         action="radar_unmute", analyst=analyst, at=now, old={"muted": True}, new={"muted": False})


def mutes(db: Database) -> list[dict[str, Any]]:
    return list(db.query("SELECT kind, ref, muted_at, analyst FROM radar_mutes ORDER BY muted_at, kind, ref"))
