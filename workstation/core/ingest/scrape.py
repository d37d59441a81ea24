"""Web pages to item drafts: listing pages through CSS selectors, Telegram previews, single articles,
and feed autodiscovery from a site's home page."""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterable
from functools import partial

import lxml.html
from cssselect import SelectorError
from lxml import etree

from workstation.core.dates import parse_date
from workstation.core.errors import WorkstationError
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.normalize import clean_title, sanitize_with_text
from workstation.core.ingest.parse import TITLE_FROM_TEXT_CHARS, ParsedFeed, entry_draft
from workstation.core.language import detect_language
from workstation.core.urls import absolute

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")


def html_document(page: str) -> lxml.html.HtmlElement:
    """The page as lxml reads it; an empty document for nothing at all, blanks only or a lone comment."""
    try:
        return lxml.html.document_fromstring(page or "<html></html>")
    except (etree.ParserError, ValueError):
        return lxml.html.document_fromstring("<html></html>")


def _outer_html(element: lxml.html.HtmlElement | None) -> str:
    """The element's HTML; nothing for no element (a card of a listing without the part a selector asks for)."""
    if element is None:
        return ""
    return lxml.html.tostring(element, encoding="unicode", with_tail=False)


def discover_feeds(page: str, base_url: str) -> list[str]:
    """Feed addresses a page advertises with <link rel="alternate" type="application/rss+xml" href=...>."""
    found: list[str] = []
    for link in html_document(page).iter("link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower().split(";")[0].strip()
        if "alternate" in rel and kind in FEED_TYPES[:3] and link.get("href"):
            url = absolute(link.get("href"), base_url)
            if url and url not in found:
                found.append(url)
    return found


def _select(root: lxml.html.HtmlElement, selector: str) -> list:
    try:
        return root.cssselect(selector)
    except (SelectorError, etree.XPathError) as exc:
        raise WorkstationError("parse.bad_selector", selector=selector) from exc


def _first(root: lxml.html.HtmlElement, selector: str | None):
    if not selector:
        return None
    found = _select(root, selector)
    return found[0] if found else None


def _draft(title: str, url: str | None, body_html: str, date_text: str | None, guid: str | None = None,
           base_url: str = "") -> ItemDraft:
    content_html, text = sanitize_with_text(body_html, base_url=url or base_url)
    title = clean_title(title) or text[:TITLE_FROM_TEXT_CHARS]
    return ItemDraft(title=title, url=url, guid=guid, published=parse_date(date_text) if date_text else None,
                     content_html=content_html, content_text=text, lang=detect_language(f"{title}\n{text}"))


def _date_of(element) -> str | None:
    if element is None:
        return None
    return element.get("datetime") or element.get("content") or element.text_content().strip() or None


def parse_site(page: str, url: str, selectors: dict[str, str]) -> ParsedFeed:
    """Items of a listing page: each element matching ``item``, then title/link/date/text inside it."""
    root = html_document(page)
    drafts: list[ItemDraft] = []
    for element in _select(root, selectors["item"]):
        link_el = _first(element, selectors.get("link")) if selectors.get("link") else None
        if link_el is None:
            link_el = element if element.tag == "a" else _first(element, "a[href]")
        link = absolute(link_el.get("href"), url) if link_el is not None else None
        title_el = _first(element, selectors.get("title")) if selectors.get("title") else link_el
        title = title_el.text_content() if title_el is not None else ""
        body_el = _first(element, selectors.get("text")) if selectors.get("text") else element
        date_text = _date_of(_first(element, selectors.get("date")))
        drafts.append(entry_draft(partial(_draft, title, link, _outer_html(body_el), date_text, base_url=url),
                                  title=title, url=link, guid=None))
    if not drafts:
        raise WorkstationError("parse.no_items")
    return ParsedFeed(title=clean_title(_title_of(root)), site_url=url, items=drafts)


def _title_of(root: lxml.html.HtmlElement) -> str:
    og = root.xpath("//meta[@property='og:title']/@content")
    if og:
        return og[0]
    title = root.find(".//title")
    return title.text_content() if title is not None else ""


def parse_telegram(page: str, url: str) -> ParsedFeed:
    """Messages of a public channel's web preview (t.me/s/NAME)."""
    root = html_document(page)
    drafts = []
    for message in _select(root, "div.tgme_widget_message[data-post]"):
        post = message.get("data-post")
        link = f"https://t.me/{post}"
        text_el = _first(message, ".tgme_widget_message_text")
        body = _outer_html(text_el)
        media = _telegram_media_note(message)
        time_el = _first(message, ".tgme_widget_message_date time")
        item = entry_draft(partial(_draft, "", link, body + media, _date_of(time_el), guid=link, base_url=url),
                           title="", url=link, guid=link)
        item.views = telegram_views(_first(message, ".tgme_widget_message_views"))
        drafts.append(item)
    title_el = _first(root, ".tgme_channel_info_header_title")
    title = title_el.text_content() if title_el is not None else _title_of(root)
    if not drafts and "tgme_" not in page:
        raise WorkstationError("parse.no_items")
    return ParsedFeed(title=clean_title(title), site_url=url, items=drafts)


_VIEWS = re.compile(r"^(\d+(?:[.,]\d+)?)\s*([KM]?)$", re.IGNORECASE)


def telegram_views(element) -> int | None:
    """A post's view count as the preview writes it ("987", "1.2K", "3,4K", "2.1M"), or None."""
    if element is None:
        return None
    match = _VIEWS.match(element.text_content().strip().replace("\u00a0", ""))
    if match is None:
        return None
    number = float(match.group(1).replace(",", "."))
    return round(number * {"": 1, "k": 1000, "m": 1_000_000}[match.group(2).lower()])


def _telegram_media_note(message) -> str:
    # Photos and videos are background-image styles in the preview; we keep only the fact, never load them.
    parts: Iterable[str] = (
        label for selector, label in ((".tgme_widget_message_photo_wrap", "[photo]"),
                                      (".tgme_widget_message_video_player", "[video]"),
                                      (".tgme_widget_message_document", "[document]"))
        if _select(message, selector)
    )
    note = " ".join(parts)
    return f"<p>{html_lib.escape(note)}</p>" if note else ""


def is_telegram_preview(page: str) -> bool:
    return "tgme_widget_message" in page[:500_000]


def parse_article(page: str, url: str) -> ParsedFeed:
    """A single saved news page as one item: its title, canonical address, date and main text."""
    root = html_document(page)
    canonical = root.xpath("//link[@rel='canonical']/@href") or root.xpath("//meta[@property='og:url']/@content")
    link = absolute(canonical[0], url) if canonical else (url if url.startswith("http") else None)
    date = (root.xpath("//meta[@property='article:published_time']/@content")
            or root.xpath("//time/@datetime") or [None])[0]
    # lxml elements are falsy when they have no children: compare with None, never use "or".
    body = next((el for el in (_first(root, "article"), _first(root, "main"), root.find("body")) if el is not None),
                None)
    headline = _first(root, "h1")
    title = headline.text_content() if headline is not None else _title_of(root)
    body_html = _outer_html(body)
    return ParsedFeed(title=clean_title(_title_of(root)), site_url=link,
                      items=[entry_draft(partial(_draft, title, link, body_html, date, base_url=url), title=title,
                                         url=link, guid=None)])
