"""The Settings dialog holds what a removal notice needs as an official letter: the issuing body (the Ministry of
Culture and Information offered in both official languages), the signatory, the executor's phone and the outgoing
number's format, stored in the workspace for every analyst."""

from __future__ import annotations

from workstation.core.db.settings import all_settings
from workstation.core.workspace import open_workspace
from workstation.ui.dialogs.settings_dialog import SettingsDialog


def open_dialog(qtbot, window, settings) -> SettingsDialog:
    dialog = SettingsDialog(settings, window, runner=window.runner, analyst="Айгерим", language="en")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.workspace_box.isEnabled(), timeout=5000)
    return dialog


def test_the_notice_fields_are_offered_and_saved_in_the_workspace(qtbot, make_window, settings, db_path):
    window = make_window()
    dialog = open_dialog(qtbot, window, settings)
    offered = [dialog.issuing_body.itemText(i) for i in range(dialog.issuing_body.count())]
    assert offered == ["Министерство культуры и информации Республики Казахстан",
                       "Қазақстан Республикасы Мәдениет және ақпарат министрлігі"]
    assert dialog.issuing_body.currentText() == ""  # suggested, never filled in on its own
    dialog.issuing_body.setCurrentIndex(0)
    dialog.texts["signatory_position"].setText("Директор Департамента")
    dialog.texts["signatory_name"].setText("А. Сейтқали")
    dialog.texts["executor_phone"].setText("+7 7172 74 00 00")
    dialog.texts["notice_number_format"].setText("04-2/{seq}")
    dialog.accept()
    dialog.apply()
    window.runner.wait_idle(5000)
    db = open_workspace(db_path)
    stored = all_settings(db)
    db.close()
    assert {key: stored[key] for key in ("issuing_body", "signatory_position", "signatory_name", "executor_phone",
                                         "notice_number_format")} == {
        "issuing_body": "Министерство культуры и информации Республики Казахстан",
        "signatory_position": "Директор Департамента", "signatory_name": "А. Сейтқали",
        "executor_phone": "+7 7172 74 00 00", "notice_number_format": "04-2/{seq}"}


def test_a_number_format_without_its_sequence_is_refused_in_the_dialog(qtbot, make_window, settings):
    window = make_window()
    dialog = open_dialog(qtbot, window, settings)
    dialog.show()
    dialog.texts["notice_number_format"].setText("04-2/")
    dialog.accept()
    assert dialog.isVisible() and "{seq}" in dialog.problem.text()


def test_the_settings_are_on_three_tabs_and_every_field_is_on_one(qtbot, make_window, settings):
    window = make_window()
    dialog = open_dialog(qtbot, window, settings)
    pages = [dialog.tabs.widget(i) for i in range(dialog.tabs.count())]
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["This computer", "Workspace", "Notices"]
    fields = [dialog.language, dialog.analyst, dialog.every, dialog.jobs, dialog.proxy, dialog.zone, dialog.signature,
              dialog.issuing_body, *dialog.texts.values()]
    for field in fields:
        assert any(page.isAncestorOf(field) for page in pages), field
    assert dialog.notices_box.isAncestorOf(dialog.texts["signatory_name"])
    dialog.show()
    dialog.texts["notice_number_format"].setText("04-2/")
    dialog.accept()  # refused: the tab with the wrong field is shown
    assert dialog.tabs.currentWidget() is dialog.notices_box
