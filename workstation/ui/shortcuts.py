"""The window's keyboard shortcuts: actions that answer anywhere in the window, and the list F1 shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class Shortcuts(QObject):
    """Every action with a shortcut is registered here, so the F1 list is built from the real actions."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.all: list[QAction] = []

    def action(self, shortcut: str, slot: Callable[[], object] | None, parent: QObject) -> QAction:
        """A new window-wide action; ``slot`` is called with no arguments when it is triggered."""
        action = QAction(parent)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            # Shortcuts on single letters must not fire while the analyst types in the search box.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        return self.add(action)

    def add(self, action: QAction, *, window_wide: bool = True) -> QAction:
        """List the action; a window-wide one also answers its shortcut wherever the focus is in the window
        (otherwise it answers only inside the widget it was added to)."""
        if window_wide:
            self._window.addAction(action)
        self.all.append(action)
        return action

    def remove(self, action: QAction) -> None:
        self._window.removeAction(action)
        if action in self.all:
            self.all.remove(action)
