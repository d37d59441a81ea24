"""What every command shares: opening the workspace, printing JSON, reading dates typed by a person."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.errors import WorkstationError
from workstation.core.paths import default_db_path
from workstation.core.workspace import open_workspace


def open_db(args: argparse.Namespace) -> Database:
    return open_workspace(args.db or default_db_path())


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def local_zone() -> dt.tzinfo:
    return dt.datetime.now().astimezone().tzinfo or dt.timezone.utc


def parse_moment(value: str, *, end_of_day: bool = False) -> dt.datetime:
    """'2025-01-06' (local midnight, or the next midnight with ``end_of_day``), '2025-01-06T10:15', or full ISO."""
    text = value.strip()
    try:
        if len(text) == 10:
            day = dt.date.fromisoformat(text)
            if end_of_day:
                day += dt.timedelta(days=1)
            return dt.datetime.combine(day, dt.time(), tzinfo=local_zone())
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T"))
    except ValueError as exc:
        raise WorkstationError("arg.bad_date", value=value) from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=local_zone())


def iso_arg(value: str | None, *, end_of_day: bool = False) -> str | None:
    return clock.to_iso(parse_moment(value, end_of_day=end_of_day)) if value else None


def add_analyst_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--analyst", default=None,
                        help="recorded on the change (default: $WORKSTATION_ANALYST or the account name)")


def say(message: str) -> None:
    print(message, file=sys.stderr)
