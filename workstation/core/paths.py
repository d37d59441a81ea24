"""Where the workspace and settings live: per-user data folder, an environment override, or portable mode."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

DB_ENV = "WORKSTATION_DB"
HOME_ENV = "WORKSTATION_HOME"
PORTABLE_FLAG = "portable.flag"
APP_DIR_NAME = "MediaMonitoringWorkstation"


def program_dir() -> Path:
    """The folder holding the executable (PyInstaller bundle) or the source checkout."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    """Bundled resources, found the same way from source and from a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def is_portable() -> bool:
    return os.environ.get("WORKSTATION_PORTABLE") == "1" or (program_dir() / PORTABLE_FLAG).exists()


def data_dir() -> Path:
    """Folder for the workspace, backups and settings."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override)
    if is_portable():
        return program_dir() / "data"
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))


def default_db_path() -> Path:
    """``WORKSTATION_DB`` wins; otherwise ``workspace.db`` in the data folder."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override)
    return data_dir() / "workspace.db"
