"""db check | backup | backups | restore"""

from __future__ import annotations

import argparse
from pathlib import Path

from workstation.cli.common import open_db, print_json, say
from workstation.core.db import backup, integrity
from workstation.core.paths import default_db_path


def register(sub: argparse._SubParsersAction) -> None:
    register_demo(sub)
    parser = sub.add_parser("db", help="workspace maintenance")
    cmds = parser.add_subparsers(dest="db_cmd", required=True, metavar="ACTION")
    check = cmds.add_parser("check", help="integrity check; exit 1 when the database is damaged")
    check.set_defaults(func=cmd_check)
    save = cmds.add_parser("backup", help="write a consistent copy (default: into backups/ beside the workspace)")
    save.add_argument("path", nargs="?", help="where to write it")
    save.set_defaults(func=cmd_backup)
    lst = cmds.add_parser("backups", help="list the automatic and manual backups, newest first")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_backups)
    restore = cmds.add_parser("restore", help="replace the workspace with a checked backup (the current one is kept)")
    restore.add_argument("path")
    restore.set_defaults(func=cmd_restore)


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else default_db_path()


def cmd_check(args: argparse.Namespace) -> int:
    db = open_db(args)
    problems = integrity.integrity_problems(db)
    if problems:
        for problem in problems[:50]:
            say(f"damaged: {problem}")
        return 1
    say("ok")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    path = backup.backup(_db_path(args), args.path)
    say(f"backup written: {path}")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    rows = backup.list_backups(_db_path(args))
    if args.json:
        print_json([{"path": str(b.path), "size": b.size, "created": b.created} for b in rows])
    else:
        for b in rows:
            print(f"{b.created}\t{b.size}\t{b.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    kept = backup.restore(args.path, _db_path(args))
    say(f"restored from {args.path}; the previous workspace is kept as {kept}")
    return 0


def register_demo(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser("demo", help="build the demo workspace (fictional items, cases, violations) at --db")
    demo.set_defaults(func=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    from workstation.core.workspace.demo import build_demo

    path = build_demo(_db_path(args))
    say(f"demo workspace ready: {path}")
    return 0
