"""Which periods have anything to report: the Statistics tab opens on one that does, and an empty period points
to the nearest one that does.

"Something to report" is a record the figures count by its own date: a case or a violation detected, a notice
sent, a refutation published, a briefing held. Items are left out: they arrive every day, so a period with only
items has nothing to report.
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.figures.stats import period_bounds

# (table, the column holding the date the figures count it by)
EVENTS = (("cases", "detected_at"), ("violations", "detected_at"), ("notices", "sent_at"),
          ("refutations", "published_at"), ("briefings", "held_at"))


def has_data(db: Database, since: str, until: str) -> bool:
    """Whether anything the figures count happened in [since, until) (UTC text)."""
    return any(db.execute(f"SELECT 1 FROM {table} WHERE {column} >= ? AND {column} < ? LIMIT 1",
                          [since, until]).fetchone() for table, column in EVENTS)


# Which period to open on is chosen from stored times: one that another program made unreadable is passed over
# there (the figures of a period holding it name it: ``db.stored_times``).
def _last_before(db: Database, until: str) -> str | None:
    found = [db.execute(f"SELECT max({column}) FROM {table} WHERE {column} < ?", [until]).fetchone()[0]
             for table, column in EVENTS]
    return max((f for f in found if clock.stored_time(f)), default=None)


def _first_from(db: Database, since: str) -> str | None:
    found = [db.execute(f"SELECT min({column}) FROM {table} WHERE {column} >= ?", [since]).fetchone()[0]
             for table, column in EVENTS]
    return min((f for f in found if clock.stored_time(f)), default=None)


def month_of(day: dt.date, today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of ``day``'s month (the last no later than today)."""
    first = day.replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return first, min(last, max(today, first))


def _local_day(iso: str, tz: dt.tzinfo) -> dt.date:
    return clock.from_iso(iso).astimezone(tz).date()


def last_period_with_data(db: Database, tz: dt.tzinfo, today: dt.date) -> tuple[str, dt.date, dt.date]:
    """The period the Statistics tab opens on: ("year", 1 January, today) when the year so far has anything to
    report, else ("month", first, last day) of the last month that has; the year so far when nothing has."""
    year = (dt.date(today.year, 1, 1), today)
    if has_data(db, *period_bounds(*year, tz)):
        return "year", *year
    last = _last_before(db, period_bounds(*year, tz)[0])
    if last is None:
        return "year", *year
    return "month", *month_of(_local_day(last, tz), today)


def nearest_period_with_data(db: Database, first: dt.date, last: dt.date, tz: dt.tzinfo,
                             today: dt.date) -> tuple[dt.date, dt.date] | None:
    """For an empty period: the month with something to report nearest to it (before or after), or None."""
    since, until = period_bounds(first, last, tz)
    before, after = _last_before(db, since), _first_from(db, until)
    if before is None and after is None:
        return None
    gap_after = clock.from_iso(after) - clock.from_iso(until) if after else None
    gap_before = clock.from_iso(since) - clock.from_iso(before) if before else None
    if gap_after is not None and (gap_before is None or gap_after < gap_before):
        return month_of(_local_day(after, tz), today)
    return month_of(_local_day(before, tz), today)
