"""Reading feeds in worker processes (ingest.pool) stores exactly what reading them here stores, and ingest keeps
the running counts itself (schema step 17)."""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections import Counter

import pytest

from workstation.core import clock
from workstation.core.db import bodies
from workstation.core.errors import WorkstationError
from workstation.core.ingest import pool
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.parse import HtmlNotFeed, parse_feed
from workstation.core.ingest.run import import_files
from workstation.core.ingest.sources import add_source
from workstation.core.workspace import open_workspace
from workstation.core.workspace.triage import triage_new_items

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
    items = db.execute("SELECT id, guid, url, canonical_url, title, author, published_at, lang, content_hash "
                       "FROM items ORDER BY guid").fetchall()
    kept = bodies.read_many(db, [row[0] for row in items])
    items = [(*row[1:], kept[row[0]]) for row in items]
    # The index keeps no copy of what it indexed: compare every word it holds, where, for which item.
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_words USING fts5vocab(main, items_fts, 'instance')")
    index = db.execute("SELECT i.guid, w.term, w.col, w.offset FROM temp.fts_words w JOIN items i ON i.id = w.doc "
                       "ORDER BY i.guid, w.col, w.offset, w.term").fetchall()
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


def _story_feed(number: int) -> str:
    """Copies of a few stories across feeds, with sums, phone and card numbers and names (the radar's keys), and
    two entries alike but for letter case (stored as one item, whose text is the second's)."""
    entries = []
    for n in range(12):
        story = (n + number) % 4
        body = (f"Алматы әкімдігі ескертеді: Ерболат Досаев атынан {42500 + story} теңге ұтыс туралы хабарлама жалған. "
                f"Телефон +7 701 123 45 6{story}, карта 4400 1234 5678 901{story}. Мошенники звонят {story} раз")
        entries.append(f"<item><title>Хабар {story} {WORDS[story]} №{n}</title><link>https://s{number}.kz/{n}</link>"
                       f"<guid>s{number}-{n}</guid><pubDate>Mon, 06 Jan 2025 09:{n:02d}:00 +0500</pubDate>"
                       f"<description><![CDATA[<p>{body}</p>]]></description></item>")
    twin = "<item><title>Екі</title><link>https://s{0}.kz/twin-{1}</link><description>{2}</description></item>"
    entries += [twin.format(number, 1, "Досаев ТЕҢГЕ жалған ақпарат таратты"),
                twin.format(number, 2, "Досаев теңге жалған ақпарат таратты")]
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Арна {number}</title>'
            f"<link>https://s{number}.kz/</link>{''.join(entries)}</channel></rss>")


def _stories(db) -> tuple[set, list]:
    guid = "coalesce(i.guid, i.url)"
    grouped = db.execute(f"SELECT group_concat({guid}, ' ') FROM radar_story_items r JOIN items i ON i.id = r.item_id "
                         "GROUP BY r.story_id").fetchall()
    # The keys moved to radar_keys and those still new (radar.cluster._merge_slice) are one set.
    keys = db.execute(f"SELECT k.key, {guid}, k.at FROM (SELECT * FROM radar_keys UNION ALL SELECT * FROM "
                      "radar_keys_new) k JOIN items i ON i.id = k.item_id ORDER BY 1, 2").fetchall()
    return {frozenset(row[0].split()) for row in grouped}, keys


