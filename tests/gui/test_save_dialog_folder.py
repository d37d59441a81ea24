""""Save as PDF" and the other save dialogs open in the user's documents folder, not in the program's folder;
after a save, the next one opens where the analyst saved last."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from workstation.core.violations.workflow import add_violation
from workstation.ui import files
from workstation.ui.dashboard.tables import DataTable
from workstation.ui.violations.notice_dialog import NoticeDialog


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    """A home of the test's own with its documents folder; no folder remembered from another test."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setattr(files, "_last_folder", None)
    monkeypatch.chdir(tmp_path)  # the program's folder: never where a dialog starts
    return home / "Documents"


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """The directory argument of every save dialog; the dialog is cancelled."""
    seen: list[str] = []

    def dialog(_parent, _caption, directory="", _filter="", *args, **kwargs):
        seen.append(directory)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return seen


def test_the_documents_folder_is_the_users(documents):
    assert files.documents_folder() == documents


def test_save_the_notice_as_pdf_starts_in_the_documents_folder(qtbot, make_window, db, documents, asked):
    add_violation(db, "hxxps://bank-kz-bonus[.]com/login", violation_type="violation.phishing")
    window = make_window()
    window.tabs.setCurrentWidget(window.violations_tab)
    tab = window.violations_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    tab.table.selectRow(0)
    qtbot.waitUntil(lambda: tab.detail.violation is not None, timeout=5000)
    tab.notice_action.trigger()
    dialog = tab.dialog
    assert isinstance(dialog, NoticeDialog)
    qtbot.waitUntil(lambda: dialog.preview_data is not None, timeout=5000)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert asked == [str(documents / "notice-bank-kz-bonus.com.pdf")]


def test_a_table_export_starts_in_the_documents_folder_then_where_the_last_file_went(qtbot, documents, asked,
                                                                                     tmp_path, monkeypatch):
    table = DataTable("sources")
    qtbot.addWidget(table)
    table.show_rows("Sources", ["Source", "Items"], [["Tengri", 2]])
    table.export_dialog()
    assert asked == [str(documents / "sources.csv")]
    elsewhere = tmp_path / "reports"
    elsewhere.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(elsewhere / "mine.csv"), ""))
    table.export_dialog()
    assert (elsewhere / "mine.csv").is_file()
    assert files.suggested_path("sources.csv") == str(elsewhere / "sources.csv")
