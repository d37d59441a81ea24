"""Time in one place: UTC ISO-8601 text for storage, and a clock tests can move."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

UTC = dt.timezone.utc
ISO_FORMAT = "%Y-%m-%dT%H:%M:%SZ"

_now: Callable[[], dt.datetime] = lambda: dt.datetime.now(UTC)  # noqa: E731
# The reporting zone of the workspace being worked on (set by the program that opened it, see ``set_zone``);
# None until then, when the machine's own zone is used.
_zone: dt.tzinfo | None = None


def now() -> dt.datetime:
    """The current time, timezone-aware, in UTC."""
    return _now()


def set_clock(func: Callable[[], dt.datetime] | None) -> None:
    """Replace the clock (tests, and ``--at`` on the command line); ``None`` restores the real one."""
    global _now
    _now = func or (lambda: dt.datetime.now(UTC))


def set_zone(tz: dt.tzinfo | None) -> None:
    """Make ``tz`` the zone stored times are shown and local dates are read in: the workspace's reporting zone
    (``db.settings.zone``), or one command's ``--tz``. ``None`` goes back to the machine's zone."""
    global _zone
    _zone = tz


def zone() -> dt.tzinfo:
    """The reporting zone (see ``set_zone``), else the machine's. A ZoneInfo keeps each moment's historical
    offset (Asia/Almaty: UTC+6 until 1 March 2024, UTC+5 since)."""
    if _zone is not None:
        return _zone
    return dt.datetime.now().astimezone().tzinfo or UTC


def to_iso(moment: dt.datetime) -> str:
    """Fixed-width UTC text, so that text order is time order in SQL."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: a time zone is required")
    return moment.astimezone(UTC).strftime(ISO_FORMAT)


def now_iso() -> str:
    return to_iso(now())


def from_iso(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


# How a stored time is shown: screens use year-first order (sorts as text, no day/month ambiguity); documents that
# leave the building (PDF, notices) use the day-first order of official Kazakh and Russian papers.
SCREEN = "%Y-%m-%d %H:%M"
SCREEN_SECONDS = "%Y-%m-%d %H:%M:%S"
DOCUMENT = "%d.%m.%Y %H:%M"
DOCUMENT_DATE = "%d.%m.%Y"
MONTH = "%Y-%m"


def local(iso: str, tz: dt.tzinfo | None = None) -> dt.datetime:
    """A stored UTC time in ``tz``; with no zone, the reporting zone (``zone``), with the offset in force at that
    moment."""
    return from_iso(iso).astimezone(tz or zone())


def local_text(iso: str | None, fmt: str = SCREEN, tz: dt.tzinfo | None = None) -> str:
    """A stored UTC time as text in ``tz`` (see ``local``); empty for no time. The one formatter for core,
    reports and UI."""
    return local(iso, tz).strftime(fmt) if iso else ""
