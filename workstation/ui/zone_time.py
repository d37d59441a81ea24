"""A date-and-time field in the workspace's reporting zone (``clock.zone()``), never the computer's own.

The field shows and takes wall-clock time in that zone: the time is converted here, with Python's zone data and
the zone's historical offsets (Asia/Almaty: UTC+6 until 1 March 2024, UTC+5 since), so a Europe/Moscow computer
entering 10:00 in an Almaty workspace stores 05:00Z, as the command line does. The field itself holds the wall
time as UTC-spec values, so no gap or shift of the computer's zone can move it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit

from workstation.core import clock

# The days a period may start and end on in the desktop's date fields: the periods a desk reports on (Qt's own
# range, 1752 to 9999, let the dashboard ask for a hundred thousand months).
WORKING_YEARS = (QDate(1990, 1, 1), QDate(2099, 12, 31))


def _wall(moment: dt.datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute),
                     QTimeZone.utc())


class ZoneTimeEdit(QDateTimeEdit):
    """A date and time in the reporting zone, "now" by default (the workstation's clock, which tests can move)."""

    def __init__(self, moment: dt.datetime | None = None) -> None:
        super().__init__()
        self.setTimeZone(QTimeZone.utc())  # the wall time of the reporting zone, held as is
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.set_moment(moment or clock.now())
        self.initial = self.dateTime()

    def set_moment(self, moment: dt.datetime) -> None:
        self.setDateTime(_wall(moment.astimezone(clock.zone())))

    def moment(self) -> dt.datetime:
        """The entered wall time, read in the reporting zone with that day's offset."""
        date, time = self.dateTime().date(), self.dateTime().time()
        return dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute(), tzinfo=clock.zone())

    def iso(self) -> str:
        return clock.to_iso(self.moment())

    def changed(self) -> bool:
        return self.dateTime() != self.initial
