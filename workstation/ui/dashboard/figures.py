"""What the dashboard shows, gathered off the UI thread, and the headline stated as the PDF states it (no Qt)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlite_utils import Database

from workstation.core import briefings, clock, sources, stats, tags
from workstation.reports.text import number, percent, t

# The headline figures, in the PDF's order: (report text key, how to read the number from the figures).
HEADLINE_KEYS = ("fig_refuted", "fig_violations", "fig_phishing", "fig_notices", "fig_removed_in_time",
                 "fig_restrictions", "fig_golden", "fig_briefings", "fig_items")


def load_task(since: str, until: str, tz: dt.tzinfo, compare: bool) -> Callable[[Database, Any], dict[str, Any]]:
    """A runner task: every figure for the period (and the previous one), plus the lists the tab shows."""

    def task(db: Database, _ctx: Any) -> dict[str, Any]:
        now = clock.now()
        data: dict[str, Any] = {"since": since, "until": until, "tz": tz,
                                "figures": stats.dashboard(db, since, until, tz, now=now), "previous": None}
        if compare:
            before, after = stats.previous_period(since, until)
            data["previous"] = stats.dashboard(db, before, after, tz, now=now)
            data["previous_period"] = (before, after)
        data["tags"] = {tag["key"]: tag for tag in tags.list_tags(db)}
        data["sources"] = {s["name"]: s["id"] for s in sources.list_sources(db)}
        data["briefings"] = briefings.list_briefings(db, since, until)
        data["plan"] = briefings.list_plan(db, since, until)
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


def headline_lines(figures: dict[str, Any], lang: str, names: Callable[[str], str]) -> list[str]:
    """The sentences that open the PDF summary, in the same words."""
    r, v, n, g, b = (figures[k] for k in ("refutations", "violations", "notices", "golden_hour", "briefings"))
    categories = [names(k) for k in list(r["by_category"])[:3]]
    top = t("headline_top", lang, categories=", ".join(categories)) if categories else t("headline_none", lang)
    return [
        t("headline", lang, refuted=r["total"], top=top, violations=v["total"], phishing=v["phishing_and_fraud"]),
        t("headline_notices", lang, sent=n["sent"], in_time=n["removed_in_time"],
          share=percent(n["share_removed_in_time"]), median=number(n["median_hours_to_removal"])),
        t("headline_golden", lang, in_time=g["answered_in_time"], total=g["resonant_cases"], limit=g["limit_minutes"],
          median=number(g["median_minutes_to_first_response"])),
        t("headline_briefings", lang, briefings=b["briefings"], done=b["plan_done"], plan=b["plan_items"],
          on_time=b["plan_done_on_time"]),
    ]


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


def local_day(iso: str | None, tz: dt.tzinfo) -> str:
    return clock.from_iso(iso).astimezone(tz).strftime("%Y-%m-%d") if iso else ""


def local_time(iso: str | None, tz: dt.tzinfo) -> str:
    return clock.from_iso(iso).astimezone(tz).strftime("%Y-%m-%d %H:%M") if iso else ""
