"""The Items tab shows a star, a read mark or a tag only once it is stored; a change the store refuses (locked
by another program too long, a full disk, a read-only workspace) never appears, and the status bar says why."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from workstation.core.db import connect as store
from workstation.core.db.connect import StorageError
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source
from workstation.core.items import tags


@pytest.fixture
def listed(db):
    source = add_source(db, "https://news.example/rss")
    store_items(db, source["id"], [ItemDraft(title=f"Жаңалық {i}", url=f"https://news.example/{i}")
                                   for i in range(3)])
    return db


def starred_in_store(db) -> int:
    return db.execute("SELECT count(*) FROM items WHERE starred = 1").fetchone()[0]


def press_on_first_row(qtbot, window, activate, key) -> None:
    items = window.items_tab
    activate(window)
    items.table.setFocus()
    items.select_row(0)
    qtbot.keyClick(items.table, key)


def test_a_star_appears_once_it_is_stored(qtbot, listed, make_window, wait_rows, activate):
    window = make_window()
    wait_rows(window, 3)
    model = window.items_tab.model
    press_on_first_row(qtbot, window, activate, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: model.rows[0]["starred"], timeout=5000)
    assert starred_in_store(listed) == 1  # by the time the list shows it, it is stored
    assert model.data(model.index(0, 0)).startswith("★ ")


def test_a_star_the_store_refused_is_not_shown_and_the_status_bar_says_why(qtbot, listed, db_path, make_window,
                                                                          wait_rows, activate, monkeypatch):
    window = make_window()
    wait_rows(window, 3)
    model = window.items_tab.model
    monkeypatch.setattr(store, "BUSY_TIMEOUT_S", 0.3)
    holder = sqlite3.connect(db_path)  # another program keeps the workspace's write lock, past the busy timeout
    holder.execute("BEGIN EXCLUSIVE")
    try:
        press_on_first_row(qtbot, window, activate, Qt.Key.Key_S)
        qtbot.waitUntil(lambda: "Not saved" in window.statusBar().currentMessage(), timeout=5000)
    finally:
        holder.rollback()
        holder.close()
    assert "locked by another program" in window.statusBar().currentMessage()
    assert not model.rows[0]["starred"]
    assert not model.data(model.index(0, 0)).startswith("★")
    assert starred_in_store(listed) == 0


def test_a_tag_the_store_refused_is_not_shown(qtbot, listed, db_path, make_window, wait_rows, activate,
                                              monkeypatch):
    window = make_window()
    wait_rows(window, 3)
    model = window.items_tab.model

    def disk_full(*_args, **_kwargs):
        raise StorageError("db.full", path=db_path)

    monkeypatch.setattr(tags, "tag_items", disk_full)
    press_on_first_row(qtbot, window, activate, Qt.Key.Key_1)  # "Harm of 5G"
    qtbot.waitUntil(lambda: "Not saved" in window.statusBar().currentMessage(), timeout=5000)
    assert "is full" in window.statusBar().currentMessage()
    assert model.data(model.index(0, 4)) == ""
    assert listed.execute("SELECT count(*) FROM item_tags").fetchone()[0] == 0


def test_a_read_only_workspace_says_so_and_refuses_changes(qtbot, listed, make_window, wait_rows, activate,
                                                            monkeypatch):
    monkeypatch.setenv(store.READ_ONLY_ENV, "1")  # what --read-only sets, and what a read-only file gives
    window = make_window()
    items = window.items_tab
    wait_rows(window, 3)
    assert items.read_only_label.isVisibleTo(window) and items.read_only_label.text() == "Read-only"
    assert not items.item_actions.fetch.isEnabled() and not items.item_actions.import_files.isEnabled()
    press_on_first_row(qtbot, window, activate, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: "Not saved" in window.statusBar().currentMessage(), timeout=5000)
    assert "read-only" in window.statusBar().currentMessage()
    assert not items.model.rows[0]["starred"] and starred_in_store(listed) == 0
    window.switch_language("ru")
    assert items.read_only_label.text() == "Только чтение"
