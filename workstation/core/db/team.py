"""A team workspace: one PostgreSQL database that a unit's analysts share, opened as ``postgresql://...``.

``TeamDatabase`` answers the part of sqlite-utils' Database that the workstation uses (execute, executemany,
query, atomic, table(...).insert/update, table_names), so every domain module, migration and query runs
unchanged: each statement passes through ``pg_dialect`` and, for full-text tables, ``pg_fulltext``. Errors arrive
as the sqlite3 exceptions the domain code already handles (IntegrityError for a constraint or a protective
trigger, OperationalError otherwise), or as a plain message for a refused permission or a lost server.

Writers take turns as on SQLite: a write transaction first takes one advisory lock of the workspace, so the
domain rules written for SQLite's single writer (the audit chain, outgoing numbers, merges) hold for a team.
Readers never wait. Each analyst logs in as their own PostgreSQL user; ``login`` is that name, and the audit
log records it instead of a typed name.
"""

from __future__ import annotations

import atexit
import contextlib
import re
import sqlite3
import threading
import time
from collections.abc import Generator, Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any

import psycopg
from psycopg.adapt import Loader
from psycopg_pool import ConnectionPool, PoolTimeout

from workstation.core.db import pg_dialect, pg_fulltext, schema, team_roles
from workstation.core.errors import WorkstationError
from workstation.core.locations import display_url

# One lock for the workspace's writers (pg_advisory_xact_lock's key): "WSWR" in ASCII.
WRITER_LOCK = 0x57535752
FETCH_LOCKS = 0x5753  # the first key of each source's fetch lock (the second is the source's id)
CHANNEL = "workstation_changes"
# The tables whose changes colleagues see at once (each committed statement notifies the table's name).
WATCHED = ("items", "item_tags", "cases", "case_items", "refutations", "violations", "notices",
           "notice_violations", "restrictions", "sources", "tags", "radar_alerts", "audit_log")
LOCK_TIMEOUT_S = 30
META_TABLE = "team_meta"

_PRAGMA = re.compile(r"^\s*PRAGMA\s+(?P<name>\w+)\s*(?:\(\s*(?P<arg>\w+)\s*\)|=\s*(?P<value>\S+))?\s*;?\s*$",
                     re.IGNORECASE)
_FTS_INSERT = re.compile(r"^\s*INSERT\s+(?:OR\s+REPLACE\s+)?INTO\s+(?P<table>\w+)\s*\((?P<columns>[^)]*)\)\s*"
                         r"VALUES\s*\((?P<values>[^)]*)\)\s*$", re.IGNORECASE | re.DOTALL)
_MATCH = re.compile(r"\b(?P<table>\w+)\s+MATCH\s+%s", re.IGNORECASE)
_BM25 = re.compile(r"\bBM25\s*\(\s*(?P<table>\w+)\s*(?P<weights>(?:,\s*[\d.]+\s*)*)\)", re.IGNORECASE)
_ALTER_RENAME = re.compile(r"^\s*ALTER\s+TABLE\s+(?P<old>\w+)\s+RENAME\s+TO\s+(?P<new>\w+)\s*$", re.IGNORECASE)


class TeamIntegrityError(sqlite3.IntegrityError):
    """A constraint or a protective trigger refused the change (as SQLite's IntegrityError)."""


class TeamError(WorkstationError, sqlite3.OperationalError):
    """The team server refused or could not be reached: a plain message (a WorkstationError) that code written
    against sqlite3 still catches as an OperationalError."""


class _Cursor:
    """A finished statement's rows, with the sqlite3 cursor's attributes the domain code reads."""

    def __init__(self, rows: list[tuple] | None, description: Any, rowcount: int, lastrowid: int | None) -> None:
        self._rows = rows or []
        self._at = 0
        self.description = [(column.name, None, None, None, None, None, None) for column in description] \
            if description else None
        self.rowcount = rowcount
        self.lastrowid = lastrowid

    def fetchone(self) -> tuple | None:
        if self._at >= len(self._rows):
            return None
        self._at += 1
        return self._rows[self._at - 1]

    def fetchall(self) -> list[tuple]:
        rows, self._at = self._rows[self._at:], len(self._rows)
        return rows

    def __iter__(self) -> Iterator[tuple]:
        while (row := self.fetchone()) is not None:
            yield row


