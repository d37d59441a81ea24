"""The audit log cannot be edited, deleted from or back-dated unnoticed, by the workstation or any SQLite client."""

import datetime as dt
import json
import sqlite3

import pytest
from pypdf import PdfReader

from tests.support.engines import other_program, recorded_name
from workstation.cli import main
from workstation.core import clock
from workstation.core.db import audit, integrity
from workstation.core.figures import summary
from workstation.core.violations import notices
from workstation.core.violations import workflow as violations
from workstation.reports.pdf import build_pdf
from workstation.reports.text import plural


@pytest.fixture
def entries(db):
    with db.atomic():
        for n in range(3):
            audit.record(db, entity="case", entity_id=n + 1, action="status", analyst="Aigerim",
                         old={"status": "new"}, new={"status": "verifying"})
    return db


def client(db_path):
    """Another program opening the workspace (a SQLite client on the file, a plain session on a team workspace's
    server): none of the workstation's rules involved."""
    return other_program(db_path)


def test_entries_form_a_chain_that_verifies(entries):
    rows = entries.execute("SELECT prev_hash, hash FROM audit_log ORDER BY id").fetchall()
    assert rows[0][0] == audit.GENESIS
    assert [r[0] for r in rows[1:]] == [r[1] for r in rows[:-1]]
    assert audit.verify_chain(entries) == []
    assert integrity.integrity_problems(entries) == []


def test_update_and_delete_from_any_sqlite_client_fail(entries, db_path):
    other = client(db_path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        other.execute("UPDATE audit_log SET analyst = 'someone else' WHERE id = 2")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        other.execute("DELETE FROM audit_log WHERE id = 2")
    with pytest.raises(sqlite3.DatabaseError, match="chained"):
        other.execute("INSERT INTO audit_log (uuid, at, analyst, entity, action) VALUES ('x', 'y', 'z', 'case', 'a')")
    assert entries.execute("SELECT count(*), min(analyst), max(analyst) FROM audit_log").fetchone() == \
        (3, recorded_name(entries, "Aigerim"), recorded_name(entries, "Aigerim"))


def test_dropping_a_trigger_and_editing_is_named_by_the_check(entries, db_path):
    other = client(db_path)
    other.execute("DROP TRIGGER audit_log_no_update")
    other.execute("UPDATE audit_log SET analyst = 'someone else' WHERE id = 2")
    problems = integrity.integrity_problems(entries)
    assert "protective trigger audit_log_no_update is missing (removed by another tool)" in problems
    assert "audit entry 2: its content was changed after it was recorded" in problems


def test_a_deleted_entry_breaks_the_chain_at_the_next_one(entries, db_path):
    other = client(db_path)
    other.execute("DROP TRIGGER audit_log_no_delete")
    other.execute("DELETE FROM audit_log WHERE id = 2")
    assert audit.verify_chain(entries) == ["audit entry 3: the entry before it was removed or changed"]


def test_db_check_exits_1_and_names_the_dropped_trigger(entries, db_path, capsys):
    client(db_path).execute("DROP TRIGGER evidence_is_immutable")
    assert main(["--db", str(db_path), "db", "check"]) == 1
    assert "protective trigger evidence_is_immutable is missing" in capsys.readouterr().err


def test_db_check_finds_a_broken_evidence_seal(db, db_path, capsys):
    violation = violations.add_violation(db, "https://bonus-kaspi.example/win", violation_type="violation.phishing")
    db.execute("INSERT INTO evidence (uuid, violation_id, url, title, raw_html, raw_text, captured_at, sha256) "
               "VALUES ('e1', ?, 'https://bonus-kaspi.example/win', 't', '', 'text', '2025-01-01T00:00:00Z', 'x')",
               [violation["id"]])
    db.conn.commit()
    assert main(["--db", str(db_path), "db", "check"]) == 1
    assert "its content no longer matches its seal" in capsys.readouterr().err


def test_a_removal_claimed_in_time_a_month_later_is_listed_as_entered_late(db):
    sent = dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.timezone.utc)
    clock.set_clock(lambda: sent)
    violation = violations.add_violation(db, "https://bonus-kaspi.example/win", violation_type="violation.phishing")
    notice = notices.send_notice(db, violation["id"], analyst="Aigerim")
    # A month later the analyst reports a removal "at 10:00 on the day": the claim is kept, and so is the truth.
    clock.set_clock(None)
    notices.resolve_notice(db, notice["id"], removed=True, at="2025-03-01T10:00:00Z", analyst="Aigerim")
    [resolve] = [e for e in audit.late_entries(db) if (e["entity"], e["action"]) == ("notice", "resolve")]
    assert resolve["at"] == "2025-03-01T10:00:00Z"
    recorded = clock.from_iso(resolve["recorded_at"])
    assert abs(recorded - dt.datetime.now(dt.timezone.utc)) < dt.timedelta(minutes=5)
    assert resolve["hours_late"] > 24


def test_entries_within_a_day_are_not_late(entries):
    assert audit.late_entries(entries) == []


def test_audit_late_lists_back_dated_entries_as_json(db, db_path, capsys):
    with db.atomic():
        audit.record(db, entity="notice", entity_id=1, action="resolve", analyst="Aigerim", at="2025-03-01T10:00:00Z")
    assert main(["--db", str(db_path), "audit", "late", "--json"]) == 0
    [entry] = json.loads(capsys.readouterr().out)
    assert (entry["entity"], entry["action"], entry["at"]) == ("notice", "resolve", "2025-03-01T10:00:00Z")
    assert entry["hours_late"] > 24 * 30


def test_the_summary_of_a_period_states_how_many_entries_were_entered_late(db, tmp_path):
    violation = violations.add_violation(db, "https://bonus-kaspi.example/win", violation_type="violation.phishing")
    notice = notices.send_notice(db, violation["id"], sent_at="2025-03-01T09:00:00Z", analyst="Aigerim")
    notices.resolve_notice(db, notice["id"], removed=True, at="2025-03-01T10:00:00Z", analyst="Aigerim")
    tz = dt.timezone(dt.timedelta(hours=5))
    report = summary.summary(db, "2025-02-28T19:00:00Z", "2025-03-31T19:00:00Z", tz)
    assert report.entered_late == audit.count_late(db, "2025-02-28T19:00:00Z", "2025-03-31T19:00:00Z") >= 2
    out = build_pdf(report, tmp_path / "march.pdf", lang="ru")
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(out).pages)
    changes = {"one": "изменение", "few": "изменения", "many": "изменений"}[plural("ru", report.entered_late)]
    assert f"Внесено задним числом: {report.entered_late} {changes} за период" in text
    assert "(список: «workstation audit late»)" in text
    # A period with nothing back-dated says nothing about it.
    quiet = summary.summary(db, "2025-05-01T00:00:00Z", "2025-06-01T00:00:00Z", tz)
    assert quiet.entered_late == 0
    quiet_text = " ".join(p.extract_text() or "" for p in PdfReader(build_pdf(quiet, tmp_path / "may.pdf",
                                                                              lang="ru")).pages)
    assert "workstation audit late" not in quiet_text
