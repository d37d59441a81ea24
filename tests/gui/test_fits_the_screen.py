"""The window fits a 1366×768 laptop (the offscreen screen of tests/conftest.py), also at 150 % scaling: every tab
and the main dialogs keep their frame inside the screen, no push button is cut, opening a case never widens the
window; the docks take room only when they have something to show; Statistics opens on a period with data and
an empty period says so; a search that finds nothing says what might help."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDialog, QPushButton, QWidget

from workstation.core.cases import workflow as cases
from workstation.core.figures import activity
from workstation.core.workspace.demo import build_demo
from workstation.ui.items.tab import switch_layout, with_prefixes

SCALED = "WORKSTATION_TEST_SCALED"  # set in the subprocess that runs at 150 %
ROOT = Path(__file__).resolve().parents[2]


def inside_a_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def problems(top: QWidget) -> list[str]:
    """What does not fit: the frame past the screen's free area, a push button narrower than its text."""
    found = []
    area = top.screen().availableGeometry()
    if not area.contains(top.frameGeometry()):
        found.append(f"{type(top).__name__} frame {top.frameGeometry()} outside {area}")
    for button in top.findChildren(QPushButton):
        if not button.isVisible() or inside_a_scroll_area(button):
            continue  # a button in a scroll area is reached by scrolling
        if button.width() < button.sizeHint().width():
            found.append(f"button {button.text()!r} {button.width()} < {button.sizeHint().width()}")
        elif button.visibleRegion().boundingRect() != button.rect():
            found.append(f"button {button.text()!r} cut to {button.visibleRegion().boundingRect()}")
    return found


def settled_problems(qtbot, top: QWidget) -> list[str]:
    """``problems`` once the layouts have settled (a language switch relays out through the event loop)."""
    try:
        qtbot.waitUntil(lambda: not problems(top), timeout=2000)
    except qtbot.TimeoutError:
        pass
    return problems(top)


def check_dialog(qtbot, trigger) -> list[str]:
    """Open a dialog (modal or not), measure it, close it."""
    found: list[str] = []
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}

    def inspect() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QDialog) and w.isVisible() and id(w) not in before]
        if not dialogs:
            QTimer.singleShot(50, inspect)
            return
        for dialog in dialogs:
            found.extend(problems(dialog))
            dialog.reject()

    QTimer.singleShot(50, inspect)
    trigger()
    qtbot.waitUntil(lambda: not any(isinstance(w, QDialog) and w.isVisible() and id(w) not in before
                                    for w in QApplication.topLevelWidgets()), timeout=5000)
    return found


@pytest.fixture
def demo_window(make_window, tmp_path):
    return make_window(build_demo(tmp_path / "demo.db"))


def test_every_tab_and_main_dialog_fits_the_screen_and_no_button_is_cut(qtbot, demo_window, translations):
    window = demo_window
    found: list[str] = []
    for lang in ("kk", "ru"):  # the longest labels
        window.switch_language(lang)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            if window.tabs.currentWidget() is window.cases_tab:
                tab = window.cases_tab
                qtbot.waitUntil(lambda tab=tab: tab.table.rowCount() > 0, timeout=5000)
                tab.table.setCurrentCell(0, 0)
                qtbot.waitUntil(lambda tab=tab: tab.detail.case is not None, timeout=5000)
            if window.tabs.currentWidget() is window.dashboard_tab:
                qtbot.waitUntil(lambda: window.dashboard_tab.data is not None, timeout=10000)
            found += [f"{lang} tab {index}: {p}" for p in settled_problems(qtbot, window)]
    items = window.items_tab.item_actions
    for trigger in (items.add_source.trigger, window.window_actions.settings.trigger,
                    window.window_actions.rules.trigger, window.violations_tab.add_action.trigger,
                    window.violations_tab.bulk_action.trigger, window.dashboard_tab.export_pdf):
        found += check_dialog(qtbot, trigger)
    assert found == [], "\n".join(found)


def test_opening_a_new_case_does_not_widen_the_window(qtbot, make_window, db):
    case = cases.create_case(db, "Кредит алған азаматтардың қарызы кешіріледі деген жалған хабар", claim="Жалған",
                             analyst="Айгерим")
    assert case["status"] == "new"
    window = make_window()
    width = window.frameGeometry().width()
    window.cases_tab.show_case(case["id"])
    qtbot.waitUntil(lambda: window.cases_tab.detail.case is not None, timeout=5000)
    for lang in ("kk", "ru"):
        window.switch_language(lang)
        assert settled_problems(qtbot, window) == []
        assert window.frameGeometry().width() == width
    assert window.cases_tab.detail.findChild(QPushButton, "to_verifying").isVisible()


