"""Dates as feeds and Kazakh/Russian sites write them, kept with their time zone.

ISO 8601 and RFC 822 with offsets ("+05:00", "+0500", "Z") and zone names ("GMT", "EST", "MSK");
Russian, Kazakh and English month names in any case and grammatical form, full or abbreviated, Kazakh
also typed on a Russian keyboard ("28 сентября 2022, 10:15", "Пн, 06 янв 2025 10:15:00 +0500",
"2022 жылғы 28 қыркүйек", "28 кыркуйек 2022 ж.", "January 6, 2025"); "06.01.2025 10:15"; "сегодня, 10:15",
"вчера в 10:15", "бүгін 10:15", "кеше 10:15", "5 минут назад", "2 сағат бұрын". Text without a zone is read
in the source's zone (Kazakhstan by default; tzdata knows it moved from UTC+6 to UTC+5 on 1 March 2024).
Garbage, years before 1990 and moments more than two days ahead give None: a feed's clock can be a little
fast, a year-3000 date is a bug, and either would float an item to the top of every list.

python-dateutil is not used: its fuzzy parser reads digits in any text as a date, and it knows no Russian
or Kazakh months. email.utils is not used either: it reports a missing zone as GMT.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import time
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from workstation.core import clock
from workstation.core.textfold import fold

UTC = dt.timezone.utc
MIN_YEAR = 1990
MAX_AHEAD = dt.timedelta(days=2)

# Folded (lower case, Kazakh letters as typed on a Russian keyboard, see textfold): full stems match as a
# prefix with a short ending ("сентября", "қыркүйектің" → "кыркуйектин"); abbreviations match exactly.
_MONTH_STEMS = (
    ("январ", "january", "кантар", "qantar", "qańtar"), ("феврал", "february", "акпан", "aqpan"),
    ("март", "march", "наурыз", "nauryz", "naýryz"), ("апрел", "april", "сауир", "sauir", "sáuir", "sáýir"),
    ("мамыр", "mamyr"), ("июн", "june", "маусым", "mausym", "maýsym"), ("июл", "july", "шилде", "shilde"),
    ("август", "august", "тамыз", "tamyz"), ("сентябр", "september", "кыркуйек", "qyrkuiek", "qyrkúiek"),
    ("октябр", "october", "казан", "qazan"), ("ноябр", "november", "караша", "qarasha"),
    ("декабр", "december", "желтоксан", "jeltoqsan"),
)
_MONTH_WORDS = {
    **{word: 5 for word in ("май", "мая", "мае", "маю", "маем", "may")},
    **{word: number for number, words in enumerate((
        ("янв", "jan"), ("фев", "февр", "feb"), ("мар", "mar"), ("апр", "apr"), (), ("июн", "jun"),
        ("июл", "jul"), ("авг", "aug"), ("сен", "сент", "sep", "sept"), ("окт", "oct"), ("ноя", "нояб", "nov"),
        ("дек", "dec")), start=1) for word in words},
    # Kazakh abbreviations ("28 қыр. 2022")
    **{word: number for number, word in enumerate(
        ("кан", "акп", "нау", "сау", "мам", "мау", "шил", "там", "кыр", "каз", "кар", "жел"), start=1)},
}
# Month words that are also ordinary words ("там 5 человек", "Казань", "may"): they make a date only with a year.
_AMBIGUOUS = {"кан", "акп", "нау", "сау", "мам", "мау", "шил", "там", "кыр", "каз", "кар", "жел", "may", "mar",
              "jan", "march", "казан"}
_MONTH_ENDING = 4  # "-ның", "-ында": the longest Kazakh or Russian ending after a month stem
_TIME = re.compile(r"(?<![\d:.])(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?![\d:])"
                   r"(?:\s*(a\.?m\.?|p\.?m\.?)(?![a-z]))?", re.I)
_OFFSET = re.compile(r"^(\s*)\(?\s*(UTC|GMT|UT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?(?!\d)\s*\)?", re.I)
_FIXED_ZONES = {"z": 0, "utc": 0, "gmt": 0, "ut": 0, "wet": 0, "bst": 60, "cet": 60, "west": 60, "cest": 120,
                "eet": 120, "eest": 180, "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420,
                "mdt": -360, "pst": -480, "pdt": -420}
_REGION_ZONES = {"msk": "Europe/Moscow", "мск": "Europe/Moscow", "по москве": "Europe/Moscow",
                 "по московскому времени": "Europe/Moscow", "almt": "Asia/Almaty", "по астане": "Asia/Almaty",
                 "по времени астаны": "Asia/Almaty", "по алматы": "Asia/Almaty", "астана уакыты": "Asia/Almaty",
                 "aqtt": "Asia/Aqtau", "orat": "Asia/Oral", "qyzt": "Asia/Qyzylorda", "yekt": "Asia/Yekaterinburg",
                 "omst": "Asia/Omsk", "kgt": "Asia/Bishkek", "uzt": "Asia/Tashkent"}
_ZONE_NAMES = sorted([*_FIXED_ZONES, *_REGION_ZONES], key=len, reverse=True)  # longest first: "по москве"
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*"
                  r"(Z|[+-]\d{2}(?::?\d{2})?)?$", re.I)
# The English three-letter months, as _MONTH_WORDS knows them.
_RFC822_MONTHS = {word: number for word, number in _MONTH_WORDS.items() if len(word) == 3 and word.isascii()}
# An English weekday, the day, an English month, a four-digit year, the time and an offset or a fixed zone's name.
_RFC822 = re.compile(r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),? )?(\d{1,2}) (" + "|".join(_RFC822_MONTHS) + r") (\d{4}) "
                     r"(\d{2}):(\d{2})(?::(\d{2}))? ([+-]\d{4}|" + "|".join(_FIXED_ZONES) + r")$", re.I)
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})(?!\d)")
_TOKEN = re.compile(r"\d+|[^\W\d_]+")
_ORDINAL_ENDINGS = {"st", "nd", "rd", "th", "го", "е", "ое", "ого", "і", "и", "ы", "ши", "шы", "сі", "си"}
_DAYS_BACK = {"сегодня": 0, "бугин": 0, "today": 0, "вчера": 1, "кеше": 1, "yesterday": 1, "позавчера": 2}
_AGO = re.compile(r"(?:^|\s)(?:(\d+)\s*)?([^\W\d_]+)\.?\s+(назад|бурын|ago)$")
_UNITS = {"сек": 1, "second": 1, "sec": 1, "мин": 60, "minute": 60, "min": 60, "час": 3600, "ч": 3600,
          "сагат": 3600, "hour": 3600, "hr": 3600, "ден": 86400, "дн": 86400, "день": 86400, "кун": 86400,
          "day": 86400, "недел": 604800, "апта": 604800, "week": 604800}
_JUST_NOW = {"только что", "сейчас", "жана гана", "казир", "just now", "now"}
_FILLER = {"в", "во", "at", "сагат", "сагатта", "г", "года", "год", "ж", "жылгы", "жыл", "те", "та", "де", "да",
           "on", "of", "and"}


@dataclass
class ParsedDate:
    moment: dt.datetime  # aware, in UTC
    offset_minutes: int | None  # the UTC offset as written (300 for +05:00); None if the default zone was used


def parse_date(text: str | None, *, default_tz: str = "Asia/Almaty", now: dt.datetime | None = None,
               max_ahead: dt.timedelta | None = MAX_AHEAD) -> ParsedDate | None:
    """A date as a feed or a Kazakh/Russian site writes it, or None; never raises.

    ``now`` anchors "вчера, 10:15" and the future check (default: the project clock). ``max_ahead=None``
    allows any future date (a media plan), otherwise later moments give None.
    """
    if not isinstance(text, str):
        return None
    text = " ".join(text.split())[:200]
    if not text:
        return None
    try:
        now = clock.now() if now is None else (now if now.tzinfo else now.replace(tzinfo=UTC))
        local = _zone(default_tz) or ZoneInfo("Asia/Almaty")
        found = _iso(text) or _rfc822(text) or _relative(text, now) or _words(text, now, local)
        if found is None:
            return None
        moment, offset = found
        if moment.tzinfo is None:
            moment, offset = moment.replace(tzinfo=local), None
        moment = moment.astimezone(UTC)
    except (ValueError, OverflowError, TypeError, KeyError, IndexError):
        return None
    if moment.year < MIN_YEAR or (max_ahead is not None and moment > now + max_ahead):
        return None
    return ParsedDate(moment, offset)


def from_struct_time(value: time.struct_time | None) -> ParsedDate | None:
    """feedparser's ``*_parsed`` values: UTC struct_time, the original offset lost."""
    if not value:
        return None
    try:
        moment = dt.datetime.fromtimestamp(calendar.timegm(value), UTC)
    except (OverflowError, ValueError, TypeError, OSError):
        return None
    if moment.year < MIN_YEAR or moment > clock.now() + MAX_AHEAD:
        return None
    return ParsedDate(moment, None)


