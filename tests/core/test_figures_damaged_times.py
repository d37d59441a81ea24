"""A time another program left in a record (a SQLite client: text that is no time, bytes) never ends the figures
with a traceback or a bare "Invalid isoformat string", and never drops the record silently: the figures, the
report and the drill-down name the record and its field; the golden-hour clocks of the other cases still run."""

import datetime as dt
import sqlite3

import pytest

from tests.fixtures_stats import ALMATY, fill_stats_workspace
from workstation.cli import main
from workstation.core import clock
from workstation.core.cases import golden_hour
from workstation.core.cases import workflow as cases
from workstation.core.errors import WorkstationError
from workstation.core.figures import drilldown, stats
from workstation.core.workspace import open_workspace

NOW = dt.datetime(2025, 6, 1, tzinfo=dt.timezone.utc)


@pytest.fixture
def workspace(tmp_path):
    """The hand-counted workspace, as a file another program can open, with two resonant cases."""
    clock.set_clock(lambda: dt.datetime(2025, 2, 20, 9, 0, tzinfo=dt.timezone.utc))
    path = tmp_path / "w.db"
    db = fill_stats_workspace(open_workspace(path))
    answered = cases.create_case(db, "Жалған хабар", resonant=True, detected_at="2025-02-20T08:00:00Z")
    cases.add_response(db, answered["id"], channel="stopfake", published_at="2025-02-20T08:30:00Z")
    waiting = cases.create_case(db, "Ложное сообщение", resonant=True, detected_at="2025-02-20T08:10:00Z")
    db.close()
    return path, answered["id"], waiting["id"]


def damage(path, sql):
    with sqlite3.connect(path) as other_program:
        other_program.execute(sql)


DAMAGE = [
    ("UPDATE notices SET resolved_at = 'abc' WHERE outcome = 'removed' AND id = (SELECT min(id) FROM notices "
     "WHERE outcome = 'removed')", "notices #", "resolved_at 'abc'"),
    ("UPDATE cases SET first_response_at = x'fffe' WHERE first_response_at IS NOT NULL AND resonant = 1", "cases #",
     "first_response_at x'fffe'"),
    ("UPDATE media_plan_events SET done_at = 'вчера' WHERE status = 'done'", "media_plan_events #",
     "done_at 'вчера'"),
]


@pytest.mark.parametrize("sql, record, holds", DAMAGE)
def test_the_figures_and_the_report_name_the_damaged_record(workspace, tmp_path, capsys, sql, record, holds):
    path, _answered, _waiting = workspace
    damage(path, sql)
    for command in (["stats"], ["report", "--out", str(tmp_path / "r.pdf")]):
        code = main(["--db", str(path), *command, "--from", "2025-01-01", "--to", "2025-03-31", "--tz",
                     "Asia/Almaty"])
        err = capsys.readouterr().err.strip()
        assert code == 1 and len(err.splitlines()) == 1 and "Traceback" not in err, err
        assert err.startswith("workstation: the figures were not computed: " + record) and holds in err, err
    assert not (tmp_path / "r.pdf").exists()


def test_the_golden_hour_clocks_pass_over_a_case_whose_detection_is_no_time(workspace):
    path, answered, waiting = workspace
    other = open_workspace(path)
    late = cases.create_case(other, "Тағы бір жалған хабар", resonant=True, detected_at="2025-02-20T08:20:00Z")
    other.close()
    # Hour 25 sorts inside the period, so the drill-down selects the case and must read its time
    damage(path, f"UPDATE cases SET detected_at = '2025-02-20T25:10:00Z' WHERE id = {waiting}")
    db = open_workspace(path)
    assert [c["id"] for c in golden_hour.running_clocks(db, now=NOW)] == [late["id"]]
    since, until = stats.period_bounds(dt.date(2025, 2, 1), dt.date(2025, 2, 28), ALMATY)
    with pytest.raises(WorkstationError) as named:
        drilldown.resonant_cases(db, since, until, "late", now=NOW)
    assert named.value.params == {"record": f"cases #{waiting}", "field": "detected_at",
                                  "value": "'2025-02-20T25:10:00Z'"}
    db.close()


def test_the_period_to_open_on_passes_over_a_time_that_is_none(workspace):
    """For an empty period the Statistics tab offers the nearest month with data; a record whose time sorts after
    every real time ('x' > '2026-…': the only "later" case) stopped it with "Invalid isoformat string"."""
    from workstation.core.figures import activity

    path, _answered, waiting = workspace

    def nearest():
        db = open_workspace(path)
        try:
            return activity.nearest_period_with_data(db, dt.date(2026, 1, 1), dt.date(2026, 1, 31), ALMATY,
                                                     dt.date(2026, 6, 1))
        finally:
            db.close()

    before = nearest()
    damage(path, f"UPDATE cases SET detected_at = 'x' WHERE id = {waiting}")
    assert nearest() == before and before[0] < dt.date(2026, 1, 1)


def check_lines(capsys) -> list[str]:
    out = capsys.readouterr()
    return (out.out + out.err).splitlines()


@pytest.mark.parametrize("sql, record, holds", DAMAGE)
def test_the_full_check_names_a_time_that_is_no_time(workspace, capsys, sql, record, holds):
    path, _answered, _waiting = workspace
    assert main(["--db", str(path), "db", "check"]) == 0
    assert check_lines(capsys) == ["ok"]
    damage(path, sql)
    assert main(["--db", str(path), "db", "check"]) == 1
    named = [line for line in check_lines(capsys) if "which is no time" in line]
    field, value = holds.split(" ", 1)
    # The record named, and any copy of its field (a notice's outcome is kept per violation too).
    assert any(line.startswith("damaged: " + record) for line in named), named
    assert all(line.endswith(f": {field} holds {value}, which is no time") for line in named), named


def test_the_full_check_names_twenty_times_and_counts_the_rest(workspace, capsys, monkeypatch):
    from workstation.core.db import integrity

    monkeypatch.setattr(integrity, "VALUES_PAGE", 7)  # pages end inside the damaged rows
    path, _answered, _waiting = workspace
    db = open_workspace(path)
    for number in range(25):
        cases.create_case(db, f"Жалған хабар {number}")
    rows = db.execute("SELECT count(*) FROM cases").fetchone()[0]
    db.close()
    damage(path, "UPDATE cases SET updated_at = 42")
    assert main(["--db", str(path), "db", "check"]) == 1
    lines = check_lines(capsys)
    assert len([line for line in lines if line.endswith("updated_at holds '42', which is no time")]) == 20
    assert f"damaged: and {rows - 20} more times that are no time" in lines
