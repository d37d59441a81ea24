"""The hand-counted workspace behind the figures' tests (core figures, the PDF, the dashboard).

Its period is the first quarter of 2025 in Almaty; records sit on both edges of it (the last minute in, the
first minute after out) and the comments say which figure each one feeds. The ``fixture_db`` fixture in
tests/conftest.py fills a fresh workspace with it.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.cases import workflow as cases
from workstation.core.figures import briefings, media_plan
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source, update_source
from workstation.core.violations import notices, restriction
from workstation.core.violations import workflow as violations

ALMATY = ZoneInfo("Asia/Almaty")  # UTC+5 in 2025


def local(text: str) -> str:
    """'2025-03-31 23:59' in Almaty as stored UTC text."""
    return clock.to_iso(dt.datetime.fromisoformat(text).replace(tzinfo=ALMATY))


def fill_stats_workspace(db: Database) -> Database:
    """Fill ``db`` with the hand-counted records; the clock is left at 2025-06-01 00:00 UTC."""
    clock.set_clock(lambda: dt.datetime(2025, 6, 1, tzinfo=dt.timezone.utc))
    refuted = {"A": ("2025-01-10 09:00", "2025-01-15 10:00", "fake.5g"),
               "B": ("2025-03-30 12:00", "2025-03-31 23:59", "fake.payments"),   # last minute of the period: in
               "C": ("2025-03-31 20:00", "2025-04-01 00:00", "fake.payments"),   # first minute after: out
               "D": ("2024-12-30 10:00", "2024-12-31 23:59", "fake.5g")}         # before: out
    for title, (detected, refuted_at, category) in refuted.items():
        case = cases.create_case(db, title, category=category, detected_at=local(detected))
        cases.add_response(db, case["id"], channel="stopfake", published_at=local(refuted_at))
        if title == "A":  # a second refutation of the same fake is not a second refuted fake
            cases.add_response(db, case["id"], channel="mass_media", published_at=local("2025-02-02 10:00"))
    cases.create_case(db, "open", category="fake.5g", detected_at=local("2025-02-01 10:00"))  # never confirmed
    for url, kind, when in (("https://a.example/1", "phishing", "2025-01-05 10:00"),
                            ("https://a.example/2", "phishing", "2025-02-05 10:00"),
                            ("https://b.example/1", "phishing", "2025-03-31 23:59"),
                            ("https://c.example/1", "fraudulent resource", "2025-03-01 10:00"),
                            ("https://d.example/1", "false information", "2025-03-02 10:00"),
                            ("https://e.example/1", "phishing", "2025-04-01 00:00")):
        violations.add_violation(db, url, violation_type=kind, detected_at=local(when))
    ids = [v["id"] for v in violations.list_violations(db)][::-1]
    sent = local("2025-02-10 09:00")
    n1 = notices.send_notice(db, ids[0], sent_at=sent)
    notices.resolve_notice(db, n1["id"], removed=True, at=local("2025-02-10 12:00"))  # 3 h: in time
    n2 = notices.send_notice(db, ids[1], sent_at=sent)
    notices.resolve_notice(db, n2["id"], removed=True, at=local("2025-02-10 17:00"))  # 8 h: late
    n3 = notices.send_notice(db, ids[2], sent_at=sent)
    notices.resolve_notice(db, n3["id"], removed=False, at=local("2025-02-10 16:00"))
    notices.send_notice(db, ids[3], sent_at=sent)  # pending
    restriction.escalate(db, ids[2], order_ref="R-1", at=local("2025-02-11 10:00"))
    src = add_source(db, "https://news.example/rss", name="News")
    update_source(db, src["id"], state_body="МИОР", country="KZ")
    foreign = add_source(db, "https://foreign.example/rss", name="Foreign")
    update_source(db, foreign["id"], country="RU")
    clock.set_clock(lambda: dt.datetime.fromisoformat(local("2025-01-20 10:00")))
    store_items(db, src["id"], [ItemDraft(title="Жаңалық", lang="kk"), ItemDraft(title="Новость", lang="ru",
                                                                                  url="https://n/2")])
    store_items(db, foreign["id"], [ItemDraft(title="Новость РФ", lang="ru", url="https://f/1")])
    clock.set_clock(lambda: dt.datetime(2025, 6, 1, tzinfo=dt.timezone.utc))
    for when in ("2025-01-20 11:00", "2025-03-31 23:00", "2025-04-01 09:00"):
        briefings.add_briefing(db, held_at=local(when), state_body="МИОР")
    done = media_plan.add_plan_event(db, planned_at=local("2025-02-01 10:00"), state_body="МИОР", topic="t1")
    media_plan.set_plan_status(db, done, "done", at=local("2025-02-01 15:00"))
    late = media_plan.add_plan_event(db, planned_at=local("2025-02-03 10:00"), state_body="МИОР", topic="t2")
    media_plan.set_plan_status(db, late, "done", at=local("2025-02-10 10:00"))
    cancelled = media_plan.add_plan_event(db, planned_at=local("2025-03-03 10:00"), state_body="МИОР", topic="t3")
    media_plan.set_plan_status(db, cancelled, "cancelled")
    return db
