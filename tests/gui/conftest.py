"""GUI fixtures: the real main window, offscreen, over a workspace in the test's tmp folder."""

from __future__ import annotations

import pytest

from workstation.ui.i18n import Translations
from workstation.ui.main_window import MainWindow
from workstation.ui.settings import Settings


@pytest.fixture
def settings(tmp_path, qapp):
    s = Settings(str(tmp_path / "settings.ini"))
    s.set("analyst", "Айгерим")
    s.set("fetch_every_minutes", 0)  # no surprise fetches in tests
    return s


@pytest.fixture
def translations(qapp):
    t = Translations()
    t.switch("en")
    yield t
    t.switch("en")


@pytest.fixture
def make_window(qtbot, settings, translations, db_path):
    windows = []

    def _make(path=None):
        window = MainWindow(path or db_path, settings, translations)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.items_tab.snapshot is not None, timeout=5000)
        windows.append(window)
        return window

    yield _make
    for window in windows:
        window.items_tab.fetcher.cancel()
        window.runner.wait_idle(10000)


@pytest.fixture
def activate(qtbot):
    """``activate(window)``: make the window active, as a click on it would.

    Shortcuts reach only the active window; offscreen nothing is activated by a window manager.
    """
    def _activate(window) -> None:
        window.activateWindow()
        qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=3000)
    return _activate


@pytest.fixture
def wait_rows(qtbot):
    """``wait_rows(window, count)``: wait until the item list has loaded and shows ``count`` rows."""
    def _wait_rows(window, count: int, timeout: int = 5000) -> None:
        model = window.items_tab.model
        qtbot.waitUntil(lambda: model.rowCount() == count and not model.loading, timeout=timeout)
    return _wait_rows
