"""Grouping new items into stories as they are stored, and the hourly counts per watch rule, tag and source.

An item joins the story of the earlier item it shares most evidence with, when that evidence is enough
(``JOIN_EVIDENCE``): each wording band the two share counts 1 (four of sixteen: a Jaccard similarity of about
0.5 or more), a pair of specific entities counts 4 (``features.py``). Evidence is counted item to item, never
summed over a story, so a long story does not swallow whatever shares a few words with one of its items.

A pair of entities joins only items of another source or another language, unless it holds an amount: one
source's own items are joined by their wording, or a sum, never by the names and addresses of its footer
("Подписывайтесь: @channel"). An entity carried by more than ``SPECIFIC_STORIES`` stories makes no pairs ("Алматы",
"Токаев": their stories are told together every day). A key that points to more than ``CROWDED_KEY`` stories says
nothing (two frequent words) and is ignored, unless few of them are within ``NEAR_HOURS`` of the item: on a busy
desk two frequent words meet in many texts a day, but a burst's copies share them within the hour.
Keys are kept for ``KEY_HOURS`` after the item that carried them: a story that resurfaces after two silent days
starts again as a new story. Of one story, a key remembers only the latest ``PER_GROUP`` items of each source and
language: evidence is counted item to item, so the latest copies are enough to join, and a templated feed (a weather
bulletin, exchange rates) posting the same words a thousand times costs no more than a story of a few copies.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.analysis.story_keys import handed_over
from workstation.core.db import bodies
from workstation.core.db.story_state import card_key, newest_read
from workstation.core.ids import new_uuid
from workstation.core.radar import features as feat
from workstation.core.radar import known_keys

JOIN_EVIDENCE = 4
PAIR_EVIDENCE = 4
CROWDED_KEY = 6
NEAR_HOURS = 2
KEY_HOURS = 48
PER_GROUP = 2
# An entity is specific while at most this many stories carried it in the last KEY_HOURS.
SPECIFIC_STORIES = 3
# The new keys move into radar_keys a 32nd of the key range at a time, one range a batch (``_merge_slice``). A batch
# writes to nearly every page of the table of new keys, which holds about KEY_SLICES / 2 batches' keys, and to the
# pages of one range of the large table: fewer ranges make the first smaller and the second larger. With 32 instead
# of 64, importing 60,000 items went at 840-857 instead of 816-831 items/s (two alternating pairs), and a desk's
# two days of keys are near the best balance too.
KEY_SLICES = 32
# Hourly counts are kept this long (the 28-day baseline and a margin); older items are not the radar's to read.
COUNT_DAYS = feat.WINDOW_DAYS


@dataclass
class Clustered:
    """What one batch did: the stories it touched."""

    stories: set[int] = field(default_factory=set)


def _chunks(values: list, size: int = 500):
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _marks(values: list) -> str:
    return ",".join("?" * len(values))


def load_items(db: Database, item_ids: list[int]) -> list[dict]:
    """The items of ``item_ids`` not yet in a story, with their event times, oldest event first (without their
    text: ``_story_keys`` reads it where it needs it)."""
    rows: list[dict] = []
    for chunk in _chunks(list(dict.fromkeys(item_ids))):
        rows += db.query(
            f"SELECT i.id, i.source_id, i.lang, i.title, i.content_hash, "
            f"i.published_at, i.date_known, i.first_seen_at FROM items i WHERE i.id IN ({_marks(chunk)}) "
            f"AND NOT EXISTS (SELECT 1 FROM radar_story_items r WHERE r.item_id = i.id)", chunk)
    for row in rows:
        row["at"] = feat.event_time(row["published_at"], row["date_known"], row["first_seen_at"])
        row["source_id"] = row["source_id"] or 0
    rows.sort(key=lambda r: (r["at"], r["id"]))
    return rows


Entry = tuple[int, int, int, str, int]  # (item, story, source, language, event minute) carrying a key
# (story, source, language) → its latest entries carrying one key, at most PER_GROUP
Groups = dict[tuple[int, int, str], list[Entry]]
# key → its groups
Index = dict[int, Groups]


def _remember(groups: Groups, entry: Entry) -> None:
    """Add ``entry`` to the groups of a key that has some, keeping each group's latest PER_GROUP."""
    group = groups.setdefault((entry[1], entry[2], entry[3]), [])
    group.append(entry)
    if len(group) > PER_GROUP:
        group.remove(min(group, key=lambda e: (e[4], e[0])))


