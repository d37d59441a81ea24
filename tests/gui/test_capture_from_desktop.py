"""A violation recorded in the desktop gets its page captured in the background; the action captures it again."""

from __future__ import annotations

import io

from PySide6.QtCore import Qt
from warcio.archiveiterator import ArchiveIterator

from tests.support.httpserver import Reply
from workstation.core.violations import capture
from workstation.core.workspace import open_workspace
from workstation.ui.violations.dialogs import ViolationDialog

PAGE = (b"<html><head><title>Kaspi bonus</title></head><body><h1>Get 42 500 tenge</h1>"
        b"<form action=/login><input name=card></form></body></html>")


def test_recording_a_violation_captures_its_page_and_the_action_captures_it_again(qtbot, make_window, db_path,
                                                                                     local_server):
    local_server.route("/win", Reply(headers={"Content-Type": "text/html; charset=utf-8"}, body=PAGE))
    window = make_window()
    tab = window.violations_tab
    window.tabs.setCurrentWidget(tab)
    messages: list[str] = []
    window.notifier.status = lambda text, timeout_ms=0: messages.append(text)  # what the status bar would say
    tab.add_violation()
    dialog = tab.dialog
    assert isinstance(dialog, ViolationDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    dialog.url.setText(local_server.url("/win"))
    dialog.type.setCurrentIndex(max(0, dialog.type.findText("Phishing", Qt.MatchFlag.MatchContains)))
    dialog.submitted.emit(dialog.values())  # what pressing OK does
    qtbot.waitUntil(lambda: any("captured" in m for m in messages), timeout=15000)
    db = open_workspace(db_path)
    [violation_id] = [r[0] for r in db.execute("SELECT id FROM violations")]
    [first] = capture.captures_of(db, violation_id)
    assert first["http_status"] == 200 and first["final_url"] == local_server.url("/win")
    warc, _picture = capture.capture_files(db, first["id"])
    records = [record.content_stream().read() for record in ArchiveIterator(io.BytesIO(warc))
               if record.rec_type == "response"]
    assert any(b"Get 42 500 tenge" in body for body in records)

    # The analyst captures it again from the tab (Ctrl+Shift+G on the selected violation).
    messages.clear()
    tab.current_id = violation_id
    tab.capture_pages(tab.selected_ids())
    qtbot.waitUntil(lambda: any("captured" in m for m in messages), timeout=15000)
    assert len(capture.captures_of(db, violation_id)) == 2
