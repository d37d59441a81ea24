"""What the dashboard shows, gathered off the UI thread (no Qt): the period's figures, the lists the tab shows, and
the report's charts drawn from them. How a figure reads (headline, names) is the report's: reports.headline."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.figures import briefings, media_plan, stats
from workstation.core.figures.model import Figures
from workstation.reports.text import number

# matplotlib keeps some global state (fonts, caches): one thread builds figures at a time.
CHART_LOCK = threading.Lock()


def build_charts(figures: Figures, lang: str) -> dict[str, Any]:
    """The report's charts (reports.charts) as matplotlib figures; slow enough to keep off the UI thread."""
    from workstation.reports import charts

    with CHART_LOCK:
        return {name: chart(figures, lang) for name, chart in charts.CHARTS.items()}


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
        data["briefings"] = briefings.list_briefings(db, since, until)
        data["plan"] = media_plan.list_plan(db, since, until)
        data["charts"] = build_charts(data["figures"], lang)
        data["charts_lang"] = lang
        return data

    return task


def delta_text(current: int, previous: int) -> str:
    """'+3', '−2' (a real minus sign) or '±0'."""
    change = current - previous
    if change == 0:
        return "±0"
    return f"+{number(change)}" if change > 0 else f"−{number(-change)}"
