"""A removal notice reads as an official letter: one line a paragraph, the issuing body and outgoing number at the
top, the signature block and the executor at the end, all from the workspace's settings; a value not known is named
as missing ("[recipient not set]") in the notice's language, never printed empty."""

import io
import re
import sqlite3
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from sqlite_utils import Database

from workstation.core import clock
from workstation.core.db import schema
from workstation.core.db.settings import set_setting
from workstation.core.errors import WorkstationError
from workstation.core.violations import directory, letter, notices, register
from workstation.core.violations import workflow as violations
from workstation.core.workspace import open_workspace
from workstation.reports.notice_pdf import notice_pdf_bytes, paragraphs

AT = "2025-05-12T04:00:00Z"
# A label ("Кому:", "From:") followed by nothing, or a sentence running into its full stop ("то есть до .").
EMPTY_LABEL = re.compile(r"^[^\n:]{1,40}:[ \t]*$|[ \t][.,;]|\([ \t]*\)|№[ \t]*(от|,)", re.MULTILINE)
OFFICIAL = {"issuing_body": "Министерство культуры и информации Республики Казахстан",
            "signatory_position": "Директор Департамента", "signatory_name": "А. Сейтқали",
            "author": "Б. Оспанов", "executor_phone": "+7 7172 74 00 00", "contact": "monitoring@mki.gov.kz"}
LABELS = {"kk": ("Кімге:", "Мекенжайы:", "Орындаушы:", "Тел.:"), "ru": ("Кому:", "Адрес:", "Исп.:", "Тел.:"),
          "en": ("To:", "Address:", "Executor:", "Tel.:")}


@pytest.fixture(autouse=True)
def almaty():
    clock.set_zone(ZoneInfo("Asia/Almaty"))
    yield
    clock.set_zone(None)


def no_empty_labels(text: str) -> None:
    assert "$" not in text
    assert not EMPTY_LABEL.search(text), EMPTY_LABEL.search(text)


def official(db) -> None:
    for key, value in OFFICIAL.items():
        set_setting(db, key, value)


def two(db) -> list[int]:
    return [violations.add_violation(db, f"https://bonus-{n}.example/a", violation_type="phishing",
                                     detected_at=AT)["id"] for n in (1, 2)]


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_draft_without_settings_names_every_missing_field(db, lang):
    text = notices.notice_text(db, two(db), lang)
    no_empty_labels(text)
    for key in ("issuing_body", "number", "recipient_contact", "sent_at", "deadline_at", "contact",
                "signatory_position", "signatory_name", "author", "executor_phone"):
        assert letter.MISSING[key][lang] in text, key
    # The default addressee is named, with its missing address on the next line.
    to, address = LABELS[lang][:2]
    assert any(line.startswith(to + " ") and "bonus-1.example" in line for line in text.splitlines())
    assert any(line.startswith(address + " [") for line in text.splitlines())


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_filled_notice_flows_in_paragraphs_and_ends_with_the_signature_and_executor(db, lang):
    official(db)
    sent, deadline = AT, "2025-05-12T10:00:00Z"
    text = notices.notice_text(db, two(db), lang, recipient="bonus.example", recipient_contact="abuse@bonus.example",
                               sent_at=sent, deadline_at=deadline, number="04-2/7")
    no_empty_labels(text)
    assert "[" not in text  # nothing is missing
    lines = text.rstrip("\n").splitlines()
    assert lines[0] == OFFICIAL["issuing_body"] and "04-2/7" in lines[1] and "12.05.2025" in lines[1]
    blocks = text.strip().split("\n\n")
    body = [b for b in blocks if len(b) > 150]
    assert len(body) >= 3 and all("\n" not in b for b in body)  # no sentence is broken mid-line
    assert clock.document_time(deadline, lang) in text and clock.document_time(sent, lang) in text
    assert "(Алматы, UTC+5)" in text or "(Almaty, UTC+5)" in text
    assert lines[-4] == "Директор Департамента    ____________    А. Сейтқали"
    assert lines[-2:] == [f"{LABELS[lang][2]} Б. Оспанов", f"{LABELS[lang][3]} +7 7172 74 00 00"]


