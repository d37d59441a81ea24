"""Looking after the workspace from the desktop: daily backups, restore, the start-up integrity check, and
exchanging bundles with headquarters."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from workstation.core import clock
from workstation.core.db import backup, integrity
from workstation.core.errors import Problem, WorkstationError
from workstation.core.exchange import bundle, keys, merge
from workstation.core.locations import is_team_url, location
from workstation.ui.context import TabContext
from workstation.ui.dialogs.confirm import confirm
from workstation.ui.files import remember_folder, suggested_path
from workstation.ui.i18n import describe
from workstation.ui.reindex import FormsReindex

BACKUP_EVERY_HOURS = 24
# Backups are compressed, and all but one in each chain hold only the pages changed since the one before: ten of a
# 1,000,000-item workspace take 0.4 of its size (docs/PERFORMANCE.md), so the desktop keeps ten.
KEEP_BACKUPS = backup.KEEP
CHECK_EVERY_MS = 6 * 3600 * 1000
FIRST_CHECK_MS = 8000  # after start-up, when the analyst is not yet waiting on anything


class WorkspaceActions(QObject):
    imported = Signal()  # a bundle was merged in: every tab reloads
    restoreRequested = Signal(object)  # Path of the backup; the window closes and app.py restores it

    def __init__(self, context: TabContext, db_path: Path, window: QWidget) -> None:
        """``window`` is the dialogs' parent."""
        super().__init__(window)
        self.context = context
        self.db_path = location(db_path)
        # A team workspace lives on the unit's server, backed up there (pg_dump, the server's own schedule): the
        # desktop neither copies it nor restores it.
        self.team = is_team_url(str(self.db_path))
        self.window = window
        self.backup_now = self._action(self.make_backup)
        self.restore = self._action(self.choose_backup)
        self.export_bundle = self._action(self.export)
        self.import_bundle = self._action(self.import_)
        self.check_now = self._action(self.check_workspace)
        self.check_box: QMessageBox | None = None  # the last check's answer, while it is shown
        self.forms_reindex = FormsReindex(context, self)
        self.backup_now.setVisible(not self.team)
        self.restore.setVisible(not self.team)
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.backup_if_due)
        if not self.team:
            self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.start_up_checks)  # cancelled if the window closes first

    def _action(self, slot) -> QAction:
        action = QAction(self)
        action.triggered.connect(lambda _c=False: slot())
        return self.context.shortcuts.add(action, window_wide=False)

    def file_menu(self) -> list[QAction]:
        """The top of the File menu."""
        return [self.backup_now, self.restore, self.check_now, self.export_bundle, self.import_bundle]

    def retranslate(self) -> None:
        self.backup_now.setText(self.tr("Back up the workspace now"))
        self.restore.setText(self.tr("Restore from a backup…"))
        self.export_bundle.setText(self.tr("Export bundle for headquarters…"))
        self.import_bundle.setText(self.tr("Import bundle…"))
        self.check_now.setText(self.tr("Check the workspace now"))

    # --- backups ----------------------------------------------------------------------------------------------
    def start_up_checks(self) -> None:
        """A quick integrity check in the background; a damaged workspace gets a clear offer to restore."""
        # Seconds on a large workspace: a long job, so the reading threads stay free for the analyst.
        self.context.runner.long_job(lambda db, _c: integrity.integrity_problems(db, quick=True), self._checked)

    def _checked(self, problems: list[Problem]) -> None:
        if problems:
            self.offer_restore(describe(problems[0]))
        else:
            self.backup_if_due()
            self.forms_reindex.start_if_needed()  # word forms after an upgrade, in the background

    def check_workspace(self) -> None:
        """Everything ``workstation db check`` reads (the audit chain, every seal, every stored text and time), in
        the background; the full-text index's own check is left to the daily backup's copy, where it locks nothing."""
        self.check_now.setEnabled(False)
        self.context.notifier.status(self.tr("Checking the workspace…"))
        self.context.runner.long_job(lambda db, _c: integrity.integrity_problems(db, index=False),
                                     self._check_done, self._check_failed)

    def _check_failed(self, error) -> None:
        self.check_now.setEnabled(True)
        self.context.notifier.error(error)

    def _check_done(self, problems: list[Problem]) -> None:
        self.check_now.setEnabled(True)
        self.context.notifier.status("")
        if problems:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Workspace check"),
                              self.tr("%n problem(s) found in the workspace. The first: {0}", "",
                                      len(problems)).format(describe(problems[0])), parent=self.window)
            box.setDetailedText("\n".join(map(describe, problems[:200])))
        else:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Workspace check"),
                              self.tr("The workspace is whole: its storage, the protective triggers, the audit "
                                      "log's chain, every evidence seal and page capture, every stored text and "
                                      "time check out."), parent=self.window)
        self.check_box = box
        box.open()  # not modal to the program: the analyst can go on working beside it

    def offer_restore(self, problem: str) -> None:
        newest = [] if self.team else backup.list_backups(self.db_path)
        if not newest:
            QMessageBox.critical(self.window, self.tr("Workspace damaged"),
                                 self.tr("The workspace is damaged ({0}) and there is no backup to restore. "
                                         "Copy the file somewhere safe before going on.").format(problem))
            return
        answer = QMessageBox.question(
            self.window, self.tr("Workspace damaged"),
            self.tr("The workspace is damaged ({0}).\n\nRestore the newest backup ({1})? The damaged file is "
                    "kept beside it.").format(problem, newest[0].path.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.request_restore(newest[0].path)

    def backup_if_due(self) -> None:
        if self.team:
            return
        newest = backup.list_backups(self.db_path)
        if newest and newest[0].path.stat().st_mtime > clock.now().timestamp() - BACKUP_EVERY_HOURS * 3600:
            return
        self.make_backup(reason="daily")

    def make_backup(self, reason: str = "manual") -> None:
        """The full-text index is checked on the backup's private copy (on the workspace the check would hold the
        write lock for as long as it reads the index); a damaged one gets the offer to restore, as at start-up."""
        path, notifier = self.db_path, self.context.notifier
        self.context.runner.long_job(lambda _db, _c: backup.backup(path, reason=reason, keep=KEEP_BACKUPS,
                                                                   check_index=True),
                                     lambda dest: notifier.status(
                                         self.tr("Backup written: {0}").format(Path(dest).name), 8000),
                                     self._backup_failed)

    def _backup_failed(self, error) -> None:
        damaged = isinstance(error, WorkstationError) and error.key == "db.damaged"
        if damaged and error.params.get("path") == self.db_path:
            self.offer_restore(describe(reason) if isinstance(reason := error.params.get("reason", ""), Problem)
                               else str(reason))
        else:
            self.context.notifier.error(error)

    def choose_backup(self) -> None:
        folder = str(backup.backups_dir(self.db_path))
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Restore from a backup"), folder,
                                              self.tr("Workspace backups (*.wsbk *.db)"))
        if path and confirm(self.window, self.tr("Restore from a backup"),
                            self.tr("Replace the workspace with this backup? The current workspace is kept "
                                    "beside it, and the window reopens.")):
            self.request_restore(Path(path))

    def request_restore(self, path: Path) -> None:
        """The restore happens once this window and its database connections are closed (see app.py)."""
        self.restoreRequested.emit(path)

    # --- bundles ----------------------------------------------------------------------------------------------
    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export bundle"), suggested_path("workspace.mmwb"),
                                              self.tr("Workspace bundles (*.mmwb)"))
        if path:
            remember_folder(path)
            analyst = self.context.analyst()
            # The signing key is made (and recorded in the workspace) by the writer; the export itself only reads.
            self.context.runner.write(lambda db, _c: keys.own_key(db, analyst).fingerprint,
                                      lambda _fingerprint: self._export_signed(path, analyst),
                                      self.context.notifier.error)

    def _export_signed(self, path: str, analyst: str) -> None:
        notifier = self.context.notifier

        def done(result) -> None:
            counts, fingerprint = result
            notifier.status(self.tr("Bundle written: {0} cases, {1} violations; signed with key {2}").format(
                counts["cases"], counts["violations"], keys.grouped(fingerprint)), 15000)

        self.context.runner.read(lambda db, _c: (bundle.export_bundle(db, path, analyst=analyst),
                                                 keys.own_key(db).fingerprint), done, notifier.error)

    def import_(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import bundle"), "",
                                              self.tr("Workspace bundles (*.mmwb);;All files (*)"))
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> None:
        """Who signed the bundle is checked first (signature included); a key this workspace does not trust is
        imported only once the analyst, having compared its fingerprint with the sender, confirms."""
        self.context.runner.read(lambda db, _c: bundle.read_signer(db, path),
                                 lambda signer: self._import_signed(path, signer), self._import_failed)

    def _import_signed(self, path: str, signer: bundle.Signer) -> None:
        confirmed = None
        if signer.trusted is None:
            if not confirm(self.window, self.tr("Unknown signer"),
                           self.tr("This bundle is signed by a key this workspace does not trust yet:\n\n{0}\n"
                                   "fingerprint {1}\n\nCompare the fingerprint with the sender (by phone, for "
                                   "instance) before going on. Trust this key and import the bundle?").format(
                               signer.name or "?", keys.grouped(signer.fingerprint))):
                return
            confirmed = signer.fingerprint  # only this key: a file swapped meanwhile is refused
        analyst = self.context.analyst()
        self.context.runner.write(lambda db, _c: merge.import_bundle(db, path, analyst=analyst,
                                                                     trust_fingerprint=confirmed),
                                  self._imported, self._import_failed)

    def _imported(self, report) -> None:
        text = self.tr("Signed by {0}.\n\n{1} records added, {2} already present, {3} changes applied.").format(
            report.signer["name"], sum(report.added.values()), sum(report.skipped.values()), len(report.applied))
        if report.conflicts:
            text += "\n\n" + self.tr("{0} edits conflict with changes made here and were kept for an analyst "
                                      "(workstation bundle conflicts).").format(len(report.conflicts))
        if report.held:
            text += "\n\n" + self.tr("{0} sources point to this computer or a private network and were added "
                                      "disabled.").format(len(report.held))
        QMessageBox.information(self.window, self.tr("Bundle imported"), text)
        self.imported.emit()

    def _import_failed(self, error) -> None:
        QMessageBox.warning(self.window, self.tr("Bundle not imported"), describe(error))
