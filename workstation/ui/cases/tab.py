"""The fake-cases tab: the list of cases, the selected case in detail, and the golden-hour dock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workstation.core import clock
from workstation.core.cases import workflow as cases
from workstation.core.items.tags import tag_name
from workstation.ui.cases.detail import CaseDetail
from workstation.ui.cases.dialogs import CaseDialog
from workstation.ui.cases.golden_hour_dock import GoldenHourDock
from workstation.ui.cases.labels import status_label
from workstation.ui.context import TabContext
from workstation.ui.tasks import Newest

RESONANT = QColor("#8a4b00")


class CasesTab(QWidget):
    showRequested = Signal()  # a case is to be shown: the window brings this tab forward

    def __init__(self, context: TabContext, *, selected_items: Callable[[], list[dict[str, Any]]],
                 items_tab_shown: Callable[[], bool]) -> None:
        """``selected_items``: the items selected in the Items tab; ``items_tab_shown``: whether that tab is the
        one on screen (a new case takes the selected items only when it is)."""
        super().__init__()
        self.loading = Newest()
        self.context = context
        self.selected_items = selected_items
        self.items_tab_shown = items_tab_shown
        self.rows: list[dict] = []
        self.current_id: int | None = None  # the case shown in the detail (kept selected across reloads)
        self.status = QComboBox()
        self.status.currentIndexChanged.connect(self.refresh)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_case)
        self.table = QTableWidget(0, 6)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.currentCellChanged.connect(lambda row, *_: self._select(row))
        self.detail = CaseDetail(context, selected_items)
        self.detail.changed.connect(self._case_changed)
        top = QHBoxLayout()
        top.addWidget(self.status)
        top.addStretch()
        top.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setSizes([520, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.dock = GoldenHourDock(context)  # the window places it
        self.dock.caseActivated.connect(self.show_case)
        # Creating a case starts from items selected in the Items tab, so the action answers window-wide (the
        # window puts it in the Items menu).
        self.new_from_selection = QAction(self)
        self.new_from_selection.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_from_selection.triggered.connect(lambda _checked=False: self.new_case())
        context.shortcuts.add(self.new_from_selection)
        context.taxonomy.changed.connect(self._show_rows)  # category names need the tags
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        current = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("Open cases"), "open")
        self.status.addItem(self.tr("All cases"), None)
        for status in cases.STATUSES:
            self.status.addItem(status_label(status), status)
        # First time (nothing chosen yet) the list shows open cases; later the analyst's choice is kept.
        self.status.setCurrentIndex(max(0, self.status.findData(current)) if self.rows or current else 0)
        self.status.blockSignals(False)
        self.new_button.setText(self.tr("New case…"))
        self.new_from_selection.setText(self.tr("New fake case from selected items…"))
        self.table.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Status"), self.tr("Category"),
                                              self.tr("Detected"), self.tr("Items"), self.tr("Refutations")])
        self.detail.retranslate()
        self.dock.retranslate()
        self._show_rows()

    def refresh(self) -> None:
        wanted = self.status.currentData()

        def task(db, _ctx):
            rows = cases.list_cases(db, status=None if wanted == "open" else wanted)
            return [r for r in rows if r["status"] in cases.OPEN_STATUSES] if wanted == "open" else rows

        self.context.runner.read(task, self._loaded, self.context.notifier.error, newest=self.loading)
        self.dock.reload()

    def _loaded(self, rows: list[dict]) -> None:
        self.rows = rows
        self._show_rows()
        if self.current_id is not None:
            self.select_case(self.current_id)

    def _show_rows(self) -> None:
        tags, lang = self.context.taxonomy.by_id(), self.context.lang()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for r, case in enumerate(self.rows):
            category = tag_name(tags[case["category_tag_id"]], lang) if case["category_tag_id"] in tags else ""
            values = [case["title"], status_label(case["status"]), category, clock.local_text(case["detected_at"]),
                      str(case["items"]), str(case["refutations"])]
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, case["id"])
                if case["resonant"]:
                    cell.setForeground(QBrush(RESONANT))
                self.table.setItem(r, c, cell)
        self.table.blockSignals(False)
        self.table.resizeColumnToContents(1)

    def _select(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.current_id = self.rows[row]["id"]
            self.detail.load(self.current_id)

    def select_case(self, case_id: int) -> None:
        """Highlight the case's row (no reload of the detail); nothing is highlighted when the list lacks it."""
        self.table.blockSignals(True)
        self.table.clearSelection()
        for row, case in enumerate(self.rows):
            if case["id"] == case_id:
                self.table.setCurrentCell(row, 0)
                self.table.selectRow(row)
                self.table.scrollToItem(self.table.item(row, 0))
                break
        self.table.blockSignals(False)

    def show_case(self, case_id: int) -> None:
        self.showRequested.emit()
        self.current_id = case_id
        self.detail.load(case_id)
        self.select_case(case_id)

    def _case_changed(self, _case_id: int) -> None:
        self.refresh()

    def new_case(self, *, values: dict | None = None) -> None:
        """Open a case from the items selected in the Items tab (or none); ``values`` skips the dialog (tests)."""
        items = self.selected_items() if self.items_tab_shown() else []
        ids = [item["id"] for item in items]
        if values is None:
            first = items[0]["title"] if items else ""
            dialog = CaseDialog(self, self.context.taxonomy.tags, self.context.lang(), title=first,
                                item_count=len(ids))
            if dialog.exec() != CaseDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        analyst, notifier = self.context.analyst(), self.context.notifier

        def write(db, _ctx):
            return cases.create_case(db, values["title"], category=values["category"], claim=values["claim"],
                                     item_ids=ids, resonant=values["resonant"], detected_at=values["detected_at"],
                                     analyst=analyst)

        def created(case: dict) -> None:
            notifier.status(self.tr("Case opened: {0}").format(case["title"]), 8000)
            self.show_case(case["id"])
            if self.status.currentData() not in ("open", None, case["status"]):
                self.status.setCurrentIndex(self.status.findData("open"))  # a list the new case is in; reloads
            else:
                self.refresh()  # the new case is selected once the list arrives

        self.context.runner.write(write, created, notifier.error)
