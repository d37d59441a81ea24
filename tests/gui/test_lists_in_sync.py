"""Lists in sync: a new case is selected and shown, records written by another program appear within seconds,
and the case panel with nothing chosen says what to do."""

from __future__ import annotations

from workstation.core.cases import workflow as cases
from workstation.core.violations import workflow as violations
from workstation.core.workspace import open_workspace

VALUES = {"title": "Жалған ұтыс", "category": None, "claim": "", "resonant": False, "detected_at": None}


def selected_case_id(tab):
    rows = tab.table.selectionModel().selectedRows()
    return tab.rows[rows[0].row()]["id"] if rows else None


def test_a_new_case_is_selected_and_shown(qtbot, make_window, db):
    older = cases.create_case(db, "Бұрынғы іс", analyst="Айгерим")
    window = make_window()
    tab = window.cases_tab
    tab.show_case(older["id"])
    qtbot.waitUntil(lambda: selected_case_id(tab) == older["id"], timeout=5000)
    tab.new_case(values=VALUES)
    qtbot.waitUntil(lambda: tab.detail.case is not None and tab.detail.case["title"] == "Жалған ұтыс",
                    timeout=5000)
    new_id = tab.detail.case["id"]
    qtbot.waitUntil(lambda: selected_case_id(tab) == new_id, timeout=5000)
    window.runner.wait_idle(5000)
    assert selected_case_id(tab) == new_id


def test_a_new_case_switches_a_list_it_is_not_in(qtbot, make_window):
    window = make_window()
    tab = window.cases_tab
    tab.status.setCurrentIndex(tab.status.findData("refuted"))
    tab.new_case(values=VALUES)
    qtbot.waitUntil(lambda: any(r["title"] == "Жалған ұтыс" for r in tab.rows), timeout=5000)
    assert tab.status.currentData() == "open"
    qtbot.waitUntil(lambda: selected_case_id(tab) is not None, timeout=5000)


def test_records_from_the_command_line_appear_without_a_restart(qtbot, make_window, db_path):
    window = make_window()
    window.runner.wait_idle(5000)
    qtbot.waitUntil(lambda: window.change_watch.seen is not None, timeout=5000)
    other = open_workspace(db_path)  # another program on the same workspace
    try:
        cases.create_case(other, "Жолдан келген іс", analyst="cli")
        violations.add_violation(other, "https://fake-bonus.example/", violation_type="violation.phishing",
                                 analyst="cli")
    finally:
        other.close()
    qtbot.waitUntil(lambda: any(r["title"] == "Жолдан келген іс" for r in window.cases_tab.rows), timeout=10000)
    qtbot.waitUntil(lambda: window.violations_tab.model.rowCount() == 1, timeout=10000)


def test_case_panel_without_a_case_shows_a_hint_not_blank_buttons(make_window):
    window = make_window()
    detail = window.cases_tab.detail
    assert detail.case is None
    assert not detail.hint.isHidden() and "Select a case" in detail.hint.text()
    assert detail.resonant.isHidden() and detail.pages.isHidden()
