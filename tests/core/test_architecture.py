"""The core must stay importable and testable with no display and no Qt."""

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "workstation" / "core"


def test_no_core_module_imports_pyside6():
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.relative_to(CORE)}: {n}" for n in names
                          if n.split(".")[0] in ("PySide6", "PyQt5", "PyQt6")]
    assert offenders == []


def test_core_imports_without_loading_qt():
    # Every module, in every domain folder: a Qt import anywhere below core/ would show here.
    modules = sorted(".".join(p.relative_to(CORE).with_suffix("").parts) for p in CORE.rglob("*.py")
                     if p.stem != "__init__")
    assert "ingest.fetch" in modules and "db.connect" in modules
    code = "import sys\n" + "".join(f"import workstation.core.{m}\n" for m in modules)
    code += "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# The one import kept inside functions: the team workspace's driver (psycopg and sqlglot, about a third of a second),
# loaded where a postgresql:// address is opened, so a program working on a file never loads it. It imports only
# downward (db/team.py sits in core.db), which the layer contracts check.
DEFERRED = {"workstation.core.db.team"}


def test_core_modules_import_at_the_top_only():
    # An import inside a function is how a cycle gets hidden; the layer contracts only see what is imported.
    hidden = []
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                hidden += [f"{path.relative_to(CORE)}:{inner.lineno}" for inner in ast.walk(node)
                           if isinstance(inner, ast.Import | ast.ImportFrom)
                           and not (isinstance(inner, ast.ImportFrom) and inner.module in DEFERRED)]
    assert hidden == []
