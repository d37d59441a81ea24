"""settings show | set: the workspace's own settings (reporting time zone, organisation, unit, author, contact,
signature, and what removal notices carry: issuing body, signatory, executor's phone, outgoing number format), the
same for every analyst and program that opens the workspace."""

from __future__ import annotations

import argparse

from workstation.cli.common import add_analyst_option, open_db, print_json, say
from workstation.core.analyst import default_analyst
from workstation.core.db import settings


def register(sub: argparse._SubParsersAction) -> None:
    st = sub.add_parser("settings", help="the workspace's settings: reporting time zone, organisation, signature")
    cmds = st.add_subparsers(dest="settings_cmd", required=True, metavar="ACTION")
    show = cmds.add_parser("show", help="every setting with its value (defaults included)")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(func=cmd_show)
    put = cmds.add_parser("set", help="change one setting (audited)")
    put.add_argument("key", choices=tuple(settings.DEFAULTS), metavar="KEY",
                     help=f"one of: {', '.join(settings.DEFAULTS)}")
    put.add_argument("value", metavar="VALUE", help="timezone: an IANA name such as Asia/Almaty; "
                                                    "notice_number_format: the outgoing number, e.g. 04-2/{seq} "
                                                    "({seq}: the register's number within the year, {year}: the "
                                                    "year); issuing_body, signatory_position, signatory_name, "
                                                    "executor_phone, contact (the reply address for confirmations "
                                                    "of removal): used verbatim in notices")
    add_analyst_option(put)
    put.set_defaults(func=cmd_set)


def cmd_show(args: argparse.Namespace) -> int:
    values = settings.all_settings(open_db(args))
    if args.json:
        print_json(values)
    else:
        for key, value in values.items():
            print(f"{key}\t{value}")
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    if args.key == "timezone":
        settings.zone_named(args.value)  # checked before the workspace is opened: exit 2
    if args.key == "notice_number_format":
        settings.check_number_format(args.value.strip())
    settings.set_setting(open_db(args), args.key, args.value, analyst=args.analyst or default_analyst())
    say(f"{args.key} = {args.value.strip()}")
    return 0
