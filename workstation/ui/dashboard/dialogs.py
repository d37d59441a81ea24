"""Dialogs of the Statistics tab: a briefing, a media-plan event, the PDF export, and a chart's records."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workstation.core import clock
from workstation.ui.cases.labels import status_label
from workstation.ui.files import suggested_path
from workstation.ui.i18n import LANGUAGE_NAMES
from workstation.ui.violations.labels import status_label as violation_status_label


def plan_status_label(status: str) -> str:
    labels = {"planned": QCoreApplication.translate("PlanStatus", "Planned"),
              "done": QCoreApplication.translate("PlanStatus", "Done"),
              "moved": QCoreApplication.translate("PlanStatus", "Moved"),
              "cancelled": QCoreApplication.translate("PlanStatus", "Cancelled")}
    return labels.get(status, status)



def _time_edit(tz: dt.tzinfo) -> QDateTimeEdit:
    now = clock.now().astimezone(tz)
    edit = QDateTimeEdit(QDateTime(now.year, now.month, now.day, now.hour, now.minute, 0))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit


def edit_iso(edit: QDateTimeEdit, tz: dt.tzinfo) -> str:
    """The editor's wall-clock time, read in the analyst's zone, as stored UTC text."""
    date, time = edit.dateTime().date(), edit.dateTime().time()
    return clock.to_iso(dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute(), tzinfo=tz))


def _bodies(bodies: list[str]) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(sorted({b for b in bodies if b}))
    combo.setCurrentText("")
    return combo


class _Form(QDialog):
    def _finish(self, form: QFormLayout) -> None:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)


class BriefingDialog(_Form):
    def __init__(self, parent: QWidget, tz: dt.tzinfo, bodies: list[str]) -> None:
        super().__init__(parent)
        self.tz = tz
        self.setWindowTitle(self.tr("New briefing"))
        self.held = _time_edit(tz)
        self.body = _bodies(bodies)
        self.speakers = QLineEdit()
        self.topics = QLineEdit()
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://")
        form = QFormLayout()
        form.addRow(self.tr("Held at"), self.held)
        form.addRow(self.tr("State body"), self.body)
        form.addRow(self.tr("Speakers"), self.speakers)
        form.addRow(self.tr("Topics"), self.topics)
        form.addRow(self.tr("Link"), self.url)
        self._finish(form)

    def values(self) -> dict:
        return {"held_at": edit_iso(self.held, self.tz), "state_body": self.body.currentText().strip(),
                "speakers": self.speakers.text().strip(), "topics": self.topics.text().strip(),
                "url": self.url.text().strip()}


class PlanEventDialog(_Form):
    def __init__(self, parent: QWidget, tz: dt.tzinfo, bodies: list[str]) -> None:
        super().__init__(parent)
        self.tz = tz
        self.setWindowTitle(self.tr("New media plan event"))
        self.planned = _time_edit(tz)
        self.body = _bodies(bodies)
        self.topic = QLineEdit()
        self.channel = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Planned for"), self.planned)
        form.addRow(self.tr("State body"), self.body)
        form.addRow(self.tr("Topic"), self.topic)
        form.addRow(self.tr("Channel"), self.channel)
        self._finish(form)

    def values(self) -> dict:
        return {"planned_at": edit_iso(self.planned, self.tz), "state_body": self.body.currentText().strip(),
                "topic": self.topic.text().strip(), "channel": self.channel.text().strip()}


class PdfDialog(_Form):
    """Where to save the PDF summary (or, for a .docx name, the editable letter), and in which language."""

    def __init__(self, parent: QWidget, default_path: Path, lang: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDF summary"))
        self.path = QLineEdit(str(default_path))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.language = QComboBox()
        for code in ("kk", "ru", "en"):
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        form = QFormLayout()
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Language of the summary"), self.language)
        self._finish(form)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF summary"), suggested_path(self.path.text()),
                                              self.tr("PDF document (*.pdf);;Editable letter (*.docx)"))
        if path:
            self.path.setText(path if path.lower().endswith((".pdf", ".docx")) else path + ".pdf")

    def values(self) -> tuple[str, str]:
        path = self.path.text().strip()
        if path and not path.lower().endswith((".pdf", ".docx")):
            path += ".pdf"
        return path, self.language.currentData()


class RecordsDialog(QDialog):
    """The records behind a bar; "Open" (or a double click) shows one in its own tab."""

    opened = Signal(str, int)  # kind ("case" or "violation"), id

    def __init__(self, parent: QWidget, title: str, records: list[dict], tz: dt.tzinfo) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.records = records
        self.table = QTableWidget(len(records), 3)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Status"), self.tr("Title or address")])
        for row, record in enumerate(records):
            status = status_label(record["status"]) if record["kind"] == "case" else \
                violation_status_label(record["status"])
            for column, text in enumerate((clock.local_text(record["at"], clock.SCREEN, tz), status,
                                           record["title"] or "")):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.cellDoubleClicked.connect(lambda row, _c: self.open_row(row))
        if records:
            self.table.selectRow(0)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setEnabled(bool(records))
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentRow()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 360)

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.records):
            record = self.records[row]
            self.opened.emit(record["kind"], record["id"])
            self.accept()
