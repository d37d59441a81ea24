"""Search box and filters above the item list; emits a core ItemFilter (minus the pane's source/folder/tag)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.core import clock
from workstation.core.errors import WorkstationError
from workstation.core.items import search
from workstation.core.items.queries import ItemFilter
from workstation.ui.flow_layout import FlowLayout
from workstation.ui.i18n import core_message
from workstation.ui.items.labels import language_label
from workstation.ui.zone_time import WORKING_YEARS

PERIODS = ("any", "today", "7d", "30d", "year", "custom")


def period_bounds(period: str, start: QDate | None = None, end: QDate | None = None) -> tuple[str | None, str | None]:
    """UTC bounds of a period in the workspace's reporting zone; the end of a custom range is inclusive of its
    day."""
    now = clock.now().astimezone(clock.zone())
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    if period == "today":
        return clock.to_iso(midnight), None
    if period == "7d":
        return clock.to_iso(midnight - dt.timedelta(days=6)), None
    if period == "30d":
        return clock.to_iso(midnight - dt.timedelta(days=29)), None
    if period == "year":
        return clock.to_iso(midnight.replace(month=1, day=1)), None
    if period == "custom" and start is not None and end is not None:
        zone = now.tzinfo
        begin = dt.datetime(start.year(), start.month(), start.day(), tzinfo=zone)
        stop = dt.datetime(end.year(), end.month(), end.day(), tzinfo=zone) + dt.timedelta(days=1)
        return clock.to_iso(begin), clock.to_iso(stop)
    return None, None


class FilterBar(QWidget):
    changed = Signal()
    saveRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.period = QComboBox()
        self.since = QDateEdit(QDate.currentDate().addDays(-7))
        self.until = QDateEdit(QDate.currentDate())
        for edit in (self.since, self.until):
            edit.setDateRange(*WORKING_YEARS)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._emit)
        self.language = QComboBox()
        self.unread = QCheckBox()
        self.starred = QCheckBox()
        self.save = QPushButton()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e")
        self.error.setVisible(False)
        self._debounce = QTimer(self, singleShot=True, interval=350)
        self._debounce.timeout.connect(self._emit)
        self.search.textEdited.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._emit)
        for combo in (self.period, self.language):
            combo.currentIndexChanged.connect(self._emit)
        for box in (self.unread, self.starred):
            box.toggled.connect(self._emit)
        self.save.clicked.connect(self.saveRequested)
        self.search.setMinimumWidth(280)
        row = FlowLayout()  # wraps on a narrow window rather than widen it
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.period, self.since, self.until, self.language, self.unread, self.starred):
            row.addWidget(widget)
        row.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.search)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr('Search: words, "phrase", prefix*, AND OR NOT, title:…  (Ctrl+F)'))
        self.search.setToolTip(self.tr("Case and keyboard layout do not matter: утыс finds ұтыс."))
        current = self.period.currentIndex()
        self.period.blockSignals(True)
        self.period.clear()
        labels = (self.tr("Any time"), self.tr("Today"), self.tr("Last 7 days"), self.tr("Last 30 days"),
                  self.tr("This year"), self.tr("Custom range"))
        for key, label in zip(PERIODS, labels, strict=True):
            self.period.addItem(label, key)
        self.period.setCurrentIndex(max(0, current))
        self.period.blockSignals(False)
        current = self.language.currentIndex()
        self.language.blockSignals(True)
        self.language.clear()
        self.language.addItem(self.tr("All languages"), "")
        for code in ("kk", "ru", "en", "other"):
            self.language.addItem(language_label(code), code)
        self.language.setCurrentIndex(max(0, current))
        self.language.blockSignals(False)
        self.unread.setText(self.tr("Unread"))
        self.starred.setText(self.tr("Starred"))
        self.save.setText(self.tr("Save search…"))
        self._update_custom()

    def _update_custom(self) -> None:
        custom = self.period.currentData() == "custom"
        self.since.setVisible(custom)
        self.until.setVisible(custom)

    def _emit(self) -> None:
        self._update_custom()
        self.changed.emit()

    def current(self) -> ItemFilter | None:
        """The filter, or None (with the message shown under the box) when the query has a mistake."""
        query = self.search.text().strip()
        if query:
            try:
                search.validate(query)
            except WorkstationError as exc:
                self.error.setText(core_message(exc))
                self.error.setVisible(True)
                return None
        self.error.setVisible(False)
        since, until = period_bounds(self.period.currentData(), self.since.date(), self.until.date())
        lang = self.language.currentData()
        return ItemFilter(query=query, since=since, until=until, langs=[lang] if lang else [],
                          unread_only=self.unread.isChecked(), starred_only=self.starred.isChecked())

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
