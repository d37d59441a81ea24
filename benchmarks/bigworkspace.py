"""A large workspace for the search and desktop benchmarks, built fast with direct SQL and cached.

Items go into ``items``, ``item_bodies`` and ``items_fts`` the way workstation/core/ingest/dedup.py stores them
(the body compressed by db.bodies; folded title and text and their word forms in the index, rowid = items.id).
500 sources in a few folders, one year of items in arrival order (ids grow with time), titles of 5-11 words and
texts of about 300 characters drawn from a Zipf-like Kazakh/Russian/English news vocabulary, most older items read, a
few starred, 2% tagged. The schema comes from the product's own migrations (``store.connect``), so the indexes are
the real ones; no ANALYZE is run, as the product runs none.

The file is cached as benchmarks/out/workspace-<N>-schema<V>-g<G>.db and rebuilt only when missing, when the
product's schema version changes, or when this generator changes (bump GENERATOR).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import os
import random
import sqlite3
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

from _common import OUT_DIR, Vocabulary, paragraph, pick_lang, title

from workstation.core.db import bodies, schema
from workstation.core.ingest.dedup import index_row
from workstation.core.ingest.sources import add_source
from workstation.core.workspace import open_workspace

GENERATOR = 3  # 2: word forms in the index; 3: bodies apart and compressed (schema 18)
SOURCES = 500
YEAR_END = dt.datetime(2025, 6, 30, 18, 0, tzinfo=dt.timezone.utc)
FOLDERS = ["Media/KZ", "Media/RU", "State bodies", "Telegram", "Regions/Almaty", "Regions/Astana", "Foreign"]
BATCH = 20_000


def workspace_path(n: int) -> Path:
    return OUT_DIR / f"workspace-{n}-schema{schema.LATEST}-g{GENERATOR}.db"


@contextmanager
def _build_lock(path: Path):
    """One builder at a time (several benchmarks may start at once); others wait, then find the file built."""
    with open(path.with_name(path.name + ".lock"), "w") as handle:
        try:
            import fcntl
        except ImportError:  # Windows: no lock; the unique temporary name below still keeps builds apart
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def ensure_workspace(n: int, *, seed: int = 7, log=print) -> Path:
    path = workspace_path(n)
    if path.exists():
        return path
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    with _build_lock(path):
        if path.exists():
            return path  # built by another process while this one waited
        tmp = path.with_name(f"{path.stem}.building-{os.getpid()}.db")
        started = time.perf_counter()
        try:
            build(tmp, n, seed=seed, log=log)
            os.replace(tmp, path)
        finally:
            for leftover in tmp.parent.glob(tmp.name + "*"):
                leftover.unlink(missing_ok=True)
    log(f"built {path.name}: {n} items in {time.perf_counter() - started:.0f} s, "
        f"{path.stat().st_size / 1e9:.2f} GB")
    return path


def _iso(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def build(path: Path, n: int, *, seed: int, log=print) -> None:
    rng = random.Random(seed)
    vocab = Vocabulary()
    db = open_workspace(path)  # the product's schema, migrations and seeds
    source_rows = []
    for number in range(SOURCES):
        lang = pick_lang(rng)
        folder = FOLDERS[number % len(FOLDERS)]
        name = f"{['Ақпарат', 'Новости', 'News'][['kk', 'ru', 'en'].index(lang)]} {number:03d}"
        source = add_source(db, f"https://www.site{number}.kz/rss", kind="rss", name=name, folder=folder,
                            language=lang)
        source_rows.append((source["id"], f"www.site{number}.kz", lang))
    tag_ids = [row[0] for row in db.execute("SELECT id FROM tags ORDER BY id")]
    conn: sqlite3.Connection = db.conn
    # Bulk load: indexes on items are dropped and rebuilt afterwards (same SQL), no journal while building.
    indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'items' "
                           "AND sql IS NOT NULL").fetchall()
    conn.commit()
    conn.isolation_level = None
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -400000")
    for name, _sql in indexes:
        conn.execute(f"DROP INDEX {name}")
    span = dt.timedelta(days=365).total_seconds()
    start = YEAR_END - dt.timedelta(days=365)
    recent = YEAR_END - dt.timedelta(days=7)
    item_sql = ("INSERT INTO items (id, uuid, source_id, guid, url, canonical_url, title, author, published_at, "
                "published_offset, date_known, first_seen_at, fetched_at, lang, "
                "content_hash, read, starred) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, 300, 1, ?, ?, ?, ?, ?, ?)")
    body_sql = f"INSERT INTO {bodies.TABLE} (item_id, body) VALUES (?, ?)"
    fts_sql = "INSERT INTO items_fts(rowid, title, text, title_forms, text_forms) VALUES (?, ?, ?, ?, ?)"
    tag_sql = ("INSERT INTO item_tags (item_id, tag_id, analyst, rule_id, created_at) "
               "VALUES (?, ?, 'rule:bench', NULL, ?)")
    started = time.perf_counter()
    item_id = 0
    while item_id < n:
        rows, body_rows, fts_rows, tag_rows = [], [], [], []
        for _ in range(min(BATCH, n - item_id)):
            item_id += 1
            source_id, host, source_lang = source_rows[rng.randrange(SOURCES)]
            lang = source_lang if rng.random() < 0.9 else pick_lang(rng)
            published = start + dt.timedelta(seconds=span * item_id / n + rng.uniform(-7200, 600))
            seen = published + dt.timedelta(seconds=rng.uniform(60, 1800))
            head = title(rng, vocab, lang)
            text = paragraph(rng, vocab, lang, rng.randint(220, 380))
            url = f"https://{host}/news/{item_id}"
            read = int(rng.random() < (0.85 if seen < recent else 0.2))
            rows.append((item_id, str(uuid.UUID(int=rng.getrandbits(128), version=4)), source_id, f"{host}-{item_id}",
                         url, url, head, _iso(published), _iso(seen), _iso(seen),
                         lang, hashlib.sha256(f"{head}\n{text}".encode()).hexdigest(), read,
                         int(rng.random() < 0.005)))
            body_rows.append((item_id, bodies.pack(f"<p>{html.escape(text)}</p>", text)))
            fts_rows.append((item_id, *index_row(head, text, lang)))
            if rng.random() < 0.02:
                tag_rows.append((item_id, rng.choice(tag_ids), _iso(seen)))
        conn.execute("BEGIN")
        conn.executemany(item_sql, rows)
        conn.executemany(body_sql, body_rows)
        conn.executemany(fts_sql, fts_rows)
        conn.executemany(tag_sql, tag_rows)
        conn.execute("COMMIT")
        if item_id % 100_000 == 0 or item_id == n:
            rate = item_id / (time.perf_counter() - started)
            log(f"  {item_id} items ({rate:.0f}/s)", flush=True)
    log("  rebuilding the items indexes", flush=True)
    conn.execute("BEGIN")
    for _name, sql in indexes:
        conn.execute(sql)
    # The running counts, as ingest keeps them (dedup.count_new_items; no insert trigger since schema step 17).
    conn.execute("DELETE FROM item_counts")
    conn.execute("DELETE FROM item_counts_month")
    conn.execute("INSERT INTO item_counts (day, source_id, lang, n) SELECT substr(first_seen_at, 1, 10), "
                 "coalesce(source_id, 0), lang, count(*) FROM items GROUP BY 1, 2, 3")
    conn.execute("INSERT INTO item_counts_month (month, source_id, lang, n) SELECT substr(day, 1, 7), source_id, "
                 "lang, sum(n) FROM item_counts GROUP BY 1, 2, 3")
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
