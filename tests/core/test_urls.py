from urllib.parse import urljoin

import pytest

from workstation.core.urls import absolute, canonical_url, defang, is_http_url, pasted_url, refang, registrable_domain

# --- absolute ---------------------------------------------------------------------------------------


def test_relative_link_is_resolved_against_the_feed_address():
    assert absolute("/ru/5g", "https://stopfake.kz/rss") == "https://stopfake.kz/ru/5g"
    assert absolute("img/a.png", "https://news.kz/a/1") == "https://news.kz/a/img/a.png"


# Paths from the root are joined without urljoin's parsing (``urls._join_root_relative``); each must come out as
# urljoin gives it: dot segments, queries and fragments, parameters, hosts with ports and users.
@pytest.mark.parametrize("link", [
    "/tag/5", "/новости/2025/қаңтар", "/uploads/2025/01/5.jpg", "/a/../b", "/a/./b", "/.", "/..", "/a?", "/a#",
    "/a?b=1#c", "/a;p?q", "//evil.kz/x", "/a b", "/a%20b", "/a/", "/", "/@user", "/a:b",
])
@pytest.mark.parametrize("base", [
    "https://news.kz/a/1", "http://news.kz", "https://news.kz?q=1", "https://news.kz#top",
    "https://user:pw@news.kz:8443/a/b/", "https://NEWS.kz/a;b/c", "https://news.kz/a?b/c", "https://жаңалық.kz/",
])
def test_link_from_the_root_is_joined_as_urljoin_joins_it(link, base):
    assert absolute(link, base) == urljoin(base, link)


def test_protocol_relative_link_takes_the_base_scheme():
    assert absolute("//cdn.kz/x.jpg", "https://news.kz/") == "https://cdn.kz/x.jpg"


def test_absolute_link_is_kept_and_whitespace_around_it_dropped():
    assert absolute("  https://other.kz/a \n", "https://news.kz/") == "https://other.kz/a"


def test_newlines_inside_a_wrapped_link_are_dropped():
    assert absolute("https://news.kz/very/\nlong", None) == "https://news.kz/very/long"
    assert absolute("/a\tb", "https://news.kz/") == "https://news.kz/ab"


def test_other_control_characters_in_a_link_are_escaped_as_a_browser_escapes_them():
    assert absolute("https://news.kz/a\x00b\x7fc\x85d", None) == "https://news.kz/a%00b%7Fc%C2%85d"
    assert absolute("?page=2", "https://news.kz/a\x00b") == "https://news.kz/a%00b?page=2"


@pytest.mark.parametrize("link", [None, "", "   ", "\n"])
def test_missing_link_stays_none(link):
    assert absolute(link, "https://news.kz/") is None


def test_link_without_base_is_returned_as_given():
    assert absolute(" /ru/5g ", None) == "/ru/5g"
    assert absolute("/ru/5g", "") == "/ru/5g"


def test_broken_base_does_not_raise():
    assert absolute("x", "http://[::1") == "x"


# --- canonical_url ----------------------------------------------------------------------------------


def test_tracking_parameters_and_fragment_are_dropped():
    url = "https://News.kz/a/1?utm_source=tg&utm_medium=social&fbclid=xyz&gclid=1&yclid=2&_openstat=3#comments"
    assert canonical_url(url) == "https://news.kz/a/1"


@pytest.mark.parametrize("param", ["mc_cid=1", "mc_eid=2", "igshid=3", "ref_src=twsrc", "si=abc", "UTM_Campaign=x",
                                   "ysclid=4", "msclkid=5"])
def test_each_known_tracking_parameter_is_dropped(param):
    assert canonical_url(f"https://news.kz/a?id=7&{param}") == "https://news.kz/a?id=7"


def test_other_parameters_keep_their_order_and_spelling():
    url = "https://news.kz/search?q=%D1%84%D0%B5%D0%B9%D0%BA&utm_source=x&page=2&sort=date"
    assert canonical_url(url) == "https://news.kz/search?q=%D1%84%D0%B5%D0%B9%D0%BA&page=2&sort=date"


def test_default_port_is_dropped_and_other_ports_kept():
    assert canonical_url("HTTP://EX.kz:80/a") == "http://ex.kz/a"
    assert canonical_url("https://ex.kz:443/a") == "https://ex.kz/a"
    assert canonical_url("https://ex.kz:8443/a") == "https://ex.kz:8443/a"


def test_empty_query_and_empty_path_have_one_spelling():
    assert canonical_url("https://ex.kz?") == "https://ex.kz/"
    assert canonical_url("https://ex.kz/a?") == "https://ex.kz/a"
    assert canonical_url("https://ex.kz/a?utm_source=x") == "https://ex.kz/a"
    assert canonical_url("https://ex.kz/a?x=1&&y=2") == "https://ex.kz/a?x=1&y=2"


