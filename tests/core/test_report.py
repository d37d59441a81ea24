"""The PDF summary read back: headline figures in each language, Kazakh letters, same data → same content."""

import datetime as dt
import io
import json
import re
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from tests.fixtures_stats import ALMATY
from workstation import APP_NAME
from workstation.cli import main
from workstation.core.figures import stats, summary
from workstation.reports import charts
from workstation.reports.headline import HEADLINE_KEYS
from workstation.reports.pdf import build_pdf
from workstation.reports.text import LANGS, catalog

GENERATED = dt.datetime(2025, 6, 1, 8, 0, tzinfo=dt.timezone.utc)
KAZAKH_LETTERS = "әғқңөұүі"


def pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(str(path)).pages)


def build(db, path, lang):
    since, until = stats.period_bounds(dt.date(2025, 1, 1), dt.date(2025, 3, 31), ALMATY)
    return build_pdf(summary.summary(db, since, until, ALMATY, now=GENERATED), path, lang=lang,
                     zone_name="Asia/Almaty")


def embedded_fonts(reader: PdfReader) -> dict[str, bytes]:
    """Every font the pages use: its PDF name and the font file embedded for it (empty if none is)."""
    fonts = {}
    for page in reader.pages:
        for ref in (page.get("/Resources", {}).get("/Font", {}) or {}).values():
            font = ref.get_object()
            descendant = font.get("/DescendantFonts", [None])[0]
            descriptor = (descendant.get_object() if descendant else font).get("/FontDescriptor")
            data = descriptor.get_object().get("/FontFile2") if descriptor else None
            fonts[str(font["/BaseFont"])] = data.get_object().get_data() if data else b""
    return fonts


@pytest.mark.parametrize("lang, phrases", [
    ("kk", ["2 фейк теріске шығарылды", "5 бұзушылық фактісі", "ресурстарға қатысты 4 факт анықталды", "5G зияны",
            "Төлемдер"]),
    ("ru", ["опровергнуто 2 фейка", "Выявлено 5 нарушений", "из них 4 — фишинг и мошенничество", "Вред 5G",
            "Выплаты"]),
    ("en", ["2 fakes refuted", "5 violations", "4 of them phishing", "Harm of 5G", "Payments"]),
])
def test_pdf_states_the_headline_figures_in_each_language(fixture_db, tmp_path, lang, phrases):
    path = tmp_path / f"summary_{lang}.pdf"
    build(fixture_db, path, lang)
    text = re.sub(r"\s+", " ", pdf_text(path))
    for phrase in phrases:
        assert phrase in text
    reader = PdfReader(str(path))
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=1)  # A4
    # Fonts travel inside the file (TrueType programs of DejaVu Sans), not as names of the machine's fonts.
    fonts = embedded_fonts(reader)
    assert fonts and all("DejaVuSans" in name for name in fonts)
    assert all(data[:4] == b"\x00\x01\x00\x00" for data in fonts.values())


@pytest.mark.parametrize("lang, footer", [("kk", "БАҚ мониторингінің жұмыс орны · 1-бет"),
                                          ("ru", "Рабочее место мониторинга СМИ · Стр. 1")])
def test_kazakh_and_russian_pdfs_are_worded_in_their_language_down_to_the_footer(fixture_db, tmp_path, lang, footer):
    path = build(fixture_db, tmp_path / f"{lang}.pdf", lang)
    reader = PdfReader(str(path))
    assert footer in re.sub(r"\s+", " ", reader.pages[0].extract_text())
    text = pdf_text(path)
    assert APP_NAME not in text and "Page" not in text
    assert "{" not in text and "}" not in text  # every placeholder filled
    assert reader.metadata.creator == footer.split(" · ")[0]


