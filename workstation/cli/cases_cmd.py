"""cases new | import | add-item | edit | status | list | show | similar | clocks | export-claimreview;
refutations add | feed"""

from __future__ import annotations

import argparse
from pathlib import Path

from workstation.cli.common import (
    add_analyst_option,
    at_least,
    iso_arg,
    open_db,
    open_db_for_writing,
    print_json,
    say,
    shown_time,
)
from workstation.core.analyst import default_analyst
from workstation.core.cases import claimreview, golden_hour, import_csv, refutation_feed
from workstation.core.cases import workflow as cases
from workstation.core.items import similar


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("cases", help="fake cases: claims, their copies, status, refutations")
    cmds = parser.add_subparsers(dest="cases_cmd", required=True, metavar="ACTION")
    new = cmds.add_parser("new", help="open a case")
    new.add_argument("--title", required=True)
    new.add_argument("--category", help="a fake category by key or name (see tags list --kind fake_category)")
    new.add_argument("--claim", default="", help="the false claim in a sentence")
    new.add_argument("--item", type=int, action="append", default=[], dest="items", metavar="ID")
    new.add_argument("--resonant", action="store_true", help="start the golden-hour clock")
    new.add_argument("--at", metavar="TIME", help="detection time (default: now)")
    new.add_argument("--json", action="store_true")
    add_analyst_option(new)
    new.set_defaults(func=cmd_new)

    imp = cmds.add_parser("import", help="past cases and their refutations from a CSV (title, category, "
                          "detected_at, refuted_at, channel, url; optional claim, state_body, publisher, status), "
                          "each row with its own times")
    imp.add_argument("file", metavar="FILE.csv")
    imp.add_argument("--json", action="store_true")
    add_analyst_option(imp)
    imp.set_defaults(func=cmd_import)

    add = cmds.add_parser("add-item", help="attach items (their content is preserved as evidence)")
    add.add_argument("case_id", type=int)
    add.add_argument("items", type=int, nargs="+", metavar="ITEM_ID")
    add.add_argument("--role", choices=cases.ITEM_ROLES,
                     help="what the items are to the case (default appearance: a copy of the fake); given for "
                          "items already attached, it changes their role")
    add_analyst_option(add)
    add.set_defaults(func=cmd_add_item)

    edit = cmds.add_parser("edit", help="change a case's title, claim, category or state body")
    edit.add_argument("case_id", type=int)
    edit.add_argument("--title")
    edit.add_argument("--claim")
    edit.add_argument("--category")
    edit.add_argument("--state-body", metavar="BODY", help="the state body the case concerns ('' to clear)")
    _add_if_version(edit)
    add_analyst_option(edit)
    edit.set_defaults(func=cmd_edit)

    status = cmds.add_parser("status", help="move a case: " + ", ".join(cases.STATUSES))
    status.add_argument("case_id", type=int)
    status.add_argument("status", choices=cases.STATUSES)
    status.add_argument("--reason", default="", help="required to dismiss")
    status.add_argument("--at", metavar="TIME")
    _add_if_version(status)
    add_analyst_option(status)
    status.set_defaults(func=cmd_status)

    lst = cmds.add_parser("list", help="cases, newest detection first")
    lst.add_argument("--status", choices=cases.STATUSES)
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_list)

    show = cmds.add_parser("show", help="a case with its items, refutations, evidence check and history")
    show.add_argument("case_id", type=int)
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_show)

    sim = cmds.add_parser("similar", help="stored items that repeat the case's claim")
    sim.add_argument("case_id", type=int)
    sim.add_argument("--limit", type=at_least(1), default=20, metavar="N")
    sim.add_argument("--json", action="store_true")
    sim.set_defaults(func=cmd_similar)

    clocks = cmds.add_parser("clocks", help="golden-hour clocks of resonant cases still waiting for a response")
    clocks.add_argument("--json", action="store_true")
    clocks.set_defaults(func=cmd_clocks)

    export = cmds.add_parser("export-claimreview", help="refuted cases as schema.org ClaimReview JSON-LD")
    export.add_argument("out", metavar="OUT.json")
    export.add_argument("--since", metavar="DATE", help="refutations published on or after")
    export.add_argument("--organisation", default="", help="author organisation (default: the refutation's body)")
    export.set_defaults(func=cmd_export)

    ref = sub.add_parser("refutations", help="official refutations and statements")
    ref_cmds = ref.add_subparsers(dest="refutations_cmd", required=True, metavar="ACTION")
    radd = ref_cmds.add_parser("add", help="record a refutation (or --statement) for a case")
    radd.add_argument("case_id", type=int)
    radd.add_argument("--channel", required=True, choices=cases.CHANNELS)
    radd.add_argument("--url", default="")
    radd.add_argument("--at", metavar="TIME", help="publication time (default: now)")
    radd.add_argument("--text", default="")
    radd.add_argument("--publisher", default="", help="the body that published it")
    radd.add_argument("--statement", action="store_true", help="an official statement, not a refutation")
    radd.add_argument("--json", action="store_true")
    add_analyst_option(radd)
    radd.set_defaults(func=cmd_refutation_add)
    feed = ref_cmds.add_parser("feed", help="write an Atom feed of refutations")
    feed.add_argument("out", metavar="OUT.xml")
    feed.add_argument("--title", default="")
    feed.add_argument("--link", default="")
    feed.set_defaults(func=cmd_feed)


