"""Every earlier schema version, filled with data, migrates forward to the latest without losing a row."""

import sqlite3

import pytest
from sqlite_utils import Database

from workstation.core.db import audit, bodies, integrity, schema
from workstation.core.db import connect as store
from workstation.core.errors import WorkstationError
from workstation.core.ingest.dedup import count_new_items
from workstation.core.items import compact, search
from workstation.core.workspace import open_workspace


def _has(db: Database, table: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [table]).fetchone() is not None


def _fill_v1(db: Database) -> None:
    db.execute("INSERT INTO sources (id, uuid, kind, url, name, created_at) "
               "VALUES (1, 'u-s1', 'rss', 'https://example.kz/rss', 'Example', '2025-01-01T00:00:00Z')")
    apart = _has(db, "item_bodies")  # from step 18 on, the body is kept apart
    db.execute("INSERT INTO items (id, uuid, source_id, title, published_at, first_seen_at, fetched_at, "
               "content_text, content_hash, read, starred) VALUES (1, 'u-i1', 1, 'Жалған ұтыс', "
               "'2025-01-02T10:00:00Z', '2025-01-02T10:05:00Z', '2025-01-02T10:05:00Z', ?, 'h1', 1, 1)",
               ["" if apart else "мәтін"])
    if apart:
        bodies.write(db, 1, "", "мәтін")
    db.execute("INSERT INTO items_fts(rowid, title, text) VALUES (1, 'жалган утыс', 'матин')")


def _fill_v2(db: Database) -> None:
    db.execute("INSERT INTO tags (id, uuid, key, kind, name_en, created_at) "
               "VALUES (1, 'u-t1', 'custom.x', 'custom', 'X', '2025-01-01T00:00:00Z')")
    db.execute("INSERT INTO item_tags (item_id, tag_id, analyst, created_at) VALUES (1, 1, 'Aigerim', '2025-01-02')")


def _fill_v3(db: Database) -> None:
    """Step 3 adds only indexes: nothing new to fill."""


def _fill_v4(db: Database) -> None:
    db.execute("INSERT INTO cases (id, uuid, title, status, detected_at, created_at, updated_at) "
               "VALUES (1, 'u-c1', 'Фейк', 'refuted', '2025-01-02', '2025-01-02', '2025-01-02')")
    db.execute("INSERT INTO case_items (case_id, item_id, added_at) VALUES (1, 1, '2025-01-02')")


def _fill_v5(db: Database) -> None:
    db.execute("INSERT INTO violations (id, uuid, url, canonical_url, host, domain, status, detected_at, created_at, "
               "updated_at) VALUES (1, 'u-v1', 'https://bonus.example/x', 'https://bonus.example/x', 'bonus.example', "
               "'bonus.example', 'notice_sent', '2025-01-02', '2025-01-02', '2025-01-02')")
    db.execute("INSERT INTO notices (uuid, violation_id, recipient, sent_at, deadline_at, created_at) "
               "VALUES ('u-n1', 1, 'admin', '2025-01-01T00:00:00Z', '2025-01-01T06:00:00Z', '2025-01-02')")


def _fill_v6(db: Database) -> None:
    db.execute("INSERT INTO briefings (uuid, held_at, state_body, created_at) "
               "VALUES ('u-b1', '2025-01-02', 'МИОР', '2025-01-02')")
    # Audit entries written before the log was chained (step 8 chains them); at step 8 and later, as the code does.
    if "hash" in db["audit_log"].columns_dict:
        return
    for n, at in enumerate(("2025-01-01T00:00:00Z", "2025-01-01T00:10:00Z"), start=1):
        db.execute("INSERT INTO audit_log (uuid, at, analyst, entity, entity_id, action, new) "
                   "VALUES (?, ?, 'Aigerim', 'case', 1, 'status', '{\"status\": \"refuted\"}')", [f"u-a{n}", at])


def _fill_v7(db: Database) -> None:
    """Step 7 adds running counts, filled from the items already there."""


def _fill_v8(db: Database) -> None:
    audit.record(db, entity="case", entity_id=1, action="status", analyst="Aigerim", new={"status": "refuted"},
                 at="2025-01-02T00:00:00Z")


def _fill_v9(db: Database) -> None:
    db.execute("INSERT INTO sources (uuid, kind, url, name, enabled, held_reason, created_at) VALUES "
               "('u-s2', 'file', 'file:///home/memo.xml', 'memo', 0, 'local.file', '2025-01-01T00:00:00Z')")


def _fill_v10(db: Database) -> None:
    db.execute("INSERT INTO trusted_keys (fingerprint, public_key, name, trusted_by, trusted_at, how) VALUES "
               "(?, NULL, 'field laptop', 'Aigerim', '2025-01-01T00:00:00Z', 'fingerprint')", ["ab" * 32])
    db.execute("INSERT INTO record_bases (entity, uuid, base_hash, updated_at) VALUES "
               "('case', 'u-c1', ?, '2025-01-01T00:00:00Z')", ["cd" * 32])
    db.execute("INSERT INTO merge_conflicts (uuid, entity, entity_id, entity_uuid, incoming_uuid, reason, ours, "
               "theirs, theirs_hash, created_at) VALUES ('u-m1', 'case', 1, 'u-c1', 'u-c1', 'both_changed', '{}', "
               "'{}', ?, '2025-01-01T00:00:00Z')", ["ef" * 32])


