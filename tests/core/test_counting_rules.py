"""Each counting rule of docs/FIGURES.md on a small hand-counted workspace (the first quarter of 2025 in Almaty,
UTC+5; the edges at 23:59 and 00:00)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.fixtures_stats import ALMATY, local
from workstation.cli import main
from workstation.core import clock
from workstation.core.cases import claimreview
from workstation.core.cases import workflow as cases
from workstation.core.errors import WorkstationError
from workstation.core.exchange import bundle
from workstation.core.figures import stats
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source, update_source
from workstation.core.violations import notices, restriction
from workstation.core.violations import workflow as violations


def figures(db):
    since, until = stats.period_bounds(dt.date(2025, 1, 1), dt.date(2025, 3, 31), ALMATY)
    return stats.dashboard(db, since, until, ALMATY, now=dt.datetime(2025, 6, 1, tzinfo=dt.timezone.utc))


def stats_json(db_path, capsys) -> dict:
    capsys.readouterr()
    assert main(["--db", str(db_path), "stats", "--from", "2025-01-01", "--to", "2025-03-31", "--tz", "Asia/Almaty",
                 "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_an_unfounded_violation_leaves_the_totals_and_shares_unchanged(db, db_path, capsys):
    violations.add_violation(db, "https://a.example/1", violation_type="phishing",
                             detected_at=local("2025-01-05 10:00"))
    violations.add_violation(db, "https://d.example/1", violation_type="false information",
                             detected_at=local("2025-03-31 23:59"))  # last minute: in
    before = stats_json(db_path, capsys)
    assert before["violations"]["total"] == 2 and before["violations"]["phishing_share"] == 0.5
    wrong = violations.add_violation(db, "https://b.example/1", violation_type="phishing",
                                     detected_at=local("2025-02-01 10:00"))
    violations.set_status(db, wrong["id"], "unfounded", reason="the bank's own page")
    after = stats_json(db_path, capsys)
    assert after["violations"]["unfounded"] == 1
    after["violations"]["unfounded"] = 0
    assert after == before


def test_only_appearances_count_as_sources_of_fakes_and_in_claimreview(db):
    clock.set_clock(lambda: dt.datetime.fromisoformat(local("2025-01-10 10:00")))
    social = add_source(db, "https://social.example/rss", name="Social page", category="social")
    channel = add_source(db, "https://t.me/s/refutations", name="Refutation channel", category="messenger")
    [fake] = store_items(db, social["id"], [ItemDraft(title="Фейк", url="https://social.example/p/1")]).new_ids
    [post] = store_items(db, channel["id"], [ItemDraft(title="Опровержение", url="https://t.me/refutations/5")]).new_ids
    [brief] = store_items(db, channel["id"], [ItemDraft(title="Брифинг", url="https://t.me/refutations/6")]).new_ids
    case = cases.create_case(db, "Фейк", category="fake.5g", detected_at=local("2025-01-10 09:00"))
    cases.add_items(db, case["id"], [fake, post])
    cases.add_items(db, case["id"], [brief], role="context")
    # The refutation's own post, attached as an item, becomes a refutation by its URL.
    cases.add_response(db, case["id"], channel="social_account", url="https://t.me/refutations/5",
                       published_at=local("2025-01-10 11:00"))
    roles = {i["id"]: i["role"] for i in cases.case_detail(db, case["id"])["items"]}
    assert roles == {fake: "appearance", post: "refutation", brief: "context"}
    f = figures(db)
    assert [(s.source, s.cases) for s in f.top_sources_of_fakes] == [("Social page", 1)]
    assert f.fakes_by_source_category == {"social": 1}
    review = claimreview.claim_review(db, case["id"])
    assert [a["url"] for a in review["itemReviewed"]["appearance"]] == ["https://social.example/p/1"]


def test_escalation_needs_an_overdue_notice_or_an_explicit_order(db, db_path):
    v = violations.add_violation(db, "https://bonus.example/x", violation_type="phishing",
                                 detected_at=local("2025-02-01 10:00"))
    with pytest.raises(WorkstationError) as refused:
        restriction.escalate(db, v["id"], order_ref="R-1", at=local("2025-02-02 10:00"))
    assert refused.value.key == "restriction.no_ground"
    assert main(["--db", str(db_path), "violations", "escalate", str(v["id"]), "--order", "R-1"]) == 1
    assert violations.get_violation(db, v["id"])["status"] == "detected"
    restricted = restriction.escalate(db, v["id"], order_ref="Суд № 2-15", order_type="court",
                                      at=local("2025-02-02 10:00"))
    assert restricted["status"] == "restricted"
    assert db.execute("SELECT order_type, order_ref FROM restrictions").fetchall() == [("court", "Суд № 2-15")]
    # After a notice whose deadline (6 hours) passed without removal, no order type is needed.
    w = violations.add_violation(db, "https://bonus2.example/x", violation_type="phishing",
                                 detected_at=local("2025-02-01 10:00"))
    notices.send_notice(db, w["id"], sent_at=local("2025-02-01 11:00"))
    with pytest.raises(WorkstationError):
        restriction.escalate(db, w["id"], at=local("2025-02-01 16:59"))  # 23:59-style edge: a minute early
    assert restriction.escalate(db, w["id"], at=local("2025-02-01 17:00"))["status"] == "restriction_requested"


def test_the_state_body_table_fills_from_cases_refutations_and_sources(db, db_path, capsys):
    clock.set_clock(lambda: dt.datetime.fromisoformat(local("2025-01-20 10:00")))
    src = add_source(db, "https://mvd.example/rss", name="МВД", category="state body")
    update_source(db, src["id"], state_body="МВД", country="KZ")
    store_items(db, src["id"], [ItemDraft(title="Сообщение", url="https://mvd.example/1")])
    case = cases.create_case(db, "Фейк", category="fake.5g", detected_at=local("2025-01-20 09:00"))
    assert main(["--db", str(db_path), "cases", "edit", str(case["id"]), "--state-body", "МИОР"]) == 0
    cases.add_response(db, case["id"], channel="official_website", published_at=local("2025-01-20 12:00"),
                       publisher="МВД")  # published by the body that refuted it
    other = cases.create_case(db, "Другой", category="fake.5g", detected_at=local("2025-03-31 23:59"))
    cases.update_case(db, other["id"], state_body="МИОР")
    cases.add_response(db, other["id"], channel="stopfake", published_at=local("2025-04-01 00:00"))  # out
    bodies = {b["state_body"]: b for b in stats_json(db_path, capsys)["state_bodies"]}
    assert bodies["МВД"]["publications"] == 1 and bodies["МВД"]["refutations"] == 1
    assert "МИОР" not in bodies or bodies["МИОР"]["refutations"] == 0


def test_figures_per_platform_representative(db):
    platform = db.execute("SELECT id, name FROM platform_contacts ORDER BY id").fetchone()
    sent = local("2025-02-10 09:00")
    for n, (removed, at) in enumerate([(True, "2025-02-10 12:00"), (True, "2025-02-10 17:00"), (None, None)]):
        v = violations.add_violation(db, f"https://p{n}.example/x", violation_type="phishing",
                                     detected_at=local("2025-02-10 08:00"))
        notice = notices.send_notice(db, v["id"], sent_at=sent)
        db.execute("UPDATE notices SET recipient_id = ? WHERE id = ?", [platform[0], notice["id"]])
        if removed:
            notices.resolve_notice(db, notice["id"], removed=True, at=local(at))
    [row] = figures(db).platforms
    assert (row.platform, row.notices, row.removed_in_time, row.median_hours_to_removal) == (platform[1], 3, 1, 5.5)


def test_a_period_bundle_carries_what_was_touched_in_the_period(db, tmp_path):
    """Field 5, headquarters 4, no more: a case detected the day before the week and refuted inside it travels."""
    week = (local("2025-03-03 00:00"), local("2025-03-10 00:00"))
    before = cases.create_case(db, "detected the day before", category="fake.5g",
                               detected_at=local("2025-03-02 23:59"))
    clock.set_clock(lambda: dt.datetime.fromisoformat(local("2025-03-04 10:00")))
    cases.add_response(db, before["id"], channel="stopfake", published_at=local("2025-03-04 10:00"))
    cases.create_case(db, "inside", category="fake.5g", detected_at=local("2025-03-03 00:00"))
    clock.set_clock(lambda: dt.datetime.fromisoformat(local("2025-03-01 10:00")))
    cases.create_case(db, "untouched in the week", category="fake.5g", detected_at=local("2025-03-01 10:00"))
    exported = bundle.export_bundle(db, tmp_path / "week.mmwb", since=week[0], until=week[1])
    assert exported["cases"] == 2 and exported["refutations"] == 1
