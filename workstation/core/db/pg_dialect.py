"""SQLite statements as PostgreSQL runs them, so a team workspace runs the same migrations and the same queries.

The domain code writes SQLite's SQL once. A team workspace (``team.py``) passes each statement through
``statement()`` before sending it: sqlglot parses it as SQLite and writes it as PostgreSQL, and the few things
SQLite allows that PostgreSQL does not are rewritten on the parsed tree here (an integer used as a condition,
``INSERT OR IGNORE/REPLACE``, an unqualified column in ``ON CONFLICT ... DO UPDATE``, ``LIMIT -1``, ``CROSS JOIN
... ON``, ``x'..'`` blobs, LIKE ignoring case). Schema statements that sqlglot does not carry over are written
here: an ``INTEGER PRIMARY KEY`` becomes an identity column (SQLite's rowid alias numbers rows by itself), a trigger
becomes a PL/pgSQL function and its trigger, and an FTS5 table becomes a table of ``tsvector`` with a GIN index
(``pg_fulltext.py`` turns MATCH into ``@@``).

Results are cached by statement text: most statements are constants, translated once per process.
"""

from __future__ import annotations

import functools
import re

import sqlglot
from sqlglot import exp

from workstation.core.errors import WorkstationError

# SQLite's integer flags (read, enabled, alert) stand as conditions: "WHERE enabled AND NOT read".
_CONDITION_PARENTS = (exp.Where, exp.Having, exp.And, exp.Or, exp.Not, exp.If)
_ARITHMETIC = (exp.AggFunc, exp.Add, exp.Sub, exp.Mul, exp.Div, exp.Mod, exp.Coalesce)

_TRIGGER = re.compile(
    r"^\s*CREATE\s+TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?(?P<name>\w+)\s+(?P<when>BEFORE|AFTER)\s+"
    r"(?P<event>INSERT|DELETE|UPDATE(?:\s+OF\s+[\w\s,]+?)?)\s+ON\s+(?P<table>\w+)"
    r"(?:\s+FOR\s+EACH\s+ROW)?(?:\s+WHEN\s+(?P<condition>.+?))?\s+BEGIN\s+(?P<body>.+)\s+END\s*;?\s*$",
    re.IGNORECASE | re.DOTALL)
_RAISE = re.compile(r"^\s*SELECT\s+RAISE\s*\(\s*ABORT\s*,\s*'(?P<message>(?:[^']|'')*)'\s*\)\s*$", re.IGNORECASE)
_VIRTUAL = re.compile(r"^\s*CREATE\s+VIRTUAL\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?P<name>\w+)\s+USING\s+fts5\s*"
                      r"\((?P<args>.*)\)\s*$", re.IGNORECASE | re.DOTALL)
_DROP_TRIGGER = re.compile(r"^\s*DROP\s+TRIGGER\s+(?P<exists>IF\s+EXISTS\s+)?(?P<name>\w+)\s*;?\s*$", re.IGNORECASE)
_WITHOUT_ROWID = re.compile(r"\)\s*WITHOUT\s+ROWID\s*$", re.IGNORECASE)
_CREATE_TABLE = re.compile(r"^\s*CREATE\s+TABLE\b", re.IGNORECASE)


class FullTextTable:
    """An FTS5 table as created on PostgreSQL: its name and its columns in order (pg_fulltext tags a, b, c, d)."""

    def __init__(self, name: str, columns: list[str]) -> None:
        self.name, self.columns = name, columns


def virtual_table(sql: str) -> FullTextTable | None:
    """The FTS5 table a ``CREATE VIRTUAL TABLE ... USING fts5(...)`` statement makes, or None for others."""
    found = _VIRTUAL.match(sql)
    if not found:
        return None
    columns = [part.strip() for part in found["args"].split(",") if "=" not in part and part.strip()]
    if len(columns) > 4:
        raise WorkstationError("team.unsupported", what=f"a full-text table of {len(columns)} columns")
    return FullTextTable(found["name"], columns)


def full_text_ddl(table: FullTextTable) -> list[str]:
    """The table of document vectors standing for an FTS5 table: one row per indexed row, no stored text.

    Its statistics keep the 10,000 commonest words (PostgreSQL's default keeps about a thousand): with fewer,
    every word outside them is guessed as common as the last one kept, and a search for a rare word walks the
    whole table newest first, testing each row, instead of asking the index (measured: 160 ms instead of 1 ms at
    50,000 items)."""
    return [f"CREATE TABLE {table.name} (rowid BIGINT PRIMARY KEY, tsv TSVECTOR NOT NULL)",
            f"ALTER TABLE {table.name} ALTER COLUMN tsv SET STATISTICS 10000",
            f"CREATE INDEX {table.name}_tsv ON {table.name} USING GIN (tsv)"]


