"""Item bodies made safe to store and show, and turned into plain text for search and previews.

Feeds and scraped pages are hostile input: phishing sites are what these analysts watch. Bodies go
through nh3 (the Rust ammonia sanitizer) with a reader's allowlist; lxml parses first, because its
parser caps nesting depth (html5ever, under nh3, takes seconds to minutes on a hundred thousand
nested lists or divs) and because links are resolved against the article's address on its tree. Nothing here raises on
garbage: broken markup, NUL bytes, lone surrogates, binary junk or huge bodies.
"""

from __future__ import annotations

import hashlib
import html as html_lib
import re
import threading
import unicodedata

import nh3
from lxml import etree

from workstation.core.ingest.characters import without_forbidden_references
from workstation.core.urls import absolute, is_http_url

# Larger bodies are cut: no news article comes near it, and a hostile feed must not stall ingest.
MAX_INPUT_CHARS = 2_000_000
TITLE_MAX_CHARS = 1000

ALLOWED_TAGS: frozenset[str] = frozenset({
    "p", "br", "a", "b", "strong", "i", "em", "u", "s", "blockquote", "q", "cite", "ul", "ol", "li",
    "h1", "h2", "h3", "h4", "h5", "h6", "pre", "code", "table", "thead", "tbody", "tr", "th", "td",
    "img", "figure", "figcaption", "hr", "sub", "sup", "span", "div", "dl", "dt", "dd", "abbr", "time",
})
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
    "time": {"datetime"},
    "abbr": {"title"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
# Removed together with their content: code, styles, embedded documents and their fallbacks, and
# raw-text elements whose "text" is markup nobody should read.
_DROP_WITH_CONTENT = frozenset({
    "script", "style", "iframe", "frame", "frameset", "noscript", "noembed", "noframes", "template", "svg",
    "math", "title", "textarea", "select", "xmp", "plaintext", "applet",
})
# Sizes are clamped: a colspan of a million freezes a rich-text view as surely as a script would.
_SIZE_LIMITS = {"colspan": 100, "rowspan": 1000, "width": 10_000, "height": 10_000}


def _filter_attribute(tag: str, name: str, value: str) -> str | None:
    limit = _SIZE_LIMITS.get(name)
    if limit is None:
        return value
    value = value.strip().removesuffix("px")
    if not value.isascii() or not value.isdigit():
        return None
    return str(min(int(value), limit))


_CLEANER = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    clean_content_tags=set(_DROP_WITH_CONTENT),
    attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
    attribute_filter=_filter_attribute,
    link_rel="noopener noreferrer nofollow",
    url_schemes=set(URL_SCHEMES),
    # Links were made absolute before this point; one still relative had no base and leads nowhere.
    url_relative="deny",
    strip_comments=True,
)

# Control characters other than tab and line breaks, and the two non-characters U+FFFE and U+FFFF: never text, and
# lxml refuses them in a text it is given.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_SKIP_TEXT = frozenset({"head", "script", "style", "template", "noscript", "title", "svg", "math", "iframe"})
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot",
    "thead", "tr", "ul", "body", "html", "option", "legend",
})
# The blocks that sanitizing keeps (and the document's own elements, which the text of its answer is read in).
_KEPT_BLOCKS = (_BLOCKS & ALLOWED_TAGS) | {"html", "body"}
# A line break that survives the collapsing of source newlines: PARAGRAPH SEPARATOR, which means
# exactly that when a text contains it (lxml refuses control characters as markers).
_BREAK = "\u2029"

_local = threading.local()


def _parser() -> etree.HTMLParser:
    # One parser per thread: ingest runs in worker threads, which then never share parser state.
    parser = getattr(_local, "parser", None)
    if parser is None:
        # huge_tree lifts libxml2's nesting limit from 256 levels, after which it silently drops the
        # rest of the document, to 2048: enough for any real page, still small enough for nh3. The
        # HTML parser expands no DTD entities, so this opens no entity-expansion bomb.
        parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True,
                                  collect_ids=False, huge_tree=True)
        _local.parser = parser
    return parser


def _scrub(text: str | bytes | None) -> str:
    """Input as a bounded, valid str without control characters, written out or as references."""
    if text is None:
        return ""
    if isinstance(text, bytes):
        text = text[: MAX_INPUT_CHARS * 4].decode("utf-8", "replace")
    elif not isinstance(text, str):
        return ""
    text = without_forbidden_references(_CONTROL.sub("", text[:MAX_INPUT_CHARS]), html=True)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from a bad decode upstream
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def _parse(text: str) -> etree._Element | None:
    """The document's body (or root) as lxml sees it, None when there is nothing to parse."""
    try:
        root = etree.fromstring(text.encode("utf-8"), _parser())
    except (etree.LxmlError, ValueError):
        return None
    if root is None:
        return None
    body = root.find("body")
    return body if body is not None else root


