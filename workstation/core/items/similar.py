"""Items that repeat a case's claim: full-text candidates re-ranked by text similarity.

Candidates come from the full-text index (any of the claim's significant words, folded so Kazakh
and Russian keyboards agree), ranked by bm25; the best are re-scored by the overlap of character
trigrams between the claim and each item, which tolerates inflection and rephrasing in both languages.
"""

from __future__ import annotations

import re
from typing import Any

from sqlite_utils import Database

from workstation.core.textfold import fold

_WORD = re.compile(r"\w{3,}", re.UNICODE)
CANDIDATES = 300
MIN_SCORE = 0.12
# Words too common in news to say anything about a claim.
_STOP = {fold(w) for w in (
    "это что как для или при его она они был была были будет также который которые после более "
    "және мен бұл деп үшін бойынша туралы осы бар емес болып арқылы сондай-ақ оның олар біз "
    "the and for that with this from are was were have has will not but").split()}


def key_terms(text: str, limit: int = 24) -> list[str]:
    """Significant folded words of a text, longest first (long words carry the claim)."""
    words = {w for w in _WORD.findall(fold(text)) if w not in _STOP and not w.isdigit()}
    return sorted(words, key=lambda w: (-len(w), w))[:limit]


def _stem(word: str) -> str:
    # A crude stem lets the prefix query match inflected forms: розыгрыша, розыгрыши → розыгр*.
    return word[: max(4, len(word) - 3)] if len(word) > 6 else word


def trigrams(text: str) -> set[str]:
    folded = " ".join(_WORD.findall(fold(text)))
    return {folded[i:i + 3] for i in range(len(folded) - 2)}


def similarity(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    # Containment of the claim in the item, softened by Jaccard, so long articles are not punished for length.
    common = len(a & b)
    return round(0.7 * common / len(a) + 0.3 * common / len(a | b), 4)


def match_query(text: str) -> str | None:
    """An FTS5 expression (already folded and quoted) for any of the text's key terms."""
    terms = key_terms(text)
    if not terms:
        return None
    return " OR ".join(f'"{_stem(t)}"*' for t in terms)


def similar_items(db: Database, text: str, *, exclude: set[int] = frozenset(), limit: int = 20,
                  within: list[int] | None = None, min_score: float = MIN_SCORE) -> list[dict[str, Any]]:
    query = match_query(text)
    if query is None:
        return []
    sql = "SELECT rowid FROM items_fts WHERE items_fts MATCH ?"
    params: list = [query]
    if within is not None:
        if not within:
            return []
        sql += f" AND rowid IN ({','.join('?' * len(within))})"
        params += within
    sql += " ORDER BY rank LIMIT ?"
    ids = [r[0] for r in db.execute(sql, params + [CANDIDATES]) if r[0] not in exclude]
    if not ids:
        return []
    claim = trigrams(text)
    scored = []
    for row in db.query(f"SELECT items.id, items.title, items.url, items.published_at, items.lang, "
                        f"substr(items.content_text, 1, 4000) AS text, sources.name AS source FROM items "
                        f"LEFT JOIN sources ON sources.id = items.source_id WHERE items.id IN "
                        f"({','.join('?' * len(ids))})", ids):
        score = similarity(claim, trigrams(f"{row['title']} {row['text']}"))
        if score >= min_score:
            row.pop("text")
            scored.append({**row, "score": score})
    scored.sort(key=lambda r: (-r["score"], r["id"]))
    return scored[:limit]


def case_text(db: Database, case_id: int) -> str:
    title, claim = db.execute("SELECT title, claim FROM cases WHERE id = ?", [case_id]).fetchone()
    return f"{title}\n{claim}"


def similar_to_case(db: Database, case_id: int, *, limit: int = 20) -> list[dict[str, Any]]:
    attached = {r[0] for r in db.execute("SELECT item_id FROM case_items WHERE case_id = ?", [case_id])}
    return similar_items(db, case_text(db, case_id), exclude=attached, limit=limit)
