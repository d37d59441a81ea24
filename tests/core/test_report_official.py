"""The PDF summary as an official document: numbers by the language's conventions, durations in days and hours,
addresses wrapped whole and clickable, each refuted fake once, every theme named, "since the beginning of the year",
the letterhead and signature block from the workspace settings, header words never broken, no near-empty last page."""

import datetime as dt
import re

import pytest
from pypdf import PdfReader

from tests.fixtures_stats import ALMATY, local
from workstation.core.cases import workflow as cases
from workstation.core.db.settings import set_setting
from workstation.core.figures import stats, summary
from workstation.reports.headline import headline_lines
from workstation.reports.pdf import build_pdf
from workstation.reports.text import duration, number, percent

GENERATED = dt.datetime(2025, 6, 1, 8, 0, tzinfo=dt.timezone.utc)
LONG_URL = "https://stopfake.kz/kk/" + "ozen-zhol-uzyn-adres-" * 8 + "end?id=12345"


def text_of(path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(str(path)).pages))


def make(db, first=dt.date(2025, 1, 1), last=dt.date(2025, 3, 31)):
    since, until = stats.period_bounds(first, last, ALMATY)
    return summary.summary(db, since, until, ALMATY, now=GENERATED)


@pytest.fixture
def official_db(fixture_db):
    for key, value in {"organisation": "Ақпарат және қоғамдық даму министрлігі", "unit": "Мониторинг басқармасы",
                       "author": "А. Талдаушы", "contact": "+7 7172 00 00 00",
                       "signature": "Басқарма басшысы\nБ. Басшы"}.items():
        set_setting(fixture_db, key, value)
    case = cases.create_case(fixture_db, "Ұзын тақырып " * 15, category="fake.5g",
                             detected_at=local("2025-02-01 10:00"))
    cases.add_response(fixture_db, case["id"], channel="stopfake", published_at=local("2025-02-03 10:00"),
                       url=LONG_URL)
    return fixture_db


def test_numbers_follow_the_language():
    assert number(3741, "kk") == "3\u202f741" and number(3741, "ru") == "3\u202f741" and number(3741, "en") == "3,741"
    assert number(5.25, "ru") == "5,2" and number(5.0, "kk") == "5" and number(None, "kk") == "—"
    assert percent(1 / 3, "kk") == "33,3\u202f%" and percent(1 / 3, "ru") == "33,3\u202f%"
    assert percent(1 / 3, "en") == "33.3%"


def test_durations_are_days_and_hours():
    seconds = 2346 * 60  # the reviewer's "2346 min"
    assert duration(seconds, "en") == "1\u00a0d 15\u00a0h"
    assert duration(seconds, "kk") == "1\u00a0күн 15\u00a0сағ"
    assert duration(seconds, "ru") == "1\u00a0дн. 15\u00a0ч"
    assert duration(5.5 * 3600, "en") == "5\u00a0h 30\u00a0min" and duration(45 * 60, "ru") == "45\u00a0мин"
    assert duration(None, "kk") == "—"


def test_kazakh_pdf_writes_decimal_commas_and_whole_urls(official_db, tmp_path):
    path = build_pdf(make(official_db), tmp_path / "kk.pdf", lang="kk")
    text = text_of(path)
    assert "33,3 %" in text and "33.3" not in text
    assert "медианалық уақыты – 5 сағ 30 мин" in text  # a duration, not "5.5 h"
    assert "…" not in text
    # The long address wraps over lines but is all there (lines joined without the break).
    assert LONG_URL in text.replace(" ", "") or LONG_URL in "".join(text.split())


def test_refutation_links_are_link_annotations(official_db, tmp_path):
    path = build_pdf(make(official_db), tmp_path / "kk.pdf", lang="kk")
    uris = [annotation.get_object()["/A"]["/URI"] for page in PdfReader(str(path)).pages
            for annotation in page.get("/Annots", []) or []
            if annotation.get_object().get("/Subtype") == "/Link" and "/URI" in annotation.get_object().get("/A", {})]
    assert LONG_URL in uris


def test_each_refuted_fake_is_listed_once_with_its_refutations(official_db, tmp_path):
    report = make(official_db)
    case_a = next(case for case in report.refuted_cases.rows if case.title == "A")
    assert len(case_a.refutations) == 2  # refuted twice in the period, listed once
    assert report.refuted_cases.total == len(report.refuted_cases.rows) == 3
    path = build_pdf(report, tmp_path / "en.pdf", lang="en")
    lines = [line.strip() for page in PdfReader(str(path)).pages for line in page.extract_text().splitlines()]
    assert lines.count("3. A") + lines.count("2. A") + lines.count("1. A") == 1


def test_every_theme_is_named_in_the_headline(fixture_db):
    first = headline_lines(make(fixture_db).figures, "en", ALMATY)[0]
    assert "Harm of 5G (1), Payments (1)" in first


@pytest.mark.parametrize("lang, words", [("kk", "Жыл басынан бері"), ("ru", "С начала года"),
                                         ("en", "since the beginning of the year")])
def test_a_period_from_1_january_reads_since_the_beginning_of_the_year(fixture_db, tmp_path, lang, words):
    path = build_pdf(make(fixture_db), tmp_path / f"{lang}.pdf", lang=lang)
    assert words in text_of(path)
    other = headline_lines(make(fixture_db, first=dt.date(2025, 2, 1)).figures, lang, ALMATY)[0]
    assert words not in other  # a period from 1 February is "the period"


def test_letterhead_and_signature_come_from_the_workspace_settings(official_db, tmp_path):
    report = make(official_db)
    assert report.letterhead.organisation == "Ақпарат және қоғамдық даму министрлігі"
    text = text_of(build_pdf(report, tmp_path / "kk.pdf", lang="kk"))
    for words in ("Ақпарат және қоғамдық даму министрлігі", "Мониторинг басқармасы", "01.06.2025", "№",
                  "Басқарма басшысы", "Б. Басшы", "Орынд.: А. Талдаушы, +7 7172 00 00 00"):
        assert words in text, words


def test_header_words_are_never_broken(official_db, tmp_path):
    text = text_of(build_pdf(make(official_db), tmp_path / "kk.pdf", lang="kk"))
    for word in ("Жарияланымдар", "шығарылды", "шығарулар", "Мемлекеттік"):
        assert word in text, word


def test_the_last_page_is_not_near_empty(official_db, tmp_path):
    reader = PdfReader(str(build_pdf(make(official_db), tmp_path / "kk.pdf", lang="kk")))
    last = reader.pages[-1].extract_text()
    # The methodology and the signature block stay together on the last page.
    assert "Әдістеме" in last and "Б. Басшы" in last and len(last) > 600


def test_platform_and_source_category_tables_are_printed(official_db, tmp_path):
    text = text_of(build_pdf(make(official_db), tmp_path / "kk.pdf", lang="kk"))
    assert "Платформа өкілдері бойынша жою туралы хабарламалар" in text
    assert "Дереккөз санаттары бойынша фейктер" in text
