"""Dates as feeds and Kazakh/Russian sites write them, kept with their time zone.

RFC 822 and ISO 8601 with offsets; Russian and Kazakh month names in any case and form
("28 сентября 2022, 10:15", "Пн, 06 янв 2025", "2022 жылғы 28 қыркүйек"); "06.01.2025 10:15";
"сегодня/вчера/бүгін/кеше, 10:15". Text without a zone is read in the source's zone (Kazakhstan by
default). Garbage, years before 1990 and dates more than two days ahead give None.
"""

from __future__ import annotations

import calendar
import datetime as dt
import email.utils
import re
import time
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from workstation.core.textfold import fold

UTC = dt.timezone.utc
MIN_YEAR = 1990
MAX_AHEAD = dt.timedelta(days=2)

# Month stems, folded (Kazakh letters → Russian keyboard letters), so every case and spelling matches.
_MONTHS = {
    1: ("январ", "янв", "jan", "кантар"), 2: ("феврал", "фев", "feb", "акпан"), 3: ("март", "мар", "mar", "наурыз"),
    4: ("апрел", "апр", "apr", "саури", "сауир"), 5: ("мая", "май", "may", "мамыр"), 6: ("июн", "jun", "маусым"),
    7: ("июл", "jul", "шилде"), 8: ("август", "авг", "aug", "тамыз"), 9: ("сентябр", "сен", "sep", "кыркуйек"),
    10: ("октябр", "окт", "oct", "казан"), 11: ("ноябр", "ноя", "nov", "караша"), 12: ("декабр", "дек", "dec",
                                                                                        "желтоксан"),
}
_MONTH_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_TIME = re.compile(r"(?<![\d.])(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d)")
_ZONE = re.compile(r"(?:\b(?:UTC|GMT)\s*)?([+-])(\d{2}):?(\d{2})\b|\b(UTC|GMT|Z)\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_RELATIVE = {"сегодня": 0, "бугин": 0, "today": 0, "вчера": 1, "кеше": 1, "yesterday": 1}


@dataclass
class ParsedDate:
    moment: dt.datetime  # aware, UTC
    offset_minutes: int | None  # as written; None when the text had no zone and the default was used


def _month(word: str) -> int | None:
    folded = fold(word)
    for number, stems in _MONTHS.items():
        if any(folded.startswith(stem) for stem in stems):
            # "мар" must not swallow "мамыр"; "май" must not match "маусым": prefer the longest stem.
            best = max((s for s in stems if folded.startswith(s)), key=len)
            if len(best) >= 3:
                return number
    return None


def _valid(moment: dt.datetime, now: dt.datetime) -> bool:
    return moment.year >= MIN_YEAR and moment <= now + MAX_AHEAD


def _finish(moment: dt.datetime, offset: int | None, now: dt.datetime) -> ParsedDate | None:
    moment = moment.astimezone(UTC)
    return ParsedDate(moment, offset) if _valid(moment, now) else None


def _zone(text: str) -> tuple[dt.tzinfo | None, int | None]:
    match = _ZONE.search(text)
    if not match:
        return None, None
    if match.group(4):
        return UTC, 0
    minutes = int(match.group(2)) * 60 + int(match.group(3))
    minutes = -minutes if match.group(1) == "-" else minutes
    if minutes % 15 or abs(minutes) > 14 * 60:
        return None, None
    return dt.timezone(dt.timedelta(minutes=minutes)), minutes


def parse_date(text: str | None, *, default_tz: str = "Asia/Almaty", now: dt.datetime | None = None
               ) -> ParsedDate | None:
    if not text or not text.strip():
        return None
    text = " ".join(text.split())[:200]
    now = now or dt.datetime.now(UTC)
    try:
        local = ZoneInfo(default_tz)
    except (KeyError, ValueError):
        local = UTC
    for parser in (_iso, _rfc822):
        found = parser(text)
        if found is not None:
            moment, offset = found
            if moment.tzinfo is None:
                moment, offset = moment.replace(tzinfo=local), None
            return _finish(moment, offset, now)
    try:
        return _words(text, local, now)
    except (ValueError, OverflowError):
        return None


def _iso(text: str) -> tuple[dt.datetime, int | None] | None:
    candidate = text.replace(" ", "T", 1) if re.match(r"^\d{4}-\d{2}-\d{2} \d", text) else text
    try:
        moment = dt.datetime.fromisoformat(candidate.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    offset = moment.utcoffset()
    return moment, None if offset is None else int(offset.total_seconds() // 60)


def _rfc822(text: str) -> tuple[dt.datetime, int | None] | None:
    if not re.search(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", text, re.I):
        return None
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if moment is None:
        return None
    zoned = _ZONE.search(text)
    if moment.tzinfo is None or (zoned is None and "-0000" not in text):
        return moment.replace(tzinfo=None), None
    return moment, int(moment.utcoffset().total_seconds() // 60)


def _words(text: str, local: dt.tzinfo, now: dt.datetime) -> ParsedDate | None:
    """Day-month-year in words or digits, with an optional time and zone, in Russian, Kazakh or English."""
    zone, offset = _zone(text)
    clock_match = _TIME.search(text)
    hour = minute = second = 0
    if clock_match:
        hour, minute, second = int(clock_match.group(1)), int(clock_match.group(2)), int(clock_match.group(3) or 0)
        if hour > 23 or minute > 59 or second > 59:
            return None
    stripped = _TIME.sub(" ", text) if clock_match else text
    day = month = year = None
    numeric = _NUMERIC.search(stripped) or None
    iso_day = _ISO_DAY.search(stripped)
    if iso_day:
        year, month, day = (int(g) for g in iso_day.groups())
    elif numeric:
        day, month, year = (int(g) for g in numeric.groups())
    else:
        for word in _MONTH_WORD.findall(stripped):
            month = _month(word)
            if month:
                break
        numbers = [int(n) for n in re.findall(r"\b\d{1,4}\b", stripped)]
        years = [n for n in numbers if n >= 1000]
        days = [n for n in numbers if 1 <= n <= 31]
        if month and days:
            day = days[0]
            year = years[0] if years else None
    if day is None:
        # Only "вчера, 10:15"-like text: the relative word, a time and small words, nothing else.
        words = [w for w in _MONTH_WORD.findall(fold(stripped)) if w not in ("в", "at", "сагат")]
        if len(words) != 1 or words[0] not in _RELATIVE or re.search(r"\w-\w", stripped):
            return None
        relative = _RELATIVE[words[0]]
        base = now.astimezone(zone or local).date() - dt.timedelta(days=relative)
        day, month, year = base.day, base.month, base.year
    if year is None:
        # No year ("28 сентября, 10:15"): this year, unless that would be in the future.
        year = now.astimezone(zone or local).year
        if dt.date(year, month, min(day, calendar.monthrange(year, month)[1])) > now.date() + MAX_AHEAD:
            year -= 1
    moment = dt.datetime(year, month, day, hour, minute, second, tzinfo=zone or local)
    return _finish(moment, offset if zone else None, now)


def from_struct_time(value: time.struct_time | None) -> ParsedDate | None:
    """feedparser's *_parsed values (UTC struct_time); the original offset is unknown."""
    if not value:
        return None
    try:
        moment = dt.datetime.fromtimestamp(calendar.timegm(value), UTC)
    except (OverflowError, ValueError, TypeError, OSError):
        return None
    return ParsedDate(moment, None) if _valid(moment, dt.datetime.now(UTC)) else None
