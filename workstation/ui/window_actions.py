"""The window's own actions: workspaces (new, open, recent, the demo), watch rules, the taxonomy, settings, the
list of shortcuts, quitting."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from workstation.core.paths import data_dir, demo_db_path
from workstation.ui.context import TabContext
from workstation.ui.dialogs.help_dialog import ShortcutsDialog
from workstation.ui.dialogs.rules_dialog import RulesDialog
from workstation.ui.dialogs.settings_dialog import SettingsDialog
from workstation.ui.dialogs.tags_dialog import TagsDialog
from workstation.ui.settings import Settings


class WindowActions(QObject):
    edited = Signal()  # watch rules or the taxonomy may have changed: tags and counts reload
    settingsChanged = Signal()  # the analyst accepted the settings dialog
    languageChosen = Signal(str)  # ... and chose another interface language there
    workspaceRequested = Signal(object)  # Path: the window closes and app.py reopens it on that workspace

    def __init__(self, context: TabContext, settings: Settings, window: QWidget, db_path: Path | None = None) -> None:
        """``window`` is the dialogs' parent; Quit closes it. ``db_path``: the workspace open in it."""
        super().__init__(window)
        self.context = context
        self.settings_store = settings
        self.window = window
        self.db_path = Path(db_path) if db_path else None

        def make(shortcut: str, slot: Callable[[], object]) -> QAction:
            return context.shortcuts.action(shortcut, slot, self)

        self.rules = make("Ctrl+R", self.rules_dialog)
        self.taxonomy = make("", self.tags_dialog)
        self.settings = make("Ctrl+,", self.settings_dialog)
        self.shortcuts = make("F1", self.shortcuts_dialog)
        self.quit = make("Ctrl+Q", window.close)
        self.new_workspace = make("", self.choose_new_workspace)
        self.open_workspace = make("Ctrl+O", self.choose_workspace)
        self.open_demo = make("", self.request_demo)
        self.recent_menu = QMenu(window)
        self.recent_menu.aboutToShow.connect(self.rebuild_recent)

    def workspace_menu(self) -> list[QAction]:
        """The top of the File menu (the recent workspaces' submenu follows "Open workspace…")."""
        return [self.new_workspace, self.open_workspace, self.recent_menu.menuAction(), self.open_demo]

    def retranslate(self) -> None:
        texts = {self.rules: self.tr("Watch rules…"), self.taxonomy: self.tr("Taxonomy…"),
                 self.settings: self.tr("Settings…"), self.shortcuts: self.tr("Keyboard shortcuts"),
                 self.quit: self.tr("Quit"), self.new_workspace: self.tr("New workspace…"),
                 self.open_workspace: self.tr("Open workspace…"), self.open_demo: self.tr("Open the demo workspace")}
        for action, text in texts.items():
            action.setText(text)
        self.recent_menu.setTitle(self.tr("Recent workspaces"))
        self.rebuild_recent()

    # --- workspaces -------------------------------------------------------------------------------------------
    def rebuild_recent(self) -> None:
        """One entry per workspace opened before whose file is still there; the open one is not listed."""
        self.recent_menu.clear()
        current = self.db_path.absolute() if self.db_path else None
        paths = [p for p in self.settings_store.recent_workspaces() if p != current and p.is_file()]
        for path in paths:
            name = self.tr("Demo workspace") if path == demo_db_path().absolute() else path.name
            action = self.recent_menu.addAction(f"{name} — {path.parent}")
            action.triggered.connect(lambda _c=False, p=path: self.request_workspace(p))
        if not paths:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def choose_new_workspace(self, path: str | None = None) -> None:
        """A new, empty workspace file; ``path`` skips the file dialog (tests)."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self.window, self.tr("New workspace"),
                                                  str(data_dir() / "workspace.db"), self.tr("Workspaces (*.db)"),
                                                  options=QFileDialog.Option.DontConfirmOverwrite)
        if not path:
            return
        target = Path(path) if Path(path).suffix else Path(path).with_suffix(".db")
        if target.exists():
            QMessageBox.warning(self.window, self.tr("New workspace"),
                                self.tr("{0} already exists. Use “Open workspace…” to open it.").format(target))
            return
        self.request_workspace(target)

    def choose_workspace(self, path: str | None = None) -> None:
        """An existing workspace file; ``path`` skips the file dialog (tests)."""
        if path is None:
            folder = str(self.db_path.parent if self.db_path else data_dir())
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open workspace"), folder,
                                                  self.tr("Workspaces (*.db);;All files (*)"))
        if path:
            self.request_workspace(Path(path))

    def request_demo(self) -> None:
        """The demo workspace, built (once) in the data folder beside the analyst's own."""
        self.request_workspace(demo_db_path())

    def request_workspace(self, path: Path) -> None:
        if self.db_path is not None and Path(path).absolute() == self.db_path.absolute():
            return  # already open
        self.workspaceRequested.emit(Path(path))

    def rules_dialog(self) -> None:
        RulesDialog(self.context.runner, self.context.lang(), self.context.analyst(), self.window).exec()
        self.edited.emit()

    def tags_dialog(self) -> None:
        TagsDialog(self.context.runner, self.context.analyst(), self.window).exec()
        self.edited.emit()

    def settings_dialog(self) -> None:
        dialog = SettingsDialog(self.settings_store, self.window, runner=self.context.runner,
                                analyst=self.context.analyst(), language=self.context.lang())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            dialog.apply()
            self.settingsChanged.emit()
            if dialog.chosen_language() != self.context.lang():
                self.languageChosen.emit(dialog.chosen_language())

    def shortcuts_dialog(self) -> None:
        ShortcutsDialog(self.context.shortcuts.all, self.window).exec()