def test_the_executor_falls_back_to_the_notices_analyst(db):
    [v, _] = two(db)
    notice = notices.send_notice(db, v, sent_at=AT, analyst="Б. Оспанов", lang="ru")
    assert "Исп.: Б. Оспанов" in notice["text"]
    set_setting(db, "author", "А. Сейтқали")
    assert "Исп.: А. Сейтқали" in notices.notice_text(db, v, "ru", analyst="Б. Оспанов")


def test_send_refuses_an_incomplete_notice_when_asked_naming_the_fields(db):
    [v, _] = two(db)
    with pytest.raises(WorkstationError) as err:
        notices.send_notice(db, v, sent_at=AT, lang="kk", require_complete=True)
    assert err.value.key == "notice.incomplete"
    assert err.value.params["missing"] == ["issuing_body", "recipient_contact", "contact", "signatory_position",
                                           "signatory_name", "author", "executor_phone"]
    assert db.execute("SELECT count(*) FROM notices").fetchone() == (0,)
    official(db)
    notice = notices.send_notice(db, v, sent_at=AT, lang="kk", to_contact="abuse@bonus-1.example",
                                 require_complete=True)
    assert notice["recipient_contact"] == "abuse@bonus-1.example" and notice["lang"] == "kk"
    assert "Мекенжайы: abuse@bonus-1.example" in notice["text"]


def test_the_directory_contact_is_the_addressees_address(db):
    official(db)
    directory.save_contact(db, "Meta (Facebook, Instagram)", contact_id=db.execute(
        "SELECT id FROM platform_contacts WHERE key = 'meta'").fetchone()[0], domains="facebook.com",
        contact="legal-kz@meta.example")
    v = violations.add_violation(db, "https://www.facebook.com/fake.bank", violation_type="phishing")
    notice = notices.send_notice(db, v["id"], sent_at=AT, require_complete=True)
    assert (notice["recipient"], notice["recipient_contact"]) == ("Meta (Facebook, Instagram)",
                                                                  "legal-kz@meta.example")


def test_a_russian_notice_to_vk_names_it_in_russian_and_stores_the_directory_name(db):
    official(db)
    v = violations.add_violation(db, "https://vk.com/fake.bonus", violation_type="phishing")
    notice = notices.send_notice(db, v["id"], sent_at=AT, lang="ru", to_contact="legal@vk.example")
    assert "Кому: ВКонтакте" in notice["text"] and "VKontakte" not in notice["text"]
    assert notice["recipient"] == "VKontakte"


def test_a_sent_notice_is_a_record_its_text_is_not_rewritten(db):
    official(db)
    [v, _] = two(db)
    notice = notices.send_notice(db, v, sent_at=AT, to_contact="abuse@bonus-1.example")
    notices.record_received(db, [notice["id"]], at="2025-05-12T05:00:00Z")
    set_setting(db, "signatory_name", "Другой Подписант")
    assert notices.get_notice(db, notice["id"])["text"] == notice["text"]


def test_a_received_notice_says_so_without_empty_places(db):
    [v, _] = two(db)
    notice = notices.send_notice(db, v, sent_at=AT, received_at="2025-05-12T05:00:00Z", lang="kk")
    no_empty_labels(notice["text"])
    assert "заңда белгіленген мерзімнің аяқталу уақыты: 12.05.2025 16:00 (Алматы, UTC+5)." in notice["text"]


