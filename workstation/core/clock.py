"""Time in one place: UTC ISO-8601 text for storage, and a clock tests can move."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

UTC = dt.timezone.utc
ISO_FORMAT = "%Y-%m-%dT%H:%M:%SZ"

_now: Callable[[], dt.datetime] = lambda: dt.datetime.now(UTC)  # noqa: E731


def now() -> dt.datetime:
    """The current time, timezone-aware, in UTC."""
    return _now()


def set_clock(func: Callable[[], dt.datetime] | None) -> None:
    """Replace the clock (tests, and ``--at`` on the command line); ``None`` restores the real one."""
    global _now
    _now = func or (lambda: dt.datetime.now(UTC))


def to_iso(moment: dt.datetime) -> str:
    """Fixed-width UTC text, so that text order is time order in SQL."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: a time zone is required")
    return moment.astimezone(UTC).strftime(ISO_FORMAT)


def now_iso() -> str:
    return to_iso(now())


def from_iso(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment
