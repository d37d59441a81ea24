"""`cases import` of past cases and refutations: each row keeps its own times (in the workspace's zone), so the
figures by month afterwards show the imported refutations in their months; rows that cannot be recorded whole are
skipped with their line number and reason, leaving nothing behind."""

import json

import pytest

from tests.support.engines import reading
from workstation.core.db.settings import set_setting
from workstation.core.workspace import open_workspace

CASES = """title,category,detected_at,refuted_at,channel,url,claim,state_body,status
Жалған ұтыс,fake.prize_draws,2022-09-30 20:00,2022-09-30 23:59,official_website,https://gov.kz/r/1,,Minfin,
Фейк о мобилизации,,2022-09-30 22:00,2022-10-01 00:00,stopfake,https://stopfake.example/2,Мобилизация,,
Бағасыз газ,,01.11.2022 10:00,,,,,,
Ошибочный,,2022-11-02,,,,,,dismissed
,,2022-11-03,,,,,,
Без канала,,2022-11-04,2022-11-05,,,,,
Опровергнут раньше,,2022-11-06,2022-11-05,stopfake,,,,
Неизвестный канал,,2022-11-07,2022-11-08,pigeon_post,,,,
Жалған ұтыс,,2022-09-30 20:00,,,,,,
Плохая категория,no such category,2022-11-09,2022-11-10,stopfake,,,,
"""


@pytest.fixture
def register(tmp_path, db_path):
    db = open_workspace(db_path)
    set_setting(db, "timezone", "Asia/Almaty")
    db.close()
    path = tmp_path / "cases.csv"
    path.write_text(CASES, encoding="utf-8")
    return path


def test_each_case_and_refutation_keeps_its_own_times_in_the_workspace_zone(run, register, db_path):
    code, out, err = run("cases", "import", str(register), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert len(report["created"]) == 4 and report["refutations"] == 2
    with reading(db_path) as conn:
        rows = conn.execute("SELECT title, status, detected_at, first_response_at, state_body FROM cases "
                            "ORDER BY id").fetchall()
        assert rows == [  # Almaty was +06:00 in 2022
            ("Жалған ұтыс", "refuted", "2022-09-30T14:00:00Z", "2022-09-30T17:59:00Z", "Minfin"),
            ("Фейк о мобилизации", "refuted", "2022-09-30T16:00:00Z", "2022-09-30T18:00:00Z", ""),
            ("Бағасыз газ", "confirmed", "2022-11-01T04:00:00Z", None, ""),
            ("Ошибочный", "dismissed", "2022-11-01T18:00:00Z", None, "")]
        refutations = conn.execute("SELECT channel, url, published_at FROM refutations ORDER BY id").fetchall()
        assert refutations == [("official_website", "https://gov.kz/r/1", "2022-09-30T17:59:00Z"),
                               ("stopfake", "https://stopfake.example/2", "2022-09-30T18:00:00Z")]


def test_the_audit_entries_carry_the_rows_times_and_are_recorded_now(run, register, db_path):
    run("cases", "import", str(register))
    with reading(db_path) as conn:
        history = conn.execute("SELECT action, at, recorded_at FROM audit_log WHERE entity = 'case' AND entity_id = "
                               "(SELECT id FROM cases WHERE title = 'Фейк о мобилизации') ORDER BY id").fetchall()
    assert [(action, at) for action, at, _ in history] == [
        ("create", "2022-09-30T16:00:00Z"), ("add_refutation", "2022-09-30T18:00:00Z"),
        ("first_response", "2022-09-30T18:00:00Z"), ("status", "2022-09-30T18:00:00Z"),
        ("status", "2022-09-30T18:00:00Z")]
    assert all(recorded > "2024" for _action, _at, recorded in history)
    code, out, _err = run("audit", "late", "--json")
    assert code == 0 and "2022-09-30T16:00:00Z" in out


def test_rows_that_cannot_be_recorded_whole_are_reported_with_line_and_reason(run, register, db_path):
    code, out, err = run("cases", "import", str(register), "--json")
    skipped = {s["line"]: s["reason"] for s in json.loads(out)["skipped"]}
    assert set(skipped) == {6, 7, 8, 9, 10, 11}
    assert skipped[6] == "no title"
    assert "channel" in skipped[7] and "before detected_at" in skipped[8] and "pigeon_post" in skipped[9]
    assert "already recorded as case 1" in skipped[10]
    assert "no such category" in skipped[11]
    assert "line 11:" in err and "4 cases imported with 2 refutations; 6 rows skipped" in err
    with reading(db_path) as conn:  # the skipped rows left nothing behind
        assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 4
        assert conn.execute("SELECT count(*) FROM refutations").fetchone()[0] == 2


def test_importing_the_same_file_again_adds_nothing(run, register, db_path):
    run("cases", "import", str(register))
    code, out, _err = run("cases", "import", str(register), "--json")
    assert code == 0 and json.loads(out)["created"] == []


def test_stats_by_month_show_the_imported_refutations_in_their_months(run, register):
    run("cases", "import", str(register))
    code, out, err = run("stats", "--from", "2022-01-01", "--to", "2022-12-31", "--json")
    assert code == 0, err
    months = {m["month"]: m["count"] for m in json.loads(out)["refutations"]["per_month"]}
    assert months["2022-09"] == 1 and months["2022-10"] == 1  # 23:59 and 00:00 in Almaty, either side of the month
    code, out, _err = run("stats", "--from", "2022-01-01", "--to", "2022-09-30", "--json")
    assert json.loads(out)["refutations"]["total"] == 1
