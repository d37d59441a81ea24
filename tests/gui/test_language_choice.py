"""The interface language: --lang wins for its run, the Settings dialog shows the language in use and saving other
settings never changes it, and a first start follows the system's language."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from workstation.ui.dialogs.settings_dialog import SettingsDialog
from workstation.ui.settings import Settings, system_language


def test_first_start_follows_the_system_language(tmp_path, qapp, monkeypatch):
    assert system_language(QLocale("kk_KZ")) == "kk"
    assert system_language(QLocale("ru_RU")) == "ru"
    assert system_language(QLocale("de_DE")) == "en"
    assert system_language(QLocale("en_US")) == "en"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("kk_KZ")))
    fresh = Settings(str(tmp_path / "fresh.ini"))
    assert fresh.language() == "kk"
    fresh.set("language", "ru")  # chosen once: the choice wins over the system
    assert fresh.language() == "ru"


def test_dialog_shows_the_language_in_use_and_saving_other_settings_keeps_it(qtbot, settings):
    settings.set("language", "ru")
    dialog = SettingsDialog(settings, language="kk")  # started with --lang kk
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "kk"
    dialog.analyst.setText("Данияр")
    dialog.apply()
    assert settings.get("analyst") == "Данияр"
    assert settings.language() == "ru"  # the saved choice is untouched, --lang was for that run only
    assert dialog.chosen_language() == "kk"


def test_choosing_a_language_in_the_dialog_saves_it(qtbot, settings):
    dialog = SettingsDialog(settings, language="kk")
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.apply()
    assert settings.language() == "en"


def test_saving_settings_keeps_the_language_of_this_run(make_window, settings, translations):
    settings.set("language", "ru")
    window = make_window()  # the fixture's translations are English: as if started with --lang en
    window.window_actions.settingsChanged.emit()
    assert window.lang() == "en"
    assert window.menus["file"].title() == "&File"
    window.window_actions.languageChosen.emit("kk")  # chosen in the dialog: switches and is saved
    assert window.lang() == "kk" and settings.language() == "kk"
