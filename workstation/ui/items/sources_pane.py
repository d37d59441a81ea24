"""The left pane: smart lists, folders and sources with unread counts and error badges, saved searches, tags."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QStyle, QTreeView

from workstation.core.errors import WorkstationError, params_from_json
from workstation.core.items.tags import tag_name
from workstation.ui.i18n import core_message

NodeRole = Qt.ItemDataRole.UserRole + 10
ERROR_COLOR = QColor("#b3261e")


def _label(name: str, count: int | None) -> str:
    return f"{name} ({count})" if count else name


class SourcesPane(QTreeView):
    """Emits ``nodeSelected((kind, value))``: kind is all, unread, starred, orphans, folder, source, probe, tag,
    or group (a heading, shown as all items)."""

    nodeSelected = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model_ = QStandardItemModel(self)
        self.setModel(self.model_)
        self.setHeaderHidden(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.selectionModel().currentChanged.connect(self._current_changed)
        self.snapshot: dict | None = None
        self._current_node: tuple | None = ("all", None)

    def _node(self, text: str, node: tuple, tooltip: str | None = None) -> QStandardItem:
        item = QStandardItem(text)
        item.setData(node, NodeRole)
        if tooltip:
            item.setToolTip(tooltip)
        return item

    def populate(self, snapshot: dict, lang: str) -> None:
        """snapshot: {"counts": {...}, "sources": [...], "probes": [...], "tags": [...]} loaded off the UI thread."""
        self.snapshot = snapshot
        keep = self._current_node
        self.selectionModel().blockSignals(True)
        self.model_.clear()
        root = self.model_.invisibleRootItem()
        counts = snapshot["counts"]
        root.appendRow(self._node(_label(self.tr("All items"), counts["total"]), ("all", None)))
        root.appendRow(self._node(_label(self.tr("Unread"), counts["unread"]), ("unread", None)))
        root.appendRow(self._node(_label(self.tr("Starred"), counts["starred"]), ("starred", None)))
        if counts.get("orphans"):
            root.appendRow(self._node(_label(self.tr("Kept from removed sources"), counts["orphans"]),
                                      ("orphans", None)))
        sources_root = self._node(self.tr("Sources"), ("group", "sources"))
        root.appendRow(sources_root)
        folders: dict[str, QStandardItem] = {"": sources_root}
        folder_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        error_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        repaired_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        folder_unread: dict[str, int] = {}
        for source in snapshot["sources"]:
            path = source["folder"]
            while path:
                folder_unread[path] = folder_unread.get(path, 0) + source["unread"]
                path = path.rpartition("/")[0]
        self._folder_unread = folder_unread
        for source in snapshot["sources"]:
            parent = self._folder(folders, source["folder"], folder_icon)
            text = _label(source["name"], source["unread"])
            counts = self.tr("{0} items, {1} unread").format(source["total"], source["unread"])
            tooltip = f"{source['url']}\n{counts}"
            item = self._node(text, ("source", source["id"]), tooltip)
            if source["last_error"]:
                error = self.describe_error(source)
                item.setIcon(error_icon)
                item.setForeground(QBrush(ERROR_COLOR))
                item.setToolTip(tooltip + "\n" + self.tr("Last error: {0}").format(error))
            elif source.get("last_warning"):  # read, but only with repairs: items past the damage may be missing
                item.setIcon(repaired_icon)
                item.setToolTip(tooltip + "\n" + self.tr(
                    "Read with repairs, items past the damage may be missing: {0}").format(source["last_warning"]))
            if not source["enabled"]:
                item.setForeground(QBrush(QColor("gray")))
            if source.get("held_reason"):  # from an OPML list or a bundle, pointing into this machine or network
                reason = core_message(WorkstationError(source["held_reason"]))
                item.setText(self.tr("{0} (held)").format(text))
                item.setToolTip(item.toolTip() + "\n" + self.tr("Disabled until you enable it: {0}").format(reason))
            parent.appendRow(item)
        if snapshot["probes"]:
            probes_root = self._node(self.tr("Saved searches"), ("group", "probes"))
            root.appendRow(probes_root)
            for probe in snapshot["probes"]:
                probes_root.appendRow(self._node(_label(probe["name"], probe.get("count")), ("probe", probe["id"]),
                                                 probe["query"]))
        tags_root = self._node(self.tr("Tags"), ("group", "tags"))
        root.appendRow(tags_root)
        for tag in snapshot["tags"]:
            tags_root.appendRow(self._node(_label(tag_name(tag, lang), tag.get("count")), ("tag", tag["id"])))
        self.expandToDepth(0)
        self.selectionModel().blockSignals(False)
        self.select_node(keep, emit=False)

    def _folder(self, folders: dict[str, QStandardItem], path: str, icon) -> QStandardItem:
        if path in folders:
            return folders[path]
        parent_path, _, name = path.rpartition("/")
        parent = self._folder(folders, parent_path, icon)
        item = self._node(_label(name, self._folder_unread.get(path)), ("folder", path))
        item.setIcon(icon)
        parent.appendRow(item)
        folders[path] = item
        return item

    def describe_error(self, source: dict) -> str:
        key = source.get("last_error_key")
        if not key:
            return source.get("last_error") or ""
        return core_message(WorkstationError(key, **params_from_json(source.get("last_error_params"))))

    def select_node(self, node: tuple | None, *, emit: bool = True) -> None:
        index = self._find(self.model_.invisibleRootItem(), node) if node else None
        if index is None:
            index = self.model_.index(0, 0)
        self.selectionModel().blockSignals(not emit)
        self.setCurrentIndex(index)
        self.selectionModel().blockSignals(False)

    def _find(self, parent: QStandardItem, node: tuple) -> QModelIndex | None:
        for row in range(parent.rowCount()):
            child = parent.child(row)
            if tuple(child.data(NodeRole) or ()) == tuple(node):
                return child.index()
            found = self._find(child, node)
            if found is not None:
                return found
        return None

    def current_node(self) -> tuple | None:
        return self._current_node

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = current.data(NodeRole) if current.isValid() else None
        if node is not None:
            self._current_node = tuple(node)
            self.nodeSelected.emit(self._current_node)
