"""Merging by the workflow, not the clock: what only one side changed is applied along allowed moves, what both
changed is kept for an analyst, and the same address recorded on both sides is one violation."""

import datetime as dt

import pytest

from tests.support import bundles
from tests.support.engines import recorded_name
from workstation.core import clock
from workstation.core.cases import workflow as cases
from workstation.core.db import audit
from workstation.core.errors import WorkstationError
from workstation.core.exchange import bundle, conflicts, keys, merge
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source
from workstation.core.violations import notices
from workstation.core.violations import workflow as violations
from workstation.core.workspace import open_workspace

T0 = dt.datetime(2025, 4, 1, 9, 0, tzinfo=dt.timezone.utc)


def at(hours: float) -> None:
    clock.set_clock(lambda: T0 + dt.timedelta(hours=hours))


@pytest.fixture
def field(tmp_path):
    at(0)
    db = open_workspace(tmp_path / "field.db")
    src = add_source(db, "https://news.example/rss")
    ids = store_items(db, src["id"], [ItemDraft(title="Жалған ұтыс", url="https://news.example/1", guid="g1",
                                                content_text="Ұтыс ойыны жалған")]).new_ids
    cases.create_case(db, "Жалған ұтыс", category="fake.prize_draws", item_ids=ids, analyst="Ерлан")
    return db


@pytest.fixture
def hq(db_path):
    """Headquarters: the test's workspace (a team workspace when the tests run on PostgreSQL; the field laptop's
    stays a SQLite file)."""
    db = open_workspace(db_path)
    yield db
    db.close()


@pytest.fixture
def send(tmp_path):
    """Export from one workspace and import into another (trusting the sender), returning the report."""
    counter = [0]

    def _send(source, target, **options):
        counter[0] += 1
        out = tmp_path / f"b{counter[0]}.mmwb"
        bundle.export_bundle(source, out)
        return merge.import_bundle(target, out, analyst="HQ", trust=True, **options)
    return _send


def hq_case(hq, field):
    return hq.execute("SELECT id FROM cases WHERE uuid = ?", [cases.list_cases(field)[0]["uuid"]]).fetchone()[0]


def test_a_change_made_only_in_the_field_is_applied_along_allowed_moves(field, hq, send):
    send(field, hq)
    case_id = cases.list_cases(field)[0]["id"]
    at(1)
    cases.set_status(field, case_id, "confirmed", analyst="Ерлан")
    cases.add_response(field, case_id, channel="stopfake", url="https://stopfake.example/1", analyst="Ерлан")
    report = send(field, hq)
    local = cases.get_case(hq, hq_case(hq, field))
    assert local["status"] == "refuted" and report.conflicts == []
    assert len(report.applied) == 1 and "'new' → 'refuted'" in report.applied[0]
    [merged] = [h for h in audit.history(hq, "case", local["id"]) if h["action"] == "merge"]
    assert merged["old"] == {"status": "new"} and merged["new"]["steps"] == ["confirmed", "refuted"]
    assert merged["new"]["bundle_signer"] == keys.own_key(field).fingerprint


def test_a_laptop_clock_in_2099_cannot_move_a_refuted_case_back(field, hq, send, tmp_path):
    case_id = cases.list_cases(field)[0]["id"]
    cases.set_status(field, case_id, "confirmed", analyst="Ерлан")
    cases.add_response(field, case_id, channel="stopfake", url="https://stopfake.example/1", analyst="Ерлан")
    out = tmp_path / "field.mmwb"
    bundle.export_bundle(field, out)
    merge.import_bundle(hq, out, trust=True)
    local_id = hq_case(hq, field)
    for n in range(4):  # five refutations in all
        cases.add_response(hq, local_id, channel="official_website", url=f"https://gov.example/{n}", analyst="HQ")
    # The laptop (its clock in 2099, or its software altered) sends the case back to "new", signed with its key.
    parts = bundles.members(out)
    rows = bundles.rows(parts, "cases")
    rows[0].update(status="new", updated_at="2099-01-01T00:00:00Z", notes="reset")
    bundles.set_rows(parts, "cases", rows)
    bundles.signed_manifest(parts, keys.own_key(field), created_at="2099-01-01T00:00:00Z")
    report = merge.import_bundle(hq, bundles.pack(tmp_path / "2099.mmwb", parts), analyst="HQ")
    local = cases.get_case(hq, local_id)
    assert local["status"] == "refuted" and local["notes"] == ""
    [conflict] = report.conflicts
    assert conflict["reason"] == "transition" and "cannot become new" in conflict["detail"]
    with pytest.raises(WorkstationError) as err:
        conflicts.resolve(hq, conflict["id"], "theirs", analyst="HQ")
    assert err.value.key == "conflict.cannot_keep_theirs" and "cannot become new" in str(err.value)
    assert cases.get_case(hq, local_id)["status"] == "refuted"
    conflicts.resolve(hq, conflict["id"], "ours", analyst="HQ")
    assert conflicts.list_conflicts(hq) == []