# --- the forms -----------------------------------------------------------------------------------------

Found = tuple[dt.datetime, int | None]


def _iso(text: str) -> Found | None:
    """2025-01-06, 2025-01-06 10:15, 2025-01-06T10:15:00.123+05:00, ...Z, ...+0500."""
    match = _ISO.match(text)
    if not match:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    if zone and _offset_minutes(zone) is None:
        raise ValueError("impossible UTC offset")
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    moment = dt.datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0), micro)
    if not zone:
        return moment, None
    offset = _offset_minutes(zone) or 0
    return moment.replace(tzinfo=dt.timezone(dt.timedelta(minutes=offset))), offset


def _rfc822(text: str) -> Found | None:
    """"Tue, 06 Jan 2025 10:15:00 +0500" and "... GMT": most feeds' dates, read without the general word-by-word
    reading of ``_words`` (which gives the same answer, at ten times the cost)."""
    match = _RFC822.match(text)
    if not match:
        return None
    day, month, year, hour, minute, second, zone = match.groups()
    if zone[0] in "+-":
        offset = _offset_minutes(zone)
        if offset is None:
            raise ValueError("impossible UTC offset")
    else:
        offset = _FIXED_ZONES[zone.lower()]
    moment = dt.datetime(int(year), _RFC822_MONTHS[month.lower()], int(day), int(hour), int(minute), int(second or 0))
    return moment.replace(tzinfo=dt.timezone(dt.timedelta(minutes=offset))), offset


