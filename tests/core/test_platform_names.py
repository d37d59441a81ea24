"""A seeded platform keeps its stored name ("VKontakte") and is printed in the document's language: «ВКонтакте» in
the Russian summary's table by platform, in its overdue notices and on the dashboard's table."""

import datetime as dt
from zoneinfo import ZoneInfo

from docx import Document
from pypdf import PdfReader

from workstation.core.figures import stats, summary
from workstation.core.violations import notices
from workstation.core.violations import workflow as violations
from workstation.reports import tables
from workstation.reports.docx_letter import build_docx
from workstation.reports.pdf import build_pdf

ALMATY = ZoneInfo("Asia/Almaty")


def _vk_summary(db):
    v = violations.add_violation(db, "https://vk.com/fake.bonus", violation_type="phishing",
                                 detected_at="2025-02-10T03:00:00Z")
    notice = notices.send_notice(db, v["id"], sent_at="2025-02-10T04:00:00Z", lang="ru")
    assert notice["recipient"] == "VKontakte"
    since, until = stats.period_bounds(dt.date(2025, 1, 1), dt.date(2025, 3, 31), ALMATY)
    return summary.summary(db, since, until, ALMATY, now=dt.datetime(2025, 6, 1, 8, 0, tzinfo=dt.timezone.utc))


def test_a_russian_pdf_names_vk_in_russian(db, tmp_path):
    path = build_pdf(_vk_summary(db), tmp_path / "ru.pdf", lang="ru", zone_name="Asia/Almaty")
    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    assert "ВКонтакте" in text and "VKontakte" not in text


def test_a_russian_docx_letter_names_vk_in_russian(db, tmp_path):
    path = build_docx(_vk_summary(db), tmp_path / "ru.docx", lang="ru")
    document = Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "ВКонтакте" in cells and "VKontakte" not in cells


def test_the_dashboard_table_names_vk_in_the_analysts_language(db):
    figures = _vk_summary(db).figures
    assert tables.platform_rows(figures, "kk")[0][0] == "ВКонтакте"
    assert tables.platform_rows(figures, "en")[0][0] == "VKontakte"