@pytest.mark.skipif(pool.worker_count() == 0, reason="one core: nothing runs in worker processes")
def test_items_read_in_worker_processes_go_into_the_same_stories_as_items_read_here(tmp_path, monkeypatch):
    clock.set_clock(lambda: dt.datetime(2025, 1, 6, 6, tzinfo=dt.timezone.utc))
    paths = []
    for number in range(5):
        paths.append(tmp_path / f"story{number}.xml")
        paths[-1].write_text(_story_feed(number), encoding="utf-8")
    monkeypatch.setenv(pool.DISABLE_ENV, "1")
    pool.shut_down()
    here = open_workspace(tmp_path / "here.db")
    import_files(here, paths, triage=triage_new_items)
    monkeypatch.delenv(pool.DISABLE_ENV)
    workers = open_workspace(tmp_path / "workers.db")
    secret = here.execute("SELECT value FROM workspace_meta WHERE key = 'card_key'").fetchone()[0]
    workers.execute("UPDATE workspace_meta SET value = ? WHERE key = 'card_key'", [secret])  # same card keys
    assert pool.shared() is not None
    import_files(workers, paths, triage=triage_new_items)
    stories, keys = _stories(workers)
    assert (stories, keys) == _stories(here)
    assert max(len(story) for story in stories) >= 10  # copies across the feeds joined
    twin = workers.execute("SELECT i.id FROM items i WHERE i.url LIKE '%twin-%'").fetchall()
    assert len(twin) == 5  # one item per feed for the two entries alike


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


def _doubled_unless_in_a_worker(value: int) -> int:
    import multiprocessing

    if multiprocessing.parent_process() is not None:
        os._exit(70)  # a worker killed half-way (out of memory on a hostile feed)
    return value * 2


@pytest.mark.skipif(pool.worker_count() == 0, reason="one core: nothing runs in worker processes")
def test_a_worker_that_dies_leaves_the_task_here_and_says_so_once(caplog):
    pool.shut_down()
    try:
        with caplog.at_level(logging.WARNING, logger=pool.__name__):
            broken = pool.shared()
            assert pool.run(_doubled_unless_in_a_worker, 21, pool=broken) == 42
            assert pool.run(_doubled_unless_in_a_worker, 5, pool=broken) == 10  # the broken pool is not used again
        assert [record.getMessage() for record in caplog.records] == [
            "the worker processes reading feeds stopped; reading goes on in this process"]
        assert pool.shared() is not broken  # the next reading makes a new pool
        assert pool.run(clock.now, pool=pool.shared()) is not None
    finally:
        pool.shut_down()


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


@pytest.mark.skipif(pool.worker_count() == 0, reason="one core: nothing runs in worker processes")
def test_workers_are_replaced_after_their_share_of_feeds_and_the_desktop_takes_one(tmp_path, feed_files,
                                                                                   monkeypatch):
    """A worker's word caches grow with the words it reads: it is replaced after its share of feeds (fewer in the
    desktop's limited pool, RECYCLE_AFTER_TASKS, than in a command's, RECYCLE_AFTER_TASKS_UNLIMITED), and the files
    are read the same all the same. The desktop limits the pool to one worker (its memory stays bounded)."""
    import sys

    monkeypatch.setattr(pool, "RECYCLE_AFTER_TASKS", 1000)
    monkeypatch.setattr(pool, "RECYCLE_AFTER_TASKS_UNLIMITED", 2)
    monkeypatch.setattr(pool, "_limit", None)
    pool.shut_down()
    try:
        db = open_workspace(tmp_path / "recycled.db")
        outcomes = import_files(db, feed_files, triage=triage_new_items)
        assert [o.ok for o in outcomes] == [True] * len(feed_files)
        assert sum(o.new for o in outcomes) == db.execute("SELECT count(*) FROM items").fetchone()[0] > 0
        pids = {pool.run(os.getpid, pool=pool.shared()) for _ in range(6)}
        if sys.version_info >= (3, 11):
            assert len(pids) > pool.worker_count()  # workers came and went
        monkeypatch.setattr(pool, "RECYCLE_AFTER_TASKS", 2)
        monkeypatch.setattr(pool, "RECYCLE_AFTER_TASKS_UNLIMITED", 1000)
        pool.limit_workers(1)
        assert pool.worker_count() == 1 and pool.shared()._max_workers == 1
        pids = {pool.run(os.getpid, pool=pool.shared()) for _ in range(6)}
        if sys.version_info >= (3, 11):
            assert len(pids) >= 3  # the desktop's one worker, replaced after every second feed
    finally:
        pool.shut_down()


