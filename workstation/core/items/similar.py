"""Items that repeat a claim, in Kazakh, Russian or English: shared entities and shared word forms.

A claim is told in other words and another language, so items are compared by what survives translation and
rewording: its entities (amounts, phone numbers, cards, domains, handles, names in either script:
``analysis.entities``) and the forms of its words (``analysis.forms``: "мошенники" and "мошенников" share one).
Candidates come from the full-text index (any of the claim's key word forms, and its entities written as words),
ranked by bm25; each is scored by the claim's share of weighted forms and entities it contains, each weighted by
its rarity among the candidates ("domain:t.me" or "тенге" are everywhere, a phone number is not). Items that refute
the claim (a recorded refutation's address, an item filed as a refutation, or worded as one) come after the copies.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from workstation.core.analysis.entities import find_entities
from workstation.core.analysis.forms import query_forms, word_forms, words
from workstation.core.db import bodies
from workstation.core.db.story_state import card_key
from workstation.core.textfold import fold

CANDIDATES = 300
_DIGIT = re.compile(r"\d")
MIN_SCORE = 0.12
KEY_FORMS = 24
# Words too common in news to say anything about a claim (as word forms).
_STOP = set(word_forms(
    "это что как для или при его она они был была были будет также который которые после более этот эти все "
    "быть есть нет уже только можно него них так "
    "және мен бұл деп үшін бойынша туралы осы бар емес болып арқылы сондай-ақ оның олар біз деді болады "
    "the and for that with this from are was were have has will not but said", "")) | set(word_forms(
        "және мен бұл деп үшін бойынша туралы осы бар емес болып арқылы оның олар біз", "kk"))
# An entity says more than a word: a phone number or a card is the claim's fingerprint, a name less so.
_KIND_WEIGHT = {"phone": 4.0, "card": 4.0, "handle": 3.0, "domain": 3.0, "amount": 2.5, "name": 1.5}
_FORM_WEIGHT = 0.2  # tuned on claims.json: 1.0 gives p@5 0.528, 0.5 0.563, 0.25 0.593, 0.15 0.610
# How an item that refutes a claim is worded (folded), in the three languages.
_REFUTING = re.compile(r"\b(фейк|fake|жалган|неправда|опроверг\w*|не соответству\w*|шындыкка жанаспа\w*|"
                       r"fact.?check\w*|false claim|ложн\w*|растаматын|дезинформац\w*)\b")


@dataclass(frozen=True)
class Profile:
    forms: frozenset[str]
    entities: frozenset[str]
    name_forms: frozenset[str] = frozenset()  # every form the words of its names may be stored under


def profile(text: str, lang: str | None = None, *, secret: bytes | None = None) -> Profile:
    forms = frozenset(f for f in word_forms(text, lang)
                      if (len(f) >= 3 or (len(f) == 2 and _DIGIT.search(f))) and f not in _STOP)
    found = find_entities(text, lang, card_key=secret)
    names = frozenset(f for e in found if e.kind == "name" for w in words(text[e.start:e.end]) for f in query_forms(w))
    return Profile(forms, frozenset(e.key for e in found), names)


def _entity_words(keys: frozenset[str]) -> list[str]:
    """Entities written the way the index holds them (folded words), for finding candidates in any language."""
    out = []
    for key in keys:
        kind, _, value = key.partition(":")
        if kind in ("domain", "handle"):
            words = re.findall(r"\w+", fold(value))
            if words:
                out.append('"' + " ".join(words) + '"')
        elif kind == "amount":
            number = value.split(":")[0]
            if number.isdigit() and len(number) >= 3:
                out.append(f'"{number}"')
                if len(number) > 3:
                    out.append(f'"{number[:-3]} {number[-3:]}"')
        elif kind == "phone" and len(value) >= 7:
            out += [f'"{value[-7:]}"', f'"{value[-4:-2]} {value[-2:]}"']
    return out


def match_query(text: str, lang: str | None = None, *, secret: bytes | None = None) -> str | None:
    """An FTS5 expression (already folded and quoted) for any of the text's key word forms or entities."""
    prof = profile(text, lang, secret=secret)
    forms = sorted((f for f in prof.forms if not f.isdigit()), key=lambda f: (-len(f), f))[:KEY_FORMS]
    forms = sorted(set(forms) | {f for f in prof.name_forms if '"' not in f})
    parts = []
    if forms:
        parts.append("{title_forms text_forms} : (" + " OR ".join(f'"{f}"' for f in forms) + ")")
    entity_words = _entity_words(prof.entities)
    if entity_words:
        parts.append("{title text} : (" + " OR ".join(entity_words) + ")")
    return " OR ".join(parts) or None


def _document_frequencies(db: Database, terms: list[str]) -> dict[str, int]:
    """In how many items each indexed term stands (FTS5's own vocabulary, read through a temporary table)."""
    if not terms:
        return {}
    if hasattr(db, "document_frequencies"):  # a team workspace (PostgreSQL) counts through its own index
        return db.document_frequencies("items_fts", terms)
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.items_fts_terms USING fts5vocab(main, items_fts, 'row')")
    found: dict[str, int] = {}
    for start in range(0, len(terms), 500):
        chunk = terms[start:start + 500]
        found.update(db.execute(f"SELECT term, doc FROM temp.items_fts_terms WHERE term IN "
                                f"({','.join('?' * len(chunk))})", chunk).fetchall())
    return found


