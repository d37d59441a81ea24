"""Decoding against the real corpus: Cyrillic code pages with and without declarations, lying declarations,
HTTP charsets, double encoding, broken bytes; plus Kazakh text built here."""

from __future__ import annotations

import codecs
import gzip
import io
import random
import re
from pathlib import Path

import feedparser
import pytest

from workstation.core.ingest.decode import decode, repair_double_encoding, xml_for_parser
from workstation.core.ingest.parse import parse_feed

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
ENCODINGS = CORPUS / "world" / "encodings"
REAL = CORPUS / "world" / "real"
HOWS = {"override", "bom", "utf-8", "utf-8-repaired", "http", "declared", "detected", "fallback"}
KAZAKH = "Әлеуметтік желідегі жалған ақпарат: ұтыс ойыны, үкімет қаулысы, Қазақстан, өңір, һ, іс-шара ғана"
NEWSRU = ("cp1251", "koi8r", "ibm866", "maccyrillic", "iso8859-5", "ibm855")
CYRILLIC_LETTER = re.compile("[а-яё]", re.I)

needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"test corpus not found at {CORPUS} (it lives beside the project, in ../shared/corpus)")


def _corpus_files(*folders: str) -> list:
    if not CORPUS.is_dir():
        return [pytest.param(None, marks=needs_corpus, id="no-corpus")]
    paths = [path for folder in folders for path in sorted((CORPUS / folder).iterdir()) if path.is_file()]
    return [pytest.param(path, id=path.name) for path in paths]


def _without_declaration(body: bytes) -> bytes:
    return re.sub(rb"(<\?xml[^>]*?)\s+encoding\s*=\s*[\"'][^\"']*[\"']", rb"\1", body, count=1)


def _entries(text: str) -> list[tuple[str, str]]:
    """(title, description) of each item, as feedparser reads the decoded text."""
    parsed = feedparser.parse(io.BytesIO(xml_for_parser(text)), response_headers={"content-type": "application/xml"})
    return [(entry.get("title", ""), " ".join(entry.get("summary", "").split())) for entry in parsed.entries]


def _titles(text: str) -> list[str]:
    return [title for title, _ in _entries(text)]


# --- the whole corpus ----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", _corpus_files("world/encodings", "feedparser/encoding"))
def test_every_encoding_corpus_file_decodes(path):
    result = decode(path.read_bytes())
    assert isinstance(result.text, str) and result.text.strip()
    assert result.how in HOWS
    assert codecs.lookup(result.encoding)  # a name any codec lookup understands ...
    assert not result.encoding.startswith(("cp125", "iso8859"))  # ... in its usual spelling
    assert isinstance(xml_for_parser(result.text), bytes)


@needs_corpus
@pytest.mark.parametrize("page", NEWSRU)
def test_the_same_russian_feed_reads_the_same_in_six_code_pages(page):
    # The copies differ in markup ("&quot;" for '"', "/>" for " />"), so compare what a reader sees.
    reference = _entries(decode((ENCODINGS / "newsru.com_parallel_cp1251.xml").read_bytes()).text)
    assert len(reference) == 30
    assert "психически нездоровый мужчина" in reference[0][0]
    body = (ENCODINGS / f"newsru.com_parallel_{page}.xml").read_bytes()
    assert _entries(decode(body).text) == reference
    # and with the declaration removed: detection alone must find the code page
    assert _entries(decode(_without_declaration(body)).text) == reference


@needs_corpus
@pytest.mark.parametrize("path", [p for p in _corpus_files("world/real") if p.values[0] is None
                                  or re.search(r"_(cp1251|koi8r)_", p.values[0].name)])
def test_real_windows_1251_and_koi8_r_feeds_decode_without_their_declaration(path):
    body = path.read_bytes()
    declared = decode(body)
    detected = decode(_without_declaration(body))
    assert (declared.how, detected.how) == ("declared", "detected")
    assert detected.encoding == declared.encoding == ("koi8-r" if "_koi8r_" in path.name else "windows-1251")
    assert detected.text.split("?>", 1)[1] == declared.text.split("?>", 1)[1]


