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


# WORKSTATION_TEST_ENGINE=postgresql runs the tests that take ``db_path`` on a team workspace of a throwaway
# PostgreSQL cluster instead of a SQLite file (tests/team runs the flows on both engines in every run).
ENGINE = os.environ.get("WORKSTATION_TEST_ENGINE", "sqlite")


@pytest.fixture(scope="session")
def team_workspaces():
    """Fresh team workspaces (PostgreSQL addresses) on a cluster started for this test session."""
    from tests.support.postgres import TeamWorkspaces, running_cluster, server_bin_dir
    if server_bin_dir() is None and not os.environ.get("CI"):
        pytest.skip("PostgreSQL's server programs are not installed (apt-get install postgresql; CI installs them)")
    with running_cluster() as cluster:
        workspaces = TeamWorkspaces(cluster)
        yield workspaces
        workspaces.close()


@pytest.fixture
def team_url(team_workspaces):
    url = team_workspaces.new()
    yield url
    team_workspaces.drop(url)


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "sqlite_only(reason): about the SQLite file itself (its backups, WAL, damage, PRAGMAs, other "
                   "programs opening it); skipped with WORKSTATION_TEST_ENGINE=postgresql, giving the reason")
    config.addinivalue_line(
        "markers", "new_workspace: db_path names a workspace not created yet (on PostgreSQL an empty database, "
                   "not a copy of the initialised template), for tests of what creating or not opening it does")


def pytest_collection_modifyitems(config, items):
    """On PostgreSQL: the tests about the SQLite file skipped with their reason, and only the tests that open the
    test's workspace (``db_path``, ``db``, ``run``, ...) or a team workspace kept: the others (pure functions,
    workspace files of their own) give the same result as in the SQLite run, so they are deselected."""
    if ENGINE != "postgresql":
        return
    kept, deselected = [], []
    for item in items:
        if not {"db_path", "team_workspaces"} & set(getattr(item, "fixturenames", ())):
            deselected.append(item)
            continue
        kept.append(item)
        marker = item.get_closest_marker("sqlite_only")
        if marker is not None:
            reason = marker.kwargs.get("reason") or (marker.args[0] if marker.args else "about the SQLite file")
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = kept


@pytest.fixture
def db_path(tmp_path: Path, request):
    """Where the test's workspace is: a SQLite file not created yet, or (WORKSTATION_TEST_ENGINE=postgresql) the
    address of a team workspace, initialised unless the test is marked ``new_workspace``."""
    if ENGINE == "postgresql":
        if request.node.get_closest_marker("new_workspace") is None:
            return request.getfixturevalue("team_url")
        workspaces = request.getfixturevalue("team_workspaces")
        url = workspaces.empty()
        request.addfinalizer(lambda: workspaces.drop(url))
        return url
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
