import datetime as dt

import pytest

from workstation.core import clock
from workstation.core.errors import WorkstationError
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source
from workstation.core.violations import notices, restriction
from workstation.core.violations import workflow as violations

T0 = dt.datetime(2025, 5, 12, 6, 0, tzinfo=dt.timezone.utc)


def at(hours: float) -> str:
    return clock.to_iso(T0 + dt.timedelta(hours=hours))


def test_violation_records_domain_platform_and_defanged_url(db):
    v = violations.add_violation(db, "hxxps://login.kaspi-bonus[.]example/get?utm_source=x", violation_type="phishing",
                                 detected_at=at(0), analyst="Ерлан")
    assert v["url"] == "https://login.kaspi-bonus.example/get"
    assert v["url_defanged"] == "hxxps://login[.]kaspi-bonus[.]example/get"
    assert (v["host"], v["domain"], v["status"]) == ("login.kaspi-bonus.example", "kaspi-bonus.example", "detected")
    fb = violations.add_violation(db, "https://www.facebook.com/fake.bank.page", violation_type="fraudulent resource")
    assert db.execute("SELECT name FROM platform_contacts WHERE id = ?", [fb["platform_id"]]).fetchone()[0] \
        .startswith("Meta")


def test_violation_from_an_item_keeps_its_content_as_evidence(db):
    src = add_source(db, "https://news.example/rss")
    [item_id] = store_items(db, src["id"], [ItemDraft(title="Ұтыс", url="https://bonus.example/a",
                                                      content_text="Сілтеме арқылы тіркеліңіз")]).new_ids
    v = violations.add_violation(db, "https://bonus.example/a", violation_type="phishing", item_id=item_id)
    row = db.execute("SELECT item_id, raw_text, violation_id FROM evidence").fetchone()
    assert row == (item_id, "Сілтеме арқылы тіркеліңіз", v["id"])


def test_notice_deadline_is_six_hours_and_removal_in_time_is_counted(db):
    v = violations.add_violation(db, "https://bonus.example/1", violation_type="phishing", detected_at=at(0))
    n = notices.send_notice(db, v["id"], to="administration of bonus.example", sent_at=at(1))
    assert n["deadline_at"] == at(7)
    assert "https://bonus.example/1" in n["text"] and "41-1" in n["text"]  # the letter gives the exact address
    assert violations.get_violation(db, v["id"])["status"] == "notice_sent"
    notices.resolve_notice(db, n["id"], removed=True, at=at(6.5))
    v = violations.get_violation(db, v["id"])
    assert (v["status"], v["removed_in_time"]) == ("removed", 1)


def test_late_removal_is_not_in_time(db):
    v = violations.add_violation(db, "https://bonus.example/2", violation_type="phishing")
    n = notices.send_notice(db, v["id"], sent_at=at(0))
    notices.resolve_notice(db, n["id"], removed=True, at=at(6) + "")
    assert violations.get_violation(db, v["id"])["removed_in_time"] == 1  # exactly at the deadline: in time
    v2 = violations.add_violation(db, "https://bonus.example/3", violation_type="phishing")
    n2 = notices.send_notice(db, v2["id"], sent_at=at(0))
    notices.resolve_notice(db, n2["id"], removed=True, at=clock.to_iso(T0 + dt.timedelta(hours=6, seconds=1)))
    assert violations.get_violation(db, v2["id"])["removed_in_time"] == 0


def test_due_notices_sorted_with_time_left_and_overdue(db):
    a = violations.add_violation(db, "https://a.example/x", violation_type="phishing")
    b = violations.add_violation(db, "https://b.example/x", violation_type="phishing")
    notices.send_notice(db, a["id"], sent_at=at(0))
    notices.send_notice(db, b["id"], sent_at=at(3))
    due = notices.due_notices(db, now=T0 + dt.timedelta(hours=7))
    assert [d["violation_id"] for d in due] == [a["id"], b["id"]]
    assert due[0]["overdue"] and due[0]["seconds_left"] == -3600
    assert not due[1]["overdue"] and due[1]["seconds_left"] == 2 * 3600
    assert due[0]["url_defanged"] == "hxxps://a[.]example/x"


