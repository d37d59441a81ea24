"""A workspace made before schema step 18 is moved to its compact form by the desktop, in the background."""

import sqlite3

from sqlite_utils import Database

from workstation.core.db import bodies, schema
from workstation.core.ingest.dedup import index_row
from workstation.core.items import search
from workstation.core.workspace import open_workspace


def _made_before_step_18(path, items: int) -> None:
    raw = Database(sqlite3.connect(path))
    schema.migrate(raw, 17)
    raw.execute("INSERT INTO sources (id, uuid, kind, url, name, created_at) "
                "VALUES (1, 'u-s1', 'rss', 'https://example.kz/rss', 'Example', '2025-01-01T00:00:00Z')")
    for n in range(1, items + 1):
        raw.execute("INSERT INTO items (id, uuid, source_id, title, published_at, first_seen_at, fetched_at, "
                    "content_html, content_text, content_hash, lang) VALUES (?, ?, 1, ?, '2025-01-02T10:00:00Z', "
                    "'2025-01-02T10:05:00Z', '2025-01-02T10:05:00Z', ?, ?, ?, 'ru')",
                    [n, f"u-{n}", f"Новость {n}", f"<p>Текст uniq{n}</p>", f"Текст uniq{n}", f"h{n}"])
        raw.execute("INSERT INTO items_fts(rowid, title, text, title_forms, text_forms) VALUES (?, ?, ?, ?, ?)",
                    [n, *index_row(f"Новость {n}", f"Текст uniq{n}", "ru")])
    raw.conn.commit()
    raw.close()


def _moving(path) -> bool:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT 1 FROM workspace_meta WHERE key = ?", [bodies.MOVING_BELOW]).fetchone() is not None
    finally:
        conn.close()


def test_the_desktop_moves_an_older_workspace_in_the_background(qtbot, make_window, db_path):
    _made_before_step_18(db_path, 300)
    window = make_window()
    qtbot.waitUntil(lambda: not _moving(db_path), timeout=30000)
    qtbot.waitUntil(lambda: window.workspace_.forms_reindex.handle is None, timeout=10000)
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM item_bodies").fetchone()[0] == 300
    assert conn.execute("SELECT count(*) FROM items WHERE content_text != ''").fetchone()[0] == 0
    assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'items_fts_stored'").fetchone() is None
    conn.close()
    check = open_workspace(db_path)
    assert search.search_ids(check, "uniq7") == [7]
    assert bodies.read(check, 7) == bodies.Body("<p>Текст uniq7</p>", "Текст uniq7")
    check.close()
