"""A throwaway PostgreSQL cluster for tests: ``initdb`` into a temporary folder, ``pg_ctl`` on a free port of
127.0.0.1, stopped and removed afterwards. Nothing is assumed to be running.

PostgreSQL refuses to run as root; when the tests run as root (a CI container) the server runs as ``nobody``,
which owns the cluster's folder. Clients connect over TCP with ``trust`` for the superuser and with passwords
(``scram-sha-256``) for every other role, so a test can show that an analyst logs in as themselves.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import queue
import shutil
import socket
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

from workstation.core.db.team import close_pools

SUPERUSER = "postgres"


def server_bin_dir() -> Path | None:
    """The folder of initdb/pg_ctl: on PATH, or Debian's /usr/lib/postgresql/<version>/bin (newest)."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[4]))
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "nobody", "--", *command]


class Cluster:
    """A running cluster; ``url(user, db)`` gives the connection address."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="ws-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()

    def url(self, user: str = SUPERUSER, dbname: str = "postgres") -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{dbname}"

    def start(self) -> None:
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            os.chown(self.folder, nobody.pw_uid, nobody.pw_gid)
        self.folder.chmod(0o700)
        self._run([str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", SUPERUSER, "-E", "UTF8",
                   "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256"])
        # The superuser (the tests' administrator) needs no password; every other role does.
        hba = self.data / "pg_hba.conf"
        self._run(["sh", "-c", f"printf 'host all {SUPERUSER} 127.0.0.1/32 trust\\n' | cat - {hba} > {hba}.new "
                               f"&& mv {hba}.new {hba}"])
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off " \
                  "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
        self._run([str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-o", options, "-l",
                   str(self.folder / "server.log"), "-w", "-t", "60", "start"])

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError, OSError):
            self._run([str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"])
        shutil.rmtree(self.folder, ignore_errors=True)

    def log(self) -> str:
        path = self.folder / "server.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def _run(self, command: list[str]) -> None:
        result = subprocess.run(_as_server_user(command), capture_output=True, text=True, timeout=120,
                                cwd=self.folder)
        if result.returncode:
            raise RuntimeError(f"{command[0]} failed ({result.returncode}): {result.stderr or result.stdout}")


@contextlib.contextmanager
def running_cluster() -> Iterator[Cluster]:
    bin_dir = server_bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL's server programs (initdb, pg_ctl) are not installed: "
                           "apt-get install postgresql (.ci/run does)")
    cluster = Cluster(bin_dir)
    try:
        cluster.start()
        yield cluster
    except BaseException:
        print(cluster.log()[-4000:])
        raise
    finally:
        cluster.stop()


class TeamWorkspaces:
    """Fresh team workspaces on one cluster: the schema is made once in a template database, and each
    workspace is a copy of it (CREATE DATABASE ... TEMPLATE), a tenth of a second or two. A helper thread copies
    the next workspaces and drops the used ones while the tests run (``close()`` stops it)."""

    TEMPLATE = "ws_template"
    READY = 2  # workspaces copied ahead

    def __init__(self, cluster: Cluster) -> None:
        self.cluster = cluster
        self._numbers = itertools.count(1)
        self._template_ready = False
        self._prepared: set[str] = set()
        self._ready: queue.Queue[str] = queue.Queue()
        self._used: queue.Queue[str | None] = queue.Queue()
        self._helper: threading.Thread | None = None

    def _name(self) -> str:
        return f"ws_{next(self._numbers)}"

    def _help(self) -> None:
        """Drop what was used, keep READY copies waiting; until ``close()``."""
        import psycopg
        with psycopg.connect(self.cluster.url(), autocommit=True) as conn:
            while True:
                if self._ready.qsize() < self.READY and self._used.empty():
                    name = self._name()
                    # FILE_COPY: a small database is copied faster than through the write-ahead log (15's default).
                    conn.execute(f"CREATE DATABASE {name} TEMPLATE {self.TEMPLATE} STRATEGY FILE_COPY")
                    self._ready.put(self.cluster.url(dbname=name))
                    continue
                try:
                    used = self._used.get(timeout=0.05)
                except queue.Empty:
                    continue
                if used is None:
                    return
                conn.execute(f"DROP DATABASE IF EXISTS {used} WITH (FORCE)")

    def close(self) -> None:
        if self._helper is not None:
            self._used.put(None)
            self._helper.join(timeout=60)
            self._helper = None
        close_pools()  # before the cluster stops, so no pooled connection tries to come back to it

    def admin(self, sql: str) -> None:
        import psycopg
        with psycopg.connect(self.cluster.url(), autocommit=True) as conn:
            conn.execute(sql)

    def new(self) -> str:
        """The address of a new, initialised team workspace (owned by the superuser)."""
        self._ensure_template()
        if self._helper is None:
            self._helper = threading.Thread(target=self._help, name="team-workspaces", daemon=True)
            self._helper.start()
        return self._ready.get(timeout=120)

    def _ensure_template(self) -> None:
        if not self._template_ready:
            from workstation.core.db import team_roles
            from workstation.core.workspace import open_workspace
            self.admin(f"CREATE DATABASE {self.TEMPLATE}")
            db = open_workspace(self.cluster.url(dbname=self.TEMPLATE))
            team_roles.grant(db)
            db.close()
            close_pools()  # a template cannot be copied while connected to
            self._template_ready = True

    def empty(self) -> str:
        """The address of a new database with no workspace in it yet (the first opening creates the schema, as
        for a SQLite file that does not exist yet)."""
        name = self._name()
        self.admin(f"CREATE DATABASE {name}")
        return self.cluster.url(dbname=name)

    def become_copy(self, url: str, name: str, build) -> None:
        """Make the workspace at ``url`` a copy of the prepared workspace ``name``, which ``build(db)`` fills once
        per session (a large fixture built once, as a SQLite test copies a file built once)."""
        from workstation.core.workspace import open_workspace
        if name not in self._prepared:
            self._ensure_template()
            self.admin(f"CREATE DATABASE {name} TEMPLATE {self.TEMPLATE}")
            db = open_workspace(self.cluster.url(dbname=name))
            try:
                build(db)
            finally:
                db.close()
                close_pools(self.cluster.url(dbname=name))  # a template has no one connected
            self._prepared.add(name)
        dbname = url.rsplit("/", 1)[1]
        self.admin(f"DROP DATABASE IF EXISTS {dbname} WITH (FORCE)")
        self.admin(f"CREATE DATABASE {dbname} TEMPLATE {name}")

    def drop(self, url: str) -> None:
        """Drop a used workspace (by the helper thread, while the next test runs)."""
        close_pools(url)
        if self._helper is None:
            self.admin(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]} WITH (FORCE)")
        else:
            self._used.put(url.rsplit("/", 1)[1])
