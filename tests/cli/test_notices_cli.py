"""Notices on the command line against a real workspace file: one notice listing many addresses, the deadline from
receipt, bulk outcomes."""

import io
import json

import pytest
from pypdf import PdfReader

from tests.support.engines import reading
from workstation.core import clock
from workstation.core.violations import notices, workflow
from workstation.core.workspace import open_workspace
from workstation.reports.notice_pdf import notice_pdf_bytes

# What an official letter needs from the workspace's settings; without them `notices send` refuses (see
# test_notice_text_cli.py).
OFFICIAL = {"issuing_body": "Министерство культуры и информации Республики Казахстан",
            "signatory_position": "Директор Департамента", "signatory_name": "А. Сейтқали",
            "author": "Б. Оспанов", "executor_phone": "+7 7172 74 00 00", "contact": "monitoring@mki.gov.kz"}


@pytest.fixture(autouse=True)
def official(run):
    for key, value in OFFICIAL.items():
        code, _, err = run("settings", "set", key, value)
        assert code == 0, err


def add(run, url: str) -> int:
    code, out, err = run("violations", "add", url, "--type", "phishing", "--at", "2025-05-12T03:00:00Z")
    assert code == 0, err
    return int(out.split("\t")[0])


def send(run, *args) -> dict:
    code, out, err = run("notices", "send", *args, "--to-contact", "abuse@bonus.example", "--json")
    assert code == 0, err
    return json.loads(out)


def statuses(db_path) -> list[tuple]:
    with reading(db_path) as conn:
        return conn.execute("SELECT id, status, removed_in_time FROM violations ORDER BY id").fetchall()


def test_without_receipt_the_deadline_runs_from_sending_and_the_text_says_so(run):
    v = add(run, "https://bonus.example/a")
    notice = send(run, str(v), "--at", "2025-05-12T04:00:00Z", "--lang", "en")
    assert (notice["deadline_at"], notice["deadline_from"]) == ("2025-05-12T10:00:00Z", "sending")
    assert "Receipt of this notice has not yet been confirmed" in notice["text"]
    assert clock.local_text("2025-05-12T10:00:00Z", clock.DOCUMENT) in notice["text"]


def test_a_receipt_given_when_sending_starts_the_six_hours(run):
    v = add(run, "https://bonus.example/a")
    notice = send(run, str(v), "--at", "2025-05-12T04:00:00Z", "--received-at", "2025-05-12T05:30:00Z",
                  "--lang", "ru")
    assert (notice["deadline_at"], notice["deadline_from"]) == ("2025-05-12T11:30:00Z", "receipt")
    assert "в течение 6 (шести) часов с момента получения настоящего уведомления" in notice["text"]
    assert "установленный законом срок истекает" in notice["text"]
    assert clock.local_text("2025-05-12T05:30:00Z", clock.DOCUMENT) in notice["text"]


def test_recording_receipt_later_moves_the_deadline_for_due_and_the_dock(run):
    v = add(run, "https://bonus.example/a")
    notice = send(run, str(v), "--at", "2025-05-12T04:00:00Z")
    code, out, err = run("notices", "received", str(notice["id"]), "--at", "2025-05-12T07:00:00Z", "--json")
    assert code == 0, err
    assert json.loads(out)[0]["deadline_at"] == "2025-05-12T13:00:00Z"
    code, out, _ = run("notices", "due", "--json")
    [due] = json.loads(out)
    assert (due["deadline_at"], due["deadline_from"], due["received_at"]) == (
        "2025-05-12T13:00:00Z", "receipt", "2025-05-12T07:00:00Z")


def test_receipt_before_sending_is_refused(run):
    v = add(run, "https://bonus.example/a")
    code, _, err = run("notices", "send", str(v), "--at", "2025-05-12T04:00:00Z", "--received-at",
                       "2025-05-12T03:00:00Z")
    assert code == 1 and "received before it was sent" in err
    notice = send(run, str(v), "--at", "2025-05-12T04:00:00Z")
    code, _, err = run("notices", "received", str(notice["id"]), "--at", "2025-05-12T03:59:00Z")
    assert code == 1 and "received before it was sent" in err


