"""The rows of the tables both the PDF summary and the dashboard show, built once so they cannot drift apart.

Counts stay numbers (the dashboard right-aligns them and its CSV export keeps them raw); the PDF prints them.
"""

from __future__ import annotations

from workstation.core.figures.model import Figures
from workstation.core.violations.directory import platform_name
from workstation.reports.text import duration, language_name, namer, number, percent, t


def category_rows(figures: Figures, lang: str) -> list[list[object]]:
    """Per fake category: its name, fakes refuted in the period, fake cases detected in it."""
    refuted, detected = figures.refutations.by_category, figures.fakes_by_category
    names = namer(figures, lang)
    return [[names(key), refuted.get(key, 0), detected.get(key, 0)] for key in dict.fromkeys([*refuted, *detected])]


def violation_type_rows(figures: Figures, lang: str) -> list[list[object]]:
    """Per violation type: its name, the count and its share of all violations."""
    total = figures.violations.total or 1
    names = namer(figures, lang)
    return [[names(key), count, percent(count / total, lang)] for key, count in figures.violations.by_type.items()]


def state_body_rows(figures: Figures) -> list[list[object]]:
    """Per state body: publications, refutations, and resonant cases answered in time out of all."""
    return [[s.state_body, s.publications, s.refutations, f"{s.answered_in_time} / {s.resonant_cases}"]
            for s in figures.state_bodies]


def briefing_rows(figures: Figures) -> list[list[object]]:
    return [[body or "—", count] for body, count in figures.briefings.briefings_by_body.items()]


def language_rows(figures: Figures, lang: str) -> list[list[object]]:
    return [[language_name(code, lang), count] for code, count in figures.items.by_language.items()]


def printed(rows: list[list[object]], lang: str) -> list[list[object]]:
    """Rows as the PDF and the docx letter print them: counts written by ``lang``'s conventions ("3 741")."""
    return [[number(value, lang) if isinstance(value, int | float) and not isinstance(value, bool) else value
             for value in row] for row in rows]


def platform_rows(figures: Figures, lang: str) -> list[list[object]]:
    """Per platform representative, named in ``lang`` («ВКонтакте»): notices sent, removed in time, median hours
    to removal ("—" with none)."""
    return [[platform_name(p.platform, lang), p.notices, p.removed_in_time,
             number(p.median_hours_to_removal, lang)]
            for p in figures.platforms]


def source_category_rows(figures: Figures, names: dict[str, str] | None = None) -> list[list[object]]:
    """Per source category (media, social, messenger, state body): fake cases that appeared there; ``names``
    words the categories."""
    names = names or {}
    return [[names.get(key, key), count] for key, count in figures.fakes_by_source_category.items()]


def printed_platform_rows(figures: Figures, lang: str) -> list[list[object]]:
    """``platform_rows`` as the PDF and the docx letter print them: counts by ``lang``'s conventions, the median
    as a duration ("4 сағ 30 мин")."""
    return [[platform_name(p.platform, lang), number(p.notices, lang), number(p.removed_in_time, lang),
             duration(None if p.median_hours_to_removal is None else p.median_hours_to_removal * 3600, lang)]
            for p in figures.platforms]


def printed_source_category_rows(figures: Figures, lang: str) -> list[list[object]]:
    """``source_category_rows`` worded in ``lang`` (report strings "src_<category>")."""
    names = {key: t(f"src_{key}", lang) for key in figures.fakes_by_source_category}
    return printed(source_category_rows(figures, names), lang)
