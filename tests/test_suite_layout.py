"""Tests share fixtures through conftest.py and plain helpers through helper modules (tests/support/): no test
module imports another test module or a conftest, so each test file can be read, moved or deleted on its own."""

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def _names_a_test_module_or_conftest(dotted: str) -> bool:
    if not dotted.startswith(("tests.", ".")):
        return False  # the project and third-party packages
    return any(part.startswith("test_") or part == "conftest" for part in dotted.split("."))


def imports_of_test_modules(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = "." * node.level + (node.module or "")
            joined = [module + ("." if node.module else "") + alias.name for alias in node.names]
            names = [module] if _names_a_test_module_or_conftest(module) else joined
        else:
            continue
        found += [f"{path.relative_to(TESTS.parent)}:{node.lineno} imports {name}" for name in names
                  if _names_a_test_module_or_conftest(name)]
    return found


def test_no_test_module_imports_another_test_module_or_a_conftest():
    files = sorted(p for p in TESTS.rglob("*.py") if "__pycache__" not in p.parts)
    assert TESTS / "gui" / "conftest.py" in files  # the walk really sees the suite
    offenders = [line for path in files for line in imports_of_test_modules(path)]
    assert offenders == []
