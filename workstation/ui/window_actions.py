"""The main window's actions, menus, toolbar and shortcuts, and what each action does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu, QMessageBox, QSystemTrayIcon, QToolBar

from workstation.core.ingest import opml, sources
from workstation.core.items import queries as items_core
from workstation.core.items.tags import tag_name
from workstation.ui.dialogs.help_dialog import ShortcutsDialog
from workstation.ui.dialogs.rules_dialog import RulesDialog
from workstation.ui.dialogs.settings_dialog import SettingsDialog
from workstation.ui.dialogs.source_dialog import SourceDialog
from workstation.ui.dialogs.tags_dialog import TagsDialog
from workstation.ui.i18n import describe

if TYPE_CHECKING:
    from workstation.ui.main_window import MainWindow


class WindowActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.all: list[QAction] = []
        make = self._action
        self.fetch = make("F5", self.fetch_all)
        self.fetch_source = make("Ctrl+F5", self.fetch_selected_source)
        self.cancel_fetch = make("Shift+F5", window.fetcher.cancel)
        self.focus_search = make("Ctrl+F", window.filters.focus_search)
        self.toggle_read = make("M", self.toggle_read_selected)
        self.toggle_star = make("S", self.toggle_star_selected)
        self.mark_all_read = make("Ctrl+Shift+M", self.mark_list_read)
        self.next_item = make("J", lambda: self.move(1))
        self.previous_item = make("K", lambda: self.move(-1))
        self.open_link = make("O", self.open_item_link)
        self.tag_menu = make("T", self.show_tag_menu)
        self.add_source = make("Ctrl+N", self.add_source_dialog)
        self.edit_source = make("F2", self.edit_source_dialog)
        self.remove_source = make("", self.remove_selected_source)
        self.import_files = make("Ctrl+I", self.import_files_dialog)
        self.import_opml = make("", self.import_opml_dialog)
        self.export_opml = make("", self.export_opml_dialog)
        self.rules = make("Ctrl+R", self.rules_dialog)
        self.taxonomy = make("", self.tags_dialog)
        self.settings = make("Ctrl+,", self.settings_dialog)
        self.shortcuts = make("F1", self.shortcuts_dialog)
        self.quit = make("Ctrl+Q", window.close)
        self.tag_actions: list[QAction] = []
        self.menus: dict[str, QMenu] = {}
        bar = window.menuBar()
        for key in ("file", "items", "sources", "tools", "help"):
            self.menus[key] = bar.addMenu("")
        self.menus["file"].addActions([self.import_files, self.import_opml, self.export_opml])
        self.menus["file"].addSeparator()
        self.menus["file"].addAction(self.quit)
        self.menus["items"].addActions([self.toggle_read, self.toggle_star, self.mark_all_read, self.open_link,
                                        self.next_item, self.previous_item, self.focus_search, self.tag_menu])
        self.tags_submenu = self.menus["items"].addMenu("")
        self.menus["sources"].addActions([self.fetch, self.fetch_source, self.cancel_fetch, self.add_source,
                                          self.edit_source, self.remove_source])
        self.menus["tools"].addActions([self.rules, self.taxonomy, self.settings])
        self.menus["help"].addAction(self.shortcuts)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.addActions([self.fetch, self.add_source, self.toggle_star, self.mark_all_read, self.rules])
        window.addToolBar(self.toolbar)
        window.sources.addActions([self.fetch_source, self.edit_source, self.remove_source])
        self.tray = QSystemTrayIcon(window) if QSystemTrayIcon.isSystemTrayAvailable() else None

    def _action(self, shortcut: str, slot) -> QAction:
        action = QAction(self.w)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            # Shortcuts on single letters must not fire while the analyst types in the search box.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.w.addAction(action)
        self.all.append(action)
        return action

    def retranslate(self) -> None:
        texts = {
            self.fetch: self.tr("Fetch all sources"), self.fetch_source: self.tr("Fetch selected source"),
            self.cancel_fetch: self.tr("Cancel fetching"), self.focus_search: self.tr("Search"),
            self.toggle_read: self.tr("Mark read / unread"), self.toggle_star: self.tr("Star / unstar"),
            self.mark_all_read: self.tr("Mark all in list read"), self.next_item: self.tr("Next item"),
            self.previous_item: self.tr("Previous item"), self.open_link: self.tr("Open link in browser…"),
            self.tag_menu: self.tr("Tag…"), self.add_source: self.tr("Add source…"),
            self.edit_source: self.tr("Edit source…"), self.remove_source: self.tr("Remove source…"),
            self.import_files: self.tr("Import saved files…"), self.import_opml: self.tr("Import OPML…"),
            self.export_opml: self.tr("Export OPML…"), self.rules: self.tr("Watch rules…"),
            self.taxonomy: self.tr("Taxonomy…"), self.settings: self.tr("Settings…"),
            self.shortcuts: self.tr("Keyboard shortcuts"), self.quit: self.tr("Quit"),
        }
        for action, text in texts.items():
            action.setText(text)
        titles = {"file": self.tr("&File"), "items": self.tr("&Items"), "sources": self.tr("&Sources"),
                  "tools": self.tr("&Tools"), "help": self.tr("&Help")}
        for key, title in titles.items():
            self.menus[key].setTitle(title)
        self.tags_submenu.setTitle(self.tr("Tag with"))
        self.rebuild_tag_actions(self.w.tags)

    # --- tags ---------------------------------------------------------------------------------------------------
    def rebuild_tag_actions(self, tag_list: list[dict]) -> None:
        for action in self.tag_actions:
            self.w.removeAction(action)
            if action in self.all:
                self.all.remove(action)
        self.tags_submenu.clear()
        self.tag_actions = []
        for tag in tag_list:
            action = QAction(tag_name(tag, self.w.lang()), self.w)
            if tag.get("shortcut"):
                action.setShortcut(QKeySequence(tag["shortcut"]))
            action.triggered.connect(lambda _c=False, tag_id=tag["id"]: self.w.toggle_tag(tag_id))
            self.w.addAction(action)
            self.tags_submenu.addAction(action)
            self.tag_actions.append(action)
            self.all.append(action)

    def show_tag_menu(self) -> None:
        rect = self.w.table.visualRect(self.w.table.currentIndex())
        self.tags_submenu.exec(self.w.table.viewport().mapToGlobal(rect.bottomLeft()))

    def show_item_menu(self, pos) -> None:
        menu = QMenu(self.w)
        menu.addActions([self.toggle_read, self.toggle_star, self.open_link])
        menu.addMenu(self.tags_submenu)
        menu.exec(self.w.table.viewport().mapToGlobal(pos))

    # --- items --------------------------------------------------------------------------------------------------
    def _selected_rows(self) -> list[dict]:
        return [self.w.model.rows[self.w.model.row_of[i]] for i in self.w.selected_ids() if i in self.w.model.row_of]

    def toggle_read_selected(self) -> None:
        rows = self._selected_rows()
        if rows:
            self.w.set_flags([r["id"] for r in rows], read=not all(r["read"] for r in rows))

    def toggle_star_selected(self) -> None:
        rows = self._selected_rows()
        if rows:
            self.w.set_flags([r["id"] for r in rows], starred=not all(r["starred"] for r in rows))

    def mark_list_read(self) -> None:
        flt = self.w.current_filter()
        if flt is None:
            return
        self.w.model.update_items(list(self.w.model.row_of), read=True)
        self.w.runner.write(lambda db, _c: items_core.mark_all_read(db, flt), lambda _n: self.w.refresh_snapshot())

    def move(self, step: int) -> None:
        row = self.w.table.currentIndex().row() + step
        if 0 <= row < self.w.model.rowCount():
            self.w.select_row(row)
        elif step > 0 and self.w.model.canFetchMore():
            self.w.model.fetchMore()

    def open_item_link(self) -> None:
        if self.w.viewer.item_url:
            self.w.viewer.open_deliberately(self.w.viewer.item_url)

    # --- sources ------------------------------------------------------------------------------------------------
    def fetch_all(self) -> None:
        self.w.fetcher.fetch()

    def _selected_source_id(self) -> int | None:
        node = self.w.sources.current_node()
        return node[1] if node and node[0] == "source" else None

    def fetch_selected_source(self) -> None:
        source_id = self._selected_source_id()
        if source_id is not None:
            self.w.fetcher.fetch([source_id])

    def _folders(self) -> list[str]:
        return sorted({s["folder"] for s in (self.w.snapshot or {}).get("sources", []) if s["folder"]})

    def add_source_dialog(self) -> None:
        self._source_dialog(None)

    def edit_source_dialog(self) -> None:
        source_id = self._selected_source_id()
        if source_id is None:
            return
        source = next((s for s in self.w.snapshot["sources"] if s["id"] == source_id), None)
        if source:
            self._source_dialog(source)

    def _source_dialog(self, source: dict | None) -> None:
        dialog = SourceDialog(self.w, source=source, folders=self._folders())

        def save(values: dict) -> None:
            def write(db, _ctx):
                if source is None:
                    created = sources.add_source(db, values["url"], kind=values["kind"], name=values["name"] or None,
                                                 folder=values["folder"], category=values["category"],
                                                 language=values["language"], selectors=values["selectors"],
                                                 interval_minutes=values["interval_minutes"],
                                                 encoding_override=values["encoding_override"])
                    if not values["enabled"]:
                        sources.update_source(db, created["id"], enabled=False)
                    return created
                changes = dict(values)
                if changes["kind"] is None:
                    changes.pop("kind")
                if not changes["name"]:
                    changes.pop("name")
                return sources.update_source(db, source["id"], **changes)

            def saved(row: dict) -> None:
                dialog.done(QDialog.DialogCode.Accepted)
                self.w.refresh_snapshot()
                if source is None:
                    self.w.fetcher.fetch([row["id"]])

            self.w.runner.write(write, saved, lambda err: dialog.show_error(describe(err)))

        dialog.submitted.connect(save)  # the core validates; the dialog closes only when the write succeeded
        dialog.open()
        self.source_dialog = dialog

    def remove_selected_source(self) -> None:
        source_id = self._selected_source_id()
        if source_id is None:
            return
        source = next((s for s in self.w.snapshot["sources"] if s["id"] == source_id), None)
        text = self.tr("Remove the source \"{0}\"?\n\nItems you starred, tagged or used in a case are kept.")
        if source and self.w.confirm(self.tr("Remove source"), text.format(source["name"])):
            self.w.runner.write(lambda db, _c: sources.remove_source(db, source_id),
                                lambda _r: (self.w.refresh_snapshot(), self.w.apply_filter()))

    def import_files_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self.w, self.tr("Import saved feeds and pages"), "",
                                                self.tr("Feeds and pages (*.xml *.rss *.atom *.html *.htm);;"
                                                        "All files (*)"))
        if paths:
            self.w.fetcher.import_paths(paths)

    def import_opml_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.w, self.tr("Import OPML"), "", "OPML (*.opml *.xml)")
        if not path:
            return

        def done(result) -> None:
            self.w.statusBar().showMessage(
                self.tr("Imported {0} sources; {1} already present; {2} failed.").format(
                    len(result.added), len(result.skipped), len(result.failed)), 10000)
            self.w.refresh_snapshot()

        self.w.runner.write(lambda db, _c: opml.import_opml(db, path), done)

    def export_opml_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.w, self.tr("Export OPML"), "sources.opml", "OPML (*.opml)")
        if path:
            self.w.runner.read(lambda db, _c: opml.export_opml(db, path),
                               lambda n: self.w.statusBar().showMessage(self.tr("Exported {0} sources.").format(n),
                                                                        8000))

    # --- tools --------------------------------------------------------------------------------------------------
    def rules_dialog(self) -> None:
        RulesDialog(self.w.runner, self.w.lang(), self.w.analyst(), self.w).exec()
        self.w.refresh_snapshot()

    def tags_dialog(self) -> None:
        TagsDialog(self.w.runner, self.w.analyst(), self.w).exec()
        self.w.refresh_snapshot()

    def settings_dialog(self) -> None:
        dialog = SettingsDialog(self.w.settings, self.w)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            dialog.apply()
            self.w.apply_settings()
            if self.w.settings.language() != self.w.lang():
                self.w.switch_language(self.w.settings.language())

    def shortcuts_dialog(self) -> None:
        ShortcutsDialog(self.all, self.w).exec()

    def show_alerts(self) -> None:
        alerts = getattr(self.w, "pending_alerts", [])
        if not alerts:
            return
        lines = "\n".join(f"• {a['message']}: {a['title'] or ''}" for a in alerts[:30])
        QMessageBox.information(self.w, self.tr("Alerts"), lines)
        ids = [a["id"] for a in alerts]
        self.w.runner.write(lambda db, _c: alerts.mark_alerts_seen(db, ids), lambda _r: self.w.check_alerts())

    def notify(self, title: str, text: str) -> None:
        """A desktop notification when the system has a tray; otherwise the status bar button is enough."""
        if self.tray is not None:
            self.tray.setIcon(QApplication.windowIcon())
            self.tray.show()
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
