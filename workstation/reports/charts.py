"""The dashboard's charts as matplotlib figures, labelled in the chosen language and readable in print."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import matplotlib

matplotlib.use("Agg")  # headless by default; the desktop embeds the same figures in a Qt canvas
# Labels are names from feeds and analysts ("Курс $\nosuchcmd{x}$"): text, never TeX. With math parsing on, two dollar
# signs would start mathtext and an unknown command would break the chart, the PDF and the Statistics tab. Set for
# the whole process, because tick labels are made when a chart is drawn, after any context manager has closed.
matplotlib.rcParams["text.parse_math"] = False
matplotlib.rcParams["text.usetex"] = False
from matplotlib import font_manager  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from workstation.core.figures.model import Figures  # noqa: E402
from workstation.core.paths import resources_dir  # noqa: E402
from workstation.reports.text import duration, language_name, namer, percent, t  # noqa: E402

FONT = "DejaVu Sans"
COLOURS = ("#1f4e79", "#c0504d", "#9bbb59", "#8064a2", "#f79646", "#4bacc6", "#7f7f7f", "#2c4d75")
_fonts_ready = False


def _fonts() -> None:
    """Use the bundled font, so Kazakh letters render whatever fonts the machine has."""
    global _fonts_ready
    if not _fonts_ready:
        for path in (resources_dir() / "fonts").glob("*.ttf"):
            font_manager.fontManager.addfont(str(path))
        _fonts_ready = True


def _figure(title: str, size: tuple[float, float] = (7.5, 3.6)) -> tuple[Figure, Any]:
    _fonts()
    figure = Figure(figsize=size, dpi=100)
    figure.patch.set_facecolor("white")
    axes = figure.add_subplot()
    figure.suptitle(title, fontsize=11, fontfamily=FONT, x=0.02, ha="left")  # from the page edge, not the axes
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.tick_params(labelsize=8)
    for label in (*axes.get_xticklabels(), *axes.get_yticklabels()):
        label.set_fontfamily(FONT)
    return figure, axes


def _empty(axes, lang: str) -> None:
    axes.text(0.5, 0.5, t("no_data", lang), ha="center", va="center", transform=axes.transAxes, fontfamily=FONT,
              color="#777777")
    axes.set_xticks([])
    axes.set_yticks([])


def _barh(title: str, labels: list[str], values: list[int], lang: str, colour: str = COLOURS[0]) -> Figure:
    height = max(2.4, 0.9 + 0.32 * len(labels))
    figure, axes = _figure(title, (7.5, height))
    if not values or not any(values):
        _empty(axes, lang)
        return figure
    positions = range(len(labels))[::-1]
    bars = axes.barh(list(positions), values, color=colour)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts are whole numbers
    axes.set_yticks(list(positions), [label[:48] for label in labels], fontfamily=FONT)
    axes.bar_label(bars, fontsize=8, padding=2)
    axes.set_xlabel(t("count", lang), fontfamily=FONT, fontsize=8)
    figure.tight_layout()
    return figure


def refutations_per_month(figures: Figures, lang: str) -> Figure:
    months = figures.refutations.per_month
    figure, axes = _figure(t("chart_refutations_month", lang))
    if not any(m.count for m in months):
        _empty(axes, lang)
        return figure
    # A few months get slim bars, not one slab across the chart.
    width = 0.8 if len(months) > 4 else 0.25 + 0.12 * len(months)
    bars = axes.bar([m.month for m in months], [m.count for m in months], color=COLOURS[0], width=width)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    if len(months) < 3:
        axes.set_xlim(-1, len(months))
    axes.bar_label(bars, fontsize=8, padding=2)
    axes.set_ylabel(t("count", lang), fontfamily=FONT, fontsize=8)
    if len(months) > 8:
        axes.tick_params(axis="x", rotation=45)
    figure.tight_layout()
    return figure


def fakes_by_category(figures: Figures, lang: str) -> Figure:
    data, names = figures.fakes_by_category, namer(figures, lang)
    return _barh(t("chart_fakes_category", lang), [names(k) for k in data], list(data.values()), lang)


def violations_by_type(figures: Figures, lang: str) -> Figure:
    data, names = figures.violations.by_type, namer(figures, lang)
    title = t("chart_violations_type", lang, share=percent(figures.violations.phishing_share, lang))
    return _barh(title, [names(k) for k in data], list(data.values()), lang, COLOURS[1])


# The notices chart's bars, in order (the dashboard opens a bar's records by this order too).
NOTICE_OUTCOMES = ("removed_in_time", "removed_late", "not_removed", "pending")


def notices_outcomes(figures: Figures, lang: str) -> Figure:
    n = figures.notices
    values = [n.removed_in_time, n.removed_late, n.not_removed, n.pending]
    figure = _barh(t("chart_notices", lang), [t(k, lang) for k in NOTICE_OUTCOMES], values, lang, COLOURS[2])
    if n.median_hours_to_removal is not None:
        median = duration(n.median_hours_to_removal * 3600, lang)
        figure.axes[0].set_xlabel(t("median", lang, value=median), fontfamily=FONT, fontsize=8)
    return figure


def golden_hour(figures: Figures, lang: str) -> Figure:
    g = figures.golden_hour
    values = [g.answered_in_time, g.late, g.pending]
    labels = [t("answered_in_time", lang), t("answered_late", lang), t("pending", lang)]
    figure = _barh(t("chart_golden", lang), labels, values, lang, COLOURS[3])
    if g.median_minutes_to_first_response is not None:
        figure.axes[0].set_xlabel(t("median", lang, value=duration(g.median_minutes_to_first_response * 60, lang)),
                                  fontfamily=FONT, fontsize=8)
    return figure


def items_per_source(figures: Figures, lang: str) -> Figure:
    rows = figures.items.by_source[:10]
    return _barh(t("chart_items_source", lang), [r.source for r in rows], [r.count for r in rows], lang, COLOURS[5])


def items_per_language(figures: Figures, lang: str) -> Figure:
    data = figures.items.by_language
    return _barh(t("chart_items_language", lang), [language_name(k, lang) for k in data], list(data.values()), lang,
                 COLOURS[4])


def top_sources_of_fakes(figures: Figures, lang: str) -> Figure:
    rows = figures.top_sources_of_fakes
    return _barh(t("chart_top_fake_sources", lang), [r.source for r in rows], [r.cases for r in rows], lang,
                 COLOURS[6])


CHARTS: dict[str, Callable[[Figures, str], Figure]] = {
    "refutations_per_month": refutations_per_month,
    "fakes_by_category": fakes_by_category,
    "violations_by_type": violations_by_type,
    "notices": notices_outcomes,
    "golden_hour": golden_hour,
    "items_per_source": items_per_source,
    "items_per_language": items_per_language,
    "top_sources_of_fakes": top_sources_of_fakes,
}


def save(figure: Figure, path: str, fmt: str | None = None) -> None:
    """PNG or SVG (by extension), without run-dependent metadata, so the same data gives the same file."""
    kind = fmt or path.rsplit(".", 1)[-1].lower()
    metadata = {"Software": None} if kind == "png" else {"Date": None, "Creator": None}
    if kind == "svg":
        with matplotlib.rc_context({"svg.hashsalt": "workstation"}):
            figure.savefig(path, format=kind, metadata=metadata)
        return
    figure.savefig(path, format=kind, metadata=metadata, dpi=150)
