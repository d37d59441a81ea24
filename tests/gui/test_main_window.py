"""Drive the real window: add a source served by a local HTTP server, fetch, search, tag, switch language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialogButtonBox

from tests.support.httpserver import Reply
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source
from workstation.core.workspace import open_workspace

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Дала жаңалықтары</title><link>http://127.0.0.1/</link>
<item><title>5G мұнарасы денсаулыққа зиян деген фейк</title><link>http://127.0.0.1/a1</link><guid>a1</guid>
<pubDate>Mon, 06 Jan 2025 10:15:00 +0500</pubDate>
<description>&lt;p&gt;Ақпарат жалған. &lt;a href="https://evil.example/login"&gt;https://evil.example/login&lt;/a&gt;
&lt;img src="https://tracker.example/pixel.gif" alt="pixel"&gt;&lt;/p&gt;</description></item>
<item><title>Розыгрыш iPhone от банка — мошенничество</title><link>http://127.0.0.1/a2</link><guid>a2</guid>
<pubDate>Tue, 07 Jan 2025 09:00:00 +0500</pubDate><description>Не переходите по ссылкам.</description></item>
<item><title>Погода в Астане</title><link>http://127.0.0.1/a3</link><guid>a3</guid>
<pubDate>Wed, 08 Jan 2025 08:00:00 +0500</pubDate><description>Снег и ветер.</description></item>
</channel></rss>""".encode()


@pytest.fixture
def feed_server(local_server):
    local_server.route("/rss", Reply(body=FEED, headers={"Content-Type": "application/rss+xml; charset=utf-8"}))
    return local_server


def test_add_source_fetch_search_and_tag_with_the_keyboard(qtbot, make_window, feed_server, db_path, wait_rows,
                                                            activate):
    window = make_window()
    items = window.items_tab
    items.item_actions.add_source.trigger()
    dialog = items.source_commands.source_dialog
    dialog.url.setText(feed_server.url("/rss"))
    dialog.folder.setCurrentText("Media/KZ")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    wait_rows(window, 3, timeout=15000)
    titles = [items.model.rows[i]["title"] for i in range(3)]
    assert titles[0] == "Погода в Астане"  # newest first
    qtbot.waitUntil(lambda: items.count_label.text() == "3 items")

    # Search with a Russian keyboard for a Kazakh word: мунарасы finds мұнарасы.
    items.filters.search.setFocus()
    items.filters.search.insert("мунарасы")  # QTest can only type ASCII keys; the text arrives as typed
    qtbot.keyClick(items.filters.search, Qt.Key.Key_Return)
    wait_rows(window, 1)
    assert items.model.rows[0]["title"].startswith("5G мұнарасы")

    # Select it and tag it "Harm of 5G" with its one-key shortcut.
    activate(window)
    items.table.setFocus()
    items.select_row(0)
    qtbot.waitUntil(lambda: items.viewer.item is not None)
    qtbot.keyClick(items.table, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: items.model.data(items.model.index(0, 4)) == "Harm of 5G", timeout=5000)
    db = open_workspace(db_path)
    tagged = db.execute("SELECT t.key, it.analyst FROM item_tags it JOIN tags t ON t.id = it.tag_id").fetchall()
    assert tagged == [("fake.5g", "Айгерим")]
    # The same key again removes it.
    qtbot.keyClick(items.table, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: items.model.data(items.model.index(0, 4)) == "", timeout=5000)
    assert db.execute("SELECT count(*) FROM item_tags").fetchone()[0] == 0


def test_item_view_loads_nothing_and_shows_links_defanged(qtbot, make_window, feed_server, wait_rows):
    window = make_window()
    items = window.items_tab
    requests_before = len(feed_server.requests)
    assert items.fetcher.fetch()
    qtbot.waitUntil(lambda: not items.fetcher.running)  # no sources yet: nothing happens, nothing breaks
    assert items.fetch_status.last_summary == "Fetched 0 sources: 0 new items, 0 failed."
    db = open_workspace(window.db_path)
    source = add_source(db, feed_server.url("/rss"))
    assert items.fetcher.fetch([source["id"]])
    wait_rows(window, 3, timeout=15000)
    row = next(i for i, r in enumerate(items.model.rows) if r["title"].startswith("5G"))
    items.select_row(row)
    qtbot.waitUntil(lambda: items.viewer.item is not None and items.viewer.item["title"].startswith("5G"))
    text = items.viewer.toPlainText()
    assert "hxxps://evil[.]example/login" in text
    assert "https://evil.example" not in text
    assert "hxxp://127[.]0[.]0[.]1/a1" in text
    html = items.viewer.toHtml()
    assert "tracker.example" not in html
    assert items.viewer.links == ["https://evil.example/login"]
    # Only the one fetch reached the server: showing the item loaded nothing.
    assert len(feed_server.requests) == requests_before + 1


def test_switching_language_retranslates_the_window(qtbot, make_window, translations):
    window = make_window()
    assert window.menus["file"].title() == "&File"
    window.switch_language("kk")
    assert window.menus["file"].title().replace("&", "") == "Файл"
    assert window.items_tab.item_actions.fetch.text() == "Барлық дереккөздерді жүктеу"
    window.switch_language("ru")
    assert window.items_tab.item_actions.fetch.text() == "Загрузить все источники"
    assert window.settings.language() == "ru"


def test_read_star_and_mark_all_read(qtbot, make_window, db, wait_rows, activate):
    source = add_source(db, "https://news.example/rss")
    store_items(db, source["id"], [ItemDraft(title=f"Жаңалық {i}", url=f"https://news.example/{i}")
                                   for i in range(5)])
    window = make_window()
    items = window.items_tab
    wait_rows(window, 5)
    activate(window)
    items.table.setFocus()
    items.select_row(0)
    qtbot.keyClick(items.table, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: db.execute("SELECT count(*) FROM items WHERE starred = 1").fetchone()[0] == 1)
    items.item_actions.mark_all_read.trigger()
    qtbot.waitUntil(lambda: db.execute("SELECT count(*) FROM items WHERE read = 0").fetchone()[0] == 0)
    qtbot.waitUntil(lambda: all(r["read"] for r in items.model.rows))  # shown once stored, a moment later


def test_failing_source_shows_an_error_badge_without_a_popup(qtbot, make_window, db):
    source = add_source(db, "http://127.0.0.1:9/rss")  # discard port: connection refused
    window = make_window()
    items = window.items_tab
    items.fetcher.fetch([source["id"]])
    qtbot.waitUntil(lambda: not items.fetcher.running, timeout=15000)
    qtbot.waitUntil(lambda: any(s["last_error"] for s in items.snapshot["sources"]), timeout=5000)
    item = items.sources.model_.findItems("127.0.0.1", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive)[0]
    assert "connection refused" in item.toolTip()
    assert "1 failed" in items.fetch_status.last_summary


def test_screenshot_of_the_main_window_is_not_blank(qtbot, make_window, db, tmp_path, wait_rows):
    source = add_source(db, "https://news.example/rss", name="Дала жаңалықтары")
    store_items(db, source["id"], [ItemDraft(title=f"Жалған ұтыс ойыны {i}", url=f"https://news.example/{i}",
                                             content_text="мәтін") for i in range(30)])
    window = make_window()
    wait_rows(window, 30)
    window.items_tab.select_row(0)
    qtbot.waitUntil(lambda: window.items_tab.viewer.item is not None)
    path = tmp_path / "main_window.png"
    assert window.grab().save(str(path))
    image = QImage(str(path))
    assert image.width() > 800 and image.height() > 500
    colours = {image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 17)}
    assert len(colours) > 20
