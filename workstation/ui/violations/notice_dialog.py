"""Send removal notices for the selected violations: one notice per platform or registrable domain, each listing
its addresses; for each, the recipient from the platform directory or the resource's own administration, with its
address or e-mail; one method and language; a read-only preview of the chosen notice as the letter will be sent
(exact addresses; a defanged copy on screen only when asked), the fields it still lacks named before "Record as
sent", "Copy text" and "Save as PDF…" (both the letter itself)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from workstation.core.violations import directory
from workstation.core.violations import register as records
from workstation.core.violations.letter import ADMINISTRATION, screen_copy
from workstation.core.violations.notices import METHODS
from workstation.reports.notice_pdf import heading, write_notice_pdf
from workstation.ui.files import remember_folder, suggested_path
from workstation.ui.i18n import describe
from workstation.ui.tasks import Newest, TaskRunner
from workstation.ui.violations.labels import language_label, method_label

NOTICE_LANGS = ("kk", "ru")
ADMIN = "admin"  # the recipient combo's data for the resource's administration


class NoticeDialog(QDialog):
    """Emits ``submitted(values)`` on "Record as sent", ``values["sends"]`` one entry per notice (violation ids,
    recipient, method, language, sent time); the tab records them and closes the dialog."""

    submitted = Signal(dict)

    def __init__(self, parent, runner: TaskRunner, violation_ids: int | list[int], *, lang: str = "ru",
                 analyst: str = "") -> None:
        super().__init__(parent)
        self.runner = runner
        self.interface_lang = lang  # the directory's names in the list
        self.analyst = analyst  # named in the preview as in the sent notice, when no author is set
        self.violation_ids = [violation_ids] if isinstance(violation_ids, int) else list(violation_ids)
        self.violation_id = self.violation_ids[0]
        self.violation: dict | None = None  # the chosen group's first violation (its domain names the administration)
        self.groups: list = []  # register.NoticeGroup, one notice each
        self.contacts: list[dict] = []
        self.chosen_recipients: dict[str, str] = {}  # group key → the recipient text chosen for it
        self.preview_data: dict | None = None
        self.preview_loading = Newest()
        self.setWindowTitle(self.tr("Send a removal notice"))
        self.resize(760, 680)
        self.group = QComboBox()
        self.group.setObjectName("notice_group")
        self.group.setToolTip(self.tr("One notice goes to each platform or website, listing its addresses"))
        self.group_label = QLabel(self.tr("Notice"))
        self.recipient = QComboBox()
        self.recipient.setEditable(True)
        self.recipient.setToolTip(self.tr("A legal representative from the platform directory, or type the "
                                          "resource's administration"))
        self.recipient_contact = QLineEdit()
        self.recipient_contact.setObjectName("notice_recipient_contact")
        self.recipient_contact.setPlaceholderText(self.tr("Postal address or e-mail, as the letter gives it"))
        self.chosen_contacts: dict[str, str] = {}  # group key → the address typed for it
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
        self.defanged = QCheckBox(self.tr("Show the addresses defanged (on screen only: the letter keeps them exact)"))
        self.defanged.toggled.connect(lambda _on: self._show_text())
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
        form.addRow(self.group_label, self.group)
        form.addRow(self.tr("Recipient"), self.recipient)
        form.addRow(self.tr("Recipient's address or e-mail"), self.recipient_contact)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Language of the notice"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Text of the notice as it will be sent")))
        layout.addWidget(self.defanged)
        layout.addWidget(self.preview)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.refresh_preview)
        self.recipient.editTextChanged.connect(self._recipient_edited)
        self.recipient_contact.textEdited.connect(self._contact_edited)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.group.currentIndexChanged.connect(self._group_changed)
        self._set_busy(True)
        ids = self.violation_ids
        runner.read(lambda db, _c: records.notice_groups(db, ids), self._groups_arrived, self._failed)

    # --- loading ----------------------------------------------------------------------------------------------
    def _groups_arrived(self, data: dict) -> None:
        self.groups, self.contacts = data["groups"], data["contacts"]
        self.group.blockSignals(True)
        for group in self.groups:
            name = directory.platform_name(group.platform, self.interface_lang) if group.platform else group.domain
            self.group.addItem(name + " · " + self.tr("%n address(es)", "", len(group.addresses)), group.key)
        self.group.blockSignals(False)
        several = len(self.groups) > 1
        self.group.setVisible(several)
        self.group_label.setVisible(several)
        self._show_group(0)

    def current_group(self):
        index = self.group.currentIndex()
        return self.groups[index] if 0 <= index < len(self.groups) else None

    def _group_changed(self, _index: int) -> None:
        self._show_group(self.group.currentIndex())

    def _show_group(self, index: int) -> None:
        """The recipient choices for the chosen notice: its administration and the directory; the platform's
        representative by default, or what the analyst chose for it before."""
        group = self.groups[index] if 0 <= index < len(self.groups) else None
        if group is None:
            return
        self.violation = {"id": group.violation_ids[0], "domain": group.domain, "platform_id": group.platform_id}
        self.recipient.blockSignals(True)
        self.recipient.clear()
        self.recipient.addItem(self._administration(), ADMIN)
        for contact in self.contacts:
            label = (directory.platform_name(contact["name"], self.interface_lang)
                     + (f" <{contact['contact']}>" if contact["contact"] else ""))
            self.recipient.addItem(label, contact["name"])
        chosen = self.chosen_recipients.get(group.key)
        if chosen is not None and chosen != ADMIN:
            found = self.recipient.findData(chosen)
            if found > 0:
                self.recipient.setCurrentIndex(found)
            else:
                self.recipient.setEditText(chosen)
        elif chosen is None:
            match = next((c for c in self.contacts if c["id"] == group.platform_id), None)
            self.recipient.setCurrentIndex(self.recipient.findData(match["name"]) if match else 0)
        self.recipient.blockSignals(False)
        self.recipient_contact.setText(self.contact_for(group))
        self.refresh_preview()

    def _administration(self, domain: str | None = None) -> str:
        domain = domain if domain is not None else (self.violation["domain"] if self.violation else "")
        # The resource's own administration as the letter's "To:" («Кімге:», «Кому:») line gives it: in the
        # notice's language (not the interface's), in the nominative, as the core's default addressee.
        return ADMINISTRATION.get(self.language.currentData(), ADMINISTRATION["ru"]).format(domain=domain)

    def _remember_recipient(self) -> None:
        group = self.current_group()
        if group is not None and self.recipient.count():
            index = self.recipient.currentIndex()
            admin = index >= 0 and index == self.recipient.findData(ADMIN) and \
                self.recipient.currentText().strip() == self.recipient.itemText(index)
            # The administration's line is kept as "the administration", so it follows a change of language.
            self.chosen_recipients[group.key] = ADMIN if admin else self.recipient_text()

    def recipient_for(self, group) -> str:
        chosen = self.chosen_recipients.get(group.key)
        if chosen is None:
            match = next((c for c in self.contacts if c["id"] == group.platform_id), None)
            chosen = match["name"] if match else ADMIN
        return self._administration(group.domain) if chosen == ADMIN else chosen

    def _recipient_edited(self, _text: str) -> None:
        self._remember_recipient()
        group = self.current_group()
        if group is not None and group.key not in self.chosen_contacts:
            self.recipient_contact.setText(self.contact_for(group))  # the directory entry's, until one is typed
        self._debounce.start()

    def contact_for(self, group) -> str:
        """The recipient's address or e-mail: what the analyst typed for this notice, else the directory's."""
        if group.key in self.chosen_contacts:
            return self.chosen_contacts[group.key]
        name = self.recipient_for(group)
        match = next((c for c in self.contacts if c["name"] == name), None)
        return match["contact"] if match else ""

    def _contact_edited(self, text: str) -> None:
        group = self.current_group()
        if group is not None:
            self.chosen_contacts[group.key] = text.strip()
        self._debounce.start()

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
        group = self.current_group()
        ids = list(group.violation_ids) if group else [self.violation_id]
        lang, recipient = self.language.currentData(), self.recipient_text()
        analyst, contact = self.analyst, self.recipient_contact.text().strip()
        self.runner.read(lambda db, _c: records.notice_preview(db, ids, lang, recipient, analyst=analyst,
                                                               recipient_contact=contact),
                         self._preview_arrived, self._failed, newest=self.preview_loading)  # the last choice counts

    def _preview_arrived(self, data: dict) -> None:
        self.preview_data = data
        self._show_text()
        self._set_busy(False)
        if data["missing"]:
            self.show_error(self.missing_message(data["missing"]))
        else:
            self.show_info("")

    def letter_text(self) -> str:
        """The notice as it will be sent: exact addresses, whatever the screen shows."""
        return self.preview_data["text"] if self.preview_data else ""

    def _show_text(self) -> None:
        if self.preview_data is None:
            return
        text = self.preview_data["text"]
        self.preview.setPlainText(screen_copy(text, self.preview_data["urls"]) if self.defanged.isChecked() else text)

    def missing_message(self, missing: list[str]) -> str:
        """The fields the letter still lacks, as the analyst fills them in: Settings, the directory, this dialog."""
        names = {"issuing_body": self.tr("issuing body (Settings)"), "recipient": self.tr("recipient"),
                 "recipient_contact": self.tr("recipient's address or e-mail"),
                 "type": self.tr("type of violation"), "legal_basis": self.tr("legal basis"),
                 "contact": self.tr("address for the confirmation of removal (Settings: Contact)"),
                 "signatory_position": self.tr("signatory's position (Settings)"),
                 "signatory_name": self.tr("signatory's name (Settings)"),
                 "author": self.tr("executor (Settings: Author)"),
                 "executor_phone": self.tr("executor's phone (Settings)")}
        return self.tr("Before sending, fill in: {0}").format("; ".join(names.get(key, key) for key in missing))

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
        QGuiApplication.clipboard().setText(self.letter_text())
        self.show_info(self.tr("The text of the notice is on the clipboard."))

    def save_pdf(self, path: str | None = None) -> None:
        text = self.letter_text()
        if not text.strip():
            return
        if not path:
            domain = (self.violation or {}).get("domain") or str(self.violation_id)
            suggested = f"notice-{domain}.pdf"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the notice as PDF"), suggested_path(suggested),
                                                  self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        remember_folder(path)
        self.pdf_button.setEnabled(False)
        title = heading(text)

        def done(saved) -> None:
            self.pdf_button.setEnabled(True)
            self.saved_pdf = str(saved)
            self.show_info(self.tr("Saved: {0}").format(saved))

        def failed(error: object) -> None:
            self.pdf_button.setEnabled(True)
            self.show_error(self.tr("The PDF was not saved: {0}").format(error))

        self.runner.long_job(lambda _db, _c: write_notice_pdf(text, path, title=title), done, failed)

    def sends(self) -> list[dict]:
        """One notice per group, as "Record as sent" records them."""
        self._remember_recipient()
        # The record states the time the text states, so the two never disagree.
        sent_at = self.preview_data["sent_at"] if self.preview_data else None
        return [{"violation_ids": list(group.violation_ids), "to": self.recipient_for(group).strip(),
                 "to_contact": self.contact_for(group).strip(), "method": self.method.currentData(),
                 "lang": self.language.currentData(), "sent_at": sent_at, "complete": True}
                for group in self.groups]

    def _submit(self) -> None:
        sends = self.sends()
        if not sends or not all(s["to"] for s in sends):
            self.show_error(self.tr("Choose or type the recipient."))
            return
        if self.preview_data and self.preview_data["missing"]:
            self.show_error(self.missing_message(self.preview_data["missing"]))
            return
        self.send_button.setEnabled(False)
        self.submitted.emit({**sends[0], "sends": sends})
