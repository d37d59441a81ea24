import sqlite3

import pytest

from workstation.core.db import connect as store
from workstation.core.db import integrity, schema
from workstation.core.errors import WorkstationError
from workstation.core.ids import new_uuid


@pytest.mark.sqlite_only(reason="the SQLite file's journal mode and PRAGMAs")
def test_new_workspace_uses_wal_foreign_keys_and_busy_timeout(db, db_path):
    assert db_path.exists()
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert store.schema_version(db) == schema.LATEST


def test_missing_parent_folders_are_created(tmp_path):
    path = tmp_path / "a" / "b" / "ws.db"
    store.connect(path).close()
    reopened = store.connect(path)
    assert store.schema_version(reopened) == schema.LATEST
    reopened.close()


def test_file_that_is_not_a_database_is_reported_as_damaged(tmp_path):
    path = tmp_path / "broken.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(WorkstationError) as err:
        store.connect(path)
    assert err.value.key == "db.damaged"
    assert "damaged" in str(err.value)
    assert path.read_bytes().startswith(b"this is not sqlite")  # nothing was overwritten


def test_database_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.LATEST + 5}")
    conn.close()
    with pytest.raises(WorkstationError) as err:
        store.connect(path)
    assert err.value.key == "db.too_new"


def test_unreadable_location_gives_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(WorkstationError) as err:
        store.connect(blocker / "ws.db")
    assert err.value.key == "db.unreadable"


def test_integrity_check_is_clean_on_a_fresh_workspace(db):
    assert integrity.integrity_problems(db) == []


def test_integrity_check_reports_a_damaged_page(tmp_path):
    path = tmp_path / "ws.db"
    db = store.connect(path)
    with db.atomic():
        for i in range(2000):
            db.execute("INSERT INTO sources (uuid, kind, url, created_at) VALUES (?, 'rss', ?, 'x')",
                       [new_uuid(), f"https://example.kz/{i}"])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, page * 3 + 2000):  # scribble over an interior page
        data[offset] = 0x5A
    path.write_bytes(bytes(data))
    try:
        damaged = store.connect(path)
    except WorkstationError as exc:
        assert exc.key == "db.damaged"
        return
    assert integrity.integrity_problems(damaged) != []


@pytest.mark.sqlite_only(reason="another program writes bytes that are not UTF-8 into the workspace file")
def test_text_another_program_left_that_is_not_utf8_is_read_with_a_replacement_character(db, db_path, capsys):
    """One such title stopped every query reading it ("Could not decode to UTF-8 column 'title'"): the item list,
    the desktop's pages and search with it."""
    import sqlite3

    from workstation.cli import main
    from workstation.core.ingest.dedup import store_items
    from workstation.core.ingest.draft import ItemDraft
    from workstation.core.ingest.sources import add_source
    from workstation.core.items.queries import get_item

    source = add_source(db, "https://dala.example/rss")
    damaged, whole = store_items(db, source["id"], [ItemDraft(title="Жаңалық", url="https://dala.example/1"),
                                                    ItemDraft(title="Хабар", url="https://dala.example/2")]).new_ids
    with sqlite3.connect(db_path) as other_program:
        other_program.execute("UPDATE items SET title = CAST(x'd0a5ff41' AS TEXT) WHERE id = ?", [damaged])
    assert main(["--db", str(db_path), "items", "list"]) == 0
    listed = capsys.readouterr().out
    assert "Х\ufffdA" in listed and "Хабар" in listed
    assert get_item(db, damaged)["title"] == "Х\ufffdA"


def test_a_workspace_gone_while_open_is_missing_not_made_again_empty(tmp_path):
    """The desktop's background tasks open the workspace the window opened (``migrate=False``). When the file is
    gone meanwhile (a USB stick pulled out), each task created a new empty file at its path and then failed with
    "no such table"; it is "there is no workspace" now, and nothing is created."""
    path = tmp_path / "stick" / "w.db"
    store.connect(path).close()
    for leftover in path.parent.iterdir():
        leftover.unlink()
    with pytest.raises(WorkstationError) as missing:
        store.connect(path, migrate=False)
    assert missing.value.key == "db.missing"
    assert list(path.parent.iterdir()) == []
