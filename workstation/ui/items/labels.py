"""Translated names for item languages, shown in the list, the viewer and the language filter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def language_label(code: str) -> str:
    labels = {"kk": QCoreApplication.translate("Languages", "Kazakh"),
              "ru": QCoreApplication.translate("Languages", "Russian"),
              "en": QCoreApplication.translate("Languages", "English"),
              "other": QCoreApplication.translate("Languages", "Other")}
    return labels.get(code, code or "—")
