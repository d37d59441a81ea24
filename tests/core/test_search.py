import pytest

from workstation.core.errors import WorkstationError
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source
from workstation.core.items import search


@pytest.fixture
def stocked(db):
    source = add_source(db, "https://example.kz/rss")
    texts = {
        "kk": ("Ұтыс ойыны туралы жалған хабарлама", "Қазақстан банктері ақша таратпайды. Өтініш, сақ болыңыздар."),
        "ru": ("Розыгрыш призов от банка — фейк", "Мошенники рассылают ссылки на фишинговые сайты."),
        "5g": ("5G вышки и здоровье", "Очередной фейк о вреде 5G для здоровья жителей Алматы."),
        "en": ("Phishing campaign targets bank customers", "Scammers send links to fake payment pages."),
        "yo": ("Ёлка на площади", "Праздничная ёлка установлена в центре города."),
    }
    ids = {}
    for key, (title, text) in texts.items():
        summary = store_items(db, source["id"], [ItemDraft(title=title, content_text=text, url=f"https://e.kz/{key}")])
        ids[key] = summary.new_ids[0]
    return ids


def found(db, query):
    return set(search.search_ids(db, query, limit=None))


def test_cyrillic_search_ignores_case(db, stocked):
    assert found(db, "РОЗЫГРЫШ") == {stocked["ru"]}
    assert found(db, "мошенники") == {stocked["ru"]}


def test_kazakh_word_typed_on_a_russian_keyboard_finds_kazakh_text(db, stocked):
    assert found(db, "утыс ойыны") == {stocked["kk"]}
    assert found(db, "казакстан") == {stocked["kk"]}
    assert found(db, "отиниш") == {stocked["kk"]}


def test_kazakh_letters_in_the_query_find_the_russian_spelling(db, stocked):
    # "Алматы" typed with Kazakh letters where a Russian keyboard would not have them
    assert found(db, "алматы") == {stocked["5g"]}
    assert found(db, "фішінг*") == {stocked["ru"]}


def test_yo_and_ye_are_the_same_letter(db, stocked):
    assert found(db, "елка") == {stocked["yo"]}


def test_phrase_prefix_and_boolean_operators(db, stocked):
    assert found(db, '"ұтыс ойыны"') == {stocked["kk"]}
    assert found(db, '"ойыны ұтыс"') == set()
    assert found(db, "фишинг*") == {stocked["ru"]}
    assert found(db, "фейк OR phishing") == {stocked["ru"], stocked["5g"], stocked["en"]}
    assert found(db, "фейк NOT 5G") == {stocked["ru"]}
    assert found(db, "фейк AND NOT 5G") == {stocked["ru"]}
    assert found(db, "фейк -здоровье") == {stocked["ru"]}
    assert found(db, "(банк* OR bank) AND фейк") == {stocked["ru"]}
    assert found(db, "фейк здоровья") == {stocked["5g"]}


def test_field_filter_limits_to_title(db, stocked):
    assert found(db, "title:фейк") == {stocked["ru"]}
    assert found(db, "text:фейк") == {stocked["5g"]}


def test_punctuation_in_terms_is_never_fts_syntax(db, stocked):
    assert found(db, "5G*") == {stocked["5g"]}
    assert found(db, "здоровье: OR NEAR") == {stocked["5g"]}
    assert found(db, "^фейк* +") == {stocked["ru"], stocked["5g"]}
    assert found(db, "covid-19 http://x.kz/a?b=c") == set()


@pytest.mark.parametrize("query, key", [
    ("", "search.empty"),
    ("   ", "search.empty"),
    ('"ұтыс ойыны', "search.unclosed_quote"),
    ("(банк OR фейк", "search.unbalanced"),
    ("банк)", "search.unbalanced"),
    ("NOT банк", "search.leading_not"),
    ("банк AND", "search.dangling_operator"),
    ("OR банк", "search.dangling_operator"),
    ("банк AND OR фейк", "search.dangling_operator"),
    ("()", "search.empty_group"),
])
def test_query_mistakes_get_a_plain_message(db, stocked, query, key):
    with pytest.raises(WorkstationError) as err:
        search.search_ids(db, query)
    assert err.value.key == key
    assert "Traceback" not in str(err.value)


def test_count_matches_agrees_with_search(db, stocked):
    assert search.count_matches(db, "фейк") == 2
    # Counting up to a bound (the list's choice of plan needs no more) stops there, and is exact below it.
    assert [search.count_matches(db, "фейк", up_to=n) for n in (1, 2, 3)] == [1, 2, 2]