def test_kazakh_letters_survive_in_selectable_text(fixture_db, tmp_path):
    path = tmp_path / "kk.pdf"
    build(fixture_db, path, "kk")
    text = pdf_text(path)
    assert all(letter in text for letter in KAZAKH_LETTERS)
    # They are drawn by the embedded font: its character map has every one of them.
    regular = next(data for name, data in embedded_fonts(PdfReader(str(path))).items() if name.endswith("Book"))
    assert all(ord(letter) in TTFont(io.BytesIO(regular)).getBestCmap() for letter in KAZAKH_LETTERS)


def test_same_data_gives_the_same_pdf_content(fixture_db, tmp_path):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    build(fixture_db, first, "ru")
    build(fixture_db, second, "ru")
    assert pdf_text(first) == pdf_text(second)


def test_cli_report_works_headless(fixture_db, db_path, tmp_path, capsys):
    out = tmp_path / "report.pdf"
    code = main(["--db", str(db_path), "report", "--from", "2025-01-01", "--to", "2025-03-31", "--tz", "Asia/Almaty",
                 "--lang", "en", "--out", str(out)])
    assert code == 0 and out.stat().st_size > 10_000
    assert "2 fakes refuted" in re.sub(r"\s+", " ", pdf_text(out))


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def svg_texts(path: Path) -> tuple[ET.Element, list[str]]:
    """The SVG's root and its texts: matplotlib draws letters as paths and keeps each text as a comment."""
    root = ET.parse(path, parser=ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))).getroot()
    return root, [node.text.strip() for node in root.iter() if node.tag is ET.Comment and node.text]


def test_every_chart_exports_png_and_svg(fixture_db, tmp_path):
    since, until = stats.period_bounds(dt.date(2025, 1, 1), dt.date(2025, 3, 31), ALMATY)
    figures = stats.dashboard(fixture_db, since, until, ALMATY)
    pngs = {}
    for name, make in charts.CHARTS.items():
        figure = make(figures, "kk")
        title = figure.get_suptitle()
        png, svg = tmp_path / f"{name}.png", tmp_path / f"{name}.svg"
        charts.save(figure, str(png))
        charts.save(figure, str(svg))
        # PNG at print size: 150 dpi over the figure's inches.
        pngs[name] = png.read_bytes()
        assert png_size(pngs[name]) == (round(figure.get_figwidth() * 150), round(figure.get_figheight() * 150))
        # SVG: well-formed, sized in points, with the chart's own (Kazakh) title among its texts.
        root, texts = svg_texts(svg)
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        assert root.get("width") == f"{figure.get_figwidth() * 72:g}pt"
        assert title and title in texts
        # The same figures drawn again give the same files: no dates or run-dependent ids in them.
        again = make(figures, "kk")
        charts.save(again, str(tmp_path / "again.png"))
        charts.save(again, str(tmp_path / "again.svg"))
        assert (tmp_path / "again.png").read_bytes() == pngs[name], name
        assert (tmp_path / "again.svg").read_bytes() == svg.read_bytes(), name
    assert len(set(pngs.values())) == len(charts.CHARTS)  # each chart draws its own figures
    assert "Төлемдер" in svg_texts(tmp_path / "fakes_by_category.svg")[1]  # bars named in the report's language


def test_report_catalog_is_complete_in_three_languages():
    incomplete = [key for key, entry in catalog().items() if any(not entry.get(lang) for lang in LANGS)]
    assert incomplete == []
    source = Path(__file__).resolve().parents[2] / "workstation" / "reports"
    used = set(re.findall(r'\b(?:t|counted)\(\s*"([a-z_0-9]+)"', "".join(p.read_text() for p in source.glob("*.py"))))
    used |= {f"method_{i}" for i in range(7)} | {f"lang_{k}" for k in ("kk", "ru", "en", "other")}
    used |= set(HEADLINE_KEYS) | set(charts.NOTICE_OUTCOMES)  # keys the reports look up from these tuples
    assert used - set(catalog()) == set()
    json.loads((Path(__file__).resolve().parents[2] / "resources/translations/report_strings.json").read_text())
