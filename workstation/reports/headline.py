"""The sentences that open the PDF summary and the dashboard, stated the way the source document states them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workstation.reports.text import number, percent, t


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
