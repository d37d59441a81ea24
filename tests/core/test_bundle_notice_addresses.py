"""A notice listing many addresses arrives at headquarters listing them all, each with its own outcome; the other
fields the figures need (receipt time, item roles, order types, state bodies, publishers) travel too."""

import datetime as dt

import pytest

from tests.support import bundles
from workstation.core import clock
from workstation.core.cases import workflow as cases
from workstation.core.errors import WorkstationError
from workstation.core.exchange import bundle, keys, merge
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source
from workstation.core.violations import notices, restriction
from workstation.core.violations import workflow as violations
from workstation.core.workspace import open_workspace

T0 = dt.datetime(2025, 4, 1, 9, 0, tzinfo=dt.timezone.utc)


def at(hours: float) -> str:
    return clock.to_iso(T0 + dt.timedelta(hours=hours))


@pytest.fixture
def field(tmp_path):
    clock.set_clock(lambda: T0)
    return open_workspace(tmp_path / "field.db")


@pytest.fixture
def hq(db_path):
    """Headquarters: the test's workspace (a team workspace when the tests run on PostgreSQL; the field laptop's
    stays a SQLite file)."""
    db = open_workspace(db_path)
    yield db
    db.close()


@pytest.fixture
def send(tmp_path):
    counter = [0]

    def _send(source, target, **selection):
        counter[0] += 1
        out = tmp_path / f"b{counter[0]}.mmwb"
        bundle.export_bundle(source, out, **selection)
        return merge.import_bundle(target, out, analyst="HQ", trust=True)
    return _send


def three_address_notice(field):
    ids = [violations.add_violation(field, f"https://bonus.example/{n}", violation_type="phishing",
                                    detected_at=at(0))["id"] for n in (1, 2, 3)]
    notice = notices.send_notice(field, ids, to="administration of bonus.example", sent_at=at(1),
                                 received_at=at(2))
    return ids, notice


def listed_at_hq(hq, notice_uuid):
    return [tuple(r) for r in hq.execute(
        "SELECT v.url, l.position, l.outcome, l.resolved_at FROM notice_violations l JOIN notices n "
        "ON n.id = l.notice_id JOIN violations v ON v.id = l.violation_id WHERE n.uuid = ? ORDER BY l.position",
        [notice_uuid])]


def listed_in_field(field, notice_id):
    return [tuple(r) for r in field.execute(
        "SELECT v.url, l.position, l.outcome, l.resolved_at FROM notice_violations l JOIN violations v "
        "ON v.id = l.violation_id WHERE l.notice_id = ? ORDER BY l.position", [notice_id])]


def test_a_notice_listing_three_addresses_arrives_listing_three_with_their_outcomes(field, hq, send):
    ids, notice = three_address_notice(field)
    notices.resolve_notice(field, notice["id"], removed=True, at=at(3), violation_id=ids[1])
    report = send(field, hq)
    assert report.added["notice_violations"] == 3
    arrived = listed_at_hq(hq, notice["uuid"])
    assert arrived == listed_in_field(field, notice["id"])
    assert [outcome for _url, _pos, outcome, _at in arrived] == ["pending", "removed", "pending"]


def test_a_selection_of_one_address_carries_the_whole_notice(field, hq, send):
    ids, notice = three_address_notice(field)
    send(field, hq, violation_ids=[ids[2]])
    assert len(listed_at_hq(hq, notice["uuid"])) == 3


def test_outcomes_recorded_later_in_the_field_move_forward_at_headquarters(field, hq, send):
    ids, notice = three_address_notice(field)
    send(field, hq)
    clock.set_clock(lambda: T0 + dt.timedelta(hours=10))
    notices.resolve_notice(field, notice["id"], removed=True, at=at(3), violation_id=ids[0])
    notices.resolve_notice(field, notice["id"], removed=False, at=at(9))
    report = send(field, hq)
    assert listed_at_hq(hq, notice["uuid"]) == listed_in_field(field, notice["id"])
    assert hq.execute("SELECT outcome FROM notices WHERE uuid = ?", [notice["uuid"]]).fetchone()[0] == "not_removed"
    assert any("outcome 'pending' → 'removed'" in line for line in report.applied)


