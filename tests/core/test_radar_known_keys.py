"""The radar's bitmap of stored keys (radar.known_keys): the same stories as looking every key up, on one
connection and when another connection writes stories in between."""

import datetime as dt

import pytest

from tests.support import radar as replay
from workstation.core.radar import cluster, known_keys
from workstation.core.workspace import open_workspace

pytestmark = pytest.mark.sqlite_only("the bitmap follows other connections by SQLite's data_version")


def stories_by_url(db) -> set[frozenset[str]]:
    rows = db.execute("SELECT group_concat(i.url, ' ') FROM radar_story_items r JOIN items i ON i.id = r.item_id "
                      "GROUP BY r.story_id").fetchall()
    return {frozenset(row[0].split()) for row in rows}


def test_three_days_make_the_same_stories_with_the_bitmap_as_without(tmp_path, monkeypatch):
    found = {}
    among = known_keys.KnownKeys.among
    asked: list[tuple[int, int]] = []  # (keys to look up, those the bitmap left) per batch
    monkeypatch.setattr(known_keys.KnownKeys, "among",
                        lambda self, keys: asked.append((len(keys), len(kept := among(self, keys)))) or kept)
    for build_after in (0, 10**12):
        monkeypatch.setattr(known_keys, "BUILD_AFTER", build_after)
        db = open_workspace(tmp_path / f"build-after-{build_after}.db")
        asked.clear()
        replay.fill_background(db, days=3)
        found[build_after] = stories_by_url(db)
        if build_after == 0:
            # Most keys were answered by the bitmap, never looked up.
            assert sum(kept for _, kept in asked) < 0.6 * sum(wanted for wanted, _ in asked)
        else:
            assert all(wanted == kept for wanted, kept in asked)
        db.close()
    assert found[0] == found[10**12]
    assert sum(len(story) > 1 for story in found[0]) > 20


@pytest.mark.parametrize("slices", [4, 64])
def test_keys_another_connection_wrote_are_known(tmp_path, monkeypatch, slices):
    """A burst's first copies are stored by another connection (another process of the desktop): the later copies
    stored here join their story, whether the other connection moved fewer key ranges than there are (read again) or
    more (the bitmap built again)."""
    monkeypatch.setattr(known_keys, "BUILD_AFTER", 0)
    monkeypatch.setattr(cluster, "KEY_SLICES", slices)
    path = tmp_path / "shared.db"
    here = open_workspace(path)
    background = replay.fill_background(here, days=1)
    assert known_keys._BY_CONNECTION[here].bits is not None
    other = open_workspace(path)
    start = replay.NOW - dt.timedelta(minutes=50)
    moves = known_keys.moves(here)
    first = replay.store_burst(other, background.sources, replay.burst_drafts(start, copies=8),
                               replay.NOW - dt.timedelta(minutes=20))
    assert known_keys.moves(here) - moves == 8  # more than 4 ranges, fewer than 64
    later = replay.store_burst(here, background.sources, replay.burst_drafts(start, copies=4, first=8),
                               replay.NOW)
    stories = {r[0] for r in here.execute(
        f"SELECT story_id FROM radar_story_items WHERE item_id IN ({','.join('?' * 12)})", first + later)}
    assert len(stories) == 1, f"the burst fell into {len(stories)} stories"
    other.close()
    here.close()
