"""QApplication start-up: settings, language, the workspace (or the demo), the main window."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

from workstation import APP_ID, APP_NAME, __version__
from workstation.core.db.connect import READ_ONLY_ENV, opens_read_only
from workstation.core.errors import WorkstationError
from workstation.core.ingest.pool import leave_main_out_of_workers
from workstation.core.locations import is_team_url, location
from workstation.core.paths import DB_ENV, default_db_path, demo_db_path
from workstation.core.workspace import open_workspace
from workstation.core.workspace.demo import build_demo, is_empty


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="workstation-desktop", description=APP_NAME)
    parser.add_argument("--db", metavar="PATH", help="workspace file to open")
    parser.add_argument("--portable", action="store_true", help="keep workspace and settings next to the program")
    parser.add_argument("--lang", choices=("kk", "ru", "en"), help="interface language for this run")
    parser.add_argument("--read-only", action="store_true",
                        help="open the workspace for viewing and reports only (also automatic when it cannot be "
                             "written)")
    parser.add_argument("--no-demo-offer", action="store_true", help=argparse.SUPPRESS)
    # For the installer's smoke test: open the window, quit after N seconds, exit 0 if it was shown.
    parser.add_argument("--smoke-quit-after", type=float, metavar="SECONDS", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    leave_main_out_of_workers()  # the worker reading feeds needs none of the desktop's start-up script
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.portable:
        os.environ["WORKSTATION_PORTABLE"] = "1"
    if args.read_only:
        # Every connection of this run (the window's, each worker thread's) opens the workspace read-only.
        os.environ[READ_ONLY_ENV] = "1"
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from workstation.core.db.backup import restore
    from workstation.ui.i18n import Translations, describe
    from workstation.ui.main_window import MainWindow
    from workstation.ui.settings import Settings

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    from workstation.core.paths import resources_dir

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "workstation-256.png")))
    settings = Settings()
    translations = Translations()
    translations.switch(args.lang or settings.language())  # --lang wins for this run and is not saved
    db_path = first_workspace(args, settings)
    try:
        empty = check_workspace(db_path)
    except WorkstationError as exc:
        if exc.key != "db.damaged" or not offer_restore_at_start(db_path, describe(exc)):
            QMessageBox.critical(None, APP_NAME, describe(exc))
            return 1
        empty = False
    offer = not (args.db or args.no_demo_offer or args.smoke_quit_after or settings.get("demo_offered")
                 or opens_read_only(db_path) or is_demo(db_path))
    if empty and offer:
        answer = QMessageBox.question(
            None, APP_NAME,
            app.translate("Startup", "Your workspace is empty. Open the demo workspace (a few hundred example "
                                     "items in Kazakh and Russian, no network needed) to look around?"))
        # Only once answered: a start killed during the question asks again next time.
        settings.set("demo_offered", True)
        if answer == QMessageBox.StandardButton.Yes:
            db_path = prepare_demo()
    while True:
        if not args.smoke_quit_after:
            settings.remember_workspace(db_path)  # reopens at the next start; listed in Recent workspaces
        window = MainWindow(db_path, settings, translations, demo=is_demo(db_path))
        window.show()
        if args.smoke_quit_after:
            QTimer.singleShot(int(args.smoke_quit_after * 1000), window.close)
            code = app.exec()
            print(f"desktop started and closed: {window.windowTitle()}")
            return code
        code = app.exec()
        restore_from, open_next = window.pending_restore, window.pending_open
        if restore_from is None and open_next is None:
            return code
        # The window and its worker threads (each with its own connection) must be gone before the file is
        # replaced or another one opened; then the window reopens.
        window.deleteLater()
        del window
        QApplication.sendPostedEvents()
        gc.collect()
        if open_next is not None:
            try:
                db_path = prepare_demo() if is_demo(open_next) else open_next
                check_workspace(db_path)
            except Exception as exc:  # noqa: BLE001 - whatever the file is, the analyst keeps the previous one
                QMessageBox.critical(None, APP_NAME, describe(exc))
                db_path = settings.last_workspace() or default_db_path()
            continue
        try:
            kept = restore(restore_from, db_path)
        except WorkstationError as exc:
            QMessageBox.critical(None, APP_NAME, describe(exc))
            continue
        QMessageBox.information(None, APP_NAME, app.translate(
            "Startup", "The workspace was restored from {0}. The previous file is kept as {1}.").format(
            restore_from.name, kept.name))


def first_workspace(args: argparse.Namespace, settings) -> Path | str:
    """``--db``, else ``WORKSTATION_DB``, else the workspace opened last, else the default one."""
    if args.db:
        return location(args.db)
    if os.environ.get(DB_ENV):
        return default_db_path()
    return settings.last_workspace() or default_db_path()


def check_workspace(db_path: Path | str) -> bool:
    """Open (create, upgrade) the workspace once; True when it holds no sources and no items. A team workspace
    whose server wants a password that ~/.pgpass does not hold asks for it once (kept for this run only)."""
    try:
        db = open_workspace(db_path)
    except WorkstationError as exc:
        if not (exc.key == "team.unreachable" and needs_password(str(exc.params.get("reason", "")))
                and ask_team_password(str(db_path))):
            raise
        db = open_workspace(db_path)
    try:
        return is_empty(db)
    finally:
        db.close()


def needs_password(reason: str) -> bool:
    return "password" in reason and ("no password supplied" in reason or "authentication failed" in reason)


def ask_team_password(address: str) -> bool:
    """The team server's password, typed once: libpq reads it from PGPASSWORD for this process and its worker
    threads; it is never written to settings or disk. False when the analyst cancels."""
    from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

    password, ok = QInputDialog.getText(None, APP_NAME, QApplication.translate(
        "Startup", "Password for the team workspace {0}:").format(address), QLineEdit.EchoMode.Password)
    if not ok or not password:
        return False
    os.environ["PGPASSWORD"] = password
    return True


def is_demo(db_path: Path | str) -> bool:
    return not is_team_url(str(db_path)) and Path(db_path).absolute() == demo_db_path().absolute()


def prepare_demo() -> Path:
    """The demo workspace in the data folder, built from the shipped files the first time (a few seconds)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return build_demo(demo_db_path())
    finally:
        QApplication.restoreOverrideCursor()


def offer_restore_at_start(db_path: Path, problem: str) -> bool:
    """The workspace cannot even be opened: offer the newest backup. True when it was restored."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from workstation.core.db.backup import list_backups, restore

    backups = [] if is_team_url(str(db_path)) else list_backups(db_path)  # the server keeps a team's
    if not backups:
        return False
    answer = QMessageBox.question(None, APP_NAME, QApplication.translate(
        "Startup", "{0}\n\nRestore the newest backup ({1})? The damaged file is kept beside it.").format(
        problem, backups[0].path.name))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    restore(backups[0].path, db_path)
    return True
