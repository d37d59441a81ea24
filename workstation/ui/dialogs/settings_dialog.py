"""Settings: interface language, the analyst's name, fetch schedule and network (this computer's), and the
workspace's own settings every analyst of it shares: the reporting time zone and the organisation, unit, author,
contact and signature official documents carry, and what a removal notice needs as an official letter (the issuing
body, the signatory, the executor's phone, the outgoing number's format). The workspace's are read and written
through the task runner. Three tabs keep the dialog inside a laptop's screen at 150 % scaling: this computer's,
the workspace's documents, and the workspace's notices."""

from __future__ import annotations

import zoneinfo
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.core import clock
from workstation.core.db import settings as workspace_settings
from workstation.core.errors import BadArgument
from workstation.ui.i18n import LANGUAGE_NAMES, describe
from workstation.ui.settings import Settings
from workstation.ui.tasks import TaskRunner

_TEXT_KEYS = ("organisation", "unit")
# What a notice carries as an official letter, used verbatim in it (the author is its executor, the contact the
# address removal is confirmed to; the PDF summary names them too).
_NOTICE_KEYS = ("signatory_position", "signatory_name", "author", "executor_phone", "contact",
                "notice_number_format")
# The authorised body for mass media since 2024, offered as the issuing body in both official languages.
ISSUING_BODIES = ("Министерство культуры и информации Республики Казахстан",
                  "Қазақстан Республикасы Мәдениет және ақпарат министрлігі")


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent=None, *, runner: TaskRunner | None = None,
                 analyst: str = "", language: str | None = None) -> None:
        """``language``: the interface language in use (``--lang`` may differ from the saved choice); saving
        stores a language only when the analyst picks another one here."""
        super().__init__(parent)
        self.settings = settings
        self.runner = runner
        self.analyst_name = analyst
        self.loaded: dict[str, str] | None = None  # the workspace's settings once read
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language_in_use = language or settings.language()
        self.language.setCurrentIndex(max(0, self.language.findData(self.language_in_use)))
        self.analyst = QLineEdit(settings.get("analyst"))
        self.analyst.setPlaceholderText(settings.analyst())
        self.analyst.setToolTip(self.tr("Recorded on every tag and decision you make."))
        self.every = QSpinBox()
        self.every.setRange(0, 24 * 60)
        self.every.setSuffix(self.tr(" min"))
        self.every.setSpecialValueText(self.tr("only on demand"))
        self.every.setValue(settings.get("fetch_every_minutes"))
        self.jobs = QSpinBox()
        self.jobs.setRange(1, 32)
        self.jobs.setValue(settings.get("fetch_jobs"))
        self.proxy = QLineEdit(settings.get("proxy"))
        self.proxy.setPlaceholderText(self.tr("System proxy (e.g. http://proxy.local:3128)"))
        form = QFormLayout()
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow(self.tr("Analyst name"), self.analyst)
        form.addRow(self.tr("Look for sources due to fetch every"), self.every)
        self.every.setToolTip(self.tr("Each source is fetched when its own interval has passed."))
        form.addRow(self.tr("Sources fetched at once"), self.jobs)
        form.addRow(self.tr("Proxy"), self.proxy)

        # The workspace's settings: the same for every analyst and program that opens it.
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(sorted(zoneinfo.available_timezones()))
        self.zone.setToolTip(self.tr("Day boundaries, months and shown times of this workspace's figures use this "
                                     "zone, with its historical offsets."))
        self.texts = {key: QLineEdit() for key in (*_TEXT_KEYS, *_NOTICE_KEYS)}
        self.issuing_body = QComboBox()
        self.issuing_body.setEditable(True)
        self.issuing_body.setObjectName("issuing_body")
        self.issuing_body.addItems(ISSUING_BODIES)
        self.issuing_body.setCurrentText("")
        self.issuing_body.lineEdit().setPlaceholderText(self.tr("The authorised body that sends removal notices"))
        self.texts["notice_number_format"].setToolTip(self.tr("{seq}: the register's number within the year; "
                                                              "{year}: the year. For example 04-2/{seq}"))
        self.texts["contact"].setToolTip(self.tr("Notices ask the recipient to confirm removal to this address."))
        self.signature = QPlainTextEdit()
        self.signature.setFixedHeight(60)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        # The workspace's own settings, on two tabs: what its documents carry, and what its notices state.
        self.workspace_box = QWidget()
        workspace_form = QFormLayout(self.workspace_box)
        workspace_form.addRow(self._shared_note())
        workspace_form.addRow(self.tr("Reporting time zone"), self.zone)
        labels = {"organisation": self.tr("Organisation"), "unit": self.tr("Unit")}
        for key in _TEXT_KEYS:
            workspace_form.addRow(labels[key], self.texts[key])
        workspace_form.addRow(self.tr("Signature block"), self.signature)
        self.notices_box = QWidget()
        notices_form = QFormLayout(self.notices_box)
        notices_form.addRow(self._shared_note())
        notices_form.addRow(self.tr("Issuing body of notices"), self.issuing_body)
        notice_labels = {"signatory_position": self.tr("Signatory's position"),
                         "signatory_name": self.tr("Signatory's name"), "author": self.tr("Author"),
                         "executor_phone": self.tr("Executor's phone"), "contact": self.tr("Contact"),
                         "notice_number_format": self.tr("Outgoing number format")}
        for key in _NOTICE_KEYS:
            notices_form.addRow(notice_labels[key], self.texts[key])
        for box in (self.workspace_box, self.notices_box):
            box.setEnabled(False)  # until the workspace's settings are read
        computer = QWidget()
        computer.setLayout(form)
        self.tabs = QTabWidget()
        self.tabs.addTab(computer, self.tr("This computer"))
        self.tabs.addTab(self.workspace_box, self.tr("Workspace"))
        self.tabs.addTab(self.notices_box, self.tr("Notices"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        if runner is not None:
            runner.read(lambda db, _ctx: workspace_settings.all_settings(db), self.show_workspace_settings)
        else:
            for box in (self.workspace_box, self.notices_box):
                self.tabs.setTabVisible(self.tabs.indexOf(box), False)

    def _shared_note(self) -> QLabel:
        note = QLabel(self.tr("This workspace (shared by everyone who opens it)"))
        note.setWordWrap(True)
        return note

    def show_workspace_settings(self, values: dict[str, str]) -> None:
        self.loaded = dict(values)
        self.zone.setCurrentText(values["timezone"])
        for key in (*_TEXT_KEYS, *_NOTICE_KEYS):
            self.texts[key].setText(values[key])
        self.issuing_body.setCurrentText(values["issuing_body"])
        self.signature.setPlainText(values["signature"])
        for box in (self.workspace_box, self.notices_box):
            box.setEnabled(not (self.runner and self.runner.read_only))

    def workspace_values(self) -> dict[str, str]:
        values = {key: self.texts[key].text().strip() for key in (*_TEXT_KEYS, *_NOTICE_KEYS)}
        values["issuing_body"] = self.issuing_body.currentText().strip()
        values["timezone"] = self.zone.currentText().strip()
        values["signature"] = self.signature.toPlainText().strip()
        return values

    def accept(self) -> None:  # noqa: D102 - refuses an unknown zone instead of closing
        if self.loaded is not None and self.zone.currentText().strip() not in zoneinfo.available_timezones():
            self.problem.setText(self.tr("Unknown time zone: {0}").format(self.zone.currentText()))
            self.tabs.setCurrentWidget(self.workspace_box)
            return
        if self.loaded is not None:
            try:
                workspace_settings.check_number_format(self.texts["notice_number_format"].text().strip())
            except BadArgument as error:
                self.problem.setText(describe(error))
                self.tabs.setCurrentWidget(self.notices_box)
                return
        super().accept()

    def chosen_language(self) -> str:
        return self.language.currentData()

    def apply(self) -> None:
        if self.chosen_language() != self.language_in_use:
            self.settings.set("language", self.chosen_language())
        self.settings.set("analyst", self.analyst.text().strip())
        self.settings.set("fetch_every_minutes", self.every.value())
        self.settings.set("fetch_jobs", self.jobs.value())
        self.settings.set("proxy", self.proxy.text().strip())
        if self.loaded is None or self.runner is None:
            return
        changed = {key: value for key, value in self.workspace_values().items() if value != self.loaded.get(key)}
        if not changed:
            return
        if "timezone" in changed:
            clock.set_zone(workspace_settings.zone_named(changed["timezone"]))  # what is shown follows at once
        analyst = self.analyst_name

        def store(db: Any, _ctx: Any) -> None:
            for key, value in changed.items():
                workspace_settings.set_setting(db, key, value, analyst=analyst)

        self.runner.write(store)
