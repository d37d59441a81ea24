"""The schema, as forward-only migration steps. ``PRAGMA user_version`` is the number of steps applied.

Never edit a step that has shipped: add a new one. Each step runs in one transaction, so a crash
mid-migration leaves the previous version intact. tests/core/test_migrations.py builds a database at
every earlier version, fills it, and migrates it to the latest.
"""

from __future__ import annotations

from sqlite_utils import Database

# Step 1: sources, items and the full-text index (the headless core).
_V1 = [
    """
    CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('rss', 'site', 'telegram', 'youtube', 'file')),
        url TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        folder TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT 'media',
        language TEXT NOT NULL DEFAULT '',
        site_url TEXT,
        selectors TEXT,
        interval_minutes INTEGER NOT NULL DEFAULT 60,
        encoding_override TEXT,
        etag TEXT,
        last_modified TEXT,
        last_fetch_at TEXT,
        last_ok_at TEXT,
        error_count INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        last_error_key TEXT,
        last_error_params TEXT,
        retry_after TEXT,
        enabled INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL
    )
    """,
    "CREATE UNIQUE INDEX sources_url ON sources(url)",
    """
    CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
        guid TEXT,
        url TEXT,
        canonical_url TEXT,
        title TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        published_at TEXT NOT NULL,
        published_offset INTEGER,
        date_known INTEGER NOT NULL DEFAULT 1,
        first_seen_at TEXT NOT NULL,
        fetched_at TEXT NOT NULL,
        updated_at TEXT,
        content_html TEXT NOT NULL DEFAULT '',
        content_text TEXT NOT NULL DEFAULT '',
        lang TEXT NOT NULL DEFAULT '',
        content_hash TEXT NOT NULL,
        read INTEGER NOT NULL DEFAULT 0,
        starred INTEGER NOT NULL DEFAULT 0
    )
    """,
    "CREATE INDEX items_source_guid ON items(source_id, guid)",
    "CREATE INDEX items_source_canonical ON items(source_id, canonical_url)",
    "CREATE INDEX items_source_hash ON items(source_id, content_hash)",
    "CREATE INDEX items_published ON items(published_at)",
    "CREATE INDEX items_source_published ON items(source_id, published_at)",
    # The index holds case- and keyboard-folded text (see textfold.py); rowid is items.id.
    "CREATE VIRTUAL TABLE items_fts USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 0')",
]

# Step 2: the analyst's layer over items: tags, watch rules, saved searches, alerts, the audit log.
_V2 = [
    """
    CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('fake_category', 'violation_type', 'topic', 'custom')),
        name_en TEXT NOT NULL DEFAULT '',
        name_ru TEXT NOT NULL DEFAULT '',
        name_kk TEXT NOT NULL DEFAULT '',
        shortcut TEXT,
        created_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE item_tags (
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        analyst TEXT NOT NULL DEFAULT '',
        rule_id INTEGER,
        created_at TEXT NOT NULL,
        PRIMARY KEY (item_id, tag_id)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX item_tags_tag ON item_tags(tag_id, item_id)",
    """
    CREATE TABLE watch_rules (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL UNIQUE,
        query TEXT NOT NULL,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        alert INTEGER NOT NULL DEFAULT 0,
        enabled INTEGER NOT NULL DEFAULT 1,
        analyst TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE saved_searches (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL UNIQUE,
        query TEXT NOT NULL,
        filters TEXT,
        created_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE alerts (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        created_at TEXT NOT NULL,
        item_id INTEGER REFERENCES items(id) ON DELETE CASCADE,
        rule_id INTEGER REFERENCES watch_rules(id) ON DELETE SET NULL,
        message TEXT NOT NULL DEFAULT '',
        seen INTEGER NOT NULL DEFAULT 0
    )
    """,
    "CREATE INDEX alerts_unseen ON alerts(seen, created_at)",
    """
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        at TEXT NOT NULL,
        analyst TEXT NOT NULL DEFAULT '',
        entity TEXT NOT NULL,
        entity_id INTEGER,
        entity_uuid TEXT,
        action TEXT NOT NULL,
        old TEXT,
        new TEXT
    )
    """,
    "CREATE INDEX audit_entity ON audit_log(entity, entity_id, id)",
    "CREATE TABLE workspace_meta (key TEXT PRIMARY KEY, value TEXT)",
]

# Step 3: indexes that keep the desktop's list fast at a million items, whatever the sort or filter.
_V3 = [
    "CREATE INDEX items_title ON items(title COLLATE NOCASE)",
    "CREATE INDEX items_lang_published ON items(lang, published_at)",
    "CREATE INDEX items_unread_published ON items(published_at) WHERE read = 0",
    "CREATE INDEX items_starred_published ON items(published_at) WHERE starred = 1",
    "CREATE INDEX items_first_seen ON items(first_seen_at)",
    "CREATE INDEX items_source_read ON items(source_id, read)",
]

STEPS: list[list[str]] = [_V1, _V2, _V3]
LATEST = len(STEPS)


def migrate(db: Database, target: int | None = None) -> None:
    """Apply the missing steps up to ``target`` (default: the latest), each in its own transaction."""
    target = len(STEPS) if target is None else target
    current = db.execute("PRAGMA user_version").fetchone()[0]
    for number in range(current + 1, target + 1):
        with db.atomic():
            for statement in STEPS[number - 1]:
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {number}")