def _relative(text: str, now: dt.datetime) -> Found | None:
    """"5 минут назад", "2 сағат бұрын", "час назад", "3 hours ago", "только что"."""
    folded = fold(text).strip(" .,")
    if folded in _JUST_NOW:
        return now, None
    match = _AGO.search(folded)
    if not match:
        return None
    unit = next((seconds for stem, seconds in _UNITS.items() if match.group(2).startswith(stem)), None)
    if unit is None:
        return None
    amount = int(match.group(1) or 1)
    return now - dt.timedelta(seconds=amount * unit), None


def _words(text: str, now: dt.datetime, local: dt.tzinfo) -> Found | None:
    """Day, month (a word or a number) and year, with an optional time and zone, in any order a site uses."""
    hour = minute = second = 0
    zone: dt.tzinfo | None = None
    offset: int | None = None
    rest = text
    clock_match = _TIME.search(text)
    if clock_match:
        hour, minute, second = (int(g or 0) for g in clock_match.group(1, 2, 3))
        meridiem = (clock_match.group(4) or "").lower()
        if meridiem and not 1 <= hour <= 12:
            return None
        if meridiem.startswith("p") and hour < 12:
            hour += 12
        elif meridiem.startswith("a") and hour == 12:
            hour = 0
        zone, offset, used = _zone_after(text[clock_match.end():], after_seconds=clock_match.group(3) is not None)
        rest = text[:clock_match.start()] + " " + text[clock_match.end() + used:]
    today = now.astimezone(zone or local).date()
    date = _numeric_date(rest) or _month_word_date(rest, today)
    time_alone = date is None and not _TOKEN.findall(fold(rest))
    if date is None:
        date = _day_word_date(rest, today, bool(clock_match))
    if date is None:
        return None
    year, month, day = date
    moment = dt.datetime(year, month, day, hour, minute, second)
    if time_alone and moment.replace(tzinfo=zone or local) > now + dt.timedelta(hours=1):
        moment -= dt.timedelta(days=1)  # "23:50" on a listing read at 09:00: last night's news
    if zone is None:
        return moment, None
    moment = moment.replace(tzinfo=zone)
    return moment, offset if offset is not None else int(moment.utcoffset().total_seconds() // 60)


def _numeric_date(text: str) -> tuple[int, int, int] | None:
    """06.01.2025, 6/1/25, 2025/01/06, 06-01-2025: day first, as in Kazakhstan and Russia."""
    match = _NUMERIC.search(text)
    if not match:
        return None
    first, _, second, third = match.groups()
    if len(first) == 4:
        return int(first), int(second), int(third)
    day, month, year = int(first), int(second), int(third)
    if month > 12 >= day:  # 01/26/2025: an American date after all
        day, month = month, day
    return _full_year(year, len(third)), month, day


def _month_word_date(text: str, today: dt.date) -> tuple[int, int, int] | None:
    tokens = [t for t in _TOKEN.findall(text) if fold(t) not in _ORDINAL_ENDINGS]
    for index, token in enumerate(tokens):
        month = None if token.isdigit() else _month(token)
        if month is None:
            continue
        ambiguous = _month_stem(token) in _AMBIGUOUS
        before = tokens[index - 1] if index else ""
        after = tokens[index + 1] if index + 1 < len(tokens) else ""
        if before.isdigit() and 1 <= int(before) <= 31 and len(before) <= 2:
            day, year_token = int(before), after
        elif after.isdigit() and 1 <= int(after) <= 31 and len(after) <= 2:
            day, year_token = int(after), tokens[index + 2] if index + 2 < len(tokens) else ""
        else:
            continue
        years = [int(t) for t in tokens if t.isdigit() and len(t) == 4]
        if years:
            return years[0], month, day
        if year_token.isdigit() and len(year_token) == 2:  # RFC 822's "06 Jan 25"
            return _full_year(int(year_token), 2), month, day
        if ambiguous:
            continue
        # "28 сентября, 10:15": this year, unless that is ahead of us, then last year
        year = today.year
        if dt.date(year, month, min(day, calendar.monthrange(year, month)[1])) > today + MAX_AHEAD:
            year -= 1
        return year, month, day
    return None


def _day_word_date(text: str, today: dt.date, has_time: bool) -> tuple[int, int, int] | None:
    """"сегодня, 10:15", "вчера в 10:15", "кеше 10:15", or a time alone (today's news on a listing)."""
    words = [w for w in _TOKEN.findall(fold(text)) if w not in _FILLER]
    if any(w.isdigit() for w in words) or len(words) > 1:
        return None
    if words and words[0] not in _DAYS_BACK:
        return None
    if not words and not has_time:
        return None
    day = today - dt.timedelta(days=_DAYS_BACK[words[0]] if words else 0)
    return day.year, day.month, day.day


def _month(word: str) -> int | None:
    stem = _month_stem(word)
    if stem is None:
        return None
    if stem in _MONTH_WORDS:
        return _MONTH_WORDS[stem]
    return next(number for number, stems in enumerate(_MONTH_STEMS, start=1) if stem in stems)


def _month_stem(word: str) -> str | None:
    """The abbreviation or stem a word matches ("сентября" → "сентябр"), or None."""
    folded = fold(word).rstrip(".")
    if re.search("[а-я]", folded):
        folded = folded.replace("i", "и")  # Kazakh і is often typed as the Latin i
    if folded in _MONTH_WORDS:
        return folded
    for stems in _MONTH_STEMS:
        for stem in stems:
            if folded.startswith(stem) and len(folded) - len(stem) <= _MONTH_ENDING:
                return stem
    return None


def _full_year(year: int, digits: int) -> int:
    return 2000 + year if digits <= 2 else year


# --- zones ---------------------------------------------------------------------------------------------


def _zone(name: str) -> dt.tzinfo | None:
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError, OSError):
        return None


