"""A workspace seeded before the taxonomy followed the glossary takes the new names, unless the analyst renamed."""

import json
import sqlite3

from sqlite_utils import Database

from workstation.core.db import audit, schema
from workstation.core.paths import resources_dir
from workstation.core.workspace import open_workspace

_OLD = {  # as resources/taxonomy.json seeded them before step 15
    "topic.resonant": ("topic", "Resonant topic", "Резонансная тема", "Резонансты тақырып"),
    "violation.other_prohibited": ("violation_type", "Other prohibited content", "Иной запрещённый контент",
                                   "Өзге де тыйым салынған контент"),
    "fake.technology": ("fake_category", "Technology and mobile communications", "Технологии и мобильная связь",
                        "Технологиялар және ұялы байланыс"),
}


def _seeded_at_step_14(path) -> None:
    db = Database(sqlite3.connect(path))
    schema.migrate(db, 14)
    for n, (key, (kind, en, ru, kk)) in enumerate(_OLD.items(), start=1):
        db.execute("INSERT INTO tags (uuid, key, kind, name_en, name_ru, name_kk, created_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, '2025-01-01T00:00:00Z')", [f"u-t{n}", key, kind, en, ru, kk])
    # The analyst renamed one seeded tag in Russian only.
    db.execute("UPDATE tags SET name_ru = 'Запрещённый контент (иное)' WHERE key = 'violation.other_prohibited'")
    db.execute("INSERT INTO workspace_meta (key, value) VALUES ('taxonomy_seeded', '2025-01-01T00:00:00Z')")
    db.conn.commit()
    db.close()


def _names(db, key):
    return db.execute("SELECT name_en, name_ru, name_kk FROM tags WHERE key = ?", [key]).fetchone()


def test_unedited_seeded_tags_take_the_new_names_and_edited_ones_are_kept(tmp_path):
    path = tmp_path / "v14.db"
    _seeded_at_step_14(path)
    db = open_workspace(path)
    new = {t["key"]: (t["en"], t["ru"], t["kk"])
           for t in json.loads((resources_dir() / "taxonomy.json").read_text(encoding="utf-8"))["tags"]}
    assert _names(db, "topic.resonant") == new["topic.resonant"] == (
        "Negative or resonant topic", "Негативная или резонансная тема", "Жағымсыз немесе резонансты тақырып")
    assert _names(db, "fake.technology") == new["fake.technology"]
    assert _names(db, "violation.other_prohibited") == (
        "Other prohibited content", "Запрещённый контент (иное)", "Өзге де тыйым салынған контент")
    # The rename is in the tag's history, and the audit chain still holds.
    tag_id = db.execute("SELECT id FROM tags WHERE key = 'topic.resonant'").fetchone()[0]
    (entry,) = audit.history(db, "tag", tag_id)
    assert entry["action"] == "rename" and entry["old"]["name_en"] == "Resonant topic"
    assert audit.verify_chain(db) == []
    db.close()


def test_a_new_workspace_is_seeded_with_the_new_names(tmp_path):
    db = open_workspace(tmp_path / "new.db")
    assert _names(db, "violation.other_prohibited")[1] == "Иная запрещённая законом информация"
    assert db.execute("SELECT count(*) FROM audit_log WHERE entity = 'tag'").fetchone()[0] == 0
    db.close()
