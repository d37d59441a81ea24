"""The demo workspace fills every Statistics table for the year to date, and each case's claim is in its case's
language (issue 14)."""

import json

import pytest

from tests.support.engines import is_team
from workstation.core.language import detect_language
from workstation.core.workspace import open_workspace
from workstation.core.workspace.demo import build_demo


@pytest.fixture
def demo(run, db_path):
    """``workstation demo`` at the test's workspace; a team workspace refuses the command (the demo is a file of
    its own, see cli/db_cmd.py), so there the same demo is built by the function the command calls."""
    def _demo() -> int:
        if is_team(db_path):
            build_demo(db_path)
            return 0
        return run("demo")[0]
    return _demo


def test_demo_stats_for_the_year_to_date_have_every_figure(run, demo, db_path):
    assert demo() == 0
    code, out, _err = run("stats", "--json")
    assert code == 0
    figures = json.loads(out)
    briefings = figures["briefings"]
    assert briefings["briefings"] >= 8 and len(briefings["briefings_by_body"]) >= 3
    assert briefings["plan_items"] >= 8
    assert briefings["plan_done"] and briefings["plan_moved"] and briefings["plan_cancelled"]
    assert len(figures["state_bodies"]) >= 3
    assert any(b["publications"] for b in figures["state_bodies"])
    assert any(b["refutations"] for b in figures["state_bodies"])
    assert figures["media_origin"]["domestic"] > 0 and figures["media_origin"]["foreign"] > 0
    db = open_workspace(db_path)
    try:
        assert db.execute("SELECT count(*) FROM cases WHERE state_body = ''").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM media_plan_events WHERE status = 'planned'").fetchone()[0] >= 1
        countries = {r[0] for r in db.execute("SELECT country FROM sources")}
        assert {"KZ", "RU", "US"} <= countries
    finally:
        db.close()


def test_demo_case_claims_are_in_their_case_language(demo, db_path):
    assert demo() == 0
    db = open_workspace(db_path)
    try:
        rows = db.execute("SELECT title, claim FROM cases").fetchall()
    finally:
        db.close()
    assert len(rows) >= 15
    for title, claim in rows:
        assert detect_language(claim) == detect_language(title), (title, claim)
        assert detect_language(claim) in ("kk", "ru"), claim


def test_demo_notices_are_complete_letters(demo, db_path):
    assert demo() == 0
    db = open_workspace(db_path)
    try:
        rows = db.execute("SELECT number, lang, text FROM notices").fetchall()
    finally:
        db.close()
    assert rows
    for number, lang, text in rows:
        assert number.startswith("04-2/") and lang == "ru"
        assert "[" not in text, text  # no field named as missing ("[получатель не указан]")
        assert "Центр мониторинга СМИ (демо)" in text and "А. Демеуова" in text
