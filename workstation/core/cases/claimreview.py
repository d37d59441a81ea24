"""Publishing refutations: schema.org ClaimReview JSON-LD per refuted case, and an Atom feed of refutations
that other outlets can subscribe to ("Media for Media")."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from workstation import APP_NAME
from workstation.core import clock
from workstation.core.cases.workflow import case_detail

CLAIM_MAX_CHARS = 75  # schema.org guidance: claimReviewed short, without the verdict
VERDICT = {"alternateName": "False", "ratingValue": 1, "bestRating": 5, "worstRating": 1}
ATOM = "http://www.w3.org/2005/Atom"


def _short(text: str, limit: int = CLAIM_MAX_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def claim_review(db: Database, case_id: int, *, organisation: str = "") -> dict[str, Any]:
    case = case_detail(db, case_id)
    refutations = [r for r in case["refutations"] if r["kind"] == "refutation"]
    first = refutations[0] if refutations else None
    appearances = [{"@type": "CreativeWork", "url": i["url"], "datePublished": i["published_at"],
                    **({"author": {"@type": "Organization", "name": i["source"]}} if i["source"] else {})}
                   for i in case["items"] if i["url"]]
    item_reviewed: dict[str, Any] = {"@type": "Claim", "datePublished": case["detected_at"]}
    if appearances:
        item_reviewed["appearance"] = appearances
        item_reviewed["firstAppearance"] = appearances[0]
        if "author" in appearances[0]:
            item_reviewed["author"] = appearances[0]["author"]
    author = organisation or (first["publisher"] if first and first["publisher"] else APP_NAME)
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": first["url"] if first else "",
        "datePublished": first["published_at"] if first else None,
        "claimReviewed": _short(case["claim"] or case["title"]),
        "author": {"@type": "Organization", "name": author},
        "reviewRating": {"@type": "Rating", **VERDICT},
        "itemReviewed": item_reviewed,
    }


def refuted_case_ids(db: Database, since: str | None = None) -> list[int]:
    sql = ("SELECT c.id FROM cases c WHERE c.status = 'refuted' AND EXISTS (SELECT 1 FROM refutations r "
           "WHERE r.case_id = c.id AND r.kind = 'refutation'" + (" AND r.published_at >= ?" if since else "") + ") "
           "ORDER BY c.id")
    return [r[0] for r in db.execute(sql, [since] if since else [])]


def export_claim_reviews(db: Database, path: str | Path, *, since: str | None = None, organisation: str = "") -> int:
    reviews = [claim_review(db, case_id, organisation=organisation) for case_id in refuted_case_ids(db, since)]
    _write_atomically(Path(path), json.dumps(reviews, ensure_ascii=False, indent=2).encode("utf-8"))
    return len(reviews)


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
    _write_atomically(Path(path), ET.tostring(feed, encoding="utf-8", xml_declaration=True))
    return len(rows)


def _write_atomically(path: Path, data: bytes) -> None:
    temp = path.with_name(path.name + ".tmp")
    temp.write_bytes(data)
    temp.replace(path)
