"""The fake-cases tab: the list of cases, the selected case in detail, and the golden-hour dock."""

from __future__ import annotations

from PySide6.QtCore import Qt
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

from workstation.core.cases import workflow as cases
from workstation.core.items.tags import tag_name
from workstation.ui.cases.detail import CaseDetail
from workstation.ui.cases.dialogs import CaseDialog
from workstation.ui.cases.golden_hour_dock import GoldenHourDock
from workstation.ui.cases.labels import status_label
from workstation.ui.i18n import describe
from workstation.ui.items_model import local_time

RESONANT = QColor("#8a4b00")


class CasesTab(QWidget):
    def __init__(self, window) -> None:
        super().__init__()
        self.window_ = window
        self.rows: list[dict] = []
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
        self.detail = CaseDetail(window)
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
        self.dock = GoldenHourDock(window)
        self.dock.caseActivated.connect(self.show_case)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        # Creating a case starts from items selected in the Items tab, so the action lives on the window.
        self.new_from_selection = QAction(window)
        self.new_from_selection.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_from_selection.triggered.connect(self.new_case)
        window.addAction(self.new_from_selection)
        window.actions_.all.append(self.new_from_selection)
        window.actions_.menus["items"].addAction(self.new_from_selection)
        window.snapshotLoaded.connect(self._show_rows)  # category names need the tags
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

        self.window_.runner.read(task, self._loaded, self.window_.show_error)
        self.dock.reload()

    def _loaded(self, rows: list[dict]) -> None:
        selected = self.detail.case["id"] if self.detail.case else None
        self.rows = rows
        self._show_rows()
        if selected is not None:
            self.select_case(selected)

    def _show_rows(self) -> None:
        tags = {t["id"]: t for t in self.window_.tags}
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for r, case in enumerate(self.rows):
            category = tag_name(tags[case["category_tag_id"]], self.window_.lang()) \
                if case["category_tag_id"] in tags else ""
            values = [case["title"], status_label(case["status"]), category, local_time(case["detected_at"]),
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
            self.detail.load(self.rows[row]["id"])

    def select_case(self, case_id: int) -> None:
        for row, case in enumerate(self.rows):
            if case["id"] == case_id:
                self.table.blockSignals(True)
                self.table.selectRow(row)
                self.table.blockSignals(False)
                return

    def show_case(self, case_id: int) -> None:
        self.window_.tabs.setCurrentWidget(self)
        self.detail.load(case_id)
        self.select_case(case_id)

    def _case_changed(self, _case_id: int) -> None:
        self.refresh()

    def new_case(self, *, values: dict | None = None) -> None:
        """Open a case from the items selected in the Items tab (or none); ``values`` skips the dialog (tests)."""
        window = self.window_
        ids = window.selected_ids() if window.tabs.currentIndex() == 0 else []
        if values is None:
            first = window.model.rows[window.model.row_of[ids[0]]]["title"] if ids and ids[0] in window.model.row_of \
                else ""
            dialog = CaseDialog(self, window.tags, window.lang(), title=first, item_count=len(ids))
            if dialog.exec() != CaseDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        analyst = window.analyst()

        def write(db, _ctx):
            return cases.create_case(db, values["title"], category=values["category"], claim=values["claim"],
                                     item_ids=ids, resonant=values["resonant"], detected_at=values["detected_at"],
                                     analyst=analyst)

        def created(case: dict) -> None:
            window.statusBar().showMessage(self.tr("Case opened: {0}").format(case["title"]), 8000)
            self.refresh()
            self.show_case(case["id"])

        window.runner.write(write, created, lambda err: window.statusBar().showMessage(describe(err), 10000))
