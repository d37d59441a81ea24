"""The entities that tie one claim's items together across languages: amounts, phone numbers, card numbers,
domains and handles, names.

The same fake in Kazakh and in Russian rarely shares words ("ұтыс" / "розыгрыш"), but it shares its amount
("42 500 теңге" / "42500 тенге"), its phone number, its phishing domain and its names ("Жұлдыз Маркет" /
"Жулдыз Маркет" / "Zhuldyz Market"). ``entities`` returns them as keys that are equal when the entity is:

    amount:42500:KZT    phone:77011234567    card:1234:5f2c9e01a7b3    domain:kaspi.kz    handle:komek_tolem_bot
    name:жулдыз маркет

Card numbers are never kept whole: the key holds the last four digits and a keyed hash (BLAKE2b) of the
number, enough to see that two posts give the same card. Pass the workspace's own ``card_key``: with the
default key the hash of a 16-digit number can be reversed by trying the numbers that fit the last four digits.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from workstation.core import urls
from workstation.core.analysis import script
from workstation.core.analysis.forms import word_form
from workstation.core.analysis.kazakh import KAZAKH_LETTERS, kazakh_stem
from workstation.core.analysis.memo import MemosByLanguage

AMOUNT, PHONE, CARD, DOMAIN, HANDLE, NAME = "amount", "phone", "card", "domain", "handle", "name"
_DEFAULT_CARD_KEY = b"workstation card numbers"


@dataclass(frozen=True)
class Entity:
    kind: str  # one of AMOUNT, PHONE, CARD, DOMAIN, HANDLE, NAME
    value: str  # normalised: "42500:KZT", "77011234567", "1234:5f2c9e01a7b3", "kaspi.kz", "жулдыз маркет"
    start: int  # where it stands in the text
    end: int

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.value}"


# ---------------------------------------------------------------------------------------------------- amounts

_SPACE = "[ \u00a0\u202f\u2009]"  # space, no-break space, narrow no-break space, thin space
_NUMBER = (r"(?<![\d.,])(?P<int>\d{1,3}(?:(?:" + _SPACE + r"|[.,’'])\d{3})+(?!\d)|\d+)"
           r"(?:[.,](?P<frac>\d{1,2})(?!\d))?")
_MULTIPLIERS = {
    "мың": 1000, "тыс": 1000, "тысяч": 1000, "тысячи": 1000, "тысяча": 1000, "thousand": 1000, "k": 1000,
    "млн": 10**6, "миллион": 10**6, "миллиона": 10**6, "миллионов": 10**6, "million": 10**6, "mln": 10**6,
    "m": 10**6, "млрд": 10**9, "миллиард": 10**9, "миллиарда": 10**9, "миллиардов": 10**9, "billion": 10**9,
    "bn": 10**9, "трлн": 10**12, "триллион": 10**12, "trillion": 10**12,
}
_MULTIPLIER = r"(?P<mult>мың|тыс(?:яч[аи]?)?|thousand|млн|миллион(?:а|ов)?|million|mln|млрд|миллиард(?:а|ов)?|" \
              r"billion|bn|трлн|триллион|trillion|k|m)\.?"
# Currencies after the number; Kazakh declines them ("теңгеге", "теңгеден"), so a word may go on.
_CURRENCY_AFTER = {
    "KZT": r"₸|тг\.?|тенге\w*|теңге\w*|tenge|kzt",
    "USD": r"\$|долл\.|доллар\w*|dollars?|usd",
    "RUB": r"₽|руб\.|рубл\w*|rubles?|roubles?|rub",
    "EUR": r"€|евро\w*|euros?|eur",
}
_CURRENCY_BEFORE = {"KZT": r"₸|kzt", "USD": r"\$|usd", "RUB": r"₽|rub", "EUR": r"€|eur"}


def _currency_group(table: dict[str, str]) -> str:
    return "|".join(f"(?P<{code}>{pattern})" for code, pattern in table.items())


_GAP = f"(?:{_SPACE}|-)*"  # "42 500 ₸", "85,000-tenge"
_AMOUNT_AFTER = re.compile(_NUMBER + f"{_GAP}(?:{_MULTIPLIER}{_GAP})?(?:{_currency_group(_CURRENCY_AFTER)})"
                           r"(?![^\W\d_])", re.IGNORECASE)
_AMOUNT_BEFORE = re.compile(f"(?<![^\\W\\d_])(?:{_currency_group(_CURRENCY_BEFORE)}){_SPACE}*" + _NUMBER
                            + f"(?:{_SPACE}*{_MULTIPLIER}(?![^\\W\\d_]))?", re.IGNORECASE)


def _amount_value(match: re.Match) -> str | None:
    digits = re.sub(r"\D", "", match.group("int"))
    try:
        value = Decimal(digits + ("." + match.group("frac") if match.group("frac") else ""))
    except InvalidOperation:
        return None
    multiplier = match.group("mult")
    if multiplier:
        value *= _MULTIPLIERS[multiplier.lower()]
    if value <= 0:
        return None
    currency = next(code for code in _CURRENCY_AFTER if match.group(code))
    return f"{value.normalize():f}:{currency}"


# --------------------------------------------------------------------------------------- phones and cards

_SEP = r"[ \u00a0\-]?"
_CARD = re.compile(r"(?<![\d+])(\d{4})([ \u00a0\-]?)(\d{4})\2(\d{4})\2(\d{4})(?![\d])")
_MASKED_CARD = re.compile(r"(?<!\d)\d{4}[ \u00a0\-]?(?:[*xх•]{4}[ \u00a0\-]?){2}(\d{4})(?!\d)", re.IGNORECASE)
# +7 701 123 45 67, 8 (701) 123-45-67, +77011234567, 87011234567; the 7 or 8 of Kazakhstan and Russia
_PHONE_KZ = re.compile(r"(?<![\d+])(?:\+\s?7|8|7)" + _SEP + r"\(?(\d{3})\)?" + _SEP + r"(\d{3})" + _SEP
                       + r"(\d{2})" + _SEP + r"(\d{2})(?!\d)")
# Other countries: a "+" and 9 to 14 more digits in groups
_PHONE_INTL = re.compile(r"(?<![\d\w])\+(\d[\d \u00a0\-()]{7,18}\d)(?!\d)")


def _luhn(digits: str) -> bool:
    total = 0
    for i, char in enumerate(reversed(digits)):
        d = int(char)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def card_hash(number: str, key: bytes | None = None) -> str:
    """A short keyed hash of a card number's digits (12 hex digits)."""
    digits = re.sub(r"\D", "", number)
    return hashlib.blake2b(digits.encode(), key=key or _DEFAULT_CARD_KEY, digest_size=6).hexdigest()