def test_idn_host_is_stored_in_punycode_whatever_spelling_arrives():
    unicode_form = canonical_url("https://Жалған.kz/a")
    assert unicode_form == "https://xn--80aaqvl82c.kz/a"
    assert canonical_url("https://xn--80aaqvl82c.kz/a") == unicode_form


def test_cyrillic_path_and_its_percent_encoding_are_the_same_address():
    raw = canonical_url("https://news.kz/жаңалық")
    assert raw == canonical_url("https://news.kz/%D0%B6%D0%B0%D2%A3%D0%B0%D0%BB%D1%8B%D2%9B")
    assert raw == canonical_url("https://news.kz/%d0%b6%d0%b0%d2%a3%d0%b0%d0%bb%d1%8b%d2%9b")


def test_hash_bang_route_is_part_of_the_address():
    assert canonical_url("https://ex.kz/#!/news/15") == "https://ex.kz/#!/news/15"


def test_other_schemes_are_returned_with_lower_case_scheme():
    assert canonical_url("MAILTO:Press@Gov.kz") == "mailto:Press@Gov.kz"
    assert canonical_url("tg://resolve?domain=x") == "tg://resolve?domain=x"


@pytest.mark.parametrize("garbage", [None, "", "   ", "garbage", "/relative/only", "http://", "http://[::1/",
                                     "http://ex.kz:notaport/", "http://ex ample.kz/", "\x00\xff"])
def test_unusable_addresses_give_none(garbage):
    assert canonical_url(garbage) is None


def test_ipv6_host_keeps_its_brackets():
    assert canonical_url("http://[::1]:8080/x") == "http://[::1]:8080/x"


# --- registrable_domain ----------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "expected"), [
    ("news.bank-kz-bonus.com", "bank-kz-bonus.com"),
    ("https://news.bank-kz-bonus.com/login?x=1", "bank-kz-bonus.com"),
    ("kaspi.kz", "kaspi.kz"),
    ("mfa.gov.kz", "mfa.gov.kz"),
    ("www.mfa.gov.kz", "mfa.gov.kz"),
    ("shop.halyk-bonus.com.kz", "halyk-bonus.com.kz"),
    ("a.b.example.co.uk", "example.co.uk"),
    ("promo.sberbank-bonus.com.ru", "sberbank-bonus.com.ru"),
    ("https://kaspi-bonus.tilda.ws/pay", "kaspi-bonus.tilda.ws"),
    ("egov-kz.github.io", "egov-kz.github.io"),
    ("NEWS.KZ.", "news.kz"),
    ("evil.kz:8080/path", "evil.kz"),
])
def test_registrable_domain(value, expected):
    assert registrable_domain(value) == expected


def test_site_on_a_public_suffix_itself_answers_with_the_suffix():
    assert registrable_domain("www.gov.kz") == "gov.kz"
    assert registrable_domain("https://www.gov.kz/memleket/entities/qogam") == "gov.kz"


def test_defanged_address_gives_the_same_domain():
    assert registrable_domain("hxxps://login.kaspi-bonus[.]kz/x") == "kaspi-bonus.kz"


def test_ip_address_is_its_own_domain():
    assert registrable_domain("http://185.12.34.56/kaspi/") == "185.12.34.56"


def test_idn_domain_comes_back_in_punycode():
    assert registrable_domain("https://ақпарат.жалған.kz/") == "xn--80aaqvl82c.kz"


@pytest.mark.parametrize("garbage", ["", "   ", "http://", "http://[::1"])
def test_no_domain_gives_empty_string(garbage):
    assert registrable_domain(garbage) == ""


# --- defang / refang --------------------------------------------------------------------------------


def test_defang_http_and_host_dots():
    assert defang("https://evil.kz/x") == "hxxps://evil[.]kz/x"
    assert defang("http://sub.evil.com.kz/a.php?b=c.d#e.f") == "hxxp://sub[.]evil[.]com[.]kz/a.php?b=c.d#e.f"


@pytest.mark.parametrize("url", ["https://evil.kz/x", "HTTP://Evil.KZ", "www.evil.kz/a.html", "ftp://files.evil.kz/a",
                                 "mailto:support@kaspi-bonus.kz", "//cdn.evil.kz/x.js", "http://1.2.3.4:8080/",
                                 "https://kaspi.kz@evil.kz/"])
def test_defang_is_idempotent(url):
    once = defang(url)
    assert once != url
    assert defang(once) == once


def test_defang_bare_host_and_mailto_domain():
    assert defang("www.evil.kz/a.html") == "www[.]evil[.]kz/a.html"
    assert defang("mailto:support.team@kaspi-bonus.kz") == "mailto:support.team@kaspi-bonus[.]kz"


def test_defang_hides_a_userinfo_lookalike_too():
    assert defang("https://kaspi.kz@evil.kz/") == "hxxps://kaspi[.]kz@evil[.]kz/"


def test_defang_leaves_addresses_without_a_host_alone():
    assert defang("javascript:alert(1)") == "javascript:alert(1)"
    assert defang("") == ""