def _weights(db: Database, claim: Profile, others: list[Profile]) -> dict[str, float]:
    """Forms weighted by their rarity in the workspace, entities by their rarity among the candidates and their
    kind (inverse frequencies)."""
    items = max(1, db.execute("SELECT max(id) FROM items").fetchone()[0] or 1)
    all_forms = set(claim.forms).union(*(o.forms for o in others))
    df_forms = _document_frequencies(db, sorted(all_forms))
    df: Counter[str] = Counter()
    for other in [claim, *others]:
        df.update(other.entities)
    n = len(others) + 1
    weights = {form: _FORM_WEIGHT * math.log(1 + items / (1 + df_forms.get(form, 0))) for form in all_forms}
    for key in df:
        weights[key] = _KIND_WEIGHT.get(key.partition(":")[0], 1.0) * math.log(1 + n / df[key])
    return weights


def _score(claim: Profile, other: Profile, weights: dict[str, float]) -> tuple[float, list[str], list[str]]:
    shared_forms = sorted(claim.forms & other.forms, key=lambda f: -weights[f])
    shared_entities = sorted(claim.entities & other.entities, key=lambda e: -weights[e])
    mine = sum(weights[f] for f in claim.forms) + sum(weights[e] for e in claim.entities)
    theirs = sum(weights[f] for f in other.forms) + sum(weights[e] for e in other.entities)
    if not mine or not theirs:
        return 0.0, [], []
    got = sum(weights[f] for f in shared_forms) + sum(weights[e] for e in shared_entities)
    # The claim's share in the item and the item's share in the claim: a digest that mentions everything, or a
    # long article, does not win by length alone.
    return round(got / math.sqrt(mine * theirs), 4), shared_forms, shared_entities


def _refuting_ids(db: Database, ids: list[int], texts: dict[int, str]) -> set[int]:
    marks = ",".join("?" * len(ids))
    found = {r[0] for r in db.execute(
        f"SELECT items.id FROM items JOIN refutations ON refutations.url != '' AND "
        f"(refutations.url = items.url OR refutations.url = items.canonical_url) WHERE items.id IN ({marks})", ids)}
    if "role" in db["case_items"].columns_dict:
        found |= {r[0] for r in db.execute(
            f"SELECT item_id FROM case_items WHERE role = 'refutation' AND item_id IN ({marks})", ids)}
    found |= {item_id for item_id, text in texts.items() if _REFUTING.search(fold(text[:300]))}
    return found


def similar_items(db: Database, text: str, *, exclude: set[int] = frozenset(), limit: int = 20,
                  within: list[int] | None = None, min_score: float = MIN_SCORE,
                  lang: str | None = None) -> list[dict[str, Any]]:
    """Items that repeat ``text``, copies before refutations, best first; each with its ``score`` and the
    ``reason``: the shared word forms and entities, and whether it refutes the claim."""
    secret = card_key(db)
    query = match_query(text, lang, secret=secret)
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
    ids = [r[0] for r in db.execute(sql, params + [CANDIDATES + len(exclude)]) if r[0] not in exclude][:CANDIDATES]
    if not ids:
        return []
    rows = list(db.query(f"SELECT items.id, items.title, items.url, items.published_at, items.lang, "
                         f"sources.name AS source FROM items "
                         f"LEFT JOIN sources ON sources.id = items.source_id WHERE items.id IN "
                         f"({','.join('?' * len(ids))})", ids))
    bodies_text = bodies.texts(db, ids, chars=4000)
    texts = {row["id"]: f"{row['title']}\n{bodies_text[row['id']]}" for row in rows}
    profiles = {row["id"]: profile(texts[row["id"]], row["lang"], secret=secret) for row in rows}
    claim = profile(text, lang, secret=secret)
    weights = _weights(db, claim, list(profiles.values()))
    refuting = _refuting_ids(db, ids, texts)
    scored = []
    for row in rows:
        score, forms, keys = _score(claim, profiles[row["id"]], weights)
        if score >= min_score:
            row["refutation"] = row["id"] in refuting
            scored.append({**row, "score": score, "reason": {"forms": forms[:12], "entities": keys}})
    scored.sort(key=lambda r: (-r["score"], r["id"]))
    scored = scored[:limit]
    scored.sort(key=lambda r: r["refutation"])  # stable: copies first, each part by score
    return scored


def case_text(db: Database, case_id: int) -> str:
    title, claim = db.execute("SELECT title, claim FROM cases WHERE id = ?", [case_id]).fetchone()
    return f"{title}\n{claim}"


def similar_to_case(db: Database, case_id: int, *, limit: int = 20) -> list[dict[str, Any]]:
    """Stored items that repeat the case's claim, never the case's own items."""
    attached = {r[0] for r in db.execute("SELECT item_id FROM case_items WHERE case_id = ?", [case_id])}
    return similar_items(db, case_text(db, case_id), exclude=attached, limit=limit)
