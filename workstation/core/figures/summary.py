"""What the PDF summary prints: the period's figures plus the lists it shows in full (up to a cap).

The PDF itself (workstation/reports/pdf.py) reads nothing from the workspace; everything it states comes from
the ``Summary`` built here.
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.figures import stats
from workstation.core.figures.model import Listing, OverdueNotice, RefutedCase, Summary
from workstation.core.violations import notices

# Long lists in a summary stop here (the rest is in the workspace, `cases list` and `notices due`): a year of a
# busy unit's refutations would otherwise be hundreds of pages nobody reads.
LIST_LIMIT = 1000


def refuted_cases(db: Database, since: str, until: str, limit: int = LIST_LIMIT) -> Listing[RefutedCase]:
    """The refutations of the period, newest first, at most ``limit`` of them, and how many there are."""
    where = "r.kind = 'refutation' AND r.published_at >= ? AND r.published_at < ?"
    total = db.execute(f"SELECT count(*) FROM refutations r WHERE {where}", [since, until]).fetchone()[0]
    rows = db.execute(
        f"SELECT c.title, r.published_at, r.url FROM refutations r JOIN cases c ON c.id = r.case_id WHERE {where} "
        "ORDER BY r.published_at DESC, r.id DESC LIMIT ?", [since, until, limit]).fetchall()
    return Listing(rows=tuple(RefutedCase(title=title, published_at=published, url=url or "")
                              for title, published, url in rows), total=total)


def overdue_notices(db: Database, now: dt.datetime, limit: int = LIST_LIMIT) -> Listing[OverdueNotice]:
    """Notices still open past their deadline at ``now`` (whenever they were sent), most overdue first."""
    overdue = [row for row in notices.due_notices(db, now=now) if row["overdue"]]
    return Listing(rows=tuple(OverdueNotice(url_defanged=row["url_defanged"], recipient=row["recipient"],
                                            deadline_at=row["deadline_at"]) for row in overdue[:limit]),
                   total=len(overdue))


def summary(db: Database, since: str, until: str, tz: dt.tzinfo, *, now: dt.datetime | None = None) -> Summary:
    """Everything the PDF summary of [since, until) prints, as of ``now`` (the generation time)."""
    now = now or clock.now()
    return Summary(figures=stats.dashboard(db, since, until, tz, now=now), tz=tz, as_of=now,
                   refuted_cases=refuted_cases(db, since, until), overdue_notices=overdue_notices(db, now))
