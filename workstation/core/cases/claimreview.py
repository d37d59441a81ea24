"""Publishing refutations: schema.org ClaimReview JSON-LD per refuted case, and an Atom feed of refutations
that other outlets can subscribe to ("Media for Media")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from workstation import APP_NAME
from workstation.core.cases.workflow import case_detail
from workstation.core.files import write_atomically

CLAIM_MAX_CHARS = 75  # schema.org guidance: claimReviewed short, without the verdict
VERDICT = {"alternateName": "False", "ratingValue": 1, "bestRating": 5, "worstRating": 1}


def _short(text: str, limit: int = CLAIM_MAX_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def claim_review(db: Database, case_id: int, *, organisation: str = "") -> dict[str, Any]:
    case = case_detail(db, case_id)
    refutations = [r for r in case["refutations"] if r["kind"] == "refutation"]
    first = refutations[0] if refutations else None
    appearances = [{"@type": "CreativeWork", "url": i["url"], "datePublished": i["published_at"],
                    **({"author": {"@type": "Organization", "name": i["source"]}} if i["source"] else {})}
                   for i in case["items"] if i["url"] and i["role"] == "appearance"]  # copies of the fake only
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
    write_atomically(path, json.dumps(reviews, ensure_ascii=False, indent=2).encode("utf-8"))
    return len(reviews)
