"""Read-only record tables, the same everywhere: rows selected whole, no editing, no row numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem


def record_table(columns: int | list[str]) -> QTableWidget:
    """A table of ``columns`` (a count, or the header texts)."""
    headers = columns if isinstance(columns, list) else None
    table = QTableWidget(0, len(headers) if headers is not None else columns)
    if headers is not None:
        table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setStretchLastSection(True)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    return table


def fill_table(table: QTableWidget, rows: list[list[str]], ids: list[int] | None = None) -> None:
    """Replace the rows; ``ids`` are kept on each row's first cell (Qt.UserRole) for the action that follows."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = QTableWidgetItem(value)
            if ids is not None and c == 0:
                cell.setData(Qt.ItemDataRole.UserRole, ids[r])
            table.setItem(r, c, cell)
    table.resizeColumnsToContents()
