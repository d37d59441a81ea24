"""Telling the analyst something from anywhere in the desktop: a line in the status bar, or a desktop alert."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QStatusBar, QSystemTrayIcon

from workstation.ui.i18n import describe


class Notifier(QObject):
    """Tabs, docks and actions report through this, so none of them needs to hold the window."""

    def __init__(self, status_bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status_bar = status_bar
        self.tray = QSystemTrayIcon(self) if QSystemTrayIcon.isSystemTrayAvailable() else None

    def status(self, text: str, timeout_ms: int = 0) -> None:
        self.status_bar.showMessage(text, timeout_ms)

    def error(self, error: object) -> None:
        # One line in the status bar: going offline or a bad query is normal, never a pop-up storm.
        self.status(describe(error), 10000)

    def alert(self, title: str, text: str) -> None:
        """A desktop notification when the system has a tray; otherwise the status bar says enough."""
        if self.tray is not None:
            self.tray.setIcon(QApplication.windowIcon())
            self.tray.show()
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
