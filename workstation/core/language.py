"""Which language an item is written in: Kazakh, Russian, English, or something else.

Runs on every ingested item, so it looks at the first few thousand characters only and uses
counts, not a model. Cyrillic text is Kazakh when words with Kazakh letters (ә ғ қ ң ө ұ ү һ) or
Kazakh function words (және, туралы, үшін ...) outnumber Russian function words. Kazakh typed on a
Russian keyboard loses its letters but keeps its function words (жане, ушин, бул), so those count
too. Ukrainian and Belarusian share "і" with Kazakh but never use ә ғ қ ң ө ұ ү һ; their own letters
(ї є ґ ў) and function words make them "other", as do other Cyrillic languages with letters of their
own (Serbian ј љ њ, Tajik ҷ ӣ ӯ, Uzbek ў ҳ). Kyrgyz and Tatar share ә ң ө ү with Kazakh but lack
ғ қ ұ і, so a text with several such words and none of those is "other" too. Latin text is English
when English function words are frequent enough, else "other" (Kazakh in the Latin alphabet
included: it is rare in feeds).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from workstation.core.analysis.memo import Memo

SAMPLE_CHARS = 2000

# Letters of Kazakh that Russian lacks; "і" is left out because Ukrainian and Belarusian use it too.
_KK_LETTERS = frozenset("әғқңөұүһ")
# Kazakh letters that Kyrgyz, Tatar and Mongolian lack, though they share ә ң ө ү һ with Kazakh.
# (Bashkir, Uzbek and Tajik do have ғ or қ, but also letters of their own, listed next.)
_KK_CORE_LETTERS = frozenset("ғқұ")
# Cyrillic letters of other languages, absent from both Kazakh and Russian: Ukrainian, Belarusian,
# Serbian, Macedonian, Uzbek, Tajik, Tatar, Bashkir, Chuvash.
_FOREIGN_LETTERS = frozenset("їєґўјљњћџђѓќѕҷӣӯҳҗӊҡҙҫӑӗӳ")
# Ukrainian and Belarusian function words that are not Russian words.
_UK_BE_WORDS = frozenset(
    "і й що це цей ця ці цього від він вона воно вони та як але або її його був була були було буде які який "
    "яка яке між після щоб також лише вже ще ми ви з зі року році україни україна україні гэта што яго "
    "таксама".split()
)
# Kyrgyz spellings of Kazakh function words.
_KY_WORDS = frozenset("жана үчүн боюнча менен болуп тууралуу экен".split())
# Kazakh function words and very frequent words, with their Russian-keyboard spellings. None of
# them is a Russian word (the particles да, та, те are, so they are left out).
_KK_WORDS = frozenset(
    "және жане мен бен пен бойынша туралы үшін ушин бұл бул осы сол ол олар біз биз сіз сиз деп деген "
    "емес болып болды болады болса керек арқылы аркылы қазір казир тағы тагы бірақ бирак немесе әрі ари жоқ "
    "жок дейін дейин кейін кейин барлық барлык бірге бирге сияқты сиякты ретінде ретинде тиіс тиис мүмкін "
    "мумкин екен еді еди жатыр жатқан жаткан берді берди алды ал де ма ме ба бе жылы жылғы жылгы қаласы "
    "каласы облысы республикасы қазақстан казакстан қазақстанда казакстанда бүгін бугин сондай сонымен "
    "өзі ози кез келген біраз бираз көп аса ең жаңа тұрғындар тургындар азаматтар ақпарат акпарат "
    "ақпаратты акпаратты жалған жалган".split()
)
_RU_WORDS = frozenset(
    "и в во не на что с со по для это как от из к о об за у но а или же бы так все всё его ее её их он она "
    "они мы вы был была были было будет будут который которые которая которое которых также только уже еще "
    "ещё при до после если чтобы более может могут года году лет этого этом этой эти том того чем где когда "
    "кто нет да ли себя сообщает сообщил сообщили заявил отметил является".split()
)
_EN_WORDS = frozenset(
    "the and of to is for that with this are was from by at be has have were which their been it its or "
    "not as but they he she we you his her said about after more over who what how why than into also can "
    "all our your would there will an".split()
)
# An English text has about one function word in three; other Latin-script languages share few of these.
_EN_MIN_SHARE = 0.12

# A word's script is its first letter's: Cyrillic (incl. Kazakh letters), Latin (with its accented letters), other.
_SCRIPT_WORDS = re.compile(r"([\u0400-\u052f][^\W\d_]*)|([A-Za-z\u00c0-\u024f][^\W\d_]*)|([^\W\d_]+)")
# Addresses and handles are Latin letters inside any language; they must not make Kazakh look English.
_NOISE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+|[@#]\w+", re.I)
_NOISE_HINT = re.compile(r"://|www\.|@|#")


# Evidence a Cyrillic word gives, as a small code, so a text's words are counted by Counter(map(...)) in C:
NONE, KK, KK_CORE, RU, FOREIGN, FOREIGN_LETTER, I_WORD = range(7)


def _classify(word: str) -> int:
    """The evidence of one word (kept in ``_EVIDENCE``, as news repeats its words endlessly)."""
    letters = set(word)
    if letters & _FOREIGN_LETTERS:
        return FOREIGN_LETTER  # a letter neither Russian nor Kazakh has is stronger evidence than a short word
    if word in _UK_BE_WORDS or word in _KY_WORDS:
        return FOREIGN
    if letters & _KK_LETTERS or word in _KK_WORDS:
        return KK_CORE if letters & _KK_CORE_LETTERS or "і" in letters or word in _KK_WORDS else KK
    if word in _RU_WORDS:
        return RU
    return I_WORD if "і" in letters else NONE


# Read by map() in C: 30 instead of 52 µs for a text of 300 words with functools.lru_cache.
_EVIDENCE = Memo(_classify, 1 << 16)


def _cyrillic_language(words: list[str]) -> str:
    counts = Counter(map(_EVIDENCE.__getitem__, words))
    kk, kk_core, ru = counts[KK] + counts[KK_CORE], counts[KK_CORE], counts[RU]
    foreign, i_words = counts[FOREIGN] + 2 * counts[FOREIGN_LETTER], counts[I_WORD]
    if kk >= 3 and not kk_core and not i_words:
        foreign, kk = foreign + kk, 0  # only ә ң ө ү һ, sentence after sentence: Kyrgyz, Tatar, Bashkir
    if kk:
        kk += i_words  # "і" in a text that is otherwise Kazakh is Kazakh too
    else:
        foreign += i_words  # "і" without any Kazakh letter or word: Ukrainian or Belarusian
    if foreign > kk and foreign >= ru:
        return "other"
    if kk > ru:
        return "kk"
    # Russian is also the answer for short Cyrillic titles with no telltale word at all: the
    # region's most common Cyrillic language, and Kazakh rarely goes a sentence without its letters.
    return "ru"


def detect_language(text: str) -> str:
    """"kk", "ru", "en" or "other"; "" when the text has no letters."""
    if not text or not isinstance(text, str):
        return ""
    sample = unicodedata.normalize("NFC", text[:SAMPLE_CHARS]).casefold()
    if _NOISE_HINT.search(sample):  # the address pattern backtracks: run it only where there may be one
        sample = _NOISE.sub(" ", sample)
    # Words by the script of their first letter, found by one regular expression (the loop is in C).
    found = _SCRIPT_WORDS.findall(sample)
    cyrillic = [word for word, _, _ in found if word]
    latin = [word for _, word, _ in found if word]
    other = [word for _, _, word in found if word]
    if not (cyrillic or latin or other):
        return ""
    letters = {"cyrillic": sum(map(len, cyrillic)), "latin": sum(map(len, latin)), "other": sum(map(len, other))}
    script = max(letters, key=letters.__getitem__)
    if script == "cyrillic":
        return _cyrillic_language(cyrillic)
    if script == "latin":
        english = sum(1 for word in latin if word in _EN_WORDS)
        return "en" if english and english / len(latin) >= _EN_MIN_SHARE else "other"
    return "other"
