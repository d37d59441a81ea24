"""The main window: composes the tabs (Items, Fake cases, Violations, Statistics), the menus, the tool bar, the
docks and the status bar, and hands each tab what it needs (see ui/context.py) rather than itself."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QTabWidget, QToolBar

from workstation.core import clock
from workstation.core.db import settings as workspace_settings
from workstation.core.locations import is_team_url, location, short_name
from workstation.core.paths import demo_db_path
from workstation.core.workspace import open_workspace
from workstation.ui.cases.tab import CasesTab
from workstation.ui.change_watch import ChangeWatch
from workstation.ui.context import TabContext
from workstation.ui.dashboard import DashboardTab
from workstation.ui.i18n import Translations
from workstation.ui.items import ItemsTab
from workstation.ui.notifier import Notifier
from workstation.ui.radar_dock import RadarDock
from workstation.ui.settings import Settings
from workstation.ui.shortcuts import Shortcuts
from workstation.ui.tasks import TaskRunner
from workstation.ui.taxonomy import Taxonomy
from workstation.ui.violations.tab import ViolationsTab
from workstation.ui.window_actions import WindowActions
from workstation.ui.workspace_actions import WorkspaceActions

# The size the window opens at when the screen has room for it; on a smaller screen, the screen's free area.
PREFERRED_SIZE = QSize(1360, 860)
# A window's frame (title bar, borders) before the window manager has said how big it is.
FRAME_GUESS = QSize(16, 40)


class MainWindow(QMainWindow):
    def __init__(self, db_path: Path, settings: Settings, translations: Translations, *, demo: bool = False) -> None:
        super().__init__()
        self._composed = False  # until then a LanguageChange has nothing to retranslate; __init__ does it at the end
        self.settings = settings
        self.translations = translations
        self.db_path = location(db_path)
        self.team = is_team_url(str(self.db_path))  # a unit's workspace on PostgreSQL (core/db/team.py)
        self.demo = demo or (not self.team and self.db_path.absolute() == demo_db_path().absolute())
        self.pending_restore: Path | None = None  # set when the analyst restores a backup; app.py does it
        self.pending_open: Path | None = None  # set when the analyst opens another workspace; app.py does it
        # Bring the schema up to date once, here, before worker threads open their own connections.
        with open_workspace(self.db_path) as db:
            clock.set_zone(workspace_settings.zone(db))  # the workspace's reporting zone, for figures and times
        self.runner = TaskRunner(self.db_path, self)
        self.notifier = Notifier(self.statusBar(), self)
        self.runner.error.connect(self.notifier.error)
        self.shortcuts = Shortcuts(self)
        self.context = TabContext(runner=self.runner, notifier=self.notifier, taxonomy=Taxonomy(self),
                                  shortcuts=self.shortcuts, analyst=self.analyst, lang=self.lang,
                                  proxy=lambda: self.settings.get("proxy") or None)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        # Built in this order so the F1 list keeps its order: the Items tab's actions, then the window's.
        self.items_tab = ItemsTab(self.context)
        self.items_tab.viewer.install_zoom(self.context.shortcuts, settings)  # Ctrl+plus/minus/0
        self.window_actions = WindowActions(self.context, settings, self, self.db_path)
        self.workspace_ = WorkspaceActions(self.context, self.db_path, self)
        self.cases_tab = CasesTab(self.context, selected_items=self.items_tab.selected_rows,
                                  items_tab_shown=lambda: self.tabs.currentWidget() is self.items_tab)
        self.violations_tab = ViolationsTab(self.context, selected_items=self.items_tab.selected_rows)
        self.dashboard_tab = DashboardTab(self.context)
        for tab in (self.items_tab, self.cases_tab, self.violations_tab, self.dashboard_tab):
            self.tabs.addTab(tab, "")
        self.other_tabs = [self.cases_tab, self.violations_tab, self.dashboard_tab]

        self.radar_dock = RadarDock(self.context)  # stories spreading faster than usual (issue 16)
        self.radar_toggle = self.radar_dock.toggleViewAction()
        self.radar_toggle.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.context.shortcuts.add(self.radar_toggle)

        self.menus: dict[str, QMenu] = {}
        self._build_menus()
        self.toolbar = self._build_toolbar()
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.cases_tab.dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.violations_tab.dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.radar_dock)
        # The docks take room only while they have a clock or a deadline to show.
        self._dock_contents = {self.cases_tab.dock: lambda: bool(self.cases_tab.dock.clocks),
                               self.violations_tab.dock: lambda: bool(self.violations_tab.dock.notices)}
        for dock in self._dock_contents:
            model = dock.list.model()
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
                signal.connect(lambda *_args, dock=dock: self._fit_dock(dock))
        for widget in self.items_tab.status_widgets():
            self.statusBar().addPermanentWidget(widget)
        self._connect()
        self.restore_layout()
        for dock in self._dock_contents:
            self._fit_dock(dock)
        self.apply_settings()
        self._composed = True
        self.retranslate()
        self.items_tab.refresh()

    # --- composing --------------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        items, workspace = self.items_tab.item_actions, self.workspace_
        bar = self.menuBar()
        for key in ("file", "items", "sources", "tools"):
            self.menus[key] = bar.addMenu("")
        file_menu = self.menus["file"]
        file_menu.addActions(self.window_actions.workspace_menu())
        file_menu.addSeparator()
        file_menu.addActions(workspace.file_menu())
        file_menu.addSeparator()
        file_menu.addActions(items.file_menu())
        file_menu.addSeparator()
        file_menu.addAction(self.window_actions.quit)
        self.menus["items"].addActions(items.items_menu())
        self.menus["items"].addMenu(items.tags_submenu)
        self.menus["items"].addActions([self.cases_tab.new_from_selection, self.violations_tab.from_items_action])
        self.menus["sources"].addActions(items.sources_menu())
        self.menus["tools"].addActions([self.window_actions.rules, self.window_actions.taxonomy,
                                        self.window_actions.settings])
        bar.addMenu(self.violations_tab.menu)
        self.menus["view"] = bar.addMenu("")
        self.menus["view"].addAction(self.radar_toggle)
        self.menus["help"] = bar.addMenu("")
        self.menus["help"].addAction(self.window_actions.shortcuts)

    def _build_toolbar(self) -> QToolBar:
        items = self.items_tab.item_actions
        toolbar = QToolBar()
        toolbar.setObjectName("main_toolbar")
        toolbar.addActions([items.fetch, items.add_source, items.toggle_star, items.mark_all_read,
                            self.window_actions.rules])
        self.addToolBar(toolbar)
        return toolbar

    def _connect(self) -> None:
        self.items_tab.fetched.connect(self._refresh_other_tabs)
        self.items_tab.fetched.connect(self.radar_dock.reload)
        self.radar_dock.caseRequested.connect(self.cases_tab.show_case)
        self.radar_dock.caseRequested.connect(lambda _case_id: self.cases_tab.refresh())  # a new case: list it
        for tab in (self.cases_tab, self.violations_tab):
            tab.showRequested.connect(lambda tab=tab: self.tabs.setCurrentWidget(tab))
        # A bar of the Statistics tab opens its records where they live (those tabs then ask to be shown).
        self.dashboard_tab.caseRequested.connect(self.cases_tab.show_case)
        self.dashboard_tab.violationRequested.connect(self.violations_tab.show_violation)
        self.dashboard_tab.itemsRequested.connect(self._show_items)
        self.window_actions.edited.connect(self.items_tab.refresh_snapshot)
        self.window_actions.settingsChanged.connect(self._settings_changed)
        self.workspace_.imported.connect(self._bundle_imported)
        self.workspace_.restoreRequested.connect(self._restore_requested)
        self.window_actions.workspaceRequested.connect(self._open_requested)
        self.window_actions.languageChosen.connect(self.switch_language)
        # Cases and violations recorded by another program (command line, bundle import) show up within seconds.
        self.change_watch = ChangeWatch(self.runner, self, team_address=str(self.db_path) if self.team else None)
        self.change_watch.changed.connect(self._changed_elsewhere)

    def _show_items(self, source_id: int | None, language: str) -> None:
        self.tabs.setCurrentWidget(self.items_tab)
        self.items_tab.show_items(source_id, language)

    def _refresh_other_tabs(self) -> None:
        for tab in self.other_tabs:
            tab.refresh()

    def _bundle_imported(self) -> None:
        self.items_tab.refresh()
        self._refresh_other_tabs()

    def _changed_elsewhere(self, entities: set[str]) -> None:
        if "case" in entities:
            self.cases_tab.refresh()
        if entities & {"violation", "notice"}:
            self.violations_tab.refresh()

    def _open_requested(self, path: Path) -> None:
        """The other workspace opens once this window and its database connections are closed (see app.py)."""
        self.pending_open = path
        self.close()

    def _restore_requested(self, path: Path) -> None:
        """The restore happens once this window and its database connections are closed (see app.py)."""
        self.pending_restore = path
        self.close()

    def analyst(self) -> str:
        return self.settings.analyst()

    def lang(self) -> str:
        return self.translations.language

    # --- settings, language, layout ---------------------------------------------------------------------------
    def apply_settings(self) -> None:
        self.items_tab.configure_fetching(jobs=self.settings.get("fetch_jobs"),
                                          proxy=self.settings.get("proxy") or None,
                                          every_minutes=self.settings.get("fetch_every_minutes"))

    def _settings_changed(self) -> None:
        self.apply_settings()
        if self.dashboard_tab.tz is not clock.zone():
            self.dashboard_tab.set_zone(clock.zone())  # the workspace's reporting zone was changed
        # The language changes only when chosen in the dialog (languageChosen): saving other settings keeps the
        # one in use, including a --lang of this run.

    def switch_language(self, lang: str) -> None:
        self.translations.switch(lang)
        self.settings.set("language", lang)
        self.retranslate()  # at once: Qt's own LanguageChange event arrives later, through the event loop

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and self._composed:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        # The workspace, once: the system adds the application's name (QGuiApplication.applicationDisplayName),
        # which is named in the interface language too.
        QGuiApplication.setApplicationDisplayName(self.tr("Media Monitoring Workstation"))
        self.setWindowTitle(self.tr("Demo workspace") if self.demo else short_name(self.db_path))
        titles = {"file": self.tr("&File"), "items": self.tr("&Items"), "sources": self.tr("&Sources"),
                  "tools": self.tr("&Tools"), "view": self.tr("&View"), "help": self.tr("&Help")}
        for key, text in titles.items():
            self.menus[key].setTitle(text)
        self.window_actions.retranslate()
        self.workspace_.retranslate()
        for index, text in enumerate((self.tr("Items"), self.tr("Fake cases"), self.tr("Violations"),
                                      self.tr("Statistics"))):
            self.tabs.setTabText(index, text)
        self.items_tab.retranslate()
        self.radar_dock.retranslate()
        for tab in self.other_tabs:
            tab.retranslate()

    def _fit_dock(self, dock: QDockWidget) -> None:
        if not shiboken6.isValid(dock):
            return  # the window is being taken down
        wanted = self._dock_contents[dock]()
        if dock.isHidden() == wanted:
            dock.setVisible(wanted)

    def restore_layout(self) -> None:
        for key, restore in (("geometry", self.restoreGeometry), ("window", self.restoreState)):
            state = self.settings.state(key)
            if state is not None:
                restore(state)
        self.items_tab.restore_layout(self.settings.state)
        if self.settings.state("geometry") is None:
            self.resize(PREFERRED_SIZE)
            self.center_on_screen()
        if self.settings.state("window") is None:  # the Radar dock's first width, beside the tabs
            self.resizeDocks([self.radar_dock], [self.radar_dock.sizeHint().width()], Qt.Orientation.Horizontal)
        self.keep_on_screen()

    def _available(self) -> QRect:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def _frame_extra(self) -> QSize:
        """What the frame adds to the window's size: measured once shown, guessed before."""
        extra = self.frameGeometry().size() - self.geometry().size()
        return extra if self.isVisible() and (extra.width() > 0 or extra.height() > 0) else FRAME_GUESS

    def center_on_screen(self) -> None:
        area, frame = self._available(), self.frameGeometry().size().expandedTo(self.size() + FRAME_GUESS)
        self.move(area.x() + max(0, (area.width() - frame.width()) // 2),
                  area.y() + max(0, (area.height() - frame.height()) // 2))

    def keep_on_screen(self) -> None:
        """Shrink and move the window so its frame fits the screen it is on (a size remembered from a bigger
        screen, or a window widened before this was kept, never reaches past the edge)."""
        if self.isMaximized() or self.isFullScreen():
            return
        area, extra = self._available(), self._frame_extra()
        most = area.size() - extra
        size = self.size().boundedTo(most).expandedTo(self.minimumSizeHint().boundedTo(most))
        if size != self.size():
            self.resize(size)
        frame = self.frameGeometry()
        width, height = size.width() + extra.width(), size.height() + extra.height()
        x = min(max(frame.x(), area.x()), area.x() + area.width() - width)
        y = min(max(frame.y(), area.y()), area.y() + area.height() - height)
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not event.spontaneous():
            QTimer.singleShot(0, self.keep_on_screen)  # the frame's real size is known once shown

    def save_layout(self) -> None:
        self.settings.save_state("geometry", self.saveGeometry())
        self.settings.save_state("window", self.saveState())
        for key, state in self.items_tab.save_layout().items():
            self.settings.save_state(key, state)
        self.settings.qsettings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save_layout()
        self.items_tab.stop_fetching()
        self.workspace_.timer.stop()
        self.change_watch.stop()
        self.runner.shutdown(15000)
        super().closeEvent(event)
