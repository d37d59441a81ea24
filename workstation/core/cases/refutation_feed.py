"""The refutations as an Atom 1.0 feed, newest first, for the unit's site and partners to subscribe to.

Titles and texts come from analysts' pastes and feeds; the characters XML 1.0 forbids are left out of every
element and attribute, so any reader's strict XML parser takes the whole feed.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from sqlite_utils import Database

from workstation import APP_NAME
from workstation.core import clock
from workstation.core.files import document_text, write_atomically

ATOM = "http://www.w3.org/2005/Atom"


def refutations_feed(db: Database, path: str | Path, *, title: str = "", link: str = "", limit: int = 200) -> int:
    """An Atom 1.0 feed of the latest refutations, newest first."""
    rows = list(db.query(
        "SELECT r.uuid, r.published_at, r.channel, r.url, r.publisher, r.text, c.title, c.claim, c.uuid AS case_uuid, "
        "t.name_en AS category FROM refutations r JOIN cases c ON c.id = r.case_id "
        "LEFT JOIN tags t ON t.id = c.category_tag_id WHERE r.kind = 'refutation' "
        "ORDER BY r.published_at DESC, r.id DESC LIMIT ?", [limit]))
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _add(feed, "title", title or f"{APP_NAME}: refutations")
    _add(feed, "id", "urn:uuid:media-monitoring-workstation-refutations")
    _add(feed, "updated", rows[0]["published_at"] if rows else clock.now_iso())
    if link:
        _add(feed, "link", href=link)
    for row in rows:
        entry = _add(feed, "entry")
        _add(entry, "title", row["title"])
        _add(entry, "id", f"urn:uuid:{row['uuid']}")
        _add(entry, "published", row["published_at"])
        _add(entry, "updated", row["published_at"])
        if row["url"]:
            _add(entry, "link", href=row["url"])
        if row["publisher"]:
            _add(_add(entry, "author"), "name", row["publisher"])
        if row["category"]:
            _add(entry, "category", term=row["category"])
        _add(entry, "summary", row["text"] or row["claim"] or row["title"])
    ET.indent(feed)
    write_atomically(path, ET.tostring(feed, encoding="utf-8", xml_declaration=True))
    return len(rows)


def _add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    """An Atom element under ``parent``, its text and attributes without the characters XML forbids."""
    attrib = {key: document_text(value) for key, value in attributes.items()}
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrib)
    if text is not None:
        element.text = document_text(text)
    return element
