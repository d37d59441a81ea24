"""The headline of a period, stated the way the source document states it, for the PDF summary and the dashboard:
the opening sentences, and the headline figures (the PDF's first table, the dashboard's cards)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workstation.core import clock
from workstation.core.figures.model import Briefings, Figures
from workstation.reports.text import Count, counted, duration, namer, number, percent, t

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
    for a period that opens on 1 January, as the ministry's letters do; else "in the reporting period"."""
    return t("when_year" if starts_the_year(figures, tz) else "when_period", lang)


def category_list(figures: Figures, lang: str) -> str:
    """Every category of the refuted fakes, most refuted first, each with its count: "Harm of 5G (3), Payments
    (1)"."""
    names = namer(figures, lang)
    return ", ".join(f"{names(key)} ({number(count, lang)})" for key, count in figures.refutations.by_category.items())


def headline_lines(figures: Figures, lang: str, tz: dt.tzinfo | None = None) -> list[str]:
    """The sentences that open the PDF summary, the docx letter and the dashboard, in the same words: whole
    sentences in the source document's manner, each noun agreeing with its count ("опровергнут 21 фейк", "из 5
    негативных или резонансных тем"; in Kazakh "21 фейк", "тармағының 2-сі"). With the zone of the period's days
    (``tz``), a period from 1 January reads "since the beginning of the year"."""
    r, v, n, g, b = figures.refutations, figures.violations, figures.notices, figures.golden_hour, figures.briefings

    def count(value: int) -> Count:
        return Count(value, lang)

    def phrase(key: str, value: int) -> str:
        return counted(key, lang, value)

    def median(seconds: float | None) -> str:
        return t("median_none", lang) if seconds is None else duration(seconds, lang)

    categories = category_list(figures, lang)
    key = "headline_refuted_none" if not r.total else "headline_refuted" if categories else "headline_refuted_only"
    refuted = t(key, lang, categories=categories, when=period_words(figures, lang, tz),
                refuted=phrase("n_refuted", r.total))
    violations = t("headline_violations", lang, violations=phrase("n_violations", v.total),
                   phishing=count(v.phishing_and_fraud)) if v.total else t("headline_violations_none", lang)
    if not n.sent:
        notices = t("headline_notices_none", lang)
    elif n.share_removed_in_time is None:  # nothing resolved yet
        notices = t("headline_notices_pending", lang, notices=phrase("n_notices", n.sent))
    else:
        hours = n.median_hours_to_removal
        notices = t("headline_notices", lang, notices=phrase("n_notices", n.sent),
                    removed=phrase("n_removed", n.removed_in_time), share=percent(n.share_removed_in_time, lang),
                    median=median(None if hours is None else hours * 3600))
    if g.resonant_cases:
        minutes = g.median_minutes_to_first_response
        golden = t("headline_golden", lang, in_time=count(g.answered_in_time),
                   topics=phrase("n_topics_of", g.resonant_cases), limit=duration(g.limit_minutes * 60, lang),
                   median=median(None if minutes is None else minutes * 60))
    else:
        golden = t("headline_golden_none", lang)
    briefings = phrase("n_briefings", b.briefings)
    if b.plan_items:
        plan = t("headline_briefings", lang, briefings=briefings, plan_done=phrase("n_plan_done", b.plan_done),
                 plan=count(b.plan_items), on_time=count(b.plan_done_on_time))
    else:
        plan = t("headline_briefings_no_plan", lang, briefings=briefings)
    return [refuted, violations, notices, golden, plan]


def plan_line(briefings: Briefings, lang: str) -> str:
    """The media plan in one line, under the briefings table of the PDF, the docx letter and the dashboard:
    "Медиаплан: 21 пункт, выполнено 5 (в срок — 2), перенесено 1, отменено 0."."""
    b = briefings
    return t("plan_line", lang, quantity=b.plan_items, plan=Count(b.plan_items, lang), done=Count(b.plan_done, lang),
             on_time=Count(b.plan_done_on_time, lang), moved=Count(b.plan_moved, lang),
             cancelled=Count(b.plan_cancelled, lang))
