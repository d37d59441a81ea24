"""Every figure of the dashboard and the PDF summary for a period, as plain data.

A period is [since, until) in UTC text, built from the analyst's local dates (``period_bounds``), so an
event at 23:59 on the last day is in and one at 00:00 the next day is out, in the analyst's zone. Months
are bucketed in that zone too (the workspace's reporting zone, with its historical offsets). What each figure
counts is stated in METHODOLOGY and, in full, in docs/FIGURES.md.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.cases import golden_hour
from workstation.core.db.stored_times import bad_time, record_time
from workstation.core.figures.model import (
    Briefings,
    FakeSource,
    Figures,
    GoldenHour,
    Items,
    MediaOrigin,
    MonthCount,
    Notices,
    Period,
    PlatformNotices,
    Refutations,
    Restrictions,
    SourceCount,
    StateBody,
    TagName,
    Violations,
    frozen_map,
)

METHODOLOGY = (
    "Fakes refuted: fake cases with at least one official refutation published in the period (counted once).",
    "Fakes by category: fake cases detected in the period, confirmed or refuted, by their category.",
    "Violations: violations detected in the period and not closed as unfounded, by type; the phishing share counts "
    "phishing and fraudulent resources together, as the source document does.",
    "Notices: notices sent in the period; removed in time means removed at or before the deadline (sent time plus "
    "the legal basis's hours); median time to removal is over removed notices.",
    "Golden hour: resonant cases detected in the period; answered in time means the first official response "
    "(refutation or statement) was published within the limit after detection.",
    "Items: items first stored in the period, by source and by language.",
    "Periods are closed-open in the analyst's time zone: from 00:00 of the first day to 00:00 after the last day.",
)


def zone(name: str | None = None) -> dt.tzinfo:
    """The zone called ``name`` (an IANA name), else the reporting zone (``clock.zone``: the workspace's)."""
    if name:
        return ZoneInfo(name)
    return clock.zone()


# The ends of what UTC text can say (``clock.to_iso``): no stored time lies beyond them.
_EARLIEST, _LATEST = "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"


def period_bounds(first_day: dt.date, last_day: dt.date, tz: dt.tzinfo) -> tuple[str, str]:
    """UTC text bounds of whole local days, the last day included. A bound past the calendar's ends (the day after
    9999-12-31, a midnight before year 1 in UTC) is the nearest end: a date picker lets an analyst choose them."""
    try:
        since = clock.to_iso(dt.datetime.combine(first_day, dt.time(), tzinfo=tz))
    except OverflowError:
        since = _EARLIEST
    try:
        until = clock.to_iso(dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time(), tzinfo=tz))
    except OverflowError:
        until = _LATEST
    return since, until


def _local(iso: str, tz: dt.tzinfo) -> dt.datetime:
    moment = clock.from_iso(iso)
    try:
        return moment.astimezone(tz)
    except OverflowError:  # at the calendar's ends (``period_bounds``): the month UTC gives
        return moment


def months_between(since: str, until: str, tz: dt.tzinfo) -> list[str]:
    start = _local(since, tz)
    end = _local(until, tz) - dt.timedelta(seconds=1)
    months, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def tag_names(db: Database) -> Mapping[str, TagName]:
    """Every tag's names by its key: the figures are keyed by tag key, and what shows them names them."""
    return frozen_map((key, TagName(en=en, ru=ru, kk=kk))
                      for key, en, ru, kk in db.execute("SELECT key, name_en, name_ru, name_kk FROM tags"))


def refutations(db: Database, since: str, until: str, tz: dt.tzinfo) -> Refutations:
    """Refuted fakes in the period, per month (by the first refutation in the period) and per category."""
    rows = db.execute(
        "SELECT category_tag_id, minute, count(*) FROM (SELECT c.category_tag_id, substr(min(r.published_at), 1, 16) "
        "AS minute FROM cases c JOIN refutations r ON r.case_id = c.id WHERE r.kind = 'refutation' "
        "AND r.published_at >= ? AND r.published_at < ? GROUP BY c.id) GROUP BY 1, 2", [since, until]).fetchall()
    # Month boundaries fall on whole minutes in every zone (Asia/Kolkata's on half hours, Asia/Kathmandu's on
    # quarters), so a minute's month is its first second's.
    month_of = {m: clock.local_text(m + ":00Z", clock.MONTH, tz) for m in {m for _c, m, _n in rows}}
    per_month: Counter = Counter()
    per_category: Counter = Counter()
    key_of = dict(db.execute("SELECT id, key FROM tags").fetchall())
    for category, minute, count in rows:
        per_month[month_of[minute]] += count
        per_category[key_of.get(category, "none")] += count
    return Refutations(total=sum(per_month.values()),
                       per_month=tuple(MonthCount(m, per_month.get(m, 0)) for m in months_between(since, until, tz)),
                       by_category=frozen_map(per_category.most_common()))


