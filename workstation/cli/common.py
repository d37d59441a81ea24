"""What every command shares: opening the workspace, printing JSON and times, reading dates and counts typed by a
person.

Argument values are checked before the workspace is opened. A wrong value is reported like argparse's own
errors, in one line, exit 2: through argparse ``type=`` converters where one value decides (``at_least``), or
by raising ``BadArgument`` where it takes a conversion or two values (dates, periods).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from typing import Any

from workstation.core import clock
from workstation.core.db import settings
from workstation.core.db.connect import WorkspaceDatabase
from workstation.core.errors import BadArgument, WorkstationError
from workstation.core.paths import default_db_path
from workstation.core.workspace import open_workspace


def open_db(args: argparse.Namespace) -> WorkspaceDatabase:
    """The workspace the command works on; read-only with ``--read-only`` or when it cannot be written."""
    return open_workspace(args.db or default_db_path(), read_only=True if getattr(args, "read_only", False) else None)


def open_db_for_writing(args: argparse.Namespace) -> WorkspaceDatabase:
    """For commands that write a lot before they could fail (fetching, importing): a read-only workspace is
    refused at once, before anything is downloaded or parsed."""
    db = open_db(args)
    if db.read_only:
        db.close()
        raise WorkstationError("db.read_only", path=db.path)
    return db


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def use_command_zone(args: argparse.Namespace) -> dt.tzinfo:
    """Fix the zone of this command's dates and shown times before it runs: ``--tz`` where the command has it,
    else the workspace's reporting zone (Settings, `workstation settings set timezone`), with the historical
    offsets of that zone. The machine's own zone plays no part."""
    name = getattr(args, "tz", None)
    tz = settings.zone_named(name) if name else settings.zone_of_file(args.db or default_db_path())
    clock.set_zone(tz)
    return tz


def local_zone() -> dt.tzinfo:
    """The zone dates typed by a person are read in (see ``use_command_zone``)."""
    return clock.zone()


def parse_moment(value: str, *, end_of_day: bool = False) -> dt.datetime:
    """'2025-01-06' (midnight in the reporting zone, or the next midnight with ``end_of_day``), '2025-01-06T10:15'
    (in the reporting zone, with the offset in force on that day), or full ISO with its own offset."""
    text = value.strip()
    try:
        if len(text) == 10:
            day = dt.date.fromisoformat(text)
            if end_of_day:
                day += dt.timedelta(days=1)
            return dt.datetime.combine(day, dt.time(), tzinfo=local_zone())
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T"))
    except (ValueError, OverflowError) as exc:  # OverflowError: the day after 9999-12-31
        raise BadArgument("arg.bad_date", value=value) from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=local_zone())


def iso_arg(value: str | None, *, end_of_day: bool = False) -> str | None:
    if not value:
        return None
    try:
        return clock.to_iso(parse_moment(value, end_of_day=end_of_day))
    except OverflowError as exc:  # before year 1 or after 9999 in UTC
        raise BadArgument("arg.bad_date", value=value) from exc


def period_args(first: str | None, last: str | None, *, first_name: str, last_name: str) -> tuple[str | None,
                                                                                                  str | None]:
    """[since, until) in UTC for the days a person named (``last`` included); BadArgument if it ends before it
    starts, which would silently select nothing."""
    since, until = iso_arg(first), iso_arg(last, end_of_day=True)
    if since and until and until <= since:
        raise BadArgument("arg.bad_period", first=f"{first_name} {first}", last=f"{last_name} {last}")
    return since, until


def at_least(minimum: int) -> Callable[[str], int]:
    """An argparse ``type=`` for a count: a whole number no smaller than ``minimum`` (``--jobs 0`` is exit 2)."""

    def convert(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}, not {value}")
        return value

    return convert


def shown_time(iso: str | None) -> str:
    """A stored time as the plain-text output shows it: in the reporting zone, year first (JSON keeps UTC
    ISO-8601)."""
    return clock.local_text(iso, clock.SCREEN) or "-"


def add_analyst_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--analyst", default=None,
                        help="recorded on the change (default: $WORKSTATION_ANALYST or the account name)")


def say(message: str) -> None:
    print(message, file=sys.stderr)
