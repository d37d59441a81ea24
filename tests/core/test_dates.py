"""Dates as feeds and Kazakh/Russian sites write them: zones kept, local time read in Kazakhstan's zone."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from workstation.core import clock
from workstation.core.dates import ParsedDate, from_struct_time, parse_date

UTC = dt.timezone.utc
NOW = dt.datetime(2025, 1, 8, 12, 0, tzinfo=UTC)  # 17:00 in Almaty


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def parsed(text: str, **kwargs) -> tuple[dt.datetime, int | None]:
    result = parse_date(text, now=NOW, **kwargs)
    assert result is not None, text
    assert result.moment.tzinfo is not None and result.moment.utcoffset() == dt.timedelta(0)
    return result.moment, result.offset_minutes


@pytest.mark.parametrize("text, moment, offset", [
    ("Mon, 06 Jan 2025 10:15:00 +0500", utc(2025, 1, 6, 5, 15), 300),
    ("Mon, 06 Jan 2025 10:15:00 GMT", utc(2025, 1, 6, 10, 15), 0),
    ("Mon, 06 Jan 2025 10:15:00 -0000", utc(2025, 1, 6, 10, 15), 0),
    ("Mon, 6 Jan 2025 10:15 Z", utc(2025, 1, 6, 10, 15), 0),
    ("Mon, 06 Jan 2025 10:15:00 EST", utc(2025, 1, 6, 15, 15), -300),
    ("Mon, 06 Jan 2025 10:15:00 MSK", utc(2025, 1, 6, 7, 15), 180),
    ("06 Jan 25 10:15 GMT", utc(2025, 1, 6, 10, 15), 0),
    ("Tue, 10 Jun 2003 04:00:00 -0700", utc(2003, 6, 10, 11, 0), -420),
])
def test_rfc_822_keeps_its_zone(text, moment, offset):
    assert parsed(text) == (moment, offset)


@pytest.mark.parametrize("text, moment, offset", [
    ("2025-01-06T10:15:00+05:00", utc(2025, 1, 6, 5, 15), 300),
    ("2025-01-06T10:15:00Z", utc(2025, 1, 6, 10, 15), 0),
    ("2025-01-06T10:15:00.123Z", utc(2025, 1, 6, 10, 15, 0, 123000), 0),
    ("2025-01-06T10:15:00+0500", utc(2025, 1, 6, 5, 15), 300),
    ("2025-01-06 10:15:00 +0500", utc(2025, 1, 6, 5, 15), 300),
    ("2025-01-06T10:15+05", utc(2025, 1, 6, 5, 15), 300),
    ("2025-01-06T10:15:00-03:30", utc(2025, 1, 6, 13, 45), -210),
])
def test_iso_8601_keeps_its_zone(text, moment, offset):
    assert parsed(text) == (moment, offset)


@pytest.mark.parametrize("text, moment", [
    ("2025-01-06 10:15", utc(2025, 1, 6, 5, 15)),
    ("2025-01-06T10:15:00", utc(2025, 1, 6, 5, 15)),
    ("2025-01-06", utc(2025, 1, 5, 19, 0)),
    ("Mon, 06 Jan 2025 10:15:00", utc(2025, 1, 6, 5, 15)),
    ("06.01.2025 10:15", utc(2025, 1, 6, 5, 15)),
    ("06.01.2025", utc(2025, 1, 5, 19, 0)),
    ("06.01.25", utc(2025, 1, 5, 19, 0)),
    ("6/1/2025 10:15", utc(2025, 1, 6, 5, 15)),
    ("2025/01/06 10:15", utc(2025, 1, 6, 5, 15)),
    ("Опубликовано: 06.01.2025, 10:15", utc(2025, 1, 6, 5, 15)),
])
def test_text_without_a_zone_is_read_in_almaty(text, moment):
    assert parsed(text) == (moment, None)


def test_kazakhstan_was_utc_plus_6_until_march_2024():
    assert parsed("2024-02-29 10:00") == (utc(2024, 2, 29, 4, 0), None)
    assert parsed("2024-03-02 10:00") == (utc(2024, 3, 2, 5, 0), None)


def test_naive_time_is_read_in_the_sources_zone():
    assert parsed("2025-01-06 10:15", default_tz="Europe/Moscow") == (utc(2025, 1, 6, 7, 15), None)
    assert parsed("6 января 2025, 10:15", default_tz="UTC") == (utc(2025, 1, 6, 10, 15), None)
    # an unknown zone name is no reason to lose the date: Kazakhstan's zone is used
    assert parsed("2025-01-06 10:15", default_tz="Mars/Olympus") == (utc(2025, 1, 6, 5, 15), None)


@pytest.mark.parametrize("text, moment", [
    ("28 сентября 2022, 10:15", utc(2022, 9, 28, 4, 15)),
    ("28 Сентября 2022 года в 10:15", utc(2022, 9, 28, 4, 15)),
    ("28 СЕНТЯБРЯ 2022", utc(2022, 9, 27, 18, 0)),
    ("Пн, 06 янв 2025 10:15:00", utc(2025, 1, 6, 5, 15)),
    ("6 янв. 2025", utc(2025, 1, 5, 19, 0)),
    ("1 мая 2024", utc(2024, 4, 30, 19, 0)),
    ("1 марта 2024", utc(2024, 2, 29, 19, 0)),  # the first midnight on UTC+5
    ("15 Август 2024", utc(2024, 8, 14, 19, 0)),
    ("6 января, 10:15", utc(2025, 1, 6, 5, 15)),  # no year: this year
    ("28 сентября, 10:15", utc(2024, 9, 28, 5, 15)),  # no year, and this year's would be ahead: last year
    ("Дата публикации: 6 января 2025 г. в 10:15", utc(2025, 1, 6, 5, 15)),
])
def test_russian_month_names_in_any_case_and_form(text, moment):
    assert parsed(text) == (moment, None)


@pytest.mark.parametrize("text, moment", [
    ("28 қыркүйек 2022 ж., 10:15", utc(2022, 9, 28, 4, 15)),
    ("2022 жылғы 28 қыркүйек", utc(2022, 9, 27, 18, 0)),
    ("2022 жылғы 28 қыркүйекте сағат 10:15-те", utc(2022, 9, 28, 4, 15)),
    ("қыркүйектің 28-і, 2022", utc(2022, 9, 27, 18, 0)),
    ("28 қыр. 2022", utc(2022, 9, 27, 18, 0)),
    ("5 ҚАҢТАР 2025, 09:00", utc(2025, 1, 5, 4, 0)),
    ("5 қаңтар 2025", utc(2025, 1, 4, 19, 0)),
    ("12 ақпан 2024", utc(2024, 2, 11, 18, 0)),
    ("8 наурыз 2024", utc(2024, 3, 7, 19, 0)),
    ("12 сәуір 2024", utc(2024, 4, 11, 19, 0)),
    ("12 сәуiр 2024", utc(2024, 4, 11, 19, 0)),  # Latin i for і, as often typed
    ("1 мамыр 2024", utc(2024, 4, 30, 19, 0)),
    ("3 маусым 2024 10:00", utc(2024, 6, 3, 5, 0)),
    ("6 шілде 2024", utc(2024, 7, 5, 19, 0)),
    ("30 тамыз 2024", utc(2024, 8, 29, 19, 0)),
    ("25 қазан 2024", utc(2024, 10, 24, 19, 0)),
    ("15 қараша 2024", utc(2024, 11, 14, 19, 0)),
    ("16 желтоқсан 2024", utc(2024, 12, 15, 19, 0)),
])
def test_kazakh_month_names(text, moment):
    assert parsed(text) == (moment, None)


@pytest.mark.parametrize("text, month", [
    ("5 кантар 2024", 1), ("5 каңтар 2024", 1), ("5 акпан 2024", 2), ("5 сауир 2024", 4), ("5 шилде 2024", 7),
    ("28 кыркуйек 2022", 9), ("5 казан 2024", 10), ("5 желтоксан 2024", 12), ("5 qyrkúiek 2024", 9),
])
def test_kazakh_month_names_typed_with_russian_or_latin_letters(text, month):
    assert parsed(text)[0].astimezone(dt.timezone(dt.timedelta(hours=5))).month == month


@pytest.mark.parametrize("text, moment", [
    ("January 6, 2025", utc(2025, 1, 5, 19, 0)),
    ("January 6, 2025 10:15", utc(2025, 1, 6, 5, 15)),
    ("Jan 6, 2025, 10:15 PM", utc(2025, 1, 6, 17, 15)),
    ("6th January 2025", utc(2025, 1, 5, 19, 0)),
])
def test_english_month_names(text, moment):
    assert parsed(text) == (moment, None)


@pytest.mark.parametrize("text, moment", [
    ("сегодня, 10:15", utc(2025, 1, 8, 5, 15)),
    ("Сегодня в 10:15", utc(2025, 1, 8, 5, 15)),
    ("вчера в 10:15", utc(2025, 1, 7, 5, 15)),
    ("Вчера, 23:40", utc(2025, 1, 7, 18, 40)),
    ("позавчера 10:00", utc(2025, 1, 6, 5, 0)),
    ("бүгін 09:30", utc(2025, 1, 8, 4, 30)),
    ("Бүгін, 10:15", utc(2025, 1, 8, 5, 15)),
    ("кеше 10:15", utc(2025, 1, 7, 5, 15)),
    ("Кеше сағат 10:15-те", utc(2025, 1, 7, 5, 15)),
    ("today at 10:15", utc(2025, 1, 8, 5, 15)),
    ("10:15", utc(2025, 1, 8, 5, 15)),  # a time alone, on a listing of today's news
    ("23:50", utc(2025, 1, 7, 18, 50)),  # ... unless that is still ahead: then it was last night
    ("5 минут назад", utc(2025, 1, 8, 11, 55)),
    ("час назад", utc(2025, 1, 8, 11, 0)),
    ("2 сағат бұрын", utc(2025, 1, 8, 10, 0)),
    ("3 days ago", utc(2025, 1, 5, 12, 0)),
    ("только что", NOW),
])
def test_relative_dates_count_from_now_in_almaty(text, moment):
    assert parsed(text) == (moment, None)


def test_relative_dates_use_the_project_clock_when_now_is_not_given():
    clock.set_clock(lambda: NOW)
    try:
        assert parse_date("вчера в 10:15").moment == utc(2025, 1, 7, 5, 15)
    finally:
        clock.set_clock(None)


@pytest.mark.parametrize("text, moment, offset", [
    ("06.01.2025 10:15 (по Астане)", utc(2025, 1, 6, 5, 15), 300),
    ("06.01.2025 10:15 мск", utc(2025, 1, 6, 7, 15), 180),
    ("6 января 2025 10:15 по московскому времени", utc(2025, 1, 6, 7, 15), 180),
    ("06.01.2025 10:15 UTC+5", utc(2025, 1, 6, 5, 15), 300),
    ("06.01.2025 10:15 (GMT+06:00)", utc(2025, 1, 6, 4, 15), 360),
    ("Пн, 06 янв 2025 10:15:00 +0500", utc(2025, 1, 6, 5, 15), 300),
    ("28 қыркүйек 2022 ж., 10:15 +06:00", utc(2022, 9, 28, 4, 15), 360),
])
def test_zones_written_after_local_dates_are_kept(text, moment, offset):
    assert parsed(text) == (moment, offset)


@pytest.mark.parametrize("text", [
    "", "   ", None, "garbage", "yesterday-ish", "32.13.2025", "31 февраля 2024", "2025-02-30", "25:61",
    "13:75", "Mon, 06 Foo 2025 10:15:00", "сентябрь", "маршрут 5", "Казань, 5 человек", "там 5 человек",
    "may 5 people", "10:15 amsterdam", "2025-01-06T10:15:00+25:00", "+0500", "1234567890",
])
def test_garbage_and_impossible_dates_give_none(text):
    assert parse_date(text, now=NOW) is None


@pytest.mark.parametrize("text", ["01.01.1970", "1 января 1989", "Thu, 01 Jan 1970 00:00:00 GMT", "0001-01-01"])
def test_absurdly_old_dates_give_none(text):
    assert parse_date(text, now=NOW) is None


@pytest.mark.parametrize("text", ["2031-01-01T00:00:00Z", "11.01.2025 10:00", "15 января 2025"])
def test_dates_more_than_two_days_ahead_give_none(text):
    assert parse_date(text, now=NOW) is None


def test_a_feed_clock_slightly_fast_is_tolerated():
    assert parsed("2025-01-09T12:00:00Z") == (utc(2025, 1, 9, 12, 0), 0)
    assert parse_date("2025-01-20 10:00", now=NOW, max_ahead=None).moment == utc(2025, 1, 20, 5, 0)


@pytest.mark.parametrize("value", [12345, b"2025-01-06", ["2025-01-06"], "9" * 500])
def test_odd_input_gives_none_without_raising(value):
    assert parse_date(value, now=NOW) is None


def test_a_stray_nul_after_a_date_is_ignored():
    assert parsed("2025-01-06\x00") == (utc(2025, 1, 5, 19, 0), None)


def test_struct_time_from_feedparser():
    result = from_struct_time(time.gmtime(1736144100))
    assert result == ParsedDate(utc(2025, 1, 6, 6, 15), None)
    assert from_struct_time(None) is None
    assert from_struct_time(time.gmtime(0)) is None  # 1970: a missing date, not a real one
    assert from_struct_time(time.gmtime(4102444800)) is None  # 2100


def test_a_time_range_is_not_read_as_a_zone():
    assert parsed("06.01.2025 10:15-12:00") == (utc(2025, 1, 6, 5, 15), None)
    assert parsed("06.01.2025 10:15 - 12:00") == (utc(2025, 1, 6, 5, 15), None)


def test_a_date_without_a_year_takes_the_year_in_almaty_not_in_utc():
    new_year_in_almaty = utc(2024, 12, 31, 20, 0)  # 01:00 on 1 January 2025 in Almaty
    result = parse_date("1 января, 00:30", now=new_year_in_almaty)
    assert result is not None and result.moment == utc(2024, 12, 31, 19, 30)


def test_the_rfc_822_shortcut_reads_every_such_date_as_the_general_reading_does(monkeypatch):
    """``_rfc822`` answers most feeds' dates without the general word-by-word reading: for every text it takes,
    ``parse_date`` must give the same moment and offset (or the same None) as without it."""
    from workstation.core import dates

    now = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.timezone.utc)
    texts = [f"{weekday}{day} {month} {year} {clock_time} {zone}"
             for weekday in ("", "Tue, ", "tue, ", "Mon ")
             for day in ("1", "06", "29", "31", "32")
             for month in ("Jan", "feb", "MAY", "Sep")
             for year in ("2024", "2025")
             for clock_time in ("10:15", "23:59:59", "24:00:00", "09:60")
             for zone in ("+0500", "-0330", "+0000", "+2500", "+0507", "GMT", "UT", "Z", "PST", "cest")]
    taken = []
    for text in texts:
        try:
            taken.append(dates._rfc822(text) is not None)
        except ValueError:
            taken.append(True)
    quick = [parse_date(text, now=now) for text in texts]
    monkeypatch.setattr(dates, "_rfc822", lambda text: None)
    general = [parse_date(text, now=now) for text in texts]
    assert quick == general
    assert sum(taken) > 3000 and sum(found is not None for found in quick) > 1000
    # Forms it leaves to the general reading, which still reads them.
    monkeypatch.undo()
    for text in ("06 Jan 25 10:15 +0500", "Пн, 06 янв 2025 10:15:00 +0500", "06 Jan 2025 10:15 MSK",
                 "06 January 2025 10:15 +0500"):
        assert dates._rfc822(text) is None
        assert parse_date(text, now=now) is not None
