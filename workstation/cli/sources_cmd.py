"""sources add | list | remove | import-opml | export-opml"""

from __future__ import annotations

import argparse

from workstation.cli.common import at_least, open_db, print_json, say
from workstation.core import clock
from workstation.core.errors import render
from workstation.core.ingest import opml, sources
from workstation.core.ingest.decode import is_known_encoding
from workstation.core.ingest.sources import KINDS, SELECTOR_KEYS

SOURCE_JSON = ("id", "uuid", "kind", "url", "name", "folder", "category", "language", "site_url", "selectors",
               "interval_minutes", "encoding_override", "enabled", "held_reason", "last_ok_at", "last_fetch_at",
               "error_count", "last_error", "last_warning")


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("sources", help="add, list, remove, import and export sources")
    cmds = parser.add_subparsers(dest="sources_cmd", required=True, metavar="ACTION")

    add = cmds.add_parser("add", help="add a feed, site, Telegram channel, YouTube channel or local file")
    add.add_argument("url", help="address, t.me/NAME, @NAME, a YouTube channel address, or a local file path")
    add.add_argument("--name", help="display name (default: the feed's own title)")
    add.add_argument("--kind", choices=KINDS, help="source kind (default: inferred from the address)")
    add.add_argument("--folder", default="", help="folder, nested with '/', e.g. 'Media/KZ'")
    add.add_argument("--category", default="media", choices=sources.CATEGORIES)
    add.add_argument("--language", default="", help="expected language code (kk, ru, en)")
    add.add_argument("--interval", type=at_least(1), default=60, metavar="MINUTES", help="fetch interval (default 60)")
    add.add_argument("--encoding", type=_encoding, help="force this character encoding (e.g. windows-1251)")
    for key in SELECTOR_KEYS:
        add.add_argument(f"--{key}-selector", metavar="CSS", help=f"site sources: CSS selector for the {key}")
    add.add_argument("--json", action="store_true", help="print the new source as JSON")
    add.set_defaults(func=cmd_add)

    lst = cmds.add_parser("list", help="list sources with their state")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_list)

    edit = cmds.add_parser("edit", help="change a source's name, folder, category, state body or country")
    edit.add_argument("id", type=int)
    edit.add_argument("--name")
    edit.add_argument("--folder")
    edit.add_argument("--category", choices=sources.CATEGORIES)
    edit.add_argument("--state-body", metavar="BODY", help="the state body whose official source this is")
    edit.add_argument("--country", metavar="CC", help="two-letter country code (KZ for domestic media)")
    edit.add_argument("--json", action="store_true")
    edit.set_defaults(func=cmd_edit)

    rm = cmds.add_parser("remove", help="remove a source (items an analyst worked on are kept)")
    rm.add_argument("id", type=int)
    rm.set_defaults(func=cmd_remove)

    imp = cmds.add_parser("import-opml", help="add the sources of an OPML file, folders included")
    imp.add_argument("file")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(func=cmd_import_opml)

    exp = cmds.add_parser("export-opml", help="write every source to an OPML 2.0 file")
    exp.add_argument("file")
    exp.set_defaults(func=cmd_export_opml)


def _encoding(name: str) -> str:
    # An unknown name would be stored and then silently ignored at every fetch.
    if not is_known_encoding(name):
        raise argparse.ArgumentTypeError(f"unknown character encoding: {name}")
    return name


def source_json(source: dict) -> dict:
    return {key: source.get(key) for key in SOURCE_JSON}


def cmd_add(args: argparse.Namespace) -> int:
    selectors = {k: getattr(args, f"{k}_selector") for k in SELECTOR_KEYS if getattr(args, f"{k}_selector")}
    db = open_db(args)
    source = sources.add_source(db, args.url, kind=args.kind, name=args.name, folder=args.folder,
                                category=args.category, language=args.language, selectors=selectors or None,
                                interval_minutes=args.interval, encoding_override=args.encoding)
    if args.json:
        print_json(source_json(source))
    else:
        print(f"{source['id']}\t{source['kind']}\t{source['url']}")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    changes = {key: value.strip() for key, value in (("name", args.name), ("folder", args.folder),
                                                     ("category", args.category), ("state_body", args.state_body),
                                                     ("country", args.country and args.country.upper()))
               if value is not None}
    source = sources.update_source(open_db(args), args.id, **changes)
    if args.json:
        print_json(source_json(source))
    else:
        print(f"{source['id']}\t{source['kind']}\t{source['url']}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    rows = sources.list_sources(open_db(args))
    if args.json:
        print_json([source_json(s) for s in rows])
        return 0
    for s in rows:
        fetched = clock.local_text(s["last_ok_at"], clock.SCREEN) or "never fetched"
        state = f"ERROR: {s['last_error']}" if s["last_error"] else fetched
        if not s["last_error"] and s.get("last_warning"):
            state += f", read with repairs: {s['last_warning']}"
        if s.get("held_reason"):
            state = f"DISABLED, {render(s['held_reason'], {})} (tick \"Fetch this source\" in the desktop to let it in)"
        print(f"{s['id']}\t{s['kind']}\t{s['folder'] or '-'}\t{s['name']}\t{s['url']}\t{state}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    result = sources.remove_source(open_db(args), args.id)
    say(f"removed source {args.id}: {result['items_removed']} items deleted, "
        f"{result['items_kept']} items kept because an analyst worked on them")
    return 0


def cmd_import_opml(args: argparse.Namespace) -> int:
    """All or nothing: a file that cannot be imported whole is one line on stderr and exit 1, nothing added."""
    result = opml.import_opml(open_db(args), args.file)
    if args.json:
        print_json({"added": result.added, "skipped": result.skipped, "held": result.held})
    else:
        say(f"added {len(result.added)}, already present {len(result.skipped)}, "
            f"held disabled until enabled {len(result.held)}")
    return 0


def cmd_export_opml(args: argparse.Namespace) -> int:
    count = opml.export_opml(open_db(args), args.file)
    say(f"wrote {count} sources to {args.file}")
    return 0
