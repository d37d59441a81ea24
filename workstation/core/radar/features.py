"""What the radar reads from one item: when it happened, and the keys that find its story.

**Time.** An item counts at its publication time when that is known and plausible: not before 2000 and never
later than the moment the workstation first saw it (a feed that writes local time as UTC, or a future date, is not
trusted: the item counts when first seen). A backlog fetched after a night offline, or an imported replay, is
counted when it happened; an item that happened more than ``WINDOW_DAYS`` before the newest news the radar has
read (an archive imported beside live news) is not the radar's to read at all (``in_window``). An archive imported
into a workspace of its own is read as live news of its time: its stories can be looked at as they rose (``--at``).

**Keys.** Wording keys (MinHash bands of the item's word forms) and pairs of its specific entities, across Kazakh,
Russian and scripts: what they are is ``analysis.story_keys``, which works them out from the item's words
(in ingest's worker processes, or here). Only specific entities pair: those few stories carried lately
(``cluster.SPECIFIC_STORIES``): "Қазақстан" or "t.me" join nothing.

Pure functions; the database work is in ``cluster.py``.
"""

from __future__ import annotations

import datetime as dt

from workstation.core import clock
from workstation.core.analysis.story_keys import EARLIEST as EARLIEST_TIME
from workstation.core.analysis.story_keys import (  # noqa: F401 - used as feat.*
    TEXT_CHARS,
    WINDOW_DAYS,
    StoryKeys,
    story_keys,
)

# Publication times before this are not plausible (a feed's zero date).
EARLIEST = clock.to_iso(EARLIEST_TIME)


def event_time(published_at: str | None, date_known: int | bool, first_seen_at: str) -> str:
    """When an item happened, for counting (see the module text)."""
    if date_known and published_at and EARLIEST <= published_at <= first_seen_at:
        return published_at
    return first_seen_at


def in_window(event: str, newest: dt.datetime) -> bool:
    """Whether an item that happened at ``event`` is the radar's to read, the newest news it has read having
    happened at ``newest`` (``story_keys.WINDOW_DAYS``)."""
    return parse(event) >= newest - dt.timedelta(days=WINDOW_DAYS)


def hour_of(iso: str) -> str:
    """The UTC hour an ISO time falls in, as the hourly counts key it: '2026-12-01T09'."""
    return iso[:13]


def parse(iso: str) -> dt.datetime:
    return clock.from_iso(iso)


def minute_of(iso: str) -> int:
    """An ISO time as whole minutes since 1970 (how keys store it)."""
    return int(parse(iso).timestamp()) // 60
