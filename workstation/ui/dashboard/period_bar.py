"""The period selector: this month, this quarter, year to date or a custom range, and the comparison switch."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QWidget

from workstation.ui.flow_layout import FlowLayout
from workstation.ui.zone_time import WORKING_YEARS

PERIODS = ("month", "quarter", "year", "custom")


def period_days(kind: str, today: dt.date, first: dt.date | None = None, last: dt.date | None = None
                ) -> tuple[dt.date, dt.date]:
    """First and last local day (both included) of a period that ends today, or of the custom range."""
    if kind == "month":
        return today.replace(day=1), today
    if kind == "quarter":
        return dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1), today
    if kind == "year":
        return dt.date(today.year, 1, 1), today
    if first is None or last is None:
        raise ValueError("a custom range needs both days")
    return (first, last) if first <= last else (last, first)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class PeriodBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = dt.date.today()
        self.caption = QLabel()
        self.kind = QComboBox()
        self.first = QDateEdit()
        self.last = QDateEdit()
        self.dash = QLabel("–")
        for edit in (self.first, self.last):
            edit.setDateRange(*WORKING_YEARS)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._edited)
        # Typing a date changes it digit by digit: recount once the analyst pauses.
        self._debounce = QTimer(self, singleShot=True, interval=400)
        self._debounce.timeout.connect(self.changed)
        self.compare = QCheckBox()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.compare.toggled.connect(self.changed)
        layout = FlowLayout(self)  # wraps on a narrow window rather than widen it
        for widget in (self.caption, self.kind, self.first, self.dash, self.last, self.compare):
            layout.addWidget(widget)
        self.retranslate()
        self._show_days()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Period:"))
        current = max(0, self.kind.currentIndex())
        self.kind.blockSignals(True)
        self.kind.clear()
        labels = (self.tr("This month"), self.tr("This quarter"), self.tr("Year to date"), self.tr("Custom range"))
        for key, label in zip(PERIODS, labels, strict=True):
            self.kind.addItem(label, key)
        self.kind.setCurrentIndex(current)
        self.kind.blockSignals(False)
        self.compare.setText(self.tr("Compare with the previous period"))
        self.compare.setToolTip(self.tr("Show the change against the period of the same length just before"))

    def set_today(self, today: dt.date) -> None:
        """The day periods end on (the tab passes today in the analyst's zone, from the core's clock)."""
        self.today = today
        self._show_days()

    def days(self) -> tuple[dt.date, dt.date]:
        return period_days(self.kind.currentData(), self.today, _pydate(self.first.date()), _pydate(self.last.date()))

    def set_period(self, kind: str) -> None:
        self.kind.setCurrentIndex(PERIODS.index(kind))

    def set_custom(self, first: dt.date, last: dt.date) -> None:
        """Choose a custom range (one change signal)."""
        self.blockSignals(True)
        self.set_period("custom")
        self.first.setDate(_qdate(first))
        self.last.setDate(_qdate(last))
        self.blockSignals(False)
        self._debounce.stop()
        self.changed.emit()

    def show_days(self, kind: str, first: dt.date, last: dt.date) -> None:
        """Choose the period from ``first`` to ``last`` (one change signal): by its name when it is one of the named
        periods ending today, else as a custom range."""
        if kind != "custom" and period_days(kind, self.today) == (first, last):
            if self.kind.currentData() == kind:
                self.changed.emit()
            self.set_period(kind)
        else:
            self.set_custom(first, last)

    def _kind_changed(self) -> None:
        self._show_days()
        self.changed.emit()

    def _edited(self) -> None:
        if self.kind.currentData() == "custom":
            self._debounce.start()

    def _show_days(self) -> None:
        """The date edits always show the chosen period; they are editable only for a custom range."""
        custom = self.kind.currentData() == "custom"
        if not custom:
            first, last = self.days()
            for edit, day in ((self.first, first), (self.last, last)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        for edit in (self.first, self.last):
            edit.setEnabled(custom)
