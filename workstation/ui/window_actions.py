"""The window's own actions: workspaces (new, open, recent, the demo), watch rules, the taxonomy, settings, the
list of shortcuts, quitting."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

from workstation.core.locations import is_team_url, location, short_name
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
        self.db_path = location(db_path) if db_path else None

        def make(shortcut: str, slot: Callable[[], object]) -> QAction:
            return context.shortcuts.action(shortcut, slot, self)

        self.rules = make("Ctrl+R", self.rules_dialog)
        self.taxonomy = make("", self.tags_dialog)
        self.settings = make("Ctrl+,", self.settings_dialog)
        self.shortcuts = make("F1", self.shortcuts_dialog)
        self.quit = make("Ctrl+Q", window.close)
        self.new_workspace = make("", self.choose_new_workspace)
        self.open_workspace = make("Ctrl+O", self.choose_workspace)
        self.open_team = make("", self.choose_team_workspace)
        self.open_demo = make("", self.request_demo)
        self.recent_menu = QMenu(window)
        self.recent_menu.aboutToShow.connect(self.rebuild_recent)

    def workspace_menu(self) -> list[QAction]:
        """The top of the File menu (the recent workspaces' submenu follows "Open workspace…")."""
        return [self.new_workspace, self.open_workspace, self.open_team, self.recent_menu.menuAction(),
                self.open_demo]

    def retranslate(self) -> None:
        texts = {self.rules: self.tr("Watch rules…"), self.taxonomy: self.tr("Taxonomy…"),
                 self.settings: self.tr("Settings…"), self.shortcuts: self.tr("Keyboard shortcuts"),
                 self.quit: self.tr("Quit"), self.new_workspace: self.tr("New workspace…"),
                 self.open_workspace: self.tr("Open workspace…"), self.open_team: self.tr("Open team workspace…"),
                 self.open_demo: self.tr("Open the demo workspace")}
        for action, text in texts.items():
            action.setText(text)
        self.recent_menu.setTitle(self.tr("Recent workspaces"))
        self.rebuild_recent()

    # --- workspaces -------------------------------------------------------------------------------------------
    def rebuild_recent(self) -> None:
        """One entry per workspace opened before whose file is still there (and each team workspace); the open one
        is not listed."""
        self.recent_menu.clear()
        current = _comparable(self.db_path) if self.db_path else None
        paths = [p for p in self.settings_store.recent_workspaces()
                 if _comparable(p) != current and (is_team_url(str(p)) or p.is_file())]
        for path in paths:
            if is_team_url(str(path)):
                label = self.tr("Team workspace {0}").format(short_name(path))
            else:
                name = self.tr("Demo workspace") if path == demo_db_path().absolute() else path.name
                label = f"{name} — {path.parent}"
            action = self.recent_menu.addAction(label)
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

    def choose_team_workspace(self, address: str | None = None) -> None:
        """A unit's workspace on PostgreSQL, by its address; ``address`` skips the dialog (tests). A password is
        not part of it: it comes from ~/.pgpass, or the start asks for it once (app.py), and is never saved."""
        if address is None:
            address, ok = QInputDialog.getText(
                self.window, self.tr("Open team workspace"),
                self.tr("Address of the team workspace, as the administrator gave it:\n"
                        "postgresql://USER@SERVER:5432/DATABASE"),
                text="postgresql://")
            if not ok:
                return
        address = address.strip()
        if not is_team_url(address) or urlsplit(address).hostname is None:
            QMessageBox.warning(self.window, self.tr("Open team workspace"),
                                self.tr("“{0}” is not a team workspace address (postgresql://USER@SERVER:PORT/DATABASE)"
                                        ".").format(address))
            return
        if urlsplit(address).password is not None:
            QMessageBox.warning(self.window, self.tr("Open team workspace"),
                                self.tr("Leave the password out of the address: it is asked for when needed and "
                                        "never stored."))
            return
        self.request_workspace(address)

    def request_demo(self) -> None:
        """The demo workspace, built (once) in the data folder beside the analyst's own."""
        self.request_workspace(demo_db_path())

    def request_workspace(self, path: Path | str) -> None:
        if self.db_path is not None and _comparable(path) == _comparable(self.db_path):
            return  # already open
        self.workspaceRequested.emit(location(path))

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


def _comparable(where: Path | str) -> str:
    """Two names of one workspace compare equal: a file by its absolute path, a team workspace by its address."""
    return str(where) if is_team_url(str(where)) else str(Path(where).absolute())
