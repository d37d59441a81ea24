"""violations add | import | list | show | capture | check | evidence | export | escalate | lift; notices send |
received | due | resolve | text"""

from __future__ import annotations

import argparse
from pathlib import Path

from workstation.cli.common import add_analyst_option, iso_arg, open_db, print_json, say, shown_time
from workstation.core.analyst import default_analyst
from workstation.core.errors import BadArgument, WorkstationError
from workstation.core.violations import (
    capture,
    letter,
    liveness,
    notices,
    register_import,
    restriction,
    takedown_export,
)
from workstation.core.violations import workflow as violations
from workstation.core.violations.package import evidence_package
from workstation.core.violations.register import violation_detail
from workstation.core.violations.render import render_warc


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
    add.add_argument("--capture", action="store_true", help="capture the page now (WARC and picture); without "
                                                           "network it is queued for the next fetch")
    add.add_argument("--json", action="store_true")
    add_analyst_option(add)
    add.set_defaults(func=cmd_add)

    imp = cmds.add_parser("import", help="a register CSV with per-row columns (url, type, detected_at, status, "
                                         "notice_sent_at, notice_received_at, outcome, outcome_at, platform, "
                                         "order_reference), or bulk intake from a plain list of addresses")
    imp.add_argument("file")
    imp.add_argument("--type", help="violation type for rows without one (required for a plain list)")
    imp.add_argument("--at", metavar="TIME", help="detection time for rows without one")
    imp.add_argument("--capture", action="store_true", help="capture each new violation's page (queued without "
                                                           "network)")
    imp.add_argument("--json", action="store_true")
    add_analyst_option(imp)
    imp.set_defaults(func=cmd_import)

    lst = cmds.add_parser("list", help="violations, newest first; addresses defanged")
    lst.add_argument("--status", choices=violations.STATUSES)
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_list)

    show = cmds.add_parser("show", help="one violation with its notices, captures and liveness checks")
    show.add_argument("violation_id", type=int, metavar="VID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_show)

    cap = cmds.add_parser("capture", help="capture the page now: a sealed WARC of the chain, images and stylesheets, "
                                          "and a picture drawn offline (queued without network)")
    cap.add_argument("violation_id", type=int, metavar="VID")
    cap.add_argument("--json", action="store_true")
    add_analyst_option(cap)
    cap.set_defaults(func=cmd_capture)

    chk = cmds.add_parser("check", help="is the page still online? fetch it again, compare with the capture and "
                                        "suggest removed or still online (you decide with notices resolve)")
    chk.add_argument("violation_id", type=int, metavar="VID")
    chk.add_argument("--json", action="store_true")
    add_analyst_option(chk)
    chk.set_defaults(func=cmd_check)

    evi = cmds.add_parser("evidence", help="the evidence package: WARC, picture, metadata with every hash, audit "
                                           "trail, notice PDF and SHA256SUMS (check with sha256sum -c)")
    evi.add_argument("violation_id", type=int, metavar="VID")
    evi.add_argument("--out", required=True, metavar="FILE.zip")
    evi.add_argument("--lang", default="ru", choices=("kk", "ru", "en"), help="language of a draft notice")
    evi.set_defaults(func=cmd_evidence)

    exp = cmds.add_parser("export", help="violations as MISP phishing objects or EU DSA statements of reasons (JSON)")
    exp.add_argument("--format", required=True, choices=takedown_export.FORMATS)
    exp.add_argument("--status", choices=violations.STATUSES)
    exp.set_defaults(func=cmd_export)

    esc = cmds.add_parser("escalate", help="request access restriction; with --order, record it as ordered")
    esc.add_argument("violation_id", type=int)
    esc.add_argument("--order", metavar="REF", help="order reference")
    esc.add_argument("--order-type", choices=("court", "authority"),
                     help="an explicit court or authority order (with --order): the only ground for restricting a "
                          "violation that had no overdue notice")
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
    send = ncmds.add_parser("send", help="record one notice to one recipient listing one or more violations; its "
                                         "deadline runs from receipt when known, else from sending")
    send.add_argument("violation_ids", type=int, nargs="+", metavar="VID")
    send.add_argument("--to", metavar="RECIPIENT", help="directory key or name (default: the platform's legal "
                                                       "representative, else the resource's administration)")
    send.add_argument("--to-contact", metavar="ADDRESS", help="the addressee's postal address or e-mail (default: "
                                                             "the directory entry's contact)")
    send.add_argument("--incomplete", action="store_true", help="record it even though the letter lacks required "
                                                               "fields (the text names them); without it such a "
                                                               "notice is refused, naming what is missing")
    send.add_argument("--method", default="email", choices=notices.METHODS)
    send.add_argument("--at", metavar="TIME", help="when it was sent (default: now)")
    send.add_argument("--received-at", metavar="TIME", help="when the recipient received it, if known")
    send.add_argument("--lang", default="ru", choices=("kk", "ru", "en"), help="language of the notice text")
    send.add_argument("--json", action="store_true")
    add_analyst_option(send)
    send.set_defaults(func=cmd_send)

    received = ncmds.add_parser("received", help="record when notices were received: their deadlines are "
                                                 "counted again from receipt")
    received.add_argument("notice_ids", type=int, nargs="+", metavar="NID")
    received.add_argument("--at", metavar="TIME", help="when they were received (default: now)")
    received.add_argument("--json", action="store_true")
    add_analyst_option(received)
    received.set_defaults(func=cmd_received)

    due = ncmds.add_parser("due", help="open notices with the time left, overdue first")
    due.add_argument("--json", action="store_true")
    due.set_defaults(func=cmd_due)

    resolve = ncmds.add_parser("resolve", help="record the outcome of notices, for every address they list still "
                                               "awaiting one (or one address with --violation); all or nothing")
    resolve.add_argument("notice_ids", type=int, nargs="+", metavar="NID")
    resolve.add_argument("--violation", type=int, metavar="VID", help="only this listed violation's address")
    group = resolve.add_mutually_exclusive_group(required=True)
    group.add_argument("--removed", action="store_true")
    group.add_argument("--not-removed", action="store_true")
    resolve.add_argument("--at", metavar="TIME")
    resolve.add_argument("--json", action="store_true")
    add_analyst_option(resolve)
    resolve.set_defaults(func=cmd_resolve)

    text = ncmds.add_parser("text", help="print a notice's letter as stored (exact addresses); with --violation "
                                         "the latest notice in --lang listing it, else a draft naming what it "
                                         "still lacks")
    which = text.add_mutually_exclusive_group(required=True)  # one or the other: argparse says so, exit 2
    which.add_argument("notice_id", type=int, nargs="?")
    which.add_argument("--violation", type=int)
    text.add_argument("--lang", default="ru", choices=("kk", "ru", "en"))
    text.add_argument("--draft", action="store_true", help="with --violation: a draft even if a notice was sent")
    text.add_argument("--to", metavar="RECIPIENT", help="the draft's addressee (as notices send --to)")
    text.add_argument("--to-contact", metavar="ADDRESS", help="the draft addressee's address or e-mail")
    text.add_argument("--defanged", action="store_true", help="a copy for the screen with the addresses "
                                                              "defanged (hxxps://, [.]); the letter keeps them exact")
    text.set_defaults(func=cmd_text)


def cmd_add(args: argparse.Namespace) -> int:
    detected_at = iso_arg(args.at)
    db = open_db(args)
    analyst = args.analyst or default_analyst()
    row = violations.add_violation(db, args.url, violation_type=args.type, item_id=args.item,
                                   detected_at=detected_at, analyst=analyst, target_organisation=args.target)
    if args.capture:
        row["capture"] = _capture_quietly(db, row["id"], analyst)
    if args.json:
        print_json(row)
    else:
        print(f"{row['id']}\t{row['url_defanged']}")
    return 0


def _capture_quietly(db, violation_id: int, analyst: str) -> dict:
    """Capture after an add or import: the violation stays recorded whatever the capture meets."""
    try:
        result = capture.capture_violation(db, violation_id, render=render_warc, analyst=analyst)
    except WorkstationError as exc:
        say(f"violation {violation_id}: capture failed: {exc}")
        return {"status": "failed", "error": str(exc), "error_key": exc.key}
    _say_capture(violation_id, result)
    return result


def _say_capture(violation_id: int, result: dict) -> None:
    if result["status"] == "pending":
        say(f"violation {violation_id}: capture pending (no network: {result['error']}); the next fetch retries it")
        return
    row = result["capture"]
    picture = "picture stored" if row["screenshot"] else row["screenshot_note"]
    say(f"violation {violation_id}: captured HTTP {row['http_status']} from {row['ip'] or '?'} in "
        f"{result['seconds']} s; WARC {row['warc_bytes']} bytes, SHA-256 {row['sha256']}; {picture}")


def cmd_import(args: argparse.Namespace) -> int:
    detected_at = iso_arg(args.at)
    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        text = path.read_bytes().decode("cp1251", errors="replace")
    header, _rows = register_import.read_rows(text.split("\n", 1)[0] + "\n")
    if register_import.is_register(header):
        return _import_register(args, text, detected_at)
    if not args.type:
        raise BadArgument("violation.import_needs_type")
    db = open_db(args)
    result = violations.bulk_intake(db, text, violation_type=args.type,
                                    analyst=args.analyst or default_analyst(), detected_at=detected_at)
    if args.capture:
        for violation_id in result.created:
            _capture_quietly(db, violation_id, args.analyst or default_analyst())
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


def _import_register(args: argparse.Namespace, text: str, detected_at: str | None) -> int:
    db = open_db(args)
    report = register_import.import_register(db, text, default_type=args.type, default_at=detected_at,
                                             analyst=args.analyst or default_analyst())
    if args.capture:
        for violation_id in report.created:
            _capture_quietly(db, violation_id, args.analyst or default_analyst())
    if args.json:
        print_json(report.to_json())
    say(f"{len(report.created)} violations imported; {len(report.skipped)} rows skipped")
    for skipped in report.skipped:
        say(f"  line {skipped['line']}: {skipped['reason']}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    rows = violations.list_violations(open_db(args), status=args.status)
    if args.json:
        print_json(rows)
        return 0
    for v in rows:
        print(f"{v['id']}\t{v['status']}\t{shown_time(v['detected_at'])}\t{v['type'] or '-'}\t{v['url_defanged']}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    detail = violation_detail(open_db(args), args.violation_id)
    if args.json:
        print_json(detail)
        return 0
    print(f"{detail['id']}\t{detail['status']}\t{shown_time(detail['detected_at'])}\t{detail['url_defanged']}")
    if detail["capture_pending"]:
        print(f"capture pending since {shown_time(detail['capture_pending']['requested_at'])}: "
              f"{detail['capture_pending']['last_error']}")
    for row in detail["captures"]:
        seal = "sealed" if row["intact"] else "SEAL BROKEN"
        print(f"capture {row['id']}\t{shown_time(row['captured_at'])}\tHTTP {row['http_status']}\t{row['ip']}\t"
              f"{row['sha256']}\t{seal}")
    for check in detail["checks"]:
        print(f"check {check['id']}\t{shown_time(check['checked_at'])}\t{check['outcome']}\t"
              f"HTTP {check['http_status'] or '-'}\tsuggests {check['suggestion']}")
    return 0


def cmd_capture(args: argparse.Namespace) -> int:
    result = capture.capture_violation(open_db(args), args.violation_id, render=render_warc,
                                       analyst=args.analyst or default_analyst())
    if args.json:
        print_json(result)
    _say_capture(args.violation_id, result)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    check = liveness.check_violation(open_db(args), args.violation_id, analyst=args.analyst or default_analyst())
    if args.json:
        print_json(check)
        return 0
    similar = f", similarity {check['similarity']}" if check["similarity"] is not None else ""
    print(f"{check['outcome']}\tHTTP {check['http_status'] or '-'}{similar}\tsuggests {check['suggestion']}"
          f"{chr(9) + check['error'] if check['error'] else ''}")
    say("the suggestion is not a decision: record it with `notices resolve NID --removed` or `--not-removed`")
    return 0


def cmd_evidence(args: argparse.Namespace) -> int:
    # Imported here: the PDF library takes a fifth of a second to load, which every other command would pay.
    from workstation.reports.evidence_zip import write_evidence_zip

    hashes = write_evidence_zip(evidence_package(open_db(args), args.violation_id, lang=args.lang), args.out)
    say(f"{args.out}: {len(hashes)} files; verify with `unzip` and `sha256sum -c SHA256SUMS`")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    print_json(takedown_export.export(open_db(args), args.format, status=args.status))
    return 0


def cmd_escalate(args: argparse.Namespace) -> int:
    at = iso_arg(args.at)
    row = restriction.escalate(open_db(args), args.violation_id, order_ref=args.order, order_type=args.order_type,
                               at=at,
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


def _deadline_from(row: dict) -> str:
    if row["received_at"]:
        return f"from receipt at {shown_time(row['received_at'])}"
    return "from sending, receipt not yet confirmed"


def cmd_send(args: argparse.Namespace) -> int:
    sent_at, received_at = iso_arg(args.at), iso_arg(args.received_at)
    row = notices.send_notice(open_db(args), args.violation_ids, to=args.to, method=args.method,
                              sent_at=sent_at, received_at=received_at, analyst=args.analyst or default_analyst(),
                              lang=args.lang, to_contact=args.to_contact, require_complete=not args.incomplete)
    if args.json:
        print_json(row)
    else:
        print(f"{row['id']}\tNo. {row['number']}\tdeadline {shown_time(row['deadline_at'])} ({_deadline_from(row)})"
              f"\t{row['recipient']}\t{len(row['violation_ids'])} address(es)")
    return 0


def cmd_received(args: argparse.Namespace) -> int:
    rows = notices.record_received(open_db(args), args.notice_ids, at=iso_arg(args.at),
                                   analyst=args.analyst or default_analyst())
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        print(f"{row['id']}\tdeadline {shown_time(row['deadline_at'])} ({_deadline_from(row)})\t{row['recipient']}")
    return 0


def cmd_due(args: argparse.Namespace) -> int:
    rows = notices.due_notices(open_db(args))
    if args.json:
        print_json(rows)
        return 0
    for n in rows:
        left = "OVERDUE" if n["overdue"] else f"{n['seconds_left'] // 3600} h {n['seconds_left'] % 3600 // 60} min left"
        more = f" (+{len(n['addresses']) - 1})" if len(n["addresses"]) > 1 else ""
        print(f"{n['id']}\t{left}\t{n['deadline_from']}\t{n['recipient']}\t{n['url_defanged']}{more}")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    at = iso_arg(args.at)
    report = notices.resolve_notices(open_db(args), args.notice_ids, removed=args.removed, at=at,
                                     analyst=args.analyst or default_analyst(), violation_id=args.violation)
    if args.json:
        print_json(report)
        return 0
    for r in report:
        timing = " in time" if r["in_time"] else (" late" if r["outcome"] == "removed" else "")
        say(f"notice {r['notice_id']}, violation {r['violation_id']}: {r['outcome']}{timing}\t{r['url_defanged']}")
    return 0


def cmd_text(args: argparse.Namespace) -> int:
    db = open_db(args)
    notice_id = args.notice_id
    if notice_id is None and not args.draft:
        sent = [nid for nid in notices.notices_of(db, args.violation)
                if notices.get_notice(db, nid)["lang"] == args.lang]
        notice_id = sent[-1] if sent else None
    if notice_id is not None:
        notice = notices.get_notice(db, notice_id)
        text, ids = notice["text"], notice["violation_ids"]
    else:
        ids = [args.violation]
        chosen = letter.addressee(db, ids, args.to, args.to_contact, args.lang)
        values = letter.letter_values(db, ids, args.lang, recipient=chosen["recipient"],
                                       recipient_contact=chosen["recipient_contact"],
                                       analyst=default_analyst())
        text = letter.render_letter(values, args.lang, received=False)
        missing = letter.missing_fields(values)
        say("draft: the number, the date and the deadline are given when it is sent"
            + (f"; still missing: {'; '.join(letter.REQUIRED[key] for key in missing)}" if missing else ""))
    if args.defanged:
        text = letter.screen_copy(text, [violations.get_violation(db, vid)["url"] for vid in ids])
    print(text)
    return 0
