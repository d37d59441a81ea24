"""One history widget for cases and violations: actions in words, each change as "Status: New → Under
verification" with the workflow's labels, addresses defanged, times in the reporting zone."""

from __future__ import annotations

from workstation.core import clock
from workstation.core.cases import workflow as cases
from workstation.core.violations import workflow as violations
from workstation.ui.cases.labels import status_label


def history_rows(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]


def test_case_history_reads_as_words_with_defanged_addresses(qtbot, make_window, db):
    case = cases.create_case(db, "5G мұнаралары", claim="5G мұнаралары зиян", analyst="Айгерим")
    cases.set_status(db, case["id"], "verifying", analyst="Айгерим")
    cases.add_response(db, case["id"], channel="stopfake", url="https://stopfake.kz/5g", analyst="Данияр")
    window = make_window()
    tab = window.cases_tab
    tab.show_case(case["id"])
    qtbot.waitUntil(lambda: tab.detail.history.rowCount() >= 4, timeout=5000)
    rows = history_rows(tab.detail.history)
    actions = [row[2] for row in rows]
    assert actions[:3] == ["Case opened", "Status changed", "Refutation recorded"]
    assert rows[1][3] == "Status: New → Under verification"
    assert rows[1][1] == "Айгерим"
    assert "hxxps://stopfake[.]kz/5g" in rows[2][3] and "https://" not in rows[2][3]
    assert "Status: Under verification → Confirmed fake" in " ".join(row[3] for row in rows) or \
        "Status: Under verification → Refuted" in " ".join(row[3] for row in rows)
    entry = cases.case_detail(db, case["id"])["history"][1]
    assert rows[1][0] == clock.local_text(entry["at"], clock.SCREEN_SECONDS)
    assert "{" not in " ".join(row[3] for row in rows)  # no raw data


def test_violation_history_uses_the_same_widget(qtbot, make_window, db):
    violation = violations.add_violation(db, "https://bank-bonus.example/login", violation_type="violation.phishing",
                                       analyst="Айгерим")
    violations.set_status(db, violation["id"], "unfounded", reason="сайт банка", analyst="Айгерим")
    window = make_window()
    tab = window.violations_tab
    tab.show_violation(violation["id"])
    history = tab.detail.history
    assert type(history) is type(window.cases_tab.detail.history)
    qtbot.waitUntil(lambda: history.rowCount() == 2, timeout=5000)
    rows = history_rows(history)
    assert rows[0][2] == "Recorded" and "hxxps://bank-bonus[.]example/login" in rows[0][3]
    assert rows[1][3].startswith("Status: Detected → Unfounded")
    assert "Reason for closing: сайт банка" in rows[1][3]


def test_history_follows_the_interface_language(qtbot, make_window, db):
    case = cases.create_case(db, "Жалған хабар", analyst="Айгерим")
    cases.set_status(db, case["id"], "verifying", analyst="Айгерим")
    window = make_window()
    tab = window.cases_tab
    tab.show_case(case["id"])
    qtbot.waitUntil(lambda: tab.detail.history.rowCount() == 2, timeout=5000)
    window.switch_language("ru")
    assert tab.detail.history.item(1, 2).text() == "Статус изменён"
    assert tab.detail.history.item(1, 3).text() == f"Статус: {status_label('new')} → {status_label('verifying')}"
    assert status_label("verifying") == "На проверке"
