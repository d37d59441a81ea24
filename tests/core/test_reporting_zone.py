"""One reporting time zone per workspace: set at creation from the system's IANA zone, validated, used for every
day boundary, month bucket, date argument and CSV date, with the zone's historical offsets, whatever the
computer's own zone (docs/FIGURES.md, "Time zone")."""

from __future__ import annotations

import json
import os
import time

import pytest

from workstation.cli import main
from workstation.core import clock
from workstation.core.cases import workflow as cases
from workstation.core.db import settings
from workstation.core.errors import BadArgument
from workstation.core.figures import briefings
from workstation.core.workspace import open_workspace

# The zone is set when a workspace is created: each test creates its own.
pytestmark = pytest.mark.new_workspace


@pytest.fixture
def machine_zone():
    """Set the computer's zone (TZ) for one test, as `TZ=Europe/Moscow workstation …` would."""
    before = os.environ.get("TZ")

    def use(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()
        settings.tzlocal.reload_localzone()  # tzlocal remembers the first zone it found

    yield use
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()
    settings.tzlocal.reload_localzone()
    clock.set_zone(None)


def refute(db, title: str, at: str) -> None:
    case = cases.create_case(db, title, category="fake.5g", detected_at=at)
    cases.add_response(db, case["id"], channel="stopfake", published_at=at)


def stats_json(db_path, capsys, *args: str) -> dict:
    capsys.readouterr()
    assert main(["--db", str(db_path), "stats", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_new_workspace_reports_in_the_computers_zone(machine_zone, db_path):
    machine_zone("Asia/Kolkata")
    with open_workspace(db_path) as db:
        assert settings.get_setting(db, "timezone") == "Asia/Kolkata"


def test_a_computer_whose_zone_cannot_be_told_gives_almaty(monkeypatch, db_path):
    monkeypatch.setattr(settings.tzlocal, "get_localzone_name", lambda: None)
    with open_workspace(db_path) as db:
        assert settings.get_setting(db, "timezone") == "Asia/Almaty"


def test_a_workspace_made_before_the_setting_keeps_almaty(machine_zone, db_path):
    with open_workspace(db_path) as db:
        db.execute("DELETE FROM workspace_meta WHERE key = 'setting.timezone'")
        db.conn.commit()
    machine_zone("Europe/Moscow")
    with open_workspace(db_path) as db:
        assert settings.get_setting(db, "timezone") == "Asia/Almaty"


@pytest.mark.parametrize("name", ["Mars/Olympus", "+05:00", "", "../etc/passwd"])
def test_an_unknown_zone_is_refused(db, name):
    with pytest.raises(BadArgument):
        settings.set_setting(db, "timezone", name)
    assert settings.get_setting(db, "timezone") == settings.get_setting(db, "timezone")


def test_cli_settings_set_and_show(db_path, capsys):
    assert main(["--db", str(db_path), "settings", "set", "timezone", "Asia/Kolkata"]) == 0
    assert main(["--db", str(db_path), "settings", "set", "organisation", "Ministry"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "settings", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["timezone"] == "Asia/Kolkata" and shown["organisation"] == "Ministry"
    assert set(shown) == set(settings.DEFAULTS)
    assert main(["--db", str(db_path), "settings", "set", "timezone", "+05:00"]) == 2


def test_almaty_2022_period_edges_at_utc_plus_6(machine_zone, db_path, capsys):
    machine_zone("Asia/Almaty")
    with open_workspace(db_path) as db:
        assert settings.get_setting(db, "timezone") == "Asia/Almaty"
        refute(db, "last minute of September", "2022-09-30T17:59:00Z")  # 23:59 +06:00: in
        refute(db, "first minute of October", "2022-09-30T18:00:00Z")  # 2022-10-01 00:00 +06:00: out
    figures = stats_json(db_path, capsys, "--from", "2022-01-01", "--to", "2022-09-30")
    assert figures["period"] == {"from": "2021-12-31T18:00:00Z", "to": "2022-09-30T18:00:00Z"}
    assert figures["refutations"]["total"] == 1
    assert figures["refutations"]["per_month"][-1] == {"month": "2022-09", "count": 1}


def test_the_computers_zone_does_not_change_an_almaty_workspaces_figures(machine_zone, db_path, capsys):
    machine_zone("Asia/Almaty")
    with open_workspace(db_path) as db:
        refute(db, "in", "2022-09-30T17:59:00Z")
        refute(db, "out", "2022-09-30T18:00:00Z")
    almaty = stats_json(db_path, capsys, "--from", "2022-01-01", "--to", "2022-09-30")
    machine_zone("Europe/Moscow")
    assert stats_json(db_path, capsys, "--from", "2022-01-01", "--to", "2022-09-30") == almaty
    # --at without an offset and a CSV date are read in the workspace's zone too: 11:00 in Almaty in 2022.
    assert main(["--db", str(db_path), "briefings", "add", "--at", "2022-05-04T11:00", "--body", "МИОР"]) == 0
    with open_workspace(db_path) as db:
        briefings.import_briefings_csv(db, "date,state_body\n2022-05-04 11:00,МИОР\n")
        assert [r["held_at"] for r in db.query("SELECT held_at FROM briefings")] == ["2022-05-04T05:00:00Z"] * 2


def test_the_1_march_2024_change_to_utc_plus_5(machine_zone, db_path, capsys):
    machine_zone("Asia/Almaty")
    with open_workspace(db_path) as db:
        # At 00:00 +06:00 on 1 March 2024 the clocks went back to 23:00 +05:00 on 29 February: that hour repeats.
        refute(db, "February, 23:59 +06", "2024-02-29T17:59:00Z")
        refute(db, "February, the repeated hour", "2024-02-29T18:30:00Z")  # 23:30 +05:00 on 29 February
        refute(db, "March, first minute", "2024-02-29T19:00:00Z")  # 2024-03-01 00:00 +05:00
        refute(db, "March, last minute", "2024-03-31T18:59:00Z")  # 23:59 +05:00
        refute(db, "April, first minute", "2024-03-31T19:00:00Z")  # 2024-04-01 00:00 +05:00
    march = stats_json(db_path, capsys, "--from", "2024-03-01", "--to", "2024-03-31")
    assert march["period"] == {"from": "2024-02-29T19:00:00Z", "to": "2024-03-31T19:00:00Z"}
    assert march["refutations"]["total"] == 2
    months = stats_json(db_path, capsys, "--from", "2024-02-01", "--to", "2024-04-30")["refutations"]["per_month"]
    assert [m["count"] for m in months] == [2, 2, 1]


def test_a_half_hour_zone_counts_00_15_on_1_december_in_december(machine_zone, db_path, capsys):
    machine_zone("Asia/Kolkata")
    with open_workspace(db_path) as db:
        refute(db, "00:15 on 1 December", "2024-11-30T18:45:00Z")  # +05:30
        refute(db, "23:59 on 30 November", "2024-11-30T18:29:00Z")
    months = stats_json(db_path, capsys, "--from", "2024-11-01", "--to", "2024-12-31")["refutations"]["per_month"]
    assert months == [{"month": "2024-11", "count": 1}, {"month": "2024-12", "count": 1}]
    machine_zone("Europe/Moscow")  # the computer moves; the workspace's zone does not
    assert stats_json(db_path, capsys, "--from", "2024-12-01", "--to", "2024-12-31")["refutations"]["total"] == 1


def test_tz_overrides_the_workspace_zone_for_one_command(machine_zone, db_path, capsys):
    machine_zone("Asia/Almaty")
    with open_workspace(db_path) as db:
        refute(db, "00:15 in Kolkata", "2024-11-30T18:45:00Z")  # 23:45 on 30 November in Almaty
    dec = stats_json(db_path, capsys, "--from", "2024-12-01", "--to", "2024-12-31", "--tz", "Asia/Kolkata")
    assert dec["refutations"]["total"] == 1
    assert stats_json(db_path, capsys, "--from", "2024-12-01", "--to", "2024-12-31")["refutations"]["total"] == 0