def test_one_notice_lists_many_addresses_and_each_becomes_notice_sent(run, db_path):
    ids = [add(run, f"https://www.facebook.com/fake.bank.{n}") for n in range(3)]
    notice = send(run, *map(str, ids), "--at", "2025-05-12T04:00:00Z", "--lang", "kk")
    assert notice["violation_ids"] == ids and notice["recipient"].startswith("Meta")
    for n in range(3):
        assert f"    {n + 1}) https://www.facebook.com/fake.bank.{n}\n" in notice["text"]  # exact, one a line
    assert "(3)" in notice["text"] and "расталған жоқ" in notice["text"]
    assert [s[1] for s in statuses(db_path)] == ["notice_sent"] * 3
    code, out, _ = run("notices", "due")
    assert code == 0 and "(+2)" in out


def test_a_refused_violation_sends_nothing(run, db_path):
    a, b = add(run, "https://a.example/"), add(run, "https://b.example/")
    run("violations", "close", str(b), "--reason", "legitimate")
    code, _, err = run("notices", "send", str(a), str(b))
    assert code == 1 and "cannot become notice_sent" in err
    with reading(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM notices").fetchone() == (0,)
    assert statuses(db_path)[0][1] == "detected"


def test_bulk_outcomes_per_address_in_one_transaction(run, db_path):
    a, b, c = (add(run, f"https://bonus.example/{n}") for n in "abc")
    first = send(run, str(a), str(b), "--at", "2025-05-12T04:00:00Z")
    second = send(run, str(c), "--at", "2025-05-12T04:00:00Z")
    code, out, err = run("notices", "resolve", str(first["id"]), "--violation", str(b), "--removed",
                         "--at", "2025-05-12T09:00:00Z")
    assert code == 0, err
    assert f"notice {first['id']}, violation {b}: removed in time" in err
    code, out, err = run("notices", "resolve", str(first["id"]), str(second["id"]), "--removed",
                         "--at", "2025-05-12T11:00:00Z", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert [(r["violation_id"], r["outcome"], r["in_time"]) for r in report] == [(a, "removed", False),
                                                                                 (c, "removed", False)]
    assert statuses(db_path) == [(a, "removed", 0), (b, "removed", 1), (c, "removed", 0)]
    with reading(db_path) as conn:
        assert conn.execute("SELECT outcome FROM notices ORDER BY id").fetchall() == [("removed",), ("removed",)]


def test_one_refused_notice_in_a_bulk_outcome_changes_nothing(run, db_path):
    a, b = add(run, "https://bonus.example/a"), add(run, "https://bonus.example/b")
    first = send(run, str(a), "--at", "2025-05-12T04:00:00Z")
    second = send(run, str(b), "--at", "2025-05-12T04:00:00Z")
    run("notices", "resolve", str(second["id"]), "--not-removed", "--at", "2025-05-12T11:00:00Z")
    code, _, err = run("notices", "resolve", str(first["id"]), str(second["id"]), "--removed")
    assert code == 1 and "already resolved" in err
    assert statuses(db_path)[0][1] == "notice_sent"


def test_a_notice_resolved_in_parts_is_not_removed_if_one_address_stayed(db_path):
    db = open_workspace(db_path)
    ids = [workflow.add_violation(db, f"https://x.example/{n}", violation_type="phishing")["id"] for n in "ab"]
    notice = notices.send_notice(db, ids, sent_at="2025-05-12T04:00:00Z")
    notices.resolve_notice(db, notice["id"], removed=True, at="2025-05-12T05:00:00Z", violation_id=ids[0])
    assert notices.get_notice(db, notice["id"])["outcome"] == "pending"
    assert [n["violation_ids"] for n in notices.due_notices(db)] == [[ids[1]]]
    done = notices.resolve_notice(db, notice["id"], removed=False, at="2025-05-12T12:00:00Z")
    assert done["outcome"] == "not_removed"
    assert [v["outcome"] for v in done["violations"]] == ["removed", "not_removed"]
    db.close()


def test_the_pdf_of_a_notice_says_where_its_deadline_runs_from(run):
    v = add(run, "https://bonus.example/a")
    notice = send(run, str(v), "--at", "2025-05-12T04:00:00Z", "--received-at", "2025-05-12T05:00:00Z",
                  "--lang", "en")
    pdf = notice_pdf_bytes(notice["text"])
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "the term set by law ends on" in " ".join(text.split())
