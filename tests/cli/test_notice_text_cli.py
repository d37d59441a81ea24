"""`workstation notices text` prints an official letter: the issuing body, the outgoing number and its date, the
addressee with its address, the exact addresses, the legal basis in the form each sentence governs, the deadline
with its zone, the signature block and the executor. A field not known is named, never printed empty, and a notice
lacking one is refused before it is sent."""

import json
import re

import pytest

from tests.support.engines import reading
from workstation.core.paths import resources_dir

AT = "2025-05-12T04:00:00Z"
# A label ("Кому:", "From:") followed by nothing, a sentence running into its full stop ("то есть до ."), empty
# brackets, or a number with nothing after "№".
EMPTY_LABEL = re.compile(r"^[^\n:]{1,40}:[ \t]*$|[ \t][.,;]|\([ \t]*\)|№[ \t]*(от|,)", re.MULTILINE)
OFFICIAL = {"issuing_body": "Министерство культуры и информации Республики Казахстан",
            "signatory_position": "Директор Департамента информационной безопасности",
            "signatory_name": "А. Сейтқали", "author": "Б. Оспанов", "executor_phone": "+7 7172 74 00 00",
            "contact": "monitoring@mki.gov.kz", "notice_number_format": "04-2/{seq}", "timezone": "Asia/Almaty"}
NOT_SET = {"kk": ("[хабарламаны жіберетін орган көрсетілмеген]", "[нөмір берілмеген]",
                  "[қол қоюшының лауазымы көрсетілмеген]", "[орындаушының телефоны көрсетілмеген]",
                  "[алушының мекенжайы немесе электрондық поштасы көрсетілмеген]"),
           "ru": ("[орган-отправитель не указан]", "[номер не присвоен]",
                  "[должность подписанта не указана]", "[телефон исполнителя не указан]",
                  "[адрес или электронная почта получателя не указаны]"),
           "en": ("[issuing body not set]", "[no number given]", "[signatory's position not set]",
                  "[executor's phone not set]", "[recipient's address or e-mail not set]")}


@pytest.fixture
def out(run):
    def _out(*args) -> str:
        code, text, err = run(*args)
        assert code == 0, err
        return text
    return _out


def official(out, **changes) -> None:
    for key, value in {**OFFICIAL, **changes}.items():
        out("settings", "set", key, value)


def add(out, url: str = "https://bank-kz-bonus.com/login?ref=sms", at: str = AT) -> str:
    return out("violations", "add", url, "--type", "phishing", "--at", at).split("\t")[0]


def no_empty_labels(text: str) -> None:
    assert "$" not in text
    assert not EMPTY_LABEL.search(text), EMPTY_LABEL.search(text)


def test_the_russian_letter_carries_every_part_of_an_official_notice(out):
    official(out)
    v = add(out)
    out("notices", "send", v, "--at", "2025-05-12T05:00:00Z", "--received-at", "2025-05-12T05:30:00Z",
        "--to-contact", "010000, Астана, ул. Примерная, 1; abuse@bank-kz-bonus.com", "--lang", "ru")
    letter = out("notices", "text", "--violation", v, "--lang", "ru")
    no_empty_labels(letter)
    assert "[" not in letter  # nothing is missing
    lines = letter.rstrip("\n").splitlines()
    assert lines[:5] == ["Министерство культуры и информации Республики Казахстан", "Исх. № 04-2/1 от 12.05.2025",
                         "", "Кому: Администрация интернет-ресурса bank-kz-bonus.com",
                         "Адрес: 010000, Астана, ул. Примерная, 1; abuse@bank-kz-bonus.com"]
    assert "    1) https://bank-kz-bonus.com/login?ref=sms" in lines  # the exact address, as an official letter
    assert "hxxp" not in letter and "[.]" not in letter
    assert ("В соответствии с пунктом 3-1 статьи 41-1 Закона Республики Казахстан от 5 июля 2004 года № 567-II "
            "«О связи» уведомляем о необходимости устранения выявленного нарушения") in letter
    assert "в течение 6 (шести) часов с момента получения настоящего уведомления" in letter
    assert "установленный законом срок истекает 12.05.2025 16:30 (Алматы, UTC+5)." in letter
    assert "Характер нарушения: распространение информации, используемой для получения путём обмана " in letter
    assert "Просим подтвердить удаление, направив ответ по адресу: monitoring@mki.gov.kz." in letter
    assert "на основании предписания уполномоченного органа согласно статье 41-1 Закона" in letter
    assert "Директор Департамента информационной безопасности    ____________    А. Сейтқали" in lines
    assert lines[-2:] == ["Исп.: Б. Оспанов", "Тел.: +7 7172 74 00 00"]
    assert "юридическ" not in letter and "В соответствии с требованиями:" not in letter


