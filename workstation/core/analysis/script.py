"""Kazakh in the Latin alphabet and in Cyrillic, so that each finds the other.

Part of the audience writes Kazakh in Latin letters: the official alphabet of 2021 ("Qazaqstan", "şaruaşylyq",
"Türkıstan"), its predecessors of 2017 with apostrophes ("s'aruas'ylyq", "a'kimdik") and of 2018 with acute
accents ("sharýashylyq", "ákimdik"), and everyday spellings borrowed from English and Russian transliteration
("Shymkent", "zhalgan", "Kostanay"). ``to_cyrillic`` reads all of these; ``to_latin`` writes the 2021 alphabet.

Latin spellings are ambiguous one letter at a time ("u" is у, ұ or ү; "i" is і, и or й; "k" is к or қ), but
search compares words after ``textfold.fold``, which maps ұ ү → у, і → и, қ → к and the rest of the Kazakh
letters to the Russian ones typed in their place. ``kazakh_key`` goes a few steps further (й → и, я → иа,
ю → иу, э → е, no soft or hard sign): after it, a Latin spelling and the Cyrillic word it stands for are the
same string, whichever of the alphabets above the writer used.
"""

from __future__ import annotations

import re
import unicodedata

from workstation.core.textfold import fold

_CYRILLIC_TO_LATIN = {
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e", "ё": "io", "ж": "j",
    "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ñ", "о": "o",
    "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū", "ү": "ü", "ф": "f", "х": "h",
    "һ": "h", "ц": "ts", "ч": "ç", "ш": "ş", "щ": "şş", "ъ": "", "ы": "y", "і": "ı", "ь": "", "э": "e",
    "ю": "iu", "я": "ia",
}

# Latin letters and digraphs, longest first. The apostrophe letters are the 2017 alphabet, the accented ones
# 2018; "sh", "ch", "zh", "gh", "kh" and "j"/"w"/"x" are everyday spellings. "ng" needs no rule: ң folds to н
# and ғ to г, so "Shyngys" and "Шыңғыс" already meet. "ts" is left alone: "aitsa" is айтса, not айца.
_APOSTROPHES = "'’ʼ`´"
_LATIN_UNITS = {
    "sh": "ш", "ch": "ч", "zh": "ж", "gh": "ғ", "kh": "х",
    "a'": "ә", "o'": "ө", "u'": "ү", "g'": "ғ", "n'": "ң", "i'": "й", "s'": "ш", "c'": "ч", "y'": "у",
    "a": "а", "ä": "ә", "á": "ә", "b": "б", "c": "с", "ç": "ч", "d": "д", "e": "е", "é": "е", "f": "ф",
    "g": "г", "ğ": "ғ", "ǵ": "ғ", "h": "х", "i": "и", "ı": "і", "j": "ж", "k": "к", "l": "л", "m": "м",
    "n": "н", "ñ": "ң", "ń": "ң", "o": "о", "ö": "ө", "ó": "ө", "p": "п", "q": "қ", "r": "р", "s": "с",
    "ş": "ш", "t": "т", "u": "у", "ū": "ұ", "ü": "ү", "ú": "ү", "v": "в", "w": "у", "x": "х", "ý": "у",
    "z": "з",
}
_LATIN_VOWELS = frozenset("aäáeéioöóuūüúıý")
# After these "y" is й, not ы: "Kostanay", "aiyl" is rare, "ay"/"ey"/"oy" are the informal ай/ей/ой. After "u"
# it stays ы: "auyl" is ауыл.
_Y_AS_I_AFTER = frozenset("aäáeéoöó")

# A Latin word is Kazakh (not English) when it has a letter English lacks, a "q" that is not the English "qu", or
# a 2017 apostrophe letter (but "don't" is English).
_KAZAKH_LATIN_MARK = re.compile(
    r"[äğñöūüşıçáǵńóúý]|q(?!u)|(?!n't$)[aogunicsy][" + _APOSTROPHES + r"](?=[^\W\d_]|$)"
)
_LATIN_LETTERS = re.compile(r"^[a-zäğñöūüşıçáǵńóúýé" + _APOSTROPHES + r"]+$")

# Cyrillic letters and letter pairs the Latin alphabets write in two ways, made one (see the module text).
_KEY_PAIRS = (("й", "и"), ("я", "иа"), ("ю", "иу"), ("э", "е"), ("ь", ""), ("ъ", ""))


def to_latin(text: str) -> str:
    """Kazakh Cyrillic in the 2021 Latin alphabet, case kept: "Қазақстан" -> "Qazaqstan"."""
    out = []
    for char in text:
        lower = char.lower()
        latin = _CYRILLIC_TO_LATIN.get(lower)
        if latin is None:
            out.append(char)
        elif char != lower and latin:
            out.append(latin[0].upper() + latin[1:])
        else:
            out.append(latin)
    return "".join(out)


def _lower(word: str) -> str:
    # "İ".lower() is "i" plus a combining dot; NFC first so that "u" + macron is one letter.
    return unicodedata.normalize("NFC", word).lower().replace("\u0307", "")


def is_kazakh_latin(word: str) -> bool:
    """Whether a Latin word is marked as Kazakh by its letters: "Qazaqstan", "şaruaşylyq", "a'kimdik" yes;
    "Almaty" or "bank" no (they may be Kazakh, but nothing in them says so)."""
    return bool(_KAZAKH_LATIN_MARK.search(_lower(word)))


def to_cyrillic(word: str) -> str:
    """A Kazakh word in any Latin spelling, in Cyrillic (lower case): "Qazaqstan" -> "қазақстан",
    "s'aruas'ylyq" -> "шаруашылық", "Shymkent" -> "шымкент".

    Where the Latin letter leaves a choice the plain Cyrillic letter is written ("Kazakstan" -> "казакстан"),
    which ``kazakh_key`` treats as the same word. Characters that are not Latin letters are kept.
    """
    text = _lower(word)
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        pair = text[i:i + 2]
        if len(pair) == 2 and pair[1] in _APOSTROPHES:
            pair = pair[0] + "'"
        unit = _LATIN_UNITS.get(pair) if len(pair) == 2 else None
        if unit is not None and not (pair[1] == "'" and i + 2 < n and text[i + 2] in _APOSTROPHES):
            out.append(unit)
            i += 2
            continue
        char = text[i]
        if char == "y":
            previous = text[i - 1] if i else ""
            following = text[i + 1] if i + 1 < n else ""
            at_start_before_vowel = not previous and following in _LATIN_VOWELS
            out.append("й" if previous in _Y_AS_I_AFTER or at_start_before_vowel else "ы")
        elif char in _APOSTROPHES:
            pass  # a stray apostrophe ("Qazaqstan'nyñ"): no letter of its own
        else:
            out.append(_LATIN_UNITS.get(char, char))
        i += 1
    return "".join(out)


def kazakh_key(word: str) -> str:
    """The form in which Kazakh words are compared: folded (``textfold.fold``) and with the letters the Latin
    alphabets write alike made one. "Қостанай", "Qostanai" and "Kostanay" all give "костанаи"."""
    key = fold(word)
    for letter, same in _KEY_PAIRS:
        if letter in key:
            key = key.replace(letter, same)
    return key


def is_latin_word(word: str) -> bool:
    """Whether a (lower-case) word is written in Latin letters only, apostrophes allowed."""
    return bool(_LATIN_LETTERS.match(word))
