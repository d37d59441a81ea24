"""Reading feeds in worker processes (ingest.pool) stores exactly what reading them here stores, and ingest keeps
the running counts itself (schema step 17)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from workstation.core import clock
from workstation.core.errors import WorkstationError
from workstation.core.ingest import pool
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.parse import HtmlNotFeed, parse_feed
from workstation.core.ingest.run import import_files
from workstation.core.ingest.sources import add_source
from workstation.core.workspace import open_workspace

WORDS = ["Алматы", "әкімдігі", "жалған", "ақпарат", "мошенники", "звонят", "банк", "карты", "fake", "claim"]


def _feed(number: int, items: int) -> str:
    entries = []
    for n in range(items):
        words = " ".join(WORDS[(n + k + number) % len(WORDS)] for k in range(12))
        entries.append(
            f"<item><title>Жаңалық {number}-{n} {WORDS[n % len(WORDS)]}</title>"
            f"<link>/news/{number}/{n}?utm_source=tg</link><guid>g-{number}-{n}</guid>"
            f"<pubDate>Mon, 06 Jan 2025 {n % 24:02d}:15:00 +0500</pubDate>"
            f"<description><![CDATA[<p>{words} <a href=\"/tag/{n}\">тег</a></p><script>x()</script>"
            f"<p>{words.upper()}</p>]]></description></item>")
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Сайт {number}</title>'
            f"<link>https://site{number}.kz/</link><language>kk</language>{''.join(entries)}</channel></rss>")


def _stored(db) -> list[tuple]:
    items = db.execute("SELECT guid, url, canonical_url, title, author, published_at, content_html, content_text, "
                       "lang, content_hash FROM items ORDER BY guid").fetchall()
    index = db.execute("SELECT i.guid, f.title, f.text, f.title_forms, f.text_forms FROM items_fts f "
                       "JOIN items i ON i.id = f.rowid ORDER BY i.guid").fetchall()
    return items + index


@pytest.fixture
def feed_files(tmp_path):
    paths = []
    for number in range(4):
        path = tmp_path / f"feed{number}.xml"
        path.write_text(_feed(number, 30), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.skipif(pool.worker_count() == 0, reason="one core: nothing runs in worker processes")
def test_files_read_in_worker_processes_store_the_same_items_as_read_here(tmp_path, feed_files, monkeypatch):
    here = open_workspace(tmp_path / "here.db")
    monkeypatch.setenv(pool.DISABLE_ENV, "1")
    pool.shut_down()
    assert pool.shared() is None
    alone = import_files(here, feed_files)
    monkeypatch.delenv(pool.DISABLE_ENV)
    workers = open_workspace(tmp_path / "workers.db")
    assert pool.shared() is not None
    pooled = import_files(workers, feed_files)
    assert [(o.name, o.new, o.ok) for o in pooled] == [(o.name, o.new, o.ok) for o in alone]
    assert sum(o.new for o in pooled) == 120
    assert _stored(workers) == _stored(here)
    again = import_files(workers, [*feed_files, feed_files[0]])  # unchanged bodies; a file named twice
    assert [o.not_modified for o in again] == [True] * 5


def test_a_missing_file_among_others_is_reported_in_its_place(tmp_path, feed_files):
    db = open_workspace(tmp_path / "w.db")
    outcomes = import_files(db, [feed_files[0], tmp_path / "gone.xml", feed_files[1]])
    assert [(o.ok, o.error_key, o.new) for o in outcomes] == [(True, None, 30), (False, "fetch.file_missing", 0),
                                                               (True, None, 30)]


@pytest.mark.skipif(pool.worker_count() == 0, reason="one core: nothing runs in worker processes")
def test_errors_come_back_from_a_worker_as_they_were_raised():
    workers = pool.shared()
    with pytest.raises(WorkstationError) as empty:
        pool.run(_parse_at, b"  ", "x", pool=workers)
    assert empty.value.key == "parse.empty"
    page = "<!doctype html><html><body><p>Бет</p></body></html>"
    with pytest.raises(HtmlNotFeed) as html:
        pool.run(_parse_at, page.encode(), "https://site.kz/", pool=workers)
    assert html.value.page == page and html.value.key == "parse.html_not_feed"


def _parse_at(body: bytes, url: str):
    return parse_feed(body, url=url)


@pytest.mark.skipif(pool.worker_count() == 0, reason="one core: nothing runs in worker processes")
def test_a_worker_reads_the_time_the_caller_sees():
    moment = dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.timezone.utc)
    clock.set_clock(lambda: moment)
    assert pool.run(clock.now, pool=pool.shared()) == moment


def test_new_items_are_counted_once_per_day_source_and_language(db):
    sources = [add_source(db, f"https://s{i}.kz/rss") for i in range(2)]
    for day in (1, 2):
        clock.set_clock(lambda d=day: dt.datetime(2025, 1, d, 12, tzinfo=dt.timezone.utc))
        for source in sources:
            store_items(db, source["id"], [ItemDraft(title=f"t{day}-{n}", url=f"https://x/{source['id']}/{day}/{n}",
                                                     lang=["kk", "ru", ""][n % 3]) for n in range(7)])
    store_items(db, sources[0]["id"], [ItemDraft(title="t1-0", url=f"https://x/{sources[0]['id']}/1/0",
                                                 lang="kk")])  # unchanged: not counted again
    direct = Counter({(day, source, lang): n for day, source, lang, n in db.execute(
        "SELECT substr(first_seen_at, 1, 10), source_id, lang, count(*) FROM items GROUP BY 1, 2, 3")})
    counted = Counter({(day, source, lang): n for day, source, lang, n in db.execute(
        "SELECT day, source_id, lang, n FROM item_counts")})
    assert counted == direct and sum(counted.values()) == 28
    months = db.execute("SELECT month, sum(n) FROM item_counts_month GROUP BY 1").fetchall()
    assert months == [("2025-01", 28)]
    assert db.execute("SELECT 1 FROM sqlite_master WHERE name = 'item_counts_insert'").fetchone() is None
