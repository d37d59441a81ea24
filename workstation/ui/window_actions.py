"""The window's own actions: watch rules, the taxonomy, settings, the list of shortcuts, quitting."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from workstation.ui.context import TabContext
from workstation.ui.dialogs.help_dialog import ShortcutsDialog
from workstation.ui.dialogs.rules_dialog import RulesDialog
from workstation.ui.dialogs.settings_dialog import SettingsDialog
from workstation.ui.dialogs.tags_dialog import TagsDialog
from workstation.ui.settings import Settings


class WindowActions(QObject):
    edited = Signal()  # watch rules or the taxonomy may have changed: tags and counts reload
    settingsChanged = Signal()  # the analyst accepted the settings dialog

    def __init__(self, context: TabContext, settings: Settings, window: QWidget) -> None:
        """``window`` is the dialogs' parent; Quit closes it."""
        super().__init__(window)
        self.context = context
        self.settings_store = settings
        self.window = window

        def make(shortcut: str, slot: Callable[[], object]) -> QAction:
            return context.shortcuts.action(shortcut, slot, self)

        self.rules = make("Ctrl+R", self.rules_dialog)
        self.taxonomy = make("", self.tags_dialog)
        self.settings = make("Ctrl+,", self.settings_dialog)
        self.shortcuts = make("F1", self.shortcuts_dialog)
        self.quit = make("Ctrl+Q", window.close)

    def retranslate(self) -> None:
        texts = {self.rules: self.tr("Watch rules…"), self.taxonomy: self.tr("Taxonomy…"),
                 self.settings: self.tr("Settings…"), self.shortcuts: self.tr("Keyboard shortcuts"),
                 self.quit: self.tr("Quit")}
        for action, text in texts.items():
            action.setText(text)

    def rules_dialog(self) -> None:
        RulesDialog(self.context.runner, self.context.lang(), self.context.analyst(), self.window).exec()
        self.edited.emit()

    def tags_dialog(self) -> None:
        TagsDialog(self.context.runner, self.context.analyst(), self.window).exec()
        self.edited.emit()

    def settings_dialog(self) -> None:
        dialog = SettingsDialog(self.settings_store, self.window, runner=self.context.runner,
                                analyst=self.context.analyst())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            dialog.apply()
            self.settingsChanged.emit()

    def shortcuts_dialog(self) -> None:
        ShortcutsDialog(self.context.shortcuts.all, self.window).exec()