def dropped_trigger(sql: str) -> tuple[str, bool] | None:
    """(name, if_exists) of a ``DROP TRIGGER`` (PostgreSQL needs the table too: the caller looks it up)."""
    found = _DROP_TRIGGER.match(sql)
    return (found["name"], bool(found["exists"])) if found else None


def trigger(sql: str) -> list[str] | None:
    """A SQLite trigger as a PL/pgSQL function and the trigger calling it; None when ``sql`` is not a trigger.

    ``SELECT RAISE(ABORT, 'message')`` becomes an exception of class 23 (integrity constraint), which the team
    connection raises as the same IntegrityError SQLite's abort raises."""
    found = _TRIGGER.match(sql)
    if not found:
        return None
    name, table, when = found["name"], found["table"], found["when"].upper()
    event = re.sub(r"\s+", " ", found["event"].strip()).upper()
    lines = []
    for part in split_statements(found["body"]):
        raised = _RAISE.match(part)
        if raised:
            lines.append(f"RAISE EXCEPTION USING ERRCODE = '23000', MESSAGE = '{raised['message']}';")
        else:
            lines.append(statement(part) + ";")
    body = "\n".join(lines)
    if found["condition"]:
        body = f"IF {condition(found['condition'])} THEN\n{body}\nEND IF;"
    returned = "NULL" if when == "AFTER" else ("OLD" if event == "DELETE" else "NEW")
    return [
        f"CREATE OR REPLACE FUNCTION {name}_fn() RETURNS trigger LANGUAGE plpgsql AS $fn$\nBEGIN\n{body}\n"
        f"RETURN {returned};\nEND\n$fn$",
        f"CREATE TRIGGER {name} {when} {event} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}_fn()",
    ]


def split_statements(body: str) -> list[str]:
    """The statements of a trigger body, split at semicolons outside quotes."""
    parts, current, quoted = [], [], False
    for char in body:
        if char == "'":
            quoted = not quoted
        if char == ";" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [part.strip() for part in parts if part.strip()]


def without_rowid(sql: str) -> str:
    """A CREATE TABLE without SQLite's WITHOUT ROWID (every PostgreSQL table is organised by its key alike)."""
    return _WITHOUT_ROWID.sub(")", sql.rstrip().rstrip(";"))


def condition(sql: str) -> str:
    """A SQLite boolean expression (a trigger's WHEN) as PostgreSQL's."""
    select = sqlglot.parse_one(f"SELECT 1 WHERE {sql}", read="sqlite")
    return _fix(select).args["where"].this.sql(dialect="postgres")


@functools.lru_cache(maxsize=8192)
def statement(sql: str, keys: tuple[tuple[str, tuple[str, ...]], ...] = (),
              not_null: frozenset[str] = frozenset()) -> str:
    """One SQLite statement as PostgreSQL's, ``?`` as ``%s``. ``keys`` gives each table's primary key columns,
    needed for ``INSERT OR REPLACE``; ``not_null`` the columns that hold no NULL in any table (see
    ``_plain_order_for_not_null``)."""
    if _CREATE_TABLE.match(sql):
        sql = without_rowid(sql)
    try:
        tree = sqlglot.parse_one(sql, read="sqlite")
    except sqlglot.errors.ParseError as exc:
        raise WorkstationError("team.unsupported", what=f"{sql.strip()[:80]}… ({exc})") from exc
    tree = _fix(tree, dict(keys))
    _plain_order_for_not_null(tree, not_null | {"rowid", "id"})
    return _percent_safe(tree.sql(dialect="postgres"))


def _plain_order_for_not_null(tree: exp.Expression, not_null: frozenset[str] | set[str]) -> None:
    """sqlglot keeps SQLite's place for NULLs in an order (first when ascending, last when descending), which
    PostgreSQL's indexes give only scanned forward: ``ORDER BY id DESC NULLS LAST`` would sort every match instead
    of reading the primary key backwards. A column that never holds NULL sorts alike either way, so its order is
    left to PostgreSQL's own default."""
    for ordered in tree.find_all(exp.Ordered):
        if isinstance(ordered.this, exp.Column) and ordered.this.name in not_null:
            ordered.set("nulls_first", bool(ordered.args.get("desc")))


