"""Where the workspace and settings live: per-user data folder, an environment override, or portable mode."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from workstation.core.locations import location

DB_ENV = "WORKSTATION_DB"
HOME_ENV = "WORKSTATION_HOME"
PORTABLE_FLAG = "portable.flag"
APP_DIR_NAME = "MediaMonitoringWorkstation"


# A file every copy of the program ships in its resources folder: finding it identifies the folder, wherever
# the package was moved (a source checkout, an unpacked bundle, a test's copy of the tree).
RESOURCES = "resources"
RESOURCE_MARKER = "legal.json"


def find_root(start: Path) -> Path | None:
    """The nearest folder at or above ``start`` that holds ``resources/legal.json``; None if there is none."""
    for folder in (start, *start.parents):
        if (folder / RESOURCES / RESOURCE_MARKER).is_file():
            return folder
    return None


def _source_root() -> Path:
    root = find_root(Path(__file__).resolve().parent)
    if root is None:
        raise FileNotFoundError(f"no {RESOURCES}/{RESOURCE_MARKER} in any folder above {Path(__file__).parent}: "
                                "run the workstation from its source folder or from its installed bundle")
    return root


def program_dir() -> Path:
    """The folder holding the executable (PyInstaller bundle) or the source checkout."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return _source_root()


def resources_dir() -> Path:
    """Bundled resources, found the same way from source and from a PyInstaller bundle (which unpacks its data
    files under ``sys._MEIPASS``)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / RESOURCES
    return _source_root() / RESOURCES


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


def default_db_path() -> Path | str:
    """``WORKSTATION_DB`` wins; otherwise ``workspace.db`` in the data folder."""
    override = os.environ.get(DB_ENV)
    if override:
        return location(override)
    return data_dir() / "workspace.db"


def demo_db_path() -> Path:
    """The demo workspace, built beside the analyst's own and never in its place."""
    return data_dir() / "demo.db"
