"""Where the file dialogs start: "Save as" opens in the folder the analyst last saved to in this session, else in
their documents folder, never in the program's own (working) folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

_last_folder: Path | None = None


def documents_folder() -> Path:
    """The user's documents folder (QStandardPaths.DocumentsLocation), their home folder if it has none."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def save_folder() -> Path:
    """The remembered last folder while it still exists, else the documents folder."""
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    return documents_folder()


def suggested_path(name: str) -> str:
    """The directory argument for QFileDialog.getSaveFileName: ``name`` in the folder to start in. A name that is
    already an absolute path (one the analyst chose) is kept."""
    path = Path(name)
    return str(path if path.is_absolute() else save_folder() / name)


def remember_folder(path: str | Path) -> None:
    """The next save dialog starts where this file was saved."""
    global _last_folder
    if path:
        _last_folder = Path(path).absolute().parent
