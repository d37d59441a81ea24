"""What can be checked on Linux for the Windows build: resources through one helper, no POSIX-only calls."""

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "workstation"
POSIX_ONLY = {("os", "fork"), ("os", "getuid"), ("os", "geteuid"), ("os", "setsid"), ("os", "killpg"),
              ("os", "chown"), ("os", "symlink"), ("signal", "SIGKILL"), ("signal", "SIGHUP"), ("os", "mkfifo")}
POSIX_MODULES = {"fcntl", "pwd", "grp", "termios", "resource", "posix"}


def sources():
    return [p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts]


def test_no_posix_only_calls_or_modules():
    offenders = []
    for path in sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and \
                    (node.value.id, node.attr) in POSIX_ONLY:
                offenders.append(f"{path.name}:{node.lineno} {node.value.id}.{node.attr}")
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                offenders += [f"{path.name}:{node.lineno} import {n}" for n in names if n.split(".")[0] in
                              POSIX_MODULES]
    assert offenders == []


def test_resources_are_only_located_through_the_paths_helper():
    offenders = []
    for path in sources():
        text = path.read_text(encoding="utf-8")
        if path.name == "paths.py":
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if re.search(r"""["']resources["']""", line) or "__file__" in line and "parents" in line:
                offenders.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert offenders == []


def test_no_hard_coded_unix_paths():
    offenders = []
    for path in sources():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"""["'](/tmp|/home|/usr|/etc|~/)""", line):
                offenders.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert offenders == []
