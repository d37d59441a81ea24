"""Looking after the workspace from the desktop: daily backups, restore, the start-up integrity check, and
exchanging bundles with headquarters."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from workstation.core import clock
from workstation.core.db import backup
from workstation.core.db import connect as store
from workstation.core.exchange import bundle, merge
from workstation.ui.i18n import describe

if TYPE_CHECKING:
    from workstation.ui.main_window import MainWindow

BACKUP_EVERY_HOURS = 24
KEEP_BACKUPS = 3
CHECK_EVERY_MS = 6 * 3600 * 1000
FIRST_CHECK_MS = 8000  # after start-up, when the analyst is not yet waiting on anything


class WorkspaceActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.backup_now = self._action(self.make_backup)
        self.restore = self._action(self.choose_backup)
        self.export_bundle = self._action(self.export)
        self.import_bundle = self._action(self.import_)
        menu = window.actions_.menus["file"]
        first = menu.actions()[0] if menu.actions() else None
        for action in (self.backup_now, self.restore, self.export_bundle, self.import_bundle):
            menu.insertAction(first, action)
        menu.insertSeparator(first)
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.backup_if_due)
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.start_up_checks)  # cancelled if the window closes first

    def _action(self, slot) -> QAction:
        action = QAction(self.w)
        action.triggered.connect(lambda _c=False: slot())
        self.w.actions_.all.append(action)
        return action

    def retranslate(self) -> None:
        self.backup_now.setText(self.tr("Back up the workspace now"))
        self.restore.setText(self.tr("Restore from a backup…"))
        self.export_bundle.setText(self.tr("Export bundle for headquarters…"))
        self.import_bundle.setText(self.tr("Import bundle…"))

    # --- backups ----------------------------------------------------------------------------------------------
    def start_up_checks(self) -> None:
        """A quick integrity check in the background; a damaged workspace gets a clear offer to restore."""
        # Seconds on a large workspace: a long job, so the reading threads stay free for the analyst.
        self.w.runner.long_job(lambda db, _c: store.integrity_problems(db, quick=True), self._checked)

    def _checked(self, problems: list[str]) -> None:
        if problems:
            self.offer_restore(problems[0])
        else:
            self.backup_if_due()

    def offer_restore(self, problem: str) -> None:
        newest = backup.list_backups(self.w.db_path)
        if not newest:
            QMessageBox.critical(self.w, self.tr("Workspace damaged"),
                                 self.tr("The workspace is damaged ({0}) and there is no backup to restore. "
                                         "Copy the file somewhere safe before going on.").format(problem))
            return
        answer = QMessageBox.question(
            self.w, self.tr("Workspace damaged"),
            self.tr("The workspace is damaged ({0}).\n\nRestore the newest backup ({1})? The damaged file is "
                    "kept beside it.").format(problem, newest[0].path.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.request_restore(newest[0].path)

    def backup_if_due(self) -> None:
        newest = backup.list_backups(self.w.db_path)
        if newest and newest[0].path.stat().st_mtime > clock.now().timestamp() - BACKUP_EVERY_HOURS * 3600:
            return
        self.make_backup(reason="daily")

    def make_backup(self, reason: str = "manual") -> None:
        path = self.w.db_path
        # A million-item workspace is gigabytes: keep a few recent copies, not ten.
        self.w.runner.long_job(lambda _db, _c: backup.backup(path, reason=reason, keep=KEEP_BACKUPS),
                               lambda dest: self.w.statusBar().showMessage(
                                   self.tr("Backup written: {0}").format(Path(dest).name), 8000),
                               self.w.show_error)

    def choose_backup(self) -> None:
        folder = str(backup.backups_dir(self.w.db_path))
        path, _ = QFileDialog.getOpenFileName(self.w, self.tr("Restore from a backup"), folder,
                                              self.tr("Workspace backups (*.db)"))
        if path and self.w.confirm(self.tr("Restore from a backup"),
                                   self.tr("Replace the workspace with this backup? The current workspace is kept "
                                           "beside it, and the window reopens.")):
            self.request_restore(Path(path))

    def request_restore(self, path: Path) -> None:
        """The restore happens once this window and its database connections are closed (see app.py)."""
        self.w.pending_restore = path
        self.w.close()

    # --- bundles ----------------------------------------------------------------------------------------------
    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.w, self.tr("Export bundle"), "workspace.mmwb",
                                              self.tr("Workspace bundles (*.mmwb)"))
        if path:
            self.w.runner.read(lambda db, _c: bundle.export_bundle(db, path),
                               lambda counts: self.w.statusBar().showMessage(
                                   self.tr("Bundle written: {0} cases, {1} violations").format(
                                       counts["cases"], counts["violations"]), 10000),
                               self.w.show_error)

    def import_(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.w, self.tr("Import bundle"), "",
                                              self.tr("Workspace bundles (*.mmwb);;All files (*)"))
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> None:
        analyst = self.w.analyst()

        def done(report) -> None:
            added = sum(report.added.values())
            QMessageBox.information(self.w, self.tr("Bundle imported"),
                                    self.tr("{0} records added, {1} already present, {2} conflicting edits resolved "
                                            "(both versions are in the history).").format(
                                        added, sum(report.skipped.values()), len(report.conflicts)))
            self.w.refresh_snapshot()
            self.w.apply_filter()
            for tab in self.w.extra_tabs:
                tab.refresh()

        def failed(error) -> None:
            QMessageBox.warning(self.w, self.tr("Bundle not imported"), describe(error))

        self.w.runner.write(lambda db, _c: merge.import_bundle(db, path, analyst=analyst), done, failed)
