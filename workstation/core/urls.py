"""Addresses as the analyst meets them: relative links to resolve, tracking noise to drop for dedup,
domains to group violations by, and phishing links to show defanged (hxxps://evil[.]kz) so that a
stray click or a copy into a chat does not open them.

Every address is read the way a browser reads it: the WHATWG URL Standard, through ada-url (the parser
Node.js uses). Phishing links are built to be read one way by a person or a lax parser and another way by
the browser: "https://evil.kz\\@kaspi.kz/" goes to evil.kz (in http(s) a backslash is a slash),
"https://kaspi.kz@evil.kz/" goes to evil.kz (what stands before "@" is a user name), "http://3232235777/"
and "http://0x7f.1/" go to 192.168.1.1 and 127.0.0.1. So the host this program stores, groups by, sends a
notice about, holds back or opens is always the host the browser would contact, and only this module
works it out.

Everything here takes untrusted text from feeds and pages, so no function raises on garbage.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import quote, unquote, urljoin

import ada_url

HTTP_SCHEMES = frozenset({"http", "https"})

# Query parameters that only say where a click came from. Dropping them makes one article shared
# through Telegram, Facebook and a newsletter the same item. Only names known to carry no content:
# generic ones such as "ref" or "from" sometimes select a page, so they stay.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "ysclid", "_openstat",
    "mc_cid", "mc_eid", "igshid", "igsh", "ref_src", "ref_url", "si", "twclid", "ttclid", "li_fat_id",
    "srsltid", "_hsenc", "_hsmi", "mkt_tok", "vero_id", "oly_enc_id", "oly_anon_id", "rb_clickid", "s_cid",
    "wickedid", "zanpid", "cmpid", "_ga", "_gl", "spm",
})
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")

# Public suffixes with more than one label, so that "news.bank-kz-bonus.com.kz" groups under
# "bank-kz-bonus.com.kz" and not under "com.kz". A compact built-in list instead of the full Public
# Suffix List (no download at run time, no data file to keep fresh): it covers Kazakhstan, Russia and
# the CIS, the common ccTLD second levels, and free hosting platforms where every subdomain is a
# different owner's site (the phishing pages analysts report most often live there). A suffix
# missing here makes the result one label too short (e.g. "a.b.example.xx" -> "example.xx").
MULTI_LABEL_SUFFIXES = frozenset({
    # Kazakhstan
    "com.kz", "org.kz", "edu.kz", "gov.kz", "mil.kz", "net.kz",
    # Russia (the second levels sold by registrars, and the regional ones most seen)
    "com.ru", "net.ru", "org.ru", "pp.ru", "ac.ru", "edu.ru", "gov.ru", "int.ru", "mil.ru", "msk.ru", "spb.ru",
    "nov.ru", "nsk.ru", "kazan.ru", "samara.ru",
    # Other CIS and neighbours
    "com.ua", "net.ua", "org.ua", "gov.ua", "edu.ua", "in.ua", "kiev.ua", "pp.ua", "com.by", "net.by", "org.by",
    "gov.by", "mil.by", "co.uz", "com.uz", "net.uz", "org.uz", "com.kg", "net.kg", "org.kg", "gov.kg", "edu.kg",
    "com.tj", "net.tj", "org.tj", "gov.tj", "com.tm", "net.tm", "org.tm", "gov.tm", "com.az", "net.az", "org.az",
    "gov.az", "edu.az", "com.am", "net.am", "org.am", "com.ge", "net.ge", "org.ge", "gov.ge", "edu.ge", "com.mn",
    "com.tr", "net.tr", "org.tr", "gov.tr", "edu.tr", "com.cn", "net.cn", "org.cn", "gov.cn", "edu.cn",
    # Common second levels elsewhere
    "co.uk", "org.uk", "ac.uk", "gov.uk", "me.uk", "net.uk", "ltd.uk", "plc.uk", "co.jp", "ne.jp", "or.jp",
    "ac.jp", "go.jp", "com.au", "net.au", "org.au", "edu.au", "gov.au", "co.nz", "org.nz", "co.za", "org.za",
    "com.br", "net.br", "org.br", "gov.br", "co.in", "net.in", "org.in", "gov.in", "co.kr", "or.kr", "co.il",
    "co.id", "co.th", "com.mx", "com.ar", "com.sg", "com.hk", "com.tw", "com.my", "com.pk", "com.eg", "com.sa",
    "co.ae", "gov.ae", "com.vn", "com.ph", "com.ng", "co.ke", "eu.org",
    # Hosting platforms: each subdomain is someone else's site
    "blogspot.com", "github.io", "gitlab.io", "netlify.app", "vercel.app", "pages.dev", "workers.dev", "r2.dev",
    "web.app", "firebaseapp.com", "appspot.com", "herokuapp.com", "glitch.me", "ngrok.io", "ngrok-free.app",
    "ngrok.app", "onrender.com", "azurewebsites.net", "000webhostapp.com", "wixsite.com", "weebly.com",
    "myshopify.com", "tilda.ws", "ucoz.ru", "ucoz.net", "narod.ru", "livejournal.com", "duckdns.org",
    "no-ip.org", "ddns.net", "repl.co", "replit.app", "framer.website", "webflow.io", "carrd.co",
})

# Tab and newlines inside an address are dropped by browsers (WHATWG URL); feeds wrap long links.
_URL_NOISE = str.maketrans("", "", "\t\r\n")
# Other control characters are escaped, as a browser does (WHATWG URL): a NUL in a stored link is refused by lxml
# and by every program the link is handed to.
_URL_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def _escaped_controls(url: str) -> str:
    if _URL_CONTROL.search(url) is None:
        return url
    return _URL_CONTROL.sub(lambda match: "".join(f"%{byte:02X}" for byte in match.group().encode()), url)
_PERCENT_ESCAPE = re.compile(r"%[0-9a-f]{2}", re.I)
# A scheme other than ours; no dots in it and no digit after the colon, which would be a host and port.
_OTHER_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+\-]*:(?!\d)")
_WEB_SCHEME_START = re.compile(r"^https?:", re.I)
# The start of a (possibly defanged) web or ftp address, with the letters that defang() changes. After "http(s):"
# a browser takes any slashes or backslashes, or none ("https:\\evil.kz", "https:evil.kz").
_WEB_SCHEME = re.compile(r"^(h)(tt|xx)(ps?)(:[/\\]*)|^(f)(t|x)(ps?)(://)", re.I)
_UNBRACKETED_DOT = re.compile(r"(?<!\[)\.(?!\])")
# Defanging styles seen in CERT reports and MISP exports, not only ours.
_REFANG_SEP = r"(?:://|\[:\]//|\[://\])"
_REFANG_SCHEME = re.compile(
    rf"\b(?P<h>[hH])(?P<xx>[xX]{{2}})(?P<ps>[pP][sS]?)(?:{_REFANG_SEP}|:[/\\]{{0,2}})"  # also defang's "hxxps:\\"
    rf"|\b(?P<h2>[hH])(?P<tt>[tT]{{2}})(?P<ps2>[pP][sS]?){_REFANG_SEP}|\b(?P<f>[fF])[xX](?P<fps>[pP][sS]?){_REFANG_SEP}"
)
_HAS_AUTHORITY = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.\-]*:)?//")
_REFANG_DOT = re.compile(r"\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}", re.I)
_REFANG_AT = re.compile(r"\[@\]|\(@\)|\{@\}|\[at\]|\(at\)|\{at\}", re.I)
_REFANG_COLON = re.compile(r"\[:\]")  # left over after the scheme: "evil[.]kz[:]8080"
# What a pasted address is often wrapped in or followed by: quotes, angle brackets, list and sentence punctuation.
_PASTE_WRAPPERS = "<>\"'`«»“”,;"
_BRACKET_PAIRS = {")": "(", "]": "[", "}": "{"}
_BRACKET_OPENERS = {opener: closer for closer, opener in _BRACKET_PAIRS.items()}
# The parts of a parsed address this module reads (ada-url fetches each through its own call).
_PARTS = ("href", "protocol", "username", "password", "hostname", "port", "pathname", "search", "hash")


def _parse(url: str) -> dict | None:
    """``url`` as a browser parses it (WHATWG URL Standard), or None where a browser would refuse it."""
    try:
        return dict(ada_url.parse_url(url, attributes=_PARTS))
    except ValueError:  # not a URL by the standard's rules, or text that is not valid Unicode (lone surrogates)
        return None


def _scheme(parts: dict) -> str:
    return parts["protocol"].removesuffix(":")


def _host(parts: dict) -> str:
    """The host of a parsed address as the browser serialises it (lower-case, IDN labels in punycode ("xn--..."),
    IPv4 in dotted decimal, IPv6 in brackets), without a trailing dot; "" if it has none.

    Punycode rather than Unicode so that one spelling is stored, and because a look-alike address (a Cyrillic "а"
    inside "kaspi") then stands out instead of hiding among Latin letters. Hosts of other schemes (smb://Host/)
    are opaque to the standard; they are lower-cased here for grouping.
    """
    return parts["hostname"].lower().rstrip(".")


def _is_ip(host: str) -> bool:
    # WHATWG serialises every numeric IPv4 spelling to dotted decimal and IPv6 in brackets.
    return host.startswith("[") or host.replace(".", "").isdigit()


@dataclass(frozen=True)
class BrowserTarget:
    """What a browser would do with a link.

    ``href`` is the http(s) address it would load, as the browser writes it (None when the link is not a web
    address and must not be handed to the desktop: file:, smb:, javascript:, data:, ms-msdt:, mailto: ...);
    ``host`` is the host it would contact ("" if none); ``scheme`` is the link's scheme ("" if it is no URL).
    """

    scheme: str
    host: str
    href: str | None


def browser_target(url: str | None) -> BrowserTarget:
    """Where a browser would go with ``url``: the one check before a link leaves this program. Never raises."""
    parts = _parse(url.strip().translate(_URL_NOISE)) if isinstance(url, str) else None
    if parts is None:
        return BrowserTarget("", "", None)
    scheme, host = _scheme(parts), _host(parts)
    return BrowserTarget(scheme, host, parts["href"] if scheme in HTTP_SCHEMES and host else None)


def absolute(url: str | None, base: str | None) -> str | None:
    """``url`` resolved against ``base``; None for a missing or blank link. Never raises."""
    if not url or not isinstance(url, str):
        return None
    url = _escaped_controls(url.strip().translate(_URL_NOISE))
    if not url:
        return None
    if not base or not isinstance(base, str):
        return url
    if url.startswith(("http://", "https://")) and "/." not in url and ";" not in url and not url.endswith("?"):
        return url  # already absolute, and nothing urljoin would change (checked on 13,600 real links): the common case
    base = _escaped_controls(base.strip().translate(_URL_NOISE))
    if url[0] == "/" and base.startswith(("http://", "https://")):
        joined = _join_root_relative(url, base)
        if joined is not None:
            return joined
    if "\\" in url and _WEB_SCHEME_START.match(base):
        # A browser reads "\" as "/" here ("\\evil.kz/x" is another host); urljoin does not. The browser's reading.
        try:
            return ada_url.join_url(base, url)
        except ValueError:
            return url
    try:
        return urljoin(base, url)
    except ValueError:  # e.g. a base with a broken IPv6 host
        return url


def _join_root_relative(path: str, base: str) -> str | None:
    """urljoin's answer for a path from the root ("/tag/5") on an http(s) base, without its parsing (a third of
    the cost of reading a feed's links, where most relative links are such paths); None where urljoin would do
    more than put the path after the base's scheme and host (a dot segment, a query or fragment it would
    rewrite, parameters, a backslash, a second slash that makes a host, anything outside printable text)."""
    if path[1:2] == "/" or "/." in path or not path.isprintable() or any(mark in path for mark in "?#;\\ "):
        return None
    host_start = base.index("//") + 2
    authority_end = min((found for found in (base.find(mark, host_start) for mark in "/?#") if found != -1),
                        default=len(base))
    if authority_end == host_start:
        return None  # no host
    return base[:authority_end] + path


# An address a browser surely reads as http(s) with a host: a lower-case scheme, a host of plain ASCII labels whose
# last starts with a letter (never an IPv4 number), none in punycode ("xn--", which must decode), no user name or
# port, then printable ASCII. Parsing costs ~15 µs; most item links are such addresses (``is_http_url``).
_PLAIN_HTTP_URL = re.compile(r"https?://(?:[A-Za-z0-9-]+\.)*[A-Za-z][A-Za-z0-9-]*\.?(?:[/?#][!-~]*)?")


def is_http_url(url: str | None) -> bool:
    """True for an http(s) address with a host, as a browser reads it."""
    if isinstance(url, str) and _PLAIN_HTTP_URL.fullmatch(url) and "xn--" not in url.split("/", 3)[2].lower():
        return True
    return browser_target(url).href is not None


def _is_tracking(pair: str) -> bool:
    name = unquote(pair.split("=", 1)[0]).strip().lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def _normal_path(path: str) -> str:
    # One spelling for Cyrillic slugs (raw or percent-encoded) and for the escapes' case.
    path = quote(path, safe="/%:@!$&'()*+,;=-._~")
    return _PERCENT_ESCAPE.sub(lambda m: m.group(0).upper(), path) or "/"


def canonical_url(url: str | None) -> str | None:
    """The form of an address used to recognise the same article (None when a browser could not use it).

    Parsed as a browser parses it, then for http(s): the host the browser would contact (lower-cased, IDN in
    punycode, numeric IPv4 spellings in dotted decimal, IPv6 compressed, no trailing dot), default port, "."
    and ".." path segments and the fragment dropped (except a "#!" route, which names the page on old
    single-page sites), percent-escapes upper-cased in the path, tracking parameters removed, the other
    parameters kept in their order. A user name before "@" is kept: it is part of what was published (the
    "kaspi.kz@" of a lure), never the host. Other schemes come back as the browser writes them (scheme
    lower-cased).
    """
    if not url or not isinstance(url, str):
        return None
    parts = _parse(url.strip().translate(_URL_NOISE))
    if parts is None:
        return None
    scheme = _scheme(parts)
    if scheme not in HTTP_SCHEMES:
        return parts["href"]
    host = _host(parts)
    if not host:
        return None
    netloc = f"{host}:{parts['port']}" if parts["port"] else host
    if parts["username"] or parts["password"]:
        userinfo = parts["username"] + (f":{parts['password']}" if parts["password"] else "")
        netloc = f"{userinfo}@{netloc}"
    query = "&".join(p for p in parts["search"][1:].split("&") if p and not _is_tracking(p))
    result = f"{scheme}://{netloc}{_normal_path(parts['pathname'])}"
    if query:
        result += f"?{query}"
    if parts["hash"].startswith("#!"):
        result += parts["hash"]
    return result


def host_of(url_or_host: str) -> str:
    """The host a browser would contact for an address, or a bare host name ("news.kz:8080/x" -> "news.kz");
    "" if none. The mail domain for a mailto: address. Defanged input is understood.

    "https://evil.kz\\@kaspi.kz/" -> "evil.kz", "http://kaspi.kz@evil.kz/" -> "evil.kz",
    "http://3232235777/" -> "192.168.1.1", "http://[0:0::1]/" -> "[::1]".
    """
    if not isinstance(url_or_host, str):
        return ""
    value = refang(url_or_host.strip().translate(_URL_NOISE))
    if value[:7].lower() == "mailto:":
        recipient = unquote(value[7:].split("?", 1)[0].split(",", 1)[0])
        domain = recipient.rpartition("@")[2].strip()
        if not domain:
            return ""
        value = f"http://{domain}"
    elif value.startswith("//"):
        value = "http:" + value
    elif not (_HAS_AUTHORITY.match(value) or _OTHER_SCHEME.match(value)):
        value = "http://" + value  # a bare host, as typed in an address bar
    parts = _parse(value)
    return _host(parts) if parts else ""


def registrable_domain(url_or_host: str) -> str:
    """The domain someone registered, for grouping and for takedown notices ("" if there is none).

    "news.bank-kz-bonus.com" -> "bank-kz-bonus.com", "mfa.gov.kz" -> "mfa.gov.kz",
    "kaspi-bonus.tilda.ws" -> "kaspi-bonus.tilda.ws". A site run on a public suffix itself answers
    with that suffix: "www.gov.kz" -> "gov.kz" (the government portal), not "www.gov.kz".
    Accepts full addresses, bare hosts and defanged addresses; the host is the one ``host_of`` finds (the
    browser's). IP addresses come back as the host; IDN hosts come back in punycode, like ``canonical_url``.
    """
    host = host_of(url_or_host)
    if not host or _is_ip(host):
        return host
    labels = [label for label in host.split(".") if label]
    if len(labels) <= 2:
        return ".".join(labels)
    suffix = ".".join(labels[-2:])
    if suffix in MULTI_LABEL_SUFFIXES:
        if len(labels) == 3 and labels[0] == "www":
            return suffix
        return ".".join(labels[-3:])
    return suffix


def within(host: str, domain: str) -> bool:
    """Whether ``host`` is ``domain`` or one of its subdomains ("m.facebook.com" is within "facebook.com"; neither
    "facebook.com.evil.kz" nor "notfacebook.com" is). Both as ``host_of`` gives them."""
    return bool(host and domain) and (host == domain or host.endswith("." + domain))


def _defang_scheme(match: re.Match) -> str:
    if match.group(1):
        h, tt, ps, sep = match.group(1, 2, 3, 4)
        return h + ("XX" if tt[0].isupper() else "xx") + ps + sep
    f, t, ps, sep = match.group(5, 6, 7, 8)
    return f + ("X" if t.isupper() else "x") + ps + sep


def defang(url: str) -> str:
    """An address made safe to show and to paste: "https://evil.kz/x" -> "hxxps://evil[.]kz/x".

    http(s) becomes hxxp(s), ftp becomes fxp, every dot of the host part becomes "[.]" (also in
    bare "www.evil.kz/..." and in the domain of a mailto). The host part ends where a browser ends it (at
    "/", "?", "#" or a backslash). The path is left alone. Applying it twice changes nothing more.
    """
    if not isinstance(url, str):
        return ""
    text = url.lstrip()
    if len(text) != len(url):
        return url[: len(url) - len(text)] + defang(text)
    scheme = _WEB_SCHEME.match(text)
    if scheme:
        text = _defang_scheme(scheme) + text[scheme.end():]
        start = scheme.end()
    elif text.startswith("//"):
        start = 2
    elif text[:7].lower() == "mailto:":
        start = text.find("@", 7) + 1 or 7
    elif _OTHER_SCHEME.match(text):
        return text  # javascript:, tel:, data: ... have no host to defang
    else:
        start = 0  # a bare "www.evil.kz/x" or "evil.kz:8080"
    end = len(text)
    for stop in "/?#\\":
        pos = text.find(stop, start)
        if pos != -1:
            end = min(end, pos)
    return text[:start] + _UNBRACKETED_DOT.sub("[.]", text[start:end]) + text[end:]


def _refang_scheme(match: re.Match) -> str:
    if match.group("f"):
        f, ps = match.group("f", "fps")
        return f + ("T" if f.isupper() else "t") + ps + "://"
    h, xx, ps = match.group("h", "xx", "ps") if match.group("h") else match.group("h2", "tt", "ps2")
    return h + ("TT" if xx[0].isupper() else "tt") + ps + "://"


def refang(text: str) -> str:
    """Undo defanging in a text, ours and the common variants: hxxp/hXXp/fxp, "[.]" "(.)" "{.}" "[dot]" "(dot)",
    "[://]" "[:]//" "[:]", "[@]" "(@)" "[at]" "(at)" (any case).

    Used when the analyst deliberately opens or copies out a live address, and by ``pasted_url``.
    """
    if not isinstance(text, str):
        return ""
    text = _REFANG_SCHEME.sub(_refang_scheme, text)
    text = _REFANG_DOT.sub(".", text)
    text = _REFANG_COLON.sub(":", text)
    return _REFANG_AT.sub("@", text)


def _unwrap(text: str) -> str:
    """``text`` without the quotes, brackets and punctuation a paste brings along; a closing bracket stays when
    the address opens it too (Wikipedia's "Foo_(bar)")."""
    while True:
        before = text
        text = text.strip().strip(_PASTE_WRAPPERS)
        first, last = text[:1], text[-1:]
        if first and _BRACKET_PAIRS.get(last) == first:
            text = text[1:-1]  # "(https://evil.kz/x)"
        elif last in _BRACKET_PAIRS and text.count(last) > text.count(_BRACKET_PAIRS[last]):
            text = text[:-1]
        elif first in _BRACKET_OPENERS and text.count(first) > text.count(_BRACKET_OPENERS[first]):
            text = text[1:]
        if text == before:
            return text


def pasted_url(text: str | None, *, default_scheme: str = "https") -> str | None:
    """An address as an analyst pastes it, as its canonical http(s) form (see ``canonical_url``); None if it is
    not one. The one parser for every address typed or pasted by a person: violations, sources, bulk lists.

    Accepts every defanged style ``refang`` knows ("hXXps://evil[.]kz", "hxxp[://]evil(dot)kz"), a missing
    scheme ("evil.kz/x" gets ``default_scheme``), the spellings a browser accepts ("https:\\\\evil.kz",
    "https:evil.kz") and the wrapping a paste brings ("<...>", quotes, a trailing comma). Refuses text with
    spaces inside, other schemes (ftp, mailto, javascript), a mail address without a scheme ("a@evil.kz" is
    mail, not https://a@evil.kz/) and, when no scheme was given, a host with neither a dot nor a port: in a
    pasted list "notes" or "n/a" is a word, not a host.
    """
    if not isinstance(text, str):
        return None
    address = _unwrap(refang(text.translate(_URL_NOISE)))
    if not address or any(c.isspace() for c in address):
        return None
    if address.startswith("//"):
        address = f"{default_scheme}:{address}"
    elif not (_WEB_SCHEME_START.match(address) or _HAS_AUTHORITY.match(address)):
        if _OTHER_SCHEME.match(address):
            return None
        host = re.split(r"[/?#\\]", address, maxsplit=1)[0]
        if "@" in host:  # "a@evil.kz": a mail address
            return None
        if "." not in host and ":" not in host:  # "localhost:8080/feed" is meant as an address, "notes" is not
            return None
        address = f"{default_scheme}://{address}"
    canonical = canonical_url(address)
    return canonical if canonical and _WEB_SCHEME_START.match(canonical) else None


# Why an address is local (the key is stored; the desktop and the command line word it in the analyst's language).
LOCAL_FILE, LOCAL_SCHEME, LOCAL_HOST, LOCAL_ADDRESS = "local.file", "local.scheme", "local.host", "local.address"
# Names that only ever mean this machine or a local network: RFC 6761 (localhost), RFC 6762 (mDNS .local),
# RFC 8375 (home.arpa), ICANN's .internal, and the names ICANN will never delegate because networks use them.
_LOCAL_NAMES = ("localhost", "local", "localdomain", "internal", "lan", "home.arpa", "home", "corp", "intranet")


def local_reason(url: str) -> str | None:
    """Why a source address points into the analyst's own machine or network (one of the LOCAL_* keys), or None
    for a public web address.

    A feed list or bundle from elsewhere must not make the next fetch read a local file, a loopback service or
    a private network (a memo on disk became searchable that way); such sources wait for an analyst. The host is
    the one the fetch would contact: "http://0x7f.1/" is 127.0.0.1, "http://[::ffff:10.0.0.1]/" is 10.0.0.1.
    """
    parts = _parse(url.strip()) if isinstance(url, str) else None
    if parts is None:
        return LOCAL_FILE if isinstance(url, str) and url.strip()[:5].lower() == "file:" else LOCAL_SCHEME
    scheme = _scheme(parts)
    if scheme == "file":
        return LOCAL_FILE
    if scheme not in HTTP_SCHEMES:
        return LOCAL_SCHEME
    host = _host(parts)
    if not _is_ip(host):
        if "." not in host or any(within(host, name) for name in _LOCAL_NAMES):
            return LOCAL_HOST
        return None
    address = ipaddress.ip_address(host.strip("[]"))
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    if not address.is_global or address.is_multicast or address.is_reserved:
        return LOCAL_ADDRESS
    return None
