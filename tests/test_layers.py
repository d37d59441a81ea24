"""The layer contracts in pyproject.toml hold, and lint-imports would catch an upward import."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def lint_imports(cwd: Path) -> subprocess.CompletedProcess:
    # The console script beside this interpreter; PYTHONPATH makes the package in ``cwd`` the one analysed.
    script = Path(sys.executable).with_name("lint-imports")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "importlinter.cli"]
    return subprocess.run(command + ["--no-cache"], cwd=cwd, capture_output=True, text=True, timeout=120,
                          env={"PATH": "", "PYTHONPATH": str(cwd), "PYTHONIOENCODING": "utf-8"})


def test_every_layer_contract_is_kept():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout


def test_an_upward_import_breaks_the_contract(tmp_path):
    shutil.copytree(ROOT / "workstation", tmp_path / "workstation",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    dedup = tmp_path / "workstation" / "core" / "ingest" / "dedup.py"
    dedup.write_text(dedup.read_text(encoding="utf-8") + "\nfrom workstation.core.cases import workflow  # noqa\n",
                     encoding="utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Core domains import only downward BROKEN" in result.stdout
    assert "workstation.core.ingest.dedup -> workstation.core.cases.workflow" in result.stdout
