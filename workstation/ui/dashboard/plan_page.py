"""Briefings and the media plan of the period: two small tables the analyst adds to, imports into and marks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workstation.core import clock
from workstation.core.figures import briefings, media_plan
from workstation.core.figures.model import Briefings
from workstation.reports.headline import plan_line
from workstation.ui.cases.labels import channel_label
from workstation.ui.context import TabContext
from workstation.ui.dashboard.dialogs import BriefingDialog, PlanEventDialog, plan_status_label
from workstation.ui.i18n import describe


def read_csv_text(path: str | Path) -> str:
    """A CSV from Excel or LibreOffice: UTF-8 (with or without BOM), else Windows Cyrillic."""
    raw = Path(path).read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1251")


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    return table


class PlanPage(QWidget):
    """``changed`` is emitted after every write, so the tab can recount the period."""

    changed = Signal()

    def __init__(self, context: TabContext) -> None:
        super().__init__()
        self.context = context
        self.tz: dt.tzinfo = dt.timezone.utc
        self.briefing_rows: list[dict[str, Any]] = []
        self.plan_rows: list[dict[str, Any]] = []
        self.bodies: list[str] = []
        self.briefings_box, self.plan_box = QGroupBox(), QGroupBox()
        self.briefings = _table(5)
        self.plan = _table(6)
        self.plan.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.add_briefing_button, self.import_briefings_button = QPushButton(), QPushButton()
        self.add_event_button, self.import_plan_button = QPushButton(), QPushButton()
        self.add_briefing_button.clicked.connect(lambda: self.add_briefing())
        self.import_briefings_button.clicked.connect(lambda: self.import_csv("briefings"))
        self.add_event_button.clicked.connect(lambda: self.add_event())
        self.import_plan_button.clicked.connect(lambda: self.import_csv("plan"))
        # Marking an event: one button with a menu (also the table's context menu), so the row stays short.
        self.status_menu = QMenu(self)
        self.mark_actions = {status: self.status_menu.addAction("", lambda s=status: self.mark(s))
                             for status in ("done", "moved", "cancelled", "planned")}
        self.status_button = QToolButton()
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_button.setMenu(self.status_menu)
        self.plan.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.plan.customContextMenuRequested.connect(
            lambda pos: self.status_menu.exec(self.plan.viewport().mapToGlobal(pos)) if self.selected_event() else None)
        self.plan_summary = QLabel()
        self.plan_summary.setWordWrap(True)
        self.briefings_hint, self.plan_hint = QLabel(), QLabel()
        for hint in (self.briefings_hint, self.plan_hint):
            hint.setWordWrap(True)
            hint.setStyleSheet("color: palette(dark)")
        self._box(self.briefings_box, self.briefings, [self.add_briefing_button, self.import_briefings_button],
                  [self.briefings_hint])
        self._box(self.plan_box, self.plan, [self.add_event_button, self.import_plan_button, self.status_button],
                  [self.plan_summary, self.plan_hint])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.briefings_box)
        splitter.addWidget(self.plan_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate()
        self._update_buttons()

    @staticmethod
    def _box(box: QGroupBox, table: QTableWidget, buttons: list[QPushButton], notes: list[QLabel]) -> None:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch()
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(table)
        for note in notes:
            layout.addWidget(note)

    def retranslate(self) -> None:
        self.briefings_box.setTitle(self.tr("Briefings"))
        self.plan_box.setTitle(self.tr("Media plan"))
        self.add_briefing_button.setText(self.tr("Add briefing…"))
        self.add_event_button.setText(self.tr("Add event…"))
        for button in (self.import_briefings_button, self.import_plan_button):
            button.setText(self.tr("Import CSV…"))
        self.status_button.setText(self.tr("Set status"))
        self.status_button.setToolTip(self.tr("Mark the selected media plan event done, moved or cancelled"))
        self.mark_actions["done"].setText(self.tr("Mark done"))
        self.mark_actions["moved"].setText(self.tr("Mark moved"))
        self.mark_actions["cancelled"].setText(self.tr("Mark cancelled"))
        self.mark_actions["planned"].setText(self.tr("Back to planned"))
        self.briefings.setHorizontalHeaderLabels([self.tr("Held at"), self.tr("State body"), self.tr("Speakers"),
                                                  self.tr("Topics"), self.tr("Link")])
        self.plan.setHorizontalHeaderLabels([self.tr("Planned for"), self.tr("State body"), self.tr("Topic"),
                                             self.tr("Channel"), self.tr("Status"), self.tr("Done at")])
        self.briefings_hint.setText(self.tr("CSV columns: date, state_body, speakers, topics, url"))
        self.plan_hint.setText(self.tr("CSV columns: planned_date, state_body, topic, channel, status "
                                       "(planned, done, moved, cancelled), done_date"))
        self._fill()

    def show_rows(self, briefing_rows: list[dict], plan_rows: list[dict], summary: Briefings, tz: dt.tzinfo,
                  lang: str, bodies: list[str]) -> None:
        self.tz, self.bodies = tz, bodies
        self.briefing_rows, self.plan_rows = briefing_rows, plan_rows
        self.plan_summary.setText(plan_line(summary, lang))
        self._fill()

    def _fill(self) -> None:
        self.briefings.setRowCount(len(self.briefing_rows))
        for r, row in enumerate(self.briefing_rows):
            for c, text in enumerate((clock.local_text(row["held_at"], clock.SCREEN, self.tz), row["state_body"],
                                      row["speakers"], row["topics"], row["url"])):
                self.briefings.setItem(r, c, QTableWidgetItem(text or ""))
        selected = self.selected_event()
        self.plan.blockSignals(True)
        self.plan.setRowCount(len(self.plan_rows))
        for r, row in enumerate(self.plan_rows):
            for c, text in enumerate((clock.local_text(row["planned_at"], clock.SCREEN, self.tz), row["state_body"],
                                      row["topic"], channel_label(row["channel"] or ""),
                                      plan_status_label(row["status"]),
                                      clock.local_text(row["done_at"], clock.SCREEN, self.tz))):
                cell = QTableWidgetItem(text or "")
                cell.setData(Qt.ItemDataRole.UserRole, row["id"])
                self.plan.setItem(r, c, cell)
            if row["id"] == selected:
                self.plan.selectRow(r)
        self.plan.blockSignals(False)
        for table in (self.briefings, self.plan):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            table.resizeColumnsToContents()
        self._update_buttons()

    def selected_event(self) -> int | None:
        row = self.plan.currentRow()
        return self.plan_rows[row]["id"] if 0 <= row < len(self.plan_rows) and self.plan.selectedItems() else None

    def _update_buttons(self) -> None:
        event = self.selected_event()
        status = next((r["status"] for r in self.plan_rows if r["id"] == event), None)
        self.status_button.setEnabled(status is not None)
        for key, action in self.mark_actions.items():
            action.setEnabled(status is not None and status != key)

    # --- writes ---------------------------------------------------------------------------------------------
    def _write(self, func, message) -> None:
        notifier = self.context.notifier

        def done(result) -> None:
            notifier.status(message(result), 8000)
            self.changed.emit()

        self.context.runner.write(func, done, notifier.error)

    def add_briefing(self, values: dict | None = None) -> None:
        """Log a briefing; ``values`` skips the dialog (tests)."""
        if values is None:
            dialog = BriefingDialog(self, self.tz, self.bodies)
            if dialog.exec() != BriefingDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        analyst = self.context.analyst()
        self._write(lambda db, _c: briefings.add_briefing(db, analyst=analyst, **values),
                    lambda _id: self.tr("Briefing added"))

    def add_event(self, values: dict | None = None) -> None:
        if values is None:
            dialog = PlanEventDialog(self, self.tz, self.bodies)
            if dialog.exec() != PlanEventDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        analyst = self.context.analyst()
        self._write(lambda db, _c: media_plan.add_plan_event(db, analyst=analyst, **values),
                    lambda _id: self.tr("Media plan event added"))

    def mark(self, status: str, event_id: int | None = None) -> None:
        event_id = event_id if event_id is not None else self.selected_event()
        if event_id is None:
            return
        analyst = self.context.analyst()
        self._write(lambda db, _c: media_plan.set_plan_status(db, event_id, status, analyst=analyst),
                    lambda _r: self.tr("Media plan event marked: {0}").format(plan_status_label(status)))

    def import_csv(self, kind: str, path: str | None = None) -> None:
        """Import briefings or media-plan events from a CSV file (the file is read off the UI thread)."""
        if path is None:
            title = self.tr("Import briefings") if kind == "briefings" else self.tr("Import media plan")
            path, _ = QFileDialog.getOpenFileName(self, title, "", self.tr("CSV table (*.csv *.txt)"))
            if not path:
                return
        analyst = self.context.analyst()
        importer = briefings.import_briefings_csv if kind == "briefings" else media_plan.import_plan_csv
        self._write(lambda db, _c: importer(db, read_csv_text(path), analyst=analyst), self._imported)

    def _imported(self, result: briefings.CsvImport) -> str:
        message = self.tr("%n row(s) imported", "", result.added)
        if result.errors:
            message += " · " + self.tr("%n row(s) skipped", "", len(result.errors))
            skipped = "\n".join(map(describe, result.errors[:20]))
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Some rows were not imported"),
                              self.tr("These rows were skipped:") + "\n\n" + skipped,
                              QMessageBox.StandardButton.Ok, self)
            box.setModal(False)
            box.open()  # never blocks: the import itself is done
            self.last_import_box = box
        self.last_import = result
        return message
