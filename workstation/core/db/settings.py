"""What a workspace knows about itself, kept in the workspace (not in the desktop's per-user settings), so that
every program and every analyst opening it reports the same way: the reporting time zone, and the organisation,
unit, author, contact and signature block that official documents (notices, the PDF summary) carry, and what a
removal notice needs as an official letter: the issuing body, the signatory, the executor's phone and the format of
the unit's outgoing numbers."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tzlocal
from sqlite_utils import Database

from workstation.core.db import audit
from workstation.core.errors import BadArgument, WorkstationError
from workstation.core.locations import is_team_url

DEFAULT_ZONE = "Asia/Almaty"
# Each setting with its default; the key is what `workstation settings set KEY VALUE` takes.
DEFAULTS: dict[str, str] = {
    "timezone": DEFAULT_ZONE,  # IANA name; day boundaries and month buckets use its historical offsets
    "organisation": "",
    "unit": "",
    "author": "",
    "contact": "",
    "signature": "",
    # What a removal notice carries as an official letter (used verbatim, in the letter's language as typed):
    "issuing_body": "",  # the authorised body that sends it, e.g. the Ministry of Culture and Information
    "signatory_position": "",
    "signatory_name": "",
    "executor_phone": "",
    "notice_number_format": "{seq}",  # the outgoing number from the unit's register, e.g. 04-2/{seq}
}
# The parts an outgoing number may use: the register's sequence within the year, and the year.
NUMBER_PARTS = ("seq", "year")
_PREFIX = "setting."


def get_setting(db: Database, key: str) -> str:
    if key not in DEFAULTS:
        raise BadArgument("settings.unknown", name=key, allowed=", ".join(DEFAULTS))
    row = db.execute("SELECT value FROM workspace_meta WHERE key = ?", [_PREFIX + key]).fetchone()
    return row[0] if row and row[0] is not None else DEFAULTS[key]


def all_settings(db: Database) -> dict[str, str]:
    stored = dict(db.execute("SELECT substr(key, ?), value FROM workspace_meta WHERE key LIKE ?",
                             [len(_PREFIX) + 1, _PREFIX + "%"]).fetchall())
    return {key: stored.get(key) if stored.get(key) is not None else default for key, default in DEFAULTS.items()}


def zone_named(name: str) -> ZoneInfo:
    """The IANA zone called ``name``; BadArgument "arg.bad_zone" for anything else (an offset, a typo)."""
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError, TypeError, OSError) as exc:
        raise BadArgument("arg.bad_zone", zone=name) from exc


def system_zone_name() -> str:
    """This computer's IANA zone (what a new workspace starts with), Asia/Almaty when it cannot be told."""
    try:
        name = tzlocal.get_localzone_name()
        if name:
            zone_named(name)
            return name
    except (BadArgument, LookupError, ValueError, OSError):
        pass
    return DEFAULT_ZONE


def seed_zone(db: Database) -> None:
    """A new workspace reports in this computer's zone (a workspace made before this setting keeps Asia/Almaty)."""
    db.execute("INSERT OR IGNORE INTO workspace_meta (key, value) VALUES (?, ?)",
               [_PREFIX + "timezone", system_zone_name()])


def zone(db: Database) -> dt.tzinfo:
    """The workspace's reporting zone (a stored name that is no longer known falls back to Asia/Almaty)."""
    try:
        return zone_named(get_setting(db, "timezone"))
    except BadArgument:
        return ZoneInfo(DEFAULT_ZONE)


def zone_of_file(path: str | Path) -> dt.tzinfo:
    """The reporting zone of the workspace file at ``path`` without opening it for work (a command reads its date
    arguments before it opens the workspace); this computer's zone for a workspace not created yet."""
    name = None
    if is_team_url(path):
        from workstation.core.db.team import TeamDatabase  # the PostgreSQL driver loads for a team only
        try:
            team = TeamDatabase(str(path), read_only=True)
        except WorkstationError:
            team = None  # the command itself reports the unreachable server
        if team is not None:
            with contextlib.closing(team):
                try:
                    row = team.execute("SELECT value FROM workspace_meta WHERE key = ?",
                                       [_PREFIX + "timezone"]).fetchone()
                except sqlite3.Error:
                    row = None  # not initialised yet (`db init-team`)
            name = row[0] if row and row[0] else None
    elif Path(path).is_file():
        try:
            with sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True) as raw:
                row = raw.execute("SELECT value FROM workspace_meta WHERE key = ?", [_PREFIX + "timezone"]).fetchone()
            name = row[0] if row and row[0] else DEFAULT_ZONE
        except sqlite3.Error:
            name = DEFAULT_ZONE
    try:
        return zone_named(name or system_zone_name())
    except BadArgument:
        return ZoneInfo(DEFAULT_ZONE)


def check_number_format(value: str) -> None:
    """An outgoing number's format holds {seq} (and may hold {year}), nothing else in braces: BadArgument."""
    names = re.findall(r"{([^{}]*)}", value)
    if "seq" not in names or any(name not in NUMBER_PARTS for name in names) or \
            value.count("{") != len(names) or value.count("}") != len(names):
        raise BadArgument("settings.bad_number_format", value=value)


def outgoing_number(fmt: str, seq: int, year: int) -> str:
    """The outgoing number the format gives for this register entry ("04-2/{seq}" → "04-2/17")."""
    return fmt.replace("{seq}", str(seq)).replace("{year}", str(year))


def set_setting(db: Database, key: str, value: str, *, analyst: str = "") -> None:
    """Store one setting and audit the change; a time zone must be a known IANA name (BadArgument)."""
    old = get_setting(db, key)
    value = value.strip()
    if key == "timezone":
        zone_named(value)
    if key == "notice_number_format":
        check_number_format(value)
    if value == old:
        return
    with db.atomic():
        db.execute("INSERT INTO workspace_meta (key, value) VALUES (?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [_PREFIX + key, value])
        audit.record(db, entity="workspace", entity_id=None, action="setting", analyst=analyst,
                     old={key: old}, new={key: value})
