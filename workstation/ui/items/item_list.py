"""The item list: a table over the lazy items model, and which items the analyst has selected."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from workstation.ui.items.model import ItemsModel


class ItemList(QTableView):
    def __init__(self, model: ItemsModel) -> None:
        super().__init__()
        self.item_model = model
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(22)
        self.setWordWrap(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setColumnWidth(0, 420)
        self.setColumnWidth(1, 160)
        self.setColumnWidth(2, 130)

    def current_item(self) -> dict[str, Any] | None:
        return self.item_model.item_at(self.currentIndex().row())

    def selected_ids(self) -> list[int]:
        """The selected rows' items, or the current item when nothing is selected."""
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        ids = [self.item_model.rows[r]["id"] for r in rows if r < len(self.item_model.rows)]
        if not ids:
            current = self.current_item()
            ids = [current["id"]] if current else []
        return ids

    def selected_rows(self) -> list[dict[str, Any]]:
        """The loaded rows of ``selected_ids`` (id, title, flags, tag ids)."""
        model = self.item_model
        return [model.rows[model.row_of[i]] for i in self.selected_ids() if i in model.row_of]

    def select_row(self, row: int) -> None:
        index = self.item_model.index(row, 0)
        if index.isValid():
            self.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.scrollTo(index)

    def move(self, step: int) -> None:
        """The next or previous item; past the last loaded row, the next page is asked for."""
        row = self.currentIndex().row() + step
        if 0 <= row < self.item_model.rowCount():
            self.select_row(row)
        elif step > 0 and self.item_model.canFetchMore():
            self.item_model.fetchMore()
