"""Writing files an analyst hands on (exports, bundles, PDFs): all or nothing, never a half-written file, and
nothing in them that the program opening them would run or choke on (a formula in a CSV cell, a character XML
forbids).
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

# What makes a spreadsheet read a cell as a formula (OWASP, "CSV injection"): a feed title "=HYPERLINK(...)" or
# "@SUM(...)" must stay text when the analyst's colleague opens the export in Excel or LibreOffice.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# What XML 1.0 forbids even as a character reference: C0 controls other than tab and line breaks, lone
# surrogates, U+FFFE and U+FFFF. None of them is text, and no font has a glyph for them either.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def write_atomically(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file beside it, flushed to disk, then renamed over it."""
    write_with(path, lambda handle: handle.write(data))


def write_with(path: str | Path, fill: Callable[[BinaryIO], object]) -> None:
    """Let ``fill`` write into a temporary file beside ``path``; rename it over ``path`` only if it succeeded.

    A crash or an exception leaves the old file (if any) untouched and no temporary file behind.
    """
    path = Path(path)
    temp = path.with_name(path.name + ".tmp")
    try:
        with open(temp, "wb") as handle:
            fill(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def csv_cell(value: object) -> object:
    """A value as a CSV cell: None is empty; text a spreadsheet would run as a formula gets a leading apostrophe
    (shown as text, the way spreadsheets mark text themselves); numbers stay numbers."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(path: str | Path, header: Sequence[object], rows: Iterable[Sequence[object]]) -> Path:
    """A CSV export: UTF-8 with a byte-order mark (so Excel opens Cyrillic and Kazakh letters as they are), every
    cell through ``csv_cell``, written all or nothing. Every CSV the program writes goes through here."""
    def fill(handle: BinaryIO) -> None:
        text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
        writer = csv.writer(text)
        writer.writerow([csv_cell(cell) for cell in header])
        writer.writerows([csv_cell(cell) for cell in row] for row in rows)
        text.flush()
        text.detach()  # the handle stays open for write_with to flush to disk

    target = Path(path)
    write_with(target, fill)
    return target


def document_text(value: object) -> str:
    """``value`` as text any exported document may hold: the characters XML 1.0 forbids (control characters in a
    feed's title, lone surrogates) left out, so a strict XML parser reads the whole export and a PDF draws no
    missing glyphs."""
    return _NOT_TEXT.sub("", str(value))