def _fill_v11(db: Database) -> None:
    db.execute("INSERT INTO violations (id, uuid, url, canonical_url, host, domain, status, detected_at, created_at, "
               "updated_at) VALUES (2, 'u-v2', 'https://bonus.example/y', 'https://bonus.example/y', 'bonus.example', "
               "'bonus.example', 'notice_sent', '2025-01-02', '2025-01-02', '2025-01-02')")
    notice = db.execute("SELECT id FROM notices WHERE uuid = 'u-n1'").fetchone()[0]
    db.execute("UPDATE notices SET received_at = '2025-01-01T00:30:00Z' WHERE id = ?", [notice])
    db.execute("INSERT INTO notice_violations (notice_id, violation_id, position) VALUES (?, 2, 1)", [notice])


def _fill_v12(db: Database) -> None:
    if _has(db, "items_fts_content"):
        db.execute("UPDATE items_fts SET title_forms = 'жалган утыс', text_forms = 'матин' WHERE rowid = 1")
        return
    # From step 18 on the index is contentless: a row is taken out by its words and written again.
    db.execute("INSERT INTO items_fts(items_fts, rowid, title, text) VALUES ('delete', 1, 'жалган утыс', 'матин')")
    db.execute("INSERT INTO items_fts(rowid, title, text, title_forms, text_forms) "
               "VALUES (1, 'жалган утыс', 'матин', 'жалган утыс', 'матин')")


def _fill_v13(db: Database) -> None:
    db.execute("UPDATE case_items SET role = 'context'")


def _fill_v14(db: Database) -> None:
    db.execute("INSERT INTO capture_requests (violation_id, requested_at, analyst) VALUES (2, '2025-01-02', 'Aigerim')")


def _fill_v15(db: Database) -> None:
    db.execute("UPDATE notices SET number = '04-2/1', number_year = 2025, number_seq = 1, "
               "recipient_contact = 'abuse@bonus.example', lang = 'ru' WHERE uuid = 'u-n1'")
    db.execute("INSERT INTO workspace_meta (key, value) VALUES ('notice_register.2025', '1')")
    db.execute("INSERT INTO legal_bases (uuid, key, name_en, name_ru, name_kk, cite_ins_ru) "
               "VALUES ('u-l1', 'custom.basis', 'Basis', 'Основание', 'Негіз', 'пунктом 1 статьи 2 Закона')")


def _fill_v16(db: Database) -> None:
    db.execute("INSERT INTO radar_stories (id, uuid, title, first_item_id, first_seen_at, last_seen_at, item_count, "
               "created_at) VALUES (1, 'u-r1', 'Жалған ұтыс', 1, '2025-01-02T10:00:00Z', '2025-01-02T10:00:00Z', 1, "
               "'2025-01-02')")
    db.execute("INSERT INTO radar_story_items (item_id, story_id, at, source_id, lang) "
               "VALUES (1, 1, '2025-01-02T10:00:00Z', 1, 'kk')")
    db.execute("INSERT INTO radar_keys (key, item_id, story_id, source_id, lang, at, slot) "
               "VALUES (42, 1, 1, 1, 'kk', 29425560, 1)")
    db.execute("INSERT INTO radar_entity_stories (key, story_id, at) VALUES (43, 1, 29425560)")
    db.execute("INSERT INTO radar_counts (kind, ref, hour, n) VALUES ('source', 1, '2025-01-02T10', 1)")
    db.execute("INSERT INTO item_views (item_id, seen_at, views) VALUES (1, '2025-01-02T10:05:00Z', 1200)")
    db.execute("INSERT INTO radar_alerts (story_id, uuid, raised_at, level, last_hour, baseline_mean, baseline_sd, "
               "score) VALUES (1, 'u-ra1', '2025-01-02T10:30:00Z', 1, 9, 0, 0, 9)")
    db.execute("INSERT INTO radar_mutes (kind, ref, muted_at) VALUES ('source', 1, '2025-01-02')")


def _fill_v17(db: Database) -> None:
    """Step 17 drops the per-item counting trigger (ingest counts a batch at once): it adds no rows, and the counts
    made before it are kept (checked for every version below). From it on, whoever inserts an item counts it, as
    ``_fill_v1``'s plain INSERT did not."""
    if not db.execute("SELECT 1 FROM item_counts").fetchone():
        count_new_items(db, db.execute("SELECT first_seen_at, source_id, lang FROM items").fetchall())


def _fill_v18(db: Database) -> None:
    """Step 18 moves item bodies and the full-text index to their compact form (items.compact, after opening): it
    adds no rows of its own; item 1's body and words, written by the earlier fillers, are checked after the move."""


def _fill_v19(db: Database) -> None:
    """Step 19 adds record versions (every case and violation starts at version 1): no rows of its own."""


