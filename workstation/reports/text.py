"""Texts of charts and the PDF in Kazakh, Russian or English (from resources/translations/report_strings.json).

The reports run headless from the command line, where Qt's translators are not loaded, so their texts
live in a catalog of their own; tests check that every key has all three languages.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from workstation.core.figures.model import Figures
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


def percent(share: float | None) -> str:
    return "—" if share is None else f"{share * 100:.1f}%"


def number(value: float | int | None) -> str:
    if value is None:
        return "—"
    return f"{value:,}".replace(",", "\u202f") if isinstance(value, int) else f"{value:g}"


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
