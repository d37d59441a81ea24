"""radar [list] | open | mute | unmute | alerts | handle | watches | rebuild: the resonance radar."""

from __future__ import annotations

import argparse

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
from workstation.core import radar
from workstation.core.analyst import default_analyst


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("radar", help="stories rising faster than their normal, and their alerts")
    _list_options(parser)
    parser.set_defaults(func=cmd_list)
    cmds = parser.add_subparsers(dest="radar_cmd", metavar="ACTION")

    lst = cmds.add_parser("list", help="stories of the last day, spiking ones first (the default action)")
    _list_options(lst)
    lst.set_defaults(func=cmd_list)

    opn = cmds.add_parser("open", help="open a resonant case from a story: its items as appearances, the "
                          "golden-hour clock started when the spike was detected")
    opn.add_argument("story_id", type=int, metavar="STORY_ID")
    opn.add_argument("--title", help="the case's title (default: the story's)")
    opn.add_argument("--json", action="store_true")
    add_analyst_option(opn)
    opn.set_defaults(func=cmd_open)

    for name, func, text in (("mute", cmd_mute, "stop a story's alerts, or leave a source's items uncounted"),
                             ("unmute", cmd_unmute, "undo a mute")):
        cmd = cmds.add_parser(name, help=text)
        target = cmd.add_mutually_exclusive_group(required=True)
        target.add_argument("--story", type=int, metavar="ID")
        target.add_argument("--source", type=int, metavar="ID")
        add_analyst_option(cmd)
        cmd.set_defaults(func=func)

    alerts = cmds.add_parser("alerts", help="radar alerts not yet handled, newest first")
    alerts.add_argument("--all", action="store_true", help="handled ones too")
    alerts.add_argument("--json", action="store_true")
    alerts.set_defaults(func=cmd_alerts)

    handle = cmds.add_parser("handle", help="mark radar alerts handled")
    handle.add_argument("alert_ids", type=int, nargs="+", metavar="ALERT_ID")
    add_analyst_option(handle)
    handle.set_defaults(func=cmd_handle)

    watches = cmds.add_parser("watches", help="watch rules, tags and sources: last hour against the same hour of "
                              "the last 28 days")
    watches.add_argument("--at", metavar="TIME", help="read the counts as at this time (default: now)")
    watches.add_argument("--json", action="store_true")
    watches.set_defaults(func=cmd_watches)

    rebuild = cmds.add_parser("rebuild", help="put the items of the last days that are in no story yet into "
                              "stories (a workspace from before the radar)")
    rebuild.add_argument("--days", type=at_least(1), default=28, metavar="N")
    rebuild.add_argument("--json", action="store_true")
    rebuild.set_defaults(func=cmd_rebuild)


def _list_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--all", action="store_true", help="single-item stories too")
    parser.add_argument("--spiking", action="store_true", help="spiking stories only")
    parser.add_argument("--limit", type=at_least(1), default=100, metavar="N")
    parser.add_argument("--at", metavar="TIME", help="read the counts as at this time (default: now)")


def cmd_list(args: argparse.Namespace) -> int:
    rows = radar.stories(open_db(args), iso_arg(args.at), limit=args.limit, spiking_only=args.spiking,
                         min_items=1 if args.all else 2)
    if args.json:
        print_json(rows)
        return 0
    print("story\tspike\tlast hour\tnormal\tscore\titems\tsources\tlanguages\tfirst seen\ttitle")
    for s in rows:
        flags = "SPIKE" if s["spike"] else "-"
        flags += " muted" if s["muted"] else ""
        flags += f" refuted:{s['refuted_case_id']}" if s["refuted_case_id"] else ""
        flags += f" case:{s['case_id']}" if s["case_id"] else ""
        print(f"{s['id']}\t{flags}\t{s['last_hour']} ({s['last_hour_sources']} src)\t{s['baseline_mean']:.1f}"
              f"±{s['baseline_sd']:.1f}\t{s['score']:.1f}\t{s['item_count']}\t{s['source_count']}\t"
              f"{','.join(s['languages']) or '-'}\t{shown_time(s['first_seen'])}\t{s['title'][:80]}")
    return 0


def cmd_open(args: argparse.Namespace) -> int:
    db = open_db(args)
    case_id = radar.open_case(db, args.story_id, title=args.title, analyst=args.analyst or default_analyst())
    case = db.execute("SELECT id, title, detected_at, resonant FROM cases WHERE id = ?", [case_id]).fetchone()
    if args.json:
        print_json({"case_id": case[0], "title": case[1], "detected_at": case[2], "resonant": bool(case[3])})
    else:
        print(case_id)
    say(f"case {case_id} opened from story {args.story_id}; its clock started {shown_time(case[2])}")
    return 0


def cmd_mute(args: argparse.Namespace) -> int:
    radar.mute(open_db(args), story_id=args.story, source_id=args.source, analyst=args.analyst or default_analyst())
    say(f"{'story' if args.story is not None else 'source'} {args.story or args.source} muted")
    return 0


def cmd_unmute(args: argparse.Namespace) -> int:
    radar.unmute(open_db(args), story_id=args.story, source_id=args.source,
                 analyst=args.analyst or default_analyst())
    say(f"{'story' if args.story is not None else 'source'} {args.story or args.source} unmuted")
    return 0


def cmd_alerts(args: argparse.Namespace) -> int:
    rows = radar.radar_alerts(open_db(args), include_handled=args.all)
    if args.json:
        print_json(rows)
        return 0
    for a in rows:
        refuted = f" refuted by case {a['refuted_case_id']}" if a["refuted_case_id"] else ""
        handled = f" handled {shown_time(a['handled_at'])}" if a["handled_at"] else ""
        print(f"{a['id']}\t{shown_time(a['raised_at'])}\tstory {a['story_id']}\tstep {a['level']}\t"
              f"{a['last_hour']} in the hour (normal {a['baseline_mean']:.1f}, score {a['score']:.1f})\t"
              f"{', '.join(a['sources'])}\t{','.join(a['languages'])}\t{a['title'][:80]}{refuted}{handled}")
    return 0


def cmd_handle(args: argparse.Namespace) -> int:
    db = open_db(args)
    for alert_id in args.alert_ids:
        radar.handle_alert(db, alert_id, analyst=args.analyst or default_analyst())
    say(f"{len(args.alert_ids)} alerts handled")
    return 0


def cmd_watches(args: argparse.Namespace) -> int:
    rows = radar.watches(open_db(args), iso_arg(args.at))
    if args.json:
        print_json(rows)
        return 0
    for w in rows:
        print(f"{w['kind']}\t{w['id']}\t{w['band']}\t{w['last_hour']:g}\t{w['baseline_mean']:.1f}"
              f"±{w['baseline_sd']:.1f}\t{w['score']:.1f}\t{w['name']}")
    return 0


def cmd_rebuild(args: argparse.Namespace) -> int:
    done = radar.rebuild(open_db_for_writing(args), days=args.days)
    if args.json:
        print_json(done)
    say(f"{done['items']} items put into {done['stories']} stories; {done['alerts']} alerts raised")
    return 0