def fakes_by_category(db: Database, since: str, until: str) -> Mapping[str, int]:
    rows = db.execute("SELECT coalesce(t.key, 'none'), count(*) FROM cases c LEFT JOIN tags t ON t.id = "
                      "c.category_tag_id WHERE c.detected_at >= ? AND c.detected_at < ? AND c.status IN "
                      "('confirmed', 'refuted') GROUP BY 1 ORDER BY 2 DESC, 1", [since, until]).fetchall()
    return frozen_map(rows)


def violations_summary(db: Database, since: str, until: str) -> Violations:
    """Violations found: detected in the period and not closed as unfounded (those are counted apart)."""
    by_type = dict(db.execute(
        "SELECT coalesce(t.key, 'none'), count(*) FROM violations v LEFT JOIN tags t ON t.id = v.type_tag_id "
        "WHERE v.detected_at >= ? AND v.detected_at < ? AND v.status != 'unfounded' GROUP BY 1 ORDER BY 2 DESC, 1",
        [since, until]).fetchall())
    total = sum(by_type.values())
    phishing = by_type.get("violation.phishing", 0) + by_type.get("violation.fraudulent_resource", 0)
    by_status = dict(db.execute("SELECT status, count(*) FROM violations WHERE detected_at >= ? AND detected_at < ? "
                                "GROUP BY status", [since, until]).fetchall())
    unfounded = by_status.pop("unfounded", 0)
    return Violations(total=total, by_type=frozen_map(by_type), phishing_and_fraud=phishing,
                      phishing_share=round(phishing / total, 4) if total else None, by_status=frozen_map(by_status),
                      unfounded=unfounded)


def platform_notices(db: Database, since: str, until: str) -> tuple[PlatformNotices, ...]:
    """Per platform representative: notices sent to it in the period, removed in time, median hours to removal."""
    rows = db.execute(
        "SELECT p.name, n.outcome, n.resolved_at <= n.deadline_at, n.id, n.hours_to_outcome, n.sent_at, "
        "n.resolved_at FROM notices n JOIN platform_contacts p ON p.id = n.recipient_id "
        "WHERE n.sent_at >= ? AND n.sent_at < ?", [since, until]).fetchall()
    per: dict[str, list[Any]] = {}
    for name, outcome, in_time, *timing in rows:
        entry = per.setdefault(name, [0, 0, []])
        entry[0] += 1
        if outcome == "removed":
            entry[1] += 1 if in_time else 0
            entry[2] += _known_hours([timing])
    ranked = sorted(per.items(), key=lambda kv: (-kv[1][0], kv[0]))
    return tuple(PlatformNotices(platform=name, notices=n, removed_in_time=in_time,
                                 median_hours_to_removal=round(statistics.median(h), 2) if h else None)
                 for name, (n, in_time, h) in ranked)


def fakes_by_source_category(db: Database, since: str, until: str) -> Mapping[str, int]:
    """Fake cases (confirmed or refuted, detected in the period) per category of the sources their appearances
    came from (media, social, messenger, state body); a case counts once in each category it appeared in."""
    rows = db.execute(
        "SELECT s.category, count(DISTINCT ci.case_id) FROM case_items ci JOIN items i ON i.id = ci.item_id "
        "JOIN sources s ON s.id = i.source_id WHERE ci.role = 'appearance' AND ci.case_id IN (SELECT id FROM cases "
        "WHERE detected_at >= ? AND detected_at < ? AND status IN ('confirmed', 'refuted')) GROUP BY 1 "
        "ORDER BY 2 DESC, 1", [since, until]).fetchall()
    return frozen_map(rows)


