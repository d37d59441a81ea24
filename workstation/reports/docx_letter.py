"""The summary as an editable letter (.docx, python-docx): the same figures and wording as the PDF summary, for the
official letter the analyst finishes in a word processor (the unit's year report is such a letter).

It shares every sentence, figure and table row with the PDF (reports/headline.py, text.py, tables.py); only the
layout is its own: letterhead, date and number line, title, period, the opening sentences, the headline figures and
the tables, each refuted fake once with its refutations as hyperlinks, overdue notices, the methodology and the
signature block. No charts: the letter is text the analyst edits. Written whole or not at all (core.files).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from workstation.core import clock
from workstation.core.figures.model import Summary
from workstation.core.files import document_text, write_with
from workstation.core.violations.directory import platform_name
from workstation.reports import tables
from workstation.reports.headline import headline_figures, headline_lines, plan_line
from workstation.reports.tables import printed
from workstation.reports.text import counted, number, percent, signature_lines, t

FONT = "DejaVu Sans"  # the PDF's face where installed; Word substitutes a Cyrillic-capable font otherwise


def _hyperlink(paragraph, text: str, url: str) -> None:
    """A clickable external link (python-docx has no API for one: a w:hyperlink with its relationship)."""
    rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    props.append(style)
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "0046A0")
    props.append(colour)
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    props.append(underline)
    run.append(props)
    node = OxmlElement("w:t")
    node.text = text
    node.set(qn("xml:space"), "preserve")
    run.append(node)
    link.append(run)
    paragraph._p.append(link)


def _table(document, header: list[str], rows: list[list[object]], none: str) -> None:
    if not rows:
        document.add_paragraph(none)
        return
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(document_text(text)).bold = True
    for values in rows:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = document_text(value)
    document.add_paragraph()


def build_docx(summary: Summary, out: str | Path, *, lang: str, zone_name: str = "") -> Path:
    """Write the letter to ``out`` (whole or not at all: through a temporary file) and return its path."""
    figures, tz, generated_at, head = summary.figures, summary.tz, summary.as_of, summary.letterhead
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(11)
    props = document.core_properties
    app = t("app_name", lang)
    props.title, props.author, props.language = t("report_title", lang), head.author or app, lang
    props.created = props.modified = generated_at.astimezone(dt.timezone.utc).replace(tzinfo=None)
    props.last_modified_by = head.author or app
    for text, bold in ((head.organisation, True), (head.unit, False)):
        if text:
            paragraph = document.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.add_run(document_text(text)).bold = bold
    date = clock.local_text(clock.to_iso(generated_at), clock.DOCUMENT_DATE, tz)
    document.add_paragraph(f"{date}\t{t('doc_number', lang)}")
    document.add_heading(document_text(t("report_title", lang)), level=1)
    last_day = clock.to_iso(clock.from_iso(figures.period.until) - dt.timedelta(seconds=1))
    document.add_paragraph(t("period", lang, start=clock.local_text(figures.period.since, clock.DOCUMENT_DATE, tz),
                                 end=clock.local_text(last_day, clock.DOCUMENT_DATE, tz)))
    for line in headline_lines(figures, lang, tz):
        document.add_paragraph(document_text(line)).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    none = t("none_rows", lang)
    document.add_heading(t("figures", lang), level=2)
    _table(document, [t("col_figure", lang), t("col_value", lang)],
           [[t(row.key, lang), row.text] for row in headline_figures(figures, lang)], none)
    document.add_heading(t("table_categories", lang), level=2)
    _table(document, [t("col_category", lang), t("col_refuted", lang), t("col_cases", lang)],
           printed(tables.category_rows(figures, lang), lang), none)
    document.add_heading(t("table_violations", lang), level=2)
    _table(document, [t("col_type", lang), t("col_count", lang), t("col_share", lang)],
           printed(tables.violation_type_rows(figures, lang), lang), none)
    document.add_heading(t("table_platforms", lang), level=2)
    _table(document, [t("col_platform", lang), t("col_notices", lang), t("removed_in_time", lang),
                      t("col_median_removal", lang)], tables.printed_platform_rows(figures, lang), none)
    document.add_heading(t("table_source_categories", lang), level=2)
    _table(document, [t("col_source_category", lang), t("col_cases", lang)],
           tables.printed_source_category_rows(figures, lang), none)
    document.add_heading(t("refuted_cases", lang), level=2)
    listing = summary.refuted_cases
    if not listing.rows:
        document.add_paragraph(none)
    for index, case in enumerate(listing.rows, 1):
        document.add_paragraph().add_run(document_text(f"{index}. {case.title}")).bold = True
        for refutation in case.refutations:
            when = clock.local_text(refutation.published_at, clock.DOCUMENT_DATE, tz)
            paragraph = document.add_paragraph(document_text(
                f"{when} · " + ("" if refutation.url else refutation.channel or "—")))
            paragraph.paragraph_format.left_indent = Pt(14)
            if refutation.url:  # the link's target too: it goes into the document's XML like the text
                _hyperlink(paragraph, document_text(refutation.url), document_text(refutation.url))
    if listing.total > len(listing.rows):
        document.add_paragraph(t("more_cases", lang, shown=number(len(listing.rows), lang),
                                 total=number(listing.total, lang)))
    document.add_heading(t("overdue_notices", lang), level=2)
    overdue = summary.overdue_notices
    if overdue.total:
        _table(document, [t("col_address", lang), t("col_recipient", lang), t("col_deadline", lang)],
               [[n.url_defanged, platform_name(n.recipient, lang),
                 clock.local_text(n.deadline_at, clock.DOCUMENT, tz)] for n in overdue.rows], none)
        if overdue.total > len(overdue.rows):
            document.add_paragraph(t("more_rows", lang, shown=len(overdue.rows), total=overdue.total))
    else:
        document.add_paragraph(t("none_overdue", lang))
    if summary.entered_late:
        document.add_paragraph(counted("entered_late", lang, summary.entered_late))
    b = figures.briefings
    document.add_heading(t("briefings_plan", lang), level=2)
    _table(document, [t("col_state_body", lang), t("col_briefings", lang)],
           printed(tables.briefing_rows(figures), lang), none)
    document.add_paragraph(plan_line(b, lang))
    document.add_heading(t("state_bodies", lang), level=2)
    _table(document, [t("col_state_body", lang), t("col_publications", lang), t("col_refutations", lang),
                      t("col_golden", lang)], printed(tables.state_body_rows(figures), lang), none)
    origin = figures.media_origin
    document.add_paragraph(t("media_origin", lang, domestic=number(origin.domestic, lang),
                             foreign=number(origin.foreign, lang), share=percent(origin.domestic_share, lang)))
    document.add_heading(t("methodology", lang), level=2)
    zone = zone_name or summary.zone_name or str(tz)
    for index in range(7):
        paragraph = document.add_paragraph(t(f"method_{index}", lang, **({"zone": zone} if index == 6 else {})))
        for run in paragraph.runs:
            run.font.size = Pt(9)
    document.add_paragraph()
    signer = signature_lines(head)
    if signer:
        paragraph = document.add_paragraph()
        for number_, line in enumerate(signer):
            run = paragraph.add_run(document_text(line) + ("\t\t____________________" if number_ == 0 else ""))
            run.bold = True
            if number_ < len(signer) - 1:
                run.add_break()
    if head.author:
        prepared = t("prepared_by", lang, author=head.author) + (f", {head.contact}" if head.contact else "")
        run = document.add_paragraph().add_run(document_text(prepared))
        run.font.size, run.font.color.rgb = Pt(8), RGBColor(0x50, 0x50, 0x50)
    target = Path(out)
    write_with(target, document.save)
    return target
