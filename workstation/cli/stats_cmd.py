"""stats; briefings add | list | import; plan add | list | status | import"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from workstation.cli.common import iso_arg, open_db, print_json, say
from workstation.core import clock
from workstation.core.analyst import default_analyst
from workstation.core.db import settings
from workstation.core.errors import BadArgument
from workstation.core.figures import briefings, media_plan, stats, summary


def _period_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="first", metavar="DATE", help="first day (default: 1 January this year)")
    parser.add_argument("--to", dest="last", metavar="DATE", help="last day, included (default: today)")
    parser.add_argument("--tz", metavar="ZONE", help="IANA time zone of the days, for this command only (default: "
                        "the workspace's reporting zone, `workstation settings show`)")


def period(args: argparse.Namespace) -> tuple[str, str, dt.tzinfo]:
    """The [since, until) UTC bounds of the whole local days the analyst named."""
    tz = settings.zone_named(args.tz) if args.tz else clock.zone()
    today = clock.now().astimezone(tz).date()
    try:
        first = dt.date.fromisoformat(args.first) if args.first else today.replace(month=1, day=1)
        last = dt.date.fromisoformat(args.last) if args.last else today
    except ValueError as exc:
        raise BadArgument("arg.bad_date", value=args.first if args.first else args.last) from exc
    if last < first:
        raise BadArgument("arg.bad_period", first=f"--from {first}", last=f"--to {last}")
    since, until = stats.period_bounds(first, last, tz)
    return since, until, tz


def register(sub: argparse._SubParsersAction) -> None:
    register_report(sub)
    st = sub.add_parser("stats", help="every dashboard figure for a period")
    _period_args(st)
    st.add_argument("--json", action="store_true", help="print JSON (the format other tools read)")
    st.set_defaults(func=cmd_stats)

    br = sub.add_parser("briefings", help="the briefings log")
    bcmds = br.add_subparsers(dest="briefings_cmd", required=True, metavar="ACTION")
    add = bcmds.add_parser("add", help="record a briefing")
    add.add_argument("--at", required=True, metavar="TIME")
    add.add_argument("--body", required=True, help="state body")
    add.add_argument("--speakers", default="")
    add.add_argument("--topics", default="")
    add.add_argument("--url", default="")
    add.set_defaults(func=cmd_briefing_add)
    lst = bcmds.add_parser("list", help="briefings in a period")
    _period_args(lst)
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_briefing_list)
    imp = bcmds.add_parser("import", help="import a CSV: date, state_body, speakers, topics, url")
    imp.add_argument("file")
    imp.set_defaults(func=cmd_briefing_import)

    plan = sub.add_parser("plan", help="the unified media plan")
    pcmds = plan.add_subparsers(dest="plan_cmd", required=True, metavar="ACTION")
    padd = pcmds.add_parser("add", help="plan an event")
    padd.add_argument("--at", required=True, metavar="TIME", help="planned date")
    padd.add_argument("--body", required=True)
    padd.add_argument("--topic", required=True)
    padd.add_argument("--channel", default="")
    padd.set_defaults(func=cmd_plan_add)
    pst = pcmds.add_parser("status", help="mark an event done, moved or cancelled")
    pst.add_argument("event_id", type=int)
    pst.add_argument("status", choices=media_plan.PLAN_STATUSES)
    pst.add_argument("--at", metavar="TIME")
    pst.set_defaults(func=cmd_plan_status)
    plst = pcmds.add_parser("list", help="plan events in a period")
    _period_args(plst)
    plst.add_argument("--json", action="store_true")
    plst.set_defaults(func=cmd_plan_list)
    pimp = pcmds.add_parser("import", help="import a CSV: planned_date, state_body, topic, channel, status, done_date")
    pimp.add_argument("file")
    pimp.set_defaults(func=cmd_plan_import)


def cmd_stats(args: argparse.Namespace) -> int:
    since, until, tz = period(args)
    figures = stats.dashboard(open_db(args), since, until, tz)
    if args.json:
        print_json(figures.to_json())
        return 0
    r, v, n = figures.refutations, figures.violations, figures.notices
    print(f"{since} … {until}")
    print(f"fakes refuted: {r.total}; violations: {v.total} (phishing and fraud {v.phishing_and_fraud}); "
          f"notices sent: {n.sent}, removed in time: {n.removed_in_time}")
    return 0


def cmd_briefing_add(args: argparse.Namespace) -> int:
    briefing_id = briefings.add_briefing(open_db(args), held_at=iso_arg(args.at), state_body=args.body,
                                         speakers=args.speakers, topics=args.topics, url=args.url,
                                         analyst=default_analyst())
    print(briefing_id)
    return 0


def cmd_briefing_list(args: argparse.Namespace) -> int:
    since, until, _tz = period(args)
    rows = briefings.list_briefings(open_db(args), since, until)
    if args.json:
        print_json(rows)
    else:
        for b in rows:
            print(f"{b['id']}\t{b['held_at']}\t{b['state_body']}\t{b['topics']}")
    return 0


def _read(path: str) -> str:
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def _report(result: briefings.CsvImport) -> int:
    say(f"{result.added} rows imported, {len(result.errors)} rows refused")
    for error in result.errors[:30]:
        say(f"  {error}")
    return 0 if not result.errors else 3


def cmd_briefing_import(args: argparse.Namespace) -> int:
    return _report(briefings.import_briefings_csv(open_db(args), _read(args.file), analyst=default_analyst()))


def cmd_plan_add(args: argparse.Namespace) -> int:
    print(media_plan.add_plan_event(open_db(args), planned_at=iso_arg(args.at), state_body=args.body, topic=args.topic,
                                   channel=args.channel, analyst=default_analyst()))
    return 0


def cmd_plan_status(args: argparse.Namespace) -> int:
    media_plan.set_plan_status(open_db(args), args.event_id, args.status, at=iso_arg(args.at),
                              analyst=default_analyst())
    return 0


def cmd_plan_list(args: argparse.Namespace) -> int:
    since, until, _tz = period(args)
    rows = media_plan.list_plan(open_db(args), since, until)
    if args.json:
        print_json(rows)
    else:
        for e in rows:
            print(f"{e['id']}\t{e['planned_at']}\t{e['status']}\t{e['state_body']}\t{e['topic']}")
    return 0


def cmd_plan_import(args: argparse.Namespace) -> int:
    return _report(media_plan.import_plan_csv(open_db(args), _read(args.file), analyst=default_analyst()))


def register_report(sub: argparse._SubParsersAction) -> None:
    rep = sub.add_parser("report", help="the summary for a period: a PDF, or an editable letter (docx); works headless")
    _period_args(rep)
    rep.add_argument("--lang", default="ru", choices=("kk", "ru", "en"))
    rep.add_argument("--format", dest="fmt", default=None, choices=("pdf", "docx"),
                     help="pdf (the summary with charts) or docx (the letter, to edit); default: from --out's suffix")
    rep.add_argument("--out", required=True, metavar="FILE.pdf|FILE.docx")
    rep.set_defaults(func=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    fmt = args.fmt or ("docx" if args.out.lower().endswith(".docx") else "pdf")
    if fmt == "docx":
        from workstation.reports.docx_letter import build_docx as build  # python-docx loads only for a letter
    else:
        from workstation.reports.pdf import build_pdf as build  # matplotlib loads only for this command

    since, until, tz = period(args)
    report = summary.summary(open_db(args), since, until, tz)
    build(report, args.out, lang=args.lang, zone_name=args.tz or "")
    say(f"wrote {args.out}: {report.figures.refutations.total} fakes refuted, {report.figures.violations.total} "
        "violations")
    return 0
