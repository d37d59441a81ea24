"""db init-team URL | team add-user NAME --role ROLE: a unit's shared workspace on PostgreSQL (core/db/team.py)."""

from __future__ import annotations

import argparse
import getpass

from workstation.cli.common import say
from workstation.core.db import schema, team_roles
from workstation.core.errors import BadArgument, WorkstationError
from workstation.core.locations import is_team_url
from workstation.core.paths import default_db_path
from workstation.core.workspace import open_workspace


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("team", help="the users of a team workspace (PostgreSQL)")
    cmds = parser.add_subparsers(dest="team_cmd", required=True, metavar="ACTION")
    add = cmds.add_parser("add-user", help="make NAME a login of a role (analyst, supervisor, reader): prints the "
                                           "SQL, or runs it on --db with --run (as the workspace's administrator)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=team_roles.ROLES)
    add.add_argument("--ask-password", action="store_true",
                     help="set a password, typed twice without echo (never taken on the command line)")
    add.add_argument("--run", action="store_true", help="run the SQL on the team workspace given by --db")
    add.set_defaults(func=cmd_add_user)


def register_init(cmds: argparse._SubParsersAction) -> None:
    init = cmds.add_parser("init-team", help="create or upgrade a team workspace on PostgreSQL: the schema, the "
                                             "taxonomy and legal bases, and the roles analyst, supervisor, reader")
    init.add_argument("url", nargs="?", help="postgresql://ADMIN@HOST:PORT/DBNAME (default: --db)")
    init.set_defaults(func=cmd_init_team)


def _team_url(args: argparse.Namespace, given: str | None = None) -> str:
    url = given or args.db or str(default_db_path())
    if not is_team_url(url):
        raise BadArgument("team.only_team")
    return url


def cmd_init_team(args: argparse.Namespace) -> int:
    db = open_workspace(_team_url(args, args.url))
    try:
        team_roles.grant(db)
        say(f"team workspace ready: {db.path} (schema {schema.LATEST}); roles: {', '.join(team_roles.ROLES)}")
        say("add each person with: workstation --db URL team add-user NAME --role analyst --run")
    finally:
        db.close()
    return 0


def _password() -> str:
    first = getpass.getpass("password: ")
    if not first or first != getpass.getpass("again: "):
        raise WorkstationError("team.bad_user", name="(the two passwords differ or are empty)")
    return first


def cmd_add_user(args: argparse.Namespace) -> int:
    password = _password() if args.ask_password else None
    statements = team_roles.add_user_sql(args.name, args.role, password)
    if not args.run:
        for statement in statements:
            print(statement.replace(password, "********") if password else statement, end=";\n")
        return 0
    db = open_workspace(_team_url(args))
    try:
        with db.atomic():
            for statement in statements:
                db._run(statement, None)
    finally:
        db.close()
    say(f"{args.name} can now sign in as {args.role}")
    return 0
