"""Sources an analyst follows: adding (with kind inferred from the address), listing, editing, removing."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.errors import BadArgument, NotFound, WorkstationError
from workstation.core.ids import new_uuid
from workstation.core.ingest.dedup import unindex
from workstation.core.urls import host_of, local_reason, pasted_url, refang

KINDS = ("rss", "site", "telegram", "youtube", "file")
CATEGORIES = ("media", "state body", "social", "messenger")
SELECTOR_KEYS = ("item", "title", "link", "date", "text")

_TELEGRAM = re.compile(r"^(?:https?://)?(?:www\.)?(?:t|telegram)\.me/(?:s/)?([A-Za-z0-9_]{4,64})/?(?:[?#].*)?$")
_TELEGRAM_HANDLE = re.compile(r"^@([A-Za-z0-9_]{4,64})$")
_YOUTUBE_CHANNEL = re.compile(r"^https?://(?:www\.|m\.)?youtube\.com/channel/(UC[A-Za-z0-9_-]{20,30})")
_YOUTUBE_HOSTS = frozenset({"youtube.com", "www.youtube.com", "m.youtube.com"})
YOUTUBE_FEED = "https://www.youtube.com/feeds/videos.xml?channel_id={}"

# Columns an analyst may edit; the rest belong to the fetcher.
EDITABLE = ("name", "folder", "category", "language", "selectors", "interval_minutes", "encoding_override", "enabled",
            "url", "kind", "state_body", "country")


def infer(url: str, kind: str | None = None) -> tuple[str, str]:
    """Return (kind, url) with the address normalised for that kind.

    t.me/NAME, t.me/s/NAME and @NAME become the public preview page t.me/s/NAME; a YouTube
    /channel/UC... address becomes its Atom feed; an existing local path becomes a file: URL; any other
    address goes through ``urls.pasted_url`` (defanged or scheme-less links are understood; https by default).
    """
    raw = url.strip()
    if not raw:
        raise BadArgument("source.bad_url", url=url)
    if kind is not None and kind not in KINDS:
        raise BadArgument("source.bad_kind", kind=kind)
    address = refang(raw)
    if kind in (None, "telegram"):
        match = _TELEGRAM.match(address) or _TELEGRAM_HANDLE.match(address)
        if match:
            return "telegram", f"https://t.me/s/{match.group(1)}"
        if kind == "telegram" and not re.match(r"^https?://", address, re.I):
            raise BadArgument("source.bad_url", url=url)
    if kind in (None, "file") and not re.match(r"^[a-z][a-z0-9+.-]*://", raw, re.I):
        path = Path(raw).expanduser()  # the path as typed: a file name is never defanged
        if path.exists():
            return "file", path.resolve().as_uri()
        if kind == "file":
            raise WorkstationError("fetch.file_missing", path=raw)
    if raw.lower().startswith("file://"):
        return "file", raw
    full = pasted_url(address)
    if full is None:
        raise BadArgument("source.bad_url", url=url)
    if kind in (None, "youtube"):
        match = _YOUTUBE_CHANNEL.match(full)
        if match:
            return "youtube", YOUTUBE_FEED.format(match.group(1))
        if host_of(full) in _YOUTUBE_HOSTS:
            # @handle or /c/ pages: the channel's feed is discovered from the page on first fetch.
            return "youtube", full
    return kind or "rss", full


def add_source(db: Database, url: str, *, kind: str | None = None, name: str | None = None, folder: str = "",
               category: str = "media", language: str = "", selectors: dict[str, str] | None = None,
               interval_minutes: int = 60, encoding_override: str | None = None, state_body: str = "",
               country: str = "", from_outside: bool = False) -> dict[str, Any]:
    """Add a source. ``from_outside`` (an OPML list or a bundle, not the analyst's own hand): a local file,
    loopback or private-network address is stored disabled, with the reason in ``held_reason``, until an analyst
    enables it."""
    kind, url = infer(url, kind)
    if kind == "site" and not (selectors or {}).get("item"):
        selectors = None  # a site without selectors is read as one article page or through feed autodiscovery
    existing = db.execute("SELECT id FROM sources WHERE url = ?", [url]).fetchone()
    if existing:
        raise WorkstationError("source.duplicate", id=existing[0])
    row = {
        "uuid": new_uuid(),
        "kind": kind,
        "url": url,
        "name": (name or "").strip() or default_name(kind, url),
        "folder": normalise_folder(folder),
        "category": category,
        "language": language,
        "selectors": json.dumps(_clean_selectors(selectors), ensure_ascii=False) if selectors else None,
        "interval_minutes": max(1, int(interval_minutes)),
        "encoding_override": encoding_override or None,
        "state_body": state_body.strip(),
        "country": country.strip().upper(),
        "created_at": clock.now_iso(),
    }
    held = local_reason(url) if from_outside else None
    if held:
        row["enabled"], row["held_reason"] = 0, held
    with db.atomic():
        source_id = db.table("sources").insert(row).last_pk
    return get_source(db, source_id)


def _clean_selectors(selectors: dict[str, str]) -> dict[str, str]:
    return {k: v.strip() for k, v in selectors.items() if k in SELECTOR_KEYS and v and v.strip()}


def default_name(kind: str, url: str) -> str:
    if kind == "telegram":
        return "@" + url.rstrip("/").rsplit("/", 1)[-1]
    if kind == "file":
        return Path(urlsplit(url).path).name or url
    return host_of(url) or url


def normalise_folder(folder: str | None) -> str:
    """Folders nest with '/': ' News / KZ ' becomes 'News/KZ'."""
    return "/".join(part.strip() for part in (folder or "").split("/") if part.strip())


def get_source(db: Database, source_id: int) -> dict[str, Any]:
    row = db.execute("SELECT * FROM sources WHERE id = ?", [source_id]).fetchone()
    if row is None:
        raise NotFound("source", source_id)
    cols = [d[0] for d in db.execute("SELECT * FROM sources LIMIT 0").description]
    return decode_row(dict(zip(cols, row, strict=True)))


def decode_row(row: dict[str, Any]) -> dict[str, Any]:
    row["selectors"] = json.loads(row["selectors"]) if row.get("selectors") else None
    row["enabled"] = bool(row.get("enabled"))
    return row


def list_sources(db: Database, *, enabled_only: bool = False) -> list[dict[str, Any]]:
    sql = "SELECT * FROM sources" + (" WHERE enabled = 1" if enabled_only else "") + " ORDER BY folder, name, id"
    return [decode_row(dict(r)) for r in db.query(sql)]


def update_source(db: Database, source_id: int, **changes: Any) -> dict[str, Any]:
    current = get_source(db, source_id)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
    if "url" in changes or "kind" in changes:
        changes["kind"], changes["url"] = infer(changes.get("url", current["url"]),
                                                changes.get("kind", current["kind"]))
    if "folder" in changes:
        changes["folder"] = normalise_folder(changes["folder"])
    if "selectors" in changes:
        sel = changes["selectors"]
        changes["selectors"] = json.dumps(_clean_selectors(sel), ensure_ascii=False) if sel else None
    if "enabled" in changes:
        changes["enabled"] = 1 if changes["enabled"] else 0
        if changes["enabled"]:
            changes["held_reason"] = None  # the analyst looked at it and let it in
    with db.atomic():
        db.table("sources").update(source_id, changes)
    return get_source(db, source_id)


def remove_source(db: Database, source_id: int) -> dict[str, int]:
    """Delete a source and the items nobody worked on; items an analyst starred, tagged or used are kept.

    Kept items lose their source link (ON DELETE SET NULL) but stay searchable, so no decision is lost.
    """
    get_source(db, source_id)
    keep = analyst_touched_sql(db)
    with db.atomic():
        kept = db.execute(f"SELECT count(*) FROM items WHERE source_id = ? AND ({keep})", [source_id]).fetchone()[0]
        doomed = f"SELECT id FROM items WHERE source_id = ? AND NOT ({keep})"
        unindex(db, [r[0] for r in db.execute(doomed, [source_id])])  # while the items still hold their words
        removed = db.execute(f"DELETE FROM items WHERE id IN ({doomed})", [source_id]).rowcount
        db.execute("DELETE FROM sources WHERE id = ?", [source_id])
    return {"items_removed": removed, "items_kept": kept}


# Tables whose rows point at items.item_id when an analyst worked on an item (created by later schema steps).
ANALYST_ITEM_TABLES = ("item_tags", "case_items", "violations", "evidence")


def analyst_touched_sql(db: Database) -> str:
    """SQL condition on ``items`` that is true for items an analyst starred, tagged or used in a case."""
    existing = set(db.table_names())
    parts = ["items.starred = 1"]
    parts += [f"EXISTS (SELECT 1 FROM {t} WHERE {t}.item_id = items.id)" for t in ANALYST_ITEM_TABLES if t in existing]
    return " OR ".join(parts)
