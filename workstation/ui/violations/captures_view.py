"""The captures of a violation's page (sealed WARC, picture, who served it) and its liveness checks, with the
latest picture; a page of the violation detail. The data comes with the detail; the picture is read on demand."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from workstation.core import clock
from workstation.core.urls import defang
from workstation.core.violations.capture import capture_files
from workstation.ui.context import TabContext
from workstation.ui.tables import fill_table, record_table
from workstation.ui.tasks import Newest

PICTURE_WIDTH = 480


class CapturesView(QWidget):
    def __init__(self, context: TabContext, tampered) -> None:
        super().__init__()
        self.picture_loading = Newest()
        self.context, self.tampered = context, tampered
        self.pending = QLabel()
        self.pending.setWordWrap(True)
        self.captures = record_table(6)
        self.checks = record_table(5)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pending)
        layout.addWidget(self.captures)
        layout.addWidget(self.checks)
        layout.addWidget(scroll, 1)
        self._shown_capture: int | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.captures.setHorizontalHeaderLabels([self.tr("Captured"), self.tr("HTTP"), self.tr("Server address"),
                                                 self.tr("Final address (defanged)"), self.tr("WARC SHA-256"),
                                                 self.tr("Intact")])
        self.checks.setHorizontalHeaderLabels([self.tr("Checked"), self.tr("Outcome"), self.tr("HTTP"),
                                               self.tr("Similarity"), self.tr("Suggests")])

    def clear(self) -> None:
        for table in (self.captures, self.checks):
            table.setRowCount(0)
        self.pending.clear()
        self.picture.clear()
        self._shown_capture = None

    def show_violation(self, violation: dict) -> None:
        shown = clock.local_text
        pending = violation.get("capture_pending")
        self.pending.setText(self.tr("Capture pending (no network): %1").replace("%1", pending["last_error"])
                             if pending else "")
        captures = violation.get("captures", [])
        fill_table(self.captures, [[shown(c["captured_at"]), str(c["http_status"] or ""), c["ip"],
                                    defang(c["final_url"]), c["sha256"][:16] + "…",
                                    self.tr("yes") if c["intact"] else self.tr("TAMPERED")] for c in captures])
        for row, record in enumerate(captures):
            if not record["intact"]:
                self.captures.item(row, 5).setForeground(QBrush(self.tampered))
        suggestions = {"removed": self.tr("removed"), "still_online": self.tr("still online"),
                       "unclear": self.tr("unclear")}
        fill_table(self.checks, [[shown(c["checked_at"]), c["outcome"], str(c["http_status"] or ""),
                                  "" if c["similarity"] is None else f"{c['similarity']:.2f}",
                                  suggestions.get(c["suggestion"], c["suggestion"])]
                                 for c in violation.get("checks", [])])
        with_picture = [c for c in captures if c["screenshot"]]
        if not with_picture:
            self.picture.setText(captures[-1]["screenshot_note"] if captures else "")
            self._shown_capture = None
            return
        capture_id = with_picture[-1]["id"]
        if capture_id != self._shown_capture:
            self._shown_capture = capture_id
            self.context.runner.read(lambda db, _c: capture_files(db, capture_id)[1], self._picture_arrived,
                                     newest=self.picture_loading)

    def _picture_arrived(self, png: bytes | None) -> None:
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png, "PNG"):
            self.picture.setPixmap(pixmap.scaledToWidth(PICTURE_WIDTH, Qt.TransformationMode.SmoothTransformation))
