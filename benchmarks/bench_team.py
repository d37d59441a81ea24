"""The team workspace (PostgreSQL) beside the SQLite file, on the same items: search, the item list's first page
and its next step (keyset paging, as the desktop scrolls), the count beside the list; and how long a colleague's
change takes to reach another desktop.

    python benchmarks/bench_team.py                   # 1,000,000 items
    python benchmarks/bench_team.py --items 200000    # or fewer
    python benchmarks/bench_team.py --quick           # 50,000 items, 3 rounds

The SQLite workspace is bigworkspace.py's (built once and cached); a throwaway PostgreSQL cluster is started
(tests/support/postgres.py: initdb/pg_ctl in a temporary folder, fsync off as in the tests) and the same rows are
copied into a team workspace made by the product's own migrations (``COPY``, triggers off during the copy, the
full-text vectors from the words and word forms the product indexes, dedup.index_row). Both engines then answer
the same product calls (``search_items``, ``page_items``, ``count_items``, the next list page) in alternating
rounds; the first round is reported apart.
PostgreSQL runs with its defaults (shared_buffers 128 MB), SQLite with the product's 4 MiB page cache per
connection.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import time
from concurrent.futures import ProcessPoolExecutor

import _common as c
from bench_search import queries
from bigworkspace import ensure_workspace

from tests.support.postgres import running_cluster
from workstation.core.cases import workflow as cases
from workstation.core.db import bodies, pg_fulltext
from workstation.core.db.team import TeamDatabase
from workstation.core.ingest.dedup import index_row
from workstation.core.items.queries import ItemFilter, count_items, page_items, search_items
from workstation.core.workspace import open_workspace

SKIPPED = ("items_fts", "items_fts_exact", "sqlite_sequence", "sqlite_stat1")


def copy_workspace(sqlite_path, url: str, log=print) -> None:
    """Every table's rows from the SQLite file into the (migrated, empty) team workspace, then the full-text
    vectors and the identity counters."""
    import psycopg

    source = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)
    tables = [row[0] for row in source.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'items_fts%' ORDER BY rowid")]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SET session_replication_role = replica")  # no triggers or key checks while copying
        present = {row[0] for row in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")}
        for table in tables:
            if table in SKIPPED or table not in present:
                continue
            conn.execute(f"TRUNCATE {table} CASCADE")
            columns = [row[1] for row in source.execute(f"PRAGMA table_info({table})")]
            started, count = time.perf_counter(), 0
            with conn.cursor().copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in source.execute(f"SELECT {', '.join(columns)} FROM {table}"):
                    copy.write_row(row)
                    count += 1
            if count:
                log(f"  {table}: {count} rows in {time.perf_counter() - started:.1f} s")
        started, count = time.perf_counter(), 0
        product_db = open_workspace(sqlite_path, read_only=True)  # the bodies, through the product's reader
        conn.execute("TRUNCATE items_fts")
        with conn.cursor().copy("COPY items_fts (rowid, tsv) FROM STDIN") as copy, \
                ProcessPoolExecutor(os.cpu_count() or 1) as pool:
            for rows in pool.map(index_rows, _chunks(product_db)):
                for row in rows:
                    copy.write_row(row)
                count += len(rows)
        product_db.close()
        log(f"  items_fts: {count} vectors in {time.perf_counter() - started:.1f} s")
        for table, column in conn.execute(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = 'public' AND is_identity = 'YES'").fetchall():
            conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
                         f"coalesce((SELECT max({column}) FROM {table}), 0) + 1, false)")
        conn.execute("SET session_replication_role = origin")
        conn.execute("VACUUM ANALYZE")
    source.close()


def _chunks(db, size: int = 5000):
    """(id, title, lang, text) of every item, a chunk at a time."""
    last = 0
    while True:
        rows = db.execute("SELECT id, title, lang FROM items WHERE id > ? ORDER BY id LIMIT ?", [last, size]).fetchall()
        if not rows:
            return
        texts = bodies.texts(db, [row[0] for row in rows])
        if not any(texts.values()) and "content_text" in db["items"].columns_dict:
            # A generated workspace may hold its texts in the item rows still (moved by items.compact later).
            texts = dict(db.execute(f"SELECT id, content_text FROM items WHERE id IN ({','.join('?' * len(rows))})",
                                    [row[0] for row in rows]).fetchall())
        yield [(item_id, title, lang, texts.get(item_id, "")) for item_id, title, lang in rows]
        last = rows[-1][0]


def index_rows(chunk: list[tuple]) -> list[tuple]:
    """What the product indexes for each item (dedup.index_row), as the team workspace's document vectors."""
    return [(item_id, pg_fulltext.vector(list(index_row(title, text, lang)))) for item_id, title, lang, text in chunk]


def timed(func) -> tuple[float, object]:
    started = time.perf_counter()
    result = func()
    return time.perf_counter() - started, result