@pytest.mark.skipif(bool(os.environ.get(SCALED)), reason="already the scaled run")
def test_at_150_percent_scaling_too():
    """The checks above again with QT_SCALE_FACTOR=1.5: set before Qt starts, so in a fresh process."""
    env = {**os.environ, "QT_SCALE_FACTOR": "1.5", SCALED: "1"}
    tests = [f"{__file__}::test_every_tab_and_main_dialog_fits_the_screen_and_no_button_is_cut",
             f"{__file__}::test_opening_a_new_case_does_not_widen_the_window"]
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-4000:]


def test_a_remembered_size_bigger_than_the_screen_is_shrunk_to_fit(qtbot, make_window, settings):
    first = make_window()
    first.resize(1600, 1000)  # as saved on a bigger monitor
    first.save_layout()
    first.close()
    second = make_window()
    qtbot.wait(50)
    assert second.screen().availableGeometry().contains(second.frameGeometry())


def test_docks_show_only_with_a_clock_or_deadline(qtbot, make_window, db):
    window = make_window()
    golden, deadlines = window.cases_tab.dock, window.violations_tab.dock
    qtbot.waitUntil(lambda: golden.isHidden() and deadlines.isHidden(), timeout=5000)
    case = cases.create_case(db, "Резонансты фейк", claim="Жалған", analyst="Айгерим")
    cases.update_case(db, case["id"], resonant=True, analyst="Айгерим")
    golden.reload()
    qtbot.waitUntil(golden.isVisible, timeout=5000)
    assert deadlines.isHidden()


def test_statistics_opens_on_the_last_period_with_data(qtbot, make_window, db):
    case = cases.create_case(db, "Фейк", claim="Жалған", analyst="Айгерим")
    window = make_window()
    tab = window.dashboard_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.data is not None, timeout=10000)
    detected = dt.date.fromisoformat(case["detected_at"][:10])
    first, last = tab.period.days()
    assert first <= detected <= last
    assert tab.empty_bar.isHidden()


def test_an_empty_period_says_so_and_offers_the_nearest_with_data(qtbot, make_window, db):
    case = cases.create_case(db, "Фейк", claim="Жалған", analyst="Айгерим")
    detected = dt.date.fromisoformat(case["detected_at"][:10])
    window = make_window()
    tab = window.dashboard_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.data is not None, timeout=10000)
    tab.period.set_custom(detected - dt.timedelta(days=400), detected - dt.timedelta(days=300))
    qtbot.waitUntil(tab.empty_bar.isVisible, timeout=10000)
    assert "Nothing to report" in tab.empty_text.text()
    assert tab.nearest_button.isVisible()
    tab.nearest_button.click()
    qtbot.waitUntil(lambda: tab.period.days()[0] <= detected <= tab.period.days()[1], timeout=5000)
    qtbot.waitUntil(tab.empty_bar.isHidden, timeout=10000)


def test_last_period_with_data_is_the_year_so_far_else_the_last_month(db):
    utc = dt.UTC
    assert activity.last_period_with_data(db, utc, dt.date(2025, 3, 15)) == \
        ("year", dt.date(2025, 1, 1), dt.date(2025, 3, 15))  # nothing at all: the year so far
    db.execute("INSERT INTO briefings (uuid, held_at, state_body, created_at) "
               "VALUES ('b1', '2024-11-20T10:00:00Z', 'МЦРИАП', '2024-11-20T10:00:00Z')")
    assert activity.last_period_with_data(db, utc, dt.date(2025, 3, 15)) == \
        ("month", dt.date(2024, 11, 1), dt.date(2024, 11, 30))
    assert activity.last_period_with_data(db, utc, dt.date(2024, 12, 1)) == \
        ("year", dt.date(2024, 1, 1), dt.date(2024, 12, 1))
    assert activity.nearest_period_with_data(db, dt.date(2025, 1, 1), dt.date(2025, 1, 31), utc,
                                             dt.date(2025, 3, 15)) == (dt.date(2024, 11, 1), dt.date(2024, 11, 30))


def test_a_search_without_results_says_so_and_offers_what_might_help(qtbot, demo_window):
    items = demo_window.items_tab
    items.filters.search.setText("fcnfyt")  # "астане" typed with the English layout on
    items.apply_filter()
    qtbot.waitUntil(items.empty_state.isVisible, timeout=5000)
    text = items.empty_state.text()
    assert "No item matches «fcnfyt»" in text and 'href="layout"' in text and 'href="prefix"' in text
    items.empty_state.linkActivated.emit("layout")
    assert items.filters.search.text() == "астане"
    qtbot.waitUntil(lambda: items.empty_state.isHidden() and items.model.rowCount() > 0, timeout=5000)


def test_suggestions_keep_operators_and_phrases():
    assert with_prefixes("аныкта AND sim") == "аныкта* AND sim*"
    assert with_prefixes('"точная фраза" title:sim') == '"точная фраза" title:sim'
    assert switch_layout("fysrnf OR cbv") == "аныкта OR сим"
