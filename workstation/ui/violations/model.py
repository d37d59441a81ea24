"""The violations list as a small Qt table model over rows loaded in the background.

A unit records a few thousand violations a year, so the loaded rows are kept whole and sorted in memory.
Addresses are only ever shown defanged (hxxps://evil[.]kz): never a live, clickable link.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from workstation.core import clock
from workstation.core.items.tags import tag_name
from workstation.core.violations import directory
from workstation.ui.countdown import countdown
from workstation.ui.violations.labels import status_label

COLUMNS = ("url", "domain", "platform", "type", "status", "detected_at", "time_left")
DETECTED = COLUMNS.index("detected_at")
TIME_LEFT = COLUMNS.index("time_left")
OVERDUE = QColor("#b3261e")
ViolationId = Qt.ItemDataRole.UserRole + 1


class ViolationsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self.tags: dict[int, dict] = {}
        self.lang = "en"
        self.sort_column = DETECTED
        self.sort_order = Qt.SortOrder.DescendingOrder

    # --- data from the tab ---------------------------------------------------------------------------------------
    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._sort_rows()
        self.endResetModel()

    def set_tags(self, tags: list[dict], lang: str) -> None:
        self.tags = {t["id"]: t for t in tags}
        self.lang = lang
        self.refresh_all()

    def refresh_all(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def tick(self) -> None:
        """The countdown column moves on; nothing is read from the database."""
        if self.rows:
            self.dataChanged.emit(self.index(0, TIME_LEFT), self.index(len(self.rows) - 1, TIME_LEFT))

    def row_of(self, violation_id: int) -> int | None:
        return next((r for r, row in enumerate(self.rows) if row["id"] == violation_id), None)

    def violation_at(self, row: int) -> dict[str, Any] | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # --- Qt model interface --------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Address (defanged)"), self.tr("Domain"), self.tr("Platform"), self.tr("Type"),
                self.tr("Status"), self.tr("Detected at"), self.tr("Time left"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, column)
        if role == ViolationId:
            return row["id"]
        if role == Qt.ItemDataRole.ForegroundRole and column == "time_left":
            left = self._left(row)
            return QBrush(OVERDUE) if left is not None and left < 0 else None
        return None

    @staticmethod
    def _left(row: dict) -> int | None:
        if not row.get("deadline_at"):
            return None
        return int((clock.from_iso(row["deadline_at"]) - clock.now()).total_seconds())

    def _display(self, row: dict, column: str) -> str:
        if column == "url":
            return row["url_defanged"]
        if column == "domain":
            return row["domain"]
        if column == "platform":
            return directory.platform_name(row.get("platform") or "", self.lang)
        if column == "type":
            tag = self.tags.get(row["type_tag_id"])
            return tag_name(tag, self.lang) if tag else (row.get("type") or "")
        if column == "status":
            return status_label(row["status"])
        if column == "detected_at":
            return clock.local_text(row["detected_at"])
        if column == "time_left":
            left = self._left(row)
            if left is None:
                return ""
            return countdown(left) if left >= 0 else self.tr("overdue {0}").format(countdown(left))
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self.sort_column, self.sort_order = column, order
        self._sort_rows()
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column = COLUMNS[self.sort_column] if 0 <= self.sort_column < len(COLUMNS) else "detected_at"

        def key(row: dict) -> tuple:
            if column == "detected_at":
                return (row["detected_at"], row["id"])
            if column == "time_left":
                return (row.get("deadline_at") is None, row.get("deadline_at") or "", row["id"])
            return (self._display(row, column).casefold(), row["id"])

        self.rows.sort(key=key, reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
