import datetime as dt
import time

import pytest

from workstation.core.dates import from_struct_time, parse_date

NOW = dt.datetime(2025, 1, 8, 12, 0, tzinfo=dt.timezone.utc)
UTC = dt.timezone.utc


def utc(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize("text, moment, offset", [
    ("Mon, 06 Jan 2025 10:15:00 +0500", utc(2025, 1, 6, 5, 15), 300),
    ("Mon, 06 Jan 2025 10:15:00 GMT", utc(2025, 1, 6, 10, 15), 0),
    ("2025-01-06T10:15:00+05:00", utc(2025, 1, 6, 5, 15), 300),
    ("2025-01-06T10:15:00Z", utc(2025, 1, 6, 10, 15), 0),
    ("2025-01-06 10:15", utc(2025, 1, 6, 5, 15), None),
    ("28 сентября 2022, 10:15", utc(2022, 9, 28, 4, 15), None),
    ("Пн, 06 янв 2025 10:15:00 +0500", utc(2025, 1, 6, 5, 15), 300),
    ("06.01.2025 10:15", utc(2025, 1, 6, 5, 15), None),
    ("06.01.2025", utc(2025, 1, 5, 19, 0), None),
    ("28 қыркүйек 2022 ж., 10:15", utc(2022, 9, 28, 4, 15), None),
    # Kazakhstan kept UTC+6 until March 2024: tzdata knows, and so must we.
    ("2022 жылғы 28 қыркүйек", utc(2022, 9, 27, 18, 0), None),
    ("28 кыркуйек 2022", utc(2022, 9, 27, 18, 0), None),
    ("5 ҚАҢТАР 2025, 09:00", utc(2025, 1, 5, 4, 0), None),
    ("1 мамыр 2024", utc(2024, 4, 30, 19, 0), None),
    ("3 маусым 2024 10:00", utc(2024, 6, 3, 5, 0), None),
    ("January 6, 2025 10:15", utc(2025, 1, 6, 5, 15), None),
    ("сегодня, 10:15", utc(2025, 1, 8, 5, 15), None),
    ("вчера в 10:15", utc(2025, 1, 7, 5, 15), None),
    ("кеше 10:15", utc(2025, 1, 7, 5, 15), None),
    ("бүгін 09:30", utc(2025, 1, 8, 4, 30), None),
])
def test_dates_as_feeds_and_local_sites_write_them(text, moment, offset):
    parsed = parse_date(text, now=NOW)
    assert parsed is not None, text
    assert (parsed.moment, parsed.offset_minutes) == (moment, offset)


@pytest.mark.parametrize("text", ["", "   ", "garbage", "32.13.2025", "yesterday-ish", "31 февраля 2024",
                                  "01.01.1970", "2031-01-01T00:00:00Z", "25:61", None])
def test_garbage_impossible_and_future_dates_give_none(text):
    assert parse_date(text, now=NOW) is None


def test_naive_time_is_read_in_the_sources_zone():
    assert parse_date("2025-01-06 10:15", default_tz="Europe/Moscow", now=NOW).moment == utc(2025, 1, 6, 7, 15)


def test_struct_time_from_feedparser():
    parsed = from_struct_time(time.gmtime(1736144100))
    assert parsed.moment == utc(2025, 1, 6, 6, 15) and parsed.offset_minutes is None
    assert from_struct_time(None) is None
