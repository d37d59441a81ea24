"""A long job of many sources copies the log into the workspace file less often, and only while it runs."""

from __future__ import annotations

import pytest

from workstation.core.db.connect import (
    BULK_AUTOCHECKPOINT_PAGES,
    BULK_CACHE_KIB,
    BULK_FTS_AUTOMERGE,
    BULK_TEMP_STORE,
    CACHE_KIB,
    WAL_AUTOCHECKPOINT_PAGES,
    WAL_SIZE_LIMIT_BYTES,
)
from workstation.core.ingest.run import import_files
from workstation.core.items.search import matching_rowids
from workstation.core.workspace import open_workspace

pytestmark = pytest.mark.sqlite_only(reason="the SQLite log's checkpoints (a team workspace has none)")

FEED = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Арна {n}</title>
<link>https://news{n}.kz/</link>{items}</channel></rss>"""
ITEM = ("<item><title>Жаңалық {n}-{i}</title><link>https://news{n}.kz/{i}</link><guid>g{n}-{i}</guid>"
        "<description>Мәтін {n} {i}: Алматы қаласында өтті.</description></item>")


def _feeds(folder, count: int) -> list:
    paths = []
    for n in range(count):
        path = folder / f"feed{n}.xml"
        path.write_text(FEED.format(n=n, items="".join(ITEM.format(n=n, i=i) for i in range(5))), encoding="utf-8")
        paths.append(path)
    return paths


def _automerge(db) -> int:
    row = db.execute("SELECT v FROM items_fts_config WHERE k = 'automerge'").fetchone()
    return 4 if row is None else row[0]  # FTS5's default until set


def _cache_kib(db) -> int:
    return -db.execute("PRAGMA cache_size").fetchone()[0]


def _temp_store(db) -> int:
    return db.execute("PRAGMA temp_store").fetchone()[0]


def _autocheckpoint(db) -> int:
    return db.execute("PRAGMA wal_autocheckpoint").fetchone()[0]


def test_an_import_of_many_files_checkpoints_less_often_while_it_runs(tmp_path):
    db = open_workspace(tmp_path / "workspace.db")
    assert _autocheckpoint(db) == WAL_AUTOCHECKPOINT_PAGES
    assert db.execute("PRAGMA journal_size_limit").fetchone()[0] == WAL_SIZE_LIMIT_BYTES
    during: list[int] = []

    def triage(database, item_ids):
        during.append((_autocheckpoint(database), database.execute("PRAGMA journal_size_limit").fetchone()[0],
                       _automerge(database), _cache_kib(database), _temp_store(database)))

    outcomes = import_files(db, _feeds(tmp_path, 3), triage=triage)
    assert [o.new for o in outcomes] == [5, 5, 5]
    assert during and set(during) == {(BULK_AUTOCHECKPOINT_PAGES, -1, BULK_FTS_AUTOMERGE, BULK_CACHE_KIB,
                                       BULK_TEMP_STORE)}
    # The index's merges, the cache and temporary files (on disk: a later VACUUM's copy) as before.
    assert _automerge(db) == 4 and _cache_kib(db) == CACHE_KIB and _temp_store(db) == 0
    sql, params = matching_rowids(db, "Алматы")
    assert len(db.execute(sql, params).fetchall()) == 15  # every item found by a word form of its text
    # The desktop's later small writes: as before, and the log's file cut back when it starts afresh.
    assert _autocheckpoint(db) == WAL_AUTOCHECKPOINT_PAGES
    assert db.execute("PRAGMA journal_size_limit").fetchone()[0] == WAL_SIZE_LIMIT_BYTES
    assert db.execute("SELECT count(*) FROM items").fetchone()[0] == 15
    db.close()


def test_a_job_that_fails_still_gives_the_usual_checkpoints_back(tmp_path):
    db = open_workspace(tmp_path / "workspace.db")

    def failing_triage(database, item_ids):
        raise RuntimeError("triage broke")

    with pytest.raises(RuntimeError):
        import_files(db, _feeds(tmp_path, 2), triage=failing_triage)
    assert _autocheckpoint(db) == WAL_AUTOCHECKPOINT_PAGES and _automerge(db) == 4 and _cache_kib(db) == CACHE_KIB
    assert _temp_store(db) == 0
    db.close()


def test_a_job_inside_a_transaction_with_temporary_tables_keeps_its_temporary_files(tmp_path):
    # SQLite refuses to move temporary storage while a transaction uses it: the job runs with it as it was.
    db = open_workspace(tmp_path / "workspace.db")
    db.execute("CREATE TEMP TABLE scratch (x)")
    with db.atomic():
        db.execute("INSERT INTO scratch VALUES (1)")
        outcomes = import_files(db, _feeds(tmp_path, 2))
        assert _temp_store(db) == 0
    assert [o.new for o in outcomes] == [5, 5]
    assert db.execute("SELECT count(*) FROM items").fetchone()[0] == 10
    assert db.execute("SELECT x FROM temp.scratch").fetchall() == [(1,)]
    db.close()
