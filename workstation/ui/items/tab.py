"""The Items tab: sources on the left, the filter bar and item list in the middle, the selected item on the right."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QLabel, QMenu, QSplitter, QVBoxLayout, QWidget

from workstation.core.items import overview, probes, tags
from workstation.core.items import queries as items_core
from workstation.core.items.tags import tag_name
from workstation.core.textfold import other_layout
from workstation.ui.context import TabContext
from workstation.ui.i18n import describe
from workstation.ui.items.actions import ItemsActions
from workstation.ui.items.alerts_button import AlertsButton
from workstation.ui.items.fetch_controller import FetchController
from workstation.ui.items.fetch_status import FetchStatus
from workstation.ui.items.filter_bar import FilterBar
from workstation.ui.items.item_list import ItemList
from workstation.ui.items.model import ItemsModel
from workstation.ui.items.source_commands import SourceCommands
from workstation.ui.items.sources_pane import SourcesPane
from workstation.ui.items.view import ItemView
from workstation.ui.tasks import Newest

MARK_READ_AFTER_MS = 600
OPERATORS = {"AND", "OR", "NOT"}
RECOUNT_AFTER_MS = 1500


def with_prefixes(query: str) -> str:
    """Each plain word of the query as a prefix (``word*``); operators, fields, phrases and prefixes stay."""
    words = []
    for word in query.split():
        plain = word.isalnum() and word not in OPERATORS
        words.append(word + "*" if plain else word)
    return " ".join(words)


def switch_layout(query: str) -> str:
    """The query's words as the same keys type them in the other keyboard layout (operators stay)."""
    return " ".join(word if word in OPERATORS else other_layout(word) for word in query.split())


def _link(key: str, text: str) -> str:
    return f'<a href="{key}">{html.escape(text)}</a>'


