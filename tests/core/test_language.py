import pytest

from workstation.core.language import SAMPLE_CHARS, detect_language

KAZAKH_NEWS = (
    "Қазақстан Республикасы Ақпарат және қоғамдық даму министрлігі әлеуметтік желілерде тараған жалған "
    "ақпаратқа қатысты түсініктеме берді. Министрліктің мәліметінше, 5G желілері денсаулыққа зиян келтіреді "
    "деген ақпарат шындыққа жанаспайды. Азаматтарды ресми дереккөздерге ғана сенуге шақырамыз."
)
RUSSIAN_NEWS = (
    "Министерство информации и общественного развития Казахстана опровергло информацию о вреде сетей 5G, "
    "распространяемую в социальных сетях. По данным ведомства, эти сведения не соответствуют "
    "действительности, а граждан призвали доверять только официальным источникам."
)
ENGLISH_NEWS = (
    "The Ministry of Information said on Monday that reports about the harm of 5G networks are false and "
    "urged citizens to rely on official sources rather than messages forwarded in chats."
)
UKRAINIAN_NEWS = (
    "Міністерство цифрової трансформації України повідомило, що інформація про шкоду мереж 5G є "
    "неправдивою. Він закликав громадян перевіряти джерела та не довіряти повідомленням у месенджерах."
)


def test_kazakh_news_text_is_kazakh():
    assert detect_language(KAZAKH_NEWS) == "kk"


def test_russian_news_text_is_russian():
    assert detect_language(RUSSIAN_NEWS) == "ru"


def test_english_news_text_is_english():
    assert detect_language(ENGLISH_NEWS) == "en"


@pytest.mark.parametrize("title", ["Жалған ұтыс ойыны туралы", "Банк атынан ұтыс ойыны өткізілмейді",
                                   "Алаяқтар жаңа тәсіл ойлап тапты", "Ауа райы: өте ыстық күн"])
def test_short_kazakh_titles_are_kazakh(title):
    assert detect_language(title) == "kk"


@pytest.mark.parametrize("title", ["Фейк: 5G вышки вредят здоровью", "Мошенники атакуют пенсионеров",
                                   "В Алматы задержали распространителя фейков"])
def test_short_russian_titles_are_russian(title):
    assert detect_language(title) == "ru"


def test_kazakh_typed_on_a_russian_keyboard_is_still_kazakh():
    text = ("Министрлик жалган акпарат туралы мэлимдеме жасады жане азаматтарды сак болуга шакырды. "
            "Бул акпарат шындыкка сай емес деп атап отти")
    assert detect_language(text) == "kk"


def test_russian_text_quoting_kazakh_names_stays_russian():
    text = ("Президент Казахстана Қасым-Жомарт Тоқаев провел совещание по вопросам информационной "
            "безопасности, на котором обсуждались меры по борьбе с фейками в Ақорда.")
    assert detect_language(text) == "ru"


def test_mixed_text_goes_to_the_language_of_most_of_it():
    kazakh_with_quote = ("Министрлік мәлімдеме жасады. «Это фейк», — деді ведомство өкілі. Азаматтар ресми "
                         "ақпарат көздеріне ғана сенуі керек, себебі алаяқтар банк атынан хабарлама жібереді.")
    russian_with_quote = ("Ведомство сообщило, что это фейк. В сообщении на казахском языке говорится: «Бұл "
                          "жалған ақпарат». Граждан призвали доверять только официальным источникам информации и "
                          "не переходить по ссылкам.")
    assert detect_language(kazakh_with_quote) == "kk"
    assert detect_language(russian_with_quote) == "ru"


def test_links_inside_kazakh_text_do_not_make_it_english():
    text = "Алаяқтар https://kaspi-bonus-kz.com/login?user=admin&lang=en сілтемесі арқылы ақша ұрлайды @kaspi_bonus"
    assert detect_language(text) == "kk"


def test_ukrainian_is_other_not_kazakh():
    assert detect_language(UKRAINIAN_NEWS) == "other"


def test_ukrainian_without_its_own_letters_is_other_not_kazakh():
    assert detect_language("Він сказав, що це неправда і що міністерство вже перевірило всі дані") == "other"


def test_belarusian_is_other():
    text = "Міністэрства інфармацыі паведаміла, што гэта інфармацыя не адпавядае рэчаіснасці ў поўнай меры."
    assert detect_language(text) == "other"


@pytest.mark.parametrize("text", [
    "Кыргыз Республикасынын Президенти Садыр Жапаров бүгүн өлкөнүн экономикалык абалы боюнча кеңешме өткөрдү.",
    "Ўзбекистон Республикаси Президенти Шавкат Мирзиёев бугун ҳукумат йиғилишини ўтказди.",
    "Министарство је саопштило да су информације о штетности мреже лажне и позвало грађане на опрез.",
])
def test_other_cyrillic_languages_are_other(text):
    assert detect_language(text) == "other"


@pytest.mark.parametrize("text", [
    "Das Ministerium hat die Berichte über die Gefahren von 5G-Netzen zurückgewiesen.",
    "Le ministère a démenti les informations sur les dangers des réseaux 5G.",
    "Qazaqstan Respublikasy Aqparat jäne qoğamdyq damu ministrligi jalğan aqparat turaly mälimdeme jasady.",
    "哈萨克斯坦信息部否认了关于5G网络危害的虚假信息。",
    "نفت وزارة الإعلام المعلومات الكاذبة",
])
def test_latin_without_english_and_other_scripts_are_other(text):
    assert detect_language(text) == "other"


def test_short_english_title_is_english():
    assert detect_language("Scammers target pensioners with fake bonus") == "en"


@pytest.mark.parametrize("text", ["", "   ", "12345 !!! --- 2025", "№ 17 — 06.01.2025", None])
def test_text_without_letters_has_no_language(text):
    assert detect_language(text) == ""


def test_only_the_beginning_of_a_long_text_is_read():
    kazakh = " ".join([KAZAKH_NEWS] * (SAMPLE_CHARS // len(KAZAKH_NEWS) + 1))
    text = kazakh + " " + ENGLISH_NEWS * 100
    assert detect_language(text) == "kk"


def test_decomposed_letters_are_read_like_composed_ones():
    decomposed = "Министерство информации и общественного развития сообщило".replace("й", "и\u0306")
    assert detect_language(decomposed) == "ru"