# The newest CROWDED_KEY + 1 stories' rows of each wanted key in one of the two tables of keys (see _keyed_items).
_NEWEST_ROWS = ("WITH wanted(key) AS (VALUES {marks}) SELECT k.key, k.story_id, k.source_id, k.lang, k.slot, "
                "k.item_id, k.at FROM wanted w CROSS JOIN {table} k ON k.key = w.key AND k.story_id >= (SELECT "
                "min(story_id) FROM (SELECT DISTINCT r.story_id FROM {table} r WHERE r.key = w.key AND r.at >= ? "
                "ORDER BY r.story_id DESC LIMIT ?) AS n) WHERE k.at >= ?")


def _keyed_items(db: Database, keys: set[int], since: int) -> Index:
    """key → the items carrying it since ``since``, for the wording and pair keys of a batch; of a key carried by
    many stories, only the items of ``CROWDED_KEY`` + 1 of them (enough to know it is crowded), and of each story the
    latest ``PER_GROUP`` per source and language."""
    # A common key gathers a row for every story told with it (thousands in two days on a busy desk). Ranking all
    # of them made each batch's look-up grow with the workspace (1 ms an item at 80,000 items); instead, in each of
    # the two tables of keys (``_merge_slice``), the newest CROWDED_KEY + 1 stories of a key are found by walking its
    # rows backwards in the primary key's order (key, story), and only their rows are read; the newest of both
    # tables are then chosen here. A key's rows of one story, source and language are at most PER_GROUP already (the
    # slot in the primary key).
    stories = CROWDED_KEY + 1
    found: Index = {}
    for chunk in _chunks(sorted(keys)):
        marks = ",".join(["(?)"] * len(chunk))
        # The table of new rows first: its few rows are the only ones a row of the large table may meet again.
        newer = {(key, story, source, lang, slot): (item, at) for key, story, source, lang, slot, item, at in
                 db.execute(_NEWEST_ROWS.format(marks=marks, table="radar_keys_new"), [*chunk, since, stories, since])}
        new_keys = {row_key[0] for row_key in newer}
        # Straight into the groups, as _remember would (a group's rows differ by slot: at most PER_GROUP already);
        # at 30,000 items this took 0.24-0.26 instead of 0.30-0.31 ms an item, with the rows merged first.
        for key, story, source, lang, slot, item, at in db.execute(
                _NEWEST_ROWS.format(marks=marks, table="radar_keys"), [*chunk, since, stories, since]):
            if key in new_keys:
                row_key = (key, story, source, lang, slot)
                moved = newer.get(row_key)
                if moved is not None:
                    # The same row in both tables: the later event wins, the new table on a tie (as when moved).
                    if moved[1] >= at:
                        continue
                    del newer[row_key]
            entry = (item, story, source, lang, at)
            groups = found.get(key)
            if groups is None:
                found[key] = {(story, source, lang): [entry]}
            elif (group := groups.get((story, source, lang))) is None:
                groups[(story, source, lang)] = [entry]
            else:
                group.append(entry)
        for (key, story, source, lang, _slot), (item, at) in newer.items():
            found.setdefault(key, {}).setdefault((story, source, lang), []).append((item, story, source, lang, at))
    for key, groups in found.items():
        if len(groups) > stories:
            carried = {group[0] for group in groups}
            if len(carried) > stories:
                floor = sorted(carried, reverse=True)[stories - 1]
                found[key] = {group: entries for group, entries in groups.items() if group[0] >= floor}
    return found


def _entity_stories(db: Database, keys: set[int], since: int) -> dict[int, set[int]]:
    """entity key → the stories that carried it since ``since`` (the newest ``SPECIFIC_STORIES`` + 1 of them at
    most: "Алматы" is carried by thousands, and only their number up to that matters), from both tables."""
    newest = ("SELECT e.key, e.story_id FROM wanted w CROSS JOIN {table} e ON e.key = w.key AND e.story_id >= "
              "(SELECT min(story_id) FROM (SELECT r.story_id FROM {table} r WHERE r.key = w.key AND r.at >= ? "
              "ORDER BY r.story_id DESC LIMIT ?) AS n) WHERE e.at >= ?")
    carried: dict[int, set[int]] = defaultdict(set)
    for chunk in _chunks(sorted(keys)):
        for key, story in db.execute(
                f"WITH wanted(key) AS (VALUES {','.join(['(?)'] * len(chunk))}) "
                f"{newest.format(table='radar_entity_stories')} UNION ALL "
                f"{newest.format(table='radar_entity_stories_new')}",
                [*chunk, since, SPECIFIC_STORIES + 1, since, since, SPECIFIC_STORIES + 1, since]):
            carried[key].add(story)
    found: dict[int, set[int]] = defaultdict(set)
    for key, stories in carried.items():
        found[key] = set(sorted(stories, reverse=True)[:SPECIFIC_STORIES + 1])
    return found