def test_escalation_after_an_overdue_notice_then_lifting(db):
    v = violations.add_violation(db, "https://fraud.example/", violation_type="fraudulent resource")
    notices.send_notice(db, v["id"], sent_at=at(0))
    with pytest.raises(WorkstationError) as err:
        restriction.escalate(db, v["id"], order_ref="№ 12-3/456", at=at(5))
    assert err.value.key == "notice.not_overdue"
    restricted = restriction.escalate(db, v["id"], order_ref="№ 12-3/456", at=at(8))
    assert restricted["status"] == "restricted"
    row = db.execute("SELECT order_ref, ordered_at, lifted_at FROM restrictions").fetchone()
    assert row == ("№ 12-3/456", at(8), None)
    restriction.lift(db, v["id"], at=at(100))
    assert violations.get_violation(db, v["id"])["status"] == "lifted"
    assert db.execute("SELECT lifted_at FROM restrictions").fetchone()[0] == at(100)
    history = [h["new"].get("status") for h in
               __import__("workstation.core.db.audit", fromlist=["history"]).history(db, "violation", v["id"])
               if h["action"] == "status"]
    assert history == ["notice_sent", "not_removed", "restriction_requested", "restricted", "lifted"]


def test_illegal_violation_transitions_are_refused(db):
    v = violations.add_violation(db, "https://x.example/", violation_type="phishing")
    with pytest.raises(WorkstationError) as err:
        restriction.lift(db, v["id"])
    assert "cannot become" in str(err.value)
    with pytest.raises(WorkstationError):
        violations.set_status(db, v["id"], "unfounded")  # a reason is required
    closed = violations.set_status(db, v["id"], "unfounded", reason="legitimate bank promotion")
    assert closed["closed_reason"] == "legitimate bank promotion"


def test_bulk_intake_normalises_groups_and_reports_duplicates(db):
    violations.add_violation(db, "https://kaspi-bonus.example/a", violation_type="phishing")
    text = "\n".join([
        "url,comment",
        "hxxps://kaspi-bonus[.]example/a,already known",
        "https://KASPI-BONUS.example/b?utm_campaign=x,new",
        "kaspi-bonus.example/c",
        "https://m.kaspi-bonus.example/c",
        "https://egov-tolem.example/pay",
        "https://egov-tolem.example/pay#again",
        "not an address",
        "",
    ])
    result = violations.bulk_intake(db, text, violation_type="phishing")
    assert len(result.created) == 4
    assert result.by_domain == {"kaspi-bonus.example": 3, "egov-tolem.example": 1}
    assert [d["url"] for d in result.duplicates] == ["hxxps://kaspi-bonus[.]example/a",
                                                     "hxxps://egov-tolem[.]example/pay"]
    assert result.invalid == ["not an address"]
    again = violations.bulk_intake(db, text, violation_type="phishing")
    assert again.created == [] and len(again.duplicates) == 6


def test_notice_text_in_kazakh(db):
    v = violations.add_violation(db, "https://x.example/", violation_type="phishing")
    text = notices.notice_text(db, v["id"], "kk")
    assert "«Байланыс туралы»" in text and "https://x.example/" in text and "(фишинг)" in text


def test_closing_without_a_reason_has_its_own_message(db):
    v = violations.add_violation(db, "https://x.example/", violation_type="phishing")
    with pytest.raises(WorkstationError) as err:
        violations.set_status(db, v["id"], "unfounded", reason="  ")
    assert err.value.key == "violation.reason_required"
    assert "violation" in str(err.value) and "case" not in str(err.value)


def test_notice_is_allowed_exactly_where_the_transition_table_allows_it(db):
    for status in violations.STATUSES:
        v = violations.add_violation(db, f"https://{status.replace('_', '-')}.example/", violation_type="phishing")
        db.execute("UPDATE violations SET status = ? WHERE id = ?", [status, v["id"]])
        if violations.can_become(status, "notice_sent"):
            assert notices.send_notice(db, v["id"], sent_at=at(0))["violation_id"] == v["id"]
        else:
            with pytest.raises(WorkstationError) as err:
                notices.send_notice(db, v["id"], sent_at=at(0))
            assert err.value.key == "violation.bad_transition"
            assert db.execute("SELECT count(*) FROM notices WHERE violation_id = ?", [v["id"]]).fetchone()[0] == 0


def test_can_become_reads_the_table():
    assert violations.can_become("detected", "notice_sent")
    assert not violations.can_become("removed", "notice_sent")
    assert not violations.can_become("no such status", "detected")


def test_addresses_in_finds_a_defanged_column_in_any_style():
    text = "seen,url\ntoday,hxxps[:]//bonus(dot)kz/a\ntoday,evil{.}kz/x\n"
    assert violations.addresses_in(text) == ["hxxps[:]//bonus(dot)kz/a", "evil{.}kz/x"]


def test_notice_text_gives_times_in_the_document_format(db):
    v = violations.add_violation(db, "https://x.example/", violation_type="phishing", detected_at=at(0))
    text = notices.notice_text(db, v["id"], "ru", sent_at=at(1), deadline_at=at(7))
    for moment in (at(0), at(1), at(7)):
        assert clock.local_text(moment, clock.DOCUMENT) in text