@needs_corpus
@pytest.mark.parametrize("name, encoding", [("ria-novosti-snippet_cp1251_no-charset.html", "windows-1251"),
                                            ("ria-novosti-snippet_koi8r_no-charset.html", "koi8-r")])
def test_undeclared_html_snippets_tell_windows_1251_from_koi8_r(name, encoding):
    result = decode((CORPUS / "world" / "html" / name).read_bytes())
    assert (result.encoding, result.how) == (encoding, "detected")
    assert "МОСКВА" in result.text and "РИА Новости" in result.text


@needs_corpus
def test_koi8_r_without_declaration_is_not_read_as_windows_1252():
    result = decode((ENCODINGS / "feedparser-chardet_koi8r_no-declaration.xml").read_bytes())
    assert (result.encoding, result.how) == ("koi8-r", "detected")
    assert "Как пережить новогоднюю ночь" in result.text


@needs_corpus
@pytest.mark.parametrize("name", ["cp1251", "windows-1251", "koi8-r", "koi8-u", "cp866", "maccyrillic", "ibm855"])
def test_one_byte_tests_give_what_their_declaration_means(name):
    path = ENCODINGS / f"feedparser_x80_{name}.xml"
    text = path.read_text("latin-1")
    expected = re.search(r"feed\['title'\] == u'\\u([0-9a-f]{4})'", text).group(1)
    result = decode(path.read_bytes())
    assert result.how == "declared"
    assert re.search("<title>(.*)</title>", result.text).group(1) == chr(int(expected, 16))


@needs_corpus
def test_gzipped_feed_is_inflated_and_read_as_windows_1251():
    result = decode((ENCODINGS / "oren.ru_news_cp1251_gzip-compressed.xml.gz").read_bytes())
    assert result.encoding == "windows-1251"
    assert "Новости Оренбурга" in result.text


@needs_corpus
def test_latin_1_feed_without_declaration_is_not_forced_into_cyrillic():
    result = decode((ENCODINGS / "noticias.uol.com.br_latin1_no-declaration_2018.xml").read_bytes())
    assert result.encoding == "windows-1252"
    assert "Últimas Notícias" in result.text and "simulações" in result.text


@needs_corpus
@pytest.mark.parametrize("name, sample", [("big5", "中文"), ("eucjp", "正月"), ("euckr", "한글"), ("gb2312", "移民"),
                                          ("shiftjis", "記事"), ("tis620", "สำนักงาน")])
def test_undeclared_asian_feeds_are_not_forced_into_cyrillic(name, sample):
    path = CORPUS / "feedparser" / "illformed" / "chardet" / f"{name}.xml"
    assert sample in decode(path.read_bytes()).text


# --- UTF-8 against what documents and servers claim ------------------------------------------------------


@needs_corpus
def test_utf8_with_one_bad_byte_in_a_long_cyrillic_feed_stays_utf8():
    original = (REAL / "rutube.ru_tnt-channel_mediarss.xml").read_bytes()
    middle = original.index("Камеди Клаб".encode()) + 2  # inside the first letter: a broken sequence
    body = original[:middle] + b"\xff" + original[middle:]
    result = decode(body)
    assert (result.encoding, result.how, result.repaired) == ("utf-8", "utf-8-repaired", True)
    assert result.text.count("\ufffd") == 1
    assert "Видеоролики Телеканал ТНТ на Rutube" in result.text


def test_utf8_kazakh_with_a_stray_byte_reads_as_kazakh():
    body = bytearray(f"<rss><channel><item><title>{KAZAKH}</title></item></channel></rss>".encode() * 3)
    body[40] = 0xFF
    result = decode(bytes(body))
    assert (result.encoding, result.how, result.repaired) == ("utf-8", "utf-8-repaired", True)
    assert result.text.count(KAZAKH) >= 2


