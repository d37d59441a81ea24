"""Reads run two at a time, so the answer to an earlier request can arrive after a later one: a case detail that
takes long to read must not replace the case the analyst chose (or opened) after it, in any list or panel."""

from __future__ import annotations

import threading
import time

from workstation.core.cases import workflow as cases
from workstation.core.violations import workflow as violations

VALUES = {"title": "Жалған ұтыс", "category": None, "claim": "", "resonant": False, "detected_at": None}


def slow_for(monkeypatch, module, name, slow_arg, seconds=1.5):
    """Make ``module.name`` take ``seconds`` longer when called with ``slow_arg`` (a busy disk, a big record)."""
    real = getattr(module, name)
    started = threading.Event()

    def slowed(db, first, *args, **kwargs):
        if first == slow_arg:
            started.set()
            time.sleep(seconds)
        return real(db, first, *args, **kwargs)

    monkeypatch.setattr(module, name, slowed)
    return started


def test_a_slow_earlier_case_does_not_replace_the_new_case(qtbot, make_window, db, monkeypatch):
    older = cases.create_case(db, "Бұрынғы іс", analyst="Айгерим")
    window = make_window()
    tab = window.cases_tab
    started = slow_for(monkeypatch, cases, "case_detail", older["id"])
    tab.show_case(older["id"])
    assert started.wait(5)
    tab.new_case(values=VALUES)
    qtbot.waitUntil(lambda: tab.detail.case is not None and tab.detail.case["title"] == "Жалған ұтыс",
                    timeout=5000)
    window.runner.wait_idle(10000)
    qtbot.wait(50)  # let the slow answer's signal be delivered
    assert tab.detail.case["title"] == "Жалған ұтыс"
    assert tab.rows[tab.table.currentRow()]["title"] == "Жалған ұтыс"


def test_a_slow_earlier_violation_does_not_replace_a_fresher_copy_of_it(qtbot, make_window, db, monkeypatch):
    from workstation.core.violations import register as records

    violation = violations.add_violation(db, "https://fake-bonus.example/", violation_type="violation.phishing",
                                         analyst="Айгерим")
    window = make_window()
    tab = window.violations_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    real = records.violation_detail
    calls = []

    def first_call_slow(db_, violation_id):
        calls.append(violation_id)
        answer = real(db_, violation_id)  # read before the change below
        if len(calls) == 1:
            time.sleep(1.5)
        return answer

    monkeypatch.setattr(records, "violation_detail", first_call_slow)
    tab.load_detail(violation["id"])
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=5000)
    violations.set_status(db, violation["id"], "notice_sent", analyst="Айгерим")  # changed meanwhile
    tab.load_detail(violation["id"])
    window.runner.wait_idle(10000)
    qtbot.wait(50)
    assert len(calls) == 2
    assert tab.detail.violation["status"] == "notice_sent"
