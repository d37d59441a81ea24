"""The PDF summary for a period, as the official document it goes out as (a letter to parliament quotes it): the
letterhead (organisation, unit), date and number line, headline sentences and figures, charts, tables, every refuted
fake once with its refutations (clickable), overdue notices, briefings, state bodies, the methodology, and the
signature block. A4, fonts embedded (Kazakh letters included), text selectable; nothing is cut with "…": long titles
and addresses wrap; numbers and durations follow the language's conventions (reports/text.py).

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

from workstation.core import clock
from workstation.core.figures.model import Letterhead, Summary
from workstation.core.files import document_text, write_with
from workstation.core.paths import resources_dir
from workstation.core.violations.directory import platform_name
from workstation.reports import charts, tables
from workstation.reports.headline import headline_figures, headline_lines, plan_line
from workstation.reports.text import counted, number, percent, signature_lines, t

LINK_COLOUR = (0, 70, 160)

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
        self.cell(0, 6, f"{t('app_name', self.lang)} · {t('page', self.lang, n=self.page_no())}", align="R")
        self.set_text_color(0)

    def room(self) -> float:
        """Millimetres left on the page above the footer."""
        return self.page_break_trigger - self.get_y()

    def keep(self, height: float) -> None:
        """Start a new page unless ``height`` mm fit on this one (a heading is never left alone at a page foot)."""
        if self.room() < height:
            self.add_page()

    def heading(self, text: str, size: int = 13) -> None:
        self.keep(24)
        self.ln(3)
        self.set_font(FONT, "B", size)
        self.multi_cell(0, 7, document_text(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font(FONT, "", 10)

    def para(self, text: str, size: float = 10, line_height: float = 5.5) -> None:
        self.set_font(FONT, "", size)
        self.multi_cell(0, line_height, document_text(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def para_height(self, text: str, size: float, line_height: float) -> float:
        self.set_font(FONT, "", size)
        return line_height * len(self.multi_cell(0, line_height, document_text(text), dry_run=True,
                                                 output=MethodReturnValue.LINES))

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
        page, under the header repeated, when it does not fit: a 4,000-character name prints whole. Header words
        are never broken: a column is widened to its longest header word.

        Drawn by hand rather than with fpdf2's table, which refuses a row taller than a page and wraps every cell
        twice over (for a thousand rows, tens of times slower).
        """
        columns = self._columns(header, widths, size)
        self._grid_row(header, columns, size, line_height, head=True)
        for values in rows:
            self._grid_row(values, columns, size, line_height, head=False, header=header)

    def _columns(self, header: list[str], widths: tuple[int, ...], size: float) -> list[float]:
        """Column widths in mm: ``widths`` scaled to the page, each at least as wide as its longest header word
        (the room taken from the columns that have some to spare)."""
        scale = self.epw / sum(widths)
        columns = [width * scale for width in widths]
        self.set_font(FONT, "B", size)
        needed = [max(self.get_string_width(word) for word in (str(text).split() or [""])) + 2 * self.c_margin + 0.5
                  for text in header]
        for _ in range(len(columns)):
            short = [i for i, width in enumerate(columns) if width < needed[i]]
            if not short:
                break
            deficit = sum(needed[i] - columns[i] for i in short)
            spare = {i: columns[i] - needed[i] for i in range(len(columns)) if columns[i] > needed[i]}
            if not spare:
                break
            available = sum(spare.values())
            take = min(deficit, available)
            for i in short:
                columns[i] += (needed[i] - columns[i]) * take / deficit
            for i, room in spare.items():
                columns[i] -= take * room / available
        return columns

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

    def link_line(self, prefix: str, url: str, indent: float, size: float = 9) -> None:
        """``prefix`` then ``url`` as a clickable link, wrapped whole over as many lines as it takes."""
        margin = self.l_margin
        self.set_left_margin(margin + indent)  # a wrapped address goes on under itself, not under the case
        self.set_font(FONT, "", size)
        self.set_x(self.l_margin)
        self.write(4.8, document_text(prefix))
        if url:
            self.set_text_color(*LINK_COLOUR)
            self.set_font(FONT, "U", size)
            self.write(4.8, document_text(url), link=url)
            self.set_text_color(0)
            self.set_font(FONT, "", size)
        self.ln(4.8)
        self.set_left_margin(margin)

    def refuted_cases(self, summary: Summary) -> None:
        """Each refuted fake once, its title wrapped in full, its refutations of the period under it."""
        lang, listing = self.lang, summary.refuted_cases
        if not listing.rows:
            self.para(t("none_rows", lang), 9)
            return
        for index, case in enumerate(listing.rows, 1):
            self.set_font(FONT, "B", 9.5)
            title = document_text(f"{index}. {case.title}")
            lines = self.multi_cell(self.epw, 5, title, dry_run=True, output=MethodReturnValue.LINES)
            self.keep(5 * len(lines) + 5 * min(len(case.refutations), 2) + 2)
            self.multi_cell(self.epw, 5, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            for refutation in case.refutations:
                when = clock.local_text(refutation.published_at, clock.DOCUMENT_DATE, summary.tz)
                self.link_line(f"{when} · " if refutation.url else f"{when} · {refutation.channel or '—'}",
                               refutation.url, indent=5)
            self.ln(1.5)
        if listing.total > len(listing.rows):
            self.para(t("more_cases", lang, shown=number(len(listing.rows), lang), total=number(listing.total, lang)),
                      8)

    def letterhead(self, head: Letterhead, date: str) -> None:
        """The organisation and unit over a rule, then the date and the number line, as a ministry letter opens."""
        if head.organisation or head.unit:
            self.set_font(FONT, "B", 11)
            if head.organisation:
                self.multi_cell(0, 5.5, document_text(head.organisation), align="C", new_x=XPos.LMARGIN,
                                new_y=YPos.NEXT)
            if head.unit:
                self.set_font(FONT, "", 10)
                self.multi_cell(0, 5, document_text(head.unit), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(1)
            self.line(self.l_margin, self.get_y(), self.l_margin + self.epw, self.get_y())
            self.ln(2)
        self.set_font(FONT, "", 10)
        self.cell(self.epw / 2, 6, date)
        self.cell(self.epw / 2, 6, t("doc_number", self.lang), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(2)

    def signature_height(self, head: Letterhead) -> float:
        return 12 + 5 * max(1, len(signature_lines(head))) + (12 if head.author else 0)

    def signature(self, head: Letterhead) -> None:
        """The signer's block on the left, a line to sign on the right; who prepared it and how to reach them."""
        self.keep(self.signature_height(head))
        self.ln(10)
        self.set_font(FONT, "B", 10)
        top = self.get_y()
        signer = signature_lines(head)
        for line in signer:
            self.multi_cell(self.epw * 0.55, 5, document_text(line), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        bottom = max(self.get_y(), top + 5)
        self.line(self.l_margin + self.epw * 0.65, top + 4.5, self.l_margin + self.epw, top + 4.5)
        self.set_y(bottom)
        if head.author:
            self.ln(8)
            self.set_font(FONT, "", 8)
            prepared = t("prepared_by", self.lang, author=head.author) + (f", {head.contact}" if head.contact else "")
            self.multi_cell(0, 4, document_text(prepared), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

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
    pdf.set_creator(t("app_name", lang))
    if summary.letterhead.author:
        pdf.set_author(summary.letterhead.author)
    pdf.add_page()
    pdf.letterhead(summary.letterhead, clock.local_text(clock.to_iso(generated_at), clock.DOCUMENT_DATE, tz))
    pdf.heading(t("report_title", lang), 16)
    since, until = figures.period.since, figures.period.until
    last_day = clock.to_iso(clock.from_iso(until) - dt.timedelta(seconds=1))
    pdf.para(t("period", lang, start=clock.local_text(since, clock.DOCUMENT_DATE, tz),
               end=clock.local_text(last_day, clock.DOCUMENT_DATE, tz)))
    pdf.para(t("generated", lang, when=clock.local_text(clock.to_iso(generated_at), clock.DOCUMENT, tz)), 8)
    pdf.ln(2)
    for line in headline_lines(figures, lang, tz):
        pdf.para(line)
    pdf.heading(t("figures", lang))
    pdf.rows([t("col_figure", lang), t("col_value", lang)],
             [[t(row.key, lang), row.text] for row in headline_figures(figures, lang)], (110, 60))
    for key in CHART_ORDER:
        pdf.chart(charts.CHARTS[key](figures, lang))
    pdf.heading(t("table_categories", lang))
    pdf.rows([t("col_category", lang), t("col_refuted", lang), t("col_cases", lang)],
             tables.printed(tables.category_rows(figures, lang), lang), (110, 30, 30))
    pdf.heading(t("table_violations", lang))
    pdf.rows([t("col_type", lang), t("col_count", lang), t("col_share", lang)],
             tables.printed(tables.violation_type_rows(figures, lang), lang), (110, 30, 30))
    pdf.heading(t("table_platforms", lang))
    pdf.rows([t("col_platform", lang), t("col_notices", lang), t("removed_in_time", lang),
              t("col_median_removal", lang)], tables.printed_platform_rows(figures, lang), (60, 30, 40, 40))
    pdf.heading(t("table_source_categories", lang))
    pdf.rows([t("col_source_category", lang), t("col_cases", lang)], tables.printed_source_category_rows(figures, lang),
             (130, 40))
    pdf.heading(t("refuted_cases", lang))
    pdf.refuted_cases(summary)
    pdf.heading(t("overdue_notices", lang))
    overdue = summary.overdue_notices
    if overdue.total:
        pdf.listing([t("col_address", lang), t("col_recipient", lang), t("col_deadline", lang)],
                    [[notice.url_defanged, platform_name(notice.recipient, lang),
                      clock.local_text(notice.deadline_at, clock.DOCUMENT, tz)] for notice in overdue.rows],
                    (90, 53, 35), overdue.total)
    else:
        pdf.para(t("none_overdue", lang), 9)
    if summary.entered_late:
        pdf.para(counted("entered_late", lang, summary.entered_late), 9)
    b = figures.briefings
    pdf.heading(t("briefings_plan", lang))
    pdf.rows([t("col_state_body", lang), t("col_briefings", lang)], tables.printed(tables.briefing_rows(figures), lang),
             (130, 40))
    pdf.para(plan_line(b, lang), 9)
    pdf.heading(t("state_bodies", lang))
    pdf.rows([t("col_state_body", lang), t("col_publications", lang), t("col_refutations", lang),
              t("col_golden", lang)], tables.printed(tables.state_body_rows(figures), lang), (70, 30, 30, 40))
    origin = figures.media_origin
    pdf.para(t("media_origin", lang, domestic=number(origin.domestic, lang), foreign=number(origin.foreign, lang),
               share=percent(origin.domestic_share, lang)), 9)
    _closing(pdf, summary, zone_name or summary.zone_name or str(tz))
    target = Path(out)
    write_with(target, pdf.output)
    return target


def _closing(pdf: _SummaryPdf, summary: Summary, zone: str) -> None:
    """The methodology and the signature block, kept on one page: at the normal size when they fit in what is
    left of this one, else a size smaller when that fits, else together on a new page. The document never ends
    on a page holding a stray line or a lone signature."""
    lang = pdf.lang
    texts = [t(f"method_{index}", lang, **({"zone": zone} if index == 6 else {})) for index in range(7)]
    signature = pdf.signature_height(summary.letterhead)

    def height(size: float, line_height: float) -> float:
        return 14 + sum(pdf.para_height(text, size, line_height) for text in texts) + signature

    size, line_height = 8, 4.4
    if pdf.room() < height(size, line_height):
        if pdf.room() >= height(7, 3.6):
            size, line_height = 7, 3.6
        else:
            pdf.add_page()
    pdf.heading(t("methodology", lang), 11)
    for text in texts:
        pdf.para(text, size, line_height)
    pdf.signature(summary.letterhead)
