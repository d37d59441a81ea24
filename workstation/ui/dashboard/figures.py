"""What the dashboard shows, gathered off the UI thread, and the headline stated as the PDF states it (no Qt)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.figures import briefings, media_plan, stats
from workstation.core.items import tags
from workstation.reports.text import number, percent, t

# matplotlib keeps some global state (fonts, caches): one thread builds figures at a time.
CHART_LOCK = threading.Lock()

# The headline figures, in the PDF's order: (report text key, how to read the number from the figures).
HEADLINE_KEYS = ("fig_refuted", "fig_violations", "fig_phishing", "fig_notices", "fig_removed_in_time",
                 "fig_restrictions", "fig_golden", "fig_briefings", "fig_items")


def build_charts(figures: dict[str, Any], lang: str, names: Callable[[str], str]) -> dict[str, Any]:
    """The report's charts (reports.charts) as matplotlib figures; slow enough to keep off the UI thread."""
    from workstation.reports import charts

    with CHART_LOCK:
        return {name: chart(figures, lang, names) for name, chart in charts.CHARTS.items()}


def load_task(since: str, until: str, tz: dt.tzinfo, compare: bool, lang: str
              ) -> Callable[[Database, Any], dict[str, Any]]:
    """A runner task: every figure for the period (and the previous one), the lists the tab shows, and the
    charts drawn in ``lang`` (the canvases that show them are made on the UI thread)."""

    def task(db: Database, _ctx: Any) -> dict[str, Any]:
        now = clock.now()
        data: dict[str, Any] = {"since": since, "until": until, "tz": tz,
                                "figures": stats.dashboard(db, since, until, tz, now=now), "previous": None}
        if compare:
            before, after = stats.previous_period(since, until)
            data["previous"] = stats.dashboard(db, before, after, tz, now=now)
            data["previous_period"] = (before, after)
        data["tags"] = {tag["key"]: tag for tag in tags.list_tags(db)}
        data["briefings"] = briefings.list_briefings(db, since, until)
        data["plan"] = media_plan.list_plan(db, since, until)
        data["charts"] = build_charts(data["figures"], lang, namer(data["tags"], lang))
        data["charts_lang"] = lang
        return data

    return task


def namer(tag_rows: dict[str, dict[str, Any]], lang: str) -> Callable[[str], str]:
    """Tag key → its name in ``lang`` ("none" → "No category"), as the PDF names them."""

    def name(key: str) -> str:
        tag = tag_rows.get(key)
        if tag:
            return tag.get(f"name_{lang}") or tag.get("name_en") or key
        return t("none_category", lang) if key == "none" else key

    return name


def headline_value(figures: dict[str, Any], key: str) -> tuple[int, str]:
    """A headline figure: the number compared across periods, and the text shown (with its share if any)."""
    v, n, g = figures["violations"], figures["notices"], figures["golden_hour"]
    if key == "fig_refuted":
        return figures["refutations"]["total"], number(figures["refutations"]["total"])
    if key == "fig_violations":
        return v["total"], number(v["total"])
    if key == "fig_phishing":
        return v["phishing_and_fraud"], f"{number(v['phishing_and_fraud'])} ({percent(v['phishing_share'])})"
    if key == "fig_notices":
        return n["sent"], number(n["sent"])
    if key == "fig_removed_in_time":
        return n["removed_in_time"], f"{number(n['removed_in_time'])} ({percent(n['share_removed_in_time'])})"
    if key == "fig_restrictions":
        r = figures["restrictions"]
        return r["ordered"], f"{number(r['ordered'])} / {number(r['lifted'])}"
    if key == "fig_golden":
        return g["answered_in_time"], f"{g['answered_in_time']} / {g['resonant_cases']} ({percent(g['share_in_time'])})"
    if key == "fig_briefings":
        return figures["briefings"]["briefings"], number(figures["briefings"]["briefings"])
    if key == "fig_items":
        return figures["items"]["total"], number(figures["items"]["total"])
    raise KeyError(key)


def delta_text(current: int, previous: int) -> str:
    """'+3', '−2' (a real minus sign) or '±0'."""
    change = current - previous
    if change == 0:
        return "±0"
    return f"+{number(change)}" if change > 0 else f"−{number(-change)}"


def local_time(iso: str | None, tz: dt.tzinfo) -> str:
    return clock.from_iso(iso).astimezone(tz).strftime("%Y-%m-%d %H:%M") if iso else ""
