"""The rows of the tables both the PDF summary and the dashboard show, built once so they cannot drift apart.

Counts stay numbers (the dashboard right-aligns them and its CSV export keeps them raw); the PDF prints them.
"""

from __future__ import annotations

from workstation.core.figures.model import Figures
from workstation.reports.text import language_name, namer, percent


def category_rows(figures: Figures, lang: str) -> list[list[object]]:
    """Per fake category: its name, fakes refuted in the period, fake cases detected in it."""
    refuted, detected = figures.refutations.by_category, figures.fakes_by_category
    names = namer(figures, lang)
    return [[names(key), refuted.get(key, 0), detected.get(key, 0)] for key in dict.fromkeys([*refuted, *detected])]


def violation_type_rows(figures: Figures, lang: str) -> list[list[object]]:
    """Per violation type: its name, the count and its share of all violations."""
    total = figures.violations.total or 1
    names = namer(figures, lang)
    return [[names(key), count, percent(count / total)] for key, count in figures.violations.by_type.items()]


def state_body_rows(figures: Figures) -> list[list[object]]:
    """Per state body: publications, refutations, and resonant cases answered in time out of all."""
    return [[s.state_body, s.publications, s.refutations, f"{s.answered_in_time} / {s.resonant_cases}"]
            for s in figures.state_bodies]


def briefing_rows(figures: Figures) -> list[list[object]]:
    return [[body or "—", count] for body, count in figures.briefings.briefings_by_body.items()]


def language_rows(figures: Figures, lang: str) -> list[list[object]]:
    return [[language_name(code, lang), count] for code, count in figures.items.by_language.items()]
