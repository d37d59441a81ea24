"""Time in one place: UTC ISO-8601 text for storage, and a clock tests can move."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

UTC = dt.timezone.utc

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
    """Fixed-width UTC text ("2024-03-01T05:06:07Z"), so that text order is time order in SQL. OverflowError for a
    moment before year 1 or after 9999 in UTC."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: a time zone is required")
    # isoformat writes every year with four digits; strftime("%Y") wrote year 1 as "1" (which then sorted after 2024).
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


def now_iso() -> str:
    return to_iso(now())


def from_iso(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


def stored_time(value: object) -> dt.datetime | None:
    """A stored time, or None when the value is no time at all (another program wrote it: text that is not a
    time, a number, bytes)."""
    if not isinstance(value, str):
        return None
    try:
        return from_iso(value)
    except ValueError:
        return None


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
    reports and UI. A stored value that is not a time (a damaged row, another tool's edit) is shown as it is
    stored, never raised: a list drawing it inside Qt would crash on an exception."""
    if not iso:
        return ""
    try:
        return local(iso, tz).strftime(fmt)
    except (ValueError, TypeError, OverflowError):
        return str(iso)


# A zone's name as documents give it, per language; other zones by the city of their IANA name.
ZONE_PLACES: dict[str, dict[str, str]] = {
    "Asia/Almaty": {"kk": "Алматы", "ru": "Алматы", "en": "Almaty"},
    "Asia/Qostanay": {"kk": "Қостанай", "ru": "Костанай", "en": "Kostanay"},
    "Asia/Aqtobe": {"kk": "Ақтөбе", "ru": "Актобе", "en": "Aktobe"},
    "Asia/Aqtau": {"kk": "Ақтау", "ru": "Актау", "en": "Aktau"},
    "Asia/Atyrau": {"kk": "Атырау", "ru": "Атырау", "en": "Atyrau"},
    "Asia/Oral": {"kk": "Орал", "ru": "Уральск", "en": "Oral"},
    "Asia/Qyzylorda": {"kk": "Қызылорда", "ru": "Кызылорда", "en": "Kyzylorda"},
    "Europe/Moscow": {"kk": "Мәскеу", "ru": "Москва", "en": "Moscow"},
}


def zone_label(iso: str, lang: str = "en", tz: dt.tzinfo | None = None) -> str:
    """The zone a stored time is shown in, named with the offset in force at that moment: "Алматы, UTC+6" on
    29 February 2024, "Алматы, UTC+5" from 1 March 2024 (never today's offset for an older time)."""
    moment = local(iso, tz)
    offset = moment.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    utc = "UTC" if minutes == 0 else f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")
    key = getattr(tz or zone(), "key", None)
    if not key or key == "UTC" or key.startswith("Etc/"):
        return utc
    place = ZONE_PLACES.get(key, {}).get(lang) or key.rsplit("/", 1)[-1].replace("_", " ")
    return f"{place}, {utc}"


def document_time(iso: str | None, lang: str = "en", tz: dt.tzinfo | None = None) -> str:
    """A stored time as an official document gives it: day-first, with its zone and offset named
    ("12.05.2025 10:00 (Алматы, UTC+5)"); empty for no time."""
    return f"{local_text(iso, DOCUMENT, tz)} ({zone_label(iso, lang, tz)})" if iso else ""