def test_edits_on_both_sides_are_kept_for_an_analyst_never_resolved_silently(field, hq, send, tmp_path):
    send(field, hq)
    local_id = hq_case(hq, field)
    at(1)
    cases.update_case(hq, local_id, notes="HQ note", analyst="HQ")
    at(2)  # the field's edit is later: it does not win for that
    cases.update_case(field, cases.list_cases(field)[0]["id"], notes="field note", analyst="Ерлан")
    out = tmp_path / "later.mmwb"
    bundle.export_bundle(field, out)
    report = merge.import_bundle(hq, out, analyst="HQ")
    assert cases.get_case(hq, local_id)["notes"] == "HQ note"
    [kept] = report.conflicts
    assert kept["reason"] == "both_changed" and kept["entity"] == "case"
    [row] = conflicts.list_conflicts(hq)
    assert row["ours"]["notes"] == "HQ note" and row["theirs"]["notes"] == "field note"
    [entry] = [h for h in audit.history(hq, "case", local_id) if h["action"] == "merge_conflict"]
    assert entry["old"]["notes"] == "HQ note" and entry["new"]["theirs"]["notes"] == "field note"
    # The same bundle again: the conflict is not doubled, nothing else changes.
    before = bundles.dump(hq)
    assert merge.import_bundle(hq, out, analyst="HQ").conflicts == []
    assert bundles.dump(hq) == before
    resolved = conflicts.resolve(hq, kept["id"], "theirs", analyst="Айгерим")
    assert resolved["resolution"] == "theirs" and resolved["resolved_by"] == "Айгерим"
    assert cases.get_case(hq, local_id)["notes"] == "field note"
    assert [h["analyst"] for h in audit.history(hq, "case", local_id) if h["action"] == "merge_resolve"] == \
        [recorded_name(hq, "Айгерим")]
    with pytest.raises(WorkstationError) as err:
        conflicts.resolve(hq, kept["id"], "ours")
    assert err.value.key == "conflict.resolved"
    # Settled: importing the same bundle once more is quiet.
    assert merge.import_bundle(hq, out, analyst="HQ").conflicts == []


def test_keeping_ours_is_remembered(field, hq, send, tmp_path):
    send(field, hq)
    local_id = hq_case(hq, field)
    cases.update_case(hq, local_id, notes="HQ note", analyst="HQ")
    cases.update_case(field, cases.list_cases(field)[0]["id"], notes="field note", analyst="Ерлан")
    [kept] = send(field, hq).conflicts
    conflicts.resolve(hq, kept["id"], "ours", analyst="HQ")
    assert cases.get_case(hq, local_id)["notes"] == "HQ note"
    assert send(field, hq).conflicts == []  # the field's version we decided against does not come back


def test_an_old_version_from_the_field_does_not_undo_a_change_at_headquarters(field, hq, send):
    send(field, hq)
    local_id = hq_case(hq, field)
    cases.set_status(hq, local_id, "verifying", analyst="HQ")
    report = send(field, hq)  # the field did not touch the case
    assert cases.get_case(hq, local_id)["status"] == "verifying"
    assert report.conflicts == [] and report.applied == []


def test_changes_at_headquarters_flow_back_to_the_field(field, hq, send):
    send(field, hq)
    local_id = hq_case(hq, field)
    cases.update_case(hq, local_id, notes="checked by HQ", analyst="HQ")
    cases.set_status(hq, local_id, "verifying", analyst="HQ")
    report = send(hq, field)  # the field trusts HQ's key; HQ's bundle names the version it got from the field
    field_case = cases.list_cases(field)[0]
    assert field_case["notes"] == "checked by HQ" and field_case["status"] == "verifying"
    assert report.conflicts == []
    cases.set_status(field, field_case["id"], "confirmed", analyst="Ерлан")
    assert send(field, hq).conflicts == []
    assert cases.get_case(hq, local_id)["status"] == "confirmed"


