"""The item list as a lazy Qt model: pages of rows loaded off the UI thread as the analyst scrolls.

Nothing holds a million rows: the model keeps the rows already scrolled past (a few hundred bytes
each), asks for the next page through ``fetchMore``, and sorting or filtering is a new SQL query
(keyset paging in core.items), never a proxy model.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from workstation.core import clock
from workstation.core.items import queries as items_core
from workstation.core.items.tags import tag_name, tags_of
from workstation.ui.items.labels import language_label
from workstation.ui.tasks import TaskRunner

PAGE = 200
COLUMNS = ("title", "source", "published_at", "lang", "tags")
SORT_KEYS = {0: "title", 1: "source", 2: "published_at", 3: "lang"}
ItemId = Qt.ItemDataRole.UserRole + 1


def _load_page(flt: items_core.ItemFilter, sort: str, descending: bool, after: tuple | None):
    def task(db, _ctx):
        rows = items_core.page_items(db, flt, sort=sort, descending=descending, after=after, limit=PAGE)
        tag_map = tags_of(db, [r["id"] for r in rows])
        for row in rows:
            row["tag_ids"] = tag_map.get(row["id"], [])
        return rows
    return task


class ItemsModel(QAbstractTableModel):
    countChanged = Signal(int)
    pageLoaded = Signal(int)  # rows now shown
    loadFailed = Signal(object)

    def __init__(self, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.filter = items_core.ItemFilter()
        self.sort_key = "published_at"
        self.descending = True
        self.rows: list[dict[str, Any]] = []
        self.row_of: dict[int, int] = {}
        self.tags: dict[int, dict] = {}
        self.lang = "ru"
        self._generation = 0
        self._loading = False
        self._exhausted = True
        self.total: int | None = None

    # --- loading -----------------------------------------------------------------------------------------------
    def set_query(self, flt: items_core.ItemFilter | None = None, sort: str | None = None,
                  descending: bool | None = None) -> None:
        if flt is not None:
            self.filter = flt
        if sort is not None:
            self.sort_key = sort
        if descending is not None:
            self.descending = descending
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self.rows, self.row_of = [], {}
        self._exhausted = False
        self._loading = False
        self.total = None
        self.endResetModel()
        self._request_page()
        generation, flt = self._generation, self.filter
        self.runner.read(lambda db, _c: items_core.count_items(db, flt),
                         lambda n: self._count_arrived(generation, n), self.loadFailed.emit)

    def _count_arrived(self, generation: int, count: int) -> None:
        if generation == self._generation:
            self.total = count
            self.countChanged.emit(count)

    def _request_page(self) -> None:
        if self._loading or self._exhausted:
            return
        self._loading = True
        generation = self._generation
        after = self.rows[-1]["sort_key"] if self.rows else None
        self.runner.read(_load_page(self.filter, self.sort_key, self.descending, after),
                         lambda rows: self._page_arrived(generation, rows),
                         lambda err: self._page_failed(generation, err))

    def _page_failed(self, generation: int, error: object) -> None:
        if generation == self._generation:
            self._loading = False
            self._exhausted = True
            self.loadFailed.emit(error)

    def _page_arrived(self, generation: int, rows: list[dict]) -> None:
        if generation != self._generation:
            return  # an answer to a query the analyst has already replaced
        self._loading = False
        self._exhausted = len(rows) < PAGE
        if rows:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            for offset, row in enumerate(rows):
                self.row_of[row["id"]] = start + offset
            self.rows.extend(rows)
            self.endInsertRows()
        self.pageLoaded.emit(len(self.rows))

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self._request_page()

    @property
    def loading(self) -> bool:
        return self._loading

    # --- local updates once the analyst's change is stored --------------------------------------------------------
    def update_items(self, ids: list[int], **changes: Any) -> None:
        """Show a change already stored (the tab calls this from the write's completion, never before it, so a
        refused write never shows)."""
        for item_id in ids:
            row = self.row_of.get(item_id)
            if row is not None:
                self.rows[row].update(changes)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def set_item_tags(self, tag_map: dict[int, list[int]]) -> None:
        for item_id, tag_ids in tag_map.items():
            row = self.row_of.get(item_id)
            if row is not None:
                self.rows[row]["tag_ids"] = tag_ids
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def set_tags(self, tags: list[dict], lang: str) -> None:
        self.tags = {t["id"]: t for t in tags}
        self.lang = lang
        if self.rows:
            self.dataChanged.emit(self.index(0, 4), self.index(len(self.rows) - 1, 4))

    # --- Qt model interface ------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Title"), self.tr("Source"), self.tr("Date"), self.tr("Language"), self.tr("Tags"))[section]

    def item_at(self, row: int) -> dict[str, Any] | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ItemId:
            return row["id"]
        if role == Qt.ItemDataRole.FontRole and not row["read"]:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "published_at" and not row["date_known"]:
                return self.tr("The source gave no date: this is when the item was first fetched.")
            return self._display(row, column)
        return None

    def _display(self, row: dict, column: str) -> str:
        if column == "title":
            return ("★ " if row["starred"] else "") + (row["title"] or self.tr("(no title)"))
        if column == "source":
            return row["source"] or self.tr("(removed source)")
        if column == "published_at":
            shown = clock.local_text(row["published_at"])
            return shown if row["date_known"] else f"{shown} *"
        if column == "lang":
            return language_label(row["lang"])
        if column == "tags":
            return ", ".join(tag_name(self.tags[t], self.lang) for t in row.get("tag_ids", []) if t in self.tags)
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        self.set_query(sort=key, descending=order == Qt.SortOrder.DescendingOrder)
