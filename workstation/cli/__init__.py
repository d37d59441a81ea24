"""The command line: ``workstation [--db PATH] COMMAND``. Other tools script against these names and JSON.

Exit codes (README): 0 done; 1 a failed operation (unknown id, refused change, unreadable or locked database,
bad query); 2 wrong or impossible arguments (argparse's own checks, ``type=`` converters and ``BadArgument``);
3 a fetch or import that partly failed. Every error is one line on stderr.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys

from workstation import APP_NAME, __version__
from workstation.cli import (
    audit_cmd,
    bundle_cmd,
    cases_cmd,
    db_cmd,
    items_cmd,
    keys_cmd,
    radar_cmd,
    settings_cmd,
    sources_cmd,
    stats_cmd,
    tags_cmd,
    team_cmd,
    violations_cmd,
)
from workstation.cli.common import use_command_zone
from workstation.core.errors import BadArgument, WorkstationError
from workstation.core.ingest.pool import leave_main_out_of_workers

EXIT_ERROR = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports a wrong argument in one line instead of a usage dump."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="workstation", description=f"{APP_NAME}: the headless commands.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--portable", action="store_true",
                        help="keep the workspace and settings in a data folder next to the program (USB stick)")
    parser.add_argument("--db", metavar="PATH",
                        help="workspace file (default: $WORKSTATION_DB or the user data folder)")
    parser.add_argument("--read-only", action="store_true",
                        help="open the workspace for reading only (also automatic when its file or folder cannot "
                             "be written): lists, search, statistics and reports work, changes are refused")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)
    for module in (sources_cmd, items_cmd, tags_cmd, cases_cmd, violations_cmd, stats_cmd, bundle_cmd, keys_cmd,
                   db_cmd, audit_cmd, settings_cmd, radar_cmd, team_cmd):
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    leave_main_out_of_workers()  # fetch and import read feeds in worker processes: they need no command line
    args = build_parser().parse_args(argv)
    if args.portable:
        os.environ["WORKSTATION_PORTABLE"] = "1"
    try:
        use_command_zone(args)
        return args.func(args)
    except BadArgument as exc:
        print(f"workstation: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except WorkstationError as exc:
        print(f"workstation: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except sqlite3.Error as exc:
        text = str(exc)
        hint = "the database is locked by another program; try again" if "locked" in text else text
        print(f"workstation: database error: {hint}", file=sys.stderr)
        return EXIT_ERROR
    except (ValueError, OSError) as exc:
        print(f"workstation: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("workstation: interrupted; what was stored before stays stored", file=sys.stderr)
        return 130
