"""audit late"""

from __future__ import annotations

import argparse
import datetime as dt

from workstation.cli.common import at_least, open_db, print_json, say, shown_time
from workstation.core.db import audit


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("audit", help="the audit log")
    cmds = parser.add_subparsers(dest="audit_cmd", required=True, metavar="ACTION")
    late = cmds.add_parser("late", help="entries whose claimed time lies well before the moment they were recorded")
    late.add_argument("--hours", type=at_least(1), default=int(audit.LATE_AFTER.total_seconds() // 3600),
                      help="how much earlier counts as late (default %(default)s)")
    late.add_argument("--json", action="store_true")
    late.set_defaults(func=cmd_late)


def cmd_late(args: argparse.Namespace) -> int:
    rows = audit.late_entries(open_db(args), late_after=dt.timedelta(hours=args.hours))
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        print(f"{row['entity']} {row['entity_id']} {row['action']} by {row['analyst'] or '—'}: claimed "
            f"{shown_time(row['at'])}, recorded {shown_time(row['recorded_at'])} ({row['hours_late']:g} h later)")
    if not rows:
        say("no entry was entered late")
    return 0
