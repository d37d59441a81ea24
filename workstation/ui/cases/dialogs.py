"""Dialogs for a new case and for an official response (refutation or statement)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from workstation.core.cases.workflow import CHANNELS, RESPONSE_KINDS
from workstation.core.items.tags import tag_name
from workstation.ui.cases.labels import channel_label, kind_label
from workstation.ui.zone_time import ZoneTimeEdit


def _now_edit() -> ZoneTimeEdit:
    """Now, shown and read in the workspace's reporting zone (not the computer's)."""
    return ZoneTimeEdit()


def edit_to_iso(edit: ZoneTimeEdit) -> str:
    """The time in the editor, read in the reporting zone, as stored UTC text."""
    return edit.iso()


class _Form(QDialog):
    def _finish(self, form: QFormLayout) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class CaseDialog(_Form):
    def __init__(self, parent, tags: list[dict], lang: str, *, title: str = "", item_count: int = 0) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New fake case"))
        self.title = QLineEdit(title)
        self.claim = QPlainTextEdit()
        self.claim.setPlaceholderText(self.tr("The false claim in one or two sentences"))
        self.category = QComboBox()
        self.category.addItem(self.tr("(not set)"), None)
        for tag in tags:
            if tag["kind"] == "fake_category":
                self.category.addItem(tag_name(tag, lang), tag["id"])
        self.resonant = QCheckBox(self.tr("Negative or resonant topic: start the golden-hour clock"))
        self.detected = _now_edit()
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Claim"), self.claim)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Detected at"), self.detected)
        form.addRow("", self.resonant)
        if item_count:
            form.addRow("", _note(self.tr("%n selected item(s) will be attached as evidence.", "", item_count)))
        self._finish(form)

    def values(self) -> dict:
        return {"title": self.title.text().strip(), "claim": self.claim.toPlainText().strip(),
                "category": self.category.currentData(), "resonant": self.resonant.isChecked(),
                "detected_at": edit_to_iso(self.detected)}


class ResponseDialog(_Form):
    def __init__(self, parent, *, kind: str = "refutation") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record an official response"))
        self.kind = QComboBox()
        for value in RESPONSE_KINDS:
            self.kind.addItem(kind_label(value), value)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.channel = QComboBox()
        for value in CHANNELS:
            self.channel.addItem(channel_label(value), value)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://stopfake.kz/…")
        self.publisher = QLineEdit()
        self.publisher.setPlaceholderText(self.tr("The body that published it"))
        self.published = _now_edit()
        self.text = QPlainTextEdit()
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Address"), self.url)
        form.addRow(self.tr("Published by"), self.publisher)
        form.addRow(self.tr("Published at"), self.published)
        form.addRow(self.tr("Text"), self.text)
        self._finish(form)

    def values(self) -> dict:
        return {"kind": self.kind.currentData(), "channel": self.channel.currentData(), "url": self.url.text().strip(),
                "publisher": self.publisher.text().strip(), "published_at": edit_to_iso(self.published),
                "text": self.text.toPlainText().strip()}


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label
