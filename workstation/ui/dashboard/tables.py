"""The dashboard's tables: a titled table with its own "Export CSV…" button (written by core.files.write_csv, which
keeps feed titles such as "=HYPERLINK(...)" from running as formulas)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workstation.core.files import write_csv
from workstation.ui.files import remember_folder, suggested_path


class DataTable(QGroupBox):
    """A read-only table; numbers are right-aligned; the CSV holds the raw values, not the shown text."""

    exported = Signal(str)
    failed = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.header: list[str] = []
        self.rows: list[list[object]] = []
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.empty = QLabel()
        self.empty.setStyleSheet("color: palette(dark)")
        self.empty.setVisible(False)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_dialog)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("Export CSV…"))

    def show_rows(self, title: str, header: list[str], rows: list[list[object]], empty_text: str = "") -> None:
        """Show the rows (or ``empty_text`` when there are none); up to eight rows show without scrolling."""
        self.setTitle(title)
        self.header, self.rows = header, rows
        self.table.clear()
        self.table.setColumnCount(len(header))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(header)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = QTableWidgetItem("—" if value is None or value == "" else str(value))
                if isinstance(value, int | float):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, cell)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if header:
            head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        shown = min(len(rows), 8) * self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(head.sizeHint().height() + shown + 2 * self.table.frameWidth())
        self.empty.setText(empty_text)
        self.empty.setVisible(not rows)

    def export(self, path: str | Path) -> Path:
        return write_csv(path, self.header, self.rows)

    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export table"), suggested_path(f"{self.name}.csv"),
                                              self.tr("CSV table (*.csv)"))
        if not path:
            return
        remember_folder(path)
        if not path.lower().endswith(".csv"):
            path += ".csv"
        try:
            self.export(path)
        except OSError as exc:
            self.failed.emit(exc)
        else:
            self.exported.emit(path)
