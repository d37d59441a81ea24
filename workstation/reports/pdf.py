"""The PDF summary for a period: headline figures, charts, tables, refuted cases, overdue notices, briefings,
state bodies and the methodology. A4, fonts embedded (Kazakh letters included), text selectable.

Everything it prints comes from a ``Summary`` (core.figures.summary): this module reads no workspace. Same summary
gives the same content: the only run-dependent text is the generation time (``Summary.as_of``, which the caller
may fix), and the PDF's own dates are set from it.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import MethodReturnValue, XPos, YPos

from workstation import APP_NAME
from workstation.core import clock
from workstation.core.figures.model import Summary
from workstation.core.files import document_text, write_with
from workstation.core.paths import resources_dir
from workstation.reports import charts, tables
from workstation.reports.headline import headline_figures, headline_lines
from workstation.reports.text import number, percent, t

FONT = "DejaVu"
CHART_ORDER = ("refutations_per_month", "fakes_by_category", "violations_by_type", "notices", "golden_hour",
               "items_per_source", "items_per_language", "top_sources_of_fakes")


class _SummaryPdf(FPDF):
    def __init__(self, lang: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.lang = lang
        fonts = resources_dir() / "fonts"
        self.add_font(FONT, "", str(fonts / "DejaVuSans.ttf"))
        self.add_font(FONT, "B", str(fonts / "DejaVuSans-Bold.ttf"))
        self.set_auto_page_break(True, margin=16)
        self.set_margins(16, 16, 16)
        self.set_fill_color(230, 236, 244)  # table headers
        self.set_draw_color(200)  # the rule under each table row
        self.set_line_width(0.2)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FONT, "", 8)
        self.set_text_color(120)
        self.cell(0, 6, f"{APP_NAME} · {t('page', self.lang, n=self.page_no())}", align="R")
        self.set_text_color(0)

    def heading(self, text: str, size: int = 13) -> None:
        self.ln(3)
        self.set_font(FONT, "B", size)
        self.multi_cell(0, 7, document_text(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font(FONT, "", 10)

    def para(self, text: str, size: int = 10) -> None:
        self.set_font(FONT, "", size)
        self.multi_cell(0, 5.5, document_text(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def rows(self, header: list[str], rows: list[list[object]], widths: tuple[int, ...]) -> None:
        if not rows:
            self.para(t("none_rows", self.lang), 9)
            return
        self.grid(header, rows, widths, size=9, line_height=5)
        self.ln(2)

    def listing(self, header: list[str], rows: list[list[str]], widths: tuple[int, ...], total: int) -> None:
        """A long list (up to a thousand rows), with the count of rows not shown."""
        if not rows:
            self.para(t("none_rows", self.lang), 9)
            return
        self.grid(header, rows, widths, size=8, line_height=4.6)
        if total > len(rows):
            self.para(t("more_rows", self.lang, shown=len(rows), total=total), 8)
        self.ln(2)

    def grid(self, header: list[str], rows: list[list[object]], widths: tuple[int, ...], *, size: float,
             line_height: float) -> None:
        """A table drawn line by line. Every cell is wrapped to its column, whole (a word or an address longer
        than the column is broken inside), never cut; a row is as tall as its tallest cell and goes on over the
        page, under the header repeated, when it does not fit: a 4,000-character name prints whole.

        Drawn by hand rather than with fpdf2's table, which refuses a row taller than a page and wraps every cell
        twice over (for a thousand rows, tens of times slower).
        """
        scale = self.epw / sum(widths)
        columns = [width * scale for width in widths]
        self._grid_row(header, columns, size, line_height, head=True)
        for values in rows:
            self._grid_row(values, columns, size, line_height, head=False, header=header)

    def _grid_row(self, values: list[object], columns: list[float], size: float, line_height: float, *,
                  head: bool, header: list[str] | None = None) -> None:
        self.set_font(FONT, "B" if head else "", size)
        cells = [self._lines(document_text(value), width) for value, width in zip(values, columns, strict=True)]
        for index in range(max(len(lines) for lines in cells)):
            if self.get_y() + line_height > self.page_break_trigger:
                self.add_page()
                if header is not None:
                    self._grid_row(header, columns, size, line_height, head=True)
                    self.set_font(FONT, "", size)
            self.set_x(self.l_margin)
            for lines, width in zip(cells, columns, strict=True):
                self.cell(width, line_height, lines[index] if index < len(lines) else "", fill=head)
            self.ln(line_height)
        self.line(self.l_margin, self.get_y(), self.l_margin + self.epw, self.get_y())

    def _lines(self, text: str, width: float) -> list[str]:
        """``text`` as the lines it takes in a column ``width`` wide in the current font."""
        if "\n" not in text and self.get_string_width(text) <= width - 2 * self.c_margin:
            return [text]  # the common case, without fpdf2's line breaking
        return self.multi_cell(width, 1, text, dry_run=True, output=MethodReturnValue.LINES) or [""]

    def chart(self, figure) -> None:
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=150, metadata={"Software": None})
        width = self.epw
        height = width * figure.get_figheight() / figure.get_figwidth()
        if self.get_y() + height > self.page_break_trigger:
            self.add_page()
        self.image(buffer, w=width, h=height)
        self.ln(2)


def build_pdf(summary: Summary, out: str | Path, *, lang: str, zone_name: str = "") -> Path:
    """Write the summary to ``out`` (whole or not at all: through a temporary file) and return its path."""
    figures, tz, generated_at = summary.figures, summary.tz, summary.as_of
    pdf = _SummaryPdf(lang)
    pdf.set_creation_date(generated_at)
    pdf.set_lang(lang)
    pdf.set_title(t("report_title", lang))
    pdf.set_creator(APP_NAME)
    pdf.add_page()
    pdf.heading(t("report_title", lang), 18)
    since, until = figures.period.since, figures.period.until
    last_day = clock.to_iso(clock.from_iso(until) - dt.timedelta(seconds=1))
    pdf.para(t("period", lang, start=clock.local_text(since, clock.DOCUMENT_DATE, tz),
               end=clock.local_text(last_day, clock.DOCUMENT_DATE, tz)))
    pdf.para(t("generated", lang, when=clock.local_text(clock.to_iso(generated_at), clock.DOCUMENT, tz)), 8)
    pdf.ln(2)
    for line in headline_lines(figures, lang):
        pdf.para(line)
    pdf.heading(t("figures", lang))
    pdf.rows([t("col_figure", lang), t("col_value", lang)],
             [[t(row.key, lang), row.text] for row in headline_figures(figures)], (110, 60))
    for key in CHART_ORDER:
        pdf.chart(charts.CHARTS[key](figures, lang))
    pdf.heading(t("table_categories", lang))
    pdf.rows([t("col_category", lang), t("col_refuted", lang), t("col_cases", lang)],
             tables.category_rows(figures, lang), (110, 30, 30))
    pdf.heading(t("table_violations", lang))
    pdf.rows([t("col_type", lang), t("col_count", lang), t("col_share", lang)],
             tables.violation_type_rows(figures, lang), (110, 30, 30))
    pdf.heading(t("refuted_cases", lang))
    refuted = summary.refuted_cases
    pdf.listing([t("col_case", lang), t("col_date", lang), t("col_refutation", lang)],
                [[case.title, clock.local_text(case.published_at, clock.DOCUMENT_DATE, tz), case.url or "—"]
                 for case in refuted.rows], (78, 22, 78), refuted.total)
    pdf.heading(t("overdue_notices", lang))
    overdue = summary.overdue_notices
    if overdue.total:
        pdf.listing([t("col_address", lang), t("col_recipient", lang), t("col_deadline", lang)],
                    [[notice.url_defanged, notice.recipient, clock.local_text(notice.deadline_at, clock.DOCUMENT, tz)]
                     for notice in overdue.rows], (90, 53, 35), overdue.total)
    else:
        pdf.para(t("none_overdue", lang), 9)
    b = figures.briefings
    pdf.heading(t("briefings_plan", lang))
    pdf.rows([t("col_state_body", lang), t("col_briefings", lang)], tables.briefing_rows(figures), (130, 40))
    pdf.para(t("plan_line", lang, plan=b.plan_items, done=b.plan_done, on_time=b.plan_done_on_time,
               moved=b.plan_moved, cancelled=b.plan_cancelled), 9)
    pdf.heading(t("state_bodies", lang))
    pdf.rows([t("col_state_body", lang), t("col_publications", lang), t("col_refutations", lang),
              t("col_golden", lang)], tables.state_body_rows(figures), (70, 30, 30, 40))
    origin = figures.media_origin
    pdf.para(t("media_origin", lang, domestic=number(origin.domestic), foreign=number(origin.foreign),
               share=percent(origin.domestic_share)), 9)
    pdf.heading(t("methodology", lang))
    for index in range(7):
        params = {"zone": zone_name or str(tz)} if index == 6 else {}
        pdf.para(t(f"method_{index}", lang, **params), 8)
    target = Path(out)
    write_with(target, pdf.output)
    return target
