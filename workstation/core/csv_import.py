"""Reading the registers a unit brings in as CSV (past violations, past cases): rows with their line numbers under
the header's names, and each cell's time in the workspace's reporting zone. One row that cannot be read whole is
a ``RowProblem``: the import skips it and reports the line and the reason."""

from __future__ import annotations

import csv
import datetime as dt
import io

from workstation.core import clock

# Day-first forms as registers kept in Kazakh and Russian offices write them; ISO 8601 is read as well.
_DAY_FIRST = ("%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y")


# A register's cell may be a long claim or a pasted page; the csv module refuses a whole file over one cell above
# 128 KiB by default.
csv.field_size_limit(max(csv.field_size_limit(), 16 * 1024 * 1024))

# 1C, the accounting software most offices keep their registers in, writes an empty date as "01.01.0001 0:00:00".
_NO_DATE = dt.datetime(1, 1, 1)


class RowProblem(Exception):
    """Why one row is skipped (plain words, for the import report)."""


def cell_time(text: str, zone: dt.tzinfo) -> str | None:
    """A cell's time in stored form (UTC ISO); None for an empty cell; RowProblem if unreadable.

    ISO 8601 ("2022-10-01T09:30", "2022-10-01 09:30+06:00", "2022-10-01") or "01.10.2022 09:30". A time without an
    offset is in ``zone``, with the offset in force on that date (2022 Almaty: +06:00); a date alone is midnight.
    1C's empty date ("01.01.0001 0:00:00") is an empty cell; a time outside the years 1-9999 in UTC is unreadable.
    """
    text = text.strip()
    if not text:
        return None
    moment = None
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        for fmt in _DAY_FIRST:
            try:
                moment = dt.datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
    if moment is None:
        raise RowProblem(f"not a time: {text}")
    if moment == _NO_DATE:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    try:
        return clock.to_iso(moment)
    except (OverflowError, ValueError) as exc:  # in UTC before year 1 or after 9999
        raise RowProblem(f"not a time: {text}") from exc


def read_rows(text: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """The header (lower-cased, spaces as underscores) and each non-empty row with its line number; comma,
    semicolon or tab separated, whichever the header uses most."""
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = max((",", ";", "\t"), key=first.count)
    # newline=None reads a lone carriage return (an old Mac export, a stray CR in a cell) as a line break: the csv
    # module refused the whole file over one ("new-line character seen in unquoted field").
    reader = csv.reader(io.StringIO(text, newline=None), delimiter=delimiter)
    header: list[str] = []
    rows = []
    for cells in reader:
        if not header:
            header = [c.strip().lower().replace(" ", "_") for c in cells]
            continue
        if not any(c.strip() for c in cells):
            continue
        rows.append((reader.line_num, {name: (cells[i].strip() if i < len(cells) else "")
                                       for i, name in enumerate(header)}))
    return header, rows