def _recent(groups: Groups, horizon: int) -> list[Entry]:
    return [e for group in groups.values() for e in group if e[4] >= horizon]


def _pairs(row: dict, carried: dict[int, set[int]]) -> tuple[list[int], set[int]]:
    """The keys of the pairs of the item's specific entities, and those of them with an amount (which join items
    of the same source and language too: a sum is rarely in a footer)."""
    rare = {e for e, key in zip(row["entities"], row["entity_keys"], strict=True)
            if len(carried.get(key, ())) <= SPECIFIC_STORIES}
    pairs = {key: pair for key, pair in row["pair_candidates"].items() if pair[0] in rare and pair[1] in rare}
    return list(pairs), {key for key, pair in pairs.items() if any(e.startswith("amount:") for e in pair)}


def _choose(row: dict, index: Index, horizon: int) -> int | None:
    """The story of the earlier item this one shares most evidence with, if enough."""
    evidence: dict[int, float] = defaultdict(float)
    story_of: dict[int, int] = {}
    lang = row["lang"] or ""
    for weight, keys, cross_only in ((1.0, row["wording"], False), (PAIR_EVIDENCE, row["pairs"], True)):
        for key in keys:
            groups = index.get(key)
            if not groups:
                continue  # most keys: carried by no earlier item
            entries = _recent(groups, horizon)
            # A key's stories are at most its groups (story, source, language): few groups, no crowd to count.
            if len(groups) > CROWDED_KEY and len({e[1] for e in entries}) > CROWDED_KEY:
                # A common key still joins what happened close by (a burst's copies share its frequent words).
                entries = _recent(groups, row["minute"] - NEAR_HOURS * 60)
                if len({e[1] for e in entries}) > CROWDED_KEY:
                    continue
            open_to_all = not cross_only or key in row["amount_pairs"]
            for item, story, source, item_lang, _at in entries:
                if open_to_all or source != row["source_id"] or item_lang != lang:
                    evidence[item] += weight
                    story_of[item] = story
    if not evidence:
        return None
    item, best = max(evidence.items(), key=lambda kv: (kv[1], kv[0]))
    return story_of[item] if best >= JOIN_EVIDENCE else None


