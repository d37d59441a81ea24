"""The headline of a period, stated the way the source document states it, for the PDF summary and the dashboard:
the opening sentences, and the headline figures (the PDF's first table, the dashboard's cards)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workstation.core import clock
from workstation.core.figures.model import Figures
from workstation.reports.text import duration, namer, number, percent, t

# The headline figures in the PDF's order; each key is also the report text key of the figure's caption.
HEADLINE_KEYS = ("fig_refuted", "fig_violations", "fig_phishing", "fig_notices", "fig_removed_in_time",
                 "fig_restrictions", "fig_golden", "fig_briefings", "fig_items")


@dataclass(frozen=True)
class HeadlineFigure:
    key: str  # in HEADLINE_KEYS: the caption's text key
    value: int  # the number compared across periods
    text: str  # as shown, with its share where it has one


def headline_figure(figures: Figures, key: str, lang: str = "en") -> HeadlineFigure:
    v, n, g, r = figures.violations, figures.notices, figures.golden_hour, figures.restrictions

    def num(value: int) -> str:
        return number(value, lang)

    shown: dict[str, tuple[int, str]] = {
        "fig_refuted": (figures.refutations.total, num(figures.refutations.total)),
        "fig_violations": (v.total, num(v.total)),
        "fig_phishing": (v.phishing_and_fraud, f"{num(v.phishing_and_fraud)} ({percent(v.phishing_share, lang)})"),
        "fig_notices": (n.sent, num(n.sent)),
        "fig_removed_in_time": (n.removed_in_time,
                                f"{num(n.removed_in_time)} ({percent(n.share_removed_in_time, lang)})"),
        "fig_restrictions": (r.ordered, f"{num(r.ordered)} / {num(r.lifted)}"),
        "fig_golden": (g.answered_in_time,
                       f"{num(g.answered_in_time)} / {num(g.resonant_cases)} ({percent(g.share_in_time, lang)})"),
        "fig_briefings": (figures.briefings.briefings, num(figures.briefings.briefings)),
        "fig_items": (figures.items.total, num(figures.items.total)),
    }
    value, text = shown[key]  # KeyError for a key that is not a headline figure
    return HeadlineFigure(key, value, text)


def headline_figures(figures: Figures, lang: str = "en") -> list[HeadlineFigure]:
    """The headline figures, in the PDF's order, written by ``lang``'s number conventions."""
    return [headline_figure(figures, key, lang) for key in HEADLINE_KEYS]


def starts_the_year(figures: Figures, tz: dt.tzinfo | None) -> bool:
    """Whether the period begins on 1 January in ``tz`` (the zone its days were cut in)."""
    if tz is None:
        return False
    first = clock.from_iso(figures.period.since).astimezone(tz)
    return (first.month, first.day, first.hour, first.minute) == (1, 1, 0, 0)


def period_words(figures: Figures, lang: str, tz: dt.tzinfo | None = None) -> str:
    """How the letter names its period: "since the beginning of the year" («жыл басынан бері», «с начала года»)
    for a period that opens on 1 January, as the ministry's letters do; else "in the period"."""
    return t("when_year" if starts_the_year(figures, tz) else "when_period", lang)


def theme_list(figures: Figures, lang: str) -> str:
    """Every theme of the refuted fakes, most refuted first, each with its count: "Harm of 5G (3), Payments (1)"."""
    names = namer(figures, lang)
    return ", ".join(f"{names(key)} ({number(count, lang)})" for key, count in figures.refutations.by_category.items())


def headline_lines(figures: Figures, lang: str, tz: dt.tzinfo | None = None) -> list[str]:
    """The sentences that open the PDF summary, the docx letter and the dashboard, in the same words. With the
    zone of the period's days (``tz``), a period from 1 January reads "since the beginning of the year"."""
    r, v, n, g, b = figures.refutations, figures.violations, figures.notices, figures.golden_hour, figures.briefings
    themes = theme_list(figures, lang)
    top = t("headline_top", lang, categories=themes) if themes else t("headline_none", lang)

    def num(value: int) -> str:
        return number(value, lang)

    hours = n.median_hours_to_removal
    minutes = g.median_minutes_to_first_response
    return [
        t("headline", lang, refuted=num(r.total), when=period_words(figures, lang, tz), top=top,
          violations=num(v.total), phishing=num(v.phishing_and_fraud)),
        t("headline_notices", lang, sent=num(n.sent), in_time=num(n.removed_in_time),
          share=percent(n.share_removed_in_time, lang), median=duration(None if hours is None else hours * 3600, lang)),
        t("headline_golden", lang, in_time=num(g.answered_in_time), total=num(g.resonant_cases),
          limit=duration(g.limit_minutes * 60, lang),
          median=duration(None if minutes is None else minutes * 60, lang)),
        t("headline_briefings", lang, briefings=num(b.briefings), done=num(b.plan_done), plan=num(b.plan_items),
          on_time=num(b.plan_done_on_time)),
    ]
