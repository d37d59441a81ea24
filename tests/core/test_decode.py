"""Decoding on the real corpus: Cyrillic code pages, lying declarations, double encoding, broken bytes."""

import gzip
import re

import pytest

from workstation.core.decode import cyrillic_score, decode, xml_for_parser
from workstation.core.parse import parse_feed

NEWSRU = ("cp1251", "koi8r", "ibm866", "maccyrillic", "iso8859-5", "ibm855")


def _titles(body: bytes, **kw) -> list[str]:
    return [i.title for i in parse_feed(body, url="https://example.kz/rss", **kw).items]


def test_every_encoding_corpus_file_decodes_without_error(corpus):
    files = [p for folder in (corpus / "world" / "encodings", corpus / "feedparser" / "encoding")
             for p in sorted(folder.glob("*")) if p.is_file()]
    assert len(files) > 100
    for path in files:
        result = decode(path.read_bytes())
        assert isinstance(result.text, str) and result.encoding, path.name


@pytest.mark.parametrize("page", NEWSRU[1:])
def test_the_same_russian_feed_reads_the_same_in_six_code_pages(corpus, page):
    folder = corpus / "world" / "encodings"
    reference = _titles((folder / "newsru.com_parallel_cp1251.xml").read_bytes())
    assert len(reference) == 30 and cyrillic_score(" ".join(reference)) > 0.6
    assert _titles((folder / f"newsru.com_parallel_{page}.xml").read_bytes()) == reference


def test_koi8r_without_a_declaration_is_not_read_as_windows_1252(corpus):
    body = (corpus / "world" / "encodings" / "feedparser-chardet_koi8r_no-declaration.xml").read_bytes()
    result = decode(body)
    assert result.encoding == "koi8-r"
    assert "Как пережить" in result.text


@pytest.mark.parametrize("name", ["feedparser_x80_windows-1251.xml", "feedparser_x80_koi8-r.xml",
                                  "feedparser_x80_cp866.xml", "feedparser_x80_maccyrillic.xml"])
def test_one_byte_cyrillic_tests_follow_their_declaration(corpus, name):
    result = decode((corpus / "world" / "encodings" / name).read_bytes())
    assert "\u0402" in result.text or result.how == "declared"


def test_double_encoded_feed_is_repaired_to_readable_russian(corpus):
    body = (corpus / "world" / "encodings" / "news.yandex.ru_moscow_double-encoded-utf8_2017.xml").read_bytes()
    result = decode(body)
    assert result.repaired
    titles = _titles(body)
    assert len(titles) == 15
    assert all(re.search("[а-яА-Я]{3}", t) for t in titles)
    assert not any("Ð" in t or "Ñ" in t for t in titles)


def test_utf8_with_one_bad_byte_still_reads_as_cyrillic():
    text = "<rss><channel><item><title>Жалған ұтыс ойыны туралы хабарлама</title></item></channel></rss>" * 5
    body = bytearray(text.encode("utf-8"))
    body[120] = 0xFF  # one stray byte
    result = decode(bytes(body))
    assert result.encoding == "utf-8" and result.repaired
    assert result.text.count("ұтыс ойыны") >= 4


def test_valid_utf8_wins_over_a_lying_declaration():
    body = '<?xml version="1.0" encoding="windows-1252"?><rss><title>Қазақстан</title></rss>'.encode()
    result = decode(body, http_charset="koi8-r")
    assert (result.encoding, result.how) == ("utf-8", "utf-8")
    assert "Қазақстан" in result.text
    assert b'encoding="utf-8"' in xml_for_parser(result.text)


def test_http_charset_beats_a_wrong_declaration_for_legacy_bytes():
    body = '<?xml version="1.0" encoding="koi8-r"?><rss><title>Новости Казахстана</title></rss>'.encode("cp1251")
    assert "Новости Казахстана" in decode(body, http_charset="windows-1251").text


def test_undeclared_windows_1251_is_detected_not_latin():
    body = "<rss><title>Мошенники рассылают ссылки на фишинговые сайты банков</title></rss>".encode("cp1251")
    result = decode(body, http_charset="iso-8859-1")
    assert "Мошенники" in result.text


def test_source_override_wins():
    body = "<rss><title>Привет</title></rss>".encode("koi8-r")
    assert "Привет" in decode(body, override="koi8-r").text
    assert decode(body, override="no-such-codec").text  # unknown override is ignored, never an error


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_kazakh_text_in_utf16_and_utf32(codec):
    text = '<?xml version="1.0"?><rss><title>Әлеуметтік желідегі ғана қауіп: ұтыс, үкімет, һ, і</title></rss>'
    result = decode(text.encode(codec))
    assert "Әлеуметтік желідегі ғана қауіп: ұтыс, үкімет, һ, і" in result.text


def test_gzipped_cp1251_feed_after_decompression(corpus):
    body = gzip.decompress((corpus / "world" / "encodings" / "oren.ru_news_cp1251_gzip-compressed.xml.gz").read_bytes())
    assert len(_titles(body)) == 10


def test_garbage_never_raises():
    for body in (b"", b"\x00" * 100, bytes(range(256)) * 10, b"\xff\xfe\x00", b"<?xml encoding='x-bogus'?>"):
        assert isinstance(decode(body).text, str)
