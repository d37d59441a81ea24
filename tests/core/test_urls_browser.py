"""Addresses read as a browser reads them (WHATWG URL Standard): the host stored, grouped by, held back and opened
is the host the browser would contact, however the link was written to mislead."""

import pytest

from workstation.core.urls import (
    LOCAL_ADDRESS,
    LOCAL_FILE,
    LOCAL_HOST,
    LOCAL_SCHEME,
    absolute,
    browser_target,
    canonical_url,
    defang,
    host_of,
    local_reason,
    pasted_url,
    refang,
    registrable_domain,
    within,
)

# (as written, the host a browser contacts, the stored canonical form)
TRICKY = [
    # a backslash is a slash in http(s): what follows is the path, not the host
    ("https://evil.kz\\@kaspi.kz/", "evil.kz", "https://evil.kz/@kaspi.kz/"),
    ("https:\\\\evil.kz\\login", "evil.kz", "https://evil.kz/login"),
    ("https:evil.kz", "evil.kz", "https://evil.kz/"),
    ("https:///nohost", "nohost", "https://nohost/"),
    # what stands before "@" is a user name, never the host
    ("https://kaspi.kz@evil.kz/", "evil.kz", "https://kaspi.kz@evil.kz/"),
    ("http://user:pw@kaspi.kz@evil.kz/x", "evil.kz", "http://user:pw%40kaspi.kz@evil.kz/x"),
    ("http://@evil.kz/", "evil.kz", "http://evil.kz/"),
    # numeric hosts: every IPv4 spelling is one address
    ("http://3232235777/", "192.168.1.1", "http://192.168.1.1/"),
    ("http://0x7f.1/", "127.0.0.1", "http://127.0.0.1/"),
    ("http://127.1/", "127.0.0.1", "http://127.0.0.1/"),
    ("http://0300.0250.01.01/", "192.168.1.1", "http://192.168.1.1/"),
    ("http://1.2.3.4./a", "1.2.3.4", "http://1.2.3.4/a"),
    # IPv6 literals, compressed
    ("http://[::1]/", "[::1]", "http://[::1]/"),
    ("http://[0:0:0:0:0:0:0:1]:8080/x", "[::1]", "http://[::1]:8080/x"),
    ("http://[::ffff:10.0.0.1]/", "[::ffff:a00:1]", "http://[::ffff:a00:1]/"),
    # letters: lower case, punycode, no trailing dot, percent-escapes in the host decoded
    ("HTTPS://Evil.KZ./a", "evil.kz", "https://evil.kz/a"),
    ("http://Каспи.kz/", "xn--80aqevj.kz", "http://xn--80aqevj.kz/"),
    ("http://%65vil.kz/", "evil.kz", "http://evil.kz/"),
    # ports and paths
    ("https://evil.kz:443/a/../b/./c", "evil.kz", "https://evil.kz/b/c"),
    ("https://evil.kz:0443/", "evil.kz", "https://evil.kz/"),
    ("http://evil.kz:8080", "evil.kz", "http://evil.kz:8080/"),
]


@pytest.mark.parametrize(("written", "host", "canonical"), TRICKY)
def test_the_host_is_the_one_the_browser_contacts(written, host, canonical):
    assert host_of(written) == host
    assert canonical_url(written) == canonical
    assert browser_target(written).host == host


@pytest.mark.parametrize(("written", "host", "canonical"), TRICKY)
def test_the_canonical_form_reads_the_same_and_stays_put(written, host, canonical):
    assert host_of(canonical) == host
    assert canonical_url(canonical) == canonical


def test_a_defanged_lure_gives_the_same_host():
    assert host_of("hxxps://evil[.]kz\\@kaspi[.]kz/") == "evil.kz"
    assert pasted_url("hxxps://evil[.]kz\\@kaspi[.]kz/") == "https://evil.kz/@kaspi.kz/"


@pytest.mark.parametrize(("written", "domain"), [
    ("https://evil.kz\\@kaspi.kz/", "evil.kz"),
    ("https://kaspi.kz@login.evil.com.kz/", "evil.com.kz"),
    ("http://3232235777/", "192.168.1.1"),
    ("http://[::1]/", "[::1]"),
    ("https://kaspi.kz.evil.kz/", "evil.kz"),
])
def test_registrable_domain_of_a_lure_is_the_real_owner(written, domain):
    assert registrable_domain(written) == domain


@pytest.mark.parametrize("written", ["http://foo.123/", "http://999.1.1.1/", "http://1.2.3.4.5/", "http://ex ample.kz/",
                                     "http://[::1/", "http://user@/x", "http://", "http://\x00/"])
def test_hosts_a_browser_refuses_are_refused(written):
    assert canonical_url(written) is None
    assert host_of(written) == ""
    assert browser_target(written).href is None


