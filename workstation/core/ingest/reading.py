"""Reading one source's bytes into items ready to store: what a worker process does (``ingest.pool``).

Decoding, choosing the parser, parsing, and (``read_file_ready``, ``parse_body_ready``) making the items ready to
store with their full-text rows, compressed bodies and the radar's story keys. Nothing here touches a workspace or
the network: the worker processes import this module and what it needs, not the fetcher or the database code
(``ingest.run`` does both, in the process that owns the workspace).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zlib
from dataclasses import dataclass
from pathlib import Path

from workstation.core.analysis.forms import item_forms
from workstation.core.analysis.story_keys import TEXT_CHARS, StoryKeys, long_past, story_keys
from workstation.core.errors import WorkstationError
from workstation.core.ingest.decode import Decoded, decode
from workstation.core.ingest.parse import HtmlNotFeed, ParsedFeed, looks_like_html, parse_feed
from workstation.core.ingest.prepared import INDEX_TEXT_CHARS, Prepared, prepare
from workstation.core.ingest.scrape import is_telegram_preview, parse_article, parse_site, parse_telegram

MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass
class Fetched:
    """What reading one source produced, before anything is stored."""

    parsed: ParsedFeed | None = None
    not_modified: bool = False
    etag: str | None = None
    last_modified: str | None = None
    new_url: str | None = None  # a feed found by autodiscovery replaces the page address
    error: WorkstationError | None = None
    retry_after: dt.datetime | None = None
    body_sha256: str | None = None  # of the body and how it is read; equal to the last one: nothing to parse
    prepared: list[Prepared] | None = None  # the items made ready to store, when a worker process did it
    # The radar's keys of each item, when a worker process worked them out (None: an item the radar leaves out).
    story_keys: list[StoryKeys | None] | None = None
    story_secret: bytes | None = None  # the card-number secret they were worked out with


@dataclass(frozen=True)
class StoryKeysWanted:
    """Asks the worker processes for each item's story keys (``analysis.story_keys``) too, worked out with the
    workspace's secret for card numbers: the radar, in the triage of the items stored, then finds them ready."""

    secret: bytes | None
    newest: dt.datetime | None = None  # when the newest item the radar has read happened (``long_past``)


def parse_page(page: str, url: str, kind: str, selectors: dict | None, body: bytes, decoded: Decoded
               ) -> ParsedFeed:
    """Choose the parser a source's kind and content call for."""
    if kind == "telegram" or is_telegram_preview(page):
        return parse_telegram(page, url)
    if selectors and selectors.get("item"):
        return parse_site(page, url, selectors)
    if not looks_like_html(page):
        return parse_feed(body, url=url, decoded=decoded)  # decoded once, here
    if kind in ("rss", "youtube"):
        raise HtmlNotFeed(page)  # a page where a feed was expected: the caller looks for a feed link in it
    return parse_article(page, url)


def read_file(path: Path, source: dict) -> Fetched:
    """Read and parse a saved feed or page; never raises for bad input."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise WorkstationError("fetch.too_large", limit_mib=MAX_FILE_BYTES // (1024 * 1024))
        body = _gunzip_if_needed(path.read_bytes())
        return parse_body(body, None, path.as_uri(), source)
    except FileNotFoundError:
        return Fetched(error=WorkstationError("fetch.file_missing", path=str(path)))
    except WorkstationError as exc:
        return Fetched(error=exc)
    except OSError as exc:
        return Fetched(error=WorkstationError("fetch.file_unreadable", path=str(path), reason=exc.strerror or exc))
    except Exception as exc:  # noqa: BLE001 - one hostile file must not stop an import of many
        return Fetched(error=WorkstationError("parse.not_feed", reason=f"{type(exc).__name__}: {exc}"[:200]))


def _gunzip_if_needed(body: bytes) -> bytes:
    """Saved feeds are sometimes the raw gzip a server sent; inflate them, within the same size cap."""
    if not body.startswith(b"\x1f\x8b"):
        return body
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(body, MAX_FILE_BYTES + 1)
    except zlib.error as exc:
        raise WorkstationError("fetch.bad_encoding", encoding="gzip") from exc
    if len(data) > MAX_FILE_BYTES:
        raise WorkstationError("fetch.too_large", limit_mib=MAX_FILE_BYTES // (1024 * 1024))
    return data


def parse_body(body: bytes, charset: str | None, url: str, source: dict) -> Fetched:
    """The items of a source's body (a fetched reply or a saved file), or that it is unchanged since the last read."""
    if not body.strip():
        return Fetched(error=WorkstationError("parse.empty"))
    # The same bytes read the same way give the same items: skip the parsing (most of an unchanged fetch's cost).
    how = json.dumps([source["kind"], source.get("selectors"), source.get("encoding_override"), charset, url])
    digest = hashlib.sha256(how.encode() + body).hexdigest()
    if digest == source.get("body_sha256"):
        return Fetched(not_modified=True, body_sha256=digest)
    decoded = decode(body, http_charset=charset, override=source.get("encoding_override"))
    parsed = parse_page(decoded.text, url, source["kind"], source.get("selectors"), body, decoded)
    return Fetched(parsed=parsed, body_sha256=digest)


def read_file_ready(path: Path, source: dict, wanted: StoryKeysWanted | None = None) -> Fetched:
    """``read_file`` in a worker process (``ingest.pool``), with the items made ready to store."""
    return _made_ready(read_file(path, source), wanted)


def parse_body_ready(body: bytes, charset: str | None, url: str, source: dict,
                     wanted: StoryKeysWanted | None = None) -> Fetched:
    """``parse_body`` in a worker process, with the items made ready to store."""
    return _made_ready(parse_body(body, charset, url, source), wanted)


def _made_ready(fetched: Fetched, wanted: StoryKeysWanted | None) -> Fetched:
    """The items of ``fetched`` with what storing them needs (``prepared``) and, when ``wanted``, their story keys."""
    if fetched.parsed is None:
        return fetched
    items = fetched.parsed.items
    if wanted is None:
        fetched.prepared = prepare(items, with_index=True)
        return fetched
    # The full-text row and the story keys read the same words: their forms are made once.
    forms = [item_forms(item.title, item.content_text, item.lang or "", text_chars=INDEX_TEXT_CHARS,
                        lead_chars=TEXT_CHARS) for item in items]
    fetched.prepared = prepare(items, with_index=True, forms=forms)
    # Not for an item that happened before the radar's window: the radar leaves it out (``long_past``).
    fetched.story_keys = [None if long_past(item.published and item.published.moment, wanted.newest) else
                          story_keys(item.title, item.content_text, item.lang, wanted.secret, lead_forms=shared.lead)
                          for item, shared in zip(items, forms, strict=True)]
    fetched.story_secret = wanted.secret
    return fetched
