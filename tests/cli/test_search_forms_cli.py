"""search --explain, cases similar --json and db reindex from the command line, on the demo workspace."""

import json

import pytest

from workstation.cli import main
from workstation.core.workspace.demo import build_demo


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    return build_demo(tmp_path_factory.mktemp("demo") / "demo.db")


def run(path, capsys, *args):
    code = main(["--db", str(path), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_search_explain_prints_the_forms_each_word_matched(demo_path, capsys):
    code, out, err = run(demo_path, capsys, "search", "мошенник", "--explain")
    assert code == 0
    assert "мошенник: exact «мошенник»; word forms: мошенник" in err
    assert len(out.splitlines()) >= 5


def test_cases_similar_json_gives_score_and_reason(demo_path, capsys):
    code, out, _err = run(demo_path, capsys, "cases", "similar", "1", "--json")
    assert code == 0
    rows = json.loads(out)
    assert rows and all({"score", "reason", "refutation"} <= set(r) for r in rows)
    assert all(set(r["reason"]) == {"forms", "entities"} for r in rows)


def test_db_reindex_on_an_up_to_date_workspace_says_so(demo_path, capsys):
    code, _out, err = run(demo_path, capsys, "db", "reindex")
    assert code == 0 and "up to date" in err
