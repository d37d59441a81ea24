"""The desktop on a real X server at the common government laptop's 1366×768 (Xvfb): after opening a case in
status "new", whose buttons once widened the window, the frame still fits the screen."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from workstation.core.cases import workflow as cases
from workstation.core.workspace import open_workspace
from workstation.core.workspace.demo import build_demo

PROJECT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="Xvfb is not installed (.ci/run installs it)")
@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_window_fits_a_1366x768_x_screen_after_opening_a_new_case(tmp_path, lang):
    path = build_demo(tmp_path / "demo.db")
    db = open_workspace(path)
    case = cases.create_case(db, "Жаңа іс: SIM-карталарды жаппай бұғаттау туралы жалған хабар, ұзын атау",
                             claim="1 желтоқсаннан бастап SIM-карталар бұғатталады")
    db.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "WORKSTATION_HOME": str(tmp_path / "home"),
           "PYTHONPATH": str(PROJECT)}
    script = PROJECT / "tests" / "support" / "x_screen_check.py"
    result = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable, str(script), str(path),
                             str(case["id"]), lang], capture_output=True, text=True, timeout=120, env=env, cwd=PROJECT)
    line = next((line for line in result.stdout.splitlines() if line.startswith("screen ")), "")
    assert line.startswith("screen 1366x768"), result.stdout + result.stderr
    assert line.endswith("fits True"), line
