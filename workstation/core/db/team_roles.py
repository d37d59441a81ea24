"""Who may do what in a team workspace, as PostgreSQL roles and GRANTs (the server enforces them, not the app).

- ``reader`` (headquarters): reads everything, changes nothing: figures and reports.
- ``analyst``: records and decides: items, tags, cases, refutations, violations, notices, evidence; fetches
  (which updates a source's fetch state) but does not add, edit or remove sources, legal bases or platforms'
  representatives, nor the trusted keys of bundles.
- ``supervisor``: everything an analyst does, and manages sources, legal bases, representatives and keys; reopens
  a refuted or dismissed case and a violation closed as unfounded, and resolves merge conflicts (row triggers:
  the server refuses these to anyone else, ``SUPERVISED_CHANGES``).

Each person logs in as a PostgreSQL user of their own that is a member of one of these roles
(``workstation team add-user``), so the audit log names who did what from the server's own account.
"""

from __future__ import annotations

import re

from workstation.core.errors import WorkstationError

ROLES = ("reader", "analyst", "supervisor")
# Tables only a supervisor changes.
SUPERVISED = ("sources", "legal_bases", "platform_contacts", "trusted_keys", "team_meta")
# The columns of a source that fetching writes (an analyst's fetch updates them; the rest is the supervisor's):
# the fetch state, and what a feed itself tells (its title for a source still under its default name, the new
# address after a permanent redirect).
FETCH_STATE = ("etag", "last_modified", "last_fetch_at", "last_ok_at", "error_count", "last_error",
               "last_error_key", "last_error_params", "retry_after", "body_sha256", "site_url", "name", "url",
               "last_warning")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]{0,62}$")


def _quote(name: str) -> str:
    if not _NAME.match(name):
        raise WorkstationError("team.bad_user", name=name)
    return '"' + name.replace('"', '""') + '"'


def may_write(db) -> bool:
    """Whether the logged-in user can change records (owner, analyst or supervisor), not only read them."""
    return db.owns_schema() or db.has_role("analyst") or db.has_role("supervisor")


def role_statements() -> list[str]:
    """The three group roles (no login of their own); a supervisor has every right of an analyst."""
    out = []
    for role in ROLES:
        out.append(f"DO $$ BEGIN CREATE ROLE {role} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    out.append("GRANT analyst TO supervisor")
    return out


def grant_statements(tables: list[str]) -> list[str]:
    """GRANTs for the workspace's tables as they are now (run again after every migration)."""
    records = [t for t in tables if t not in SUPERVISED]
    out = ["GRANT USAGE ON SCHEMA public TO reader, analyst, supervisor",
           "GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader, analyst, supervisor",
           "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO analyst, supervisor"]
    if records:
        out.append(f"GRANT INSERT, UPDATE, DELETE ON {', '.join(records)} TO analyst")
    supervised = [t for t in SUPERVISED if t in tables]
    if supervised:
        out.append(f"REVOKE INSERT, UPDATE, DELETE ON {', '.join(supervised)} FROM analyst")
        out.append(f"GRANT INSERT, UPDATE, DELETE ON {', '.join(supervised)} TO supervisor")
    if "sources" in tables:
        out.append(f"GRANT UPDATE ({', '.join(FETCH_STATE)}) ON sources TO analyst")
    return out


# What only a supervisor (or the workspace's owner) may do to a row, refused by the server whatever program asks:
# (trigger, table, columns, condition, message).
SUPERVISED_CHANGES = (
    ("cases_reopened_by_supervisor", "cases", "status",
     "old.status IN ('refuted', 'dismissed') AND new.status NOT IN ('refuted', 'dismissed')",
     "only a supervisor reopens a refuted or dismissed case"),
    ("violations_reopened_by_supervisor", "violations", "status",
     "old.status = 'unfounded' AND new.status <> 'unfounded'",
     "only a supervisor reopens a violation closed as unfounded"),
    ("merge_conflicts_resolved_by_supervisor", "merge_conflicts", "resolved_at",
     "old.resolved_at IS NULL AND new.resolved_at IS NOT NULL",
     "only a supervisor resolves a merge conflict"),
)


def supervised_change_statements(tables: list[str]) -> list[str]:
    """Row triggers refusing SUPERVISED_CHANGES to anyone but a supervisor or the owner (SQLSTATE 42501, which a
    team connection reports as "not allowed")."""
    out = ["CREATE OR REPLACE FUNCTION workstation_supervisor_only() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN "
           "IF pg_has_role(current_user, 'supervisor', 'member') OR pg_has_role(current_user, "
           "(SELECT nspowner FROM pg_namespace WHERE nspname = current_schema()), 'member') THEN RETURN NEW; END IF; "
           "RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = TG_ARGV[0]; END $fn$"]
    for name, table, columns, condition, message in SUPERVISED_CHANGES:
        if table in tables:
            out += [f"DROP TRIGGER IF EXISTS {name} ON {table}",
                    f"CREATE TRIGGER {name} BEFORE UPDATE OF {columns} ON {table} FOR EACH ROW WHEN ({condition}) "
                    f"EXECUTE FUNCTION workstation_supervisor_only('{message}')"]
    return out


def grant(db) -> None:
    """Create the roles if needed, grant them this workspace's tables and keep the supervisors' changes theirs (the
    owner runs this after every migration)."""
    tables = db.table_names()
    with db.atomic():
        for statement in role_statements() + grant_statements(tables) + supervised_change_statements(tables):
            db._run(statement, None)


def add_user_sql(name: str, role: str, password: str | None = None) -> list[str]:
    """The SQL that makes ``name`` a login of ``role``; without a password the user signs in as the server's
    administrator configured (certificates, peer, or a password set later with ALTER ROLE)."""
    if role not in ROLES:
        raise WorkstationError("team.bad_role", role=role, roles=", ".join(ROLES))
    user = _quote(name)
    secret = "" if password is None else " PASSWORD '" + password.replace("'", "''") + "'"
    return [f"DO $$ BEGIN CREATE ROLE {user} LOGIN{secret}; EXCEPTION WHEN duplicate_object THEN NULL; END $$",
            f"GRANT {role} TO {user}"]
