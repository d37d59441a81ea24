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
        # Source, date and language fit their content once the first page is in, the title takes most of what the
        # splitter leaves and the tags the rest (then the analyst may resize them; the window remembers).
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(40)
        self.columns_fitted = False  # set when the columns were restored from last time
        model.pageLoaded.connect(lambda _n: self.fit_columns())
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(22)
        self.setWordWrap(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def fit_columns(self) -> None:
        """Source, date, language and tags as wide as their content (up to a limit), once there are rows."""
        if self.columns_fitted or not self.item_model.rowCount():
            return
        self.columns_fitted = True
        header, width = self.horizontalHeader(), self.viewport().width()
        limit = max(120, width // 4)
        fitted = 0
        for column in range(1, self.item_model.columnCount() - 1):
            fitted += min(limit, max(self.sizeHintForColumn(column), header.sectionSizeHint(column)))
            self.setColumnWidth(column, min(limit, max(self.sizeHintForColumn(column), header.sectionSizeHint(column))))
        tags = max(header.sectionSizeHint(self.item_model.columnCount() - 1), 80)
        self.setColumnWidth(0, max(200, width - fitted - tags))

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
