"""What an analyst reads in Kazakh or Russian carries no English the data put there: the seeded taxonomy uses the
source document's words and the platform directory speaks the analyst's language. (The demo's claims in their
case's language: tests/cli/test_demo_fills_the_dashboard.py.)"""

from __future__ import annotations

from workstation.core.items.tags import list_tags
from workstation.core.violations import directory


def _tags(db) -> dict[str, dict]:
    return {tag["key"]: tag for tag in list_tags(db)}


def test_golden_hour_topic_is_negative_or_resonant_as_in_the_seed(db):
    topic = _tags(db)["topic.resonant"]
    assert topic["name_en"] == "Negative or resonant topic"
    assert topic["name_ru"] == "Негативная или резонансная тема"
    assert topic["name_kk"] == "Жағымсыз немесе резонансты тақырып"


def test_other_violations_are_information_the_law_prohibits(db):
    other = _tags(db)["violation.other_prohibited"]
    assert other["name_ru"] == "Иная запрещённая законом информация"
    assert other["name_kk"] == "Заңмен тыйым салынған өзге де ақпарат"


def test_technology_fakes_name_cellular_communications(db):
    technology = _tags(db)["fake.technology"]
    assert "сотовая связь" in technology["name_ru"]
    assert "ұялы байланыс" in technology["name_kk"]


def test_directory_shows_vkontakte_and_notes_in_russian_and_kazakh(db):
    shown = {lang: {c["key"]: c for c in directory.list_contacts(db, lang)} for lang in ("en", "ru", "kk")}
    assert shown["en"]["vk"]["name"] == "VKontakte"
    assert shown["ru"]["vk"]["name"] == "ВКонтакте"
    assert shown["kk"]["vk"]["name"] == "ВКонтакте"
    assert shown["ru"]["meta"]["notes"] == "Законный представитель в Казахстане"
    assert "заңды өкіл" in shown["kk"]["youtube"]["notes"]
    assert all(not any(ch.isascii() and ch.isalpha() for ch in c["notes"]) for c in shown["ru"].values())
    # what is stored does not change with the language it is read in
    assert {c["name"] for c in directory.list_contacts(db)} >= {"VKontakte", "YouTube"}


def test_a_platform_name_in_a_row_is_shown_in_the_analysts_language():
    assert directory.platform_name("VKontakte", "ru") == "ВКонтакте"
    assert directory.platform_name("VKontakte", "en") == "VKontakte"
    assert directory.platform_name("Одноклассники", "kk") == "Одноклассники"


def test_an_analysts_own_name_or_notes_are_shown_as_typed(db):
    vk = next(c for c in directory.list_contacts(db) if c["key"] == "vk")
    directory.save_contact(db, "VK (ООО «В Контакте»)", domains=vk["domains"], notes="Связь через портал",
                           contact_id=vk["id"], analyst="Айгерим")
    shown = next(c for c in directory.list_contacts(db, "kk") if c["key"] == "vk")
    assert (shown["name"], shown["notes"]) == ("VK (ООО «В Контакте»)", "Связь через портал")
