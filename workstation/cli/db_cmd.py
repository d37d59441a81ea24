"""db check"""

from __future__ import annotations

import argparse

from workstation.cli.common import open_db, say
from workstation.core import store


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("db", help="workspace maintenance")
    cmds = parser.add_subparsers(dest="db_cmd", required=True, metavar="ACTION")
    check = cmds.add_parser("check", help="integrity check; exit 1 when the database is damaged")
    check.set_defaults(func=cmd_check)


def cmd_check(args: argparse.Namespace) -> int:
    db = open_db(args)
    problems = store.integrity_problems(db)
    if problems:
        for problem in problems[:50]:
            say(f"damaged: {problem}")
        return 1
    say("ok")
    return 0