# ------------------------------------------------------------------------------------- domains and handles

# Top-level domains a bare "word.tld" must end in to count as an address (with a scheme or "www." any will do):
# the region's, the common generic ones, and .example, which the demo workspace uses.
_BARE_TLDS = frozenset(
    "kz ru by ua uz kg tj tm az am ge md su рф қаз com net org info biz io me co cc tv ws app dev xyz top site "
    "online shop store club live pro tech space website link click fun icu vip buzz win bid loan mobi asia eu "
    "uk us de fr it es pl tr cn in ae il ee lv lt fi se no nl ch at cz sk hu ro bg gr pt ca au jp kr example"
    .split()
)
_URL = re.compile(r"\b(?:https?|hxxps?|ftp|fxp)(?:\[?:\]?//|://)[^\s<>\"'«»]+|\bwww\.[^\s<>\"'«»]+", re.IGNORECASE)
# A dot, or the way defanged addresses write it: [.] (.) {.} [dot] (dot)
_DOT = r"(?:\.|\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\))"
_BARE_DOMAIN = re.compile(
    r"(?<![\w@.\-/])((?:[a-zа-яё0-9](?:[a-zа-яё0-9\-]{0,61}[a-zа-яё0-9])?" + _DOT + r")+([a-zа-яёқ]{2,24}))"
    r"(?P<path>/[^\s<>\"'«»]*)?(?![\w\-])", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+\-]+@((?:[\w\-]+\.)+[a-zа-яё]{2,24})\b", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w@.])@([a-z][a-z0-9_]{3,31})\b", re.IGNORECASE)
# Platforms where an address names someone's channel or page: the handle says more than the domain.
_PLATFORMS = frozenset({
    "t.me", "telegram.me", "telegram.dog", "instagram.com", "facebook.com", "fb.com", "vk.com", "ok.ru",
    "youtube.com", "tiktok.com", "x.com", "twitter.com", "threads.net", "wa.me",
})
_PLATFORM_PATHS_NOT_HANDLES = frozenset({"s", "c", "joinchat", "share", "watch", "channel", "user", "p", "reel",
                                         "groups", "pages", "profile.php", "video", "shorts", "status", "i"})
_TRAILING = ".,;:!?)]}»\"'…"

# What every match of the patterns above contains, for skipping the patterns on texts without it (``find_entities``).
_DIGIT = re.compile(r"\d")
_THREE_DIGITS = re.compile(r"\d{3}")
_FOUR_DIGITS = re.compile(r"\d{4}")
# Every currency of both amount patterns, case-folded (a match's currency, case-folded, contains one of them).
_CURRENCY_MARKS = ("₸", "тг", "тенге", "теңге", "tenge", "kzt", "$", "долл", "dollar", "usd", "₽", "руб", "rub",
                   "roub", "€", "евро", "eur")