def test_the_same_address_recorded_on_both_sides_is_one_violation_with_both_histories(field, hq, send):
    field_v = violations.add_violation(field, "https://bonus.example/x?utm_source=tg", violation_type="phishing",
                                       analyst="Ерлан")
    notices.send_notice(field, field_v["id"], analyst="Ерлан")
    hq_v = violations.add_violation(hq, "hxxps://bonus[.]example/x", violation_type="phishing", analyst="HQ",
                                    notes="seen in a channel")
    report = send(field, hq)
    assert hq.execute("SELECT count(*) FROM violations").fetchone()[0] == 1
    merged = violations.get_violation(hq, hq_v["id"])
    assert merged["status"] == "notice_sent" and merged["notes"] == "seen in a channel"
    assert report.conflicts == []
    history = audit.history(hq, "violation", hq_v["id"])
    assert {recorded_name(hq, "HQ"), "Ерлан"} <= {h["analyst"] for h in history}
    assert hq.execute("SELECT violation_id FROM notices").fetchall() == [(hq_v["id"],)]
    assert hq.execute("SELECT count(*) FROM evidence WHERE violation_id IS NOT NULL").fetchone()[0] == 0
    before = bundles.dump(hq)
    send(field, hq)
    assert bundles.dump(hq) == before


def test_a_notice_outcome_moves_forward_and_two_outcomes_conflict(field, hq, send):
    v = violations.add_violation(field, "https://bonus.example/y", violation_type="phishing", analyst="Ерлан")
    notice = notices.send_notice(field, v["id"], analyst="Ерлан")
    send(field, hq)
    notices.resolve_notice(field, notice["id"], removed=True, analyst="Ерлан")
    send(field, hq)
    assert hq.execute("SELECT outcome FROM notices").fetchone()[0] == "removed"
    assert violations.list_violations(hq)[0]["status"] == "removed"
    # A second violation whose notice each side resolved differently.
    w = violations.add_violation(field, "https://bonus.example/z", violation_type="phishing", analyst="Ерлан")
    second = notices.send_notice(field, w["id"], analyst="Ерлан")
    send(field, hq)
    hq_notice = hq.execute("SELECT id FROM notices WHERE uuid = ?", [second["uuid"]]).fetchone()[0]
    notices.resolve_notice(hq, hq_notice, removed=False, analyst="HQ")
    notices.resolve_notice(field, second["id"], removed=True, analyst="Ерлан")
    report = send(field, hq)
    assert [c["entity"] for c in report.conflicts] == ["notice", "violation"]
    assert hq.execute("SELECT outcome FROM notices WHERE id = ?", [hq_notice]).fetchone()[0] == "not_removed"


def test_a_conflict_with_a_local_record_holding_bytes_is_kept_not_a_traceback(field, send, tmp_path):
    """Our side of a conflict may hold a value another program left in the row (bytes): the conflict is kept with
    that value written out, as the audit log writes it (json.dumps refused it, and the import ended with a
    TypeError's traceback)."""
    import sqlite3

    hq = open_workspace(tmp_path / "hq.db")
    send(field, hq)
    local_id = hq_case(hq, field)
    at(1)
    cases.update_case(hq, local_id, notes="HQ note", analyst="HQ")
    with sqlite3.connect(tmp_path / "hq.db") as other_program:
        other_program.execute("UPDATE cases SET claim = x'fffe' WHERE id = ?", [local_id])
    at(2)
    cases.update_case(field, cases.list_cases(field)[0]["id"], notes="field note", analyst="Ерлан")
    out = tmp_path / "later.mmwb"
    bundle.export_bundle(field, out)
    [kept] = merge.import_bundle(hq, out, analyst="HQ").conflicts
    assert kept["reason"] == "both_changed"
    [row] = conflicts.list_conflicts(hq)
    assert row["ours"]["claim"] == str(b"\xff\xfe") and row["theirs"]["notes"] == "field note"
    hq.close()
