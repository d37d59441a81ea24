"""The desktop's settings: a typed registry over QSettings (in the data folder, so portable mode carries them)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from workstation.core.analyst import default_analyst
from workstation.core.paths import data_dir

LANGUAGES = ("kk", "ru", "en")


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    kind: type


OPTIONS = {
    "language": Option("ui/language", "ru", str),
    "analyst": Option("analyst/name", "", str),
    "fetch_every_minutes": Option("fetch/every_minutes", 5, int),
    "fetch_on_start": Option("fetch/on_start", False, bool),
    "fetch_jobs": Option("fetch/jobs", 8, int),
    "proxy": Option("network/proxy", "", str),
    "demo_offered": Option("workspace/demo_offered", False, bool),
    "last_db": Option("workspace/last_db", "", str),
}


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
        lang = self.get("language")
        return lang if lang in LANGUAGES else "ru"

    # Window layout is opaque Qt state.
    def state(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(f"layout/{key}")
        return value if isinstance(value, QByteArray) else None

    def save_state(self, key: str, value: QByteArray) -> None:
        self.qsettings.setValue(f"layout/{key}", value)