# A label's last letter, a dot as written or defanged, and the next label's or the top-level domain's first letter.
_DOMAIN_DOT = re.compile(r"[a-zа-яё0-9]" + _DOT + r"[a-zа-яёқ0-9]", re.IGNORECASE)


def _address_entities(text: str, start: int, address: str) -> list[Entity]:
    address = address.rstrip(_TRAILING)
    domain = urls.registrable_domain(address)
    if not domain:
        return []
    found = [Entity(DOMAIN, domain, start, start + len(address))]
    if domain in _PLATFORMS:
        path = re.split(r"[?#]", address.split(domain, 1)[-1], maxsplit=1)[0]
        parts = [part for part in path.split("/") if part]
        if parts and parts[0].lower() in _PLATFORM_PATHS_NOT_HANDLES:
            parts = parts[1:]
        if parts and re.fullmatch(r"@?[a-z][a-z0-9_.]{3,31}", parts[0], re.IGNORECASE):
            found.append(Entity(HANDLE, parts[0].lstrip("@").lower(), start, start + len(address)))
    return found


# --------------------------------------------------------------------------------------------------- names

_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_NAME_WORD_SPLIT = re.compile(f"({_NAME_WORD.pattern})")  # keeps the words between the gaps
_SENTENCE_END = re.compile(r"[.!?…\n\r]")
_NOT_NAMES = frozenset(
    "i monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december mr mrs ms dr".split()
)
_FINAL_VOWELS = "аеиоуыэюяй"


def _name_word_key(word: str, lang: str) -> str:
    lower = word.lower()
    if script.is_latin_word(lower):
        form = kazakh_stem(script.to_cyrillic(lower), keyboard=True)
    elif not KAZAKH_LETTERS.isdisjoint(lower) or lang == "kk":
        form = kazakh_stem(lower)
    else:
        form = word_form(lower, "ru")
    # Names are declined in Kazakh and in Russian and spelled after either; their stems differ in a final vowel
    # at most ("Астана"/"Астане", "Қарағанды"/"Караганда"): drop it.
    stripped = form.rstrip(_FINAL_VOWELS)
    return stripped if len(stripped) >= 3 else form


def _is_capitalised(word: str) -> bool:
    """Capitalised, not all capitals ("СРОЧНО", "SMS") and not an acronym compound ("SIM-карта", "SMS-код")."""
    return len(word) > 1 and word[0].isupper() and not word.isupper() and not word.split("-", 1)[0].isupper()


def _word_keys(word: str, lang: str) -> tuple[str | None, str | None]:
    """A word's key as a possible name's word (capitalised, see ``_is_capitalised``) and as a common word (written in
    lower case); None where it is not one."""
    if word[0].islower():
        return None, _name_word_key(word, lang)
    if _is_capitalised(word) and word.lower() not in _NOT_NAMES:
        return _name_word_key(word, lang), None
    return None, None


# ``_word_keys`` by language, each a cache of up to 2¹⁷ words (``memo``): news repeats its words.
_WORD_KEYS_BY_LANGUAGE = MemosByLanguage(_word_keys, 1 << 17)


def _names(text: str, lang: str) -> list[Entity]:
    """Runs of capitalised words (see ``_is_capitalised``) that are names: a run needs a word that never stands
    in lower case in the text ("Фейк" is not a name where "фейк" is written too), and a capitalised first word
    of a sentence counts only when the same word stands capitalised inside a sentence somewhere in the text."""
    # One split in C gives every word and the gap before it (parts: gap, word, gap, word, ..., gap), and their
    # running lengths give the positions; Python then looks at each distinct word once, and at each capitalised
    # word's gap: most words are in lower case and only feed ``common`` (a loop over every word cost ~2 µs a word).
    parts = _NAME_WORD_SPLIT.split(text)
    words = parts[1::2]
    distinct = set(words)
    keys_of = dict(zip(distinct, map(_WORD_KEYS_BY_LANGUAGE[lang].__getitem__, distinct), strict=True))
    common = {common_key for _, common_key in keys_of.values() if common_key is not None}
    capitalised = {word for word, (name_key, _) in keys_of.items() if name_key is not None}
    if not capitalised:
        return []
    ends = list(itertools.accumulate(map(len, parts)))
    # Per capitalised word: (index, key, start, end, first word of a sentence, something stands before it).
    tokens = []
    for index, word in enumerate(words):
        if word in capitalised:
            gap = parts[2 * index]
            if gap == " " and index:  # most words: nothing but a space before them
                sentence_start = spaced = False
            else:
                sentence_start = not index or _SENTENCE_END.search(gap) is not None
                spaced = bool(gap.strip(" \u00a0-"))
            tokens.append((index, keys_of[word][0], ends[2 * index], ends[2 * index + 1], sentence_start, spaced))
    inside = {token[1] for token in tokens if not token[4]}
    found: list[Entity] = []

    def close(keys: list[str], start: int, end: int) -> None:
        if keys and not common.issuperset(keys):
            found.append(Entity(NAME, " ".join(keys), start, end))

    run: list[str] = []  # the keys of the run of words being read, from run_start to run_end
    run_start = run_end = previous = -2
    for index, key, start, end, sentence_start, spaced in tokens:
        # A run is broken by a word that is not capitalised (a gap in the indexes), by what stands between two
        # words, by a sentence's start, and by a sentence's first word that is no name.
        if run and (index != previous + 1 or spaced or sentence_start):
            close(run, run_start, run_end)
            run = []
        previous = index
        if not sentence_start or key in inside:
            if not run:
                run_start = start
            run.append(key)
            run_end = end
        elif run:
            close(run, run_start, run_end)
            run = []
    close(run, run_start, run_end)
    return found


