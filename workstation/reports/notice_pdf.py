"""A removal notice as a one-or-more-page A4 PDF (no Qt): the text as shown in the preview, DejaVu Sans
embedded so Kazakh letters (ә ғ қ ң ө ұ ү һ і) render and stay selectable.

It belongs beside workstation/reports/pdf.py (reports/notice_pdf.py) so the command line can print
notices too; it lives here, Qt-free, until it moves.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from workstation.core import clock
from workstation.core.files import document_text, write_atomically
from workstation.core.language import detect_language
from workstation.core.paths import resources_dir
from workstation.reports.text import LANGS, t

FONT = "DejaVu"
WRAPPED_AT = 70  # in an older notice, a line this long was wrapped by hand: it continues on the next line
FLOWING_AT = 200  # a line this long is a whole paragraph: the text is written one line a paragraph


def paragraphs(text: str) -> list[str]:
    """The notice's paragraphs, which the PDF wraps to its own width. Today's templates give one line a
    paragraph, kept as they are (the sender block's short lines too); a notice stored from an older,
    hand-wrapped template has its long lines joined back to the next one. Short lines (headings, "To: ...") and
    indented lines (the address) stay as they are."""
    lines = text.splitlines()
    if any(len(line) >= FLOWING_AT for line in lines):
        return [line.rstrip() for line in lines]
    out: list[str] = []
    joining = False
    for line in lines:
        if joining and line.strip() and not line[:1].isspace():
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line.rstrip())
        joining = len(line.rstrip()) >= WRAPPED_AT and not line[:1].isspace()
    return out


def heading(text: str) -> str:
    """The notice's title ("УВЕДОМЛЕНИЕ", "ХАБАРЛАМА", "NOTICE"): its first line in capitals, below the issuing
    body and the outgoing number; else its first line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return next((line for line in lines if line.isupper()), lines[0] if lines else "")


def notice_language(text: str) -> str:
    """The language a notice is written in ("kk", "ru", "en"), read from its text; Russian when unclear."""
    found = detect_language(text)
    return found if found in LANGS else "ru"


def notice_pdf_bytes(text: str, *, title: str = "", created_at: dt.datetime | None = None,
                     pictures: list[bytes] | None = None, lang: str | None = None) -> bytes:
    """``pictures``: PNGs of the captured page (violations/render.py), each on a page of its own after the text.
    The program's name (the PDF's creator) and the picture's caption are in the notice's language, ``lang``
    (read from the text when not given)."""
    lang = lang if lang in LANGS else notice_language(text)
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    fonts = resources_dir() / "fonts"
    pdf.add_font(FONT, "", str(fonts / "DejaVuSans.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creator(t("app_name", lang))
    pdf.set_title(document_text(title or heading(text) or t("app_name", lang)))
    pdf.set_creation_date(created_at or clock.now())
    pdf.add_page()
    pdf.set_font(FONT, "", 11)
    # multi_cell wraps at spaces and breaks a word or an address longer than the line inside it: nothing is cut.
    for line in paragraphs(document_text(text)) or [""]:
        pdf.multi_cell(0, 6, line if line.strip() else " ", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for picture in pictures or []:
        pdf.add_page()
        pdf.set_font(FONT, "", 9)
        pdf.multi_cell(0, 5, t("captured_page", lang), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        # Fitted into the page below the caption; a tall page keeps its proportions.
        pdf.image(io.BytesIO(picture), x=pdf.l_margin, y=pdf.get_y() + 2, keep_aspect_ratio=True,
                  w=pdf.epw, h=pdf.eph - 12)
    return bytes(pdf.output())


def write_notice_pdf(text: str, path: str | Path, *, title: str = "", lang: str | None = None) -> Path:
    """Write the notice to ``path`` (written whole to a temporary file first, then moved into place)."""
    target = Path(path)
    write_atomically(target, notice_pdf_bytes(text, title=title, lang=lang))
    return target
