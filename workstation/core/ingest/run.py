"""From sources to stored items: read each source (network or file), parse it, store it, record the outcome.

Reading and parsing run on worker threads (at most ``jobs`` at once, at most two per host); every
database write happens on the calling thread, in short transactions (a tenth of a second each at most), so workers
never contend for the database, other programs writing the same workspace never wait long, and a failing
source never stops the others. Only the store itself failing (a full disk) stops a run: what was stored
stays stored, and the outcomes say which sources were not.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.analysis.story_keys import HandedOver, handing_over
from workstation.core.db import story_state
from workstation.core.db.connect import StorageError, bulk_writes, let_others_write
from workstation.core.errors import WorkstationError, params_to_json
from workstation.core.ingest import dedup
from workstation.core.ingest import pool as parse_pool
from workstation.core.ingest.fetch import (
    FEED_ACCEPT,
    PAGE_ACCEPT,
    FetchSettings,
    HostLimiter,
    RetryLater,
    fetch,
    make_session,
)
from workstation.core.ingest.parse import HtmlNotFeed
from workstation.core.ingest.reading import (
    Fetched,
    StoryKeysWanted,
    parse_body,
    parse_body_ready,
    read_file,
    read_file_ready,
)
from workstation.core.ingest.scrape import discover_feeds, parse_article
from workstation.core.ingest.sources import add_source, default_name, get_source, list_sources

# What happens to newly stored items (watch rules, open-case matching, the radar), passed in by the caller; one with
# a true ``reads_story_keys`` attribute gets each item's story keys from the worker processes (``story_keys_wanted``).
Triage = Callable[[Database, list[int]], None]

# Errors of the store itself rather than of one source: after one, nothing more can be stored in this run.
STORAGE_KEYS = frozenset({"db.full", "db.read_only", "db.locked"})
BACKOFF_FIRST = dt.timedelta(minutes=5)
BACKOFF_MAX = dt.timedelta(hours=6)


def story_keys_wanted(db: Database, triage: Triage | None) -> StoryKeysWanted | None:
    """What the worker processes work out for a triage: story keys for one that reads them (``reads_story_keys``:
    the product's triage, which runs the radar)."""
    if not getattr(triage, "reads_story_keys", False):
        return None
    return StoryKeysWanted(story_state.card_key(db), story_state.newest_read(db))


@dataclass
class SourceOutcome:
    source_id: int
    name: str
    ok: bool
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    not_modified: bool = False
    error: str | None = None
    error_key: str | None = None
    warning: str | None = None  # read with repairs: what the parser said (``ParsedFeed.warning``)
    new_ids: list[int] = field(default_factory=list, repr=False)

    def as_json(self) -> dict:
        data = asdict(self)
        data.pop("new_ids")
        return data


def _parse_in(pool, body: bytes, charset: str | None, url: str, source: dict,
              wanted: StoryKeysWanted | None = None) -> Fetched:
    if pool is None:
        return parse_body(body, charset, url, source)
    return parse_pool.run(parse_body_ready, body, charset, url, source, wanted, pool=pool)


def read_source(source: dict, *, settings: FetchSettings, session=None, limiter: HostLimiter | None = None,
                cancel: threading.Event | None = None, pool=None, wanted: StoryKeysWanted | None = None) -> Fetched:
    """Fetch and parse one source; never raises for bad input, the problem is in ``Fetched.error``. With a
    ``pool`` (``ingest.pool.shared()``) the parsing runs in a worker process, which also works out what
    ``wanted`` asks for."""
    if source["kind"] == "file":
        return _read_safely(partial(_read_saved, source, pool, wanted))
    return _read_safely(partial(_read_http, source, settings=settings, session=session, limiter=limiter,
                                cancel=cancel, pool=pool, wanted=wanted))


def _read_saved(source: dict, pool, wanted: StoryKeysWanted | None) -> Fetched:
    path = Path(url2pathname(urlsplit(source["url"]).path))
    if pool is None:
        return read_file(path, source)
    return parse_pool.run(read_file_ready, path, source, wanted, pool=pool)


def _read_safely(read: Callable[[], Fetched]) -> Fetched:
    """``read()``, with what stopped it as the source's error."""
    try:
        return read()
    except RetryLater as exc:
        return Fetched(error=exc, retry_after=exc.retry_after)
    except WorkstationError as exc:
        return Fetched(error=exc)
    except Exception as exc:  # noqa: BLE001 - a parser bug on one hostile feed must not stop the other sources
        return Fetched(error=WorkstationError("parse.not_feed", reason=f"{type(exc).__name__}: {exc}"[:200]))


def _get(url: str, accept: str, *, etag=None, last_modified=None, settings, session, limiter, cancel):
    if limiter is None:
        return fetch(url, etag=etag, last_modified=last_modified, settings=settings, session=session,
                     accept=accept, cancel=cancel)
    with limiter.slot(url):
        return fetch(url, etag=etag, last_modified=last_modified, settings=settings, session=session,
                     accept=accept, cancel=cancel)


def _read_http(source: dict, *, settings, session, limiter, cancel, pool=None,
               wanted: StoryKeysWanted | None = None) -> Fetched:
    kind = source["kind"]
    accept = PAGE_ACCEPT if kind in ("site", "telegram") else FEED_ACCEPT
    net = {"settings": settings, "session": session, "limiter": limiter, "cancel": cancel}
    result = _get(source["url"], accept, etag=source.get("etag"), last_modified=source.get("last_modified"), **net)
    if result.not_modified:
        return Fetched(not_modified=True, etag=result.etag or source.get("etag"),
                       last_modified=result.last_modified or source.get("last_modified"))
    try:
        fetched = _parse_in(pool, result.body, result.charset, result.url, source, wanted)
    except HtmlNotFeed as page:
        # Feed autodiscovery: the analyst gave a site's home page (or a YouTube channel page).
        feeds = discover_feeds(page.page, result.url)
        if not feeds:
            if kind == "site":
                return Fetched(parsed=parse_article(page.page, result.url), etag=result.etag,
                               last_modified=result.last_modified)
            raise
        feed = _get(feeds[0], FEED_ACCEPT, **net)
        fetched = _parse_in(pool, feed.body, feed.charset, feed.url, {**source, "kind": "rss", "selectors": None},
                            wanted)
        fetched.new_url = feeds[0]
        fetched.etag, fetched.last_modified = feed.etag, feed.last_modified
        return fetched
    fetched.etag, fetched.last_modified = result.etag, result.last_modified
    return fetched


def record(db: Database, source: dict, fetched: Fetched, *, respect_site_name: bool = True,
           triage: Triage | None = None, create: Callable[[Database], dict] | None = None) -> SourceOutcome:
    """Store what was read and the source's new state, and triage the new items.

    Items go in turns (``dedup.store_turn``: a tenth of a second's worth), each with its triage in one short
    transaction, so a large feed or file never holds the write lock for long. The source's new state
    (validators, the body's digest, the time of success) is written with the last turn: a run cut short (a
    crash, a full disk) leaves the source looking unread, and the next run reads it again and completes it
    without duplicates.

    ``create`` makes the source (a file imported for the first time) inside the first transaction, so a failed
    import leaves no empty source behind. A full disk, a read-only workspace or a lock held too long ends the
    source's storing: the outcome says so and counts exactly the items that were stored.
    """
    now = clock.now_iso()
    outcome = SourceOutcome(source_id=source.get("id") or 0, name=source["name"], ok=fetched.error is None)
    try:
        if fetched.error is not None:
            let_others_write(db)
            with db.atomic():
                source = _created(db, source, create)
                _record_failure(db, source, fetched, now)
            outcome.source_id = source["id"]
            outcome.error, outcome.error_key = str(fetched.error), fetched.error.key
            return outcome
        parsed = fetched.parsed
        prepared = fetched.prepared  # by a worker process, or here before any lock is taken
        if prepared is None:
            prepared = dedup.prepare(parsed.items) if parsed is not None else []

        # The radar's keys of the items, when the worker process worked them out: the triage finds them.
        handed = None
        if fetched.story_keys is not None and parsed is not None and triage is not None:
            handed = HandedOver(((p.draft.title, p.draft.content_text, p.draft.lang, p.digest) for p in prepared),
                                fetched.story_keys, fetched.story_secret)

        def after_part(part: dedup.StoreSummary) -> None:
            if triage is None:
                return
            if handed is None:
                triage(db, part.new_ids)
                return
            with handing_over(handed):
                triage(db, part.new_ids)

        position = 0
        while True:
            let_others_write(db)
            with db.atomic():
                source = _created(db, source, create)
                stored = None
                if parsed is not None:
                    stored, position = dedup.store_turn(db, source["id"], prepared, position, fetched_at=now,
                                                        after_part=after_part)
                done = position >= len(prepared)
                if done:
                    _record_success(db, source, fetched, now, outcome, respect_site_name=respect_site_name)
            outcome.source_id = source["id"]  # committed: now it exists, and its items count
            if stored is not None:
                outcome.new += stored.new
                outcome.updated += stored.updated
                outcome.unchanged += stored.unchanged
                outcome.new_ids += stored.new_ids
            if done:
                break
        outcome.not_modified = fetched.not_modified
    except StorageError as exc:
        outcome.ok = False
        outcome.error, outcome.error_key = str(exc), exc.key
    return outcome


def _created(db: Database, source: dict, create: Callable[[Database], dict] | None) -> dict:
    """The source, made now (inside the caller's transaction) when it does not exist yet."""
    if create is None or source.get("id"):
        return source
    return create(db)


def _record_failure(db: Database, source: dict, fetched: Fetched, now: str) -> None:
    error = fetched.error
    assert error is not None
    failures = (source.get("error_count") or 0) + 1
    retry = fetched.retry_after or (clock.now() + min(BACKOFF_FIRST * 2 ** (failures - 1), BACKOFF_MAX))
    db.table("sources").update(source["id"], {
        "last_fetch_at": now, "error_count": failures, "last_error": str(error), "last_error_key": error.key,
        "last_error_params": params_to_json(error.params),
        "retry_after": clock.to_iso(retry),
    })


def _record_success(db: Database, source: dict, fetched: Fetched, now: str, outcome: SourceOutcome, *,
                    respect_site_name: bool) -> None:
    changes = {"last_fetch_at": now, "last_ok_at": now, "error_count": 0, "last_error": None,
               "last_error_key": None, "last_error_params": None, "retry_after": None,
               "etag": fetched.etag, "last_modified": fetched.last_modified}
    if fetched.body_sha256:
        changes["body_sha256"] = fetched.body_sha256
    if fetched.new_url:
        taken = db.execute("SELECT 1 FROM sources WHERE url = ? AND id != ?",
                           [fetched.new_url, source["id"]]).fetchone()
        if not taken:
            changes["url"], changes["site_url"] = fetched.new_url, source.get("site_url") or source["url"]
    parsed = fetched.parsed
    if parsed is not None:
        changes["last_warning"] = outcome.warning = parsed.warning  # a reading needing none clears the last one's
        if parsed.site_url and not source.get("site_url") and "site_url" not in changes:
            changes["site_url"] = parsed.site_url
        if parsed.title and respect_site_name and source["name"] == default_name(source["kind"], source["url"]):
            changes["name"] = outcome.name = parsed.title[:200]
    db.table("sources").update(source["id"], changes)


def due_sources(db: Database, *, respect_backoff: bool) -> list[dict]:
    """Enabled sources. A scheduled run (``respect_backoff``) takes only those whose own interval has passed
    and that are not waiting after failures or a server's Retry-After; "fetch now" takes them all."""
    now = clock.now()
    now_iso = clock.to_iso(now)
    due = []
    for source in list_sources(db, enabled_only=True):
        if respect_backoff:
            if source["retry_after"] and source["retry_after"] > now_iso:
                continue
            last = source["last_fetch_at"]
            if last and clock.from_iso(last) + dt.timedelta(minutes=source["interval_minutes"]) > now:
                continue
        due.append(source)
    return due


def fetch_sources(db: Database, source_ids: Iterable[int] | None = None, *, jobs: int = 8, per_host: int = 2,
                  settings: FetchSettings | None = None, respect_backoff: bool = False,
                  progress: Callable[[int, int, SourceOutcome], None] | None = None,
                  cancel: threading.Event | None = None, triage: Triage | None = None) -> list[SourceOutcome]:
    """Fetch many sources concurrently; outcomes in completion order. Unknown ids raise NotFound."""
    settings = settings or FetchSettings()
    if source_ids is not None:
        sources = [get_source(db, int(i)) for i in source_ids]
    else:
        sources = due_sources(db, respect_backoff=respect_backoff)
    outcomes: list[SourceOutcome] = []
    sources = _claimed(db, sources)
    if not sources:
        return outcomes
    sources = spread_by_host(sources)
    limiter = HostLimiter(per_host)
    session = make_session(settings)
    cancel = cancel or threading.Event()
    refused: SourceOutcome | None = None  # the store refused a write (disk full): the rest is not stored
    pool = parse_pool.shared() if len(sources) > 1 else None  # the threads fetch, worker processes parse
    keys_wanted = story_keys_wanted(db, triage) if pool is not None else None
    try:
        with bulk_writes(db), ThreadPoolExecutor(max_workers=max(1, min(jobs, len(sources))),
                                                 thread_name_prefix="fetch") as threads:
            futures = {}
            for source in sources:
                futures[threads.submit(_read_unless_cancelled, source, settings, session, limiter, cancel,
                                       pool, keys_wanted)] = source
            for future in as_completed(futures):
                source = futures.pop(future)  # its result (every item of a feed) is freed once stored
                fetched = future.result()
                if refused is not None:
                    outcome = _not_stored(source, refused)
                elif fetched is None:
                    continue  # cancelled before it started: nothing recorded, nothing lost
                else:
                    outcome = record(db, source, fetched, triage=triage)
                    if outcome.error_key in STORAGE_KEYS:
                        refused = outcome
                        cancel.set()  # the reads still queued would only be thrown away
                outcomes.append(outcome)
                if progress:
                    progress(len(outcomes), len(sources), outcome)
    finally:
        session.close()
        _release(db, sources)
    return outcomes


def _claimed(db: Database, sources: list[dict]) -> list[dict]:
    """On a team workspace, the sources no colleague's program is fetching at this moment: one fetch per source
    for the whole unit (a lock on the server per source). Every source on a workspace of one's own."""
    claim = getattr(db, "claim_source", None)
    return sources if claim is None else [source for source in sources if claim(source["id"])]


def _release(db: Database, sources: list[dict]) -> None:
    release = getattr(db, "release_source", None)
    for source in sources if release is not None else ():
        release(source["id"])


def _not_stored(source: dict, refused: SourceOutcome) -> SourceOutcome:
    """The outcome of a source left unstored because the store refused an earlier one's write."""
    return SourceOutcome(source_id=source.get("id") or 0, name=source["name"], ok=False, error=refused.error,
                         error_key=refused.error_key)


def spread_by_host(sources: list[dict]) -> list[dict]:
    """Interleave hosts (a, b, c, a, b, c …) so that the workers are not all queued behind one site's limit."""
    queues: dict[str, list[dict]] = {}
    for source in sources:
        queues.setdefault(urlsplit(source["url"]).hostname or "", []).append(source)
    spread: list[dict] = []
    while queues:
        for host in list(queues):
            spread.append(queues[host].pop(0))
            if not queues[host]:
                del queues[host]
    return spread


def _read_unless_cancelled(source, settings, session, limiter, cancel, pool=None, keys_wanted=None
                           ) -> Fetched | None:
    if cancel is not None and cancel.is_set():
        return None
    return read_source(source, settings=settings, session=session, limiter=limiter, cancel=cancel, pool=pool,
                       wanted=keys_wanted)


def import_files(db: Database, paths: Iterable[str | Path], *, folder: str = "Imported",
                 triage: Triage | None = None) -> list[SourceOutcome]:
    """Ingest saved feeds and HTML pages; each file becomes (or updates) a source of kind ``file``.

    A file is read and parsed before anything is written; a new file's source is made in the same transaction
    as its first items. Once the store refuses a write (a full disk), the remaining files are reported as not
    stored, and no source is made for them. With more than one file and more than one core, the next files are
    read and parsed in worker processes (``ingest.pool``) while this one is stored; outcomes keep the files'
    order.
    """
    wanted = [(raw, Path(raw).expanduser().resolve()) for raw in paths]
    pool = parse_pool.shared() if len(wanted) > 1 else None
    ahead = 2 * parse_pool.worker_count() + 1 if pool is not None else 0
    keys_wanted = story_keys_wanted(db, triage) if pool is not None else None
    first: dict[Path, int] = {}
    for index, (_raw, path) in enumerate(wanted):
        first.setdefault(path, index)
    reading: dict[int, tuple[dict, Callable[[Database], dict] | None, parse_pool.Task]] = {}
    outcomes: list[SourceOutcome] = []
    refused: SourceOutcome | None = None
    with bulk_writes(db):
        for index, (raw, path) in enumerate(wanted):
            # Read ahead only a file's first mention: a file named twice is read again after its first storing.
            for later in range(index, min(len(wanted), index + ahead) if refused is None else index):
                if later not in reading and first[wanted[later][1]] == later:
                    planned = _file_source(db, wanted[later][1], folder)
                    if planned is not None:
                        reading[later] = (*planned, parse_pool.Task(pool, read_file_ready, wanted[later][1],
                                                                    planned[0], keys_wanted))
            if index in reading:
                source, create, task = reading.pop(index)
            else:
                planned = _file_source(db, path, folder)
                if planned is None:
                    outcomes.append(SourceOutcome(source_id=0, name=str(raw), ok=False,
                                                  error=str(WorkstationError("fetch.file_missing", path=str(raw))),
                                                  error_key="fetch.file_missing"))
                    continue
                (source, create), task = planned, None
            if refused is not None:
                if task is not None:
                    task.cancel()
                outcomes.append(_not_stored(source, refused))
                continue
            fetched = _read_safely(task.result if task is not None else partial(read_file, path, source))
            outcome = record(db, source, fetched, triage=triage, create=create)
            if outcome.error_key in STORAGE_KEYS:
                refused = outcome
            outcomes.append(outcome)
        for _source, _create, task in reading.values():
            task.cancel()
    return outcomes


def _file_source(db: Database, path: Path, folder: str) -> tuple[dict, Callable[[Database], dict] | None] | None:
    """The source of a saved file and how to make it (None when it exists), or None for a missing file that is
    no source yet."""
    existing = db.execute("SELECT id FROM sources WHERE url = ?", [path.as_uri()]).fetchone()
    if not path.is_file() and existing is None:
        return None
    if existing:
        return get_source(db, existing[0]), None
    uri = path.as_uri()
    return {"kind": "file", "url": uri, "name": default_name("file", uri)}, partial(_add_file_source, path=path,
                                                                                     folder=folder)


def _add_file_source(db: Database, *, path: Path, folder: str) -> dict:
    return add_source(db, str(path), kind="file", folder=folder)
