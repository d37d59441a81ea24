"""The summary as an editable letter (.docx): the PDF's figures and wording, read back with python-docx."""

import datetime as dt
import re

import pytest
from docx import Document

from tests.fixtures_stats import ALMATY
from workstation.cli import main
from workstation.core.db.settings import set_setting
from workstation.core.figures import stats, summary
from workstation.reports.docx_letter import build_docx
from workstation.reports.headline import headline_lines

GENERATED = dt.datetime(2025, 6, 1, 8, 0, tzinfo=dt.timezone.utc)


def docx_text(path) -> str:
    document = Document(str(path))
    parts = [paragraph.text for paragraph in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return re.sub(r"\s+", " ", " ".join(parts))


def make(db):
    since, until = stats.period_bounds(dt.date(2025, 1, 1), dt.date(2025, 3, 31), ALMATY)
    return summary.summary(db, since, until, ALMATY, now=GENERATED)


@pytest.mark.parametrize("lang, phrases", [
    ("kk", ["Жыл басынан бері 2 фейк теріске шығарылды", "5 бұзушылық фактісі", "ресурстарға қатысты 4 факт",
            "33,3 %", "5 сағ 30 мин", "5G зияны (1), Төлемдер (1)"]),
    ("ru", ["С начала года опровергнуто 2 фейка", "Выявлено 5 нарушений", "из них 4 — фишинг и мошенничество",
            "33,3 %", "5 ч 30 мин", "Вред 5G (1), Выплаты (1)"]),
    ("en", ["2 fakes refuted since the beginning of the year", "5 violations", "4 of them phishing", "33.3%",
            "5 h 30 min", "Harm of 5G (1), Payments (1)"]),
])
def test_docx_holds_the_headline_figures_in_each_language(fixture_db, tmp_path, lang, phrases):
    report = make(fixture_db)
    text = docx_text(build_docx(report, tmp_path / f"{lang}.docx", lang=lang))
    for phrase in phrases:
        assert phrase in text, phrase
    for sentence in headline_lines(report.figures, lang, ALMATY):  # the PDF's own sentences, word for word
        assert re.sub(r"\s+", " ", sentence) in text


def test_docx_carries_the_letterhead_and_signature(fixture_db, tmp_path):
    for key, value in {"organisation": "Министерство информации", "author": "А. Аналитик",
                       "signature": "Руководитель управления\nБ. Руководитель"}.items():
        set_setting(fixture_db, key, value)
    path = build_docx(make(fixture_db), tmp_path / "ru.docx", lang="ru")
    text = docx_text(path)
    assert "Министерство информации" in text and "Б. Руководитель" in text and "Исп.: А. Аналитик" in text
    assert "1. B" in text and "2. A" in text  # each refuted fake once, newest refutation first
    assert Document(str(path)).core_properties.author == "А. Аналитик"


def test_a_letter_without_an_author_names_the_program_in_its_language(fixture_db, tmp_path):
    path = build_docx(make(fixture_db), tmp_path / "kk.docx", lang="kk")
    assert Document(str(path)).core_properties.author == "БАҚ мониторингінің жұмыс орны"
    assert "{" not in docx_text(path)


def test_cli_writes_a_docx_letter(fixture_db, db_path, tmp_path):
    out = tmp_path / "letter.docx"
    code = main(["--db", str(db_path), "report", "--format", "docx", "--from", "2025-01-01", "--to", "2025-03-31",
                 "--tz", "Asia/Almaty", "--lang", "kk", "--out", str(out)])
    assert code == 0
    assert "Жыл басынан бері 2 фейк" in docx_text(out)
    assert not (tmp_path / "letter.docx.tmp").exists()


def test_a_refutation_address_and_channel_with_control_characters_still_make_the_letter(fixture_db, tmp_path):
    """Text another program left in a refutation (a control character in its address, in its channel) is left out of
    the letter as from every other text in it: the address's link target went into the document's relationships as
    it was, and python-docx refused the whole letter ("All strings must be XML compatible")."""
    first, second = [r[0] for r in fixture_db.execute(
        "SELECT r.id FROM refutations r JOIN cases c ON c.id = r.case_id WHERE c.status = 'refuted' "
        "ORDER BY r.id LIMIT 2")]
    fixture_db.execute("UPDATE refutations SET url = ? WHERE id = ?", ["https://stopfake.example/\x1bkk/1", first])
    fixture_db.execute("UPDATE refutations SET url = '', channel = ? WHERE id = ?", ["stop\x07fake", second])
    out = build_docx(make(fixture_db), tmp_path / "letter.docx", lang="en")
    document = Document(str(out))
    targets = [rel.target_ref for rel in document.part.rels.values() if rel.reltype.endswith("/hyperlink")]
    assert "https://stopfake.example/kk/1" in targets
    assert "stopfake" in docx_text(out)