def cluster(db: Database, item_ids: list[int]) -> Clustered:
    """Put each new item of ``item_ids`` into its story (a new one when none fits); keep the counts. Items that
    happened more than ``feat.WINDOW_DAYS`` before the newest the radar has read, this batch's included, are left
    out: an archive imported beside live news (``feat.in_window``). Runs inside the caller's transaction."""
    done = Clustered()
    rows = load_items(db, item_ids)
    if rows:
        # Compared as times, not as text: a time another program wrote with an offset sorts wrongly as text.
        newest = max(filter(None, (newest_read(db), feat.parse(rows[-1]["at"]))))  # rows: oldest event first
        rows = [row for row in rows if feat.in_window(row["at"], newest)]
    if not rows:
        return done
    entity_keys: set[int] = set()
    for row, keys in zip(rows, _story_keys(db, rows), strict=True):
        row["wording"] = list(keys.wording)
        row["entities"] = list(keys.entities)
        row["entity_keys"] = list(keys.entity_keys)
        row["pair_candidates"] = keys.pairs()
        entity_keys.update(row["entity_keys"])
    for row in rows:
        row["minute"] = feat.minute_of(row["at"])
    earliest = rows[0]["minute"] - KEY_HOURS * 60
    known = known_keys.of(db, KEY_SLICES)
    carried = _entity_stories(db, known.among(entity_keys), earliest)
    # Only the pairs of entities still specific now are looked up: the batch can only add stories to an entity, so
    # a pair with an entity too common now makes no evidence for any of its items (``_pairs``) and need not be read.
    # The same stories either way; 3% fewer look-ups on the benchmark's feeds, whose names are mostly rare, more
    # where a few names and places stand in most news.
    wanted: set[int] = set()
    for row in rows:
        wanted.update(row["wording"], _pairs(row, carried)[0])
    index = _keyed_items(db, known.among(wanted), earliest)
    now = clock.now_iso()
    stories: dict[int, dict] = {}
    key_rows: list[tuple] = []
    entity_rows: dict[tuple[int, int], int] = {}
    placed: list[tuple] = []
    carried = defaultdict(set, carried)
    for row in rows:
        horizon = row["minute"] - KEY_HOURS * 60
        row["pairs"], row["amount_pairs"] = _pairs(row, carried)
        story = _choose(row, index, horizon)
        if story is None:
            # Written with its first item counted: the update after the loop adds only what joins it later (most
            # new stories stay alone in their batch, and need no second write).
            story = db.execute(
                "INSERT INTO radar_stories (uuid, title, first_item_id, first_seen_at, last_seen_at, item_count, "
                "muted, created_at) VALUES (?, ?, ?, ?, ?, 1, 0, ?)",
                [new_uuid(), row["title"][:300], row["id"], row["at"], row["at"], now]).lastrowid
            stories[story] = {"n": 0, "first": row["at"], "last": row["at"]}
        else:
            change = stories.setdefault(story, {"n": 0, "first": row["at"], "last": row["at"]})
            change["n"] += 1
            change["first"], change["last"] = min(change["first"], row["at"]), max(change["last"], row["at"])
        lang = row["lang"] or ""
        entry = (row["id"], story, row["source_id"], lang, row["minute"])
        for key in dict.fromkeys((*row["wording"], *row["pairs"])):
            groups = index.get(key)
            if groups is None:
                index[key] = {(story, row["source_id"], lang): [entry]}  # most keys: new to the index
            else:
                _remember(groups, entry)
            key_rows.append((key, *entry))
        for key in row["entity_keys"]:
            carried[key].add(story)
            entity_rows[(key, story)] = max(entity_rows.get((key, story), 0), row["minute"])
        placed.append((row["id"], story, row["at"], row["source_id"], lang))
    db.executemany("INSERT INTO radar_story_items (item_id, story_id, at, source_id, lang) VALUES (?, ?, ?, ?, ?)",
                        placed)
    # Each key keeps the latest PER_GROUP items of a story's source and language (slot: the item id's remainder),
    # so its rows stay few however often a templated feed repeats it. Written in the order of the keys (a stable
    # sort: rows of one key keep their order), so that neighbouring rows go to the same pages of the index.
    key_rows.sort(key=lambda row: row[0])
    known.add(row[0] for row in key_rows)
    known.add(key for key, _story in entity_rows)
    db.executemany(
        "INSERT INTO radar_keys_new (key, item_id, story_id, source_id, lang, at, slot) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (key, story_id, source_id, lang, slot) DO UPDATE SET item_id = excluded.item_id, "
        "at = excluded.at WHERE excluded.at >= radar_keys_new.at", [(*row, row[1] % PER_GROUP) for row in key_rows])
    db.executemany(
        "INSERT INTO radar_entity_stories_new (key, story_id, at) VALUES (?, ?, ?) "
        "ON CONFLICT (key, story_id) DO UPDATE SET at = max(at, excluded.at)",
        sorted((key, story, when) for (key, story), when in entity_rows.items()))
    db.executemany(
        "UPDATE radar_stories SET item_count = item_count + ?, first_seen_at = min(first_seen_at, ?), "
        "last_seen_at = max(last_seen_at, ?) WHERE id = ?",
        [(c["n"], c["first"], c["last"], story) for story, c in stories.items() if c["n"]])
    _count_watches(db, rows)
    _prune(db, min(rows[0]["at"], now))
    done.stories = set(stories)
    return done


def _story_keys(db: Database, rows: list[dict]) -> list[feat.StoryKeys]:
    """Each item's story keys: handed over by ingest's worker processes for the items it has just stored, else
    worked out here from the item's title and the start of its text."""
    secret = card_key(db)
    found = [handed_over(row["title"], row["lang"], row["content_hash"], secret) for row in rows]
    missing = [row["id"] for row, keys in zip(rows, found, strict=True) if keys is None]
    if missing:
        texts = bodies.texts(db, missing, chars=feat.TEXT_CHARS)
        found = [keys or feat.story_keys(row["title"], texts[row["id"]], row["lang"], secret)
                 for row, keys in zip(rows, found, strict=True)]
    return found  # type: ignore[return-value]