@needs_corpus
def test_utf8_declared_as_windows_1252_reads_as_utf8():
    result = decode((ENCODINGS / "miniflux_windows-1252_incorrect-prolog.xml").read_bytes())
    assert (result.encoding, result.how) == ("utf-8", "utf-8")
    assert "Euro €" in result.text
    assert b'encoding="utf-8"' in xml_for_parser(result.text)


@needs_corpus
def test_utf8_declared_as_latin_1_reads_as_utf8():
    result = decode((ENCODINGS / "miniflux_utf8_incorrect-prolog.xml").read_bytes(), http_charset="iso-8859-1")
    assert "테스트 피드" in result.text and "Café" in result.text


def test_valid_utf8_wins_over_a_lying_declaration_and_http_charset():
    body = f'<?xml version="1.0" encoding="windows-1251"?><rss><title>{KAZAKH}</title></rss>'.encode()
    result = decode(body, http_charset="koi8-r")
    assert (result.encoding, result.how) == ("utf-8", "utf-8")
    assert KAZAKH in result.text


# --- HTTP charset against the declaration -----------------------------------------------------------------


@needs_corpus
def test_http_charset_overrides_the_declaration():
    path = ENCODINGS / "feedparser_http_text_xml_charset_overrides_encoding_2.xml"
    result = decode(path.read_bytes(), http_charset="windows-1252")
    assert (result.encoding, result.how) == ("windows-1252", "http")
    assert "This is a \xa3\u201ctest.\u201d" in result.text


def test_http_charset_beats_a_wrong_declaration():
    body = '<?xml version="1.0" encoding="koi8-r"?><rss><title>Новости Казахстана</title></rss>'.encode("cp1251")
    result = decode(body, http_charset="text/xml; charset=windows-1251")
    assert (result.encoding, result.how) == ("windows-1251", "http")
    assert "Новости Казахстана" in result.text


def test_server_default_latin_1_loses_to_a_windows_1251_declaration():
    # Apache's old default "charset=ISO-8859-1" on a Russian page: the header is wrong, the document is right.
    text = "Мошенники рассылают сообщения о выигрыше в лотерею от имени акимата"
    body = f'<?xml version="1.0" encoding="windows-1251"?><rss><title>{text}</title></rss>'.encode("cp1251")
    result = decode(body, http_charset="ISO-8859-1")
    assert (result.encoding, result.how) == ("windows-1251", "declared")
    assert text in result.text


def test_a_lying_http_charset_with_no_declaration_loses_to_detection():
    text = "Правительство утвердило новые правила регистрации средств массовой информации"
    result = decode(f"<rss><title>{text}</title></rss>".encode("koi8-r"), http_charset="windows-1251")
    assert (result.encoding, result.how) == ("koi8-r", "detected")
    assert text in result.text


@pytest.mark.parametrize("claimed, actual", [("windows-1251", "koi8-r"), ("windows-1251", "windows-1251"),
                                              ("koi8-r", "koi8-r")])
def test_a_long_feed_keeps_a_true_declaration_and_loses_a_lying_one(claimed, actual):
    # Long enough that a claimed code page is judged on its first characters first (``decode._FIRST_LOOK``).
    item = ("<item><title>Правительство утвердило новые правила регистрации средств массовой информации</title>"
            "<description>Мошенники рассылают сообщения о выигрыше в лотерею от имени акимата области</description>"
            "</item>")
    body = f'<?xml version="1.0" encoding="{claimed}"?><rss><channel>{item * 200}</channel></rss>'.encode(actual)
    result = decode(body)
    assert result.encoding == actual
    assert result.how == ("declared" if claimed == actual else "detected")
    assert result.text.count("Мошенники рассылают") == 200


