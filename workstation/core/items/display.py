"""Preparing stored (already sanitized) HTML for the analyst's eyes: nothing loads, links are defanged.

Phishing pages are a daily reality for these users, so a link is never one click from the browser:
every anchor points to an internal ``ws-link:N`` target, URLs written as text are shown defanged
(hxxps://evil[.]kz), and images become a placeholder with their alt text. Opening a link is a
separate, deliberate action on the real address kept in the returned list.
"""

from __future__ import annotations

import html as html_lib
import re

import lxml.html
from lxml import etree

from workstation.core.urls import defang

LINK_SCHEME = "ws-link"
_URL_IN_TEXT = re.compile(r"\b(?:https?|ftp)://[^\s<>\"']+|\bwww\.[^\s<>\"']+", re.I)
_TEXT_TAGS_TO_SKIP = {"script", "style"}


def defang_text(text: str) -> str:
    return _URL_IN_TEXT.sub(lambda m: defang(m.group(0)), text)


def for_display(content_html: str) -> tuple[str, list[str]]:
    """Return display HTML and the real link targets it refers to by index."""
    if not content_html.strip():
        return "", []
    try:
        root = lxml.html.fragment_fromstring(content_html, create_parent="div")
    except (etree.ParserError, ValueError):
        return html_lib.escape(defang_text(content_html)), []
    links: list[str] = []
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        if element.tag == "a":
            href = element.get("href")
            for attr in list(element.attrib):
                del element.attrib[attr]
            if href:
                element.set("href", f"{LINK_SCHEME}:{len(links)}")
                element.set("title", defang(href))
                links.append(href)
        elif element.tag == "img":
            alt = element.get("alt") or ""
            placeholder = etree.Element("span")
            placeholder.text = f"[🖼 {alt}]" if alt else "[🖼]"
            placeholder.tail = element.tail
            element.getparent().replace(element, placeholder)
            continue
        if element.tag not in _TEXT_TAGS_TO_SKIP:
            if element.text:
                element.text = defang_text(element.text)
        if element.tail:
            element.tail = defang_text(element.tail)
    return lxml.html.tostring(root, encoding="unicode"), links


def link_index(target: str) -> int | None:
    """The index in the link list for an internal ``ws-link:N`` target, else None."""
    prefix = f"{LINK_SCHEME}:"
    if target.startswith(prefix) and target[len(prefix):].isdecimal():  # what int() reads ("²" is a digit too)
        return int(target[len(prefix):])
    return None
