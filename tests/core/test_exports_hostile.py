"""What the workstation hands on stays safe and whole whatever the feeds and analysts typed: CSV cells never run as
formulas, XML exports stay well-formed, charts never read names as TeX, PDFs wrap long text instead of failing or
cutting it."""

import csv
import datetime as dt
import io
import xml.etree.ElementTree as ET

import pytest
from lxml import etree
from matplotlib.backends.backend_agg import FigureCanvasAgg
from pypdf import PdfReader

from tests.fixtures_stats import ALMATY
from workstation.core import clock
from workstation.core.cases import refutation_feed
from workstation.core.cases import workflow as cases
from workstation.core.figures import stats, summary
from workstation.core.files import csv_cell, document_text, write_csv
from workstation.core.ingest.sources import list_sources, update_source
from workstation.reports import charts
from workstation.reports.notice_pdf import notice_pdf_bytes
from workstation.reports.pdf import build_pdf

GENERATED = dt.datetime(2025, 6, 1, 8, 0, tzinfo=dt.timezone.utc)
MATH_NAME = "Курс $\\nosuchcmd{x}$"


def pdf_text(data: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def quarter_summary(db):
    since, until = stats.period_bounds(dt.date(2025, 1, 1), dt.date(2025, 3, 31), ALMATY)
    return summary.summary(db, since, until, ALMATY, now=GENERATED)


def rename_news_source(db, **changes):
    news = next(s for s in list_sources(db) if s["name"] == "News")
    update_source(db, news["id"], **changes)


# --- CSV ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("cell", ['=HYPERLINK("http://evil.kz","Курс")', "+7 777 123", "-2+3", "@SUM(A1:A9)",
                                  "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0"])
def test_csv_cells_a_spreadsheet_would_run_are_written_as_text(tmp_path, cell):
    path = write_csv(tmp_path / "t.csv", ["Название", "=header"], [[cell, 5]])
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [["Название", "'=header"], ["'" + cell, "5"]]


def test_csv_keeps_ordinary_text_numbers_and_empty_cells_as_they_are(tmp_path):
    path = write_csv(tmp_path / "t.csv", ["a"], [["Жаңалық", -3, 2.5, None, "x=1", " =not a formula start"]])
    assert path.read_bytes()[:3] == b"\xef\xbb\xbf"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle))[1] == ["Жаңалық", "-3", "2.5", "", "x=1", " =not a formula start"]
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]  # written through a temporary file, none left


def test_csv_cell():
    assert (csv_cell("=1"), csv_cell(-1), csv_cell(None), csv_cell("a")) == ("'=1", -1, "", "a")


# --- XML -----------------------------------------------------------------------------------------------------


def test_refutation_feed_with_control_characters_parses_with_a_strict_parser(db, tmp_path):
    clock.set_clock(lambda: dt.datetime(2025, 5, 1, tzinfo=dt.timezone.utc))
    case = cases.create_case(db, "Фейк\x01 про \x08выплаты\x0b", claim="Claim\x1f text")
    cases.add_response(db, case["id"], channel="stopfake", url="https://stopfake.kz/a",
                       text="Опровержение\x00\x02\ufffe", publisher="МИОР\x1b")
    out = tmp_path / "refutations.atom"
    assert refutation_feed.refutations_feed(db, out, title="Лента\x07") == 1
    data = out.read_bytes()
    ET.fromstring(data)  # expat: well-formed or an exception
    root = etree.fromstring(data, etree.XMLParser(recover=False))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert root.findtext("a:title", namespaces=ns) == "Лента"
    assert root.findtext("a:entry/a:title", namespaces=ns) == "Фейк про выплаты"
    assert root.findtext("a:entry/a:summary", namespaces=ns) == "Опровержение"
    assert root.findtext("a:entry/a:author/a:name", namespaces=ns) == "МИОР"


def test_document_text_keeps_tabs_line_breaks_and_every_letter():
    assert document_text("a\tb\nc\rd әғқ €\x7f") == "a\tb\nc\rd әғқ €\x7f"
    assert document_text("\x00\x0c\ud800\uffff") == ""


# --- charts and the PDF summary ---------------------------------------------------------------------------------


def test_a_source_named_like_tex_renders_in_every_chart(fixture_db, tmp_path):
    rename_news_source(fixture_db, name=MATH_NAME)
    figures = quarter_summary(fixture_db).figures
    for key, make in charts.CHARTS.items():
        figure = make(figures, "ru")
        FigureCanvasAgg(figure).draw()  # what the Statistics tab does, headless
        charts.save(figure, str(tmp_path / f"{key}.svg"))
    labels = [label.get_text() for label in charts.items_per_source(figures, "ru").axes[0].get_yticklabels()]
    assert MATH_NAME in labels  # shown as typed, dollar signs and backslash included


def test_the_pdf_summary_builds_with_a_tex_like_name(fixture_db, tmp_path):
    rename_news_source(fixture_db, name=MATH_NAME)
    path = build_pdf(quarter_summary(fixture_db), tmp_path / "s.pdf", lang="ru")
    assert PdfReader(str(path)).pages


def test_a_4000_character_state_body_prints_whole(fixture_db, tmp_path):
    body = "Министерство " * 300 + "Б" * 100  # 4,000 characters, the last word without a space
    assert len(body) == 4000
    rename_news_source(fixture_db, state_body=body)
    path = build_pdf(quarter_summary(fixture_db), tmp_path / "s.pdf", lang="kk")
    text = pdf_text(path.read_bytes())
    assert text.count("Министерство") == 300 and text.count("Б") >= 100


def test_long_titles_and_addresses_without_spaces_wrap_in_the_lists(fixture_db, tmp_path):
    clock.set_clock(lambda: dt.datetime(2025, 3, 1, tzinfo=dt.timezone.utc))
    title = "Ж" * 2500
    url = "https://stopfake.kz/" + "z" * 3000
    case = cases.create_case(fixture_db, title, category="fake.5g", detected_at="2025-02-27T10:00:00Z")
    cases.add_response(fixture_db, case["id"], channel="stopfake", url=url, published_at="2025-02-28T10:00:00Z")
    path = build_pdf(quarter_summary(fixture_db), tmp_path / "s.pdf", lang="en")
    text = pdf_text(path.read_bytes())
    assert text.count("Ж") == 2500 and text.count("z") >= 3000  # wrapped over pages, nothing cut


def test_a_notice_with_a_4000_character_line_and_a_long_address_builds_whole():
    text = "Кому: " + "Администрация " * 285 + "\n  https://evil.kz/" + "x" * 3000 + "\nКонец\x01"
    data = notice_pdf_bytes(text)
    extracted = pdf_text(data).replace("\n", "")
    assert extracted.count("Администрация") == 285 and "x" * 3000 in extracted and "Конец" in extracted