@pytest.mark.parametrize("bogus", ["x-bogus", "utf-16", "base64", "rot13", "idna", "", "  ", "'\"", "charset="])
def test_bogus_http_charsets_are_ignored(bogus):
    text = "Новости Казахстана и мира"
    body = f'<?xml version="1.0" encoding="windows-1251"?><rss><title>{text}</title></rss>'.encode("cp1251")
    result = decode(body, http_charset=bogus)
    assert (result.encoding, result.how) == ("windows-1251", "declared")
    assert text in result.text


def test_html_meta_charset_is_a_declaration():
    text = "Актуальные новости Казахстана"
    body = f'<html><head><meta charset="koi8-r"><title>{text}</title></head></html>'.encode("koi8-r")
    result = decode(body)
    assert (result.encoding, result.how) == ("koi8-r", "declared")
    assert text in result.text
    http_equiv = f'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>{text}</p>'
    assert decode(http_equiv.encode("cp1251")).how == "declared"


# --- double encoding ---------------------------------------------------------------------------------------


@needs_corpus
def test_double_encoded_yandex_feed_is_repaired_to_readable_russian():
    result = decode((ENCODINGS / "news.yandex.ru_moscow_double-encoded-utf8_2017.xml").read_bytes())
    assert result.repaired
    titles = _titles(result.text)
    assert len(titles) == 15
    assert all(CYRILLIC_LETTER.search(title) for title in titles)
    assert not re.search("[ÐÑ]", result.text)
    assert "Яндекс.Новости: Москва" in result.text


@needs_corpus
def test_double_encoded_latin_feed_is_repaired_too():
    result = decode((REAL / "lemonde.fr_2017.xml").read_bytes())
    assert result.repaired and "Actualités et Infos" in result.text


def test_french_guillemets_are_not_mistaken_for_double_encoding():
    text = "« Il a été arrêté » : « café\u00a0», « été\u00a0», « né\u00a0», « thé\u00a0»"
    assert repair_double_encoding(text) is None
    assert decode(text.encode()).text == text


def test_kazakh_text_double_encoded_is_repaired():
    # as a browser's windows-1252 shows UTF-8: the five bytes it leaves undefined pass through as C1 controls
    mangled = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in KAZAKH.encode())
    result = decode(f"<rss><title>{mangled}</title></rss>".encode())
    assert result.repaired and KAZAKH in result.text


@needs_corpus
def test_windows_1252_punctuation_passed_off_as_latin_1_is_restored():
    result = decode((ENCODINGS / "feedparser_demoronize-1.xml").read_bytes())
    assert "don\u2019t" in result.text and result.repaired


# --- override, Kazakh, wide encodings, garbage -------------------------------------------------------------


def test_source_override_wins_over_everything():
    text = "Привет из Алматы"
    body = f'<?xml version="1.0" encoding="windows-1251"?><rss><title>{text}</title></rss>'.encode("koi8-r")
    result = decode(body, http_charset="windows-1251", override="KOI8-R")
    assert (result.encoding, result.how) == ("koi8-r", "override")
    assert text in result.text


@pytest.mark.parametrize("override", ["no-such-codec", "base64", "rot13", "idna", "utf-7", "", None])
def test_unknown_or_non_charset_override_is_ignored(override):
    text = "Привет из Астаны"
    result = decode(f"<rss><title>{text}</title></rss>".encode("koi8-r"), override=override)
    assert result.how != "override" and text in result.text


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig"])
def test_kazakh_text_in_utf16_and_utf32_with_and_without_bom(codec):
    document = f'<?xml version="1.0" encoding="{codec}"?><rss><title>{KAZAKH}</title></rss>'
    result = decode(document.encode(codec))
    assert KAZAKH in result.text
    assert not result.text.startswith("\ufeff")
    assert result.encoding.startswith(codec[:6].replace("utf-8-", "utf-8"))
    assert xml_for_parser(result.text).startswith(b'<?xml version="1.0" encoding="utf-8"?>')


