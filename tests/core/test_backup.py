import sqlite3

import pytest

from workstation.cli import main
from workstation.core.db import backup, schema, snapshot
from workstation.core.errors import WorkstationError
from workstation.core.ingest.sources import add_source, list_sources
from workstation.core.workspace import open_workspace

pytestmark = pytest.mark.sqlite_only(reason="backups and restores of the workspace file (a team workspace is "
                                     "backed up on its server)")


def test_backup_while_writing_and_restore_brings_the_data_back(db, db_path, tmp_path):
    add_source(db, "https://a.example/rss")
    copy = backup.backup(db_path, tmp_path / "copy.db")
    add_source(db, "https://b.example/rss")  # written after the backup
    db.close()
    kept = backup.restore(copy, db_path)
    restored = open_workspace(db_path)
    assert [s["url"] for s in list_sources(restored)] == ["https://a.example/rss"]
    assert len(list_sources(open_workspace(kept))) == 2  # the replaced workspace is kept, nothing lost


def test_rotation_keeps_the_newest(db, db_path, monkeypatch):
    import datetime as dt

    from workstation.core import clock
    for minute in range(7):
        clock.set_clock(lambda m=minute: dt.datetime(2025, 1, 1, 10, m, tzinfo=dt.timezone.utc))
        backup.backup(db_path, keep=3)
    names = [b.path.name for b in backup.list_backups(db_path)]
    # Chains of three (10:00-10:02, 10:03-10:05, 10:06): the newest three need 10:03, the chain's full backup.
    assert len(names) == 4 and "T1006" in names[0] and "T1003" in names[-1]


def test_rotation_of_plain_copies_keeps_the_newest(db, db_path):
    folder = backup.backups_dir(db_path)
    for minute in range(5):
        backup.backup(db_path, folder / f"workspace-20250101T10{minute:02d}00Z-daily.backup.db", keep=3)
    names = [b.path.name for b in backup.list_backups(db_path)]
    assert len(names) == 3 and "T1004" in names[0] and "T1002" in names[-1]


def test_a_damaged_backup_is_refused_and_the_workspace_untouched(db, db_path, tmp_path):
    add_source(db, "https://a.example/rss")
    db.close()
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    with pytest.raises(WorkstationError):
        backup.restore(bad, db_path)
    assert len(list_sources(open_workspace(db_path))) == 1


def test_migration_takes_a_backup_first(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    from sqlite_utils import Database
    schema.migrate(Database(conn), 1)
    conn.close()
    open_workspace(path)
    [info] = backup.list_backups(path)
    # No snapshot to build on: a plain copy, seconds even for a large workspace, while the analyst waits.
    assert f"before-schema-{schema.LATEST}" in info.path.name and info.kind == "copy"
    assert sqlite3.connect(info.path).execute("PRAGMA user_version").fetchone()[0] == 1


def test_a_migration_after_daily_backups_takes_an_incremental_one(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    from sqlite_utils import Database
    schema.migrate(Database(conn), schema.LATEST - 1)
    conn.close()
    daily = backup.backup(path, reason="daily")
    open_workspace(path)
    newest = backup.list_backups(path)[0]
    assert f"before-schema-{schema.LATEST}" in newest.path.name
    assert newest.kind == "incremental" and newest.base == daily.name
    rebuilt = tmp_path / "rebuilt.db"
    snapshot.rebuild(newest.path, rebuilt)
    assert sqlite3.connect(rebuilt).execute("PRAGMA user_version").fetchone()[0] == schema.LATEST - 1


def test_cli_backup_backups_and_restore(db_path, capsys, tmp_path):
    main(["--db", str(db_path), "sources", "add", "https://a.example/rss"])
    assert main(["--db", str(db_path), "db", "backup"]) == 0
    main(["--db", str(db_path), "sources", "add", "https://b.example/rss"])
    capsys.readouterr()
    main(["--db", str(db_path), "db", "backups", "--json"])
    import json
    [entry] = json.loads(capsys.readouterr().out)
    assert entry["kind"] == "full" and entry["path"].endswith(backup.SNAPSHOT_SUFFIX)
    assert main(["--db", str(db_path), "db", "check", "--backup", entry["path"]]) == 0
    assert main(["--db", str(db_path), "db", "restore", entry["path"]]) == 0
    capsys.readouterr()
    main(["--db", str(db_path), "sources", "list", "--json"])
    assert [s["url"] for s in json.loads(capsys.readouterr().out)] == ["https://a.example/rss"]