def _fix(tree: exp.Expression, keys: dict[str, tuple[str, ...]] | None = None) -> exp.Expression:
    if isinstance(tree, exp.Create) and tree.kind == "TABLE" or isinstance(tree, exp.Alter):
        _identity_keys(tree)  # a column added later is a BIGINT too
    if isinstance(tree, exp.Insert):
        _insert_conflicts(tree, keys or {})
    for value in list(tree.find_all(exp.Column, exp.Literal)):
        if isinstance(value.parent, _CONDITION_PARENTS) and value.arg_key == "this" \
                or isinstance(value.parent, exp.And | exp.Or) and value.arg_key == "expression":
            if isinstance(value, exp.Literal) and value.is_string:
                continue
            value.replace(exp.NEQ(this=value.copy(), expression=exp.Literal.number(0)))
    for predicate in list(tree.find_all(exp.Predicate, exp.Connector, exp.Not)):
        parent = predicate.parent
        while isinstance(parent, exp.Paren):
            parent = parent.parent
        if isinstance(parent, _ARITHMETIC):  # SQLite's 1/0 truth values are added and summed
            predicate.replace(exp.cast(predicate.copy(), "INT"))
    for number, subquery in enumerate(tree.find_all(exp.Subquery)):
        if not subquery.alias and isinstance(subquery.parent, exp.From | exp.Join):
            subquery.set("alias", exp.TableAlias(this=exp.to_identifier(f"_q{number}")))
    for join in tree.find_all(exp.Join):
        if (join.args.get("kind") or "").upper() == "CROSS" and join.args.get("on") is not None:
            join.set("kind", None)  # SQLite's CROSS JOIN ... ON: an inner join whose order the planner keeps
    for like in list(tree.find_all(exp.Like)):  # SQLite's LIKE ignores the case of letters
        like.replace(exp.ILike(**like.copy().args))  # NOT LIKE included (its negate argument)
    for blob in list(tree.find_all(exp.HexString)):
        blob.replace(exp.cast(exp.Literal.string("\\x" + blob.this), "BYTEA"))  # x'00ff': a BLOB literal
    for limit in list(tree.find_all(exp.Limit)):
        if isinstance(limit.expression, exp.Neg):
            limit.pop()  # SQLite's LIMIT -1: no limit (an OFFSET may follow)
    for ordered in list(tree.find_all(exp.Ordered)):
        if isinstance(ordered.parent, exp.OnConflict):
            ordered.replace(ordered.this.copy())
    return tree


def _identity_keys(create: exp.Create | exp.Alter) -> None:
    """``id INTEGER PRIMARY KEY`` numbers rows by itself in SQLite; in PostgreSQL that is an identity column.
    Every other INTEGER is a BIGINT (ids and counts outgrow 32 bits)."""
    for column in create.find_all(exp.ColumnDef):
        kind = column.args.get("kind")
        if kind is None or kind.this not in (exp.DataType.Type.INT, exp.DataType.Type.BIGINT):
            continue
        column.set("kind", exp.DataType.build("BIGINT"))
        constraints = column.args.get("constraints") or []
        if any(isinstance(c.kind, exp.PrimaryKeyColumnConstraint) for c in constraints):
            constraints.insert(0, exp.ColumnConstraint(
                kind=exp.GeneratedAsIdentityColumnConstraint(this=False)))
            column.set("constraints", constraints)


def _insert_conflicts(insert: exp.Insert, keys: dict[str, tuple[str, ...]]) -> None:
    alternative = (insert.args.get("alternative") or "").upper()
    table = insert.this.this if isinstance(insert.this, exp.Schema) else insert.this
    name = table.name
    if alternative == "IGNORE":
        insert.set("alternative", None)
        insert.set("conflict", exp.OnConflict(action=exp.var("DO NOTHING")))
    elif alternative == "REPLACE":
        insert.set("alternative", None)
        columns = [c.name for c in insert.this.expressions] if isinstance(insert.this, exp.Schema) else []
        key = keys.get(name)
        if not key or not columns:
            raise WorkstationError("team.unsupported", what=f"INSERT OR REPLACE into {name}")
        updates = [exp.EQ(this=exp.column(c), expression=exp.column(c, table="excluded"))
                   for c in columns if c not in key]
        insert.set("conflict", exp.OnConflict(
            conflict_keys=[exp.to_identifier(k) for k in key],
            action=exp.var("DO UPDATE") if updates else exp.var("DO NOTHING"),
            expressions=updates))
    conflict = insert.args.get("conflict")
    if conflict is not None:
        # In PostgreSQL a bare column on the right of DO UPDATE SET, or in its WHERE, is ambiguous (the row or
        # EXCLUDED); the targets on the left stay bare.
        values = [assignment.expression for assignment in conflict.expressions or []]
        if conflict.args.get("where") is not None:
            values.append(conflict.args["where"].this)
        for value in values:
            for column in [value] if isinstance(value, exp.Column) else list(value.find_all(exp.Column)):
                if not column.table:
                    column.set("table", exp.to_identifier(name))


_PLACEHOLDER_OR_QUOTE = re.compile(r"'(?:[^']|'')*'|%s|%")


def _percent_safe(sql: str) -> str:
    """Escape every ``%`` that is not a placeholder, for psycopg's ``%s`` parameters."""
    return _PLACEHOLDER_OR_QUOTE.sub(
        lambda m: m[0].replace("%", "%%") if m[0].startswith("'") else ("%s" if m[0] == "%s" else "%%"), sql)