def test_an_older_bundle_never_moves_an_outcome_back_to_pending(field, hq, send, tmp_path):
    ids, notice = three_address_notice(field)
    old = tmp_path / "old.mmwb"
    bundle.export_bundle(field, old)
    notices.resolve_notice(field, notice["id"], removed=True, at=at(3))
    send(field, hq)
    merge.import_bundle(hq, old, analyst="HQ", trust=True)
    assert [o for _u, _p, o, _a in listed_at_hq(hq, notice["uuid"])] == ["removed"] * 3


def test_importing_the_same_bundle_twice_changes_nothing(field, hq, tmp_path):
    ids, notice = three_address_notice(field)
    notices.resolve_notice(field, notice["id"], removed=True, at=at(3), violation_id=ids[0])
    out = tmp_path / "b.mmwb"
    bundle.export_bundle(field, out)
    merge.import_bundle(hq, out, analyst="HQ", trust=True)
    before = listed_at_hq(hq, notice["uuid"])
    audit_rows = hq.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    again = merge.import_bundle(hq, out, analyst="HQ", trust=True)
    assert listed_at_hq(hq, notice["uuid"]) == before
    assert hq.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit_rows
    assert again.added == {} and again.applied == []


def test_a_bundle_listing_an_address_twice_is_refused(field, hq, tmp_path):
    three_address_notice(field)
    out = tmp_path / "b.mmwb"
    bundle.export_bundle(field, out)
    parts = bundles.members(out)
    listed = bundles.rows(parts, "notice_violations")
    bundles.set_rows(parts, "notice_violations", [*listed, listed[0]])
    bundles.signed_manifest(parts, keys.own_key(field))
    with pytest.raises(WorkstationError, match="twice"):
        merge.import_bundle(hq, bundles.pack(tmp_path / "forged.mmwb", parts), analyst="HQ", trust=True)
    assert hq.execute("SELECT count(*) FROM notices").fetchone()[0] == 0


def test_the_fields_the_figures_need_travel_to_headquarters(field, hq, send):
    src = add_source(field, "https://news.example/rss")
    item_ids = store_items(field, src["id"], [
        ItemDraft(title="Жалған ұтыс", url="https://news.example/1", guid="g1", content_text="Ұтыс"),
        ItemDraft(title="Теріске шығару", url="https://news.example/2", guid="g2", content_text="Жалған")]).new_ids
    case = cases.create_case(field, "Жалған ұтыс", category="fake.prize_draws", item_ids=item_ids[:1])
    cases.add_items(field, case["id"], item_ids[1:], role="context")
    cases.update_case(field, case["id"], state_body="Ministry of Finance")
    cases.set_status(field, case["id"], "confirmed")
    cases.add_response(field, case["id"], channel="official_website", url="https://gov.example/r/1",
                       publisher="Ministry of Finance", published_at=at(1))
    ids, notice = three_address_notice(field)
    ordered = violations.add_violation(field, "https://other.example/x", violation_type="phishing",
                                       detected_at=at(0))
    restriction.escalate(field, ordered["id"], order_type="court", order_ref="No. 2-15/2025", at=at(4))
    send(field, hq)

    def values(db):
        return {
            "received_at": db.execute("SELECT received_at FROM notices WHERE uuid = ?", [notice["uuid"]]).fetchone(),
            "roles": sorted(db.execute("SELECT i.guid, ci.role FROM case_items ci JOIN items i ON i.id = ci.item_id "
                                       "JOIN cases c ON c.id = ci.case_id WHERE c.uuid = ?", [case["uuid"]])),
            "order": db.execute("SELECT r.order_type, r.order_ref FROM restrictions r JOIN violations v "
                                "ON v.id = r.violation_id WHERE v.url = ?", [ordered["url"]]).fetchone(),
            "state_body": db.execute("SELECT state_body FROM cases WHERE uuid = ?", [case["uuid"]]).fetchone(),
            "publisher": db.execute("SELECT r.publisher FROM refutations r JOIN cases c ON c.id = r.case_id "
                                    "WHERE c.uuid = ?", [case["uuid"]]).fetchall(),
        }
    field_values = values(field)
    assert values(hq) == field_values
    assert field_values["received_at"][0] is not None and field_values["order"][0] == "court"
    assert ("g2", "context") in field_values["roles"] and field_values["state_body"] == ("Ministry of Finance",)
    assert field_values["publisher"] == [("Ministry of Finance",)]
