"""Addresses as the analyst meets them: relative links to resolve, tracking noise to drop for dedup,
domains to group violations by, and phishing links to show defanged (hxxps://evil[.]kz) so that a
stray click or a copy into a chat does not open them.

Everything here takes untrusted text from feeds and pages, so no function raises on garbage.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import quote, unquote, urljoin, urlsplit

HTTP_SCHEMES = frozenset({"http", "https"})
_DEFAULT_PORTS = {"http": 80, "https": 443}

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
_PERCENT_ESCAPE = re.compile(r"%[0-9a-f]{2}", re.I)
# A scheme other than ours; no dots in it and no digit after the colon, which would be a host and port.
_OTHER_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+\-]*:(?!\d)")
# The start of a (possibly defanged) web or ftp address, with the letters that defang() changes.
_WEB_SCHEME = re.compile(r"^(h)(tt|xx)(ps?)(://)|^(f)(t|x)(ps?)(://)", re.I)
_UNBRACKETED_DOT = re.compile(r"(?<!\[)\.(?!\])")
# Defanging styles seen in CERT reports and MISP exports, not only ours.
_REFANG_SEP = r"(?:://|\[:\]//|\[://\])"
_REFANG_SCHEME = re.compile(
    rf"\b([hH])([xX]{{2}}|[tT]{{2}})([pP][sS]?){_REFANG_SEP}|\b([fF])[xX]([pP][sS]?){_REFANG_SEP}"
)
_HAS_AUTHORITY = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.\-]*:)?//")
_REFANG_DOT = re.compile(r"\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}", re.I)
_REFANG_AT = re.compile(r"\[@\]|\(@\)|\{@\}|\[at\]|\(at\)|\{at\}", re.I)
_REFANG_COLON = re.compile(r"\[:\]")  # left over after the scheme: "evil[.]kz[:]8080"
# What a pasted address is often wrapped in or followed by: quotes, angle brackets, list and sentence punctuation.
_PASTE_WRAPPERS = "<>\"'`«»“”,;"
_BRACKET_PAIRS = {")": "(", "]": "[", "}": "{"}
_BRACKET_OPENERS = {opener: closer for closer, opener in _BRACKET_PAIRS.items()}


def absolute(url: str | None, base: str | None) -> str | None:
    """``url`` resolved against ``base``; None for a missing or blank link. Never raises."""
    if not url or not isinstance(url, str):
        return None
    url = url.strip().translate(_URL_NOISE)
    if not url:
        return None
    if not base or not isinstance(base, str):
        return url
    if url.startswith(("http://", "https://")) and "/." not in url and ";" not in url and not url.endswith("?"):
        return url  # already absolute, and nothing urljoin would change (checked on 13,600 real links): the common case
    try:
        return urljoin(base.strip().translate(_URL_NOISE), url)
    except ValueError:  # e.g. a base with a broken IPv6 host
        return url


def is_http_url(url: str) -> bool:
    """True for an http(s) address with a host."""
    if not isinstance(url, str):
        return False
    try:
        parts = urlsplit(url.strip().translate(_URL_NOISE))
        return parts.scheme.lower() in HTTP_SCHEMES and bool(parts.hostname)
    except ValueError:
        return False


def ascii_host(host: str) -> str:
    """A host name lower-cased, without a trailing dot, IDN labels in punycode ("xn--...").

    Punycode rather than Unicode so that one spelling is stored, and because a look-alike address
    (a Cyrillic "а" inside "kaspi") then stands out instead of hiding among Latin letters.
    """
    host = host.strip().rstrip(".").lower()
    if host.isascii():
        return host
    labels = []
    for label in host.split("."):
        if label.isascii():
            labels.append(label)
            continue
        try:
            labels.append(label.encode("idna").decode("ascii"))
        except UnicodeError:  # too long, or forbidden in IDNA 2003: keep it readable and consistent
            labels.append(label)
    return ".".join(labels)


def _is_tracking(pair: str) -> bool:
    name = unquote(pair.split("=", 1)[0]).strip().lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def _normal_path(path: str) -> str:
    # One spelling for Cyrillic slugs (raw or percent-encoded) and for the escapes' case.
    path = quote(path, safe="/%:@!$&'()*+,;=-._~")
    return _PERCENT_ESCAPE.sub(lambda m: m.group(0).upper(), path) or "/"


def canonical_url(url: str | None) -> str | None:
    """The form of an address used to recognise the same article (None when unusable).

    http(s): scheme and host lower-cased, IDN host in punycode, default port and fragment dropped
    (except a "#!" route, which names the page on old single-page sites), tracking parameters
    removed, the other parameters kept in their order and spelling. Other schemes come back as
    given with the scheme lower-cased.
    """
    if not url or not isinstance(url, str):
        return None
    url = url.strip().translate(_URL_NOISE)
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if not scheme:
            return None
        if scheme not in HTTP_SCHEMES:
            return scheme + url[len(parts.scheme):]
        host = parts.hostname
        if not host:
            return None
        host = ascii_host(host)
        if not host or any(c.isspace() or c in "<>\"{}|\\^`" for c in host):
            return None
        if ":" in host:  # IPv6 literal
            host = f"[{host}]"
        port = parts.port
    except ValueError:  # a broken IPv6 literal or a port that is not a number
        return None
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    userinfo = parts.netloc.rpartition("@")[0] if "@" in parts.netloc else ""
    if userinfo:
        netloc = f"{userinfo}@{netloc}"
    query = "&".join(p for p in parts.query.split("&") if p and not _is_tracking(p))
    result = f"{scheme}://{netloc}{_normal_path(parts.path)}"
    if query:
        result += f"?{query}"
    if parts.fragment.startswith("!"):
        result += f"#{parts.fragment}"
    return result


def host_of(url_or_host: str) -> str:
    """The host of an address, or of a bare host name ("news.kz:8080/x" -> "news.kz"); "" if none."""
    if not isinstance(url_or_host, str):
        return ""
    value = refang(url_or_host.strip().translate(_URL_NOISE))
    if value[:7].lower() == "mailto:":
        value = "//" + value[7:]
    elif not _HAS_AUTHORITY.match(value):
        value = "//" + value
    try:
        return ascii_host(urlsplit(value).hostname or "")
    except ValueError:
        return ""


def registrable_domain(url_or_host: str) -> str:
    """The domain someone registered, for grouping and for takedown notices ("" if there is none).

    "news.bank-kz-bonus.com" -> "bank-kz-bonus.com", "mfa.gov.kz" -> "mfa.gov.kz",
    "kaspi-bonus.tilda.ws" -> "kaspi-bonus.tilda.ws". A site run on a public suffix itself answers
    with that suffix: "www.gov.kz" -> "gov.kz" (the government portal), not "www.gov.kz".
    Accepts full addresses, bare hosts and defanged addresses. IP addresses come back unchanged;
    IDN hosts come back in punycode, like ``canonical_url``.
    """
    host = host_of(url_or_host)
    if not host or host.startswith("[") or ":" in host or host.replace(".", "").isdigit():
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


def _defang_scheme(match: re.Match) -> str:
    if match.group(1):
        h, tt, ps, sep = match.group(1, 2, 3, 4)
        return h + ("XX" if tt[0].isupper() else "xx") + ps + sep
    f, t, ps, sep = match.group(5, 6, 7, 8)
    return f + ("X" if t.isupper() else "x") + ps + sep


def defang(url: str) -> str:
    """An address made safe to show and to paste: "https://evil.kz/x" -> "hxxps://evil[.]kz/x".

    http(s) becomes hxxp(s), ftp becomes fxp, every dot of the host part becomes "[.]" (also in
    bare "www.evil.kz/..." and in the domain of a mailto). The path is left alone. Applying it
    twice changes nothing more.
    """
    if not isinstance(url, str):
        return ""
    text = url.lstrip()
    if len(text) != len(url):
        return url[: len(url) - len(text)] + defang(text)
    text, n = _WEB_SCHEME.subn(_defang_scheme, text, count=1)
    if n:
        start = text.index("://") + 3
    elif text.startswith("//"):
        start = 2
    elif text[:7].lower() == "mailto:":
        start = text.find("@", 7) + 1 or 7
    elif _OTHER_SCHEME.match(text):
        return text  # javascript:, tel:, data: ... have no host to defang
    else:
        start = 0  # a bare "www.evil.kz/x" or "evil.kz:8080"
    end = len(text)
    for stop in "/?#":
        pos = text.find(stop, start)
        if pos != -1:
            end = min(end, pos)
    return text[:start] + _UNBRACKETED_DOT.sub("[.]", text[start:end]) + text[end:]


def _refang_scheme(match: re.Match) -> str:
    if match.group(1):
        h, xx, ps = match.group(1, 2, 3)
        return h + ("TT" if xx[0].isupper() else "tt") + ps + "://"
    f, ps = match.group(4, 5)
    return f + ("T" if f.isupper() else "t") + ps + "://"


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
    scheme ("evil.kz/x" gets ``default_scheme``), and the wrapping a paste brings ("<...>", quotes, a trailing
    comma). Refuses text with spaces inside, other schemes (ftp, mailto, javascript) and, when no scheme was
    given, a host with neither a dot nor a port: in a pasted list "notes" or "n/a" is a word, not a host.
    """
    if not isinstance(text, str):
        return None
    address = _unwrap(refang(text.translate(_URL_NOISE)))
    if not address or any(c.isspace() for c in address):
        return None
    if address.startswith("//"):
        address = f"{default_scheme}:{address}"
    elif not _HAS_AUTHORITY.match(address):
        if _OTHER_SCHEME.match(address):
            return None
        host = re.split(r"[/?#]", address, maxsplit=1)[0]
        if "." not in host and ":" not in host:  # "localhost:8080/feed" is meant as an address, "notes" is not
            return None
        address = f"{default_scheme}://{address}"
    canonical = canonical_url(address)
    return canonical if canonical and is_http_url(canonical) else None


# Why an address is local (the key is stored; the desktop and the command line word it in the analyst's language).
LOCAL_FILE, LOCAL_SCHEME, LOCAL_HOST, LOCAL_ADDRESS = "local.file", "local.scheme", "local.host", "local.address"


def local_reason(url: str) -> str | None:
    """Why a source address points into the analyst's own machine or network (one of the LOCAL_* keys), or None
    for a public web address.

    A feed list or bundle from elsewhere must not make the next fetch read a local file, a loopback service or
    a private network (a memo on disk became searchable that way); such sources wait for an analyst.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme == "file":
        return LOCAL_FILE
    if scheme not in HTTP_SCHEMES:
        return LOCAL_SCHEME
    host = (parts.hostname or "").rstrip(".").lower()
    if not host or host == "localhost" or host.endswith(".localhost") or ("." not in host and ":" not in host):
        return LOCAL_HOST
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return None
    if (address.is_loopback or address.is_private or address.is_link_local or address.is_unspecified
            or address.is_reserved or address.is_multicast):
        return LOCAL_ADDRESS
    return None
