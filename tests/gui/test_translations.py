"""Every visible string ships in Kazakh, Russian and English, and the built .qm files are current."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
sys.path.insert(0, str(TRANSLATIONS))
import update  # noqa: E402  (resources/translations/update.py)


def test_core_messages_module_matches_the_core_templates():
    from workstation.core.errors import MESSAGES
    from workstation.ui.core_messages import CORE_MESSAGES
    assert list(CORE_MESSAGES) == list(MESSAGES.values())


@pytest.mark.parametrize("lang", update.LANGS)
def test_every_visible_string_is_translated(tmp_path, lang):
    # Extract the strings from the code as it is now into a copy of the .ts: a string added to the code
    # without a translation shows up here as unfinished.
    copy = tmp_path / f"workstation_{lang}.ts"
    shutil.copy(TRANSLATIONS / f"workstation_{lang}.ts", copy)
    update.lupdate([copy])
    missing = update.unfinished(copy)
    assert missing == [], f"{len(missing)} strings lack a {lang} translation, e.g. {missing[:5]}"


@pytest.mark.parametrize("lang", update.LANGS)
def test_built_translations_are_current(tmp_path, lang):
    built = tmp_path / f"workstation_{lang}.qm"
    subprocess.run([update.tool("pyside6-lrelease"), str(TRANSLATIONS / f"workstation_{lang}.ts"), "-qm", str(built)],
                   check=True, capture_output=True)
    assert built.read_bytes() == (TRANSLATIONS / f"workstation_{lang}.qm").read_bytes()


def test_kazakh_and_russian_load_at_run_time(qapp):
    from PySide6.QtCore import QCoreApplication

    from workstation.ui.i18n import Translations
    translations = Translations()
    try:
        assert translations.switch("kk")
        assert QCoreApplication.translate("core", "connection refused") != "connection refused"
        assert translations.switch("ru")
        assert QCoreApplication.translate("core", "connection refused") != "connection refused"
    finally:
        translations.switch("en")


def test_no_translated_string_hides_where_lupdate_cannot_see_it():
    """lupdate reads tr("literal") calls; inside an f-string, or with a computed text, a string is never extracted."""
    import ast

    hidden = []
    for path in sorted((ROOT / "workstation").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and getattr(inner.func, "attr", "") in ("tr", "translate"):
                        hidden.append(f"{path.name}:{inner.lineno} inside an f-string")
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "tr" and node.args and \
                    not isinstance(node.args[0], ast.Constant):
                hidden.append(f"{path.name}:{node.lineno} tr() of a computed text")
    assert hidden == []