def engine_runs(db, q: str, after: tuple) -> dict:
    """The product calls timed per query; ``after`` is the first list page's last row (the next step's start)."""
    return {"search_items": lambda: search_items(db, q, limit=50),
            "page_items": lambda: page_items(db, ItemFilter(query=q), limit=200),
            "count_items": lambda: count_items(db, ItemFilter(query=q)),
            "list step": lambda: page_items(db, ItemFilter(), after=after, limit=200)}


def change_delay(url_writer: str, url_reader: str, samples: int) -> list[float]:
    """Seconds from a colleague's commit to the announcement reaching another desktop's listener."""
    reader = TeamDatabase(url_reader, read_only=True)
    listener = reader.listen()
    writer = open_workspace(url_writer)
    delays = []
    for n in range(samples):
        started = time.perf_counter()
        cases.create_case(writer, title=f"Бенчмарк {n}", analyst="bench")
        if "cases" in listener.wait(timeout_s=10):
            delays.append(time.perf_counter() - started)
    listener.close()
    reader.close()
    writer.close()
    return delays


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="50,000 items, 3 rounds")
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds after the first (cold) one")
    args = parser.parse_args()
    if args.quick:
        args.items, args.rounds = 50_000, 3
    c.print_machine()
    path = ensure_workspace(args.items)
    sqlite_db = open_workspace(path)
    with running_cluster() as cluster:
        import psycopg
        with psycopg.connect(cluster.url(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE bench")
        url = cluster.url(dbname="bench")
        open_workspace(url).close()  # the product's migrations make the schema
        copied = c.Stopwatch()
        copy_workspace(path, url)
        print(f"copied into PostgreSQL in {copied.elapsed():.0f} s")
        team_db = open_workspace(url)
        engines = {"SQLite": sqlite_db, "PostgreSQL": team_db}
        afters = {e: page_items(db, ItemFilter(), limit=200)[-1]["sort_key"] for e, db in engines.items()}
        qs = queries(c.Vocabulary())
        names = ("search_items", "page_items", "count_items", "list step")
        times = {e: {q: {n: [] for n in names} for _, q in qs} for e in engines}
        hits: dict[str, dict[str, int]] = {e: {} for e in engines}
        for round_number in range(args.rounds + 1):
            for _label, q in qs:
                for engine, db in engines.items():
                    for name, run in engine_runs(db, q, afters[engine]).items():
                        seconds, result = timed(run)
                        if round_number:
                            times[engine][q][name].append(seconds)
                        if name == "count_items":
                            hits[engine][q] = result
            print(f"  round {round_number} done{' (cold, not in medians)' if round_number == 0 else ''}", flush=True)

        total = sqlite_db.execute("SELECT count(*) FROM items").fetchone()[0]
        rows = []
        for label, q in qs:
            s, p = times["SQLite"][q], times["PostgreSQL"][q]
            same = "yes" if hits["SQLite"][q] == hits["PostgreSQL"][q] else \
                f"no ({hits['SQLite'][q]} / {hits['PostgreSQL'][q]})"
            rows.append([label, f"`{q}`", hits["SQLite"][q], same,
                         c.ms(c.median(s["search_items"])), c.ms(c.median(p["search_items"])),
                         c.ms(c.median(s["page_items"])), c.ms(c.median(p["page_items"])),
                         c.ms(c.median(s["count_items"])), c.ms(c.median(p["count_items"]))])
        print(f"\n{total} items; {args.rounds} timed rounds; median ms")
        print(c.table(rows, ["query", "text", "matches (SQLite)", "same on PostgreSQL", "search SQLite",
                             "search PG", "page SQLite", "page PG", "count SQLite", "count PG"]))
        for name in names:
            medians = {e: c.median([c.median(times[e][q][name]) for _, q in qs]) for e in engines}
            print(f"median of per-query medians, {name}: SQLite {c.ms(medians['SQLite'])} ms, PostgreSQL "
                  f"{c.ms(medians['PostgreSQL'])} ms ({medians['PostgreSQL'] / medians['SQLite']:.1f}x)")
        team_db.close()

        from workstation.core.db import team_roles
        with psycopg.connect(url, autocommit=True) as conn:
            for name, role in (("writer", "analyst"), ("watcher", "reader")):
                for statement in team_roles.add_user_sql(name, role, password="bench"):
                    conn.execute(statement)
        port = cluster.port
        delays = change_delay(f"postgresql://writer:bench@127.0.0.1:{port}/bench",
                              f"postgresql://watcher:bench@127.0.0.1:{port}/bench", 30)
        print(f"\na colleague's change reaches another desktop's listener: median {c.ms(c.median(delays))} ms, "
              f"p90 {c.ms(c.p90(delays))} ms, max {c.ms(max(delays))} ms ({len(delays)} of 30 seen); the desktop "
              "then reloads the lists it shows (one read)")
    sqlite_db.close()


if __name__ == "__main__":
    main()
