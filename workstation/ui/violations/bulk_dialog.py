"""Bulk intake: hundreds of pasted addresses (or a CSV/TXT file) recorded at once, and what came of them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
)

from workstation.core.violations.workflow import BulkIntake
from workstation.ui.tables import fill_table, record_table
from workstation.ui.violations.dialogs import type_combo


def read_address_file(path: str | Path) -> str:
    """A CSV or plain-text export, UTF-8 (with or without BOM) or, from older Windows tools, cp1251."""
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")






class BulkIntakeDialog(QDialog):
    """Emits ``submitted(text, type_id)``; the tab records through the core and calls ``show_result``."""

    submitted = Signal(str, int)
    violationActivated = Signal(int)

    def __init__(self, parent, tags: list[dict], lang: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bulk intake of addresses"))
        area = self.screen().availableGeometry()  # within a small laptop's screen (its frame included)
        self.resize(min(760, area.width() - 40), min(620, area.height() - 60))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Paste addresses, one per line (defanged is fine), or open a CSV or "
                                             "text file. Duplicates are reported, not recorded twice."))
        self.open_button = QPushButton(self.tr("Open file…"))
        self.open_button.clicked.connect(self.open_file)
        self.type = type_combo(tags, lang)
        self.record_button = QPushButton(self.tr("Record violations"))
        self.record_button.setDefault(True)
        self.record_button.clicked.connect(self._submit)
        self.summary = QLabel()
        self.summary.setObjectName("bulk_summary")
        self.summary.setWordWrap(True)
        self.duplicates = record_table([self.tr("Address (defanged)"), self.tr("Already recorded as violation")])
        self.duplicates.cellActivated.connect(self._duplicate_activated)
        self.invalid = record_table([self.tr("Line")])
        self.domains = record_table([self.tr("Domain"), self.tr("New violations")])
        self.results = QTabWidget()
        self.results.addTab(self.domains, self.tr("By domain"))
        self.results.addTab(self.duplicates, self.tr("Duplicates"))
        self.results.addTab(self.invalid, self.tr("Not usable"))
        form = QFormLayout()
        form.addRow(self.tr("Violation type"), self.type)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch()
        row.addWidget(self.record_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.results)
        layout.addWidget(close)
        self.result: BulkIntake | None = None

    def open_file(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a list of addresses"), "",
                                                  self.tr("Address lists (*.csv *.txt);;All files (*)"))
        if not path:
            return
        try:
            self.text.setPlainText(read_address_file(path))
        except OSError as error:
            self.show_error(self.tr("Cannot read the file: {0}").format(error.strerror or error))

    def _submit(self) -> None:
        text = self.text.toPlainText()
        if not text.strip():
            self.show_error(self.tr("Paste some addresses first."))
            return
        if self.type.currentData() is None:
            self.show_error(self.tr("Choose a violation type."))
            return
        self.record_button.setEnabled(False)
        self.summary.setText(self.tr("Recording…"))
        self.submitted.emit(text, self.type.currentData())

    def show_error(self, text: str) -> None:
        self.record_button.setEnabled(True)
        self.summary.setStyleSheet("color: #b3261e")
        self.summary.setText(text)

    def show_result(self, result: BulkIntake) -> None:
        self.result = result
        self.record_button.setEnabled(True)
        self.summary.setStyleSheet("")
        self.summary.setText(" · ".join((
            self.tr("%n violation(s) recorded", "", len(result.created)),
            self.tr("%n duplicate(s) not recorded again", "", len(result.duplicates)),
            self.tr("%n line(s) not usable", "", len(result.invalid)),
            self.tr("%n domain(s)", "", len(result.by_domain)))))
        by_domain = sorted(result.by_domain.items(), key=lambda kv: (-kv[1], kv[0]))
        fill_table(self.domains, [[domain, str(count)] for domain, count in by_domain])
        fill_table(self.duplicates, [[d["url"], str(d["violation_id"])] for d in result.duplicates])
        fill_table(self.invalid, [[line] for line in result.invalid])
        for row, duplicate in enumerate(result.duplicates):
            self.duplicates.item(row, 0).setData(Qt.ItemDataRole.UserRole, duplicate["violation_id"])

    def _duplicate_activated(self, row: int, _column: int) -> None:
        item = self.duplicates.item(row, 0)
        violation_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if violation_id:
            self.violationActivated.emit(violation_id)
