"""Texts of charts and the PDF in Kazakh, Russian or English (from resources/translations/report_strings.json).

The reports run headless from the command line, where Qt's translators are not loaded, so their texts
live in a catalog of their own; tests check that every key has all three languages.

A sentence with a count in it agrees with the count. A text whose words change with a number is, in the catalog,
an object of plural forms instead of a string, picked by ``plural`` (the CLDR categories: Russian "one" 1, 21,
101…, "few" 2–4, 22–24…, "many" 0, 5–20, 11–14…; Kazakh and English "one" 1, "other" the rest), and
``counted`` writes such a phrase with its number ("опровергнут 21 фейк", "5 нарушений"). Kazakh nouns after a
numeral stay singular ("21 фейк"), so its phrases need no forms; a numeral that stands for its noun takes the case
suffix through a format spec, harmonised with the numeral as it is read aloud (``Count``): "{done:poss}" writes
"1-і", "2-сі", "6-сы", "10-ы", "21-і".
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from workstation.core.figures.model import Figures, Letterhead
from workstation.core.paths import resources_dir

LANGS = ("kk", "ru", "en")


# A catalog text in one language: a string, or its plural forms by CLDR category ({"one": …, "few": …, "many": …}).
Text = str | dict[str, str]


@lru_cache(maxsize=1)
def catalog() -> dict[str, dict[str, Text]]:
    data = json.loads((resources_dir() / "translations" / "report_strings.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def plural(lang: str, n: int) -> str:
    """The CLDR plural category of the whole number ``n`` in ``lang``: for Russian "one" (1, 21, 101, not 11),
    "few" (2–4, 22–24, not 12–14) or "many" (0, 5–20, 25–30…); for Kazakh and English "one" (1) or "other"."""
    n = abs(n)
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return "one"
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return "few"
        return "many"
    return "one" if n == 1 else "other"


def t(key: str, lang: str, *, quantity: int | None = None, **params: Any) -> str:
    """The text ``key`` in ``lang`` (else in English, else the key), filled with ``params``. A text with plural
    forms takes the form of ``quantity`` (which must be given)."""
    entry = catalog().get(key, {})
    template = entry.get(lang) or entry.get("en") or key
    if isinstance(template, dict):
        if quantity is None:
            raise TypeError(f"report text {key!r} has plural forms: give its quantity")
        forms = template
        template = forms.get(plural(lang, quantity)) or forms.get("other") or forms["many"]
    return template.format(**params) if params else template


def counted(key: str, lang: str, n: int, **params: Any) -> str:
    """The phrase ``key`` for the count ``n``, its number written in place of "{n}" ("опровергнуто 5 фейков")."""
    return t(key, lang, quantity=n, n=Count(n, lang), **params)


# Number conventions: Kazakh and Russian write a decimal comma and group thousands with a narrow no-break space
# ("3 741", "33,3 %"), English a decimal point and a comma ("3,741", "33.3%").
NARROW_NBSP = "\u202f"  # thousands separator and the space before "%" in kk and ru: never a line break there
NBSP = "\u00a0"  # between a number and its unit in durations ("15 h")
_SEPARATORS = {"kk": (",", NARROW_NBSP), "ru": (",", NARROW_NBSP)}


def number(value: float | int | None, lang: str = "en", *, decimals: int = 1) -> str:
    """A figure as the reports write it in ``lang``: whole numbers grouped by thousands, fractions with at most
    ``decimals`` digits (a trailing zero dropped: 5.0 → "5"); "—" for no value. The one number formatter of the
    PDF, the docx letter and the dashboard."""
    if value is None:
        return "—"
    if isinstance(value, float) and not value.is_integer():
        text = f"{value:,.{decimals}f}".rstrip("0").rstrip(".")
    else:
        text = f"{int(value):,}"
    return _localised(text, lang)


def _localised(text: str, lang: str) -> str:
    """Python's "3,741.5" in ``lang``'s separators."""
    decimal, group = _SEPARATORS.get(lang, (".", ","))
    return text.replace(",", "\0").replace(".", decimal).replace("\0", group)


def percent(share: float | None, lang: str = "en") -> str:
    """A share (0..1) as a percentage with one decimal: "33,3 %" in kk and ru, "33.3%" in English."""
    if share is None:
        return "—"
    digits = _localised(f"{share * 100:,.1f}", lang)
    return f"{digits}{NARROW_NBSP}%" if lang in _SEPARATORS else f"{digits}%"


# The last word of a Kazakh numeral as read aloud decides its suffix: 21 is "жиырма бір", 40 "қырық", 300 "үш жүз".
_KK_UNITS = ("", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз")
_KK_TENS = ("", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан")
_KK_BACK_VOWELS, _KK_FRONT_VOWELS = "аоұыя", "әеөүіэиюё"


def _kk_last_word(n: int) -> str:
    n = abs(n)
    if n == 0:
        return "нөл"
    if n % 10:
        return _KK_UNITS[n % 10]
    if n % 100:
        return _KK_TENS[n % 100 // 10]
    if n % 1000:
        return "жүз"
    if n % 10**6:
        return "мың"
    return "миллион" if n % 10**9 else "миллиард"


def kk_suffix(n: int, case: str) -> str:
    """The Kazakh suffix a numeral written in digits takes after its hyphen, by vowel harmony and the last sound
    of the numeral read aloud. ``case``: "poss" the possessive, "N of them" (1-і, 2-сі, 6-сы, 9-ы, 21-і, 40-ы);
    "poss_dat" its dative, "to N of them" (1-іне, 2-сіне, 10-ына); "gen" the genitive (1-дің, 2-нің, 3-тің,
    10-ның, 40-тың); "dat" the dative (1-ге, 3-ке, 6-ға, 40-қа)."""
    word = _kk_last_word(n)
    back = next((ch in _KK_BACK_VOWELS for ch in reversed(word) if ch in _KK_BACK_VOWELS + _KK_FRONT_VOWELS), False)
    last = word[-1]
    vowel_end = last in _KK_BACK_VOWELS + _KK_FRONT_VOWELS  # "у" of "елу" goes as a consonant: елуі, елудің
    poss = ("сы" if back else "сі") if vowel_end else ("ы" if back else "і")
    if case == "poss":
        return poss
    if case == "poss_dat":
        return poss + ("на" if back else "не")
    if case == "gen":
        initial = "н" if vowel_end or last in "мнң" else "д" if last in "жзлруй" else "т"
        return initial + ("ың" if back else "ің")
    if case == "dat":
        voiceless = last in "пфктсшщхцчқ" or word.endswith("д")
        return ("қа" if back else "ке") if voiceless else ("ға" if back else "ге")
    raise ValueError(f"unknown Kazakh case {case!r}")


@dataclass(frozen=True)
class Count:
    """A count as a sentence writes it: ``f"{Count(3741, 'kk')}"`` is "3 741"; with a Kazakh case as the format
    spec, the number and its suffix ("{n:poss}" → "2-сі", see ``kk_suffix``)."""

    value: int
    lang: str

    def __format__(self, spec: str) -> str:
        text = number(self.value, self.lang)
        return f"{text}-{kk_suffix(self.value, spec)}" if spec else text

    def __str__(self) -> str:
        return format(self, "")


def duration(seconds: float | None, lang: str) -> str:
    """A span in days and hours past a day ("1 d 15 h", "1 күн 15 сағ", "1 дн. 15 ч"), hours and minutes under
    a day ("3 h 5 min"), minutes under an hour; rounded to the unit shown last; "—" for no value."""
    if seconds is None:
        return "—"
    minutes = round(abs(seconds) / 60)
    if minutes >= 24 * 60:
        hours = round(minutes / 60)
        days, hours = divmod(hours, 24)
        return t("dur_days_hours" if hours else "dur_days", lang, d=number(days, lang), h=hours)
    if minutes >= 60:
        hours, rest = divmod(minutes, 60)
        return t("dur_hours_minutes" if rest else "dur_hours", lang, h=hours, m=rest)
    return t("dur_minutes", lang, m=minutes)


def tag_name(figures: Figures, key: str, lang: str) -> str:
    """A tag key (a category, a violation type) as the PDF and the dashboard show it: its name in ``lang``, else
    its English name, else the key; "none" (no category given) is "No category"."""
    tag = figures.tag_names.get(key)
    if tag:
        return tag.in_language(lang) or tag.en or key
    return t("none_category", lang) if key == "none" else key


def namer(figures: Figures, lang: str) -> Callable[[str], str]:
    """``tag_name`` for one set of figures and one language, for code that names many keys."""
    return lambda key: tag_name(figures, key, lang)


def language_name(code: str, lang: str) -> str:
    """An item language code as shown ("other" for items whose language was not recognised)."""
    return t(f"lang_{code}", lang) if code in ("kk", "ru", "en", "other") else code


def signature_lines(head: Letterhead) -> list[str]:
    """The signer's block as the documents print it: the workspace's signature setting line by line, else the
    author's name; nothing when neither is set."""
    lines = [line.strip() for line in head.signature.splitlines() if line.strip()]
    return lines or ([head.author] if head.author else [])
