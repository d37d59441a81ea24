"""The desktop's settings: a typed registry over QSettings (in the data folder, so portable mode carries them)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QSettings

from workstation.core.analyst import default_analyst
from workstation.core.locations import display_url, is_team_url, location
from workstation.core.paths import data_dir

LANGUAGES = ("kk", "ru", "en")
KEEP_RECENT = 8  # workspaces in File → Recent workspaces


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    kind: type


OPTIONS = {
    "language": Option("ui/language", "", str),  # empty until chosen: the system's language
    "analyst": Option("analyst/name", "", str),
    "fetch_every_minutes": Option("fetch/every_minutes", 5, int),
    "fetch_on_start": Option("fetch/on_start", False, bool),
    "fetch_jobs": Option("fetch/jobs", 8, int),
    "proxy": Option("network/proxy", "", str),
    "demo_offered": Option("workspace/demo_offered", False, bool),
    "last_db": Option("workspace/last_db", "", str),  # reopened at the next start
    "recent_dbs": Option("workspace/recent", "", str),  # one path a line, newest first
    "item_zoom": Option("items/zoom", 0, int),  # the item view's text size, in Ctrl+plus steps from the default
}


def system_language(locale: QLocale | None = None) -> str:
    """The interface language a first start uses: Kazakh or Russian systems get theirs, any other English."""
    name = (locale or QLocale.system()).name().split("_")[0]
    return name if name in ("kk", "ru") else "en"


class Settings:
    def __init__(self, path: str | None = None) -> None:
        self.qsettings = QSettings(path or str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)

    def get(self, name: str) -> Any:
        option = OPTIONS[name]
        value = self.qsettings.value(option.key, option.default)
        if option.kind is bool:
            return value in (True, "true", "1", 1)
        try:
            return option.kind(value)
        except (TypeError, ValueError):
            return option.default

    def set(self, name: str, value: Any) -> None:
        self.qsettings.setValue(OPTIONS[name].key, value)
        self.qsettings.sync()

    def analyst(self) -> str:
        return self.get("analyst") or default_analyst()

    def language(self) -> str:
        """The chosen interface language; before the analyst chose one, the system's (see ``system_language``)."""
        lang = self.get("language")
        return lang if lang in LANGUAGES else system_language()

    # Workspaces this computer opened.
    def recent_workspaces(self) -> list[Path | str]:
        """Files as paths, team workspaces as their addresses (without a password: never stored here)."""
        return [location(line.strip()) for line in self.get("recent_dbs").splitlines() if line.strip()]

    def remember_workspace(self, path: Path | str) -> None:
        """``path`` was opened: it reopens at the next start and heads the recent list."""
        path = display_url(path) if is_team_url(str(path)) else Path(path).absolute()
        recent = [path] + [p for p in self.recent_workspaces() if p != path]
        self.set("recent_dbs", "\n".join(str(p) for p in recent[:KEEP_RECENT]))
        self.set("last_db", str(path))

    def last_workspace(self) -> Path | str | None:
        """The workspace opened last, if its file is still there (a team workspace's address as it is)."""
        last = self.get("last_db")
        if last and is_team_url(last):
            return last
        return Path(last) if last and Path(last).is_file() else None

    # Window layout is opaque Qt state.
    def state(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(f"layout/{key}")
        return value if isinstance(value, QByteArray) else None

    def save_state(self, key: str, value: QByteArray) -> None:
        self.qsettings.setValue(f"layout/{key}", value)
