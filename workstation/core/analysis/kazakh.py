"""The normalised form of a Kazakh word: its endings stripped, by rule, from the end.

Kazakh builds a noun form as stem + plural + possessive + case (+ the attributive -ғы/-дағы), each ending with
several spellings chosen by the sound before it (after a vowel, a voiced consonant or a nasal, a voiceless
consonant) and by vowel harmony (back а ы ұ о, front ә е і ө ү):

    ойын-ы-на        game-its-to          қала-лар-ы-ның   city-PL-its-of     мектеб-і-нің (мектеп)
    сайт-тар-ы-нан   site-PL-its-from     бала-лар-ға      child-PL-to        ауыл-ымыз-дағы   in our village

``kazakh_stem`` strips endings right to left, one slot at a time (attributive, case, possessive, plural),
taking an ending only where its spelling fits the letter before it. So "қалада" (in the city) becomes "қала"
but "қалады" (stays: қал-а-ды) does not: -ды never follows a vowel. A stem keeps a vowel and at least
``MIN_STEM`` letters (two for the nouns of ``SHORT_STEMS``: ел, үй, су ...), and never becomes shorter than a
word of ``PROTECTED`` it starts with: frequent words whose own last letters look like an ending ("теңге" is
not тең-ге, "Өскемен" not Өске-мен). Derivational endings (-лық, -шы, -сыз ...), verb endings and negation
(-ма/-ме) stay: they make other words, and verbs are rare search terms. Vowel harmony is not judged: on the
labelled set it prevented no false match and cost loanwords ("фестивал-і") and verbal nouns their forms.

The form is compared as ``script.kazakh_key`` writes it, with three more changes. A final н is dropped, because
"-ны" after a vowel (қала-ны) and "-ы" after н (телефон-ы) cannot be told apart by their letters; then a final
ы/і after a consonant, because a word's own last vowel (оқушы, желі, Алматы) and the 3rd person ending
(сайт-ы) cannot either, and the ending is not written before a plural ("оқушы-лар"); a final б/г/ғ is
written п/к/қ ("мектебі" is мектеп-і).

Text typed on a Russian keyboard has no Kazakh letters: "ның" arrives as "нын", "ға" as "га". Such a word may be
read two ways, as written or through the keyboard's stand-ins (``keyboard=True``: endings folded). The index
stores the first for the words of an item; a search term without Kazakh letters asks for both (see
``forms.query_forms``).

Chosen over the ``kazstem`` analyser by recall and precision on a labelled set; see docs/SEARCH.md.
"""

from __future__ import annotations

import functools

from workstation.core.analysis.script import kazakh_key
from workstation.core.textfold import fold

MIN_STEM = 3
# Frequent two-letter nouns: the only stems shorter than MIN_STEM.
SHORT_STEMS = "ел үй су ай іс іш ат ән".split()
# Frequent words whose last letters look like an ending: no form of them is cut shorter than the word itself.
PROTECTED = (
    # -ын/-ін: ойын is not ой-ы-н
    "ойын тұрғын бұрын шығын жиын қиын келін "
    # -ы/-і of a compound or a word that ends so: зейнетақы is not зейнетақ-ы, қаржысы not қаржыс-ы
    "зейнетақы жәрдемақы жалақы отбасы қаржы қорытынды оқиға "
    # -ге, -да, -мен, -лар, -тан
    "теңге елорда қызылорда өскемен доллар "
    "қазақстан түркістан өзбекстан қырғызстан тәжікстан түрікменстан ауғанстан пәкістан"
).split()

KAZAKH_LETTERS = frozenset("әғқңөұүһі")
_VOWELS = frozenset("аәеёиоөұүыіэюя")
_NASAL = frozenset("мнң")
_VOICED = frozenset("жз")
_SONORANT = frozenset("лрйу")
# The other consonants, б в г д ғ included: loanwords end in them and take the voiceless spellings.