def _offset_minutes(text: str) -> int | None:
    """"+05:00", "+0500", "+05", "-0330", "Z" → minutes east of UTC; None for impossible offsets."""
    if text.upper() == "Z":
        return 0
    match = re.fullmatch(r"([+-])(\d{1,2}):?(\d{2})?", text.strip())
    if not match:
        return None
    minutes = int(match.group(2)) * 60 + int(match.group(3) or 0)
    if minutes > 14 * 60 or minutes % 15:
        return None
    return -minutes if match.group(1) == "-" else minutes


def _zone_after(text: str, *, after_seconds: bool) -> tuple[dt.tzinfo | None, int | None, int]:
    """The zone written right after the time: (zone, offset as written, characters used).

    A bare "-12:00" glued to "10:15" is more likely the end of a range than a zone; after "10:15:00" it is a zone.
    """
    match = _OFFSET.match(text)
    if match and (match.group(1) or match.group(2) or after_seconds):
        offset = _offset_minutes(f"{match.group(3)}{match.group(4)}:{match.group(5) or '00'}")
        if offset is None:
            raise ValueError("impossible UTC offset")  # "+25:00": the date is garbage, not zoneless
        return dt.timezone(dt.timedelta(minutes=offset)), offset, match.end()
    lead = len(text) - len(text.lstrip(" ("))
    folded = "".join(fold(char)[:1] or char for char in text[lead:])  # letter for letter, so lengths agree
    for name in _ZONE_NAMES:
        if folded.startswith(name) and not folded[len(name):len(name) + 1].isalnum():
            used = lead + len(name) + (1 if folded[len(name):len(name) + 1] == ")" else 0)
            if name in _FIXED_ZONES:
                offset = _FIXED_ZONES[name]
                return dt.timezone(dt.timedelta(minutes=offset)), offset, used
            return _zone(_REGION_ZONES[name]), None, used
    return None, None, 0
