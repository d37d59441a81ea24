"""Feeds (RSS 0.9x/1.0/2.0, Atom) to item drafts, with feedparser doing only the XML.

We decode the bytes ourselves (decode.py: feedparser misreads Cyrillic), hand feedparser UTF-8 in a
stream (never raw bytes: feedparser tries to open bytes as a file name), switch off its slow
sanitizer and URL resolver, and do both with nh3 and lxml in normalize.py.
"""

from __future__ import annotations

import html
import io
import logging
import re
import xml.sax
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import feedparser

from workstation.core.dates import ParsedDate, from_struct_time, parse_date
from workstation.core.errors import WorkstationError
from workstation.core.ingest import fastfeed
from workstation.core.ingest.characters import without_forbidden_characters
from workstation.core.ingest.decode import Decoded, decode, xml_for_parser
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.normalize import clean_title, plain_line, sanitize_with_text
from workstation.core.language import detect_language
from workstation.core.urls import absolute

_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.I | re.S)
_FEED_ROOT = re.compile(r"<(?:[a-z0-9_-]+:)?(?:rss|feed|RDF|channel)[\s>/]", re.I)
TITLE_FROM_TEXT_CHARS = 120

log = logging.getLogger(__name__)


class HtmlNotFeed(WorkstationError):
    """The address returned a web page; the caller may look for a feed link in it."""

    def __init__(self, page: str) -> None:
        super().__init__("parse.html_not_feed")
        self.page = page


@dataclass
class ParsedFeed:
    title: str = ""
    site_url: str | None = None
    items: list[ItemDraft] = field(default_factory=list)
    encoding: str = ""
    warning: str | None = None  # a recoverable problem worth showing (feedparser's bozo message)


def looks_like_html(text: str) -> bool:
    head = text[:4096]
    return bool(_HTML_START.match(head)) and not _FEED_ROOT.search(head)


def parse_feed(body: bytes, *, url: str, http_charset: str | None = None, encoding_override: str | None = None,
               decoded: Decoded | None = None, fast: bool = True) -> ParsedFeed:
    """Parse feed bytes fetched from ``url``; raises WorkstationError (HtmlNotFeed for web pages)."""
    if not body.strip():
        raise WorkstationError("parse.empty")
    decoded = decoded or decode(body, http_charset=http_charset, override=encoding_override)
    text = decoded.text
    if looks_like_html(text):
        raise HtmlNotFeed(text)
    data = xml_for_parser(text)
    # The feed's address is the base for relative links; a saved file's path is not (its links are
    # resolved against the site the feed names instead).
    base = url if url.startswith(("http://", "https://")) else ""
    found = fastfeed.read(data, base) if fast else None
    if found is not None:
        feed, entries = found
        return _finish(feed, entries, url, decoded, None)
    # lxml refused the document or left it to feedparser: without what no parser may meet, first (looked for only
    # here: lxml refuses every document holding one, and the search would cost a percent of reading well-formed feeds).
    cleaned = without_forbidden_characters(text)
    if cleaned != text:
        data = xml_for_parser(cleaned)
    try:
        parsed = _feedparser(data, base)
    except Exception as exc:  # noqa: BLE001 - its lenient reading has bugs of its own on malformed feeds
        # What lxml recovers of the document, rather than nothing of a feed with one broken element.
        problem = f"{type(exc).__name__}: {exc}"[:200]
        recovered = fastfeed.recovered(data)
        found = fastfeed.read(recovered, base) if recovered is not None else None
        if found is not None:
            return _finish(*found, url, decoded, problem)
        try:
            parsed = _feedparser(recovered, base) if recovered is not None else None
        except Exception:  # noqa: BLE001 - as above
            parsed = None
        if parsed is None:
            raise WorkstationError("parse.not_feed", reason=problem) from exc
    if not parsed.entries and not parsed.get("version"):
        if looks_like_html(text) or "<html" in text[:2000].lower():
            raise HtmlNotFeed(text)
        reason = str(parsed.get("bozo_exception") or "no feed elements")[:200]
        if "entit" in reason.lower():
            raise WorkstationError("parse.hostile_xml")
        raise WorkstationError("parse.not_feed", reason=reason)
    warning = None
    if parsed.get("bozo") and not isinstance(parsed.get("bozo_exception"), feedparser.CharacterEncodingOverride):
        warning = _where(parsed.get("bozo_exception"))[:200]
    return _finish(parsed.feed, parsed.entries, url, decoded, warning)