def test_defang_keeps_leading_whitespace_and_still_defangs():
    assert defang("  https://evil.kz/") == "  hxxps://evil[.]kz/"


@pytest.mark.parametrize("url", ["https://evil.kz/x", "HTTPS://Evil.KZ/A.b?c=d.e", "http://1.2.3.4/",
                                 "ftp://files.evil.kz/a", "mailto:a.b@evil.kz", "www.evil.kz/x"])
def test_refang_undoes_defang(url):
    assert refang(defang(url)) == url


def test_refang_understands_other_defanging_styles():
    assert refang("hxxp[://]evil(.)kz/a") == "http://evil.kz/a"
    assert refang("hXXps[:]//evil[dot]kz") == "hTTps://evil.kz"
    assert refang("support[at]evil{.}kz") == "support@evil.kz"


def test_refang_leaves_ordinary_text_alone():
    text = "Министрлік хабарлады: https://gov.kz/a"
    assert refang(text) == text


# --- is_http_url ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("url", "expected"), [
    ("https://news.kz/a", True), ("HTTP://news.kz", True), (" http://news.kz ", True),
    ("ftp://news.kz/", False), ("javascript:alert(1)", False), ("/relative", False), ("http://", False),
    ("", False), ("http://[::1", False), (None, False),
])
def test_is_http_url(url, expected):
    assert is_http_url(url) is expected


def test_refang_understands_at_and_colon_variants():
    assert refang("support{at}evil(.)kz") == "support@evil.kz"
    assert refang("support(@)evil[.]kz") == "support@evil.kz"
    assert refang("evil[.]kz[:]8080/x") == "evil.kz:8080/x"


# --- pasted_url: the one parser for addresses a person types or pastes ---------------------------------


@pytest.mark.parametrize("pasted", ["hXXps://evil[.]kz/x", "hxxps://evil(dot)kz/x", "hxxps[://]evil[.]kz/x",
                                    "hxxps[:]//evil{.}kz/x", "HXXPS://EVIL[DOT]KZ/x", "https://evil.kz/x#top",
                                    "<https://evil.kz/x?utm_source=tg>", '"hxxps://evil[.]kz/x",',
                                    "(https://evil.kz/x)", "  hxxps://evil[.]kz/x\n"])
def test_pasted_addresses_in_any_defanged_style_give_one_canonical_form(pasted):
    assert pasted_url(pasted) == "https://evil.kz/x"


def test_a_missing_scheme_gets_the_default_one():
    assert pasted_url("evil[.]kz/x") == "https://evil.kz/x"
    assert pasted_url("evil.kz/x", default_scheme="http") == "http://evil.kz/x"
    assert pasted_url("//cdn.evil.kz/x.js", default_scheme="http") == "http://cdn.evil.kz/x.js"
    assert pasted_url("localhost:8080/feed") == "https://localhost:8080/feed"


def test_a_bracket_the_address_opens_is_kept():
    assert pasted_url("https://en.wikipedia.org/wiki/Foo_(bar)") == "https://en.wikipedia.org/wiki/Foo_(bar)"


@pytest.mark.parametrize("garbage", [None, "", "  ", "not an address", "notes", "n/a", "#comment", "http://",
                                     "ftp://files.evil.kz/a", "fxp://files.evil[.]kz/a", "mailto:a@evil.kz",
                                     "javascript:alert(1)"])
def test_what_is_not_a_web_address_is_refused(garbage):
    assert pasted_url(garbage) is None


def test_the_shortcut_for_plain_web_addresses_answers_as_the_browser_parser_does():
    """``is_http_url`` takes most addresses by a pattern before parsing them; every answer must be the parser's."""
    from itertools import product

    from workstation.core.urls import browser_target

    hosts = ["news.kz", "NEWS.KZ", "kz", "kz.", "a..kz", ".kz", "a-.kz", "-a.kz", "1.2.3.4", "1.2.3.4.5", "0x7f.1",
             "a.0x10", "a.123", "123.kz", "xn--80ak6aa92e.com", "xn--a.kz", "XN--A.kz", "a.xn--p1ai", "ақорда.kz",
             "kaspi.kz@evil.kz", "user:pw@a.kz", "a.kz:8080", "a.kz:99999", "a.kz:", "[::1]", "a_b.kz", "a%41.kz",
             "a kz", "", "a.kz\\b", "a.kz\t"]
    tails = ["", "/", "/a/b?c=1#d", "?q", "#f", "/Жаңалық", "/a b", "/%zz", "\\x", "/a\\b"]
    schemes = ["http://", "https://", "HTTP://", "ftp://", "http:/", "http:", "javascript:", ""]
    checked = 0
    for scheme, host, tail in product(schemes, hosts, tails):
        url = scheme + host + tail
        assert is_http_url(url) == (browser_target(url).href is not None), url
        checked += 1
    assert checked == len(schemes) * len(hosts) * len(tails)
    assert is_http_url("https://www.site0.kz/news/100-7546?utm_source=rss") and not is_http_url("http://1.2.3.4.5/")
