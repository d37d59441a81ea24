"""Escalation on a recorded court or authority order from the desktop, and date pickers that show and read times in
the workspace's reporting zone, whatever the computer's own zone."""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from workstation.core import clock
from workstation.core.db.settings import set_setting
from workstation.core.violations.workflow import add_violation
from workstation.ui.cases.dialogs import CaseDialog, ResponseDialog
from workstation.ui.violations.dialogs import EscalateDialog

T0 = dt.datetime(2025, 3, 10, 9, 0, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def moscow_computer():
    """The computer runs in Europe/Moscow (UTC+3); the reporting zone is left to the workspace."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Moscow"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()
    clock.set_zone(None)


@pytest.fixture
def almaty_window(qtbot, make_window, db, moscow_computer):
    clock.set_clock(lambda: T0)
    set_setting(db, "timezone", "Asia/Almaty")
    violation = add_violation(db, "https://bonus-kz.example/win", violation_type="violation.phishing")
    window = make_window()
    window.tabs.setCurrentWidget(window.violations_tab)
    tab = window.violations_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    tab.table.selectRow(0)
    qtbot.waitUntil(lambda: tab.detail.violation is not None, timeout=5000)
    return window, tab, violation


def enter(edit, year: int, month: int, day: int, hour: int, minute: int) -> None:
    """What the analyst sees and types: the wall time in the field."""
    edit.setDateTime(QDateTime(QDate(year, month, day), QTime(hour, minute), edit.timeZone()))
    assert edit.text() == f"{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}"


def open_escalation(qtbot, tab) -> EscalateDialog:
    tab.escalate_action.trigger()
    dialog = tab.dialog
    assert isinstance(dialog, EscalateDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    return dialog


def test_without_a_notice_or_an_order_the_refusal_shows_in_the_status_bar(qtbot, almaty_window, db):
    window, tab, _violation = almaty_window
    dialog = open_escalation(qtbot, tab)
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "has had no notice" in window.statusBar().currentMessage(), timeout=5000)
    assert dialog.isVisible() and "has had no notice" in dialog.error.text()
    assert db.execute("SELECT status FROM violations").fetchone() == ("detected",)
    assert db.execute("SELECT count(*) FROM restrictions").fetchone() == (0,)


def test_a_court_order_restricts_a_violation_with_no_notice_at_the_time_entered_in_almaty(qtbot, almaty_window, db):
    _window, tab, _violation = almaty_window
    dialog = open_escalation(qtbot, tab)
    assert dialog.at.text() == "2025-03-10 14:00"  # now in Almaty (UTC+5), not Moscow's 12:00
    dialog.order_type.setCurrentIndex(dialog.order_type.findData("court"))
    dialog.order_ref.setText("№ 2-115/2025")
    enter(dialog.at, 2025, 3, 10, 10, 0)
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert db.execute("SELECT status FROM violations").fetchone() == ("restricted",)
    assert db.execute("SELECT order_type, order_ref, ordered_at FROM restrictions").fetchone() == (
        "court", "№ 2-115/2025", "2025-03-10T05:00:00Z")


def test_case_dialogs_read_times_in_the_reporting_zone_with_its_historical_offset(qtbot, almaty_window):
    window, _tab, _violation = almaty_window
    response = ResponseDialog(window)
    qtbot.addWidget(response)
    assert response.published.text() == "2025-03-10 14:00"
    enter(response.published, 2024, 3, 5, 10, 0)
    assert response.values()["published_at"] == "2024-03-05T05:00:00Z"  # UTC+5 since 1 March 2024
    case = CaseDialog(window, [], "en")
    qtbot.addWidget(case)
    enter(case.detected, 2022, 10, 1, 0, 0)
    assert case.values()["detected_at"] == "2022-09-30T18:00:00Z"  # UTC+6 in 2022