# --- mail stays mail -----------------------------------------------------------------------------------


def test_mailto_is_kept_as_mail_not_made_into_http():
    assert canonical_url("mailto:a@evil.kz") == "mailto:a@evil.kz"
    assert host_of("mailto:a@evil.kz") == "evil.kz"
    assert host_of("mailto:a@Evil.KZ?subject=x") == "evil.kz"
    assert pasted_url("mailto:a@evil.kz") is None
    assert browser_target("mailto:a@evil.kz").href is None


def test_a_bare_mail_address_is_not_a_web_address():
    assert pasted_url("a@evil.kz") is None
    assert pasted_url("hxxps://a@evil[.]kz/") == "https://a@evil.kz/"  # with a scheme it is a web address


# --- what may be handed to the desktop ------------------------------------------------------------------


@pytest.mark.parametrize(("link", "scheme"), [
    ("file:///etc/passwd", "file"), ("FILE://c:/windows/system32/calc.exe", "file"), ("smb://host/share/x.exe", "smb"),
    ("ms-msdt:/id PCWDiagnostic", "ms-msdt"), ("ms-settings:privacy", "ms-settings"),
    ("javascript:alert(1)", "javascript"), ("data:text/html,<script>x</script>", "data"),
    ("mailto:a@evil.kz", "mailto"), ("ftp://files.evil.kz/a", "ftp"), ("tg://resolve?domain=x", "tg"),
    ("vbscript:msgbox", "vbscript"), ("search-ms:query=x", "search-ms"),
])
def test_only_http_and_https_links_have_a_browser_address(link, scheme):
    target = browser_target(link)
    assert target.scheme == scheme
    assert target.href is None


def test_a_web_link_has_the_address_the_browser_loads():
    target = browser_target(" https://evil.kz\\@kaspi.kz/\n")
    assert (target.scheme, target.host, target.href) == ("https", "evil.kz", "https://evil.kz/@kaspi.kz/")


@pytest.mark.parametrize("garbage", [None, "", "   ", "not a link", "/relative", "\ud800"])
def test_garbage_has_no_browser_address(garbage):
    assert browser_target(garbage).href is None


# --- held sources ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("url", "reason"), [
    ("file:///home/analyst/memo.xml", LOCAL_FILE),
    ("smb://fileserver/feeds.xml", LOCAL_SCHEME),
    ("http://0x7f.1/rss", LOCAL_ADDRESS),
    ("http://2130706433/rss", LOCAL_ADDRESS),
    ("http://3232235777/rss", LOCAL_ADDRESS),
    ("http://0300.0250.01.01/rss", LOCAL_ADDRESS),
    ("http://[::ffff:10.0.0.1]/rss", LOCAL_ADDRESS),
    ("http://[0::1]/rss", LOCAL_ADDRESS),
    ("http://100.64.0.1/rss", LOCAL_ADDRESS),
    ("http://169.254.169.254/latest/meta-data/", LOCAL_ADDRESS),
    ("http://evil.kz\\@127.0.0.1/rss", None),  # the host is evil.kz: a public name
    ("http://127.0.0.1\\@evil.kz/rss", LOCAL_ADDRESS),
    ("https://printer.local/feed", LOCAL_HOST),
    ("https://feeds.corp.internal/rss", LOCAL_HOST),
    ("https://router.home.arpa/", LOCAL_HOST),
    ("https://intranet/rss", LOCAL_HOST),
    ("https://tengrinews.kz/rss", None),
    ("http://185.12.34.56/rss", None),
])
def test_local_reason_uses_the_host_the_fetch_would_contact(url, reason):
    assert local_reason(url) == reason


# --- display ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("url", "shown"), [
    ("https:\\\\evil.kz\\x", "hxxps:\\\\evil[.]kz\\x"),
    ("https:evil.kz", "hxxps:evil[.]kz"),
    ("https://evil.kz\\@kaspi.kz/", "hxxps://evil[.]kz\\@kaspi.kz/"),
])
def test_every_spelling_a_browser_accepts_is_defanged(url, shown):
    assert defang(url) == shown
    assert defang(shown) == shown
    assert pasted_url(refang(shown)) == pasted_url(url)


def test_a_relative_link_with_backslashes_resolves_as_in_the_browser():
    assert absolute("\\\\evil.kz/x", "https://news.kz/a/b") == "https://evil.kz/x"
    assert absolute("/a/b", "https://news.kz/x") == "https://news.kz/a/b"


@pytest.mark.parametrize(("host", "domain", "expected"), [
    ("m.facebook.com", "facebook.com", True), ("facebook.com", "facebook.com", True),
    ("notfacebook.com", "facebook.com", False), ("facebook.com.evil.kz", "facebook.com", False), ("", "x.kz", False),
])
def test_within(host, domain, expected):
    assert within(host, domain) is expected
