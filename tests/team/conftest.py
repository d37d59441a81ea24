"""The team tests' unit: a team workspace (a database of the session's throwaway cluster) with three people."""

from __future__ import annotations

import psycopg
import pytest

from workstation.core.db import team_roles
from workstation.core.workspace import open_workspace


@pytest.fixture
def unit(team_workspaces):
    """A team workspace with an analyst, a supervisor and a reader who sign in with passwords."""
    url = team_workspaces.new()
    admin = open_workspace(url)
    with psycopg.connect(url, autocommit=True) as conn:
        for name, role in (("aigerim", "analyst"), ("marat", "supervisor"), ("hq", "reader")):
            for statement in team_roles.add_user_sql(name, role, password=f"{name}-secret"):
                conn.execute(statement)
    admin.close()
    port = team_workspaces.cluster.port
    dbname = url.rsplit("/", 1)[1]
    yield {name: f"postgresql://{name}:{name}-secret@127.0.0.1:{port}/{dbname}" for name in ("aigerim", "marat", "hq")}
    team_workspaces.drop(url)
