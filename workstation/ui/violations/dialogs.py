"""Small forms of the violations tab: a new violation, a notice's outcome, escalation, lifting, closing.

Each emits ``submitted(values)`` on OK and stays open; the tab writes through the core and closes the form only
when the write succeeded, otherwise the core's message is shown in the form.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
)

from workstation.core.items.tags import tag_name
from workstation.ui.zone_time import ZoneTimeEdit


class TimeEdit(ZoneTimeEdit):
    """A date and time in the workspace's reporting zone, "now" by default (from the workstation's clock, which
    tests can move). Left untouched it means exactly now, to the second; changed, it means the minute the analyst
    chose, read in the reporting zone."""

    def iso(self) -> str | None:
        return super().iso() if self.changed() else None


class FormDialog(QDialog):
    submitted = Signal(dict)

    def __init__(self, parent, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("form_error")
        self.error.setStyleSheet("color: #b3261e")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(lambda: self.submitted.emit(self.values()))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def values(self) -> dict:
        return {}


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def type_combo(tags: list[dict], lang: str) -> QComboBox:
    """Violation types by name; phishing first chosen, the most common by far (3,322 of 3,741 in the letter)."""
    combo = QComboBox()
    for tag in tags:
        if tag["kind"] == "violation_type":
            combo.addItem(tag_name(tag, lang), tag["id"])
            if tag["key"] == "violation.phishing":
                combo.setCurrentIndex(combo.count() - 1)
    return combo


class ViolationDialog(FormDialog):
    """A new violation from an address (pasted defanged is fine), or from items selected in the Items tab."""

    def __init__(self, parent, tags: list[dict], lang: str, *, item_count: int = 0) -> None:
        super().__init__(parent, self.tr("Record a violation"))
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("hxxps://example[.]com/page — a defanged address is fine"))
        self.type = type_combo(tags, lang)
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("The bank, ministry or company the page imitates"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        self.item_count = item_count
        if item_count:
            self.setWindowTitle(self.tr("Record violations from selected items"))
            self.form.addRow("", _note(self.tr("%n selected item(s): each item's address becomes a violation and "
                                               "its content is kept as evidence.", "", item_count)))
        else:
            self.form.addRow(self.tr("Address"), self.url)
        self.form.addRow(self.tr("Violation type"), self.type)
        self.form.addRow(self.tr("Target organisation"), self.target)
        self.form.addRow(self.tr("Notes"), self.notes)

    def values(self) -> dict:
        return {"url": self.url.text().strip(), "type": self.type.currentData(),
                "target": self.target.text().strip(), "notes": self.notes.toPlainText().strip()}


class OutcomeDialog(FormDialog):
    """The outcome of the open notice: removed or not, and when (now by default)."""

    def __init__(self, parent, recipient: str) -> None:
        super().__init__(parent, self.tr("Notice outcome"))
        self.removed = QRadioButton(self.tr("The material was removed"))
        self.not_removed = QRadioButton(self.tr("The material was not removed"))
        self.removed.setChecked(True)
        self.at = TimeEdit()
        self.form.addRow(self.tr("Notice to"), QLabel(recipient))
        self.form.addRow("", self.removed)
        self.form.addRow("", self.not_removed)
        self.form.addRow(self.tr("Checked at"), self.at)

    def values(self) -> dict:
        return {"removed": self.removed.isChecked(), "at": self.at.iso()}


class EscalateDialog(FormDialog):
    """Ask for access restriction; with the order's reference, record the restriction as ordered. The ground is an
    overdue notice, or an explicit court or authority order (then its reference is required): a violation with no
    overdue notice can be restricted only on such an order."""

    def __init__(self, parent, address: str) -> None:
        super().__init__(parent, self.tr("Access restriction"))
        self.order_type = QComboBox()
        self.order_type.addItem(self.tr("A notice whose deadline passed without removal"), None)
        self.order_type.addItem(self.tr("Court order"), "court")
        self.order_type.addItem(self.tr("Order of an authorised body"), "authority")
        self.order_ref = QLineEdit()
        self.order_ref.setPlaceholderText(self.tr("Leave empty if the order has not been issued yet"))
        self.at = TimeEdit()
        self.form.addRow(self.tr("Address"), QLabel(address))
        self.form.addRow(self.tr("Ground"), self.order_type)
        self.form.addRow(self.tr("Order reference"), self.order_ref)
        self.form.addRow(self.tr("Time"), self.at)

    def values(self) -> dict:
        return {"order_ref": self.order_ref.text().strip() or None, "order_type": self.order_type.currentData(),
                "at": self.at.iso()}


class LiftDialog(FormDialog):
    def __init__(self, parent, address: str) -> None:
        super().__init__(parent, self.tr("Lift access restriction"))
        self.at = TimeEdit()
        self.form.addRow(self.tr("Address"), QLabel(address))
        self.form.addRow(self.tr("Lifted at"), self.at)

    def values(self) -> dict:
        return {"at": self.at.iso()}


class CloseDialog(FormDialog):
    def __init__(self, parent, address: str) -> None:
        super().__init__(parent, self.tr("Close as unfounded"))
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Why is this not a violation?"))
        self.reason.setMaximumHeight(90)
        self.form.addRow(self.tr("Address"), QLabel(address))
        self.form.addRow(self.tr("Reason"), self.reason)

    def values(self) -> dict:
        return {"reason": self.reason.toPlainText().strip()}
