"""Interface languages: Qt Linguist translations (.ts sources, .qm at run time) for our strings, Qt's own, and
the core's messages (context ``core``, templates from workstation.core.errors)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from workstation.core.errors import MESSAGES, Problem, WorkstationError, render
from workstation.core.paths import resources_dir
from workstation.ui.core_values import translated_params

LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


def translations_dir():
    return resources_dir() / "translations"


class Translations:
    """Owns the installed translators so a language switch can replace them."""

    def __init__(self) -> None:
        self.installed: list[QTranslator] = []
        self.language = "en"

    def switch(self, lang: str) -> bool:
        app = QCoreApplication.instance()
        for translator in self.installed:
            app.removeTranslator(translator)
        self.installed = []
        ours = QTranslator()
        loaded = ours.load(str(translations_dir() / f"workstation_{lang}.qm"))
        if loaded:
            app.installTranslator(ours)
            self.installed.append(ours)
        qt_base = QTranslator()
        if qt_base.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_base)
            self.installed.append(qt_base)
        QLocale.setDefault(QLocale({"kk": QLocale.Language.Kazakh, "ru": QLocale.Language.Russian}
                                   .get(lang, QLocale.Language.English)))
        self.language = lang
        return loaded or lang == "en"


def core_message(error: WorkstationError | Problem) -> str:
    """A core error or problem in the interface language (falls back to English when a template is missing)."""
    template = MESSAGES.get(error.key)
    if template is None:
        return str(error)
    translated = QCoreApplication.translate("core", template)
    # A problem or error given as a parameter ("the workspace is damaged: {reason}") is written in the same language.
    params = {name: core_message(value) if isinstance(value, Problem | WorkstationError) else value
              for name, value in error.params.items()}
    try:  # the core's own values ("notice", "confirmed") named in the interface language too
        return translated.format(**translated_params(error.key, params))
    except (KeyError, IndexError, ValueError):
        return render(error.key, error.params)


def describe(error: object) -> str:
    if isinstance(error, (WorkstationError, Problem)):
        return core_message(error)
    return QCoreApplication.translate("core", "Unexpected error: {0}").format(error)
