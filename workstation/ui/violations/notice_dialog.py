"""Send a removal notice: recipient from the platform directory or the resource's own administration, method,
language, a read-only preview of the text, "Copy text" and "Save as PDF…"."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from workstation.core.violations import register as records
from workstation.core.violations.notices import METHODS
from workstation.reports.notice_pdf import write_notice_pdf
from workstation.ui.i18n import describe
from workstation.ui.tasks import TaskRunner
from workstation.ui.violations.labels import language_label, method_label

NOTICE_LANGS = ("kk", "ru")
# The resource's own administration as the "To:" line of a notice, in the notice's language (not the interface's).
ADMINISTRATION = {"kk": "{0} интернет-ресурсының әкімшілігіне", "ru": "Администрации интернет-ресурса {0}",
                  "en": "Administration of {0}"}
ADMIN = "admin"  # the recipient combo's data for the resource's administration


class NoticeDialog(QDialog):
    """Emits ``submitted(values)`` on "Record as sent"; the tab records the notice and closes the dialog."""

    submitted = Signal(dict)

    def __init__(self, parent, runner: TaskRunner, violation_id: int, *, lang: str = "ru") -> None:
        super().__init__(parent)
        self.runner = runner
        self.violation_id = violation_id
        self.violation: dict | None = None
        self.preview_data: dict | None = None
        self._generation = 0
        self.setWindowTitle(self.tr("Send a removal notice"))
        self.resize(760, 680)
        self.recipient = QComboBox()
        self.recipient.setEditable(True)
        self.recipient.setToolTip(self.tr("A legal representative from the platform directory, or type the "
                                          "resource's administration"))
        self.method = QComboBox()
        for method in METHODS:
            self.method.addItem(method_label(method), method)
        self.language = QComboBox()
        for code in NOTICE_LANGS:
            self.language.addItem(language_label(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang if lang in NOTICE_LANGS else "ru")))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setObjectName("notice_preview")
        self.copy_button = QPushButton(self.tr("Copy text"))
        self.copy_button.clicked.connect(self.copy_text)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.message = QLabel()
        self.message.setObjectName("notice_message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(self.tr("Record as sent"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Recipient"), self.recipient)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Language of the notice"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Text of the notice (the address is defanged)")))
        layout.addWidget(self.preview)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.refresh_preview)
        self.recipient.editTextChanged.connect(lambda _t: self._debounce.start())
        self.language.currentIndexChanged.connect(self._language_changed)
        self._set_busy(True)
        runner.read(lambda db, _c: records.recipients(db, violation_id), self._recipients_arrived, self._failed)

    # --- loading ----------------------------------------------------------------------------------------------
    def _recipients_arrived(self, data: dict) -> None:
        self.violation = data["violation"]
        self.recipient.blockSignals(True)
        self.recipient.addItem(self._administration(), ADMIN)
        for contact in data["contacts"]:
            label = contact["name"] + (f" <{contact['contact']}>" if contact["contact"] else "")
            self.recipient.addItem(label, contact["name"])
        platform = self.violation["platform_id"]
        match = next((c for c in data["contacts"] if c["id"] == platform), None)
        self.recipient.setCurrentIndex(self.recipient.findData(match["name"]) if match else 0)
        self.recipient.blockSignals(False)
        self.refresh_preview()

    def _administration(self) -> str:
        domain = self.violation["domain"] if self.violation else ""
        return ADMINISTRATION.get(self.language.currentData(), ADMINISTRATION["ru"]).format(domain)

    def _language_changed(self) -> None:
        # The administration's line follows the notice's language.
        admin = self.recipient.findData(ADMIN)
        if admin >= 0 and self.violation:
            was_current = self.recipient.currentIndex() == admin
            self.recipient.setItemText(admin, self._administration())
            if was_current:
                self.recipient.setEditText(self._administration())
        self._debounce.start()

    def recipient_text(self) -> str:
        """The name as it goes on the notice: a directory entry's name, or the text typed."""
        index = self.recipient.currentIndex()
        text = self.recipient.currentText().strip()
        data = self.recipient.itemData(index) if index >= 0 else None
        if data and data != ADMIN and text == self.recipient.itemText(index):
            return data
        return text

    def refresh_preview(self) -> None:
        if self.violation is None:
            return
        self._generation += 1
        generation, lang, recipient = self._generation, self.language.currentData(), self.recipient_text()
        self.runner.read(lambda db, _c: records.notice_preview(db, self.violation_id, lang, recipient),
                         lambda data: self._preview_arrived(generation, data), self._failed)

    def _preview_arrived(self, generation: int, data: dict) -> None:
        if generation != self._generation:
            return  # the analyst has changed the recipient or language since
        self.preview_data = data
        self.preview.setPlainText(data["text"])
        self._set_busy(False)

    def _failed(self, error: object) -> None:
        self.show_error(describe(error))

    def _set_busy(self, busy: bool) -> None:
        for button in (self.copy_button, self.pdf_button, self.send_button):
            button.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.message.setStyleSheet("color: #b3261e")
        self.message.setText(text)
        self._set_busy(self.preview_data is None)

    def show_info(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    # --- actions ----------------------------------------------------------------------------------------------
    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.preview.toPlainText())
        self.show_info(self.tr("The text of the notice is on the clipboard."))

    def save_pdf(self, path: str | None = None) -> None:
        text = self.preview.toPlainText()
        if not text.strip():
            return
        if not path:
            domain = (self.violation or {}).get("domain") or str(self.violation_id)
            suggested = f"notice-{domain}.pdf"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the notice as PDF"), suggested,
                                                  self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.pdf_button.setEnabled(False)
        title = text.strip().splitlines()[0]

        def done(saved) -> None:
            self.pdf_button.setEnabled(True)
            self.saved_pdf = str(saved)
            self.show_info(self.tr("Saved: {0}").format(saved))

        def failed(error: object) -> None:
            self.pdf_button.setEnabled(True)
            self.show_error(self.tr("The PDF was not saved: {0}").format(error))

        self.runner.long_job(lambda _db, _c: write_notice_pdf(text, path, title=title), done, failed)

    def _submit(self) -> None:
        recipient = self.recipient_text()
        if not recipient:
            self.show_error(self.tr("Choose or type the recipient."))
            return
        self.send_button.setEnabled(False)
        self.submitted.emit({"to": recipient, "method": self.method.currentData(),
                             "lang": self.language.currentData(),
                             # The record states the time the text states, so the two never disagree.
                             "sent_at": self.preview_data["sent_at"] if self.preview_data else None})
