"""Item bodies, the sanitized HTML and the plain text, kept apart from the item rows and compressed.

An item row holds what the list, sorting and the figures read (about 400 bytes); its body, two thirds of an item's
bytes, sits in ``item_bodies`` (rowid = the item's id), both parts in one deflate stream, so the text, which repeats
the HTML's words, costs almost nothing beside it (about a quarter of the UTF-8 size on the benchmark's items).
An item without HTML and text has no body row. Every reader and
writer of bodies goes through this module (it sits in ``core.db`` so that ingest, evidence and the item views below
and above it can all use it).

A workspace made before schema step 18 may still hold bodies in the item rows' old ``content_html`` and
``content_text`` columns until ``items.compact`` has moved them; the readers here look there too, so nothing is
missing meanwhile. Nothing writes those columns any more (they stay, empty, so bundles and older tools keep
their shape).
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workstation.core.errors import Problem, WorkstationError

if TYPE_CHECKING:  # only named in annotations: the worker processes packing bodies (``ingest.prepared``) never load it
    from sqlite_utils import Database

log = logging.getLogger(__name__)

TABLE = "item_bodies"
# A body is one byte naming its format, then its HTML's length in bytes (4, little-endian), HTML and text, all after
# the first byte compressed with raw deflate (zlib level 6) primed with ``_PRIMER``. Format 1 is the only one; a
# later one gets a new byte, and every earlier one stays readable.
_FORMAT = 1
_LEVEL, _MEM_LEVEL, _RAW = 6, 9, -15
_LEN = 4
# What most bodies begin with, so even a short body compresses: the markup our sanitizer writes (ingest/normalize.py
# adds the same rel to every link) and the commonest function words of Kazakh, Russian and English. Never change it:
# the bodies of format 1 are compressed against these exact bytes.
_PRIMER = (
    "the of and to in a is that for it as was with be by on not he this are or his from at which but have an they "
    "you were her she there been one all we their has would when if so no more what up out said about than its into "
    "them only also after two other new some could these may first over "
    "және мен бұл туралы үшін бойынша деп осы бар ол да емес болып арқылы сондай-ақ оның олар біз жылы жылғы қазір "
    "тағы бірақ немесе жоқ кейін барлық бірге сияқты ретінде тиіс мүмкін екен деген жатыр "
    "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня "
    "еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там "
    "потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже "
    "себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее "
    "сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про "
    "всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им "
    "более всегда конечно всю между также это который которые "
    '<p><strong></strong><em></em><br><ul><li></li></ul><blockquote></blockquote><h2></h2><h3></h3>'
    '<figure><figcaption></figcaption></figure><img src="https://" alt="" width="" height="">'
    '<a href="https://" rel="noopener noreferrer nofollow"></a></p>\n<p>https://www. .kz/ .ru/ .com/ '
).encode()


@dataclass(frozen=True)
class Body:
    html: str = ""
    text: str = ""


EMPTY = Body()


def pack(html: str, text: str) -> bytes:
    head = html.encode("utf-8")
    squeeze = zlib.compressobj(_LEVEL, zlib.DEFLATED, _RAW, _MEM_LEVEL, zlib.Z_DEFAULT_STRATEGY, _PRIMER)
    packed = squeeze.compress(len(head).to_bytes(_LEN, "little") + head + text.encode("utf-8")) + squeeze.flush()
    return bytes([_FORMAT]) + packed


class DamagedBody(ValueError):
    """A stored body that is not one ``pack`` wrote, with what is wrong with it as ``problem``."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem)
        self.problem = problem


def unpack(blob: bytes) -> Body:
    if blob[0] != _FORMAT:
        raise DamagedBody(Problem("body.unknown_format", format=blob[0]))
    unsqueeze = zlib.decompressobj(_RAW, _PRIMER)
    raw = unsqueeze.decompress(blob[1:]) + unsqueeze.flush()
    split = _LEN + int.from_bytes(raw[:_LEN], "little")
    if not unsqueeze.eof or len(raw) < split:
        raise DamagedBody(Problem("body.cut_short"))
    return Body(raw[_LEN:split].decode("utf-8"), raw[split:].decode("utf-8"))


# While ``items.compact`` moves the bodies of a workspace made before schema step 18, items with ids below this
# (workspace_meta) may still hold theirs in the item rows.
MOVING_BELOW = "bodies_moving_below"


def moving_below(db: Database) -> int | None:
    """The id below which bodies may still be in the item rows; None once all have moved (or none had to)."""
    row = db.execute("SELECT value FROM workspace_meta WHERE key = ?", [MOVING_BELOW]).fetchone()
    return int(row[0]) if row else None


