"""Issue 14: what is already overdue at start-up raises ONE summary alert per dock; what becomes overdue while the
workstation runs raises its own alert, once."""

from __future__ import annotations

import datetime as dt

from workstation.core import clock
from workstation.core.cases import workflow as cases
from workstation.core.violations import notices
from workstation.core.violations.workflow import add_violation
from workstation.core.workspace import open_workspace
from workstation.ui.notifier import Notifier

START = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.timezone.utc)


def _iso(moment: dt.datetime) -> str:
    return clock.to_iso(moment)


def _fill(db_path) -> None:
    db = open_workspace(db_path)
    try:
        for n in range(3):  # sent two days ago: their 6 h (or longer) deadlines have passed
            violation = add_violation(db, f"https://bonus-{n}.example/win", violation_type="violation.phishing",
                                      detected_at=_iso(START - dt.timedelta(days=3)))
            notices.send_notice(db, violation["id"], sent_at=_iso(START - dt.timedelta(days=2)))
        fresh = add_violation(db, "https://fresh-bonus.example/win", violation_type="violation.phishing",
                              detected_at=_iso(START - dt.timedelta(hours=1)))
        notices.send_notice(db, fresh["id"], sent_at=_iso(START - dt.timedelta(minutes=30)))
        for n in range(2):
            cases.create_case(db, f"Старый резонансный фейк {n}", resonant=True,
                              detected_at=_iso(START - dt.timedelta(hours=5 + n)))
        cases.create_case(db, "Свежий резонансный фейк", resonant=True,
                          detected_at=_iso(START - dt.timedelta(minutes=50)))
    finally:
        db.close()


def test_one_summary_alert_per_dock_at_start_then_one_per_new_overdue(make_window, db_path, monkeypatch, qtbot):
    now = [START]
    clock.set_clock(lambda: now[0])
    _fill(db_path)
    alerts: list[tuple[str, str]] = []
    monkeypatch.setattr(Notifier, "alert", lambda self, title, text: alerts.append((title, text)))
    window = make_window()
    golden = window.cases_tab.dock
    deadlines = window.violations_tab.dock
    qtbot.waitUntil(lambda: golden.loaded_once and deadlines.loaded_once, timeout=5000)
    qtbot.wait(50)
    texts = [text for _title, text in alerts]
    assert len(alerts) == 2, alerts
    assert "3 notices are already overdue" in texts
    assert "2 resonant cases are past their golden hour" in texts
    # Ticking again alerts nothing new.
    golden.tick()
    deadlines.tick()
    assert len(alerts) == 2
    # The fresh case's hour and the fresh notice's deadline pass while the workstation runs: one alert each.
    deadlines.auto_check = False
    now[0] = START + dt.timedelta(days=2)
    golden.tick()
    deadlines.tick()
    assert len(alerts) == 4, alerts
    assert any("Свежий резонансный фейк" in text for _title, text in alerts[2:])
    assert any("fresh-bonus" in text for _title, text in alerts[2:])
    golden.tick()
    deadlines.tick()
    assert len(alerts) == 4
