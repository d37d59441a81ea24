"""The Radar dock over a real workspace: two days and a morning of generated background news from 24 sources and one
injected burst (12 copies of one story by 8 sources within an hour, in Kazakh and Russian), replayed fetch by fetch
through the real storage path and the radar (tests/support/radar_replay.py, the generator of
benchmarks/bench_radar.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.support.radar_replay import Replay, replay_into
from workstation.core import clock, radar
from workstation.core.cases import workflow as cases
from workstation.core.workspace import open_workspace

REPLAY = {"days": 3, "sources": 24, "bursts": 1, "seed": 7, "stories_per_day": 8, "daily_stories": 2}
REFUTATION = "Ақпарат шындыққа сәйкес келмейді: министрлік мәлімдемесі."


def _copy(source_path, target_path) -> None:
    with open_workspace(source_path) as source, open_workspace(target_path) as target:
        source.conn.backup(target.conn)


@pytest.fixture(scope="module")
def before_burst(tmp_path_factory):
    """Two days and a morning of background, up to the burst; built once, copied for each test."""
    replay = Replay(**REPLAY)
    burst = replay.bursts[0]
    path = tmp_path_factory.mktemp("radar-before") / "workspace.db"
    with open_workspace(path) as db:
        source_ids = replay_into(db, replay, until=burst.start)
    return path, replay, burst, source_ids


def _after_burst(before, path, prepare=lambda db: None):
    """The workspace ten minutes after the burst's last copy: ``before`` and the fetches of the burst's hour."""
    before_path, replay, burst, source_ids = before
    now = max(c.at for c in burst.copies) + dt.timedelta(minutes=10)
    _copy(before_path, path)
    with open_workspace(path) as db:
        prepared = prepare(db)
        replay_into(db, replay, since=burst.start, until=now, source_ids=source_ids)
    return now, prepared


@pytest.fixture(scope="module")
def burst_workspace(before_burst, tmp_path_factory):
    path = tmp_path_factory.mktemp("radar") / "workspace.db"
    now, _ = _after_burst(before_burst, path)
    _before, replay, burst, source_ids = before_burst
    return path, replay, burst, now, source_ids


@pytest.fixture(scope="module")
def refuted_workspace(before_burst, tmp_path_factory):
    """The same, with the burst's claim refuted in a case before the burst began."""
    first = before_burst[2].copies[0]

    def refute(db) -> int:
        case = cases.create_case(db, first.title, claim=first.text, analyst="Айгерим")
        cases.add_response(db, case["id"], channel="official_website", url="https://gov.kz/press/refutation-486",
                           text=REFUTATION, analyst="Айгерим")
        return case["id"]

    path = tmp_path_factory.mktemp("radar-refuted") / "workspace.db"
    now, case_id = _after_burst(before_burst, path, refute)
    return path, now, case_id


def _copy_workspace(path, db_path, now) -> None:
    _copy(path, db_path)
    clock.set_clock(lambda: now)  # the desktop looks at the radar when the burst has just happened


@pytest.fixture
def workspace(burst_workspace, db_path):
    path, replay, burst, now, source_ids = burst_workspace
    _copy_workspace(path, db_path, now)
    return replay, burst, now, source_ids


@pytest.fixture
def radar_window(make_window, workspace, qtbot):
    window = make_window()
    dock = window.radar_dock
    qtbot.waitUntil(lambda: dock.loaded_once and bool(dock.rows), timeout=10000)
    return window, dock


def _burst_names(replay, burst) -> set[str]:
    return {replay.sources[c.source].name for c in burst.copies}


def test_dock_shows_the_burst_with_its_sources_and_languages(radar_window, workspace):
    window, dock = radar_window
    replay, burst, _now, _ids = workspace
    assert dock.isVisible()
    assert len(dock.rows) == 1, [r["title"] for r in dock.rows]  # the background raised nothing
    text = dock.list.item(0).text()
    story = dock.rows[0]
    assert story["last_hour"] >= 8 and f"{story['last_hour']} in the last hour, normally 0\n" in text
    assert "8 sources: " in text
    assert "Kazakh" in text and "Russian" in text
    shown = text.split("8 sources: ", 1)[1].split(" (+", 1)[0].split(" · ")[0].split(", ")
    assert set(shown) <= _burst_names(replay, burst) and len(shown) == 3
    assert "(+5 more)" in text
    dock._fill_source_menu()
    assert {a.text() for a in dock.source_menu.actions()} == _burst_names(replay, burst)
    assert dock.open_button.isEnabled() and dock.open_button.text() == "Open resonant case"
    assert not dock.refutation_button.isVisible()