_SCRIPT = """
import os, sys
with open(sys.argv[1], "a") as runs:  # one line each time this script runs, in whichever process
    runs.write(f"{os.getpid()}\\n")
if __name__ == "__main__":
    from workstation.core.ingest import pool
    if sys.argv[2] == "leave out":
        pool.leave_main_out_of_workers()
    workers = pool.shared()
    pids = {pool.run(os.getpid, pool=workers) for _ in range(8)}
    pool.shut_down()
    print(len(pids - {os.getpid()}))
"""


@pytest.mark.skipif(pool.worker_count() == 0, reason="one core: nothing runs in worker processes")
@pytest.mark.parametrize("choice", ["leave out", "run again"])
def test_workers_of_a_script_run_it_again_only_when_it_is_not_left_out(tmp_path, choice):
    """The command line's script imports every command; its worker processes start without running it again."""
    import subprocess
    import sys

    script, runs = tmp_path / "program", tmp_path / "runs.txt"  # no .py: as pip's console scripts
    script.write_text(_SCRIPT, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), str(runs), choice], capture_output=True, text=True,
                          timeout=120, check=True)
    workers = int(done.stdout.strip())
    assert workers >= 1  # the tasks ran in other processes
    ran = runs.read_text().split()
    assert len(ran) == (1 if choice == "leave out" else 1 + workers)


@pytest.mark.skipif(pool.worker_count() == 0, reason="one core: nothing runs in worker processes")
def test_a_worker_reading_feeds_loads_no_database_or_network_code(feed_files, monkeypatch):
    """The workers start faster and stay smaller without sqlite-utils, the fetcher (requests) and ``ingest.run``."""
    from workstation.core.ingest import reading

    monkeypatch.setattr(pool, "_limit", None)
    pool.shut_down()
    pool.limit_workers(1)
    try:
        workers = pool.shared()
        fetched = pool.run(reading.read_file_ready, feed_files[0], {"kind": "file"}, reading.StoryKeysWanted(None),
                           pool=workers)
        assert len(fetched.prepared) == len(fetched.story_keys) == 30
        loaded = set(pool.run(eval, "list(__import__('sys').modules)", pool=workers))  # in that one worker
        assert "workstation.core.ingest.reading" in loaded
        assert not loaded & {"sqlite_utils", "requests", "workstation.core.ingest.run", "workstation.core.db.connect"}
    finally:
        pool.shut_down()


@pytest.mark.skipif(pool.worker_count() == 0, reason="one core: nothing runs in worker processes")
def test_workers_started_ahead_are_ready_to_read_before_the_first_feed(monkeypatch):
    """``start_workers`` starts every worker with the reading modules loaded, so the first feeds pay no start-up."""
    import multiprocessing

    monkeypatch.setattr(pool, "_limit", None)
    pool.shut_down()
    try:
        pool.start_workers(wait=True)
        assert len(multiprocessing.active_children()) == pool.worker_count()
        check = "'workstation.core.ingest.reading' in __import__('sys').modules"
        assert {pool.run(eval, check, pool=pool.shared()) for _ in range(4)} == {True}
        assert len(multiprocessing.active_children()) == pool.worker_count()  # the same workers took the tasks
    finally:
        pool.shut_down()


@pytest.mark.skipif(pool.worker_count() == 0 or not hasattr(os, "nice"),
                    reason="one core, or no niceness to read")
def test_workers_read_at_a_lower_priority_than_the_program_that_stores(monkeypatch):
    """The one writer is ingest's narrowest step: the workers (replacements too) take only what it leaves of the
    cores."""
    monkeypatch.setattr(pool, "RECYCLE_AFTER_TASKS_UNLIMITED", 1)
    monkeypatch.setattr(pool, "_limit", None)
    pool.shut_down()
    try:
        niceness = {pool.run(os.nice, 0, pool=pool.shared()) for _ in range(4)}  # each task in a new worker
        assert niceness == {min(os.nice(0) + pool.WORKER_NICENESS, 19)}
    finally:
        pool.shut_down()
