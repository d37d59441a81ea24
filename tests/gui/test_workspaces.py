"""File → New / Open / Recent workspaces and the demo: the window reopens on the other file, the last one opened
reopens at the next start, the demo is built beside the analyst's own workspace, never in its place."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from workstation import APP_NAME
from workstation import app as desktop
from workstation.core.paths import default_db_path, demo_db_path
from workstation.ui import main_window
from workstation.ui.settings import Settings


def test_the_workspace_opened_last_reopens_and_heads_the_recent_list(settings, tmp_path):
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    for path in (first, second):
        path.write_bytes(b"")
        settings.remember_workspace(path)
    settings.remember_workspace(first)
    assert settings.recent_workspaces() == [first, second]
    assert settings.last_workspace() == first
    assert desktop.first_workspace(argparse.Namespace(db=None), settings) == first
    assert desktop.first_workspace(argparse.Namespace(db=str(second)), settings) == second
    first.unlink()  # moved away: the default workspace opens instead
    assert desktop.first_workspace(argparse.Namespace(db=None), settings) == default_db_path()


def test_title_names_the_workspace_once(make_window, db_path):
    window = make_window()
    assert window.windowTitle() == db_path.name
    assert APP_NAME not in window.windowTitle()  # the system adds the application's name itself


def test_file_menu_offers_new_open_recent_and_demo(make_window):
    window = make_window()
    actions = window.menus["file"].actions()
    texts = [a.text() for a in actions[:5]]
    assert texts == ["New workspace…", "Open workspace…", "Open team workspace…", "Recent workspaces",
                     "Open the demo workspace"]


def test_recent_menu_lists_other_workspaces_that_still_exist(make_window, settings, tmp_path, db_path):
    other = tmp_path / "other.db"
    other.write_bytes(b"")
    settings.remember_workspace(other)
    settings.remember_workspace(tmp_path / "gone.db")
    settings.remember_workspace(db_path)
    window = make_window()
    window.window_actions.rebuild_recent()
    texts = [a.text() for a in window.window_actions.recent_menu.actions()]
    assert texts == [f"other.db — {tmp_path}"]


def test_opening_another_workspace_closes_the_window_for_app_to_reopen(qtbot, make_window, tmp_path):
    window = make_window()
    other = tmp_path / "other.db"
    window.window_actions.choose_workspace(str(other))
    assert window.pending_open == other
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)


def test_new_workspace_refuses_an_existing_file(make_window, tmp_path, monkeypatch):
    window = make_window()
    existing = tmp_path / "kept.db"
    existing.write_bytes(b"analyst's data")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *args: warned.append(args)))
    window.window_actions.choose_new_workspace(str(existing))
    assert warned and window.pending_open is None
    window.window_actions.choose_new_workspace(str(tmp_path / "fresh"))
    assert window.pending_open == tmp_path / "fresh.db"


class FakeWindow:
    """Stands in for the main window in app.main's loop: records what it was opened on."""

    opened: list[tuple[Path, bool]] = []
    next_open: list[Path | None] = []

    def __init__(self, db_path, settings, translations, *, demo=False) -> None:
        FakeWindow.opened.append((Path(db_path), demo))
        self.pending_restore = None
        self.pending_open = FakeWindow.next_open.pop(0) if FakeWindow.next_open else None

    def show(self) -> None:
        pass

    def windowTitle(self) -> str:  # noqa: N802 - Qt's name
        return ""

    def deleteLater(self) -> None:  # noqa: N802 - Qt's name
        pass


@pytest.fixture
def fake_window(qapp, monkeypatch):
    FakeWindow.opened, FakeWindow.next_open = [], []
    monkeypatch.setattr(main_window, "MainWindow", FakeWindow)
    monkeypatch.setattr(QApplication, "exec", lambda *_args: 0)
    return FakeWindow


def test_switching_to_the_demo_builds_it_beside_the_own_workspace_and_remembers_it(fake_window, tmp_path):
    own = tmp_path / "own.db"
    fake_window.next_open = [demo_db_path()]
    assert desktop.main(["--db", str(own), "--no-demo-offer"]) == 0
    assert fake_window.opened == [(own, False), (demo_db_path(), True)]
    assert own.exists() and demo_db_path().exists()
    settings = Settings()
    assert settings.last_workspace() == demo_db_path().absolute()
    assert settings.recent_workspaces() == [demo_db_path().absolute(), own.absolute()]


def test_demo_offer_survives_a_start_killed_before_the_answer(fake_window, monkeypatch):
    class Killed(Exception):
        pass

    def killed(*_args):
        raise Killed

    monkeypatch.setattr(QMessageBox, "question", staticmethod(killed))
    with pytest.raises(Killed):
        desktop.main([])
    assert not Settings().get("demo_offered")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a: QMessageBox.StandardButton.No))
    assert desktop.main([]) == 0
    assert Settings().get("demo_offered")
    assert fake_window.opened == [(default_db_path(), False)]
