"""Figures against a hand-counted workspace, with the period's edges in the analyst's time zone."""

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest

from workstation.cli import main
from workstation.core import clock
from workstation.core.cases import workflow as cases
from workstation.core.figures import briefings, media_plan, stats
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source, update_source
from workstation.core.violations import notices, restriction
from workstation.core.violations import workflow as violations

ALMATY = ZoneInfo("Asia/Almaty")  # UTC+5 in 2025


def local(text: str) -> str:
    """'2025-03-31 23:59' in Almaty as stored UTC text."""
    return clock.to_iso(dt.datetime.fromisoformat(text).replace(tzinfo=ALMATY))


@pytest.fixture
def fixture_db(db):
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


def figures(db):
    since, until = stats.period_bounds(dt.date(2025, 1, 1), dt.date(2025, 3, 31), ALMATY)
    return stats.dashboard(db, since, until, ALMATY, now=dt.datetime(2025, 6, 1, tzinfo=dt.timezone.utc))


def test_refuted_fakes_per_month_with_the_period_edges(fixture_db):
    r = figures(fixture_db)["refutations"]
    assert r["total"] == 2
    assert r["per_month"] == [{"month": "2025-01", "count": 1}, {"month": "2025-02", "count": 0},
                              {"month": "2025-03", "count": 1}]
    assert r["by_category"] == {"fake.5g": 1, "fake.payments": 1}


def test_fakes_by_category_counts_confirmed_or_refuted_cases_detected_in_the_period(fixture_db):
    assert figures(fixture_db)["fakes_by_category"] == {"fake.payments": 2, "fake.5g": 1}


def test_violations_and_the_phishing_share(fixture_db):
    v = figures(fixture_db)["violations"]
    assert v["total"] == 5 and v["phishing_and_fraud"] == 4 and v["phishing_share"] == 0.8
    assert v["by_type"] == {"violation.phishing": 3, "violation.false_information": 1,
                            "violation.fraudulent_resource": 1}


def test_notices_removed_in_time_late_and_median(fixture_db):
    n = figures(fixture_db)["notices"]
    assert (n["sent"], n["removed_in_time"], n["removed_late"], n["not_removed"], n["pending"]) == (4, 1, 1, 1, 1)
    assert n["share_removed_in_time"] == pytest.approx(1 / 3, abs=1e-4)
    assert n["median_hours_to_removal"] == 5.5
    r = figures(fixture_db)["restrictions"]
    assert (r["ordered"], r["lifted"]) == (1, 0)


def test_items_briefings_plan_state_bodies_and_media_origin(fixture_db):
    f = figures(fixture_db)
    assert f["items"]["total"] == 3 and f["items"]["by_language"] == {"ru": 2, "kk": 1}
    assert f["items"]["by_source"][0] == {"source_id": 1, "source": "News", "count": 2}
    b = f["briefings"]
    assert (b["briefings"], b["plan_items"], b["plan_done"], b["plan_done_on_time"], b["plan_cancelled"]) == \
        (2, 3, 2, 1, 1)
    assert f["state_bodies"][0]["state_body"] == "МИОР" and f["state_bodies"][0]["publications"] == 2
    assert f["media_origin"] == {"domestic": 2, "foreign": 1, "unknown": 0, "domestic_share": 0.6667}


def test_cli_stats_json_gives_the_same_figures(fixture_db, db_path, capsys):
    code = main(["--db", str(db_path), "stats", "--from", "2025-01-01", "--to", "2025-03-31", "--tz", "Asia/Almaty",
                 "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["refutations"]["total"] == 2 and data["violations"]["phishing_share"] == 0.8
    assert data["period"] == {"from": "2024-12-31T19:00:00Z", "to": "2025-03-31T19:00:00Z"}


def test_running_counts_equal_a_direct_count_for_any_period(db):
    import random
    from collections import Counter

    rng = random.Random(5)
    sources = [add_source(db, f"https://s{i}.example/rss") for i in range(3)]
    start = dt.datetime(2024, 11, 20, tzinfo=dt.timezone.utc)
    for n in range(400):
        moment = start + dt.timedelta(minutes=rng.randrange(0, 160 * 24 * 60))
        clock.set_clock(lambda m=moment: m)
        store_items(db, rng.choice(sources)["id"], [ItemDraft(title=f"t{n}", url=f"https://x/{n}",
                                                              lang=rng.choice(["kk", "ru", ""]))])
    from workstation.core.ingest.sources import remove_source
    remove_source(db, sources[2]["id"])  # its items go (their counts with them)
    for _ in range(25):
        first = dt.date(2024, 11, 15) + dt.timedelta(days=rng.randrange(0, 150))
        last = first + dt.timedelta(days=rng.randrange(0, 120))
        since, until = stats.period_bounds(first, last, ALMATY)
        direct = Counter({(s or 0, lang): n for s, lang, n in db.execute(
            "SELECT source_id, lang, count(*) FROM items WHERE first_seen_at >= ? AND first_seen_at < ? GROUP BY 1, 2",
            [since, until])})
        assert stats.item_counts(db, since, until) == direct, (first, last)
