"""The window composes the tabs; nothing under ui/ reaches back into it (no import of the main window)."""

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "workstation" / "ui"


def test_no_ui_module_imports_the_main_window():
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            offenders += [f"{path.relative_to(UI)}:{node.lineno}" for name in names if name.endswith("main_window")]
    assert offenders == []
