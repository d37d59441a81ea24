"""Texts of charts and the PDF in Kazakh, Russian or English (from resources/translations/report_strings.json).

The reports run headless from the command line, where Qt's translators are not loaded, so their texts
live in a catalog of their own; tests check that every key has all three languages.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from workstation.core.figures.model import Figures, Letterhead
from workstation.core.paths import resources_dir

LANGS = ("kk", "ru", "en")


@lru_cache(maxsize=1)
def catalog() -> dict[str, dict[str, str]]:
    data = json.loads((resources_dir() / "translations" / "report_strings.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def t(key: str, lang: str, **params: Any) -> str:
    entry = catalog().get(key, {})
    template = entry.get(lang) or entry.get("en") or key
    return template.format(**params) if params else template


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
