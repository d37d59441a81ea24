"""violations add | import | list | escalate | lift; notices send | due | resolve | text"""

from __future__ import annotations

import argparse
from pathlib import Path

from workstation.cli.common import add_analyst_option, iso_arg, open_db, print_json, say, shown_time
from workstation.core.analyst import default_analyst
from workstation.core.violations import notices, restriction
from workstation.core.violations import workflow as violations


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("violations", help="violations: offending addresses, status, escalation")
    cmds = parser.add_subparsers(dest="violations_cmd", required=True, metavar="ACTION")
    add = cmds.add_parser("add", help="record a violation (the address may be defanged)")
    add.add_argument("url")
    add.add_argument("--type", required=True, help="violation type by key or name (see tags list --kind "
                                                   "violation_type)")
    add.add_argument("--item", type=int, help="the stored item it came from (its content becomes evidence)")
    add.add_argument("--at", metavar="TIME", help="detection time (default: now)")
    add.add_argument("--target", default="", help="organisation the phishing imitates")
    add.add_argument("--json", action="store_true")
    add_analyst_option(add)
    add.set_defaults(func=cmd_add)

    imp = cmds.add_parser("import", help="bulk intake from a CSV or plain-text file of addresses")
    imp.add_argument("file")
    imp.add_argument("--type", required=True)
    imp.add_argument("--at", metavar="TIME")
    imp.add_argument("--json", action="store_true")
    add_analyst_option(imp)
    imp.set_defaults(func=cmd_import)

    lst = cmds.add_parser("list", help="violations, newest first; addresses defanged")
    lst.add_argument("--status", choices=violations.STATUSES)
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_list)

    esc = cmds.add_parser("escalate", help="request access restriction; with --order, record it as ordered")
    esc.add_argument("violation_id", type=int)
    esc.add_argument("--order", metavar="REF", help="order reference")
    esc.add_argument("--at", metavar="TIME")
    add_analyst_option(esc)
    esc.set_defaults(func=cmd_escalate)

    lift = cmds.add_parser("lift", help="record that the restriction was lifted")
    lift.add_argument("violation_id", type=int)
    lift.add_argument("--at", metavar="TIME")
    add_analyst_option(lift)
    lift.set_defaults(func=cmd_lift)

    close = cmds.add_parser("close", help="close a violation as unfounded")
    close.add_argument("violation_id", type=int)
    close.add_argument("--reason", required=True)
    add_analyst_option(close)
    close.set_defaults(func=cmd_close)

    nparser = sub.add_parser("notices", help="removal notices and their deadlines")
    ncmds = nparser.add_subparsers(dest="notices_cmd", required=True, metavar="ACTION")
    send = ncmds.add_parser("send", help="record a notice sent; its deadline follows from the legal basis")
    send.add_argument("violation_id", type=int)
    send.add_argument("--to", metavar="RECIPIENT", help="directory key or name (default: the platform's legal "
                                                       "representative, else the resource's administration)")
    send.add_argument("--method", default="email", choices=notices.METHODS)
    send.add_argument("--at", metavar="TIME")
    send.add_argument("--lang", default="ru", choices=("kk", "ru", "en"), help="language of the notice text")
    send.add_argument("--json", action="store_true")
    add_analyst_option(send)
    send.set_defaults(func=cmd_send)

    due = ncmds.add_parser("due", help="open notices with the time left, overdue first")
    due.add_argument("--json", action="store_true")
    due.set_defaults(func=cmd_due)

    resolve = ncmds.add_parser("resolve", help="record the outcome of a notice")
    resolve.add_argument("notice_id", type=int)
    group = resolve.add_mutually_exclusive_group(required=True)
    group.add_argument("--removed", action="store_true")
    group.add_argument("--not-removed", action="store_true")
    resolve.add_argument("--at", metavar="TIME")
    add_analyst_option(resolve)
    resolve.set_defaults(func=cmd_resolve)

    text = ncmds.add_parser("text", help="print a notice's text (or a draft for a violation with --violation)")
    which = text.add_mutually_exclusive_group(required=True)  # one or the other: argparse says so, exit 2
    which.add_argument("notice_id", type=int, nargs="?")
    which.add_argument("--violation", type=int)
    text.add_argument("--lang", default="ru", choices=("kk", "ru", "en"))
    text.set_defaults(func=cmd_text)