# What may stand before an ending: a vowel, a nasal, ж/з, л р й у, a voiceless consonant; the 3rd person -ы/-і
# after a consonant (before -н, -на, -нда, -нан); a vowel other than ы/і (before -сы/-сі: "ұтысы" is ұтыс-ы).
V, N, Z, S, T, L = "vowel", "nasal", "voiced", "sonorant", "voiceless", "л"
P3, V_OPEN = "-ы/-і", "vowel but ы/і"
_AFTER_VOICED = (V, N, Z, S)
_AFTER_CONSONANT = (N, Z, S, T)

ATTR, CASE, POSS, PLURAL = "attributive", "case", "possessive", "plural"
# Right to left: after an ending of one slot, the slots that may stand before it.
# ("дүкен-дегі-ден": a case may follow the attributive, which holds its own case.)
_BEFORE = {ATTR: (POSS, PLURAL), CASE: (ATTR, POSS, PLURAL), POSS: (PLURAL,), PLURAL: ()}
_ENDINGS = {
    ATTR: [
        ("дағы", _AFTER_VOICED), ("дегі", _AFTER_VOICED), ("тағы", (T,)), ("тегі", (T,)),
        ("ндағы", (P3,)), ("ндегі", (P3,)),
        ("ғы", (N, Z, S)), ("гі", (N, Z, S)), ("қы", (T,)), ("кі", (T,)),  # жыл-ғы, кеш-кі
    ],
    CASE: [
        # genitive
        ("ның", (V, N)), ("нің", (V, N)), ("дың", (Z, S)), ("дің", (Z, S)), ("тың", (T,)), ("тің", (T,)),
        # accusative
        # (-ны/-ні after a vowel is read as -н-ы, the 3rd person after н, which the key's dropped н makes the same)
        ("ды", (Z, S, N)), ("ді", (Z, S, N)), ("ты", (T,)), ("ті", (T,)), ("н", (P3,)),
        # dative
        ("ға", _AFTER_VOICED), ("ге", _AFTER_VOICED), ("қа", (T,)), ("ке", (T,)), ("на", (P3,)), ("не", (P3,)),
        # locative
        ("да", _AFTER_VOICED), ("де", _AFTER_VOICED), ("та", (T,)), ("те", (T,)), ("нда", (P3,)), ("нде", (P3,)),
        # ablative
        ("дан", (V, Z, S)), ("ден", (V, Z, S)), ("нан", (N, P3)), ("нен", (N, P3)), ("тан", (T,)), ("тен", (T,)),
        # instrumental
        ("мен", (V, S)), ("бен", (Z, N)), ("пен", (T,)),
    ],
    POSS: [
        ("ы", _AFTER_CONSONANT), ("і", _AFTER_CONSONANT), ("сы", (V_OPEN,)), ("сі", (V_OPEN,)),
        ("ымыз", _AFTER_CONSONANT), ("іміз", _AFTER_CONSONANT), ("мыз", (V,)), ("міз", (V,)),
        ("ыңыз", _AFTER_CONSONANT), ("іңіз", _AFTER_CONSONANT), ("ңыз", (V,)), ("ңіз", (V,)),
    ],
    PLURAL: [
        ("лар", (V, S)), ("лер", (V, S)), ("дар", (N, Z, L)), ("дер", (N, Z, L)), ("тар", (T,)), ("тер", (T,)),
    ],
}


class _Table:
    """Endings per slot, longest first, each with the letters it may follow; for keyboard text the endings are
    folded, у counts as a vowel (ұ and ү are typed as у) and и as the 3rd person -і."""

    def __init__(self, keyboard: bool) -> None:
        self.keyboard = keyboard
        self.poss3 = frozenset("ыи") if keyboard else frozenset("ыі")
        # slot -> last letter -> endings with that last letter, longest first
        self.slots: dict[str, dict[str, list[tuple[str, frozenset[str]]]]] = {}
        for slot, endings in _ENDINGS.items():
            by_letter: dict[str, list[tuple[str, frozenset[str]]]] = {}
            for ending, after in endings:
                spelled = fold(ending) if keyboard else ending
                by_letter.setdefault(spelled[-1], []).append((spelled, frozenset(after)))
            self.slots[slot] = {letter: sorted(rows, key=lambda row: -len(row[0]))
                                for letter, rows in by_letter.items()}

    def classes(self, stem: str) -> tuple[str, ...]:
        letter = stem[-1]
        if letter == "ь" and len(stem) > 1:  # фестиваль-ге: the letter before the soft sign decides
            stem = stem[:-1]
            letter = stem[-1]
        before = stem[-2] if len(stem) > 1 else ""
        if self.keyboard and letter == "у":
            return (V, V_OPEN, S)
        if letter in _VOWELS:
            if letter in self.poss3:
                return (V, P3) if before and before not in _VOWELS else (V,)
            return (V, V_OPEN)
        if letter in _NASAL:
            return (N,)
        if letter in _VOICED:
            return (Z,)
        if letter in _SONORANT:
            return (S, L) if letter == "л" else (S,)
        return (T,)