class ItemsTab(QWidget):
    snapshotLoaded = Signal()  # the sources pane's counts and the tags are fresh
    itemShown = Signal(int)
    fetched = Signal()  # a fetch or file import finished: other tabs may have new matches to show

    def __init__(self, context: TabContext) -> None:
        super().__init__()
        self.item_loading = Newest()
        self.snapshot_loading = Newest()
        self.context = context
        self.snapshot: dict | None = None
        self.sources = SourcesPane()
        self.filters = FilterBar()
        self.model = ItemsModel(context.runner, self)
        self.table = ItemList(self.model)
        self.viewer = ItemView()
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.filters)
        # Said when a search finds nothing, with what might help (links the analyst can click).
        self.empty_state = QLabel()
        self.empty_state.setObjectName("no_results")
        self.empty_state.setWordWrap(True)
        self.empty_state.setTextFormat(Qt.TextFormat.RichText)
        self.empty_state.setContentsMargins(6, 6, 6, 6)
        self.empty_state.setStyleSheet("QLabel#no_results { background: #fff4ce; border: 1px solid #e0c060; }")
        self.empty_state.linkActivated.connect(self._try_suggestion)
        self.empty_state.setVisible(False)
        middle_layout.addWidget(self.empty_state)
        middle_layout.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sources)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.viewer)
        self.splitter.setSizes([260, 760, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.count_label = QLabel()
        # Shown when the workspace is open read-only (a read-only file, folder or medium, or --read-only).
        self.read_only_label = QLabel()
        self.read_only_label.setVisible(context.runner.read_only)
        self.alerts_button = AlertsButton(context)
        self.fetcher = FetchController(context.runner, self)
        self.item_actions = ItemsActions(context.shortcuts, self)
        self.fetch_status = FetchStatus(self.fetcher, context.notifier, self.item_actions.fetch, self)
        self.source_commands = SourceCommands(context, self.fetcher, self.sources,
                                              sources_changed=self.refresh_snapshot, items_changed=self.apply_filter,
                                              parent=self)
        self.sources.addActions([self.item_actions.fetch_source, self.item_actions.edit_source,
                                 self.item_actions.remove_source])
        self._read_timer = QTimer(self, singleShot=True, interval=MARK_READ_AFTER_MS)
        self._read_timer.timeout.connect(self._mark_current_read)
        self._recount_timer = QTimer(self, singleShot=True, interval=RECOUNT_AFTER_MS)
        self._recount_timer.timeout.connect(self.refresh_snapshot)
        self._shown_item: dict | None = None
        self._connect()

    # --- wiring -----------------------------------------------------------------------------------------------
    def _connect(self) -> None:
        self.sources.nodeSelected.connect(lambda _node: self.apply_filter())
        self.filters.changed.connect(self.apply_filter)
        self.filters.saveRequested.connect(self.save_probe)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.customContextMenuRequested.connect(self._show_item_menu)
        self.model.countChanged.connect(lambda _n: self._update_count())
        self.model.countChanged.connect(self._show_empty_state)
        self.model.pageLoaded.connect(lambda _n: self._update_count())
        self.model.loadFailed.connect(self.context.notifier.error)
        self.viewer.linkHovered.connect(lambda text: self.context.notifier.status(text, 4000))
        self.fetcher.finished.connect(self._fetch_finished)
        actions, commands = self.item_actions, self.source_commands
        slots = {
            actions.fetch: commands.fetch_all, actions.fetch_source: commands.fetch_selected_source,
            actions.cancel_fetch: self.fetcher.cancel, actions.focus_search: self.filters.focus_search,
            actions.toggle_read: self.toggle_read_selected, actions.toggle_star: self.toggle_star_selected,
            actions.mark_all_read: self.mark_list_read, actions.next_item: lambda: self.table.move(1),
            actions.previous_item: lambda: self.table.move(-1), actions.open_link: self.open_item_link,
            actions.tag_menu: self._show_tag_menu, actions.add_source: commands.add_source_dialog,
            actions.edit_source: commands.edit_source_dialog, actions.remove_source: commands.remove_selected_source,
            actions.import_files: commands.import_files_dialog, actions.import_opml: commands.import_opml_dialog,
            actions.export_opml: commands.export_opml_dialog,
        }
        for action, slot in slots.items():
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
        actions.tagToggled.connect(self.toggle_tag)
        if self.context.runner.read_only:
            # Fetching and editing sources would download and parse everything only to be refused at the end.
            for action in (actions.fetch, actions.fetch_source, actions.add_source, actions.edit_source,
                           actions.remove_source, actions.import_files, actions.import_opml):
                action.setEnabled(False)

    def status_widgets(self) -> list[QWidget]:
        """For the window's status bar, left to right."""
        return [self.read_only_label, self.alerts_button, self.count_label, *self.fetch_status.widgets()]

    def configure_fetching(self, *, jobs: int, proxy: str | None, every_minutes: int) -> None:
        self.fetcher.jobs = jobs
        self.fetcher.proxy = proxy
        self.fetcher.schedule(0 if self.context.runner.read_only else every_minutes)

    def stop_fetching(self) -> None:
        """The window is closing: no new scheduled fetch, and the running one stops."""
        self.fetcher.cancel()
        self.fetcher.timer.stop()

    # --- loading ----------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """The pane's counts and the list, at start and after a change made elsewhere (a bundle imported)."""
        self.refresh_snapshot()
        self.apply_filter()

    def refresh_snapshot(self) -> None:
        self.context.runner.read(lambda db, _c: overview.pane_snapshot(db), self._snapshot_arrived,
                                 newest=self.snapshot_loading)

    def _snapshot_arrived(self, snapshot: dict) -> None:
        self.snapshot = snapshot
        lang = self.context.lang()
        self.sources.populate(snapshot, lang)
        self.model.set_tags(snapshot["tags"], lang)
        self.item_actions.rebuild_tag_actions(snapshot["tags"], lang)
        self.context.taxonomy.set_tags(snapshot["tags"])
        self.snapshotLoaded.emit()

    def current_filter(self) -> items_core.ItemFilter | None:
        flt = self.filters.current()
        if flt is None:
            return None
        kind, value = self.sources.current_node() or ("all", None)
        if kind == "source":
            flt.source_ids = [value]
        elif kind == "folder":
            flt.folder = value
        elif kind == "tag":
            flt.tag_ids = [value]
        elif kind == "unread":
            flt.unread_only = True
        elif kind == "starred":
            flt.starred_only = True
        elif kind == "orphans":
            flt.no_source_only = True
        elif kind == "probe" and self.snapshot:
            probe = next((p for p in self.snapshot["probes"] if p["id"] == value), None)
            if probe:
                saved = probe["filter"]
                saved.query = " ".join(f"({q})" for q in (saved.query, flt.query) if q.strip())
                return saved
        return flt

    def apply_filter(self) -> None:
        flt = self.current_filter()
        if flt is not None:
            self.empty_state.setVisible(False)
            self.model.set_query(flt)
            self.viewer.show_placeholder()

    # --- a search that finds nothing ----------------------------------------------------------------------------
    def _narrowing(self) -> list[str]:
        """What narrows the list besides the words: the filter bar's choices and the node of the sources pane."""
        bar = self.filters
        found = []
        if bar.period.currentIndex() > 0:
            found.append(bar.period.currentText())
        if bar.language.currentIndex() > 0:
            found.append(bar.language.currentText())
        found += [box.text().replace("&", "") for box in (bar.unread, bar.starred) if box.isChecked()]
        node = self.sources.current_node()
        if node and node[0] != "all":
            current = self.sources.currentIndex()
            found.append(current.data() if current.isValid() else node[0])
        return found

    def _show_empty_state(self, count: int) -> None:
        """No item matches: say so, and offer the words as prefixes, the other keyboard layout, no filters."""
        query = self.filters.search.text().strip()
        narrowing = self._narrowing()
        if count or not (query or narrowing):
            self.empty_state.setVisible(False)
            return
        lines = [html.escape(self.tr("No item matches «{0}».").format(query) if query else
                             self.tr("No item matches the chosen filters."))]
        prefixed, switched = with_prefixes(query), switch_layout(query)
        if query and prefixed != query:
            lines.append(self.tr("Words that start with these: {0}").format(_link("prefix", prefixed)))
        if query and switched != query:
            lines.append(self.tr("Typed in the other keyboard layout? {0}").format(_link("layout", switched)))
        if narrowing:
            lines.append(self.tr("Search without the filters ({0}): {1}").format(
                html.escape(", ".join(narrowing)), _link("clear", self.tr("remove the filters"))))
        self.empty_state.setText("<br>".join(lines))
        self.empty_state.setVisible(True)

    def _try_suggestion(self, link: str) -> None:
        query = self.filters.search.text().strip()
        if link == "prefix":
            self.filters.search.setText(with_prefixes(query))
        elif link == "layout":
            self.filters.search.setText(switch_layout(query))
        elif link == "clear":
            bar = self.filters
            for widget in (bar.period, bar.language, bar.unread, bar.starred):
                widget.blockSignals(True)
            bar.period.setCurrentIndex(0)
            bar.language.setCurrentIndex(0)
            bar.unread.setChecked(False)
            bar.starred.setChecked(False)
            for widget in (bar.period, bar.language, bar.unread, bar.starred):
                widget.blockSignals(False)
            if self.sources.current_node() not in (None, ("all", None)):
                self.sources.select_node(("all", None))  # the pane's selection signal applies the filter
                return
        self.apply_filter()

    def show_items(self, source_id: int | None = None, language: str = "") -> None:
        """The list of one source's items in every language, or of one language's items from every source
        (``language`` "" is every language); a bar of the Statistics tab asks for it."""
        combo = self.filters.language
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(language)))
        combo.blockSignals(False)
        node = ("source", source_id) if source_id is not None else ("all", None)
        if self.sources.current_node() == node:
            self.apply_filter()
        else:
            self.sources.select_node(node)  # the pane's selection signal applies the filter

    def _update_count(self) -> None:
        total = self.model.total
        shown = self.model.rowCount()
        if total is None:
            self.count_label.setText(self.tr("%n item(s) shown", "", shown))
        else:
            self.count_label.setText(self.tr("%n item(s)", "", total))

    # --- the selected item ------------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        return self.table.selected_ids()

    def selected_rows(self) -> list[dict[str, Any]]:
        """The items selected in the list (for a case or violations made from them)."""
        return self.table.selected_rows()

    def select_row(self, row: int) -> None:
        self.table.select_row(row)

    def _current_row_changed(self, current, _previous) -> None:
        row = self.model.item_at(current.row()) if current.isValid() else None
        if row is None:
            return
        item_id = row["id"]
        self.context.runner.read(lambda db, _c: (items_core.get_item(db, item_id), tags.tags_of(db, [item_id])),
                                 self._item_arrived, newest=self.item_loading)

    def _tag_names(self, tag_ids: list[int]) -> list[str]:
        by_id, lang = self.context.taxonomy.by_id(), self.context.lang()
        return [tag_name(by_id[t], lang) for t in tag_ids if t in by_id]

    def _item_arrived(self, data) -> None:
        item, tag_map = data
        current = self.table.current_item()
        if current is None or current["id"] != item["id"]:
            return  # the analyst has moved on
        self._shown_item = item
        self.viewer.show_item(item, self._tag_names(tag_map.get(item["id"], [])))
        self.itemShown.emit(item["id"])
        if not item["read"] and not self.context.runner.read_only:
            self._read_timer.start()

    def _mark_current_read(self) -> None:
        current = self.table.current_item()
        if current and self._shown_item and current["id"] == self._shown_item["id"] and not current["read"]:
            self.set_flags([current["id"]], read=True)

    def open_item_link(self) -> None:
        if self.viewer.item_url:
            self.viewer.open_deliberately(self.viewer.item_url)

    # --- read and starred -------------------------------------------------------------------------------------
    def set_flags(self, ids: list[int], **flags: bool) -> None:
        """Read or starred: the list shows the change once it is stored, and says so when it could not be."""
        if not ids:
            return

        def stored(_count) -> None:
            self.model.update_items(ids, **flags)
            self._counts_changed()

        self.context.runner.write(lambda db, _c: items_core.set_flags(db, ids, **flags), stored, self._not_saved)

    def _not_saved(self, error: object) -> None:
        """A change the store refused (read-only, a full disk, locked too long): the list never showed it."""
        self.context.notifier.status(self.tr("Not saved: {0}").format(describe(error)), 10000)

    def _counts_changed(self) -> None:
        # Reading item after item changes the unread counts each time; recount once the analyst pauses, not per
        # item (on a million items the recount is a fifth of a second of a reading thread).
        self._recount_timer.start()

    def toggle_read_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.set_flags([r["id"] for r in rows], read=not all(r["read"] for r in rows))

    def toggle_star_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.set_flags([r["id"] for r in rows], starred=not all(r["starred"] for r in rows))

    def mark_list_read(self) -> None:
        flt = self.current_filter()
        if flt is None:
            return
        shown = list(self.model.row_of)

        def stored(_count) -> None:
            self.model.update_items(shown, read=True)
            self.refresh_snapshot()

        self.context.runner.write(lambda db, _c: items_core.mark_all_read(db, flt), stored, self._not_saved)

    # --- tagging ----------------------------------------------------------------------------------------------
    def toggle_tag(self, tag_id: int) -> None:
        """Add the tag to the selected items, or remove it when every selected item already has it."""
        ids = self.selected_ids()
        if not ids:
            return
        rows = self.selected_rows()
        everyone_has_it = bool(rows) and all(tag_id in r.get("tag_ids", []) for r in rows)
        add, remove = ([], [tag_id]) if everyone_has_it else ([tag_id], [])
        analyst = self.context.analyst()

        def write(db, _ctx):
            tags.tag_items(db, ids, add=add, remove=remove, analyst=analyst)
            return tags.tags_of(db, ids)

        def done(tag_map) -> None:
            self.model.set_item_tags({i: tag_map.get(i, []) for i in ids})
            tag = self.context.taxonomy.by_id().get(tag_id)
            if tag:
                name = tag_name(tag, self.context.lang())
                text = self.tr("Tag removed: {0}") if remove else self.tr("Tagged: {0}")
                self.context.notifier.status(text.format(name) + " · " + self.tr("%n item(s)", "", len(ids)), 5000)
            self._refresh_viewer_tags(tag_map)
            self._counts_changed()

        self.context.runner.write(write, done, self._not_saved)

    def _refresh_viewer_tags(self, tag_map: dict[int, list[int]]) -> None:
        item = self._shown_item
        if item and item["id"] in set(tag_map) | set(self.selected_ids()):
            self.viewer.show_item(item, self._tag_names(tag_map.get(item["id"], [])))

    def _show_tag_menu(self) -> None:
        rect = self.table.visualRect(self.table.currentIndex())
        self.item_actions.tags_submenu.exec(self.table.viewport().mapToGlobal(rect.bottomLeft()))

    def _show_item_menu(self, pos) -> None:
        actions = self.item_actions
        menu = QMenu(self)
        menu.addActions([actions.toggle_read, actions.toggle_star, actions.open_link])
        menu.addMenu(actions.tags_submenu)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # --- saved searches ---------------------------------------------------------------------------------------
    def save_probe(self) -> None:
        flt = self.current_filter()
        if flt is None:
            return
        name, ok = QInputDialog.getText(self.window(), self.tr("Save search"), self.tr("Name of the saved search:"))
        if ok and name.strip():
            self.context.runner.write(lambda db, _c: probes.save_probe(db, name, flt),
                                      lambda _id: self.refresh_snapshot())

    # --- after a fetch ----------------------------------------------------------------------------------------
    def _fetch_finished(self, outcomes: list) -> None:
        self.refresh_snapshot()
        if sum(o.new for o in outcomes):
            self.apply_filter()
        self.alerts_button.check()
        self.fetched.emit()

    # --- language and layout ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self.context.lang()
        self.read_only_label.setText(self.tr("Read-only"))
        self.read_only_label.setToolTip(self.tr("This workspace is open read-only (its file or folder cannot be "
                                                "written, or the program was started with --read-only): viewing, "
                                                "search and reports work; changes are not saved."))
        self.filters.retranslate()
        self.item_actions.retranslate(self.context.taxonomy.tags, lang)
        self.fetch_status.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.model.set_tags(self.context.taxonomy.tags, lang)
        if self.snapshot:
            self.sources.populate(self.snapshot, lang)
        self._update_count()
        if self._shown_item is None:
            self.viewer.show_placeholder()

    def save_layout(self) -> dict[str, QByteArray]:
        """Pane widths and list columns, by the keys the window stores them under."""
        return {"splitter": self.splitter.saveState(), "item_columns": self.table.horizontalHeader().saveState()}

    def restore_layout(self, saved: Callable[[str], QByteArray | None]) -> None:
        """``saved(key)`` is what ``save_layout`` gave under that key last time, or None."""
        # "item_columns": the columns as sized to their content (the fixed widths saved as "columns" are dropped).
        for key, restore in (("splitter", self.splitter.restoreState),
                             ("item_columns", self.table.horizontalHeader().restoreState)):
            state = saved(key)
            if state is not None:
                restore(state)
        self.table.columns_fitted = saved("item_columns") is not None
