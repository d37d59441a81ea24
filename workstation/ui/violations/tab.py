"""Placeholder tab: replaced by the full violations tab."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class ViolationsTab(QWidget):
    def __init__(self, window) -> None:
        super().__init__()
        self.window_ = window

    def retranslate(self) -> None:
        pass

    def refresh(self) -> None:
        pass
