"""Reading items back: filters shared by the command line and the desktop's lazy list, and analyst flags."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from workstation.core import search
from workstation.core.errors import NotFound

LIST_COLUMNS = ("id", "uuid", "source_id", "title", "url", "published_at", "date_known", "lang", "read", "starred",
                "first_seen_at", "author")
SORTABLE = {"published_at": "items.published_at", "title": "items.title COLLATE NOCASE", "lang": "items.lang",
            "source": "coalesce(sources.name, '') COLLATE NOCASE", "first_seen_at": "items.first_seen_at",
            "id": "items.id"}
_KEY_COLUMN = {"published_at": "published_at", "title": "title", "lang": "lang", "source": "source",
               "first_seen_at": "first_seen_at", "id": "id"}


@dataclass
class ItemFilter:
    query: str = ""
    source_ids: list[int] = field(default_factory=list)
    folder: str | None = None  # a folder and its sub-folders
    since: str | None = None  # UTC ISO, inclusive
    until: str | None = None  # UTC ISO, exclusive
    langs: list[str] = field(default_factory=list)
    tag_ids: list[int] = field(default_factory=list)
    unread_only: bool = False
    starred_only: bool = False
    no_source_only: bool = False  # items kept after their source was removed


def filter_sql(flt: ItemFilter) -> tuple[str, list[Any]]:
    """WHERE clause (over ``items`` joined to ``sources``) and its parameters."""
    clauses: list[str] = []
    params: list[Any] = []
    if flt.query.strip():
        clause, extra = search.match_sql(flt.query)
        clauses.append(clause)
        params += extra
    if flt.source_ids:
        clauses.append(f"items.source_id IN ({','.join('?' * len(flt.source_ids))})")
        params += list(flt.source_ids)
    if flt.folder:
        clauses.append("(sources.folder = ? OR sources.folder LIKE ? ESCAPE '\\')")
        escaped = flt.folder.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params += [flt.folder, escaped + "/%"]
    if flt.since:
        clauses.append("items.published_at >= ?")
        params.append(flt.since)
    if flt.until:
        clauses.append("items.published_at < ?")
        params.append(flt.until)
    if flt.langs:
        clauses.append(f"items.lang IN ({','.join('?' * len(flt.langs))})")
        params += list(flt.langs)
    if flt.tag_ids:
        marks = ",".join("?" * len(flt.tag_ids))
        clauses.append(f"EXISTS (SELECT 1 FROM item_tags WHERE item_tags.item_id = items.id AND tag_id IN ({marks}))")
        params += list(flt.tag_ids)
    if flt.unread_only:
        clauses.append("items.read = 0")
    if flt.starred_only:
        clauses.append("items.starred = 1")
    if flt.no_source_only:
        clauses.append("items.source_id IS NULL")
    return (" AND ".join(clauses) or "1"), params


def _order(sort: str, descending: bool) -> str:
    column = SORTABLE.get(sort, SORTABLE["published_at"])
    direction = "DESC" if descending else "ASC"
    return f"{column} {direction}, items.id {direction}"


def item_ids(db: Database, flt: ItemFilter, *, sort: str = "published_at", descending: bool = True,
             limit: int | None = None, offset: int = 0) -> list[int]:
    """Ordered ids only: the desktop's list model loads rows lazily from these."""
    where, params = filter_sql(flt)
    sql = f"SELECT items.id FROM items LEFT JOIN sources ON sources.id = items.source_id WHERE {where} "
    sql += f"ORDER BY {_order(sort, descending)}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = params + [limit, offset]
    return [row[0] for row in search.run_match_sql(db, sql, params)]


