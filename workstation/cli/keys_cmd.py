"""keys show | list | trust: the key this workspace signs bundles with, and the keys it accepts bundles from"""

from __future__ import annotations

import argparse
import zipfile
from pathlib import Path

from workstation.cli.common import add_analyst_option, open_db, print_json, say, shown_time
from workstation.core.analyst import default_analyst
from workstation.core.errors import BadArgument
from workstation.core.exchange import bundle, keys
from workstation.core.files import write_atomically


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("keys", help="the workspace's signing key and the keys it trusts bundles from")
    cmds = parser.add_subparsers(dest="keys_cmd", required=True, metavar="ACTION")
    show = cmds.add_parser("show", help="this workspace's key fingerprint (made on first use), to read to "
                                        "headquarters")
    show.add_argument("--export", metavar="FILE", help="also write the public key to FILE (PEM) for "
                                                       "`keys trust FILE` elsewhere")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_show)
    listing = cmds.add_parser("list", help="the trusted keys, with who trusted them and when")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=cmd_list)
    trust = cmds.add_parser("trust", help="accept bundles signed by a key: its fingerprint, its public key file, "
                                          "or a bundle it signed")
    trust.add_argument("key", metavar="FINGERPRINT|FILE")
    trust.add_argument("--name", default="", help="who the key belongs to (shown on import)")
    add_analyst_option(trust)
    trust.add_argument("--json", action="store_true")
    trust.set_defaults(func=cmd_trust)


def cmd_show(args: argparse.Namespace) -> int:
    key = keys.own_key(open_db(args), default_analyst())
    if args.export:
        write_atomically(args.export, keys.public_pem(key))
        say(f"wrote the public key to {args.export}")
    if args.json:
        print_json({"fingerprint": key.fingerprint, "public_key": key.public_key, "name": key.name,
                    "private_key": str(keys.key_path(key.fingerprint))})
    else:
        print(key.fingerprint)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    rows = keys.list_keys(open_db(args))
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        print(f"{row['fingerprint']}\t{row['name'] or '-'}\t{'own' if row['own'] else row['how']}\t"
              f"{row['trusted_by'] or '-'}\t{shown_time(row['trusted_at'])}")
    return 0


def cmd_trust(args: argparse.Namespace) -> int:
    analyst = args.analyst or default_analyst()
    fingerprint = keys.normalise_fingerprint(args.key)
    path = Path(args.key)
    db = open_db(args) if fingerprint or path.is_file() else None
    if db is None:
        raise BadArgument("keys.bad_key", value=args.key)
    if fingerprint:
        row = keys.trust(db, fingerprint=fingerprint, name=args.name, analyst=analyst, how="fingerprint")
    elif zipfile.is_zipfile(path):
        signer = bundle.read_signer(db, path)  # the signature is checked before its key is trusted
        row = keys.trust(db, fingerprint=signer.fingerprint, public_key=signer.public_key,
                         name=args.name or signer.name, analyst=analyst, how="bundle")
    else:
        raw = keys.read_key_file(path)
        row = keys.trust(db, fingerprint=keys.fingerprint_of(raw), public_key=keys.encode(raw), name=args.name,
                         analyst=analyst, how="file")
    if args.json:
        print_json(row)
    say(f"trusted {row['fingerprint']} ({row['name'] or 'no name'}), by {row['trusted_by'] or '-'} "
        f"at {shown_time(row['trusted_at'])}")
    return 0
