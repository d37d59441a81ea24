"""tags list | tag ITEM_ID... --add/--remove | rules add | rules list | rules test"""

from __future__ import annotations

import argparse

from workstation.cli.common import add_analyst_option, open_db, print_json, say
from workstation.core.analyst import default_analyst
from workstation.core.errors import BadArgument
from workstation.core.items import rules, tags


def register(sub: argparse._SubParsersAction) -> None:
    tags_parser = sub.add_parser("tags", help="the taxonomy: fake categories, violation types, topics, custom tags")
    tag_cmds = tags_parser.add_subparsers(dest="tags_cmd", required=True, metavar="ACTION")
    lst = tag_cmds.add_parser("list", help="list tags")
    lst.add_argument("--kind", choices=tags.TAG_KINDS)
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_tags_list)

    tag = sub.add_parser("tag", help="add or remove tags on items (a tag by key or by name in any language)")
    tag.add_argument("items", nargs="+", type=int, metavar="ITEM_ID")
    tag.add_argument("--add", action="append", default=[], metavar="TAG")
    tag.add_argument("--remove", action="append", default=[], metavar="TAG")
    add_analyst_option(tag)
    tag.set_defaults(func=cmd_tag)

    rules_parser = sub.add_parser("rules", help="watch rules that tag new items as they arrive")
    rule_cmds = rules_parser.add_subparsers(dest="rules_cmd", required=True, metavar="ACTION")
    add = rule_cmds.add_parser("add", help="save a rule")
    add.add_argument("name")
    add.add_argument("query")
    add.add_argument("--tag", required=True)
    add.add_argument("--alert", action="store_true", help="also raise an alert for each new match")
    add.add_argument("--apply-existing", action="store_true", help="also tag the items already stored")
    add_analyst_option(add)
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=cmd_rules_add)
    rlist = rule_cmds.add_parser("list", help="list rules")
    rlist.add_argument("--json", action="store_true")
    rlist.set_defaults(func=cmd_rules_list)
    test = rule_cmds.add_parser("test", help="how many stored items a query would tag")
    test.add_argument("query")
    test.set_defaults(func=cmd_rules_test)


def cmd_tags_list(args: argparse.Namespace) -> int:
    rows = tags.list_tags(open_db(args), args.kind)
    if args.json:
        print_json(rows)
        return 0
    for t in rows:
        print(f"{t['id']}\t{t['kind']}\t{t['key']}\t{t['name_kk']} / {t['name_ru']} / {t['name_en']}")
    return 0


def cmd_tag(args: argparse.Namespace) -> int:
    if not args.add and not args.remove:
        raise BadArgument("arg.tag_no_change")
    db = open_db(args)
    add = [tags.resolve_tag(db, t)["id"] for t in args.add]
    remove = [tags.resolve_tag(db, t)["id"] for t in args.remove]
    result = tags.tag_items(db, args.items, add=add, remove=remove, analyst=args.analyst or default_analyst())
    say(f"{result['added']} tags added, {result['removed']} removed on {len(set(args.items))} items")
    return 0


def cmd_rules_add(args: argparse.Namespace) -> int:
    db = open_db(args)
    tag = tags.resolve_tag(db, args.tag)
    rule = rules.add_rule(db, args.name, args.query, tag_id=tag["id"], alert=args.alert,
                          analyst=args.analyst or default_analyst(), apply_to_stored=args.apply_existing)
    if args.json:
        print_json(rule)
    else:
        say(f"rule {rule['id']} saved: {rule['name']} → {tag['key']}")
    return 0


def cmd_rules_list(args: argparse.Namespace) -> int:
    rows = rules.list_rules(open_db(args))
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        flags = ("alert " if r["alert"] else "") + ("" if r["enabled"] else "disabled")
        print(f"{r['id']}\t{r['name']}\t{r['query']}\t→ {r['tag']}\t{flags}".rstrip())
    return 0


def cmd_rules_test(args: argparse.Namespace) -> int:
    count = rules.count_rule_matches(open_db(args), args.query)
    print(count)
    return 0
