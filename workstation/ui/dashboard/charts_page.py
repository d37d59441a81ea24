"""The charts of the period, in the interface language, two to a row under the headline chart."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QScrollArea, QWidget

from workstation.core.figures.model import Figures
from workstation.reports import charts
from workstation.ui.dashboard.chart_panel import ChartPanel


class ChartsPage(QScrollArea):
    picked = Signal(str, int)
    exported = Signal(str)
    failed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.panels = {name: ChartPanel(name) for name in charts.CHARTS}  # the PDF's order
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        for index, panel in enumerate(self.panels.values()):
            panel.picked.connect(self.picked)
            panel.exported.connect(self.exported)
            panel.failed.connect(self.failed)
            if index == 0:  # refutations per month: the headline chart, full width
                grid.addWidget(panel, 0, 0, 1, 2, Qt.AlignmentFlag.AlignTop)
            else:
                grid.addWidget(panel, 1 + (index - 1) // 2, (index - 1) % 2, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(grid.rowCount(), 1)
        self.setWidget(inner)

    def retranslate(self) -> None:
        for panel in self.panels.values():
            panel.retranslate()

    def show_charts(self, built: dict[str, Any], figures: Figures, lang: str) -> None:
        """Show the figures built off the UI thread; exports rebuild them at print size from ``figures``."""
        for name, panel in self.panels.items():
            panel.show_chart(built[name], lambda name=name: charts.CHARTS[name](figures, lang))
