"""What the resonance radar reads from an item's words: the keys that find its story (``radar.cluster``).

Two kinds, both 64-bit integers:

- *wording*: a MinHash signature of the item's word forms (``analysis.forms``: Kazakh, Russian and English
  stems, Latin Kazakh read as Cyrillic, without stop words), cut into bands (LSH). Two items share a band when
  their sets of forms agree on both of its minimum hashes; items with a Jaccard similarity ``s`` share each band
  with probability ``s**ROWS``. This finds copies and rewrites of one text in one language.
- *entities*: pairs of the item's specific entities (amounts, phone numbers, cards, domains, handles, names in
  either script, long numbers: ``analysis.entities``). A Kazakh and a Russian text about one event share few
  stems but the same names, sums and addresses. Which of them are specific (carried by few stories lately) is the
  radar's to say, from its store.

The keys are a pure function of an item's title, the start of its text, its language and the workspace's secret
for card numbers, and they cost about as much as reading the item's feed. Ingest works them out in its worker
processes beside the rest of the item (``ingest.run``) and hands them over to the radar for the items it has just
stored (``handing_over``); the radar works them out itself for items that came another way.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import logging
import threading
import zlib
from array import array
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import numpy

from workstation.core.analysis import script
from workstation.core.analysis.entities import NAME, find_entities
from workstation.core.analysis.forms import word_forms, words
from workstation.core.analysis.memo import Memo

log = logging.getLogger(__name__)

# The text an item is read by: its title and the start of its text (the rest is rarely about something else); its
# entities from the lead only (names, sums and addresses that make a story stand there; finding names is the
# costliest step).
TEXT_CHARS = 1000
ENTITY_CHARS = 500
# MinHash: HASHES minimum hashes in BANDS bands of ROWS each. With 2 rows a band is shared by items with Jaccard
# similarity s with probability s²; a join needs 4 shared bands of 16 (``radar.cluster.JOIN_EVIDENCE``): 6 times in
# 10 at s = 0.5, 9 in 10 at s = 0.6, almost always for copies (s ≥ 0.7), about once in 50,000 at s = 0.1.
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


# The radar reads an item by when it happened: its publication time when plausible (from EARLIEST on, never after it
# was first seen), else when it was first seen (``radar.features.event_time``). An item that happened more than
# WINDOW_DAYS before the newest news the radar has read joins no story and counts in no hour: the hourly counts
# reach that far back (the 28-day baseline and a margin), a key two days, and the radar shows what rises at the
# newest; an archive imported beside live news would only write rows the next fetch prunes. It is stored, indexed
# and triaged by the rules like any item.
EARLIEST = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
WINDOW_DAYS = 35


def long_past(published: dt.datetime | None, newest: dt.datetime | None) -> bool:
    """Whether an item published at ``published`` (None: no date) happened before the radar's window, the newest
    news it has read having happened at ``newest`` (None: none yet): its story keys are not wanted."""
    return published is not None and newest is not None and \
        EARLIEST <= published < newest - dt.timedelta(days=WINDOW_DAYS)


def key64(text: str) -> int:
    """A signed 64-bit key (SQLite's INTEGER) for a string."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big", signed=True)


@dataclass(frozen=True)
class Features:
    forms: frozenset[str]
    entities: tuple[str, ...]  # entity keys ("amount:85000:KZT", "nw:досае", "num:1450"), each once


def _name_words(names: Iterable[str]) -> Iterator[str]:
    """The keys of the words of three letters or more of ``names`` (``_name_word``). Their words are read in one
    pass (a name's words are those of its span: no word crosses the space between two), and each word's key is
    cached: a made-up or rare name is new as a whole far more often than its words are."""
    return map(_NAME_WORDS.__getitem__, [word for word in words(" ".join(names)) if len(word) >= 3])


def _name_word(word: str) -> str:
    """A word of a name as both languages and both scripts write it: Kazakh key (Latin read as Cyrillic, folded),
    cut to its first letters, so the Russian "Досаева", the Kazakh "Досаевтың" and "Dosaev" meet."""
    if script.is_latin_word(word.lower()):
        word = script.to_cyrillic(word.lower())
    return "nw:" + script.kazakh_key(word)[:NAME_PREFIX]


_NAME_WORDS: Memo[str, str] = Memo(_name_word, 1 << 16)


def features(title: str, text: str, lang: str | None, secret: bytes | None, *,
             lead_forms: list[str] | None = None) -> Features:
    """The word forms and entity keys of an item (``text`` may be whole: only its first ``TEXT_CHARS`` count).
    ``lead_forms`` are the word forms of the title and those characters when they were made already
    (``forms.item_forms``' lead)."""
    body = f"{title}\n{text[:TEXT_CHARS]}"
    lead = body[:len(title) + 1 + ENTITY_CHARS]
    found = find_entities(lead, lang or None, card_key=secret)
    all_forms = word_forms(body, lang or None) if lead_forms is None else lead_forms
    distinct = set(all_forms)
    # Each distinct form is judged once per worker (``_WORDING``, ``_NUMBERS``), the loops run in C.
    forms = frozenset(itertools.compress(distinct, map(_WORDING.__getitem__, distinct)))
    keys = {e.key for e in found if e.kind != NAME}
    # Names by their words: "Ерболат Досаев" in one text is "Досаев" in another, and the entity stems of a
    # surname differ between the languages.
    keys.update(_name_words([lead[e.start:e.end] for e in found if e.kind == NAME]))
    keys.update(filter(None, map(_NUMBERS.__getitem__, distinct)))
    return Features(forms, tuple(sorted(keys)))


def _is_wording(form: str) -> bool:
    """Whether a word form says what an item is about: three letters or more, not a number, not a stop word."""
    return len(form) >= 3 and not form.isdigit() and form not in STOP_FORMS


def _number_key(form: str) -> str:
    """The entity key of a number of three digits or more that is not a year ("num:1450"), else "". Only decimal
    digits make a number: "10²" or "³⁴⁵" are digits to ``str.isdigit`` but no number to ``int``."""
    if form.isdecimal() and len(form) >= 3 and form[0] != "0" and int(form) not in _YEARS:
        return f"num:{form}"
    return ""


_WORDING: Memo[str, bool] = Memo(_is_wording, 1 << 16)
_NUMBERS: Memo[str, str] = Memo(_number_key, 1 << 16)


def wording_keys(forms: frozenset[str]) -> list[int]:
    """The item's LSH band keys (empty for a text too short to compare by wording): ``HASHES`` hash functions
    (a·x + b mod a prime, over the CRC-32 of each form), the minimum of each over the forms, in bands."""
    if len(forms) < MIN_FORMS:
        return []
    values = numpy.fromiter(map(zlib.crc32, map(str.encode, forms)), dtype=numpy.uint64, count=len(forms))
    signature = ((numpy.outer(_A, values) + _B[:, None]) % _PRIME).min(axis=1).tolist()
    return [key64(f"w{band}:{signature[band * ROWS:(band + 1) * ROWS]}") for band in range(BANDS)]


# Entities by how much they say, for choosing the ones that make pairs.
_KIND_ORDER = {"phone": 0, "card": 0, "handle": 1, "domain": 1, "amount": 2, "num": 3, "nw": 4}


def pairing_entities(entities: tuple[str, ...]) -> list[str]:
    """The ``PAIR_ENTITIES`` entities that say most, sorted."""
    return sorted(sorted(entities, key=lambda e: (_KIND_ORDER.get(e.partition(":")[0], 5), e))[:PAIR_ENTITIES])


def entity_key(entity: str) -> int:
    """The key of one entity: which stories carried it lately tells whether it is specific."""
    return key64(f"s:{entity}")


def pair_key(a: str, b: str) -> int:
    return key64(f"e:{a}|{b}")


@dataclass(frozen=True)
class StoryKeys:
    """What the radar needs of an item's words: its wording keys, the entities that may make pairs, their keys, and
    the key of each pair of them (in the order of ``itertools.combinations(entities, 2)``). Keys are arrays of
    64-bit integers ("q"): compact in memory and between processes."""

    wording: array
    entities: tuple[str, ...]
    entity_keys: array
    pair_keys: array

    def pairs(self) -> dict[int, tuple[str, str]]:
        """Every key a pair of the entities may have, with its pair."""
        return dict(zip(self.pair_keys, itertools.combinations(self.entities, 2), strict=True))


# The keys of an item whose words could not be read: it starts a story of its own.
NO_KEYS = StoryKeys(array("q"), (), array("q"), array("q"))


def story_keys(title: str, text: str, lang: str | None, secret: bytes | None, *,
               lead_forms: list[str] | None = None) -> StoryKeys:
    """The item's story keys (``features``, ``wording_keys``, the keys of its entities and of their pairs). Never
    raises: should reading the item fail (a bug met on one hostile text), it has ``NO_KEYS``, rather than stopping
    the import or fetch of the items around it."""
    try:
        return _story_keys(title, text, lang, secret, lead_forms=lead_forms)
    except Exception:  # noqa: BLE001 - what went wrong goes to the log; the item is stored and counted all the same
        log.warning("An item's story keys could not be worked out; it starts a story of its own", exc_info=True)
        return NO_KEYS


def _story_keys(title: str, text: str, lang: str | None, secret: bytes | None, *,
                lead_forms: list[str] | None) -> StoryKeys:
    found = features(title, text, lang, secret, lead_forms=lead_forms)
    chosen = tuple(pairing_entities(found.entities))
    return StoryKeys(array("q", wording_keys(found.forms)), chosen, array("q", map(entity_key, chosen)),
                     array("q", itertools.starmap(pair_key, itertools.combinations(chosen, 2))))


# --- handing over ------------------------------------------------------------------------------------------------

class HandedOver:
    """Story keys worked out elsewhere (with ``secret``) for items given as (title, text, language, content hash:
    ``ingest.normalize.content_hash``), in the order of ``keys``; found again by title, language and content hash,
    so that the radar need not read the text of an item whose keys were handed over. Two items alike in these
    three but not in the start of their text (letter case) leave their keys to be worked out again."""

    def __init__(self, items: Iterable[tuple[str, str, str | None, str]], keys: Sequence[StoryKeys | None],
                 secret: bytes | None) -> None:
        self.secret = secret
        self._table: dict[tuple[str, str, str], tuple[str, StoryKeys] | None] = {}
        for (title, text, lang, digest), found in zip(items, keys, strict=True):
            key = (title, lang or "", digest)
            if key not in self._table:
                self._table[key] = None if found is None else (text, found)
                continue
            known = self._table[key]
            if known is None or found is None or known[0][:TEXT_CHARS] != text[:TEXT_CHARS]:
                self._table[key] = None

    def find(self, title: str, lang: str | None, digest: str) -> StoryKeys | None:
        known = self._table.get((title, lang or "", digest))
        return None if known is None else known[1]


_local = threading.local()


@contextmanager
def handing_over(handed: HandedOver) -> Iterator[None]:
    """Within the block, on this thread, ``handed_over`` finds what ``handed`` holds."""
    previous = getattr(_local, "handed", None)
    _local.handed = handed
    try:
        yield
    finally:
        _local.handed = previous


def handed_over(title: str, lang: str | None, digest: str, secret: bytes | None) -> StoryKeys | None:
    """The keys handed over for an item with this title, language and content hash, if they were worked out with
    the same secret; else None."""
    handed: HandedOver | None = getattr(_local, "handed", None)
    if handed is None or handed.secret != secret:
        return None
    return handed.find(title, lang, digest)
