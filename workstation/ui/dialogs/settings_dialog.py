"""Settings: interface language, the analyst's name, fetch schedule and network (this computer's), and the
workspace's own settings every analyst of it shares: the reporting time zone and the organisation, unit, author,
contact and signature official documents carry. The workspace's are read and written through the task runner."""

from __future__ import annotations

import zoneinfo
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from workstation.core import clock
from workstation.core.db import settings as workspace_settings
from workstation.ui.i18n import LANGUAGE_NAMES
from workstation.ui.settings import Settings
from workstation.ui.tasks import TaskRunner

_TEXT_KEYS = ("organisation", "unit", "author", "contact")


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
        self.texts = {key: QLineEdit() for key in _TEXT_KEYS}
        self.signature = QPlainTextEdit()
        self.signature.setFixedHeight(60)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.workspace_box = QGroupBox(self.tr("This workspace (shared by everyone who opens it)"))
        workspace_form = QFormLayout(self.workspace_box)
        workspace_form.addRow(self.tr("Reporting time zone"), self.zone)
        labels = {"organisation": self.tr("Organisation"), "unit": self.tr("Unit"), "author": self.tr("Author"),
                  "contact": self.tr("Contact")}
        for key in _TEXT_KEYS:
            workspace_form.addRow(labels[key], self.texts[key])
        workspace_form.addRow(self.tr("Signature block"), self.signature)
        self.workspace_box.setEnabled(False)  # until the workspace's settings are read
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.workspace_box)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        if runner is not None:
            runner.read(lambda db, _ctx: workspace_settings.all_settings(db), self.show_workspace_settings)
        else:
            self.workspace_box.hide()

    def show_workspace_settings(self, values: dict[str, str]) -> None:
        self.loaded = dict(values)
        self.zone.setCurrentText(values["timezone"])
        for key in _TEXT_KEYS:
            self.texts[key].setText(values[key])
        self.signature.setPlainText(values["signature"])
        self.workspace_box.setEnabled(not (self.runner and self.runner.read_only))

    def workspace_values(self) -> dict[str, str]:
        values = {key: self.texts[key].text().strip() for key in _TEXT_KEYS}
        values["timezone"] = self.zone.currentText().strip()
        values["signature"] = self.signature.toPlainText().strip()
        return values

    def accept(self) -> None:  # noqa: D102 - refuses an unknown zone instead of closing
        if self.loaded is not None and self.zone.currentText().strip() not in zoneinfo.available_timezones():
            self.problem.setText(self.tr("Unknown time zone: {0}").format(self.zone.currentText()))
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
