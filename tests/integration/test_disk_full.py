"""A disk that fills up during a fetch or an import. SQLite reports a full disk as SQLITE_FULL; a connection's
``PRAGMA max_page_count`` makes it report exactly that, deterministically, once the file would grow past a
limit. What was stored stays stored and is counted exactly; the rest is reported as not stored; exit 3."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.support.feeds import rss as feed
from tests.support.httpserver import Reply
from workstation.cli import common, main
from workstation.core.db import integrity
from workstation.core.db.connect import StorageError
from workstation.core.errors import WorkstationError
from workstation.core.ingest import dedup
from workstation.core.ingest.run import fetch_sources, import_files
from workstation.core.ingest.sources import add_source
from workstation.core.workspace import open_workspace

SOURCES, ITEMS = 8, 150


@pytest.fixture(autouse=True)
def _no_system_proxy(monkeypatch):
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


def limit_growth(db, spare_pages: int) -> None:
    """From now on this connection may grow the file by ``spare_pages`` pages; then the "disk" is full."""
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + spare_pages}")


@pytest.fixture
def feeds(db, local_server):
    for n in range(SOURCES):
        local_server.route(f"/feed/{n}", Reply(body=feed(f"f{n}", ITEMS),
                                               headers={"Content-Type": "application/rss+xml"}))
        add_source(db, local_server.url(f"/feed/{n}"))
    return db


def stored_by_source(db) -> dict[int, int]:
    return dict(db.execute("SELECT source_id, count(*) FROM items GROUP BY source_id").fetchall())


def test_a_full_disk_is_a_plain_workstation_error_that_sqlite_code_still_recognises(db):
    limit_growth(db, 0)
    source = add_source(db, "https://news.example/rss")
    with pytest.raises(StorageError) as caught:
        with db.atomic():
            for n in range(200):
                db.execute("INSERT INTO items (uuid, source_id, title, published_at, first_seen_at, fetched_at, "
                           "content_hash) VALUES (?, ?, ?, '2025-01-06', '2025-01-06', '2025-01-06', ?)",
                           [f"u{n}", source["id"], "x" * 2000, f"h{n}"])
    error = caught.value
    assert isinstance(error, WorkstationError) and isinstance(error, sqlite3.OperationalError)
    assert error.key == "db.full"
    assert str(error).startswith("the disk holding") and "full" in str(error)
    assert db.execute("SELECT count(*) FROM items").fetchone()[0] == 0  # the transaction rolled back whole


def test_fetch_stops_when_the_disk_fills_and_counts_exactly_what_it_stored(feeds):
    db = feeds
    limit_growth(db, 60)
    outcomes = fetch_sources(db, jobs=2)
    assert len(outcomes) == SOURCES  # every source is accounted for, stored or not
    full = [o for o in outcomes if o.error_key == "db.full"]
    assert full and not all(o.ok for o in outcomes)
    assert any(o.new for o in outcomes)  # some were stored before the disk filled
    # Exactly what each outcome counts is in the workspace, no more, no less.
    stored = stored_by_source(db)
    assert {o.source_id: o.new for o in outcomes if o.new} == stored
    assert integrity.integrity_problems(db, quick=True) == []
    # With space again, the next run completes what was cut short, without a duplicate.
    db.execute("PRAGMA max_page_count = 1073741823")
    again = fetch_sources(db, jobs=2)
    assert all(o.ok for o in again)
    assert db.execute("SELECT count(*) FROM items").fetchone()[0] == SOURCES * ITEMS
    assert sum(o.new for o in outcomes) + sum(o.new for o in again) == SOURCES * ITEMS


def test_cli_fetch_on_a_full_disk_exits_3_with_the_summary_of_what_was_stored(feeds, db_path, monkeypatch, capsys):
    def opened_on_a_small_disk(path, **kwargs):
        opened = open_workspace(path, **kwargs)
        limit_growth(opened, 120)  # room for one feed's items, their index and radar keys, not for all eight
        return opened

    monkeypatch.setattr(common, "open_workspace", opened_on_a_small_disk)
    code = main(["--db", str(db_path), "fetch", "--json", "--jobs", "2"])
    out, err = capsys.readouterr()
    assert code == 3, err
    outcomes = json.loads(out)
    assert len(outcomes) == SOURCES
    assert any(o["ok"] and o["new"] == ITEMS for o in outcomes)
    assert any(o["error_key"] == "db.full" for o in outcomes)
    assert "Traceback" not in err
    assert "stopped: the disk holding" in err and "the items counted above were stored" in err
    stored = stored_by_source(feeds)
    assert sum(o["new"] for o in outcomes) == sum(stored.values())


def test_import_on_a_full_disk_leaves_no_empty_source_behind(db, db_path, tmp_path, monkeypatch, capsys):
    first, second = tmp_path / "first.xml", tmp_path / "second.xml"
    first.write_bytes(feed("first", 400))
    second.write_bytes(feed("second", 10))

    def opened_on_a_full_disk(path, **kwargs):
        opened = open_workspace(path, **kwargs)
        limit_growth(opened, 0)
        return opened

    monkeypatch.setattr(common, "open_workspace", opened_on_a_full_disk)
    code = main(["--db", str(db_path), "import", str(first), str(second), "--json"])
    out, err = capsys.readouterr()
    assert code == 3, err
    assert [(o["ok"], o["new"], o["error_key"]) for o in json.loads(out)] == [(False, 0, "db.full")] * 2
    assert "stopped: the disk holding" in err
    assert db.execute("SELECT count(*) FROM sources").fetchone()[0] == 0  # no source without its items
    assert db.execute("SELECT count(*) FROM items").fetchone()[0] == 0


def test_a_file_that_fills_the_disk_half_way_keeps_its_stored_items_and_completes_later(db, tmp_path, monkeypatch):
    monkeypatch.setattr(dedup, "TURN_S", 0)  # one part (PART_ITEMS) per transaction, whatever the machine's speed
    saved = tmp_path / "bulletin.xml"
    saved.write_bytes(feed("big", 3000))
    limit_growth(db, 150)
    [cut] = import_files(db, [saved])
    assert (cut.ok, cut.error_key) == (False, "db.full")
    assert 0 < cut.new < 3000 and cut.new % dedup.PART_ITEMS == 0  # whole transactions, counted exactly
    assert db.execute("SELECT count(*) FROM items").fetchone()[0] == cut.new
    source = db.execute("SELECT id, last_ok_at, body_sha256 FROM sources").fetchone()
    assert source == (cut.source_id, None, None)  # not marked read: the next import reads it again
    db.execute("PRAGMA max_page_count = 1073741823")
    [done] = import_files(db, [saved])
    assert done.ok and (done.new, done.unchanged) == (3000 - cut.new, cut.new)
    assert db.execute("SELECT count(*) FROM items").fetchone()[0] == 3000
