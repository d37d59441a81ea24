"""The workspace's tags as last loaded, shared by every tab (categories, violation types, tag names)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal


class Taxonomy(QObject):
    """Loaded with the sources pane (the Items tab); ``changed`` after each load, so lists can rename tags."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tags: list[dict[str, Any]] = []

    def set_tags(self, tags: list[dict[str, Any]]) -> None:
        self.tags = tags
        self.changed.emit()

    def by_id(self) -> dict[int, dict[str, Any]]:
        return {tag["id"]: tag for tag in self.tags}
