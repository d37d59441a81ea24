"""Saved searches, watch rules tested before saving, shortcuts help, remembered layout."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source
from workstation.ui.dialogs.help_dialog import ShortcutsDialog
from workstation.ui.dialogs.rules_dialog import RulesDialog


def stock(db):
    src = add_source(db, "https://news.example/rss")
    store_items(db, src["id"], [ItemDraft(title="Розыгрыш призов — фейк", url="https://n/1"),
                                ItemDraft(title="Жалған ұтыс ойыны", url="https://n/2"),
                                ItemDraft(title="Погода", url="https://n/3")])


def test_a_saved_search_appears_in_the_tree_with_its_count(qtbot, make_window, db, monkeypatch, wait_rows):
    stock(db)
    window = make_window()
    wait_rows(window, 3)
    window.items_tab.filters.search.setText("розыгрыш OR утыс")
    window.items_tab.apply_filter()
    wait_rows(window, 2)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Ұтыс / розыгрыш", True))
    window.items_tab.filters.save.click()
    qtbot.waitUntil(lambda: bool(window.items_tab.snapshot["probes"]), timeout=5000)
    found = window.items_tab.sources.model_.findItems("Ұтыс / розыгрыш (2)", Qt.MatchFlag.MatchRecursive)
    assert found
    window.items_tab.filters.search.clear()
    window.items_tab.sources.setCurrentIndex(found[0].index())
    wait_rows(window, 2)


def test_a_rule_is_tested_on_stored_items_before_it_is_saved(qtbot, make_window, db):
    stock(db)
    window = make_window()
    dialog = RulesDialog(window.runner, "en", "Айгерим", window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.tag.count() > 0, timeout=5000)
    dialog.query.setText('розыгрыш OR "ұтыс ойыны"')
    dialog.test()
    qtbot.waitUntil(lambda: "match" in dialog.result.text(), timeout=5000)
    assert dialog.result.text() == "2 stored items match this rule."
    assert db.execute("SELECT count(*) FROM watch_rules").fetchone()[0] == 0  # testing saved nothing
    dialog.query.setText("(broken")
    dialog.test()
    assert "parentheses" in dialog.result.text()
    dialog.name.setText("Ұтыс")
    dialog.query.setText('розыгрыш OR "ұтыс ойыны"')
    dialog.apply_existing.setChecked(True)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    assert db.execute("SELECT count(*) FROM item_tags").fetchone()[0] == 2


def test_shortcuts_help_lists_the_real_actions(qtbot, make_window):
    window = make_window()
    dialog = ShortcutsDialog(window.shortcuts.all, window)
    qtbot.addWidget(dialog)
    shown = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert shown["Fetch all sources"] == "F5"
    assert shown["Harm of 5G"] == "1"
    assert shown["New fake case from selected items…"] == "Ctrl+Shift+N"


def test_layout_and_column_widths_are_remembered(qtbot, make_window, db_path):
    first = make_window()
    first.resize(1111, 666)  # inside the 1366×768 screen (a bigger size is shrunk to fit it)
    first.items_tab.table.setColumnWidth(0, 333)
    first.close()
    second = make_window(db_path)
    assert second.items_tab.table.columnWidth(0) == 333
    assert second.width() == 1111 and abs(second.height() - 666) <= 5  # offscreen frames differ by a few pixels
