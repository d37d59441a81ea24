"""Exit codes as the README gives them: 2 and one line for wrong or impossible arguments, 1 for a failed operation.

Every command runs against a real workspace: a SQLite file in a temporary folder (or a team workspace)."""

import subprocess
import sys

import pytest

from tests.support.engines import workspace_exists
from workstation.cli import main


@pytest.fixture
def run(db_path, capsys):
    def _run(*args):
        try:
            code = main(["--db", str(db_path), *args])
        except SystemExit as exit_info:  # argparse's own checks, type= converters included
            code = exit_info.code
        out, err = capsys.readouterr()
        return code, out, err
    return _run


def run_program(db_path, *args):
    return subprocess.run([sys.executable, "-m", "workstation", "--db", str(db_path), *args], capture_output=True,
                          text=True, timeout=60)


@pytest.mark.new_workspace
def test_fetch_with_zero_jobs_is_a_wrong_argument(db_path):
    proc = run_program(db_path, "fetch", "--jobs", "0")
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and "--jobs" in proc.stderr
    assert not workspace_exists(db_path)  # refused before the workspace was opened


def test_stats_period_ending_before_it_starts_is_a_wrong_argument(db_path):
    proc = run_program(db_path, "stats", "--from", "2022-02-01", "--to", "2022-01-01")
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "ends before it starts" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.new_workspace
@pytest.mark.parametrize("args", [
    ("items", "list", "--limit", "0"),
    ("search", "банк", "--limit", "-5"),
    ("cases", "similar", "1", "--limit", "0"),
    ("sources", "add", "https://news.kz/rss", "--interval", "0"),
    ("sources", "add", "https://news.kz/rss", "--encoding", "no-such-charset"),
    ("notices", "text"),
    ("notices", "text", "1", "--violation", "1"),
])
def test_impossible_argument_values_exit_2_before_the_workspace_is_opened(run, db_path, args):
    code, out, err = run(*args)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert not workspace_exists(db_path)


@pytest.mark.new_workspace
@pytest.mark.parametrize("args, message", [
    (("cases", "new", "--title", "Фейк", "--at", "вчера"), "not a date: вчера"),
    (("violations", "add", "https://evil.kz/x", "--type", "phishing", "--at", "2025-13-40"), "not a date"),
    (("bundle", "export", "out.zip", "--since", "2025-02-01", "--until", "2025-01-01"), "ends before it starts"),
    (("stats", "--tz", "Mars/Olympus_Mons"), "unknown time zone: Mars/Olympus_Mons"),
    (("stats", "--from", "2025-02-30"), "not a date: 2025-02-30"),
])
def test_wrong_dates_periods_and_zones_exit_2_with_one_line(run, db_path, args, message):
    code, _, err = run(*args)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and err.startswith("workstation: ") and message in err
    assert not workspace_exists(db_path)


def test_tag_without_a_tag_to_add_or_remove_exits_2(run):
    code, _, err = run("tag", "1")
    assert code == 2 and "--add TAG" in err and len(err.strip().splitlines()) == 1


def test_empty_reason_or_title_is_a_wrong_argument(run):
    code, _, err = run("cases", "new", "--title", "  ")
    assert code == 2 and "a case needs a title" in err
    assert run("cases", "new", "--title", "Фейк")[0] == 0
    code, _, err = run("cases", "status", "1", "dismissed")
    assert code == 2 and "needs a reason" in err


@pytest.mark.parametrize("args, message", [
    (("violations", "close", "99", "--reason", "legitimate"), "no violation with id 99"),
    (("items", "list", "--source", "99"), "no source with id 99"),
    (("fetch", "--source", "99"), "no source with id 99"),
    (("bundle", "export", "out.zip", "--case", "99"), "no case with id 99"),
    (("notices", "text", "99"), "no notice with id 99"),
])
def test_unknown_ids_are_failed_operations(run, args, message):
    code, _, err = run(*args)
    assert code == 1
    assert err.strip() == f"workstation: {message}"


def test_a_refused_status_change_is_a_failed_operation(run):
    run("cases", "new", "--title", "Фейк")
    code, _, err = run("cases", "status", "1", "new")
    assert code == 1 and "cannot become new" in err
    assert run("cases", "status", "1", "confirmed")[0] == 0
    code, _, err = run("cases", "status", "1", "refuted")
    assert code == 1 and "recording its refutation" in err