def _fill_v20(db: Database) -> None:
    """Step 20 adds the radar's tables of new keys and drops two indexes: the keys written before stay in radar_keys."""
    db.execute("INSERT INTO radar_keys_new (key, item_id, story_id, source_id, lang, at, slot) "
               "VALUES (44, 1, 1, 1, 'kk', 29425560, 1)")
    db.execute("INSERT INTO radar_entity_stories_new (key, story_id, at) VALUES (45, 1, 29425560)")


def _fill_v21(db: Database) -> None:
    """Step 21 adds the warning of a feed read with repairs to sources: no rows of its own."""


FILLERS = {1: _fill_v1, 2: _fill_v2, 3: _fill_v3, 4: _fill_v4, 5: _fill_v5, 6: _fill_v6, 7: _fill_v7, 8: _fill_v8,
           9: _fill_v9, 10: _fill_v10, 11: _fill_v11, 12: _fill_v12,
           13: _fill_v13, 14: _fill_v14, 15: _fill_v15, 16: _fill_v16, 17: _fill_v17,
           18: _fill_v18, 19: _fill_v19, 20: _fill_v20, 21: _fill_v21}


def _build(path, version: int) -> None:
    db = Database(sqlite3.connect(path))
    schema.migrate(db, version)
    for step in range(1, version + 1):
        FILLERS[step](db)
    db.close()


def test_every_step_has_a_filler():
    assert sorted(FILLERS) == list(range(1, schema.LATEST + 1))


@pytest.mark.parametrize("version", range(1, schema.LATEST))
def test_earlier_version_migrates_to_latest_keeping_data(tmp_path, version):
    path = tmp_path / f"v{version}.db"
    _build(path, version)
    db = open_workspace(path)
    assert store.schema_version(db) == schema.LATEST
    item = db.execute("SELECT uuid, title, read, starred FROM items WHERE id = 1").fetchone()
    assert item == ("u-i1", "Жалған ұтыс", 1, 1)
    # Until the word forms are filled in, search reads the exact index kept from before.
    assert search.search_ids(db, "утыс") == [1]
    assert integrity.integrity_problems(db) == []
    if version >= 2:
        assert db.execute("SELECT analyst FROM item_tags").fetchall() == [("Aigerim",)]
    if version >= 4:
        assert db.execute("SELECT status FROM cases").fetchall() == [("refuted",)]
    # Items attached to a case before items had roles are the fake's appearances; from step 13 on they keep theirs.
    roles = db.execute("SELECT role FROM case_items").fetchall()
    assert roles in ([], [("context",)]) if version >= 13 else roles in ([], [("appearance",)])
    assert db.execute("SELECT day, source_id, lang, n FROM item_counts").fetchall() == [("2025-01-02", 1, "", 1)]
    if version >= 6:
        assert db.execute("SELECT state_body FROM briefings").fetchall() == [("МИОР",)]
    if version >= 5:
        assert db.execute("SELECT deadline_at FROM notices").fetchall() == [("2025-01-01T06:00:00Z",)]
        # Each notice made before notices listed several violations lists its one violation.
        assert db.execute("SELECT violation_id, outcome FROM notice_violations").fetchall()[0] == (1, "pending")
    if version >= 16:
        assert db.execute("SELECT story_id, at FROM radar_story_items").fetchall() == [(1, "2025-01-02T10:00:00Z")]
        assert db.execute("SELECT views FROM item_views").fetchall() == [(1200,)]
        assert db.execute("SELECT key, item_id, story_id, at FROM radar_keys").fetchall() == [(42, 1, 1, 29425560)]
        assert db.execute("SELECT key, story_id, at FROM radar_entity_stories").fetchall() == [(43, 1, 29425560)]
    # Bodies and the index move to their compact form (schema step 18) in the background; nothing is lost.
    assert compact.compact_needed(db) == (version < 18)
    compact.compact(db)
    assert not compact.compact_needed(db)
    assert bodies.read(db, 1) == bodies.Body("", "мәтін")
    assert search.search_ids(db, "утыс") == [1]
    assert integrity.integrity_problems(db) == []
    if 6 <= version < 8:
        # Old entries are kept, recorded when claimed, and chained: the full check above walked the chain.
        assert db.execute("SELECT uuid, at, recorded_at FROM audit_log ORDER BY id").fetchall() == [
            ("u-a1", "2025-01-01T00:00:00Z", "2025-01-01T00:00:00Z"),
            ("u-a2", "2025-01-01T00:10:00Z", "2025-01-01T00:10:00Z")]
        assert audit.verify_chain(db) == []


def test_migration_steps_are_atomic(tmp_path, monkeypatch):
    path = tmp_path / "half.db"
    _build(path, 1)
    broken = [*schema.STEPS[1][:2], "CREATE TABLE this is not sql"]
    monkeypatch.setattr(schema, "STEPS", [schema.STEPS[0], broken])
    monkeypatch.setattr(schema, "LATEST", 2)
    with pytest.raises(WorkstationError):
        open_workspace(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "tags" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