def _where(problem: object) -> str:
    """What the XML parser said, with the place in the document: "line 1, column 138: not well-formed (invalid
    token)" rather than "<unknown>:1:138: ..." (the SAX parser read no named file)."""
    if isinstance(problem, xml.sax.SAXParseException):
        return f"line {problem.getLineNumber()}, column {problem.getColumnNumber()}: {problem.getMessage()}"
    return str(problem)


def _feedparser(data: bytes, base: str) -> feedparser.FeedParserDict:
    headers = {"content-type": "application/xml; charset=utf-8"}
    if base:
        headers["content-location"] = base
    return feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False,
                            response_headers=headers)


def _finish(feed: dict, entries: list[dict], url: str, decoded: Decoded, warning: str | None) -> ParsedFeed:
    site_url = absolute(feed.get("link"), url)
    feed_lang = (feed.get("language") or "")[:2].lower()
    items = [entry_draft(partial(_entry_to_draft, entry, site_url or url, feed_lang), title=entry.get("title"),
                         url=entry.get("link"), guid=entry.get("id") or entry.get("guid")) for entry in entries]
    return ParsedFeed(title=clean_title(feed.get("title")), site_url=site_url, items=items,
                      encoding=decoded.encoding, warning=warning)


def _entry_date(entry: dict) -> ParsedDate | None:
    # Our parser first: it keeps the original offset and reads Russian and Kazakh month names.
    # dict.get, not entry.get: feedparser's own lookup maps a missing "updated" onto "published", with a warning.
    for key in ("published", "updated", "created", "dc_date"):
        raw = dict.get(entry, key)
        if raw:
            found = parse_date(raw)
            if found:
                return found
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        found = from_struct_time(dict.get(entry, key))
        if found:
            return found
    return None


def _entry_html(entry: dict) -> str:
    """The richest body the entry offers: full content, else summary; plain text is escaped."""
    candidates = list(entry.get("content") or [])
    if entry.get("summary_detail"):
        candidates.append(entry["summary_detail"])
    elif entry.get("summary"):
        candidates.append({"value": entry["summary"], "type": "text/html"})
    best = max(candidates, key=lambda c: len(c.get("value") or ""), default=None)
    if not best:
        return ""
    value = best.get("value") or ""
    if best.get("type") == "text/plain":
        return "<p>" + html.escape(value).replace("\n", "<br>") + "</p>"
    return value


def entry_draft(read: Callable[[], ItemDraft], *, title: Any, url: Any, guid: Any) -> ItemDraft:
    """``read()``: one entry of a feed or page read into a draft. Should reading fail (a bug met on one hostile
    entry), the entry's ``title``, ``url`` and ``guid`` as plain text, so that the feed's other entries are read,
    and the analyst sees this one and can open the original."""
    try:
        return read()
    except Exception:  # noqa: BLE001 - one entry must not cost the others; what went wrong goes to the log
        log.warning("An entry could not be read in full; kept with its title and link only", exc_info=True)
    link = absolute(plain_line(url, 2000), None) if isinstance(url, str) else None
    return ItemDraft(title=plain_line(title) if isinstance(title, str) else "", url=link,
                     guid=plain_line(guid, 2000) if isinstance(guid, str) and guid.strip() else None)


def _entry_to_draft(entry: dict, base_url: str, feed_lang: str) -> ItemDraft:
    link = absolute(entry.get("link"), base_url)
    content_html, text = sanitize_with_text(_entry_html(entry), base_url=link or base_url)
    title = clean_title(entry.get("title"))
    if not title:
        title = text[:TITLE_FROM_TEXT_CHARS]
    lang = detect_language(f"{title}\n{text}")
    if lang in ("", "other") and feed_lang in ("kk", "ru", "en"):
        lang = feed_lang
    guid = entry.get("id") or entry.get("guid") or None
    return ItemDraft(title=title, url=link, guid=str(guid)[:2000] if guid else None,
                     author=clean_title(entry.get("author"))[:300], published=_entry_date(entry),
                     content_html=content_html, content_text=text, lang=lang)