def test_the_kazakh_letter_cites_the_paragraph_in_the_genitive(out):
    official(out)
    v = add(out)
    out("notices", "send", v, "--at", AT, "--to-contact", "abuse@bank-kz-bonus.com", "--lang", "kk")
    letter = out("notices", "text", "--violation", v, "--lang", "kk")
    no_empty_labels(letter)
    assert "Шығ. № 04-2/1, 12.05.2025" in letter
    assert ("«Байланыс туралы» Қазақстан Республикасының 2004 жылғы 5 шілдедегі № 567-II Заңының 41-1-бабы "
            "3-1-тармағының талаптарына сәйкес") in letter
    assert "3-1-тармағы талаптарына" not in letter
    assert "уәкілетті органның нұсқамасы негізінде «Байланыс туралы» Қазақстан Республикасы Заңының 41-1-бабына " \
           "сәйкес" in letter
    assert "6 (алты) сағат ішінде" in letter


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_notice_lacking_fields_is_refused_naming_them_and_the_draft_names_them_too(run, out, db_path, lang):
    v = add(out)
    code, _, err = run("notices", "send", v, "--at", AT, "--lang", lang)
    assert code == 1
    for named in ("issuing body", "signatory's position", "signatory's name", "executor's phone",
                  "addressee's address or e-mail", "confirmation of removal"):
        assert named in err
    with reading(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM notices").fetchone() == (0,)
        assert conn.execute("SELECT status FROM violations").fetchone() == ("detected",)
    code, draft, err = run("notices", "text", "--violation", v, "--lang", lang)
    assert code == 0 and "still missing" in err and "issuing body" in err
    no_empty_labels(draft)
    for missing in NOT_SET[lang]:
        assert missing in draft
    # Receipt unknown: the draft labels the monitoring time as such, never as the legal term.
    label = {"kk": "мониторингтің бақылау уақыты", "ru": "контрольное время мониторинга",
             "en": "monitoring time counted from sending"}[lang]
    assert label in draft


def test_an_incomplete_notice_can_be_recorded_on_purpose_and_names_what_it_lacks(out):
    v = add(out)
    notice = json.loads(out("notices", "send", v, "--at", AT, "--incomplete", "--json"))
    no_empty_labels(notice["text"])
    assert "[орган-отправитель не указан]" in notice["text"] and notice["number"] == "1"
    assert out("notices", "text", str(notice["id"])).rstrip("\n") == notice["text"].rstrip("\n")


@pytest.mark.parametrize(("sent", "received", "deadline_text"), [
    ("2024-02-29T04:00:00Z", "2024-02-29T05:00:00Z", "29.02.2024 17:00 (Алматы, UTC+6)"),
    ("2024-03-01T04:00:00Z", "2024-03-01T05:00:00Z", "01.03.2024 16:00 (Алматы, UTC+5)"),
])
def test_the_deadline_names_the_zone_with_its_offset_at_that_moment(out, sent, received, deadline_text):
    official(out)
    v = add(out, at=sent)
    notice = json.loads(out("notices", "send", v, "--at", sent, "--received-at", received, "--to-contact",
                            "abuse@bank-kz-bonus.com", "--json"))
    assert f"установленный законом срок истекает {deadline_text}." in notice["text"]


def test_before_receipt_the_letter_gives_a_labelled_monitoring_time_not_a_legal_term(out):
    official(out)
    v = add(out)
    notice = json.loads(out("notices", "send", v, "--at", AT, "--to-contact", "abuse@bank-kz-bonus.com", "--json"))
    assert ("Время отправки: 12.05.2025 09:00 (Алматы, UTC+5); контрольное время мониторинга, отсчитанное от "
            "отправки: 12.05.2025 15:00 (Алматы, UTC+5). Контрольное время не является установленным законом "
            "сроком") in notice["text"]
    assert "срок истекает" not in notice["text"]


def test_outgoing_numbers_run_in_sequence_within_each_year(run, out):
    official(out, notice_number_format="04-2/{seq}-{year}")
    numbers = []
    for n, sent in enumerate(("2025-03-01T04:00:00Z", "2025-07-01T04:00:00Z", "2025-12-31T17:30:00Z",
                              "2025-12-31T19:30:00Z")):
        v = add(out, f"https://bonus-{n}.example/", at=sent)
        notice = json.loads(out("notices", "send", v, "--at", sent, "--to-contact", "abuse@x.example", "--json"))
        numbers.append(notice["number"])
    # 31.12.2025 19:30 UTC is already 1 January 2026 in Almaty: the new year's register starts again at 1.
    assert numbers == ["04-2/1-2025", "04-2/2-2025", "04-2/3-2025", "04-2/1-2026"]
    # A refused notice takes no number.
    v = add(out, "https://refused.example/")
    code, _, _ = run("notices", "send", v, "--at", "2025-08-01T04:00:00Z")
    assert code == 1
    v = add(out, "https://next.example/")
    notice = json.loads(out("notices", "send", v, "--at", "2025-08-01T04:00:00Z", "--to-contact", "a@b.example",
                            "--json"))
    assert notice["number"] == "04-2/4-2025"
    assert "Исх. № 04-2/4-2025 от 01.08.2025" in notice["text"]


def test_a_number_format_without_its_sequence_is_refused(run):
    code, _, err = run("settings", "set", "notice_number_format", "04-2/")
    assert code == 2 and "{seq}" in err


def test_the_letter_keeps_exact_addresses_and_the_screen_copy_is_defanged_on_request(out):
    official(out)
    first = add(out, "https://www.facebook.com/fake.bank.1")
    second = add(out, "https://www.facebook.com/fake.bank.2")
    notice = json.loads(out("notices", "send", first, second, "--at", AT, "--to-contact", "legal-kz@meta.example",
                            "--json"))
    assert notice["recipient"].startswith("Meta") and "(2)" in notice["text"]
    assert "    2) https://www.facebook.com/fake.bank.2\n" in notice["text"]
    exact = out("notices", "text", str(notice["id"]))
    assert "https://www.facebook.com/fake.bank.1" in exact and "hxxps" not in exact
    screen = out("notices", "text", str(notice["id"]), "--defanged")
    assert "    1) hxxps://www[.]facebook[.]com/fake.bank.1" in screen and "https://" not in screen


def test_no_template_calls_the_platforms_representatives_juridical():
    folder = resources_dir() / "notice_templates"
    for path in [*folder.iterdir(), resources_dir() / "legal.json"]:
        assert "юридическ" not in path.read_text(encoding="utf-8").lower(), path


def test_notices_brought_in_from_an_old_register_take_no_number_from_ours(out, tmp_path):
    official(out)
    register = tmp_path / "register.csv"
    register.write_text("url,type,detected_at,status,notice_sent_at\n"
                        "https://old.example/a,phishing,2025-01-15 09:00,notice_sent,2025-01-15 10:00\n",
                        encoding="utf-8")
    out("violations", "import", str(register))
    old = json.loads(out("notices", "due", "--json"))[0]
    assert "Исх. № [номер не присвоен]" in out("notices", "text", str(old["id"]))
    v = add(out)
    notice = json.loads(out("notices", "send", v, "--at", AT, "--to-contact", "a@b.example", "--json"))
    assert notice["number"] == "04-2/1"
