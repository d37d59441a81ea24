"""What the radar reads from one item: when it happened, and the keys that find its story.

**Time.** An item counts at its publication time when that is known and plausible: not before 2000 and never
later than the moment the workstation first saw it (a feed that writes local time as UTC, or a future date, is not
trusted: the item counts when first seen). A backlog fetched after a night offline, or an imported replay, is
counted when it happened.

**Keys.** Two kinds, both 64-bit integers:

- *wording*: a MinHash signature of the item's word forms (``analysis.forms``: Kazakh, Russian and English
  stems, Latin Kazakh read as Cyrillic, without stop words), cut into bands (LSH). Two items share a band when
  their sets of forms agree on both of its minimum hashes; items with a Jaccard similarity ``s`` share each band
  with probability ``s**ROWS``. This finds copies and rewrites of one text in one language.
- *entities*: pairs of the item's specific entities (amounts, phone numbers, cards, domains, handles, names in
  either script, long numbers: ``analysis.entities``). A Kazakh and a Russian text about one event share few
  stems but the same names, sums and addresses. Only specific entities pair: those few stories carried lately
  (``cluster.SPECIFIC_STORIES``): "Қазақстан" or "t.me" join nothing.

Pure functions; the database work is in ``cluster.py``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import zlib
from dataclasses import dataclass

import numpy

from workstation.core import clock
from workstation.core.analysis import script
from workstation.core.analysis.entities import NAME, find_entities
from workstation.core.analysis.forms import word_forms, words

# The text an item is read by: its title and the start of its text (the rest is rarely about something else); its
# entities from the lead only (names, sums and addresses that make a story stand there; finding names is the
# costliest step).
TEXT_CHARS = 1000
ENTITY_CHARS = 500
# MinHash: HASHES minimum hashes in BANDS bands of ROWS each. With 2 rows a band is shared by items with Jaccard
# similarity s with probability s²; a join needs 4 shared bands of 16 (``cluster.JOIN_EVIDENCE``): 6 times in 10 at
# s = 0.5, 9 in 10 at s = 0.6, almost always for copies (s ≥ 0.7), about once in 50,000 at s = 0.1.
ROWS = 2
BANDS = 16
HASHES = ROWS * BANDS
# The hash functions: a < 2³¹ and x < 2³² keep a·x + b inside 64 bits; the prime is the first above 2³². Their
# coefficients come from BLAKE2b, so every version and machine makes the same keys (stored keys stay comparable).
_PRIME = numpy.uint64(4294967311)


def _coefficient(name: str, bits: int) -> int:
    return int.from_bytes(hashlib.blake2b(name.encode(), digest_size=8).digest(), "big") % ((1 << bits) - 1) + 1


_A = numpy.array([_coefficient(f"radar a{i}", 31) for i in range(HASHES)], dtype=numpy.uint64)
_B = numpy.array([_coefficient(f"radar b{i}", 32) for i in range(HASHES)], dtype=numpy.uint64)
# An item with fewer forms than this has no wording keys (two short posts share their few words by chance).
MIN_FORMS = 6
# At most this many entities (those that say most: phones, cards, handles, domains, amounts, numbers, then names)
# make pairs: 6 give at most 15 keys.
PAIR_ENTITIES = 6
# Years and small numbers are everywhere; a number of 3 digits or more that is not a year is an entity.
_YEARS = range(1900, 2101)
# Letters of a name's word that identify it across declensions and languages.
NAME_PREFIX = 6
# Words that say nothing about a story (as word forms): function words, and the boilerplate of news posts.
STOP_FORMS = frozenset(word_forms(
    "это что как для или при его она они был была были будет также который которые после более этот эти все "
    "быть есть нет уже только можно него них так сегодня вчера завтра заявил сообщил сообщает стало известно "
    "подробнее читайте подписывайтесь канал новости источник фото видео ссылка telegram "
    "the and for that with this from are was were have has will not but said", "ru")) | frozenset(word_forms(
        "және мен бұл деп үшін бойынша туралы осы бар емес болып арқылы оның олар біз деді болады бүгін кеше "
        "толығырақ оқыңыз жазылыңыз арна жаңалықтар дереккөз", "kk"))
# Publication times before this are not plausible (a feed's zero date).
EARLIEST = "2000-01-01T00:00:00Z"


def key64(text: str) -> int:
    """A signed 64-bit key (SQLite's INTEGER) for a string."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big", signed=True)


def event_time(published_at: str | None, date_known: int | bool, first_seen_at: str) -> str:
    """When an item happened, for counting (see the module text)."""
    if date_known and published_at and EARLIEST <= published_at <= first_seen_at:
        return published_at
    return first_seen_at


def hour_of(iso: str) -> str:
    """The UTC hour an ISO time falls in, as the hourly counts key it: '2026-12-01T09'."""
    return iso[:13]


def parse(iso: str) -> dt.datetime:
    return clock.from_iso(iso)


def minute_of(iso: str) -> int:
    """An ISO time as whole minutes since 1970 (how keys store it)."""
    return int(parse(iso).timestamp()) // 60


@dataclass(frozen=True)
class Features:
    forms: frozenset[str]
    entities: tuple[str, ...]  # entity keys ("amount:85000:KZT", "nw:досае", "num:1450"), each once


def _name_word(word: str) -> str:
    """A word of a name as both languages and both scripts write it: Kazakh key (Latin read as Cyrillic, folded),
    cut to its first letters, so the Russian "Досаева", the Kazakh "Досаевтың" and "Dosaev" meet."""
    if script.is_latin_word(word.lower()):
        word = script.to_cyrillic(word.lower())
    return "nw:" + script.kazakh_key(word)[:NAME_PREFIX]


def features(title: str, text: str, lang: str, secret: bytes | None) -> Features:
    body = f"{title}\n{text[:TEXT_CHARS]}"
    lead = body[:len(title) + 1 + ENTITY_CHARS]
    found = find_entities(lead, lang or None, card_key=secret)
    all_forms = word_forms(body, lang or None)
    forms = frozenset(f for f in all_forms if len(f) >= 3 and not f.isdigit() and f not in STOP_FORMS)
    keys = {e.key for e in found if e.kind != NAME}
    # Names by their words: "Ерболат Досаев" in one text is "Досаев" in another, and the entity stems of a
    # surname differ between the languages.
    keys |= {_name_word(w) for e in found if e.kind == NAME for w in words(lead[e.start:e.end]) if len(w) >= 3}
    keys |= {f"num:{f}" for f in all_forms if f.isdigit() and len(f) >= 3 and f[0] != "0" and int(f) not in _YEARS}
    return Features(forms, tuple(sorted(keys)))


def wording_keys(forms: frozenset[str]) -> list[int]:
    """The item's LSH band keys (empty for a text too short to compare by wording): ``HASHES`` hash functions
    (a·x + b mod a prime, over the CRC-32 of each form), the minimum of each over the forms, in bands."""
    if len(forms) < MIN_FORMS:
        return []
    values = numpy.fromiter((zlib.crc32(form.encode()) for form in forms), dtype=numpy.uint64, count=len(forms))
    signature = ((numpy.outer(_A, values) + _B[:, None]) % _PRIME).min(axis=1).tolist()
    return [key64(f"w{band}:{signature[band * ROWS:(band + 1) * ROWS]}") for band in range(BANDS)]


# Entities by how much they say, for choosing the ones that make pairs.
_KIND_ORDER = {"phone": 0, "card": 0, "handle": 1, "domain": 1, "amount": 2, "num": 3, "nw": 4}


def entity_key(entity: str) -> int:
    """The key of one entity: which stories carried it lately tells whether it is specific."""
    return key64(f"s:{entity}")


def pairing_entities(entities: tuple[str, ...]) -> list[str]:
    """The ``PAIR_ENTITIES`` entities that say most, sorted."""
    return sorted(sorted(entities, key=lambda e: (_KIND_ORDER.get(e.partition(":")[0], 5), e))[:PAIR_ENTITIES])


def pair_candidates(chosen: list[str]) -> dict[int, tuple[str, str]]:
    """Every key a pair of the chosen entities may have, with its pair."""
    return {key64(f"e:{a}|{b}"): (a, b) for a, b in itertools.combinations(chosen, 2)}