# --------------------------------------------------------------------------------------------------- all

def find_entities(text: str, lang: str | None = None, *, card_key: bytes | None = None) -> list[Entity]:
    """Every entity in ``text``, in order of position. ``lang`` is the item's language (for names)."""
    if not text:
        return []
    found: list[Entity] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    def add(entity: Entity) -> None:
        found.append(entity)
        taken.append((entity.start, entity.end))

    # Each pattern runs only where the text holds what every one of its matches contains (a digit, a currency,
    # "@", "//"): most news texts have no card, phone or address, and the patterns cost more than these tests.
    folded = text.casefold()
    # A lead without a digit is scanned for one once, not three times.
    digit = _DIGIT.search(text) is not None
    if digit and _FOUR_DIGITS.search(text):
        for match in _CARD.finditer(text):
            digits = "".join(match.group(1, 3, 4, 5))
            if match.group(2) or _luhn(digits):  # sixteen digits in a row are a card only when the checksum says so
                add(Entity(CARD, f"{digits[-4:]}:{card_hash(digits, card_key)}", match.start(), match.end()))
        for match in _MASKED_CARD.finditer(text):
            if free(match.start(), match.end()):
                add(Entity(CARD, match.group(1), match.start(), match.end()))
    if digit and _THREE_DIGITS.search(text):
        for match in _PHONE_KZ.finditer(text):
            if free(match.start(), match.end()):
                add(Entity(PHONE, "7" + "".join(match.groups()), match.start(), match.end()))
    if digit and "+" in text:
        for match in _PHONE_INTL.finditer(text):
            digits = re.sub(r"\D", "", match.group(1))
            if 9 <= len(digits) <= 15 and free(match.start(), match.end()):
                add(Entity(PHONE, digits, match.start(), match.end()))
    if digit and any(mark in folded for mark in _CURRENCY_MARKS):
        for pattern in (_AMOUNT_BEFORE, _AMOUNT_AFTER):
            for match in pattern.finditer(text):
                value = _amount_value(match)
                if value and free(match.start(), match.end()):
                    add(Entity(AMOUNT, value, match.start(), match.end()))
    if "//" in text or "www." in folded:
        for match in _URL.finditer(text):
            if free(match.start(), match.end()):
                for entity in _address_entities(text, match.start(), urls.refang(match.group())):
                    add(entity)
    if "@" in text:
        for match in _EMAIL.finditer(text):
            if free(match.start(), match.end()):
                domain = urls.registrable_domain(match.group(1))
                if domain:
                    add(Entity(DOMAIN, domain, match.start(), match.end()))
    if _DOMAIN_DOT.search(text):
        for match in _BARE_DOMAIN.finditer(text):
            if match.group(2).lower() in _BARE_TLDS and free(match.start(), match.end()):
                for entity in _address_entities(text, match.start(), urls.refang(match.group())):
                    add(entity)
    if "@" in text:
        for match in _HANDLE.finditer(text):
            if free(match.start(), match.end()):
                add(Entity(HANDLE, match.group(1).lower(), match.start(), match.end()))
    # Names never overlap one another: each is checked against the other entities only (a lead has a dozen names).
    others = list(taken)
    for entity in _names(text, lang or ""):
        if not others or all(entity.end <= a or entity.start >= b for a, b in others):
            found.append(entity)
    found.sort(key=lambda entity: (entity.start, entity.kind))
    return found


def entities(text: str, lang: str | None = None, *, card_key: bytes | None = None) -> list[str]:
    """The entity keys of ``text`` ("amount:42500:KZT", "domain:kaspi.kz" ...), each once, in order of position."""
    return list(dict.fromkeys(entity.key for entity in find_entities(text, lang, card_key=card_key)))
