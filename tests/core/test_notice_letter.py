"""A removal notice reads as a letter: one line a paragraph, a sender block from the workspace's settings, and a
value not known named as missing ("[recipient not set]") in the notice's language, never printed empty."""

import io
import re

import pytest
from pypdf import PdfReader

from workstation.core import clock
from workstation.core.db.settings import set_setting
from workstation.core.violations import notices, register
from workstation.core.violations import workflow as violations
from workstation.reports.notice_pdf import notice_pdf_bytes, paragraphs

AT = "2025-05-12T04:00:00Z"
# A label ("Кому:", "From:") followed by nothing, or a sentence running into its full stop ("то есть до .").
EMPTY_LABEL = re.compile(r"^[^\n:]{1,40}:[ \t]*$|[ \t][.,;]|\([ \t]*\)|№[ \t]*(от|,)", re.MULTILINE)
SENDER = {"organisation": "Министерство культуры и информации РК", "unit": "Отдел мониторинга СМИ",
          "author": "А. Сейтқали", "contact": "+7 7172 00 00 00, monitoring@example.kz"}
MISSING = {
    "kk": ["[алушы көрсетілмеген]", "[жіберілген күні көрсетілмеген]", "[мерзімі анықталмаған]",
           "[ұйым көрсетілмеген]", "[бөлімше көрсетілмеген]", "[орындаушы көрсетілмеген]",
           "[байланыс деректері көрсетілмеген]"],
    "ru": ["[получатель не указан]", "[дата отправки не указана]", "[срок не определён]",
           "[организация не указана]", "[подразделение не указано]", "[исполнитель не указан]",
           "[контакты не указаны]"],
    "en": ["[recipient not set]", "[date of sending not set]", "[deadline not set]", "[organisation not set]",
           "[unit not set]", "[analyst not set]", "[contact not set]"],
}
LABELS = {"kk": ("Кімге:", "Жіберуші:", "Құрылымдық бөлімше:", "Орындаушы:", "Байланыс деректері:"),
          "ru": ("Кому:", "Отправитель:", "Подразделение:", "Исполнитель:", "Контакты:"),
          "en": ("To:", "From:", "Unit:", "Analyst:", "Contact:")}


def no_empty_labels(text: str) -> None:
    assert "$" not in text
    assert not EMPTY_LABEL.search(text), EMPTY_LABEL.search(text)


def two(db) -> list[int]:
    return [violations.add_violation(db, f"https://bonus-{n}.example/a", violation_type="phishing",
                                     detected_at=AT)["id"] for n in (1, 2)]


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_draft_without_settings_names_every_missing_field(db, lang):
    text = notices.notice_text(db, two(db), lang)
    no_empty_labels(text)
    for missing in MISSING[lang]:
        assert missing in text
    for label in LABELS[lang]:
        assert any(line.startswith(label + " [") for line in text.splitlines()), label


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_filled_notice_flows_in_paragraphs_and_ends_with_the_sender(db, lang):
    for key, value in SENDER.items():
        set_setting(db, key, value)
    sent, deadline = AT, "2025-05-12T10:00:00Z"
    text = notices.notice_text(db, two(db), lang, recipient="Администрации bonus.example", sent_at=sent,
                               deadline_at=deadline)
    no_empty_labels(text)
    assert "[" not in text.replace("[.]", "")  # nothing is missing
    blocks = text.strip().split("\n\n")
    # The body's paragraphs are one line each: no sentence is broken mid-line.
    body = [b for b in blocks[:-1] if len(b) > 150 and not b.lstrip().startswith("hxxp")]
    assert len(body) >= 2 and all("\n" not in b for b in body)
    assert clock.local_text(deadline, clock.DOCUMENT) in body[1] and clock.local_text(sent, clock.DOCUMENT) in text
    sender = blocks[-1].splitlines()
    assert [line.split(": ", 1)[1] for line in sender] == list(SENDER.values())
    assert [line.split(": ", 1)[0] + ":" for line in sender] == list(LABELS[lang][1:])


def test_the_analyst_falls_back_to_the_notices_analyst_and_a_signature_is_added_when_set(db):
    [v, _] = two(db)
    notice = notices.send_notice(db, v, sent_at=AT, analyst="Б. Оспанов", lang="ru")
    assert "Исполнитель: Б. Оспанов" in notice["text"]
    assert notice["text"].rstrip().endswith("Контакты: [контакты не указаны]")
    set_setting(db, "author", "А. Сейтқали")
    set_setting(db, "signature", "Начальник отдела ____ А. Сейтқали")
    text = notices.notice_text(db, v, "ru", analyst="Б. Оспанов")
    assert "Исполнитель: А. Сейтқали" in text and text.rstrip().endswith("Начальник отдела ____ А. Сейтқали")


def test_a_received_notice_says_so_without_empty_places(db):
    [v, _] = two(db)
    notice = notices.send_notice(db, v, sent_at=AT, received_at="2025-05-12T05:00:00Z", lang="kk")
    no_empty_labels(notice["text"])
    assert clock.local_text("2025-05-12T11:00:00Z", clock.DOCUMENT) in notice["text"]


def test_the_pdf_keeps_the_paragraphs_and_wraps_them(db):
    for key, value in SENDER.items():
        set_setting(db, key, value)
    text = notices.notice_text(db, two(db), "en", recipient="Administration of bonus.example", sent_at=AT,
                               deadline_at="2025-05-12T10:00:00Z")
    assert paragraphs(text) == text.splitlines()  # the sender block's short lines are not run together
    pdf = notice_pdf_bytes(text)
    extracted = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Contact: +7 7172 00 00 00" in extracted and "Unit: Отдел мониторинга СМИ" in extracted
    longest = max(len(line) for line in extracted.splitlines())
    assert longest < 120  # the long paragraphs were wrapped to the page


def test_an_older_hand_wrapped_notice_is_still_joined_back(db):
    old = ("NOTICE\n\nMonitoring on 12.05.2025 found material on the internet resource x.example that shows signs "
           "of a\nbreach of the law of the Republic of Kazakhstan.\n")
    assert paragraphs(old)[2] == ("Monitoring on 12.05.2025 found material on the internet resource x.example "
                                  "that shows signs of a breach of the law of the Republic of Kazakhstan.")


def test_the_preview_names_the_analyst_as_the_sent_notice_does(db):
    violation = violations.add_violation(db, "https://bonus-kaspi.example/win", violation_type="violation.phishing")
    preview = register.notice_preview(db, violation["id"], "ru", "Администрация", analyst="Айгерим Сапарова")
    sent = notices.send_notice(db, violation["id"], to="Администрация", analyst="Айгерим Сапарова", lang="ru")
    analyst_line = [line for line in sent["text"].splitlines() if "Айгерим Сапарова" in line]
    assert analyst_line and analyst_line[0] in preview["text"]
    assert "[исполнитель не указан]" not in preview["text"]
