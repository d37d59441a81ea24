"""The PDF summary read back: headline figures in each language, Kazakh letters, same data → same content."""

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.core.test_stats import ALMATY, fixture_db  # noqa: F401 - the hand-counted workspace
from workstation.cli import main
from workstation.core.figures import stats
from workstation.reports import charts
from workstation.reports.pdf import build_pdf, tag_namer
from workstation.reports.text import LANGS, catalog

GENERATED = dt.datetime(2025, 6, 1, 8, 0, tzinfo=dt.timezone.utc)


def pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(str(path)).pages)


def build(db, path, lang):
    since, until = stats.period_bounds(dt.date(2025, 1, 1), dt.date(2025, 3, 31), ALMATY)
    return build_pdf(db, path, since=since, until=until, tz=ALMATY, lang=lang, generated_at=GENERATED,
                     zone_name="Asia/Almaty")


@pytest.mark.parametrize("lang, phrases", [
    ("kk", ["2 фейк теріске шығарылды", "5 бұзушылық", "ресурстарға қатысты 4", "5G зияны", "Төлемдер"]),
    ("ru", ["опровергнуто фейков: 2", "информации: 5", "ресурсов: 4", "Вред 5G", "Выплаты"]),
    ("en", ["2 fakes refuted", "5 violations", "4 of them phishing", "Harm of 5G", "Payments"]),
])
def test_pdf_states_the_headline_figures_in_each_language(fixture_db, tmp_path, lang, phrases):  # noqa: F811
    path = tmp_path / f"summary_{lang}.pdf"
    build(fixture_db, path, lang)
    text = re.sub(r"\s+", " ", pdf_text(path))
    for phrase in phrases:
        assert phrase in text
    reader = PdfReader(str(path))
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=1)  # A4
    fonts = {str(f) for page in reader.pages for f in (page.get("/Resources", {}).get("/Font", {}) or {}).values()}
    assert fonts  # fonts are embedded objects in the file, not machine fonts


def test_kazakh_letters_survive_in_selectable_text(fixture_db, tmp_path):  # noqa: F811
    path = tmp_path / "kk.pdf"
    build(fixture_db, path, "kk")
    text = pdf_text(path)
    assert all(letter in text for letter in "әғқңөұүі")


def test_same_data_gives_the_same_pdf_content(fixture_db, tmp_path):  # noqa: F811
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    build(fixture_db, first, "ru")
    build(fixture_db, second, "ru")
    assert pdf_text(first) == pdf_text(second)


def test_cli_report_works_headless(fixture_db, db_path, tmp_path, capsys):  # noqa: F811
    out = tmp_path / "report.pdf"
    code = main(["--db", str(db_path), "report", "--from", "2025-01-01", "--to", "2025-03-31", "--tz", "Asia/Almaty",
                 "--lang", "en", "--out", str(out)])
    assert code == 0 and out.stat().st_size > 10_000
    assert "2 fakes refuted" in re.sub(r"\s+", " ", pdf_text(out))


def test_every_chart_exports_png_and_svg(fixture_db, tmp_path):  # noqa: F811
    since, until = stats.period_bounds(dt.date(2025, 1, 1), dt.date(2025, 3, 31), ALMATY)
    figures = stats.dashboard(fixture_db, since, until, ALMATY)
    for name, make in charts.CHARTS.items():
        figure = make(figures, "kk", tag_namer(fixture_db, "kk"))
        for ext in ("png", "svg"):
            path = tmp_path / f"{name}.{ext}"
            charts.save(figure, str(path))
            assert path.stat().st_size > 1000
    assert (tmp_path / "fakes_by_category.svg").read_bytes() == (tmp_path / "fakes_by_category.svg").read_bytes()


def test_report_catalog_is_complete_in_three_languages():
    incomplete = [key for key, entry in catalog().items() if any(not entry.get(lang) for lang in LANGS)]
    assert incomplete == []
    source = Path(__file__).resolve().parents[2] / "workstation" / "reports"
    used = set(re.findall(r'\bt\(\s*"([a-z_0-9]+)"', "".join(p.read_text() for p in source.glob("*.py"))))
    used |= {f"method_{i}" for i in range(7)} | {f"lang_{k}" for k in ("kk", "ru", "en", "other")}
    assert used - set(catalog()) == set()
    json.loads((Path(__file__).resolve().parents[2] / "resources/translations/report_strings.json").read_text())