def write(db: Database, item_id: int, html: str, text: str, *, packed: bytes | None = None) -> None:
    """Store (or replace) an item's body, inside the caller's transaction; ``packed`` is ``pack(html, text)`` when
    it was worked out already (by the process that parsed the feed)."""
    if html or text:
        # An upsert, not INSERT OR REPLACE: REPLACE deletes and re-inserts the row (and runs the delete's foreign-key
        # checks), ten times the cost of updating it in place (measured: 135-200 µs against 13 µs an item).
        db.execute(f"INSERT INTO {TABLE} (item_id, body) VALUES (?, ?) "
                   "ON CONFLICT (item_id) DO UPDATE SET body = excluded.body",
                   [item_id, packed if packed is not None else pack(html, text)])
    else:
        db.execute(f"DELETE FROM {TABLE} WHERE item_id = ?", [item_id])


def add_many(db: Database, packed: list[tuple[int, bytes]]) -> None:
    """Store the bodies of new items, as (item id, ``pack(html, text)``), in one statement."""
    if packed:
        db.executemany(f"INSERT INTO {TABLE} (item_id, body) VALUES (?, ?)", packed)


def _unpacked(item_id: int, blob: object, damaged: Body | None) -> Body:
    """``unpack(blob)``; a body another program changed (not bytes, cut short, of no known format, not UTF-8) is
    ``damaged`` when given, else an error naming the item."""
    try:
        if not isinstance(blob, bytes) or not blob:
            raise DamagedBody(Problem("body.not_packed", kind=type(blob).__name__))
        return unpack(blob)
    except (ValueError, zlib.error) as exc:  # UnicodeDecodeError is a ValueError
        if damaged is not None:
            log.warning("The body of item %s is damaged (%s); read as empty", item_id, exc)
            return damaged
        # Our own findings in the interface's language; what zlib or the UTF-8 decoder said in its own words.
        reason = exc.problem if isinstance(exc, DamagedBody) else str(exc)[:100]
        raise WorkstationError("db.damaged_body", id=item_id, reason=reason) from exc


CHECK_PAGE = 500  # bodies ``damaged`` reads at a time


def damaged(db: Database) -> Iterator[tuple[int, str]]:
    """(item id, why) of every stored body that does not unpack: what ``db check`` names before a report or a
    search trips over one. Read a page of bodies at a time: a million of them are never in memory at once (a team
    workspace's statement hands over all its rows)."""
    after = -1  # item ids start at 1
    while True:
        rows = db.execute(f"SELECT item_id, CAST(body AS BLOB) FROM {TABLE} WHERE item_id > ? ORDER BY item_id "
                          "LIMIT ?", [after, CHECK_PAGE]).fetchall()
        for item_id, blob in rows:
            try:
                _unpacked(item_id, blob, None)
            except WorkstationError as exc:
                yield item_id, exc.params.get("reason", str(exc))
        if len(rows) < CHECK_PAGE:
            return
        after = rows[-1][0]


def read_many(db: Database, item_ids: Iterable[int], *, damaged: Body | None = None) -> dict[int, Body]:
    """The bodies of ``item_ids`` (an item without one, or unknown, maps to an empty body). A damaged body is an
    error naming its item, or ``damaged`` when given (for what only derives from the text: a missing text is
    better there than a stopped job)."""
    wanted = list(dict.fromkeys(item_ids))
    found: dict[int, Body] = dict.fromkeys(wanted, EMPTY)
    below = moving_below(db)
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ",".join("?" * len(chunk))
        # As bytes whatever another program stored there: text that is not UTF-8 would otherwise stop the whole
        # query in the sqlite3 module ("Could not decode to UTF-8"), before any row could be named.
        for item_id, blob in db.execute(f"SELECT item_id, CAST(body AS BLOB) FROM {TABLE} WHERE item_id IN ({marks})",
                                        chunk):
            found[item_id] = _unpacked(item_id, blob, damaged)
        if below is not None and min(chunk) < below:  # not yet moved by items.compact
            for item_id, html, text in db.execute(
                    f"SELECT id, content_html, content_text FROM items WHERE id IN ({marks}) "
                    "AND (content_html != '' OR content_text != '')", chunk):
                found[item_id] = Body(html or "", text or "")
    return found


def read(db: Database, item_id: int) -> Body:
    return read_many(db, [item_id])[item_id]


def texts(db: Database, item_ids: Iterable[int], *, chars: int | None = None) -> dict[int, str]:
    """The plain text of each item, cut to ``chars`` characters when given; a damaged body's is empty (the radar
    and similar items go on; the item's views, exports and search index name it)."""
    return {item_id: body.text[:chars] if chars is not None else body.text
            for item_id, body in read_many(db, item_ids, damaged=EMPTY).items()}