def cmd_add(args: argparse.Namespace) -> int:
    detected_at = iso_arg(args.at)
    row = violations.add_violation(open_db(args), args.url, violation_type=args.type, item_id=args.item,
                                   detected_at=detected_at, analyst=args.analyst or default_analyst(),
                                   target_organisation=args.target)
    if args.json:
        print_json(row)
    else:
        print(f"{row['id']}\t{row['url_defanged']}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    detected_at = iso_arg(args.at)
    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        text = path.read_bytes().decode("cp1251", errors="replace")
    result = violations.bulk_intake(open_db(args), text, violation_type=args.type,
                                    analyst=args.analyst or default_analyst(), detected_at=detected_at)
    if args.json:
        print_json({"created": result.created, "duplicates": result.duplicates, "invalid": result.invalid,
                    "by_domain": result.by_domain})
    say(f"{len(result.created)} violations created in {len(result.by_domain)} domains; "
        f"{len(result.duplicates)} duplicates not created again; {len(result.invalid)} lines not usable")
    for dup in result.duplicates[:20]:
        say(f"  duplicate of violation {dup['violation_id']}: {dup['url']}")
    for bad in result.invalid[:20]:
        say(f"  not an address: {bad}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    rows = violations.list_violations(open_db(args), status=args.status)
    if args.json:
        print_json(rows)
        return 0
    for v in rows:
        print(f"{v['id']}\t{v['status']}\t{shown_time(v['detected_at'])}\t{v['type'] or '-'}\t{v['url_defanged']}")
    return 0


def cmd_escalate(args: argparse.Namespace) -> int:
    at = iso_arg(args.at)
    row = restriction.escalate(open_db(args), args.violation_id, order_ref=args.order, at=at,
                               analyst=args.analyst or default_analyst())
    say(f"violation {row['id']} is now {row['status']}")
    return 0


def cmd_lift(args: argparse.Namespace) -> int:
    at = iso_arg(args.at)
    row = restriction.lift(open_db(args), args.violation_id, at=at, analyst=args.analyst or default_analyst())
    say(f"violation {row['id']} is now {row['status']}")
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    row = violations.set_status(open_db(args), args.violation_id, "unfounded", reason=args.reason,
                                analyst=args.analyst or default_analyst())
    say(f"violation {row['id']} closed as unfounded")
    return 0


def cmd_send(args: argparse.Namespace) -> int:
    sent_at = iso_arg(args.at)
    row = notices.send_notice(open_db(args), args.violation_id, to=args.to, method=args.method,
                              sent_at=sent_at, analyst=args.analyst or default_analyst(), lang=args.lang)
    if args.json:
        print_json(row)
    else:
        print(f"{row['id']}\tdeadline {shown_time(row['deadline_at'])}\t{row['recipient']}")
    return 0


def cmd_due(args: argparse.Namespace) -> int:
    rows = notices.due_notices(open_db(args))
    if args.json:
        print_json(rows)
        return 0
    for n in rows:
        left = "OVERDUE" if n["overdue"] else f"{n['seconds_left'] // 3600} h {n['seconds_left'] % 3600 // 60} min left"
        print(f"{n['id']}\t{left}\t{n['recipient']}\t{n['url_defanged']}")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    at = iso_arg(args.at)
    row = notices.resolve_notice(open_db(args), args.notice_id, removed=args.removed, at=at,
                                 analyst=args.analyst or default_analyst())
    say(f"notice {row['id']}: {row['outcome']}")
    return 0


def cmd_text(args: argparse.Namespace) -> int:
    db = open_db(args)
    if args.notice_id is not None:
        print(notices.get_notice(db, args.notice_id)["text"])
    else:
        print(notices.notice_text(db, args.violation, args.lang))
    return 0
