"""Issue 14: Ctrl+plus / Ctrl+minus / Ctrl+0 change the item view's text size, listed in F1, kept in the settings."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workstation.ui.dialogs.help_dialog import ShortcutsDialog


def test_ctrl_plus_minus_zoom_the_item_view_and_are_remembered(make_window, settings, activate, qtbot):
    window = make_window()
    activate(window)
    view = window.items_tab.viewer
    base = view.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.font().pointSizeF() > base
    assert settings.get("item_zoom") == 2
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert settings.get("item_zoom") == 1
    bigger = view.font().pointSizeF()
    assert bigger > base
    # The next start opens at the remembered size.
    window.close()
    again = make_window()
    assert again.items_tab.viewer.font().pointSizeF() == bigger
    activate(again)
    qtbot.keyClick(again, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert settings.get("item_zoom") == 0
    assert again.items_tab.viewer.font().pointSizeF() == base


def test_the_zoom_shortcuts_are_in_the_f1_list(make_window):
    window = make_window()
    dialog = ShortcutsDialog(window.context.shortcuts.all, window)
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert rows["Larger text in the item view"] == "Ctrl++"
    assert rows["Smaller text in the item view"] == "Ctrl+-"
    assert rows["Default text size in the item view"] == "Ctrl+0"