class _Connection:
    """The few ``db.conn`` attributes the domain code uses, over the psycopg connection."""

    def __init__(self, owner: TeamDatabase) -> None:
        self._owner = owner

    @property
    def in_transaction(self) -> bool:
        return self._owner.depth > 0

    def execute(self, sql: str, parameters: Sequence | None = None) -> _Cursor:
        return self._owner.execute(sql, parameters)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> _Cursor:
        return self._owner.executemany(sql, rows)

    def commit(self) -> None:
        """Statements outside ``atomic()`` commit by themselves (autocommit)."""

    def close(self) -> None:
        self._owner.close()


class _Table:
    def __init__(self, db: TeamDatabase, name: str) -> None:
        self.db, self.name = db, name
        self.last_pk: int | None = None

    def insert(self, row: dict[str, Any]) -> _Table:
        names = ", ".join(row)
        self.last_pk = self.db.execute(f"INSERT INTO {self.name} ({names}) VALUES ({', '.join('?' * len(row))})",
                                       list(row.values())).lastrowid
        return self

    def update(self, pk: int, values: dict[str, Any]) -> _Table:
        if values:
            sets = ", ".join(f"{name} = ?" for name in values)
            self.db.execute(f"UPDATE {self.name} SET {sets} WHERE id = ?", [*values.values(), pk])
        self.last_pk = pk
        return self

    @property
    def columns_dict(self) -> dict[str, type]:
        return {name: object for name in self.db.columns(self.name)}


def _load_numeric(data: memoryview | bytes) -> int | float:
    # sum() and avg() of integers are numeric in PostgreSQL; SQLite gives an int or a float.
    value = Decimal(bytes(data).decode())
    return int(value) if value == value.to_integral_value() else float(value)


def _clean(params: Sequence[Any]) -> list:
    """Parameters as PostgreSQL takes them: booleans as SQLite's 1 and 0; text without NUL characters, which
    PostgreSQL's text cannot hold and SQLite keeps (a hostile feed's control characters)."""
    return [int(p) if isinstance(p, bool) else p.replace("\x00", "") if isinstance(p, str) else p for p in params]


class _NumericLoader(Loader):
    def load(self, data):
        return _load_numeric(data)


class _BoolLoader(Loader):
    def load(self, data):
        return 1 if bytes(data) == b"t" else 0  # SQLite's comparisons give 1 or 0


_CONNECTION = {"autocommit": True, "connect_timeout": 10, "application_name": "workstation"}
# Connections are kept open between uses, per address, at most this many per program (the desktop's worker
# threads hold one each while they live; commands and short jobs take one and give it back).
POOL_MAX = 16
_POOLS: dict[str, ConnectionPool] = {}
_POOLS_LOCK = threading.Lock()


def _configure(conn: psycopg.Connection) -> None:
    conn.adapters.register_loader("numeric", _NumericLoader)
    conn.adapters.register_loader("bool", _BoolLoader)
    conn.execute(f"SET lock_timeout = '{LOCK_TIMEOUT_S}s'")


def _reset(conn: psycopg.Connection) -> None:
    """A connection given back keeps no fetch turn of a source (session advisory locks)."""
    conn.execute("SELECT pg_advisory_unlock_all()")


def _connect(url: str) -> psycopg.Connection:
    """A connection of its own (the change listener's), or the first one to an address: the server's own words
    for a wrong address, user or password, at once."""
    try:
        conn = psycopg.connect(url, **_CONNECTION)
    except psycopg.OperationalError as exc:
        raise TeamError("team.unreachable", url=display_url(url), reason=str(exc).strip()) from exc
    _configure(conn)
    return conn


def _pool(url: str) -> ConnectionPool:
    with _POOLS_LOCK:
        pool = _POOLS.get(url)
        if pool is None:
            _connect(url).close()  # reachable, and the login works: the pool's own tries would only time out
            pool = ConnectionPool(url, min_size=0, max_size=POOL_MAX, kwargs=_CONNECTION, configure=_configure,
                                  reset=_reset, name=display_url(url), open=True)
            _POOLS[url] = pool
            if len(_POOLS) == 1:
                atexit.register(close_pools)
    return pool


