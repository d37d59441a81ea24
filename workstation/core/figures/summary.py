"""What the PDF summary prints: the period's figures plus the lists it shows in full (up to a cap).

The PDF itself (workstation/reports/pdf.py) reads nothing from the workspace; everything it states comes from
the ``Summary`` built here.
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.db import audit
from workstation.core.db.settings import all_settings
from workstation.core.figures import stats
from workstation.core.figures.model import Letterhead, Listing, OverdueNotice, Refutation, RefutedCase, Summary
from workstation.core.violations import notices

# Long lists in a summary stop here (the rest is in the workspace, `cases list` and `notices due`): a year of a
# busy unit's refutations would otherwise be hundreds of pages nobody reads.
LIST_LIMIT = 1000


def refuted_cases(db: Database, since: str, until: str, limit: int = LIST_LIMIT) -> Listing[RefutedCase]:
    """The fake cases refuted in the period, each once with its refutations of the period under it (oldest
    first); cases newest refutation first, at most ``limit`` of them, and how many there are."""
    where = "r.kind = 'refutation' AND r.published_at >= ? AND r.published_at < ?"
    total = db.execute(f"SELECT count(DISTINCT r.case_id) FROM refutations r WHERE {where}",
                       [since, until]).fetchone()[0]
    cases = db.execute(
        f"SELECT c.id, c.title FROM refutations r JOIN cases c ON c.id = r.case_id WHERE {where} "
        "GROUP BY c.id ORDER BY max(r.published_at) DESC, c.id DESC LIMIT ?", [since, until, limit]).fetchall()
    shown: dict[int, list[Refutation]] = {case_id: [] for case_id, _title in cases}
    for case_id, published, url, channel in db.execute(
            f"SELECT r.case_id, r.published_at, r.url, r.channel FROM refutations r WHERE {where} "
            "ORDER BY r.published_at, r.id", [since, until]):
        if case_id in shown:
            shown[case_id].append(Refutation(published_at=published, url=url or "", channel=channel or ""))
    return Listing(rows=tuple(RefutedCase(case_id=case_id, title=title, refutations=tuple(shown[case_id]))
                              for case_id, title in cases), total=total)


def overdue_notices(db: Database, now: dt.datetime, limit: int = LIST_LIMIT) -> Listing[OverdueNotice]:
    """Notices still open past their deadline at ``now`` (whenever they were sent), most overdue first."""
    overdue = [row for row in notices.due_notices(db, now=now) if row["overdue"]]
    return Listing(rows=tuple(OverdueNotice(url_defanged=row["url_defanged"], recipient=row["recipient"],
                                            deadline_at=row["deadline_at"]) for row in overdue[:limit]),
                   total=len(overdue))


def letterhead(db: Database) -> Letterhead:
    """Who the workspace's documents are from (workspace settings: organisation, unit, author, contact,
    signature)."""
    settings = all_settings(db)
    return Letterhead(**{name: settings.get(name, "") or "" for name in
                         ("organisation", "unit", "author", "contact", "signature")})


def summary(db: Database, since: str, until: str, tz: dt.tzinfo, *, now: dt.datetime | None = None) -> Summary:
    """Everything the PDF summary of [since, until) prints, as of ``now`` (the generation time)."""
    now = now or clock.now()
    return Summary(figures=stats.dashboard(db, since, until, tz, now=now), tz=tz, as_of=now,
                   refuted_cases=refuted_cases(db, since, until), overdue_notices=overdue_notices(db, now),
                   letterhead=letterhead(db), zone_name=getattr(tz, "key", None) or "",
                   entered_late=audit.count_late(db, since, until))
