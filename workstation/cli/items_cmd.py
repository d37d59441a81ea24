"""fetch | import | items list | search"""

from __future__ import annotations

import argparse
import sys
import threading

from workstation.cli.common import at_least, iso_arg, open_db, open_db_for_writing, print_json, say, shown_time
from workstation.core.ingest import pool as parse_pool
from workstation.core.ingest.run import STORAGE_KEYS, SourceOutcome, fetch_sources, import_files
from workstation.core.ingest.sources import get_source
from workstation.core.items import queries as items_core
from workstation.core.items import search as search_core
from workstation.core.violations.capture import retry_pending
from workstation.core.violations.render import render_warc
from workstation.core.workspace.triage import triage_new_items

ITEM_JSON = ("id", "uuid", "source_id", "source", "title", "url", "published_at", "date_known", "lang", "read",
             "starred", "first_seen_at", "author")
EXIT_SOME_FAILED = 3


def register(sub: argparse._SubParsersAction) -> None:
    fetch = sub.add_parser("fetch", help="fetch sources now (all enabled sources by default)")
    fetch.add_argument("--source", type=int, action="append", dest="sources", metavar="ID",
                       help="fetch only this source (repeatable)")
    fetch.add_argument("--jobs", type=at_least(1), default=8, metavar="N", help="sources fetched at once (default 8)")
    fetch.add_argument("--json", action="store_true", help="print the per-source summary as JSON")
    fetch.add_argument("--loop", type=_minutes, metavar="MINUTES",
                       help="keep fetching, every MINUTES, the sources whose own interval has passed (the unit's "
                            "scheduled fetch, e.g. on the team server); Ctrl+C stops")
    fetch.add_argument("--rounds", type=at_least(1), metavar="N", help="with --loop: stop after N rounds")
    fetch.set_defaults(func=cmd_fetch)

    imp = sub.add_parser("import", help="ingest saved feed or HTML files (offline work)")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(func=cmd_import)

    items = sub.add_parser("items", help="list stored items")
    cmds = items.add_subparsers(dest="items_cmd", required=True, metavar="ACTION")
    lst = cmds.add_parser("list", help="newest first")
    lst.add_argument("--source", type=int, action="append", dest="sources", metavar="ID")
    lst.add_argument("--since", metavar="DATE", help="published on or after (YYYY-MM-DD or ISO time)")
    lst.add_argument("--limit", type=at_least(1), default=50, metavar="N")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_items_list)

    search = sub.add_parser("search", help='full-text search: words, "phrases", prefix*, AND OR NOT, title:')
    search.add_argument("query")
    search.add_argument("--limit", type=at_least(1), default=50, metavar="N")
    search.add_argument("--json", action="store_true")
    search.add_argument("--explain", action="store_true",
                        help="first print each term with the word forms it matches (to standard error)")
    search.set_defaults(func=cmd_search)


def _print_outcomes(outcomes: list[SourceOutcome], as_json: bool) -> int:
    """The per-source summary (JSON on stdout with ``--json``, lines on stderr); exit 3 when any source failed,
    including every source left unstored after the store refused a write (a full disk)."""
    failed = [o for o in outcomes if not o.ok]
    if as_json:
        print_json([o.as_json() for o in outcomes])
    new = sum(o.new for o in outcomes)
    updated = sum(o.updated for o in outcomes)
    say(f"{len(outcomes)} sources: {len(outcomes) - len(failed)} ok, {len(failed)} failed; "
        f"{new} new items, {updated} updated")
    for o in failed:
        stored = f" (stored before that: {o.new} new, {o.updated} updated)" if o.new or o.updated else ""
        say(f"  failed: [{o.source_id}] {o.name}: {o.error}{stored}")
    for o in outcomes:
        if o.ok and o.warning:
            say(f"  read with repairs (items past the damage may be missing): [{o.source_id}] {o.name}: {o.warning}")
    refused = next((o for o in outcomes if o.error_key in STORAGE_KEYS), None)
    if refused is not None:
        say(f"stopped: {refused.error}; the items counted above were stored")
    return EXIT_SOME_FAILED if failed else 0


def cmd_fetch(args: argparse.Namespace) -> int:
    db = open_db_for_writing(args)
    cancel = threading.Event()

    def progress(done: int, total: int, outcome: SourceOutcome) -> None:
        state = f"{outcome.new} new" if outcome.ok else f"failed: {outcome.error}"
        if outcome.not_modified:
            state = "not modified"
        sys.stderr.write(f"[{done}/{total}] {outcome.name}: {state}\n")

    rounds = 0
    try:
        while True:
            outcomes = fetch_sources(db, args.sources, jobs=args.jobs, progress=progress, cancel=cancel,
                                     triage=triage_new_items, respect_backoff=args.loop is not None)
            _retry_captures(db)
            rounds += 1
            if args.loop is None or (args.rounds and rounds >= args.rounds):
                break
            _print_outcomes(outcomes, args.json)
            cancel.wait(args.loop * 60)
    except KeyboardInterrupt:
        cancel.set()
        raise
    return _print_outcomes(outcomes, args.json)


def _minutes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not value > 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of minutes above 0")
    return value


def _retry_captures(db) -> None:
    """The fetch round's last step: captures of violations queued while offline are tried again."""
    for result in retry_pending(db, render=render_warc):
        state = "captured" if result["status"] == "captured" else f"still pending: {result['error']}"
        sys.stderr.write(f"violation {result['violation_id']}: capture {state}\n")


def cmd_import(args: argparse.Namespace) -> int:
    if len(args.files) > 1:
        parse_pool.start_workers()  # they start while the workspace opens (several files are read in workers)
    return _print_outcomes(import_files(open_db_for_writing(args), args.files, triage=triage_new_items), args.json)


def _print_items(rows: list[dict], as_json: bool) -> None:
    if as_json:
        print_json([{k: r.get(k) for k in ITEM_JSON} for r in rows])
        return
    for r in rows:
        print(f"{r['id']}\t{shown_time(r['published_at'])}\t{r['lang'] or '-'}\t{r['source'] or '-'}\t{r['title']}")


def cmd_items_list(args: argparse.Namespace) -> int:
    flt = items_core.ItemFilter(source_ids=args.sources or [], since=iso_arg(args.since))
    db = open_db(args)
    for source_id in flt.source_ids:
        get_source(db, source_id)  # an unknown id is a failed command, not an empty list
    _print_items(items_core.list_items(db, flt, limit=args.limit), args.json)
    return 0


def _explain(query: str) -> None:
    for term in search_core.explain(query):
        if term.kind == "word":
            forms = ", ".join(term.forms) or "-"
            say(f"{term.term}: exact «{term.exact}»; word forms: {forms}")
        else:
            say(f"{term.term}: {term.kind}, exact words only «{term.exact}»")


def cmd_search(args: argparse.Namespace) -> int:
    if args.explain:
        _explain(args.query)
    _print_items(items_core.search_items(open_db(args), args.query, limit=args.limit), args.json)
    return 0
