"""Settings: interface language, the analyst's name, fetch schedule and network."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox, QVBoxLayout

from workstation.ui.i18n import LANGUAGE_NAMES
from workstation.ui.settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(settings.language()))
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def apply(self) -> None:
        self.settings.set("language", self.language.currentData())
        self.settings.set("analyst", self.analyst.text().strip())
        self.settings.set("fetch_every_minutes", self.every.value())
        self.settings.set("fetch_jobs", self.jobs.value())
        self.settings.set("proxy", self.proxy.text().strip())
