"""bundle export | import | conflicts | resolve: exchanging work between a field laptop and headquarters"""

from __future__ import annotations

import argparse

from workstation.cli.common import add_analyst_option, open_db, period_args, print_json, say, shown_time
from workstation.core.analyst import default_analyst
from workstation.core.exchange import bundle, conflicts, keys, merge


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("bundle", help="export, import or reconcile workspace bundles (one signed file)")
    cmds = parser.add_subparsers(dest="bundle_cmd", required=True, metavar="ACTION")
    export = cmds.add_parser("export", help="cases, violations, briefings of a period or a selection, with what "
                                            "they reference, signed with this workspace's key")
    export.add_argument("out", metavar="OUT")
    export.add_argument("--since", metavar="DATE", help="records detected on or after")
    export.add_argument("--until", metavar="DATE", help="records detected before the end of this day")
    export.add_argument("--case", type=int, action="append", dest="cases", metavar="ID")
    export.add_argument("--violation", type=int, action="append", dest="violations", metavar="ID")
    export.add_argument("--json", action="store_true")
    export.set_defaults(func=cmd_export)
    imp = cmds.add_parser("import", help="verify the signature and every row, then merge by UUID and by the "
                                         "workflow; an altered or malformed bundle is refused whole")
    imp.add_argument("file")
    imp.add_argument("--trust", action="store_true",
                     help="trust the signer's key if this workspace does not know it yet (check its fingerprint "
                          "with the sender first)")
    add_analyst_option(imp)
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(func=cmd_import)
    listing = cmds.add_parser("conflicts", help="edits a bundle could not merge, kept for an analyst")
    listing.add_argument("--all", action="store_true", help="resolved conflicts too")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=cmd_conflicts)
    resolve = cmds.add_parser("resolve", help="settle a conflict: keep our version or theirs")
    resolve.add_argument("id", type=int, metavar="ID")
    resolve.add_argument("--keep", required=True, choices=("ours", "theirs"))
    add_analyst_option(resolve)
    resolve.add_argument("--json", action="store_true")
    resolve.set_defaults(func=cmd_resolve)


def cmd_export(args: argparse.Namespace) -> int:
    since, until = period_args(args.since, args.until, first_name="--since", last_name="--until")
    selection = args.cases is not None or args.violations is not None
    db = open_db(args)
    counts = bundle.export_bundle(db, args.out, since=since, until=until,
                                  case_ids=(args.cases or []) if selection else None,
                                  violation_ids=(args.violations or []) if selection else None,
                                  analyst=default_analyst())
    fingerprint = keys.own_key(db).fingerprint
    if args.json:
        print_json({"counts": counts, "fingerprint": fingerprint})
    say(f"wrote {args.out}: " + (", ".join(f"{n} {t}" for t, n in counts.items() if n) or "nothing"))
    say(f"signed with this workspace's key {fingerprint}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    report = merge.import_bundle(open_db(args), args.file, analyst=args.analyst or default_analyst(),
                                 trust=args.trust)
    if args.json:
        print_json(report.as_json())
    signer = report.signer
    say(f"signed by {signer['name']} ({signer['fingerprint']})" +
        ("; this key is now trusted" if signer["trusted_now"] else ""))
    say("added: " + (", ".join(f"{n} {t}" for t, n in report.added.items()) or "nothing") +
        f"; unchanged: {sum(report.skipped.values())}; changes applied: {len(report.applied)}"
        f"; conflicts kept for an analyst: {len(report.conflicts)}")
    for change in report.applied[:20]:
        say(f"  applied: {change}")
    for conflict in report.conflicts[:20]:
        say(f"  conflict {conflict['id']}: {conflict['entity']} {conflict['uuid']} ({conflict['reason']}"
            + (f": {conflict['detail']}" if conflict["detail"] else "") + ")")
    if report.conflicts:
        say("  see `workstation bundle conflicts`; settle each with `workstation bundle resolve ID --keep "
            "ours|theirs`")
    for url in report.held:
        say(f"  source held disabled (a local address): {url}")
    return 0


def _differing(conflict: dict) -> str:
    ours, theirs = conflict["ours"], conflict["theirs"]
    return ", ".join(f"{name}: {ours.get(name)!r} | {theirs.get(name)!r}" for name in theirs
                     if ours.get(name) != theirs.get(name))


def cmd_conflicts(args: argparse.Namespace) -> int:
    rows = conflicts.list_conflicts(open_db(args), include_resolved=args.all)
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        state = f"kept {row['resolution']}" if row["resolved_at"] else "open"
        print(f"{row['id']}\t{row['entity']} {row['entity_uuid']}\t{row['reason']}\t{state}\t"
              f"{shown_time(row['created_at'])}\tours | theirs: {_differing(row)}"
              + (f"\t{row['detail']}" if row["detail"] else ""))
    if not rows:
        say("no open conflicts" if not args.all else "no conflicts")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    row = conflicts.resolve(open_db(args), args.id, args.keep, analyst=args.analyst or default_analyst())
    if args.json:
        print_json(row)
    say(f"conflict {row['id']}: kept {row['resolution']} for {row['entity']} {row['entity_uuid']}")
    return 0