def test_the_pdf_keeps_the_paragraphs_and_the_exact_addresses(db):
    official(db)
    text = notices.notice_text(db, two(db), "en", recipient="Administration of bonus.example",
                               recipient_contact="abuse@bonus.example", sent_at=AT,
                               deadline_at="2025-05-12T10:00:00Z", number="04-2/7")
    assert paragraphs(text) == text.splitlines()  # the short lines of the header and signature stay apart
    pdf = notice_pdf_bytes(text)
    extracted = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Tel.: +7 7172 74 00 00" in extracted and "https://bonus-1.example/a" in extracted
    longest = max(len(line) for line in extracted.splitlines())
    assert longest < 120  # the long paragraphs were wrapped to the page


@pytest.mark.parametrize("lang, program", [("kk", "БАҚ мониторингінің жұмыс орны"),
                                           ("ru", "Рабочее место мониторинга СМИ")])
def test_the_pdf_names_the_program_in_the_notices_language(db, lang, program):
    official(db)
    text = notices.notice_text(db, two(db), lang, recipient_contact="abuse@bonus.example", sent_at=AT)
    meta = PdfReader(io.BytesIO(notice_pdf_bytes(text))).metadata
    assert meta["/Creator"] == program
    assert meta["/Title"] == {"kk": "ХАБАРЛАМА", "ru": "УВЕДОМЛЕНИЕ"}[lang]
    untitled = PdfReader(io.BytesIO(notice_pdf_bytes("", lang=lang))).metadata
    assert untitled["/Title"] == program


def test_an_older_hand_wrapped_notice_is_still_joined_back(db):
    old = ("NOTICE\n\nMonitoring on 12.05.2025 found material on the internet resource x.example that shows signs "
           "of a\nbreach of the law of the Republic of Kazakhstan.\n")
    assert paragraphs(old)[2] == ("Monitoring on 12.05.2025 found material on the internet resource x.example "
                                  "that shows signs of a breach of the law of the Republic of Kazakhstan.")


def test_the_preview_names_the_analyst_and_lists_what_is_missing(db):
    violation = violations.add_violation(db, "https://bonus-kaspi.example/win", violation_type="violation.phishing")
    preview = register.notice_preview(db, violation["id"], "ru", "Администрация", analyst="Айгерим Сапарова")
    sent = notices.send_notice(db, violation["id"], to="Администрация", analyst="Айгерим Сапарова", lang="ru")
    analyst_line = [line for line in sent["text"].splitlines() if "Айгерим Сапарова" in line]
    assert analyst_line and analyst_line[0] in preview["text"]
    assert "author" not in preview["missing"] and "issuing_body" in preview["missing"]
    assert preview["urls"] == ["https://bonus-kaspi.example/win"]
    screen = letter.screen_copy(preview["text"], preview["urls"])
    assert "hxxps://bonus-kaspi[.]example/win" in screen and "https://" not in screen


def test_an_older_workspace_gets_the_citation_forms_a_new_one_is_seeded_with(tmp_path, db):
    path = tmp_path / "v14.db"
    old = Database(sqlite3.connect(path))
    schema.migrate(old, 14)
    old.execute("INSERT INTO legal_bases (uuid, key, name_en, name_ru, name_kk, deadline_hours) VALUES "
                "('u-l1', 'kz.communications.41-1.3-1', 'Law', 'Закон', 'Заң', 6)")
    old.execute("INSERT INTO workspace_meta (key, value) VALUES ('legal_seeded', 'x')")
    old.close()
    migrated = open_workspace(path)
    columns = ", ".join(directory.CITATION_FORMS)
    query = f"SELECT {columns} FROM legal_bases WHERE key = 'kz.communications.41-1.3-1'"
    assert migrated.execute(query).fetchone() == db.execute(query).fetchone()
    forms = dict(zip(directory.CITATION_FORMS, db.execute(query).fetchone(), strict=True))
    assert forms["cite_ins_ru"].startswith("пунктом 3-1 статьи 41-1 Закона Республики Казахстан")
    assert forms["cite_gen_kk"].endswith("41-1-бабы 3-1-тармағының")
    migrated.close()