def _known_hours(rows: Iterable[Sequence[Any]]) -> list[float]:
    """Hours from sending to outcome of removed notices, as (id, hours, sent_at, resolved_at). A trigger writes
    them from the two times, so they are missing only where another program left one that is not a time: that
    notice is named (a median without it would be wrong without saying so)."""
    hours = []
    for notice_id, value, sent_at, resolved_at in rows:
        if not isinstance(value, (int, float)):
            for field, moment in (("sent_at", sent_at), ("resolved_at", resolved_at)):
                record_time(moment, "notices", notice_id, field)
            raise bad_time(value, "notices", notice_id, "hours_to_outcome")
        hours.append(value)
    return hours


def notices_summary(db: Database, since: str, until: str) -> Notices:
    sent, in_time, removed, not_removed, pending = db.execute(
        "SELECT count(*), coalesce(sum(outcome = 'removed' AND resolved_at <= deadline_at), 0), "
        "coalesce(sum(outcome = 'removed'), 0), coalesce(sum(outcome = 'not_removed'), 0), "
        "coalesce(sum(outcome = 'pending'), 0) FROM notices WHERE sent_at >= ? AND sent_at < ?",
        [since, until]).fetchone()
    hours = _known_hours(db.execute(
        "SELECT id, hours_to_outcome, sent_at, resolved_at FROM notices WHERE sent_at >= ? AND sent_at < ? "
        "AND outcome = 'removed'", [since, until]))
    resolved = sent - pending
    return Notices(sent=sent, removed_in_time=in_time, removed_late=removed - in_time, not_removed=not_removed,
                   pending=pending, share_removed_in_time=round(in_time / resolved, 4) if resolved else None,
                   median_hours_to_removal=round(statistics.median(hours), 2) if hours else None)


def golden_hour_summary(db: Database, since: str, until: str, now: dt.datetime | None = None) -> GoldenHour:
    """Resonant cases detected in the period against the golden-hour limit (cases.golden_hour counts them)."""
    return GoldenHour(**golden_hour.compliance(db, since, until, now=now))


def restrictions_summary(db: Database, since: str, until: str) -> Restrictions:
    ordered = db.execute(
        "SELECT v.domain, coalesce(p.name, '') FROM restrictions r JOIN violations v ON v.id = r.violation_id "
        "LEFT JOIN platform_contacts p ON p.id = v.platform_id WHERE r.ordered_at >= ? AND r.ordered_at < ?",
        [since, until]).fetchall()
    lifted = db.execute("SELECT count(*) FROM restrictions WHERE lifted_at >= ? AND lifted_at < ?",
                        [since, until]).fetchone()[0]
    return Restrictions(ordered=len(ordered), lifted=lifted,
                        by_platform=frozen_map(Counter(p or "—" for _d, p in ordered).most_common()),
                        by_domain=frozen_map(Counter(d for d, _p in ordered).most_common(20)))


def item_counts(db: Database, since: str, until: str) -> Counter:
    """Items first stored in [since, until) per (source id, language); source id 0 for removed sources.

    Whole UTC days inside the period come from the running counts (item_counts, kept by triggers); the
    partial days at both ends are counted exactly from the items, so the edges follow the analyst's zone.
    """
    first_day = since[:10] if since[10:] == "T00:00:00Z" else _next_day(since[:10])
    last_day = until[:10]  # exclusive: the part of this day before ``until`` is an edge
    counts: Counter = Counter()
    if first_day < last_day:
        # Whole months from the monthly counts, the days around them from the daily ones.
        first_month = first_day[:7] if first_day.endswith("-01") else _next_month(first_day[:7])
        last_month = last_day[:7]  # exclusive
        day_ranges = [(first_day, last_day)]
        if first_month < last_month:
            for source_id, lang, n in db.execute("SELECT source_id, lang, sum(n) FROM item_counts_month WHERE "
                                                 "month >= ? AND month < ? GROUP BY 1, 2", [first_month, last_month]):
                counts[(source_id, lang)] += n
            day_ranges = [(first_day, first_month + "-01"), (last_month + "-01", last_day)]
        for start, end in day_ranges:
            if start < end:
                for source_id, lang, n in db.execute("SELECT source_id, lang, sum(n) FROM item_counts WHERE "
                                                     "day >= ? AND day < ? GROUP BY 1, 2", [start, end]):
                    counts[(source_id, lang)] += n
        edges = [(since, first_day + "T00:00:00Z"), (last_day + "T00:00:00Z", until)]
    else:
        edges = [(since, until)]
    for start, end in edges:
        if start < end:
            for source_id, lang, n in db.execute(
                    "SELECT coalesce(source_id, 0), lang, count(*) FROM items WHERE first_seen_at >= ? AND "
                    "first_seen_at < ? GROUP BY 1, 2", [start, end]):
                counts[(source_id, lang)] += n
    return Counter({k: v for k, v in counts.items() if v})


