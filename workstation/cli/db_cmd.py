"""db check | backup | backups | restore"""

from __future__ import annotations

import argparse
from pathlib import Path

from workstation.cli import team_cmd
from workstation.cli.common import at_least, open_db, open_db_for_writing, print_json, say
from workstation.core.db import backup, integrity
from workstation.core.errors import WorkstationError
from workstation.core.items import compact as compact_core
from workstation.core.items import reindex as reindex_core
from workstation.core.locations import display_url, is_team_url, location
from workstation.core.paths import default_db_path


def register(sub: argparse._SubParsersAction) -> None:
    register_demo(sub)
    parser = sub.add_parser("db", help="workspace maintenance")
    cmds = parser.add_subparsers(dest="db_cmd", required=True, metavar="ACTION")
    check = cmds.add_parser("check", help="integrity check; exit 1 when the database is damaged")
    check.add_argument("--backup", metavar="PATH", help="check this backup instead (rebuilt into a temporary file "
                                                        "beside it and checked as a restore would)")
    check.set_defaults(func=cmd_check)
    save = cmds.add_parser("backup", help="back the workspace up into backups/ beside it (compressed; only the pages "
                                          "changed since the last backup when it can), or as a plain copy at PATH")
    save.add_argument("path", nargs="?", help="write a plain SQLite copy here instead")
    save.set_defaults(func=cmd_backup)
    lst = cmds.add_parser("backups", help="list the automatic and manual backups, newest first (kind: full, "
                                          "incremental on the named earlier one, or a plain copy)")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_backups)
    restore = cmds.add_parser("restore", help="replace the workspace with a checked backup (the current one is kept)")
    restore.add_argument("path")
    restore.set_defaults(func=cmd_restore)
    reindex = cmds.add_parser("reindex", help="after an upgrade: move item bodies and the search index to their "
                                              "compact form, then fill in the word forms of items indexed before "
                                              "them; safe to stop with Ctrl+C and run again")
    reindex.add_argument("--batch", type=at_least(1), default=200, metavar="N",
                         help="items per transaction to start with (adjusted to hold the lock about 0.1 s)")
    reindex.add_argument("--vacuum", action="store_true",
                         help="then give the space freed back to the disk (rewrites the workspace file: needs free "
                              "disk as large as the workspace and keeps other programs from writing meanwhile)")
    reindex.set_defaults(func=cmd_reindex)
    team_cmd.register_init(cmds)


def _db_path(args: argparse.Namespace) -> Path:
    """The workspace file the file-level commands (backups, restore, demo) work on; a team workspace lives on its
    server and is backed up there."""
    where = location(args.db) if args.db else default_db_path()
    if is_team_url(str(where)):
        raise WorkstationError("team.server_backup", url=display_url(str(where)))
    return where


def cmd_check(args: argparse.Namespace) -> int:
    if args.backup:
        problems = backup.check_backup(args.backup)
    else:
        problems = integrity.integrity_problems(open_db(args))
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
        print_json([{"path": str(b.path), "size": b.size, "created": b.created, "kind": b.kind, "base": b.base}
                    for b in rows])
    else:
        for b in rows:
            print(f"{b.created}\t{b.size}\t{b.kind}\t{b.path}")
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


def cmd_reindex(args: argparse.Namespace) -> int:
    db = open_db_for_writing(args)
    if compact_core.compact_needed(db):
        if _compact(db, args) != 0:
            return 1
    elif args.vacuum:
        db.execute("VACUUM")
    if not reindex_core.reindex_needed(db):
        say("word forms are up to date")
        return 0
    progress = _progress("reindex")

    try:
        result = reindex_core.reindex_forms(db, batch=args.batch, progress=progress)
    except KeyboardInterrupt:
        say(f"stopped; {reindex_core.items_left(db)} items left (run it again to go on)")
        return 1
    say(f"word forms filled in for {result.moved} items")
    return 0


def _progress(what: str):
    shown = [-1]

    def progress(done: int, total: int) -> None:
        percent = 100 * done // max(1, total)
        if percent != shown[0]:
            shown[0] = percent
            say(f"{what}: {done} of {total} items ({percent}%)")
    return progress


def _compact(db, args: argparse.Namespace) -> int:
    """Schema step 18's move of an existing workspace (core.items.compact), with its progress."""
    try:
        result = compact_core.compact(db, batch=args.batch, progress=_progress("compact"), vacuum=args.vacuum)
    except KeyboardInterrupt:
        say(f"stopped; {compact_core.items_left(db)} items left (run it again to go on)")
        return 1
    say(f"item bodies and search index moved to their compact form for {result.moved} items")
    return 0
