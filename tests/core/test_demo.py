from workstation.core.db import integrity
from workstation.core.workspace import open_workspace
from workstation.core.workspace.demo import build_demo


def test_demo_workspace_has_kazakh_and_russian_items_cases_and_violations(tmp_path):
    path = build_demo(tmp_path / "demo.db")
    db = open_workspace(path)
    langs = dict(db.execute("SELECT lang, count(*) FROM items GROUP BY lang").fetchall())
    assert sum(langs.values()) >= 300
    assert langs["kk"] >= 100 and langs["ru"] >= 100
    assert db.execute("SELECT count(*) FROM sources WHERE last_error IS NOT NULL").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM cases WHERE status = 'refuted'").fetchone()[0] >= 10
    assert db.execute("SELECT count(*) FROM violations").fetchone()[0] >= 5
    assert db.execute("SELECT count(*) FROM item_tags").fetchone()[0] > 0  # the demo watch rules tagged items
    assert integrity.integrity_problems(db) == []
    build_demo(path)  # opening it again changes nothing
    assert db.execute("SELECT count(*) FROM items").fetchone()[0] == sum(langs.values())
