"""One chart of the dashboard: the same matplotlib figure as in the PDF, drawn in a Qt canvas.

Clicking a bar emits ``picked(name, index)`` (the index of the bar in the chart's data); the chart exports
as PNG or SVG at print size from its toolbar button or its context menu.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMenu, QToolButton, QVBoxLayout, QWidget

from workstation.reports import charts
from workstation.ui.files import remember_folder, suggested_path

FORMATS = ("png", "svg")


class ChartPanel(QWidget):
    picked = Signal(str, int)
    exported = Signal(str)
    failed = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.build: Callable[[], Figure] | None = None
        self.canvas: FigureCanvasQTAgg | None = None
        self._bars: dict[object, int] = {}
        self.menu = QMenu(self)
        self.png_action = self.menu.addAction("", lambda: self.export_dialog("png"))
        self.svg_action = self.menu.addAction("", lambda: self.export_dialog("svg"))
        self.export_button = QToolButton()
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setMenu(self.menu)
        self.export_button.setAutoRaise(True)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addStretch()
        top.addWidget(self.export_button)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(0)
        self.body.addLayout(top)
        self.retranslate()

    def retranslate(self) -> None:
        self.png_action.setText(self.tr("Export as PNG…"))
        self.svg_action.setText(self.tr("Export as SVG…"))
        self.export_button.setText(self.tr("Export chart"))
        self.export_button.setToolTip(self.tr("Save this chart as an image, at the size it has in the PDF"))

    def show_chart(self, figure: Figure, build: Callable[[], Figure]) -> None:
        """Show ``figure`` in a new canvas; ``build`` makes a fresh copy at print size for export."""
        self.build = build
        if self.canvas is not None and self.canvas.figure is figure:
            return  # already on screen (a retranslation in the same language)
        figure.set_layout_engine("tight")  # the canvas follows the window's width; labels keep fitting
        height = int(figure.get_figheight() * figure.dpi)
        canvas = FigureCanvasQTAgg(figure)
        canvas.setFixedHeight(height)
        canvas.setMinimumWidth(320)
        canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        canvas.customContextMenuRequested.connect(lambda pos: self.menu.exec(canvas.mapToGlobal(pos)))
        canvas.mpl_connect("pick_event", self._pick)
        canvas.mpl_connect("motion_notify_event", self._hover)
        self._bars = {}
        for axes in figure.axes:
            for container in axes.containers:
                for index, patch in enumerate(getattr(container, "patches", [])):
                    patch.set_picker(True)
                    self._bars[patch] = index
        if self.canvas is not None:
            self.body.removeWidget(self.canvas)
            self.canvas.figure.clear()
            self.canvas.deleteLater()
        self.canvas = canvas
        self.body.addWidget(canvas)

    def bars(self) -> list[object]:
        """The clickable bars, in data order (tests click them through ``pick``)."""
        return sorted(self._bars, key=self._bars.get)

    def pick(self, index: int) -> None:
        """What a click on bar ``index`` does."""
        self.picked.emit(self.name, index)

    def _pick(self, event) -> None:
        index = self._bars.get(event.artist)
        if index is not None and getattr(event.mouseevent, "button", 1) == 1:
            self.pick(index)

    def _hover(self, event) -> None:
        over = event.inaxes is not None and any(patch.contains(event)[0] for patch in self._bars)
        if over:
            self.canvas.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.canvas.unsetCursor()

    def export(self, path: str | Path) -> Path:
        """Save the chart at print size, PNG or SVG by the file's extension."""
        if self.build is None:
            raise RuntimeError("no chart to export yet")
        target = Path(path)
        charts.save(self.build(), str(target))
        return target

    def export_dialog(self, fmt: str) -> None:
        if self.build is None:
            return
        filters = {"png": self.tr("PNG image (*.png)"), "svg": self.tr("SVG image (*.svg)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), suggested_path(f"{self.name}.{fmt}"),
                                              filters[fmt])
        if not path:
            return
        remember_folder(path)
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        try:
            self.export(path)
        except OSError as exc:
            self.failed.emit(exc)
        else:
            self.exported.emit(path)
