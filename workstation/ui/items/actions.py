"""The Items tab's actions (the Items and Sources menus, the File menu's imports) with their shortcuts, and one
action per tag. The tab connects each action to what it does; the window places them in its menus."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from workstation.core.items.tags import tag_name
from workstation.ui.shortcuts import Shortcuts


class ItemsActions(QObject):
    tagToggled = Signal(int)  # a tag's own action (its one-key shortcut or the "Tag with" menu)

    def __init__(self, shortcuts: Shortcuts, parent: QWidget) -> None:
        super().__init__(parent)
        self.shortcuts = shortcuts

        def make(shortcut: str) -> QAction:
            return shortcuts.action(shortcut, None, self)

        # Created in this order so the F1 list keeps its order.
        self.fetch = make("F5")
        self.fetch_source = make("Ctrl+F5")
        self.cancel_fetch = make("Shift+F5")
        self.focus_search = make("Ctrl+F")
        self.toggle_read = make("M")
        self.toggle_star = make("S")
        self.mark_all_read = make("Ctrl+Shift+M")
        self.next_item = make("J")
        self.previous_item = make("K")
        self.open_link = make("O")
        self.tag_menu = make("T")
        self.add_source = make("Ctrl+N")
        self.edit_source = make("F2")
        self.remove_source = make("")
        self.import_files = make("Ctrl+I")
        self.import_opml = make("")
        self.export_opml = make("")
        self.tags_submenu = QMenu(parent)
        self.tag_actions: list[QAction] = []

    def items_menu(self) -> list[QAction]:
        """The Items menu, before its "Tag with" submenu."""
        return [self.toggle_read, self.toggle_star, self.mark_all_read, self.open_link, self.next_item,
                self.previous_item, self.focus_search, self.tag_menu]

    def sources_menu(self) -> list[QAction]:
        return [self.fetch, self.fetch_source, self.cancel_fetch, self.add_source, self.edit_source,
                self.remove_source]

    def file_menu(self) -> list[QAction]:
        return [self.import_files, self.import_opml, self.export_opml]

    def retranslate(self, tags: list[dict[str, Any]], lang: str) -> None:
        texts = {
            self.fetch: self.tr("Fetch all sources"), self.fetch_source: self.tr("Fetch selected source"),
            self.cancel_fetch: self.tr("Cancel fetching"), self.focus_search: self.tr("Search"),
            self.toggle_read: self.tr("Mark read / unread"), self.toggle_star: self.tr("Star / unstar"),
            self.mark_all_read: self.tr("Mark all in list read"), self.next_item: self.tr("Next item"),
            self.previous_item: self.tr("Previous item"), self.open_link: self.tr("Open link in browser…"),
            self.tag_menu: self.tr("Tag…"), self.add_source: self.tr("Add source…"),
            self.edit_source: self.tr("Edit source…"), self.remove_source: self.tr("Remove source…"),
            self.import_files: self.tr("Import saved files…"), self.import_opml: self.tr("Import OPML…"),
            self.export_opml: self.tr("Export OPML…"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.tags_submenu.setTitle(self.tr("Tag with"))
        self.rebuild_tag_actions(tags, lang)

    def rebuild_tag_actions(self, tags: list[dict[str, Any]], lang: str) -> None:
        """One action per tag, named in the interface language, with the tag's shortcut if it has one."""
        for action in self.tag_actions:
            self.shortcuts.remove(action)
            action.deleteLater()  # renamed or removed tags must not pile up as hidden actions
        self.tags_submenu.clear()
        self.tag_actions = []
        for tag in tags:
            action = QAction(tag_name(tag, lang), self)
            if tag.get("shortcut"):
                action.setShortcut(QKeySequence(tag["shortcut"]))
            action.triggered.connect(lambda _c=False, tag_id=tag["id"]: self.tagToggled.emit(tag_id))
            self.shortcuts.add(action)
            self.tags_submenu.addAction(action)
            self.tag_actions.append(action)
