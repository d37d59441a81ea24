"""The desktop on a team workspace (real window, offscreen): a colleague's new case appears by itself within a
second or two, and a save made on a case a colleague changed meanwhile is refused, nothing overwritten, with the
offer to reload their version."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QMessageBox

from workstation.core.cases import workflow as cases
from workstation.core.workspace import open_workspace
from workstation.ui.i18n import Translations
from workstation.ui.main_window import MainWindow
from workstation.ui.settings import Settings


@pytest.fixture
def team_window(qtbot, qapp, tmp_path, unit):
    settings = Settings(str(tmp_path / "settings.ini"))
    settings.set("fetch_every_minutes", 0)
    translations = Translations()
    translations.switch("en")
    window = MainWindow(unit["aigerim"], settings, translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.items_tab.snapshot is not None, timeout=10000)
    yield window
    window.items_tab.fetcher.cancel()
    window.change_watch.stop()
    window.runner.wait_idle(10000)


def _titles(tab) -> list[str]:
    return [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]


def test_a_colleagues_new_case_appears_in_the_open_desktop_by_itself(qtbot, team_window, unit):
    assert "@ 127.0.0.1" in team_window.windowTitle()
    tab = team_window.cases_tab
    colleague = open_workspace(unit["marat"])
    started = time.monotonic()
    cases.create_case(colleague, title="Фейк о выплатах пенсионерам", analyst="marat")
    colleague.close()
    qtbot.waitUntil(lambda: "Фейк о выплатах пенсионерам" in _titles(tab), timeout=5000)
    assert time.monotonic() - started < 2.5  # the regular look every 3 s would take longer


def test_a_save_on_a_case_a_colleague_changed_is_refused_and_reload_is_offered(qtbot, team_window, unit,
                                                                               monkeypatch):
    mine = open_workspace(unit["aigerim"])
    case = cases.create_case(mine, title="Жалған ұтыс ойыны", analyst="aigerim")
    mine.close()
    tab = team_window.cases_tab
    tab.refresh()
    qtbot.waitUntil(lambda: "Жалған ұтыс ойыны" in _titles(tab), timeout=5000)
    tab.show_case(case["id"])
    qtbot.waitUntil(lambda: tab.detail.case is not None and tab.detail.case["id"] == case["id"], timeout=5000)
    team_window.change_watch.stop()  # the analyst has not seen the colleague's change yet

    colleague = open_workspace(unit["marat"])
    cases.update_case(colleague, case["id"], title="Жалған ұтыс ойыны (Марат)", analyst="marat")
    colleague.close()

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    tab.detail.toggle_resonant()
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "changed by marat" in asked[0] and "Reload the case now?" in asked[0]
    qtbot.waitUntil(lambda: tab.detail.case["title"] == "Жалған ұтыс ойыны (Марат)", timeout=5000)
    assert not tab.detail.case["resonant"]  # the refused change was not made behind the colleague's back