def test_kazakh_in_kz1048_without_declaration_is_detected():
    result = decode(f"<rss><title>{KAZAKH}</title></rss>".encode("kz1048"))
    assert (result.encoding, result.how) == ("kz1048", "detected")
    assert KAZAKH in result.text


@pytest.mark.parametrize("codec", ["cp1251", "koi8-r", "koi8-u", "cp866", "mac-cyrillic", "iso8859-5"])
def test_short_russian_headline_is_detected_in_each_cyrillic_code_page(codec):
    text = "В Алматы прошёл брифинг о борьбе с фейками в соцсетях"
    result = decode(f"<item><title>{text}</title></item>".encode(codec))
    assert result.how == "detected" and text in result.text


def test_garbage_never_raises():
    rng = random.Random(20250106)
    bodies = [b"", b"\x00" * 100, bytes(range(256)) * 10, b"\xff\xfe\x00", b"\xfe\xff\xd8", b"\xef\xbb",
              b"<?xml encoding='x-bogus'?>", b"\x1f\x8b\x08\x00garbage", gzip.compress(b"")]
    bodies += [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 3000))) for _ in range(30)]
    for body in bodies:
        for kwargs in ({}, {"http_charset": "utf-16"}, {"override": "utf-32"}, {"http_charset": "shift_jis"}):
            result = decode(body, **kwargs)
            assert isinstance(result.text, str) and result.how in HOWS
            assert isinstance(xml_for_parser(result.text), bytes)


# --- what feedparser is given -------------------------------------------------------------------------------


def test_xml_for_parser_says_utf8_and_drops_the_bom_and_leading_blank_lines():
    text = "\ufeff\n\n<?xml version='1.0' encoding='windows-1251'?>\n<rss><title>Қазақ</title></rss>"
    assert xml_for_parser(text) == "<?xml version='1.0' encoding='utf-8'?>\n<rss><title>Қазақ</title></rss>".encode()


def test_xml_for_parser_leaves_documents_without_an_encoding_declaration_alone():
    text = '<?xml-stylesheet href="a.xsl" type="text/xsl"?><rss><title>Тест</title></rss>'
    assert xml_for_parser(text) == text.encode()
    assert xml_for_parser('\n<?xml version="1.0"?><rss/>') == b'<?xml version="1.0"?><rss/>'


@needs_corpus
def test_feedparser_reads_a_koi8_r_feed_we_decoded():
    result = decode((REAL / "aif.ru_health_koi8r_2005.xml").read_bytes())
    titles = _titles(result.text)
    assert len(titles) == 17 and all(CYRILLIC_LETTER.search(title) for title in titles)


@pytest.mark.parametrize(("written", "read"), [
    ("&#55357;&#56832;", "\U0001f600"),  # an emoji as its two UTF-16 halves
    ("&#xD83D;&#xDE00;", "\U0001f600"),
    ("&#55357; &#56832;", "\ufffd \ufffd"),  # halves apart are no pair
    ("&#56832;&#55357;", "\ufffd\ufffd"),  # nor the wrong way round
    ("&#0;|&#x1;|&#000011;|&#xFFFE;|&#65535;|&#1114112;|&#x110000;", "\ufffd|" * 6 + "\ufffd"),
    ("a&#32;b|&#x10FFFF;|&#1040;|&#x1F600;|&#xE000;|&#65533;", "a b|\U0010ffff|А|\U0001f600|\ue000|\ufffd"),  # allowed
    ("a\x00b\x0bc\x1fd\ufffee", "abcde"),  # written out, they are dropped
])
def test_characters_xml_forbids_are_never_handed_to_the_parser(written, read):
    body = f"<rss version='2.0'><channel><title>{written}</title><item><title>x</title></item></channel></rss>"
    for fast in (True, False):
        assert parse_feed(body.encode(), url="https://a.kz/rss", fast=fast).title == read
