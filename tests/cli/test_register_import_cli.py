"""`violations import` of an existing register: each row keeps its own times (in the workspace's zone), its notice
and outcome; rows that cannot be recorded whole are skipped with their line number."""

import json

import pytest

from tests.support.engines import reading
from workstation.core.db.settings import set_setting
from workstation.core.workspace import open_workspace

REGISTER = """url,type,detected_at,status,notice_sent_at,notice_received_at,outcome,outcome_at,platform,order_reference
https://bonus.example/a,phishing,2022-01-15 09:00,removed,2022-01-15 10:00,2022-01-15 11:00,removed,2022-01-15 16:00,,
https://facebook.com/fb,phishing,2022-02-03T00:30,notice_sent,2022-02-03 01:00,,,,"Meta (Facebook, Instagram)",
hxxps://fraud[.]example/x,phishing,01.03.2022 12:00,unfounded,,,,,,
https://bad.example/,no such type,2022-03-01,,,,,,,
not an address,phishing,2022-03-01,,,,,,,
https://late.example/,phishing,2022-04-01 09:00,removed,,,,,,
https://bonus.example/a,phishing,2022-05-01,,,,,,,
https://order.example/,phishing,2022-06-01 09:00,restricted,2022-06-01 10:00,,not_removed,2022-06-01 17:00,,№ 12/3
"""


@pytest.fixture
def register(tmp_path, db_path):
    db = open_workspace(db_path)
    set_setting(db, "timezone", "Asia/Almaty")
    db.close()
    path = tmp_path / "register.csv"
    path.write_text(REGISTER, encoding="utf-8")
    return path


def test_each_row_keeps_its_own_times_in_the_workspace_zone(run, register, db_path):
    code, out, err = run("violations", "import", str(register), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert len(report["created"]) == 4
    with reading(db_path) as conn:
        rows = conn.execute("SELECT url, status, detected_at, removed_in_time FROM violations ORDER BY id").fetchall()
        assert rows == [
            ("https://bonus.example/a", "removed", "2022-01-15T03:00:00Z", 1),  # Almaty was +06:00 in 2022
            ("https://facebook.com/fb", "notice_sent", "2022-02-02T18:30:00Z", None),
            ("https://fraud.example/x", "unfounded", "2022-03-01T06:00:00Z", None),
            ("https://order.example/", "restricted", "2022-06-01T03:00:00Z", None)]
        notices = conn.execute("SELECT sent_at, received_at, deadline_at, outcome, recipient FROM notices "
                               "ORDER BY id").fetchall()
        assert notices[0] == ("2022-01-15T04:00:00Z", "2022-01-15T05:00:00Z", "2022-01-15T11:00:00Z", "removed",
                              "Администрация интернет-ресурса bonus.example")
        assert notices[1][4] == "Meta (Facebook, Instagram)"
        assert conn.execute("SELECT order_ref FROM restrictions").fetchall() == [("№ 12/3",)]
        # The history is entered at the row's times; recorded now, so `audit late` lists it.
        created = conn.execute("SELECT at FROM audit_log WHERE entity = 'violation' AND action = 'create' "
                               "ORDER BY id").fetchall()
        assert created[0] == ("2022-01-15T03:00:00Z",)
    code, out, _ = run("audit", "late", "--json")
    assert code == 0 and len(json.loads(out)) > 4


def test_skipped_rows_are_reported_with_line_numbers_and_reasons(run, register, db_path):
    code, _, err = run("violations", "import", str(register))
    assert code == 0
    assert "4 violations imported; 4 rows skipped" in err
    assert "line 5:" in err and "no such type" in err
    assert "line 6: not an address" in err
    assert "line 7: status removed needs notice_sent_at" in err
    assert "line 8: already recorded as violation 1" in err
    with reading(db_path) as conn:  # a skipped row leaves nothing behind
        assert conn.execute("SELECT count(*) FROM violations").fetchone() == (4,)
        assert conn.execute("SELECT count(*) FROM violations WHERE url LIKE '%late.example%'").fetchone() == (0,)


def test_an_empty_date_from_1c_is_empty_and_a_time_out_of_range_skips_only_its_row(run, tmp_path, db_path):
    """1C writes an empty date as 01.01.0001 0:00:00; a time before year 1 in UTC stopped the whole import with an
    OverflowError."""
    db = open_workspace(db_path)
    set_setting(db, "timezone", "Asia/Almaty")
    db.close()
    path = tmp_path / "from_1c.csv"
    path.write_text("url;type;detected_at;status;notice_sent_at;notice_received_at\n"
                    "https://a.example/;phishing;15.01.2022 9:00:00;notice_sent;15.01.2022 10:00:00;"
                    "01.01.0001 0:00:00\n"
                    "https://b.example/;phishing;01.01.0001 3:00:00;;;\n"
                    "https://c.example/;phishing;9999-12-31T23:59-05:00;;;\n"
                    "https://d.example/;phishing;16.01.2022 9:00:00;;;\n", encoding="utf-8")
    code, _, err = run("violations", "import", str(path))
    assert code == 0, err
    assert "2 violations imported; 2 rows skipped" in err
    assert "line 3: not a time: 01.01.0001 3:00:00" in err and "line 4: not a time: 9999-12-31T23:59-05:00" in err
    with reading(db_path) as conn:
        assert conn.execute("SELECT url, detected_at FROM violations ORDER BY id").fetchall() == [
            ("https://a.example/", "2022-01-15T03:00:00Z"), ("https://d.example/", "2022-01-16T03:00:00Z")]
        assert conn.execute("SELECT sent_at, received_at FROM notices").fetchall() == [("2022-01-15T04:00:00Z", None)]


def test_a_register_with_carriage_returns_and_a_long_cell_is_read_whole(run, tmp_path, db_path):
    """A lone carriage return (an old Mac export) made the csv module refuse the whole file with a traceback, and so
    did one cell above 128 KiB."""
    path = tmp_path / "mac.csv"
    path.write_bytes(("url,type,detected_at,order_reference\r"
                      "https://a.example/,phishing,2022-01-15 09:00,\r"
                      f"https://b.example/,phishing,2022-01-16 09:00,{'№ ' + 'x' * 200_000}\r").encode())
    code, _, err = run("violations", "import", str(path))
    assert code == 0, err
    assert "2 violations imported" in err
    with reading(db_path) as conn:
        assert [row[0] for row in conn.execute("SELECT url FROM violations ORDER BY id")] == [
            "https://a.example/", "https://b.example/"]


def test_a_plain_list_of_addresses_still_needs_a_type(run, tmp_path):
    path = tmp_path / "list.txt"
    path.write_text("https://a.example/\nhttps://b.example/\n", encoding="utf-8")
    code, _, err = run("violations", "import", str(path))
    assert code == 2 and "--type" in err
    code, _, err = run("violations", "import", str(path), "--type", "phishing")
    assert code == 0 and "2 violations created" in err