def test_open_resonant_case_is_detected_at_the_spike_and_shown_in_cases(radar_window, qtbot, db_path):
    window, dock = radar_window
    story = dock.rows[0]
    dock.list.setCurrentRow(0)
    qtbot.mouseClick(dock.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.cases_tab, timeout=10000)
    cases_tab = window.cases_tab
    qtbot.waitUntil(lambda: any(r["id"] == cases_tab.current_id and r["resonant"] for r in cases_tab.rows),
                    timeout=10000)
    row = cases_tab.table.currentRow()
    assert cases_tab.table.item(row, 0).text() == story["title"]
    assert cases_tab.table.item(row, 3).text() == clock.local_text(story["raised_at"])
    with open_workspace(db_path) as db:
        case = cases.case_detail(db, cases_tab.current_id)
    assert case["resonant"] and case["detected_at"] == story["raised_at"]  # the spike, not the click
    assert len(case["items"]) == 12
    # The golden hour runs from the spike; the story's alert is handled, so it leaves the radar's list.
    qtbot.waitUntil(lambda: any(c["id"] == case["id"] for c in cases_tab.dock.clocks), timeout=10000)
    qtbot.waitUntil(lambda: not dock.rows, timeout=10000)


def test_mute_story_hides_it(radar_window, qtbot, db_path):
    _window, dock = radar_window
    story_id = dock.rows[0]["id"]
    dock.list.setCurrentRow(0)
    qtbot.mouseClick(dock.mute_story_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dock.rows, timeout=10000)
    assert dock.list.count() == 1 and dock.list.item(0).text() == "No story is spreading faster than usual."
    assert not dock.mute_story_button.isEnabled()
    with open_workspace(db_path) as db:
        assert next(s for s in radar.stories(db, limit=1000) if s["id"] == story_id)["muted"]


def test_dismiss_handles_the_alert(radar_window, qtbot, db_path):
    _window, dock = radar_window
    alert_id = dock.rows[0]["alert_id"]
    dock.list.setCurrentRow(0)
    qtbot.mouseClick(dock.dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dock.rows, timeout=10000)
    with open_workspace(db_path) as db:
        handled = next(a for a in radar.radar_alerts(db, include_handled=True) if a["id"] == alert_id)
    assert handled["handled_at"]


def test_view_menu_toggles_the_dock(radar_window, activate, qtbot):
    window, dock = radar_window
    assert window.radar_toggle in window.menus["view"].actions()
    assert window.radar_toggle in window.shortcuts.all
    activate(window)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not dock.isVisible(), timeout=3000)
    window.radar_toggle.trigger()
    assert dock.isVisible()


def test_refuted_claim_offers_its_refutation(make_window, refuted_workspace, db_path, qtbot):
    path, now, case_id = refuted_workspace
    _copy_workspace(path, db_path, now)
    window = make_window()
    dock = window.radar_dock
    qtbot.waitUntil(lambda: dock.loaded_once and bool(dock.rows), timeout=10000)
    assert dock.rows[0]["refuted_case_id"] == case_id
    item = dock.list.item(0)
    assert "Refuted claim: the refutation is ready to publish again" in item.text()
    assert REFUTATION in item.toolTip() and "https://gov.kz/press/refutation-486" in item.toolTip()
    assert dock.refutation_button.isVisible()
    qtbot.mouseClick(dock.refutation_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.cases_tab, timeout=10000)
    assert window.cases_tab.current_id == case_id


def test_a_burst_after_a_fetch_shows_the_dock_with_one_desktop_alert(make_window, before_burst, db_path, qtbot,
                                                                     monkeypatch):
    path, replay, burst, source_ids = before_burst
    _copy_workspace(path, db_path, burst.start)
    window = make_window()
    dock = window.radar_dock
    alerts = []
    monkeypatch.setattr(window.notifier, "alert", lambda title, text: alerts.append((title, text)))
    qtbot.waitUntil(lambda: dock.loaded_once, timeout=10000)
    assert not dock.rows and not alerts
    assert dock.isHidden()  # no room taken while there is nothing to show
    now = max(c.at for c in burst.copies) + dt.timedelta(minutes=10)
    with open_workspace(db_path) as db:  # the fetches of the next hour (what the Items tab's fetch stores)
        replay_into(db, replay, since=burst.start, until=now, source_ids=source_ids)
    clock.set_clock(lambda: now)
    with qtbot.waitSignal(dock.loaded, timeout=10000):
        window.items_tab.fetched.emit()
    assert len(dock.rows) == 1 and alerts == [("Story spreading fast", alerts[0][1])]
    assert dock.isVisible()
    assert dock.rows[0]["title"] in alerts[0][1]
    with qtbot.waitSignal(dock.loaded, timeout=10000):
        dock.reload()  # the minute's reload: the same story is not announced twice
    assert len(alerts) == 1
