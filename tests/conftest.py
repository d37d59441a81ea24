"""Shared fixtures. Qt runs offscreen: the variable must be set before any Qt import."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # The screen analysts have (a 1366×768 government laptop), not the offscreen platform's default 800×600.
    LAPTOP_SCREEN = Path(__file__).resolve().parent / "data" / "screen_1366x768.json"
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={LAPTOP_SCREEN}"
# Keep tests away from the user's real workspace and settings.
os.environ.pop("WORKSTATION_DB", None)

from tests.fixtures_stats import fill_stats_workspace
from tests.support.httpserver import LocalServer
from workstation.core import clock
from workstation.core.workspace import open_workspace

PROJECT_ROOT = Path(__file__).resolve().parents[1]
CORPUS = PROJECT_ROOT.parent / "shared" / "corpus"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WORKSTATION_HOME", str(home))
    yield
    clock.set_clock(None)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "workspace.db"


@pytest.fixture
def db(db_path: Path):
    database = open_workspace(db_path)
    yield database
    database.close()


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"test corpus not found at {CORPUS} (it lives beside the project, in ../shared/corpus)")
    return CORPUS


@pytest.fixture
def local_server():
    """A real HTTP server on 127.0.0.1 and a free port, stopped after the test; give it routes with ``route``."""
    with LocalServer() as server:
        yield server


@pytest.fixture
def fixture_db(db):
    """The hand-counted workspace of tests/fixtures_stats.py (the first quarter of 2025 in Almaty)."""
    return fill_stats_workspace(db)
