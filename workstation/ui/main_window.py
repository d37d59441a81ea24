"""The main window: sources on the left, the item list in the middle, the selected item on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workstation import APP_NAME
from workstation.core.items import alerts, overview, probes, tags
from workstation.core.items import queries as items_core
from workstation.core.items.tags import tag_name
from workstation.core.workspace import open_workspace
from workstation.ui.cases.tab import CasesTab
from workstation.ui.dashboard import DashboardTab
from workstation.ui.fetch_controller import FetchController
from workstation.ui.filter_bar import FilterBar
from workstation.ui.i18n import Translations, describe
from workstation.ui.item_view import ItemView
from workstation.ui.items_model import ItemsModel
from workstation.ui.settings import Settings
from workstation.ui.sources_pane import SourcesPane
from workstation.ui.tasks import TaskRunner
from workstation.ui.violations.tab import ViolationsTab
from workstation.ui.window_actions import WindowActions
from workstation.ui.workspace_actions import WorkspaceActions

MARK_READ_AFTER_MS = 600
RECOUNT_AFTER_MS = 1500


def load_snapshot(db, _ctx) -> dict:
    """Everything the sources pane shows, gathered off the UI thread."""
    all_tags = tags.list_tags(db)
    counts = dict(db.execute("SELECT tag_id, count(*) FROM item_tags GROUP BY tag_id").fetchall())
    for tag in all_tags:
        tag["count"] = counts.get(tag["id"], 0)
    return {"counts": overview.global_counts(db), "sources": overview.sources_with_counts(db),
            "probes": probes.list_probes(db, with_counts=True), "tags": all_tags}


class MainWindow(QMainWindow):
    snapshotLoaded = Signal()
    itemShown = Signal(int)

    def __init__(self, db_path: Path, settings: Settings, translations: Translations, *, demo: bool = False) -> None:
        super().__init__()
        self.settings = settings
        self.translations = translations
        self.db_path = Path(db_path)
        self.demo = demo
        # Bring the schema up to date once, here, before worker threads open their own connections.
        open_workspace(self.db_path).close()
        self.runner = TaskRunner(self.db_path, self)
        self.runner.error.connect(self.show_error)
        self.snapshot: dict | None = None
        self.tags: list[dict] = []

        self.sources = SourcesPane()
        self.filters = FilterBar()
        self.model = ItemsModel(self.runner, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.setColumnWidth(0, 420)
        self.table.setColumnWidth(1, 160)
        self.table.setColumnWidth(2, 130)
        self.viewer = ItemView()

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.filters)
        middle_layout.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sources)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.viewer)
        self.splitter.setSizes([260, 760, 520])
        # Items, cases, violations and statistics are tabs over one workspace; later tabs plug in here.
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, "")
        self.setCentralWidget(self.tabs)

        self.count_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton()
        self.cancel_button.setVisible(False)
        self.alerts_button = QPushButton()
        self.alerts_button.setFlat(True)
        self.alerts_button.setVisible(False)
        self.statusBar().addPermanentWidget(self.alerts_button)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)

        self.fetcher = FetchController(self.runner, self)
        self.actions_ = WindowActions(self)
        self.pending_restore: Path | None = None  # set when the analyst restores a backup; app.py does it
        self.workspace_ = WorkspaceActions(self)
        # Each tab owns its widgets, actions and docks; the window tells it when to retranslate or refresh.
        self.cases_tab = CasesTab(self)
        self.violations_tab = ViolationsTab(self)
        self.dashboard_tab = DashboardTab(self)
        self.tabs.addTab(self.cases_tab, "")
        self.tabs.addTab(self.violations_tab, "")
        self.tabs.addTab(self.dashboard_tab, "")
        self.extra_tabs = [self.cases_tab, self.violations_tab, self.dashboard_tab]
        self._read_timer = QTimer(self, singleShot=True, interval=MARK_READ_AFTER_MS)
        self._read_timer.timeout.connect(self._mark_current_read)
        self._recount_timer = QTimer(self, singleShot=True, interval=RECOUNT_AFTER_MS)
        self._recount_timer.timeout.connect(self.refresh_snapshot)
        self._shown_item: dict | None = None
        self._connect()
        self.restore_layout()
        self.apply_settings()
        self.retranslate()
        self.refresh_snapshot()
        self.apply_filter()

    # --- wiring -----------------------------------------------------------------------------------------------
    def _connect(self) -> None:
        self.sources.nodeSelected.connect(lambda _node: self.apply_filter())
        self.filters.changed.connect(self.apply_filter)
        self.filters.saveRequested.connect(self.save_probe)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.customContextMenuRequested.connect(self.actions_.show_item_menu)
        self.model.countChanged.connect(lambda _n: self._update_count())
        self.model.pageLoaded.connect(lambda _n: self._update_count())
        self.model.loadFailed.connect(self.show_error)
        self.viewer.linkHovered.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.fetcher.started.connect(self._fetch_started)
        self.fetcher.progress.connect(self._fetch_progress)
        self.fetcher.finished.connect(self._fetch_finished)
        self.fetcher.failed.connect(self._fetch_failed)
        self.cancel_button.clicked.connect(self.fetcher.cancel)
        self.alerts_button.clicked.connect(self.actions_.show_alerts)

    def analyst(self) -> str:
        return self.settings.analyst()

    def lang(self) -> str:
        return self.translations.language

    # --- loading ----------------------------------------------------------------------------------------------
    def refresh_snapshot(self) -> None:
        self.runner.read(load_snapshot, self._snapshot_arrived)

    def _snapshot_arrived(self, snapshot: dict) -> None:
        self.snapshot = snapshot
        self.tags = snapshot["tags"]
        self.sources.populate(snapshot, self.lang())
        self.model.set_tags(self.tags, self.lang())
        self.actions_.rebuild_tag_actions(self.tags)
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
            self.model.set_query(flt)
            self.viewer.show_placeholder()

    def _update_count(self) -> None:
        total = self.model.total
        shown = self.model.rowCount()
        if total is None:
            self.count_label.setText(self.tr("%n item(s) shown", "", shown))
        else:
            self.count_label.setText(self.tr("%n item(s)", "", total))

    # --- the selected item ------------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self.model.rows[r]["id"] for r in rows if r < len(self.model.rows)]
        if not ids:
            current = self.model.item_at(self.table.currentIndex().row())
            ids = [current["id"]] if current else []
        return ids

    def _current_row_changed(self, current, _previous) -> None:
        row = self.model.item_at(current.row()) if current.isValid() else None
        if row is None:
            return
        item_id = row["id"]
        self.runner.read(lambda db, _c: (items_core.get_item(db, item_id), tags.tags_of(db, [item_id])),
                         self._item_arrived)

    def _item_arrived(self, data) -> None:
        item, tag_map = data
        current = self.model.item_at(self.table.currentIndex().row())
        if current is None or current["id"] != item["id"]:
            return  # the analyst has moved on
        by_id = {t["id"]: t for t in self.tags}
        names = [tag_name(by_id[t], self.lang()) for t in tag_map.get(item["id"], []) if t in by_id]
        self._shown_item = item
        self.viewer.show_item(item, names)
        self.itemShown.emit(item["id"])
        if not item["read"]:
            self._read_timer.start()

    def _mark_current_read(self) -> None:
        current = self.model.item_at(self.table.currentIndex().row())
        if current and self._shown_item and current["id"] == self._shown_item["id"] and not current["read"]:
            self.set_flags([current["id"]], read=True)

    def set_flags(self, ids: list[int], **flags) -> None:
        if not ids:
            return
        self.model.update_items(ids, **flags)
        self.runner.write(lambda db, _c: items_core.set_flags(db, ids, **flags),
                          lambda _n: self._counts_changed())

    def _counts_changed(self) -> None:
        # Reading item after item changes the unread counts each time; recount once the analyst pauses, not per
        # item (on a million items the recount is a fifth of a second of a reading thread).
        self._recount_timer.start()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)

    # --- tagging ----------------------------------------------------------------------------------------------
    def toggle_tag(self, tag_id: int) -> None:
        """Add the tag to the selected items, or remove it when every selected item already has it."""
        ids = self.selected_ids()
        if not ids:
            return
        rows = [self.model.rows[self.model.row_of[i]] for i in ids if i in self.model.row_of]
        everyone_has_it = bool(rows) and all(tag_id in r.get("tag_ids", []) for r in rows)
        add, remove = ([], [tag_id]) if everyone_has_it else ([tag_id], [])
        analyst = self.analyst()

        def write(db, _ctx):
            tags.tag_items(db, ids, add=add, remove=remove, analyst=analyst)
            return tags.tags_of(db, ids)

        def done(tag_map) -> None:
            self.model.set_item_tags({i: tag_map.get(i, []) for i in ids})
            tag = next((t for t in self.tags if t["id"] == tag_id), None)
            if tag:
                name = tag_name(tag, self.lang())
                text = self.tr("Tag removed: {0}") if remove else self.tr("Tagged: {0}")
                self.statusBar().showMessage(text.format(name) + " · " + self.tr("%n item(s)", "", len(ids)), 5000)
            self._refresh_viewer_tags(tag_map)
            self._counts_changed()

        self.runner.write(write, done)

    def _refresh_viewer_tags(self, tag_map: dict[int, list[int]]) -> None:
        item = self._shown_item
        if item and item["id"] in {i for i in tag_map} | set(self.selected_ids()):
            by_id = {t["id"]: t for t in self.tags}
            names = [tag_name(by_id[t], self.lang()) for t in tag_map.get(item["id"], []) if t in by_id]
            self.viewer.show_item(item, names)

    # --- probes -----------------------------------------------------------------------------------------------
    def save_probe(self) -> None:
        flt = self.current_filter()
        if flt is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Save search"), self.tr("Name of the saved search:"))
        if ok and name.strip():
            self.runner.write(lambda db, _c: probes.save_probe(db, name, flt), lambda _id: self.refresh_snapshot())

    # --- fetching ---------------------------------------------------------------------------------------------
    def _fetch_started(self, total: int) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.actions_.fetch.setEnabled(False)
        self.statusBar().showMessage(self.tr("Fetching…"))

    def _fetch_progress(self, done: int, total: int, outcome) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(f"{done}/{total}")

    def _fetch_finished(self, outcomes: list) -> None:
        self._fetch_ui_idle()
        failed = sum(1 for o in outcomes if not o.ok)
        new = sum(o.new for o in outcomes)
        self.last_summary = self.tr("Fetched {0} sources: {1} new items, {2} failed.").format(len(outcomes), new,
                                                                                            failed)
        self.statusBar().showMessage(self.last_summary)
        self.refresh_snapshot()
        if new:
            self.apply_filter()
        self.check_alerts()
        for tab in self.extra_tabs:
            tab.refresh()

    def _fetch_failed(self, error) -> None:
        self._fetch_ui_idle()
        self.show_error(error)

    def _fetch_ui_idle(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.actions_.fetch.setEnabled(True)

    def check_alerts(self) -> None:
        self.runner.read(lambda db, _c: alerts.unseen_alerts(db), self._alerts_arrived)

    def _alerts_arrived(self, alerts: list[dict]) -> None:
        self.pending_alerts = alerts
        self.alerts_button.setVisible(bool(alerts))
        self.alerts_button.setText(self.tr("⚠ %n alert(s)", "", len(alerts)))
        if alerts:
            self.actions_.notify(self.tr("Watch rules matched %n new item(s)", "", len(alerts)),
                                 "\n".join(a["title"] or "" for a in alerts[:5]))

    # --- settings, language, layout ---------------------------------------------------------------------------
    def apply_settings(self) -> None:
        self.fetcher.jobs = self.settings.get("fetch_jobs")
        self.fetcher.proxy = self.settings.get("proxy") or None
        self.fetcher.schedule(self.settings.get("fetch_every_minutes"))

    def switch_language(self, lang: str) -> None:
        self.translations.switch(lang)
        self.settings.set("language", lang)
        self.retranslate()  # at once: Qt's own LanguageChange event arrives later, through the event loop

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        demo = self.tr("demo workspace")
        title = f"{APP_NAME} — {demo}" if self.demo else APP_NAME
        self.setWindowTitle(f"{title} — {self.db_path.name}")
        self.filters.retranslate()
        self.actions_.retranslate()
        self.workspace_.retranslate()
        self.cancel_button.setText(self.tr("Cancel"))
        self.tabs.setTabText(0, self.tr("Items"))
        self.tabs.setTabText(1, self.tr("Fake cases"))
        self.tabs.setTabText(2, self.tr("Violations"))
        self.tabs.setTabText(3, self.tr("Statistics"))
        for tab in getattr(self, "extra_tabs", []):
            tab.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.model.set_tags(self.tags, self.lang())
        if self.snapshot:
            self.sources.populate(self.snapshot, self.lang())
        self._update_count()
        if self._shown_item is None:
            self.viewer.show_placeholder()

    def restore_layout(self) -> None:
        for key, restore in (("geometry", self.restoreGeometry), ("window", self.restoreState),
                             ("splitter", self.splitter.restoreState),
                             ("columns", self.table.horizontalHeader().restoreState)):
            state = self.settings.state(key)
            if state is not None:
                restore(state)
        if self.settings.state("geometry") is None:
            self.resize(1360, 820)

    def save_layout(self) -> None:
        self.settings.save_state("geometry", self.saveGeometry())
        self.settings.save_state("window", self.saveState())
        self.settings.save_state("splitter", self.splitter.saveState())
        self.settings.save_state("columns", self.table.horizontalHeader().saveState())
        self.settings.qsettings.sync()

    def show_error(self, error: object) -> None:
        # One line in the status bar: going offline or a bad query is normal, never a pop-up storm.
        self.statusBar().showMessage(describe(error), 10000)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.save_layout()
        self.fetcher.cancel()
        self.fetcher.timer.stop()
        self.workspace_.timer.stop()
        self.runner.shutdown(15000)
        super().closeEvent(event)

    def confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes
