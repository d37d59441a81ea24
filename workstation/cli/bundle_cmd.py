"""bundle export | import: exchanging work between a field laptop and headquarters"""

from __future__ import annotations

import argparse

from workstation.cli.common import open_db, period_args, print_json, say
from workstation.core.analyst import default_analyst
from workstation.core.exchange import bundle, merge


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("bundle", help="export or import a workspace bundle (one file)")
    cmds = parser.add_subparsers(dest="bundle_cmd", required=True, metavar="ACTION")
    export = cmds.add_parser("export", help="cases, violations, briefings of a period or a selection, with what "
                                            "they reference")
    export.add_argument("out", metavar="OUT")
    export.add_argument("--since", metavar="DATE", help="records detected on or after")
    export.add_argument("--until", metavar="DATE", help="records detected before the end of this day")
    export.add_argument("--case", type=int, action="append", dest="cases", metavar="ID")
    export.add_argument("--violation", type=int, action="append", dest="violations", metavar="ID")
    export.add_argument("--json", action="store_true")
    export.set_defaults(func=cmd_export)
    imp = cmds.add_parser("import", help="merge a bundle by UUID; a tampered bundle is refused")
    imp.add_argument("file")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(func=cmd_import)


def cmd_export(args: argparse.Namespace) -> int:
    since, until = period_args(args.since, args.until, first_name="--since", last_name="--until")
    selection = args.cases is not None or args.violations is not None
    counts = bundle.export_bundle(open_db(args), args.out, since=since, until=until,
                                  case_ids=(args.cases or []) if selection else None,
                                  violation_ids=(args.violations or []) if selection else None)
    if args.json:
        print_json(counts)
    say(f"wrote {args.out}: " + ", ".join(f"{n} {t}" for t, n in counts.items() if n))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    report = merge.import_bundle(open_db(args), args.file, analyst=default_analyst())
    if args.json:
        print_json({"added": report.added, "skipped": report.skipped, "conflicts": report.conflicts})
    say("added: " + (", ".join(f"{n} {t}" for t, n in report.added.items()) or "nothing") +
        f"; unchanged: {sum(report.skipped.values())}; conflicts resolved: {len(report.conflicts)}")
    for conflict in report.conflicts[:20]:
        say(f"  {conflict}")
    return 0