def _next_month(month: str) -> str:
    year, number = int(month[:4]), int(month[5:7])
    return f"{year + number // 12:04d}-{number % 12 + 1:02d}"


def _next_day(day: str) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()


def items_summary(db: Database, since: str, until: str, top: int = 20, counts: Counter | None = None
                  ) -> Items:
    per_source: Counter = Counter()
    per_lang: Counter = Counter()
    for (source_id, lang), count in (counts if counts is not None else item_counts(db, since, until)).items():
        per_source[source_id] += count
        per_lang[lang or "other"] += count
    names = dict(db.execute("SELECT id, name FROM sources").fetchall())
    return Items(total=sum(per_lang.values()), by_language=frozen_map(per_lang.most_common()),
                 by_source=tuple(SourceCount(source_id=s, source=names.get(s, "—"), count=c)
                                 for s, c in per_source.most_common(top)))


def top_sources_of_fakes(db: Database, since: str, until: str, top: int = 10) -> tuple[FakeSource, ...]:
    sql = ("SELECT coalesce(i.source_id, 0), count(DISTINCT ci.case_id) FROM case_items ci "
           "JOIN items i {hint} ON i.id = ci.item_id WHERE ci.role = 'appearance' AND ci.case_id IN "
           "(SELECT id FROM cases WHERE detected_at >= ? AND detected_at < ? AND status IN ('confirmed', 'refuted')) "
           "GROUP BY 1")
    try:
        # The narrow index avoids reading thousands of large item rows; SQLite would not pick it by itself.
        rows = db.execute(sql.format(hint="INDEXED BY items_id_source"), [since, until]).fetchall()
    except sqlite3.OperationalError:  # a workspace whose index was dropped (a bulk loader, a repair tool)
        rows = db.execute(sql.format(hint=""), [since, until]).fetchall()
    names = dict(db.execute("SELECT id, name FROM sources").fetchall())
    ranked = sorted(((names.get(s, "—"), s, n) for s, n in rows), key=lambda r: (-r[2], r[0]))[:top]
    return tuple(FakeSource(source=name, source_id=source_id or None, cases=count)
                 for name, source_id, count in ranked)


def briefings_summary(db: Database, since: str, until: str) -> Briefings:
    held = db.execute("SELECT state_body, count(*) FROM briefings WHERE held_at >= ? AND held_at < ? GROUP BY 1 "
                      "ORDER BY 2 DESC", [since, until]).fetchall()
    plan = db.execute("SELECT id, status, planned_at, done_at FROM media_plan_events WHERE planned_at >= ? AND "
                      "planned_at < ?", [since, until]).fetchall()
    done = [(i, p, d) for i, s, p, d in plan if s == "done"]
    # On time: done no later than a day after the planned moment (an event planned for a day, done that day).
    on_time = sum(1 for i, p, d in done if not d or record_time(d, "media_plan_events", i, "done_at")
                  <= record_time(p, "media_plan_events", i, "planned_at") + dt.timedelta(days=1))
    return Briefings(briefings=sum(c for _b, c in held), briefings_by_body=frozen_map(held),
                     plan_items=len(plan), plan_done=len(done), plan_done_on_time=on_time,
                     plan_moved=sum(1 for _i, s, _p, _d in plan if s == "moved"),
                     plan_cancelled=sum(1 for _i, s, _p, _d in plan if s == "cancelled"))