def cmd_new(args: argparse.Namespace) -> int:
    detected_at = iso_arg(args.at)
    case = cases.create_case(open_db(args), args.title, category=args.category, claim=args.claim,
                             item_ids=args.items, resonant=args.resonant, detected_at=detected_at,
                             analyst=args.analyst or default_analyst())
    if args.json:
        print_json(case)
    else:
        print(case["id"])
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        text = path.read_bytes().decode("cp1251", errors="replace")
    report = import_csv.import_cases(open_db_for_writing(args), text, analyst=args.analyst or default_analyst())
    if args.json:
        print_json(report.to_json())
    say(f"{len(report.created)} cases imported with {report.refutations} refutations; "
        f"{len(report.skipped)} rows skipped")
    for skipped in report.skipped:
        say(f"  line {skipped['line']}: {skipped['reason']}")
    return 0


def cmd_add_item(args: argparse.Namespace) -> int:
    added = cases.add_items(open_db(args), args.case_id, args.items, analyst=args.analyst or default_analyst(),
                            role=args.role)
    say(f"{added} items added to case {args.case_id}")
    return 0


def _add_if_version(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--if-version", type=int, metavar="N",
                        help="save only if the case is still at version N (as `cases show` gave it): refused, "
                             "naming who changed it, if a colleague or another program changed it since")


def cmd_edit(args: argparse.Namespace) -> int:
    changes = {key: value for key, value in (("title", args.title), ("claim", args.claim),
                                             ("category", args.category), ("state_body", args.state_body))
               if value is not None}
    case = cases.update_case(open_db(args), args.case_id, analyst=args.analyst or default_analyst(),
                             expected_version=args.if_version, **changes)
    say(f"case {case['id']} saved")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    at = iso_arg(args.at)
    case = cases.set_status(open_db(args), args.case_id, args.status, reason=args.reason,
                            analyst=args.analyst or default_analyst(), at=at, expected_version=args.if_version)
    say(f"case {case['id']} is now {case['status']}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    rows = cases.list_cases(open_db(args), status=args.status)
    if args.json:
        print_json(rows)
        return 0
    for c in rows:
        flag = " [resonant]" if c["resonant"] else ""
        print(f"{c['id']}\t{c['status']}\t{shown_time(c['detected_at'])}\t{c['category'] or '-'}\t{c['title']}{flag}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    case = cases.case_detail(open_db(args), args.case_id)
    if args.json:
        print_json(case)
        return 0
    print(f"#{case['id']} {case['title']} [{case['status']}]")
    print(f"claim: {case['claim']}")
    print(f"detected: {shown_time(case['detected_at'])}  first response: {shown_time(case['first_response_at'])}")
    for item in case["items"]:
        print(f"  item {item['id']}: {item['title']} ({item['source'] or '-'}) {item['url'] or ''}")
    for r in case["refutations"]:
        print(f"  {r['kind']} {shown_time(r['published_at'])} {r['channel']} {r['url']}")
    broken = [e for e in case["evidence"] if not e["intact"]]
    print(f"evidence: {len(case['evidence'])} records, {'ALL INTACT' if not broken else f'{len(broken)} TAMPERED'}")
    for h in case["history"]:
        print(f"  {shown_time(h['at'])} {h['analyst']}: {h['action']} {h['old'] or ''} → {h['new'] or ''}")
    return 0 if not broken else 1


def cmd_similar(args: argparse.Namespace) -> int:
    rows = similar.similar_to_case(open_db(args), args.case_id, limit=args.limit)
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        print(f"{r['id']}\t{r['score']:.2f}\t{r['source'] or '-'}\t{r['title']}")
    return 0


def cmd_clocks(args: argparse.Namespace) -> int:
    rows = golden_hour.running_clocks(open_db(args))
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        state = "OVERDUE" if r["overdue"] else f"{r['remaining_seconds'] // 60} min left"
        print(f"{r['id']}\t{state}\t{r['title']}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    since = iso_arg(args.since)
    count = claimreview.export_claim_reviews(open_db(args), args.out, since=since, organisation=args.organisation)
    say(f"wrote {count} ClaimReview records to {args.out}")
    return 0


def cmd_refutation_add(args: argparse.Namespace) -> int:
    published_at = iso_arg(args.at)
    row = cases.add_response(open_db(args), args.case_id, channel=args.channel, url=args.url,
                             published_at=published_at, text=args.text, publisher=args.publisher,
                             kind="statement" if args.statement else "refutation",
                             analyst=args.analyst or default_analyst())
    if args.json:
        print_json(row)
    else:
        say(f"{row['kind']} {row['id']} recorded for case {args.case_id}")
    return 0


def cmd_feed(args: argparse.Namespace) -> int:
    count = refutation_feed.refutations_feed(open_db(args), args.out, title=args.title, link=args.link)
    say(f"wrote {count} refutations to {args.out}")
    return 0
