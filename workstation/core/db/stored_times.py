"""Times read back from a workspace's rows for a figure. The workstation writes only times ``clock.to_iso`` wrote,
but another program (a SQLite client) may have left anything in a row. A figure computed without that record would
be wrong without saying so, and one stopped by a ValueError or TypeError names nothing: the figure is refused,
naming the record, its field and what it holds."""

from __future__ import annotations

import datetime as dt

from workstation.core import clock
from workstation.core.errors import WorkstationError


def record_time(value: object, table: str, record_id: object, field: str) -> dt.datetime:
    """``value`` as a time, or a ``figures.bad_time`` error naming ``table`` #``record_id`` and ``field``."""
    moment = clock.stored_time(value)
    if moment is None:
        raise bad_time(value, table, record_id, field)
    return moment


def bad_time(value: object, table: str, record_id: object, field: str) -> WorkstationError:
    return WorkstationError("figures.bad_time", record=f"{table} #{record_id}", field=field, value=shown_value(value))


def shown_value(value: object) -> str:
    """A stored value as a message shows it, in no language: bytes as SQL writes them (x'fffe'), the rest as
    Python writes it, both cut short."""
    if isinstance(value, bytes):
        return f"x'{value[:16].hex()}'" + ("…" if len(value) > 16 else "")
    return repr(value)[:60]
