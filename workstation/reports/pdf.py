"""The PDF summary for a period: headline figures, charts, tables, refuted cases, overdue notices, briefings,
state bodies and the methodology. A4, fonts embedded (Kazakh letters included), text selectable.

Same data gives the same content: the only run-dependent text is the generation time, which the caller
may fix (``generated_at``), and the PDF's own dates are set from it.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from sqlite_utils import Database

from workstation import APP_NAME
from workstation.core import clock
from workstation.core.figures import stats
from workstation.core.paths import resources_dir
from workstation.core.violations import notices
from workstation.reports import charts
from workstation.reports.headline import headline_lines
from workstation.reports.text import number, percent, t

FONT = "DejaVu"
# Long lists in a summary stop here (the rest is in the workspace, `cases list` and `notices due`): a year of a
# busy unit's refutations would otherwise be hundreds of pages nobody reads.
LIST_LIMIT = 1000
CHART_ORDER = ("refutations_per_month", "fakes_by_category", "violations_by_type", "notices", "golden_hour",
               "items_per_source", "items_per_language", "top_sources_of_fakes")


def tag_namer(db: Database, lang: str):
    """Tag key → its name in the report's language ("none" → "No category")."""
    column = f"name_{lang if lang in ('kk', 'ru', 'en') else 'en'}"
    names = {key: name for key, name in db.execute(f"SELECT key, {column} FROM tags")}

    def name(key: str) -> str:
        return names.get(key) or (t("none_category", lang) if key == "none" else key)

    return name