def _count_watches(db: Database, rows: list[dict]) -> None:
    """Hourly counts per source, and per tag and watch rule (the tags rules gave during this triage)."""
    counts: dict[tuple[str, int, str], int] = defaultdict(int)
    seen_sources: set[tuple[str, int, str, int]] = set()
    by_id = {row["id"]: row for row in rows}
    for row in rows:
        counts[("source", row["source_id"], feat.hour_of(row["at"]))] += 1
    ids = list(by_id)
    for chunk in _chunks(ids):
        for item_id, tag_id, rule_id in db.execute(
                f"SELECT item_id, tag_id, rule_id FROM item_tags WHERE item_id IN ({_marks(chunk)})", chunk):
            row = by_id[item_id]
            hour = feat.hour_of(row["at"])
            for kind, ref in (("tag", tag_id), ("rule", rule_id)):
                if ref is not None:
                    counts[(kind, ref, hour)] += 1
                    seen_sources.add((kind, ref, hour, row["source_id"]))
    db.executemany("INSERT INTO radar_counts (kind, ref, hour, n) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT (kind, ref, hour) DO UPDATE SET n = n + excluded.n",
                        [(*key, n) for key, n in counts.items()])
    db.executemany("INSERT OR IGNORE INTO radar_count_sources (kind, ref, hour, source_id) VALUES (?, ?, ?, ?)",
                        sorted(seen_sources))


# Each large table of keys, its table of new rows, its columns, its primary key and how a new row updates an old one.
_MOVED = (
    ("radar_keys", "radar_keys_new", "key, story_id, source_id, lang, slot, item_id, at",
     "key, story_id, source_id, lang, slot",
     "item_id = excluded.item_id, at = excluded.at WHERE excluded.at >= radar_keys.at"),
    ("radar_entity_stories", "radar_entity_stories_new", "key, story_id, at", "key, story_id",
     "at = max(radar_entity_stories.at, excluded.at)"),
)


def _merge_slice(db: Database, forgotten: int) -> None:
    """Move one key range (the next of ``KEY_SLICES``, in turn) of the new rows of keys into the large tables, and
    forget that range's rows no story can be joined by any more (older than ``forgotten``, in minutes).

    Keys are random numbers: an item's ~20 rows written straight into the large tables took a page each, and each
    page went to disk twice (the log, then the file). Written into the small tables of new rows, they share their
    few pages, which stay in the cache; a range of them, moved when its turn comes (after about ``KEY_SLICES``
    batches), brings many rows to each page of the large table it writes. Readers look in both (``_keyed_items``,
    ``_entity_stories``), and a row in both counts as the move would leave it."""
    done = known_keys.moves(db)
    known_keys.count_move(db, done + 1)
    bounds = list(known_keys.key_range(done, KEY_SLICES))
    for table, new, columns, primary, update in _MOVED:
        db.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {new} WHERE key BETWEEN ? AND ? "
                   f"AND at >= ? ORDER BY {primary} ON CONFLICT ({primary}) DO UPDATE SET {update}",
                   [*bounds, forgotten])
        db.execute(f"DELETE FROM {new} WHERE key BETWEEN ? AND ?", bounds)
        db.execute(f"DELETE FROM {table} WHERE key BETWEEN ? AND ? AND at < ?", [*bounds, forgotten])


def _prune(db: Database, before: str) -> None:
    """Move a range of the new keys and forget keys no story can be joined by any more (``_merge_slice``), and
    counts older than the baseline."""
    moment = feat.parse(before)
    _merge_slice(db, feat.minute_of(before) - KEY_HOURS * 60)
    hour = feat.hour_of(before)
    row = db.execute("SELECT value FROM workspace_meta WHERE key = 'radar_pruned_hour'").fetchone()
    if row is not None and row[0] >= hour:
        return  # the counts are pruned once an hour
    db.execute("INSERT OR REPLACE INTO workspace_meta (key, value) VALUES ('radar_pruned_hour', ?)", [hour])
    old_hour = feat.hour_of(clock.to_iso(moment - dt.timedelta(days=COUNT_DAYS)))
    db.execute("DELETE FROM radar_counts WHERE hour < ?", [old_hour])
    db.execute("DELETE FROM radar_count_sources WHERE hour < ?", [old_hour])