def _make_links_absolute(body: etree._Element, base_url: str | None) -> None:
    # Only a[href] and img[src] survive sanitizing, so only they are resolved (lxml's
    # make_links_absolute visits every link-bearing attribute and CSS, several times slower).
    # <base href> is ignored on purpose: the page must not choose where its links point.
    elements = list(body.iter("a", "img"))
    # The base is checked only for a body with links (parsing an address costs more than reading a short body).
    if not elements or not base_url or not is_http_url(base_url):
        return
    for element in elements:
        name = "href" if element.tag == "a" else "src"
        value = element.get(name)
        if value is None:
            continue
        resolved = absolute(value, base_url)
        if resolved is None:
            del element.attrib[name]
        else:
            element.set(name, resolved)


def sanitize_html(html: str, base_url: str | None = None) -> str:
    """HTML reduced to ``ALLOWED_TAGS`` with safe attributes, links made absolute against ``base_url``.

    Only http, https and mailto links survive; relative ones are resolved first and dropped when
    there is no http(s) base. Links get rel="noopener noreferrer nofollow". Never raises.
    """
    return _sanitized(html, base_url)[0]


def sanitize_with_text(html: str, base_url: str | None = None) -> tuple[str, str]:
    """``sanitize_html``'s answer and its plain text (``html_to_text`` of it), from one parse of the body.

    The text is read from the tree the sanitizer was given, as the sanitizer leaves it: what it drops with its
    content is not read, and only the blocks it keeps break lines (a ``<section>`` it unwraps does not).
    """
    clean, body = _sanitized(html, base_url)
    if body is None or "<" not in clean:  # text without markup keeps its line breaks (``html_to_text``)
        return clean, html_to_text(clean)
    etree.strip_elements(body, *_SKIP_TEXT, *_DROP_WITH_CONTENT, with_tail=False)
    return clean, _tree_text(body, _KEPT_BLOCKS)


def _sanitized(html: str, base_url: str | None) -> tuple[str, etree._Element | None]:
    """The sanitized HTML, and the tree it was made from (None when the text did not parse as HTML)."""
    text = _scrub(html)
    if not text.strip():
        return "", None
    body = _parse(text)
    if body is None:
        return _CLEANER.clean(html_lib.escape(text)), None
    _make_links_absolute(body, base_url)
    inner = html_lib.escape(body.text or "")
    inner += "".join(etree.tostring(child, encoding="unicode", method="html") for child in body)
    return _CLEANER.clean(inner).strip(), body


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment or page: one line per block, spaces collapsed, no script or style.

    Text that is not HTML at all ("a < b", "AT&T") comes back as it was, whitespace collapsed.
    """
    text = _scrub(html)
    if "<" not in text:
        if "&" in text:
            text = html_lib.unescape(text)
        return _collapse(text)
    body = _parse(text)
    if body is None:
        return _collapse(text)
    etree.strip_elements(body, *_SKIP_TEXT, with_tail=False)
    return _tree_text(body, _BLOCKS)


def _tree_text(body: etree._Element, blocks: frozenset[str]) -> str:
    """The text of a parsed body, one line per element of ``blocks``; changes the tree."""
    # The tree is ours to change: marking breaks on the few block elements and joining itertext()
    # keeps the per-node work in C, several times faster than walking every node in Python.
    for pre in body.iter("pre"):
        for node in pre.iter():
            node.text = node.text and node.text.replace("\n", _BREAK)
            if node is not pre:
                node.tail = node.tail and node.tail.replace("\n", _BREAK)
    # One walk over the elements (lxml's iter() with the forty block names costs more than checking each tag).
    for element in body.iter():
        tag = element.tag
        if tag in blocks:
            element.text = _BREAK + (element.text or "")
            element.tail = _BREAK + (element.tail or "")
        elif tag == "br":
            element.tail = _BREAK + (element.tail or "")
        elif tag == "td" or tag == "th":
            element.tail = " " + (element.tail or "")
    # Source newlines are spaces in HTML; _collapse then squeezes every other kind of whitespace.
    joined = "".join(body.itertext()).replace("\n", " ").replace(_BREAK, "\n")
    return _collapse(joined)


def _collapse(text: str) -> str:
    """Spaces collapsed inside each line, blank lines and outer whitespace removed."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def plain_line(value: str | None, limit: int = TITLE_MAX_CHARS) -> str:
    """A value as one line of text, read as nothing but text (no entities, no tags): what is kept of an entry that
    reading failed on (``parse.entry_draft``)."""
    return " ".join(_scrub(value).split())[:limit]


def clean_title(title: str | None) -> str:
    """A title as one line of plain text: entities decoded, tags stripped, at most 1000 characters."""
    text = _scrub(title)
    if "<" in text or "&" in text:
        text = html_to_text(text)
    return " ".join(text.split())[:TITLE_MAX_CHARS]


def content_hash(title: str, text: str) -> str:
    """SHA-256 (hex) of title and text with whitespace, case and Unicode composition normalised.

    The dedup key for items without guid or link: a re-fetch with other spacing, letter case or
    a decomposed "й" is the same item.
    """
    def norm(value: str | None) -> str:
        value = value if isinstance(value, str) else ""
        return " ".join(unicodedata.normalize("NFC", value).casefold().split())

    joined = f"{norm(title)}\n{norm(text)}"
    return hashlib.sha256(joined.encode("utf-8", "replace")).hexdigest()