class _Summary(FPDF):
    def __init__(self, lang: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.lang = lang
        fonts = resources_dir() / "fonts"
        self.add_font(FONT, "", str(fonts / "DejaVuSans.ttf"))
        self.add_font(FONT, "B", str(fonts / "DejaVuSans-Bold.ttf"))
        self.set_auto_page_break(True, margin=16)
        self.set_margins(16, 16, 16)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FONT, "", 8)
        self.set_text_color(120)
        self.cell(0, 6, f"{APP_NAME} · {t('page', self.lang, n=self.page_no())}", align="R")
        self.set_text_color(0)

    def heading(self, text: str, size: int = 13) -> None:
        self.ln(3)
        self.set_font(FONT, "B", size)
        self.multi_cell(0, 7, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font(FONT, "", 10)

    def para(self, text: str, size: int = 10) -> None:
        self.set_font(FONT, "", size)
        self.multi_cell(0, 5.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def rows(self, header: list[str], rows: list[list[str]], widths: tuple[int, ...] | None = None) -> None:
        if not rows:
            self.para(t("none_rows", self.lang), 9)
            return
        self.set_font(FONT, "", 9)
        with self.table(col_widths=widths, text_align="LEFT", line_height=5,
                        headings_style=_headings()) as table:
            table.row(header)
            for values in rows:
                table.row([str(v) for v in values])
        self.ln(2)

    def listing(self, header: list[str], rows: list[list[str]], widths: tuple[int, ...], total: int) -> None:
        """A long list, one line per row (text cut to its column), with the count of rows not shown.

        fpdf2's table wraps every cell twice over; for thousands of rows plain cells are tens of times faster.
        """
        if not rows:
            self.para(t("none_rows", self.lang), 9)
            return
        self.set_font(FONT, "B", 8)
        for text, width in zip(header, widths, strict=True):
            self.cell(width, 5, text, border="B")
        self.ln(5)
        self.set_font(FONT, "", 8)
        for values in rows:
            for text, width in zip(values, widths, strict=True):
                self.cell(width, 4.6, _fit(self, str(text), width - 1.5))
            self.ln(4.6)
        if total > len(rows):
            self.para(t("more_rows", self.lang, shown=len(rows), total=total), 8)
        self.ln(2)

    def chart(self, figure) -> None:
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=150, metadata={"Software": None})
        width = self.epw
        height = width * figure.get_figheight() / figure.get_figwidth()
        if self.get_y() + height > self.page_break_trigger:
            self.add_page()
        self.image(buffer, w=width, h=height)
        self.ln(2)


def _headings():
    from fpdf.fonts import FontFace

    return FontFace(family=FONT, emphasis="BOLD", fill_color=(230, 236, 244))


def _local_day(iso: str, tz: dt.tzinfo) -> str:
    return clock.from_iso(iso).astimezone(tz).strftime("%d.%m.%Y")


def _local_time(iso: str, tz: dt.tzinfo) -> str:
    return clock.from_iso(iso).astimezone(tz).strftime("%d.%m.%Y %H:%M")


def _fit(pdf: FPDF, text: str, width: float) -> str:
    """The text cut (with an ellipsis) to fit ``width`` in the current font."""
    if pdf.get_string_width(text) <= width:
        return text
    while text and pdf.get_string_width(text + "…") > width:
        text = text[: max(1, int(len(text) * 0.9)) - 1] if len(text) > 40 else text[:-1]
    return text + "…"


def _refuted_cases(db: Database, since: str, until: str, tz: dt.tzinfo) -> tuple[list[list[str]], int]:
    """The refutations of the period, newest first, at most LIST_LIMIT of them, and how many there are."""
    where = "r.kind = 'refutation' AND r.published_at >= ? AND r.published_at < ?"
    total = db.execute(f"SELECT count(*) FROM refutations r WHERE {where}", [since, until]).fetchone()[0]
    rows = db.execute(
        f"SELECT c.title, r.published_at, r.url FROM refutations r JOIN cases c ON c.id = r.case_id WHERE {where} "
        "ORDER BY r.published_at DESC, r.id DESC LIMIT ?", [since, until, LIST_LIMIT]).fetchall()
    return [[title, _local_day(published, tz), url or "—"] for title, published, url in rows], total


def build_pdf(db: Database, out: str | Path, *, since: str, until: str, tz: dt.tzinfo, lang: str,
              generated_at: dt.datetime | None = None, zone_name: str = "") -> dict[str, Any]:
    """Write the summary to ``out`` (atomically) and return the figures it shows."""
    generated_at = generated_at or clock.now()
    figures = stats.dashboard(db, since, until, tz, now=generated_at)
    names = tag_namer(db, lang)
    pdf = _Summary(lang)
    pdf.set_creation_date(generated_at)
    pdf.set_lang(lang)
    pdf.set_title(t("report_title", lang))
    pdf.set_creator(APP_NAME)
    pdf.add_page()
    pdf.heading(t("report_title", lang), 18)
    last_day = clock.from_iso(until) - dt.timedelta(seconds=1)
    pdf.para(t("period", lang, start=_local_day(since, tz), end=_local_day(clock.to_iso(last_day), tz)))
    pdf.para(t("generated", lang, when=generated_at.astimezone(tz).strftime("%d.%m.%Y %H:%M")), 8)
    pdf.ln(2)
    for line in headline_lines(figures, lang, names):
        pdf.para(line)
    pdf.heading(t("figures", lang))
    r, v, n, g = (figures[k] for k in ("refutations", "violations", "notices", "golden_hour"))
    pdf.rows([t("col_figure", lang), t("col_value", lang)], [
        [t("fig_refuted", lang), number(r["total"])],
        [t("fig_violations", lang), number(v["total"])],
        [t("fig_phishing", lang), f"{number(v['phishing_and_fraud'])} ({percent(v['phishing_share'])})"],
        [t("fig_notices", lang), number(n["sent"])],
        [t("fig_removed_in_time", lang), f"{number(n['removed_in_time'])} ({percent(n['share_removed_in_time'])})"],
        [t("fig_restrictions", lang), f"{figures['restrictions']['ordered']} / {figures['restrictions']['lifted']}"],
        [t("fig_golden", lang), f"{g['answered_in_time']} / {g['resonant_cases']} ({percent(g['share_in_time'])})"],
        [t("fig_briefings", lang), number(figures["briefings"]["briefings"])],
        [t("fig_items", lang), number(figures["items"]["total"])],
    ], (110, 60))
    for key in CHART_ORDER:
        pdf.chart(charts.CHARTS[key](figures, lang, names))
    pdf.heading(t("table_categories", lang))
    pdf.rows([t("col_category", lang), t("col_refuted", lang), t("col_cases", lang)],
             [[names(k), str(r["by_category"].get(k, 0)), str(figures["fakes_by_category"].get(k, 0))]
              for k in dict.fromkeys([*r["by_category"], *figures["fakes_by_category"]])], (110, 30, 30))
    pdf.heading(t("table_violations", lang))
    total = v["total"] or 1
    pdf.rows([t("col_type", lang), t("col_count", lang), t("col_share", lang)],
             [[names(k), str(c), percent(c / total)] for k, c in v["by_type"].items()], (110, 30, 30))
    pdf.heading(t("refuted_cases", lang))
    refuted, refuted_total = _refuted_cases(db, since, until, tz)
    pdf.listing([t("col_case", lang), t("col_date", lang), t("col_refutation", lang)], refuted, (78, 22, 78),
                refuted_total)
    pdf.heading(t("overdue_notices", lang))
    overdue = [row for row in notices.due_notices(db, now=generated_at) if row["overdue"]]
    if overdue:
        pdf.listing([t("col_address", lang), t("col_recipient", lang), t("col_deadline", lang)],
                    [[row["url_defanged"], row["recipient"], _local_time(row["deadline_at"], tz)]
                     for row in overdue[:LIST_LIMIT]], (90, 53, 35), len(overdue))
    else:
        pdf.para(t("none_overdue", lang), 9)
    b = figures["briefings"]
    pdf.heading(t("briefings_plan", lang))
    pdf.rows([t("col_state_body", lang), t("col_briefings", lang)],
             [[body or "—", str(count)] for body, count in b["briefings_by_body"].items()], (130, 40))
    pdf.para(t("plan_line", lang, plan=b["plan_items"], done=b["plan_done"], on_time=b["plan_done_on_time"],
               moved=b["plan_moved"], cancelled=b["plan_cancelled"]), 9)
    pdf.heading(t("state_bodies", lang))
    pdf.rows([t("col_state_body", lang), t("col_publications", lang), t("col_refutations", lang),
              t("col_golden", lang)],
             [[s["state_body"], str(s["publications"]), str(s["refutations"]),
               f"{s['answered_in_time']} / {s['resonant_cases']}"] for s in figures["state_bodies"]], (70, 30, 30, 40))
    origin = figures["media_origin"]
    pdf.para(t("media_origin", lang, domestic=number(origin["domestic"]), foreign=number(origin["foreign"]),
               share=percent(origin["domestic_share"])), 9)
    pdf.heading(t("methodology", lang))
    for index in range(7):
        params = {"zone": zone_name or str(tz)} if index == 6 else {}
        pdf.para(t(f"method_{index}", lang, **params), 8)
    target = Path(out)
    temp = target.with_name(target.name + ".tmp")
    pdf.output(str(temp))
    temp.replace(target)
    return figures
