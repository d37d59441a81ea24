"""Issue 14: the source dialog's "Try" reads the source in the background and lists the items it would create
(or says in plain words why it could not), before anything is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.support.httpserver import Reply
from workstation.core.workspace import open_workspace

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Дала жаңалықтары</title><link>http://127.0.0.1/</link>
<item><title>Алматыда қар жауады</title><link>http://127.0.0.1/a1</link><guid>a1</guid>
<pubDate>Mon, 06 Jan 2025 10:15:00 +0500</pubDate><description>Ауа райы.</description></item>
<item><title>Погода в Астане</title><link>http://127.0.0.1/a2</link><guid>a2</guid>
<pubDate>Tue, 07 Jan 2025 09:00:00 +0500</pubDate><description>Снег и ветер.</description></item>
</channel></rss>""".encode()


def _open_dialog(window):
    items = window.items_tab
    items.item_actions.add_source.trigger()
    return items.source_commands.source_dialog


def test_try_lists_the_items_a_feed_would_add_without_saving(qtbot, make_window, local_server, db_path):
    local_server.route("/rss", Reply(body=FEED, headers={"Content-Type": "application/rss+xml; charset=utf-8"}))
    window = make_window()
    dialog = _open_dialog(window)
    dialog.url.setText(local_server.url("/rss"))
    qtbot.mouseClick(dialog.try_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.trial_list.count() == 2, timeout=10000)
    lines = [dialog.trial_list.item(i).text() for i in range(2)]
    assert any("Алматыда қар жауады" in line and "2025" in line for line in lines), lines
    assert any("Погода в Астане" in line for line in lines), lines
    assert dialog.trial_status.text() == "The source gives 2 items:"
    assert dialog.try_button.isEnabled() and dialog.isVisible()
    window.runner.wait_idle(5000)
    db = open_workspace(db_path)
    try:
        assert db.execute("SELECT count(*) FROM sources").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM items").fetchone()[0] == 0
    finally:
        db.close()


def test_try_says_why_a_source_cannot_be_read(qtbot, make_window, local_server):
    local_server.route("/missing", Reply(status=404, body=b"not here"))
    window = make_window()
    dialog = _open_dialog(window)
    dialog.url.setText(local_server.url("/missing"))
    qtbot.mouseClick(dialog.try_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.trial_status.text().startswith("Could not read the source"), timeout=10000)
    assert "404" in dialog.trial_status.text() or "not found" in dialog.trial_status.text().lower()
    assert dialog.trial_list.count() == 0 and not dialog.trial_list.isVisible()
    assert dialog.try_button.isEnabled()


def test_try_without_an_address_asks_for_one(qtbot, make_window):
    window = make_window()
    dialog = _open_dialog(window)
    qtbot.mouseClick(dialog.try_button, Qt.MouseButton.LeftButton)
    assert dialog.trial_status.text() == "Could not read the source: Enter the source's address first."
