"""Reading items back: filters shared by the command line and the desktop's lazy list, and analyst flags."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from workstation.core.db import bodies
from workstation.core.errors import NotFound
from workstation.core.items import search

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


def filter_sql(db: Database, flt: ItemFilter, *, walk_order: bool = False) -> tuple[str, list[Any]]:
    """WHERE clause (over ``items`` joined to ``sources``) and its parameters.

    ``walk_order`` writes the text condition as ``+items.id IN (...)``: SQLite then walks the sort order's
    index and stops after one page, instead of fetching and sorting every match. That wins for common words
    (hundreds of thousands of matches) and loses for rare ones, so page_items decides by the match count.
    """
    clauses: list[str] = []
    params: list[Any] = []
    if flt.query.strip():
        clause, extra = search.match_sql(db, flt.query)
        clauses.append(("+" if walk_order else "") + clause)
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


# Above this many text matches, the first page is found faster by walking the sort order than by sorting matches.
WALK_ORDER_ABOVE = 5000


def _order(sort: str, descending: bool) -> str:
    column = SORTABLE.get(sort, SORTABLE["published_at"])
    direction = "DESC" if descending else "ASC"
    return f"{column} {direction}, items.id {direction}"


def item_ids(db: Database, flt: ItemFilter, *, sort: str = "published_at", descending: bool = True,
             limit: int | None = None, offset: int = 0) -> list[int]:
    """Ordered ids of everything the filter selects (for exports and bulk actions, not for the list)."""
    where, params = filter_sql(db, flt)
    sql = f"SELECT items.id FROM items LEFT JOIN sources ON sources.id = items.source_id WHERE {where} "
    sql += f"ORDER BY {_order(sort, descending)}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = params + [limit, offset]
    return [row[0] for row in search.run_match_sql(db, sql, params)]


def _walk(db: Database, flt: ItemFilter) -> bool:
    if not flt.query.strip():
        return False
    return search.count_matches(db, flt.query, up_to=WALK_ORDER_ABOVE + 1) > WALK_ORDER_ABOVE


def _rows(db: Database, sql: str, params: list[Any], sort: str) -> list[dict[str, Any]]:
    names = [*LIST_COLUMNS, "source", "source_key"]
    rows = [dict(zip(names, r, strict=True)) for r in search.run_match_sql(db, sql, params)]
    for row in rows:
        row["read"], row["starred"], row["date_known"] = bool(row["read"]), bool(row["starred"]), \
            bool(row["date_known"])
        if sort == "source":
            row["sort_key"] = (row["source"] or "", row["source_key"], row["id"])
        else:
            row["sort_key"] = (row[_KEY_COLUMN[sort]] or "", row["id"])
        row.pop("source_key")
    return rows


def page_items(db: Database, flt: ItemFilter, *, sort: str = "published_at", descending: bool = True,
               after: tuple | None = None, limit: int = 200) -> list[dict[str, Any]]:
    """One page of rows in list order, continuing after the ``sort_key`` of the last row shown.

    Keyset paging costs the same on page 5,000 as on page 1, which OFFSET does not; the desktop's
    list loads pages as the analyst scrolls.
    """
    sort = sort if sort in SORTABLE else "published_at"
    if sort == "source":
        return _page_by_source(db, flt, descending, after, limit)
    where, params = filter_sql(db, flt, walk_order=_walk(db, flt))
    column = SORTABLE[sort]
    if after is not None:
        op = "<" if descending else ">"
        where += f" AND ({column}, items.id) {op} (?, ?)"
        params = params + [after[0], after[-1]]
    cols = ", ".join(f"items.{c}" for c in LIST_COLUMNS)
    sql = (f"SELECT {cols}, sources.name AS source, items.source_id FROM items LEFT JOIN sources "
           f"ON sources.id = items.source_id WHERE {where} ORDER BY {_order(sort, descending)} LIMIT ?")
    return _rows(db, sql, params + [limit], sort)


def _page_by_source(db: Database, flt: ItemFilter, descending: bool, after: tuple | None, limit: int
                    ) -> list[dict[str, Any]]:
    """Sorted by source name: sources walked in name order, each source's items by id (both indexed), so no
    sort of a million rows. Items whose source was removed have the empty name: first ascending, last descending.
    The keyset is (name, source id, item id); those items use (\"\", 0, id)."""
    where, params = filter_sql(db, flt, walk_order=_walk(db, flt))
    direction, op = ("DESC", "<") if descending else ("ASC", ">")
    cols = ", ".join(f"items.{c}" for c in LIST_COLUMNS)
    orphans_first = not descending
    after_orphan = after is not None and after[1] == 0
    rows: list[dict[str, Any]] = []

    def orphans(remaining: int, key: tuple | None) -> list[dict[str, Any]]:
        extra, values = ("", []) if key is None else (f" AND items.id {op} ?", [key[2]])
        sql = (f"SELECT {cols}, NULL AS source, 0 FROM items LEFT JOIN sources ON sources.id = items.source_id "
               f"WHERE items.source_id IS NULL AND {where}{extra} ORDER BY items.id {direction} LIMIT ?")
        return _rows(db, sql, params + values + [remaining], "source")

    def sourced(remaining: int, key: tuple | None) -> list[dict[str, Any]]:
        extra, values = ("", [])
        if key is not None:
            extra = f" AND (sources.name COLLATE NOCASE, sources.id, items.id) {op} (?, ?, ?)"
            values = [key[0], key[1], key[2]]
        sql = (f"SELECT {cols}, sources.name AS source, sources.id FROM sources CROSS JOIN items "
               f"ON items.source_id = sources.id WHERE {where}{extra} ORDER BY sources.name COLLATE NOCASE "
               f"{direction}, sources.id {direction}, items.id {direction} LIMIT ?")
        return _rows(db, sql, params + values + [remaining], "source")

    if orphans_first:
        if after is None or after_orphan:
            rows = orphans(limit, after)
        if len(rows) < limit:
            rows += sourced(limit - len(rows), None if after is None or after_orphan else after)
    else:
        if after is None or not after_orphan:
            rows = sourced(limit, after)
        if len(rows) < limit:
            rows += orphans(limit - len(rows), after if after_orphan else None)
    return rows


def count_items(db: Database, flt: ItemFilter) -> int:
    only_text = flt.query.strip() and flt == ItemFilter(query=flt.query)
    if only_text:
        return search.count_matches(db, flt.query)  # the index alone answers
    where, params = filter_sql(db, flt)
    # The join is needed only to filter by folder; without it SQLite can count from a covering index.
    source_join = "LEFT JOIN sources ON sources.id = items.source_id " if flt.folder else ""
    sql = f"SELECT count(*) FROM items {source_join}WHERE {where}"
    return search.run_match_sql(db, sql, params)[0][0]


def rows_for(db: Database, ids: list[int], *, with_content: bool = False) -> list[dict[str, Any]]:
    """Item rows (with their source name) in the order of ``ids``."""
    if not ids:
        return []
    cols = ", ".join(f"items.{c}" for c in LIST_COLUMNS)
    if with_content:
        cols += ", items.canonical_url, items.guid, items.fetched_at, items.updated_at, items.published_offset"
    by_id = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        sql = (f"SELECT {cols}, sources.name AS source FROM items LEFT JOIN sources ON sources.id = items.source_id "
               f"WHERE items.id IN ({','.join('?' * len(chunk))})")
        for row in db.query(sql, chunk):
            row["read"], row["starred"], row["date_known"] = bool(row["read"]), bool(row["starred"]), \
                bool(row["date_known"])
            by_id[row["id"]] = row
    if with_content:
        for item_id, body in bodies.read_many(db, by_id).items():
            by_id[item_id].update(content_html=body.html, content_text=body.text)
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
    where, params = filter_sql(db, flt)
    sql = (f"UPDATE items SET read = 1 WHERE read = 0 AND id IN (SELECT items.id FROM items "
           f"LEFT JOIN sources ON sources.id = items.source_id WHERE {where})")
    with db.atomic():
        return db.execute(sql, params).rowcount