_PROPER, _KEYBOARD = _Table(keyboard=False), _Table(keyboard=True)


_PROTECTED_KEYS = frozenset(kazakh_key(word) for word in PROTECTED)
_SHORT_KEYS = frozenset(kazakh_key(word) for word in SHORT_STEMS)
_PROTECTED_BY_START = {start: [key for key in _PROTECTED_KEYS if key.startswith(start)]
                       for start in {key[:MIN_STEM] for key in _PROTECTED_KEYS}}


def _floor(word: str) -> tuple[int, bool]:
    """The length below which ``word`` may not be cut, and whether it is protected: its longest protected
    beginning (compared as keys, so that keyboard and Latin spellings are protected too), else ``MIN_STEM``."""
    key = kazakh_key(word)
    longest = max((len(protected) for protected in _PROTECTED_BY_START.get(key[:MIN_STEM], ())
                   if key.startswith(protected)), default=0)
    return (longest, True) if longest else (MIN_STEM, False)


def _fits(stem: str, after: frozenset[str], floor: int, protected: bool, table: _Table) -> bool:
    if protected and len(stem) == floor:
        return True  # "зейнетақы-сы", "қаржы-сы": a known word takes its ending whatever its last letter
    if len(stem) < floor and not (not protected and len(stem) == 2 and kazakh_key(stem) in _SHORT_KEYS):
        return False
    if not any(letter in _VOWELS or letter == "у" for letter in stem):
        return False
    return not after.isdisjoint(table.classes(stem))


def _strip(word: str, table: _Table) -> str:
    stem, (floor, protected) = word, _floor(word)
    slots: tuple[str, ...] = (ATTR, CASE, POSS, PLURAL)
    while slots:
        for slot in slots:
            cut = next((ending for ending, after in table.slots[slot].get(stem[-1], ())
                        if stem.endswith(ending) and _fits(stem[: -len(ending)], after, floor, protected, table)),
                       None)
            if cut is not None:
                stem = stem[: -len(cut)]
                slots = _BEFORE[slot]
                break
        else:
            break
    return stem


_DEVOICED = {"б": "п", "г": "к"}  # ғ is folded to г first
_FOLDED_VOWELS = frozenset(fold("".join(_VOWELS)))


def _key(stem: str) -> str:
    """The stem as compared: ``kazakh_key``, without a final н, then without a final ы/і after a consonant, and
    with a final б/г/ғ written п/к/қ (see the module text)."""
    key = kazakh_key(stem)
    if len(key) > MIN_STEM and key[-1] == "н":
        key = key[:-1]
    if len(key) > MIN_STEM and key[-1] in "ыи" and key[-2] not in _FOLDED_VOWELS:
        key = key[:-1]
    if key and key[-1] in _DEVOICED:
        key = key[:-1] + _DEVOICED[key[-1]]
    return key


@functools.lru_cache(maxsize=1 << 17)
def kazakh_stem(word: str, *, keyboard: bool = False) -> str:
    """The normalised form of a lower-case Cyrillic Kazakh word, folded and keyed (see the module text):
    "ойынына" and "ойыны" -> "оиы", "қаласының" -> "кала", "мектебінің" -> "мектеп".

    ``keyboard``: read the word as typed on a Russian keyboard (its endings without Kazakh letters).
    """
    if not word:
        return ""
    return _key(_strip(fold(word), _KEYBOARD) if keyboard else _strip(word, _PROPER)) or fold(word)