def page_items(db: Database, flt: ItemFilter, *, sort: str = "published_at", descending: bool = True,
               after: tuple[Any, int] | None = None, limit: int = 200) -> list[dict[str, Any]]:
    """One page of rows in list order, continuing after the (sort value, id) of the last row shown.

    Keyset paging costs the same on page 5,000 as on page 1, which OFFSET does not; the desktop's
    list loads pages as the analyst scrolls.
    """
    sort = sort if sort in SORTABLE else "published_at"
    where, params = filter_sql(flt)
    column = SORTABLE[sort]
    if after is not None:
        op = "<" if descending else ">"
        where += f" AND ({column}, items.id) {op} (?, ?)"
        params = params + [after[0], after[1]]
    cols = ", ".join(f"items.{c}" for c in LIST_COLUMNS)
    sql = (f"SELECT {cols}, sources.name AS source FROM items LEFT JOIN sources ON sources.id = items.source_id "
           f"WHERE {where} ORDER BY {_order(sort, descending)} LIMIT ?")
    names = [*LIST_COLUMNS, "source"]
    rows = [dict(zip(names, r, strict=True)) for r in search.run_match_sql(db, sql, params + [limit])]
    for row in rows:
        row["read"], row["starred"], row["date_known"] = bool(row["read"]), bool(row["starred"]), \
            bool(row["date_known"])
        row["sort_key"] = (row[_KEY_COLUMN[sort]] or "", row["id"])
    return rows


def count_items(db: Database, flt: ItemFilter) -> int:
    where, params = filter_sql(flt)
    sql = f"SELECT count(*) FROM items LEFT JOIN sources ON sources.id = items.source_id WHERE {where}"
    return search.run_match_sql(db, sql, params)[0][0]


def rows_for(db: Database, ids: list[int], *, with_content: bool = False) -> list[dict[str, Any]]:
    """Item rows (with their source name) in the order of ``ids``."""
    if not ids:
        return []
    cols = ", ".join(f"items.{c}" for c in LIST_COLUMNS)
    if with_content:
        cols += ", items.content_html, items.content_text, items.canonical_url, items.guid, items.fetched_at, " \
                "items.updated_at, items.published_offset"
    by_id = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        sql = (f"SELECT {cols}, sources.name AS source FROM items LEFT JOIN sources ON sources.id = items.source_id "
               f"WHERE items.id IN ({','.join('?' * len(chunk))})")
        for row in db.query(sql, chunk):
            row["read"], row["starred"], row["date_known"] = bool(row["read"]), bool(row["starred"]), \
                bool(row["date_known"])
            by_id[row["id"]] = row
    return [by_id[i] for i in ids if i in by_id]


def list_items(db: Database, flt: ItemFilter | None = None, *, limit: int = 50, offset: int = 0) -> list[dict]:
    return rows_for(db, item_ids(db, flt or ItemFilter(), limit=limit, offset=offset))


def search_items(db: Database, query: str, *, limit: int = 50) -> list[dict]:
    """Newest stored first; a fast path straight on the full-text index."""
    return rows_for(db, search.search_ids(db, query, limit=limit))


def get_item(db: Database, item_id: int) -> dict[str, Any]:
    rows = rows_for(db, [item_id], with_content=True)
    if not rows:
        raise NotFound("item", item_id)
    return rows[0]


def set_flags(db: Database, ids: list[int], *, read: bool | None = None, starred: bool | None = None) -> int:
    changes = {}
    if read is not None:
        changes["read"] = int(read)
    if starred is not None:
        changes["starred"] = int(starred)
    if not ids or not changes:
        return 0
    sets = ", ".join(f"{k} = ?" for k in changes)
    total = 0
    with db.atomic():
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            total += db.execute(f"UPDATE items SET {sets} WHERE id IN ({','.join('?' * len(chunk))})",
                                [*changes.values(), *chunk]).rowcount
    return total


def mark_all_read(db: Database, flt: ItemFilter) -> int:
    """Mark every item the filter selects as read (the whole list, not only the rows scrolled into view)."""
    where, params = filter_sql(flt)
    sql = (f"UPDATE items SET read = 1 WHERE read = 0 AND id IN (SELECT items.id FROM items "
           f"LEFT JOIN sources ON sources.id = items.source_id WHERE {where})")
    with db.atomic():
        return db.execute(sql, params).rowcount