def state_bodies(db: Database, since: str, until: str, counts: Counter | None = None) -> tuple[StateBody, ...]:
    """Per state body: publications from its official sources, refutations it published, golden-hour record."""
    bodies: dict[str, dict[str, Any]] = {}  # counted up in place, frozen at the end
    counts = counts if counts is not None else item_counts(db, since, until)
    body_of = dict(db.execute("SELECT id, state_body FROM sources WHERE state_body != ''").fetchall())

    def body(name: str) -> dict[str, Any]:
        return bodies.setdefault(name, {"state_body": name, "publications": 0, "refutations": 0,
                                        "resonant_cases": 0, "answered_in_time": 0})

    for (source_id, _lang), count in counts.items():
        if source_id in body_of:
            body(body_of[source_id])["publications"] += count
    # A refutation counts for the body that published it (refutations add --publisher), else the case's body.
    for name, count in db.execute(
            "SELECT coalesce(nullif(r.publisher, ''), c.state_body), count(*) FROM refutations r JOIN cases c "
            "ON c.id = r.case_id WHERE r.kind = 'refutation' AND coalesce(nullif(r.publisher, ''), c.state_body) "
            "!= '' AND r.published_at >= ? AND r.published_at < ? GROUP BY 1", [since, until]):
        body(name)["refutations"] = count
    limit = golden_hour.limit_minutes(db)
    for case_id, name, detected, first in db.execute(
            "SELECT id, state_body, detected_at, first_response_at FROM cases WHERE state_body != '' AND resonant = 1 "
            "AND status != 'dismissed' AND detected_at >= ? AND detected_at < ?", [since, until]):
        entry = body(name)
        entry["resonant_cases"] += 1
        if first and golden_hour.response_minutes(detected, first, case_id) <= limit:
            entry["answered_in_time"] += 1
    ranked = sorted(bodies.values(), key=lambda b: (-b["publications"] - b["refutations"], b["state_body"]))
    return tuple(StateBody(**b) for b in ranked)


def country_share(db: Database, item_ids: list[int] | None = None, *, since: str | None = None,
                  until: str | None = None, home: str = "KZ", counts: Counter | None = None) -> MediaOrigin:
    """Domestic and foreign media among items (a case's items, or a period's), by the sources' country."""
    if item_ids is None and since and until:
        country_of = dict(db.execute("SELECT id, country FROM sources").fetchall())
        by_country: Counter = Counter()
        for (source_id, _lang), count in (counts if counts is not None else item_counts(db, since, until)).items():
            by_country[country_of.get(source_id) or ""] += count
        return _shares(list(by_country.items()), home)
    where, params = ["1"], []
    if item_ids is not None:
        where.append(f"i.id IN ({','.join('?' * len(item_ids))})" if item_ids else "0")
        params += item_ids
    if since:
        where.append("i.first_seen_at >= ?")
        params.append(since)
    if until:
        where.append("i.first_seen_at < ?")
        params.append(until)
    rows = db.execute(f"SELECT coalesce(s.country, ''), count(*) FROM items i LEFT JOIN sources s ON s.id = "
                      f"i.source_id WHERE {' AND '.join(where)} GROUP BY 1", params).fetchall()
    return _shares(rows, home)


def _shares(rows: list[tuple[str, int]], home: str) -> MediaOrigin:
    domestic = sum(c for country, c in rows if country == home)
    unknown = sum(c for country, c in rows if not country)
    foreign = sum(c for country, c in rows if country and country != home)
    known = domestic + foreign
    return MediaOrigin(domestic=domestic, foreign=foreign, unknown=unknown,
                       domestic_share=round(domestic / known, 4) if known else None)


def dashboard(db: Database, since: str, until: str, tz: dt.tzinfo, *, now: dt.datetime | None = None) -> Figures:
    """Every figure, for the CLI's `stats --json` (``Figures.to_json``), the dashboard and the PDF."""
    counts = item_counts(db, since, until)  # shared by the items, state-body and media-origin figures
    return Figures(
        period=Period(since=since, until=until),
        refutations=refutations(db, since, until, tz),
        fakes_by_category=fakes_by_category(db, since, until),
        violations=violations_summary(db, since, until),
        notices=notices_summary(db, since, until),
        golden_hour=golden_hour_summary(db, since, until, now=now),
        restrictions=restrictions_summary(db, since, until),
        items=items_summary(db, since, until, counts=counts),
        top_sources_of_fakes=top_sources_of_fakes(db, since, until),
        briefings=briefings_summary(db, since, until),
        state_bodies=state_bodies(db, since, until, counts=counts),
        media_origin=country_share(db, since=since, until=until, counts=counts),
        platforms=platform_notices(db, since, until),
        fakes_by_source_category=fakes_by_source_category(db, since, until),
        tag_names=tag_names(db),
    )


def previous_period(since: str, until: str) -> tuple[str, str]:
    """The period of the same length just before, for comparison."""
    start, end = clock.from_iso(since), clock.from_iso(until)
    return clock.to_iso(start - (end - start)), since
