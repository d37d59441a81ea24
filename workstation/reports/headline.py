"""The headline of a period, stated the way the source document states it, for the PDF summary and the dashboard:
the opening sentences, and the headline figures (the PDF's first table, the dashboard's cards)."""

from __future__ import annotations

from dataclasses import dataclass

from workstation.core.figures.model import Figures
from workstation.reports.text import namer, number, percent, t

# The headline figures in the PDF's order; each key is also the report text key of the figure's caption.
HEADLINE_KEYS = ("fig_refuted", "fig_violations", "fig_phishing", "fig_notices", "fig_removed_in_time",
                 "fig_restrictions", "fig_golden", "fig_briefings", "fig_items")


@dataclass(frozen=True)
class HeadlineFigure:
    key: str  # in HEADLINE_KEYS: the caption's text key
    value: int  # the number compared across periods
    text: str  # as shown, with its share where it has one


def headline_figure(figures: Figures, key: str) -> HeadlineFigure:
    v, n, g, r = figures.violations, figures.notices, figures.golden_hour, figures.restrictions
    shown: dict[str, tuple[int, str]] = {
        "fig_refuted": (figures.refutations.total, number(figures.refutations.total)),
        "fig_violations": (v.total, number(v.total)),
        "fig_phishing": (v.phishing_and_fraud, f"{number(v.phishing_and_fraud)} ({percent(v.phishing_share)})"),
        "fig_notices": (n.sent, number(n.sent)),
        "fig_removed_in_time": (n.removed_in_time,
                                f"{number(n.removed_in_time)} ({percent(n.share_removed_in_time)})"),
        "fig_restrictions": (r.ordered, f"{number(r.ordered)} / {number(r.lifted)}"),
        "fig_golden": (g.answered_in_time, f"{g.answered_in_time} / {g.resonant_cases} ({percent(g.share_in_time)})"),
        "fig_briefings": (figures.briefings.briefings, number(figures.briefings.briefings)),
        "fig_items": (figures.items.total, number(figures.items.total)),
    }
    value, text = shown[key]  # KeyError for a key that is not a headline figure
    return HeadlineFigure(key, value, text)


def headline_figures(figures: Figures) -> list[HeadlineFigure]:
    """The headline figures, in the PDF's order."""
    return [headline_figure(figures, key) for key in HEADLINE_KEYS]


def headline_lines(figures: Figures, lang: str) -> list[str]:
    """The sentences that open the PDF summary and the dashboard, in the same words."""
    r, v, n, g, b = figures.refutations, figures.violations, figures.notices, figures.golden_hour, figures.briefings
    names = namer(figures, lang)
    categories = [names(k) for k in list(r.by_category)[:3]]
    top = t("headline_top", lang, categories=", ".join(categories)) if categories else t("headline_none", lang)
    return [
        t("headline", lang, refuted=r.total, top=top, violations=v.total, phishing=v.phishing_and_fraud),
        t("headline_notices", lang, sent=n.sent, in_time=n.removed_in_time, share=percent(n.share_removed_in_time),
          median=number(n.median_hours_to_removal)),
        t("headline_golden", lang, in_time=g.answered_in_time, total=g.resonant_cases, limit=g.limit_minutes,
          median=number(g.median_minutes_to_first_response)),
        t("headline_briefings", lang, briefings=b.briefings, done=b.plan_done, plan=b.plan_items,
          on_time=b.plan_done_on_time),
    ]
