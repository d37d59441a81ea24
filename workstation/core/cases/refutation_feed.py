"""The refutations as an Atom 1.0 feed, newest first, for the unit's site and partners to subscribe to."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from sqlite_utils import Database

from workstation import APP_NAME
from workstation.core import clock
from workstation.core.files import write_atomically

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
    ET.SubElement(feed, f"{{{ATOM}}}title").text = title or f"{APP_NAME}: refutations"
    ET.SubElement(feed, f"{{{ATOM}}}id").text = "urn:uuid:media-monitoring-workstation-refutations"
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = rows[0]["published_at"] if rows else clock.now_iso()
    if link:
        ET.SubElement(feed, f"{{{ATOM}}}link", href=link)
    for row in rows:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}title").text = row["title"]
        ET.SubElement(entry, f"{{{ATOM}}}id").text = f"urn:uuid:{row['uuid']}"
        ET.SubElement(entry, f"{{{ATOM}}}published").text = row["published_at"]
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = row["published_at"]
        if row["url"]:
            ET.SubElement(entry, f"{{{ATOM}}}link", href=row["url"])
        if row["publisher"]:
            author = ET.SubElement(entry, f"{{{ATOM}}}author")
            ET.SubElement(author, f"{{{ATOM}}}name").text = row["publisher"]
        if row["category"]:
            ET.SubElement(entry, f"{{{ATOM}}}category", term=row["category"])
        summary = row["text"] or row["claim"] or row["title"]
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = summary
    ET.indent(feed)
    write_atomically(path, ET.tostring(feed, encoding="utf-8", xml_declaration=True))
    return len(rows)