def close_pools(url: str | None = None) -> None:
    """Close the connections kept open for ``url`` (every address by default): before its database is dropped or
    copied, and when the program ends."""
    with _POOLS_LOCK:
        for address in [url] if url is not None else list(_POOLS):
            pool = _POOLS.pop(address, None)
            if pool is not None:
                pool.close(timeout=1)


def _borrow(url: str) -> tuple[ConnectionPool, psycopg.Connection]:
    pool = _pool(url)
    try:
        return pool, pool.getconn(timeout=LOCK_TIMEOUT_S)
    except PoolTimeout as exc:
        raise TeamError("team.unreachable", url=display_url(url), reason=str(exc).strip()) from exc


class TeamDatabase:
    """A team workspace's connection (one per thread, like the SQLite ones)."""

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        self.url = url
        self.path = display_url(url)
        self.read_only = read_only
        self.committed_at: float | None = None
        self.depth = 0
        self._pool, self._raw = _borrow(url)
        self.conn = _Connection(self)
        self.login: str = self._raw.execute("SELECT current_user").fetchone()[0]
        self._keys: dict[str, tuple[str, ...]] | None = None
        self._fulltext: dict[str, list[str]] | None = None
        self._ids: set[str] | None = None
        self._never_null: frozenset[str] | None = None

    # --- what sqlite-utils' Database offers -------------------------------------------------------------------

    def execute(self, sql: str, parameters: Sequence | dict[str, Any] | None = None) -> _Cursor:
        params = list(parameters or [])
        special = self._special(sql, params)
        if special is not None:
            return special
        if self.depth == 0 and sql.lstrip()[:7].upper().startswith(("INSERT", "UPDATE", "DELETE", "REPLACE")):
            with self.atomic():
                return self.execute(sql, params)
        text, params = self._translate(sql, params)
        return self._run(text, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> _Cursor:
        """Many rows through one statement: translated once and sent in one pipeline (a round trip per row would
        cost a store of a thousand items a thousand waits on the network). SQLite's own statements (full-text
        rows, schema) go row by row through ``execute``."""
        rows = [list(row) for row in rows]
        total = 0
        with self.atomic():
            if _FTS_INSERT.match(sql) or not sql.lstrip()[:7].upper().startswith(("INSERT", "UPDATE", "DELETE")):
                for row in rows:
                    total += max(self.execute(sql, row).rowcount, 0)
            elif rows:
                text, _ = self._translate(sql, rows[0])
                with self._errors(text):
                    cursor = self._raw.cursor()
                    cursor.executemany(text, [_clean(row) for row in rows])
                    total = max(cursor.rowcount, 0)
        return _Cursor(None, None, total, None)

    def executescript(self, sql: str) -> _Cursor:
        for part in pg_dialect.split_statements(sql):
            self.execute(part)
        return _Cursor(None, None, -1, None)

    def query(self, sql: str, params: Sequence | None = None) -> Iterator[dict[str, Any]]:
        cursor = self.execute(sql, params)
        names = [d[0] for d in cursor.description or []]
        for row in cursor.fetchall():
            yield dict(zip(names, row, strict=True))

    def table(self, name: str) -> _Table:
        return _Table(self, name)

    def __getitem__(self, name: str) -> _Table:
        return _Table(self, name)

    def table_names(self) -> list[str]:
        return [row[0] for row in self._raw.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
            "AND table_type = 'BASE TABLE' ORDER BY table_name").fetchall()]

    def columns(self, table: str) -> list[str]:
        return [row[0] for row in self._raw.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = %s ORDER BY ordinal_position", [table]).fetchall()]

    def typed_columns(self, table: str) -> list[tuple[str, str]]:
        """(name, type) of each column, as ``PRAGMA table_info`` gives them in a workspace file ("text", "integer")."""
        return [(row[0], row[1]) for row in self._raw.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = %s ORDER BY ordinal_position", [table]).fetchall()]

    def primary_key(self, table: str) -> list[str]:
        return [row[0] for row in self._raw.execute(
            "SELECT k.column_name FROM information_schema.table_constraints c JOIN information_schema.key_column_usage "
            "k ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema AND k.table_name = "
            "c.table_name WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = current_schema() AND "
            "c.table_name = %s ORDER BY k.ordinal_position", [table]).fetchall()]

    @contextlib.contextmanager
    def ensure_autocommit_on(self) -> Generator[None, None, None]:
        yield

    @contextlib.contextmanager
    def atomic(self) -> Generator[TeamDatabase, None, None]:
        if self.depth:
            name = f"s{self.depth}"
            self._control(f"SAVEPOINT {name}")
            self.depth += 1
            try:
                yield self
            except BaseException:
                self.depth -= 1
                self._control(f"ROLLBACK TO SAVEPOINT {name}")
                self._control(f"RELEASE SAVEPOINT {name}")
                raise
            self.depth -= 1
            self._control(f"RELEASE SAVEPOINT {name}")
            return
        self._control("BEGIN" + (" READ ONLY" if self.read_only else ""))
        self.depth = 1
        try:
            if not self.read_only:
                self._control(f"SELECT pg_advisory_xact_lock({WRITER_LOCK})")
            yield self
        except BaseException:
            self.depth = 0
            with contextlib.suppress(Exception):
                self._raw.execute("ROLLBACK")
            raise
        self.depth = 0
        self._control("COMMIT")
        self.committed_at = time.monotonic()

    def rollback(self) -> None:
        self.depth = 0
        self._raw.execute("ROLLBACK")

    def close(self) -> None:
        """Give the connection back to the program's pool (a transaction left open is rolled back there)."""
        if self._raw is not None:
            raw, self._raw, self.depth = self._raw, None, 0
            self._pool.putconn(raw)

    def __del__(self) -> None:
        # A command that opened the workspace and let it go (as with a SQLite file, which needs no closing) gives
        # its connection back here, so a program never runs out of pooled connections.
        with contextlib.suppress(Exception):
            self.close()

    def __enter__(self) -> TeamDatabase:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- the team's own ----------------------------------------------------------------------------------------

    def has_role(self, role: str) -> bool:
        row = self._raw.execute("SELECT pg_has_role(current_user, %s, 'member') FROM pg_roles WHERE rolname = %s",
                                [role, role]).fetchone()
        return bool(row and row[0])

    def owns_schema(self) -> bool:
        return bool(self._raw.execute(
            "SELECT pg_has_role(current_user, nspowner, 'usage') FROM pg_namespace "
            "WHERE nspname = current_schema()").fetchone()[0])

    def schema_version(self) -> int:
        if META_TABLE not in self.table_names():
            return 0
        row = self._raw.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def claim_source(self, source_id: int) -> bool:
        """Take the unit's fetch turn for a source (False: a colleague's program is fetching it now)."""
        return bool(self._raw.execute("SELECT pg_try_advisory_lock(%s, %s)",
                                      [FETCH_LOCKS, int(source_id)]).fetchone()[0])

    def release_source(self, source_id: int) -> None:
        self._raw.execute("SELECT pg_advisory_unlock(%s, %s)", [FETCH_LOCKS, int(source_id)])

    def listen(self) -> ChangeListener:
        """A listener for the changes colleagues commit (see ChangeListener)."""
        return ChangeListener(self.url)

    def document_frequencies(self, table: str, terms: list[str]) -> dict[str, int]:
        """In how many rows of the full-text ``table`` each term stands (FTS5's vocabulary table on SQLite)."""
        found = {}
        for term in terms:
            query = pg_fulltext.term_query(term)
            if query:
                found[term] = self._raw.execute(f"SELECT count(*) FROM {table} WHERE tsv @@ %s::tsquery",
                                                [query]).fetchone()[0]
        return found

    # --- inside -----------------------------------------------------------------------------------------------

    def _control(self, sql: str) -> None:
        self._run(sql, None)

    def _run(self, sql: str, params: list | None) -> _Cursor:
        with self._errors(sql):
            cursor = self._raw.execute(sql, params)
            rows = cursor.fetchall() if cursor.description else None
            lastrowid = rows[0][0] if rows and sql.startswith("INSERT") and " RETURNING id" in sql else None
            if lastrowid is not None:
                rows = None
            return _Cursor(rows, cursor.description if rows is not None else None, cursor.rowcount, lastrowid)

    @contextlib.contextmanager
    def _errors(self, sql: str) -> Generator[None, None, None]:
        """The server's errors as the domain code expects them (see the module's docstring)."""
        try:
            yield
        except psycopg.errors.IntegrityError as exc:
            raise TeamIntegrityError(exc.diag.message_primary or str(exc)) from exc
        except psycopg.errors.InsufficientPrivilege as exc:
            raise TeamError("team.not_allowed", user=self.login, reason=exc.diag.message_primary or str(exc)) \
                from exc
        except psycopg.errors.ReadOnlySqlTransaction as exc:
            raise TeamError("db.read_only", path=self.path) from exc
        except psycopg.errors.LockNotAvailable as exc:
            raise TeamError("db.locked", path=self.path) from exc
        except psycopg.OperationalError as exc:
            if self._raw.closed or self._raw.broken:
                raise TeamError("team.unreachable", url=self.path, reason=str(exc).strip()) from exc
            raise sqlite3.OperationalError(str(exc).strip()) from exc
        except psycopg.Error as exc:
            raise sqlite3.OperationalError(f"{str(exc).strip()} [{sql[:200]}]") from exc

    def _primary_keys(self) -> dict[str, tuple[str, ...]]:
        if self._keys is None:
            keys: dict[str, list[str]] = {}
            # pg_catalog, not information_schema: its key views show only the tables the user owns.
            for table, column in self._raw.execute(
                    "SELECT c.relname, a.attname FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
                    "JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY(i.indkey) "
                    "WHERE i.indisprimary AND n.nspname = current_schema() "
                    "ORDER BY c.relname, array_position(i.indkey::int2[], a.attnum)").fetchall():
                keys.setdefault(table, []).append(column)
            self._keys = {table: tuple(columns) for table, columns in keys.items()}
        return self._keys

    def _fulltext_tables(self) -> dict[str, list[str]]:
        if self._fulltext is None:
            found = {}
            if META_TABLE in self.table_names():
                for key, value in self._raw.execute(
                        f"SELECT key, value FROM {META_TABLE} WHERE key LIKE 'fulltext:%%'").fetchall():
                    found[key.split(":", 1)[1]] = value.split(",")
            self._fulltext = found
        return self._fulltext

    def _translate(self, sql: str, params: list) -> tuple[str, list]:
        keys = tuple(sorted(self._primary_keys().items())) if re.search(r"\bOR\s+REPLACE\b", sql, re.I) else ()
        params = _clean(params)
        text = pg_dialect.statement(sql, keys, self._not_null())
        fulltext = self._fulltext_tables()
        if fulltext and ("MATCH" in text.upper() or "BM25" in text.upper()):
            text, params = self._match(text, params, fulltext)
        if text.startswith("INSERT") and " RETURNING " not in text:
            table = re.match(r"INSERT INTO (\w+)", text)
            if table and table[1] in self._id_tables():
                text += " RETURNING id"
        return text, params

    def _not_null(self) -> frozenset[str]:
        """The column names that are NOT NULL in every table having them (their order needs no NULLs' place)."""
        if self._never_null is None:
            self._never_null = frozenset(row[0] for row in self._raw.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                "GROUP BY column_name HAVING bool_and(is_nullable = 'NO')").fetchall())
        return self._never_null

    def _id_tables(self) -> set[str]:
        """The tables numbered by an ``id`` column, whose INSERT returns it (sqlite3's ``lastrowid``)."""
        if self._ids is None:
            self._ids = {table for table, key in self._primary_keys().items() if key == ("id",)}
        return self._ids

    def _remember_table_sql(self, sql: str) -> None:
        """Keep a table's SQLite definition as SQLite's own catalogue does (``sqlite_master.sql``): made by
        CREATE TABLE, grown by ALTER TABLE ... ADD COLUMN. The bundle code reads its CHECK lists."""
        created = re.match(r"\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)", sql, re.I)
        if created:
            self._set_meta(f"sql:{created[1]}", pg_dialect.without_rowid(sql.strip()))
            return
        added = re.match(r"\s*ALTER\s+TABLE\s+(\w+)\s+ADD\s+(?:COLUMN\s+)?(.+)$", sql, re.I | re.S)
        if added:
            row = self._raw.execute(f"SELECT value FROM {META_TABLE} WHERE key = %s", [f"sql:{added[1]}"]).fetchone()
            if row:
                self._set_meta(f"sql:{added[1]}", row[0].rstrip()[:-1].rstrip() + f",\n    {added[2].strip()}\n)")
            return
        dropped = re.match(r"\s*DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?(\w+)", sql, re.I)
        renamed = _ALTER_RENAME.match(sql)
        if dropped or renamed:
            old = dropped[1] if dropped else renamed["old"]
            row = self._raw.execute(f"DELETE FROM {META_TABLE} WHERE key = %s RETURNING value",
                                    [f"sql:{old}"]).fetchone()
            if renamed and row:
                self._set_meta(f"sql:{renamed['new']}", row[0])

    def _match(self, text: str, params: list, fulltext: dict[str, list[str]]) -> tuple[str, list]:
        """``t MATCH %s`` as ``t.tsv @@ %s::tsquery`` (the parameter read as a tsquery), and bm25(t, weights) as
        the negated rank (lower is better, as bm25), with the same query repeated as its own parameter."""
        slots = [m.start() for m in re.finditer(r"%s", text)]
        query_of: dict[str, str] = {}
        for found in _MATCH.finditer(text):
            index = slots.index(found.end() - 2)
            query_of[found["table"]] = params[index] = pg_fulltext.to_tsquery(params[index],
                                                                               fulltext[found["table"]])
        text = _MATCH.sub(lambda m: f"{m['table']}.tsv @@ %s::tsquery", text)
        if query_of:  # FTS5's hidden rank column: bm25 with equal weights
            text = re.sub(r"\bORDER BY rank\b", f"ORDER BY BM25({next(iter(query_of))})", text)
        out, new_params, at, param_at = [], [], 0, 0
        for found in _BM25.finditer(text):
            before = text[at:found.start()]
            count = before.count("%s")
            new_params += params[param_at:param_at + count]
            param_at += count
            weights = [float(w) for w in re.findall(r"[\d.]+", found["weights"])] or [1.0] * 4
            table = found["table"]
            out.append(before + f"(-ts_rank({pg_fulltext.rank_weights(weights)}, {table}.tsv, %s::tsquery))")
            new_params.append(query_of.get(table, "''"))
            at = found.end()
        out.append(text[at:])
        new_params += params[param_at:]
        return "".join(out), new_params

    def _special(self, sql: str, params: list) -> _Cursor | None:
        """Statements that are SQLite's own (PRAGMA, FTS5 tables and commands, triggers): done the team's way,
        or None for an ordinary statement."""
        head = sql.lstrip()[:24].upper()
        if head.startswith("PRAGMA"):
            return self._pragma(sql)
        if head.startswith("CREATE VIRTUAL"):
            table = pg_dialect.virtual_table(sql)
            if table is None:
                raise WorkstationError("team.unsupported", what=sql.strip()[:80])
            for statement in pg_dialect.full_text_ddl(table):
                self._run(statement, None)
            self._set_meta(f"fulltext:{table.name}", ",".join(table.columns))
            self._fulltext = None
            return _Cursor(None, None, -1, None)
        if head.startswith("CREATE TRIGGER"):
            for statement in pg_dialect.trigger(sql) or []:
                self._run(statement, None)
            return _Cursor(None, None, -1, None)
        if head.startswith("DROP TRIGGER"):
            name, if_exists = pg_dialect.dropped_trigger(sql)
            row = self._raw.execute("SELECT tgrelid::regclass::text FROM pg_trigger WHERE tgname = %s",
                                    [name]).fetchone()
            if row:
                self._run(f"DROP TRIGGER {name} ON {row[0]}", None)
                self._run(f"DROP FUNCTION IF EXISTS {name}_fn()", None)
            elif not if_exists:
                raise sqlite3.OperationalError(f"no such trigger: {name}")
            return _Cursor(None, None, -1, None)
        if head.startswith(("CREATE TABLE", "CREATE INDEX", "CREATE UNIQUE", "DROP TABLE", "ALTER TABLE")):
            self._keys = self._ids = self._never_null = None
            renamed = _ALTER_RENAME.match(sql)
            if renamed and renamed["old"] in self._fulltext_tables():
                self._run(sql, None)
                columns = self._fulltext_tables()[renamed["old"]]
                self._run(f"DELETE FROM {META_TABLE} WHERE key = %s", [f"fulltext:{renamed['old']}"])
                self._set_meta(f"fulltext:{renamed['new']}", ",".join(columns))
                self._fulltext = None
                return _Cursor(None, None, -1, None)
            text, params = self._translate(sql, params)
            result = self._run(text, params)
            self._remember_table_sql(sql)
            return result
        fulltext = self._fulltext_tables()
        if head.startswith("INSERT") and fulltext:
            found = _FTS_INSERT.match(sql)
            if found and found["table"] in fulltext:
                return self._index_row(found["table"], found["columns"], params, fulltext[found["table"]])
        return None

    def _index_row(self, table: str, columns_sql: str, params: list, fts_columns: list[str]) -> _Cursor:
        names = [c.strip() for c in columns_sql.split(",")]
        if names[0] == table:  # an FTS5 command: 'delete', 'integrity-check', 'optimize', ...
            command = params[0] if params else None
            if command == "delete" and "rowid" in names:
                self._run(f"DELETE FROM {table} WHERE rowid = %s", [params[names.index("rowid")]])
            return _Cursor(None, None, 0, None)
        values = dict(zip(names, params, strict=True))
        document = pg_fulltext.vector([values.get(column) for column in fts_columns])
        sql = (f"INSERT INTO {table} (rowid, tsv) VALUES (%s, %s::tsvector) "
               "ON CONFLICT (rowid) DO UPDATE SET tsv = excluded.tsv")
        if self.depth == 0:
            with self.atomic():
                return self._run(sql, [values["rowid"], document])
        return self._run(sql, [values["rowid"], document])

    def _pragma(self, sql: str) -> _Cursor:
        found = _PRAGMA.match(sql)
        if not found:
            raise WorkstationError("team.unsupported", what=sql.strip()[:80])
        name = found["name"].lower()
        if name == "user_version":
            if found["value"] is not None:
                self._set_meta("schema_version", str(int(found["value"])))
                return _Cursor(None, None, 1, None)
            return _Cursor([(self.schema_version(),)], [_Name("user_version")], 1, None)
        if name == "table_info":
            return self._table_info(found["arg"])
        # Page caches, journal modes, foreign keys (always on in PostgreSQL), busy timeouts: the server's own.
        return _Cursor([], None, 0, None)

    def _table_info(self, table: str) -> _Cursor:
        keys = self._primary_keys().get(table, ())
        rows = []
        for position, (name, kind, nullable, default) in enumerate(self._raw.execute(
                "SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = %s ORDER BY ordinal_position",
                [table]).fetchall()):
            declared = {"bigint": "INTEGER", "integer": "INTEGER", "smallint": "INTEGER", "double precision": "REAL",
                        "real": "REAL", "numeric": "REAL", "bytea": "BLOB"}.get(kind, "TEXT")
            pk = keys.index(name) + 1 if name in keys else 0
            # PostgreSQL writes a default with its type ('x'::text); SQLite's catalogue gives the literal ('x').
            literal = re.sub(r"::[a-z ]+$", "", default) if default is not None else None
            rows.append((position, name, declared, int(nullable == "NO"), literal, pk))
        names = [_Name(n) for n in ("cid", "name", "type", "notnull", "dflt_value", "pk")]
        return _Cursor(rows, names, len(rows), None)

    def _set_meta(self, key: str, value: str) -> None:
        self._run(f"CREATE TABLE IF NOT EXISTS {META_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)", None)
        self._run(f"INSERT INTO {META_TABLE} (key, value) VALUES (%s, %s) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])


class _Name:
    def __init__(self, name: str) -> None:
        self.name = name


# SQLite's own names that the domain code reads, as PostgreSQL objects of the team schema: julianday() over
# ISO 8601 text, round() of a double to some digits, and a sqlite_master listing tables (with the SQLite text
# that made them, where the migrations kept it), indexes and triggers.
COMPATIBILITY = [
    f"CREATE TABLE IF NOT EXISTS {META_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    # SQLite's NOCASE (sorting names regardless of case), here for every alphabet.
    "DO $$ BEGIN CREATE COLLATION nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false); "
    "EXCEPTION WHEN duplicate_object THEN NULL; END $$",
    "CREATE OR REPLACE FUNCTION julianday(moment TEXT) RETURNS DOUBLE PRECISION LANGUAGE sql STABLE AS "
    "$$ SELECT extract(epoch FROM moment::timestamptz) / 86400.0 + 2440587.5 $$",
    "CREATE OR REPLACE FUNCTION round(value DOUBLE PRECISION, digits INTEGER) RETURNS DOUBLE PRECISION "
    "LANGUAGE sql IMMUTABLE AS $$ SELECT round(value::numeric, digits)::double precision $$",
    # From pg_catalog, not information_schema: the domain code asks on every search (a tenth of a millisecond
    # here, a millisecond and more of planning there).
    f"""CREATE OR REPLACE VIEW sqlite_master AS
        SELECT 'table'::text AS type, c.relname::text AS name, c.relname::text AS tbl_name,
               (SELECT m.value FROM {META_TABLE} m WHERE m.key = 'sql:' || c.relname) AS sql
        FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
        UNION ALL
        SELECT 'index', i.relname::text, t.relname::text, NULL FROM pg_index x
        JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
        WHERE t.relnamespace = current_schema()::regnamespace
        UNION ALL
        SELECT 'trigger', g.tgname::text, t.relname::text, NULL FROM pg_trigger g JOIN pg_class t ON t.oid = g.tgrelid
        WHERE NOT g.tgisinternal AND t.relnamespace = current_schema()::regnamespace""",
]


def _notify_statements(tables: list[str]) -> list[str]:
    """After each committed statement on a watched table, one notification naming it (PostgreSQL delivers them at
    commit, once per distinct payload per transaction)."""
    out = ["CREATE OR REPLACE FUNCTION workstation_notify() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN "
           f"PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME); RETURN NULL; END $fn$"]
    for table in WATCHED:
        if table in tables:
            out += [f"DROP TRIGGER IF EXISTS {table}_notify ON {table}",
                    f"CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
                    "FOR EACH STATEMENT EXECUTE FUNCTION workstation_notify()"]
    return out


class ChangeListener:
    """Its own connection, listening for the tables colleagues change. ``wait(timeout_s)`` returns the names of
    the tables changed since the last call (empty when none within the time): the desktop's listener thread
    waits on it and refreshes the views those tables feed."""

    def __init__(self, url: str) -> None:
        self._conn = _connect(url)
        self._conn.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout_s: float) -> set[str]:
        changed = {note.payload for note in self._conn.notifies(timeout=timeout_s, stop_after=1)}
        changed |= {note.payload for note in self._conn.notifies(timeout=0.05)}  # the rest of that commit
        return changed

    def close(self) -> None:
        self._conn.close()


def connect_team(url: str, *, migrate: bool = True, read_only: bool | None = None) -> TeamDatabase:
    """Open the team workspace at ``url``; its owner (the administrator who ran ``db init-team``) brings the
    schema up to date, any other user finds it up to date or is told to ask the administrator."""
    db = TeamDatabase(url, read_only=bool(read_only))
    try:
        if read_only is None and not team_roles.may_write(db):
            db.read_only = True
        version = db.schema_version()
        if version > schema.LATEST:
            raise WorkstationError("db.too_new", path=db.path, found=version, known=schema.LATEST)
        if version < schema.LATEST:
            if not migrate or db.read_only or not db.owns_schema():
                raise TeamError("team.needs_init", url=db.path, found=version, known=schema.LATEST)
            with db.atomic():
                for statement in COMPATIBILITY:
                    db._run(statement, None)
            schema.migrate(db)
            with db.atomic():
                for statement in _notify_statements(db.table_names()):
                    db._run(statement, None)
            team_roles.grant(db)
    except BaseException:
        db.close()
        raise
    return db
