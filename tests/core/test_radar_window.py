"""The radar reads what happens at the newest news it has read. Items that happened more than its window before
(an archive of saved feeds imported beside live news, a channel's posts of last year) are stored, found, tagged by
the watch rules like any item, but join no story and count in no hour (the counts reach back 35 days; what is older
would be pruned by the next fetch); the worker processes work out no story keys for them. The same story told now is
clustered as before, and an archive imported into a workspace of its own is read as the news of its time."""

import datetime as dt
import email.utils

import pytest

from workstation.core import clock, radar
from workstation.core.analysis.story_keys import WINDOW_DAYS
from workstation.core.ingest.reading import StoryKeysWanted, read_file_ready
from workstation.core.ingest.run import import_files
from workstation.core.items import rules, search, tags
from workstation.core.workspace import open_workspace
from workstation.core.workspace.triage import triage_new_items

NOW = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.timezone.utc)
SITES = ("dala.example", "kazinform.example", "tengri.example")
STORY = ("Алматыда «Халық бонусы» деген жалған ұтыс ойыны таралып жатыр: алаяқтар 85 000 теңге сыйлық уәде етіп, "
         "карта деректерін сұрайды. Банк мұндай акция өткізбейтінін мәлімдеді, полиция тексеру бастады.")


def feed(site: str, moments: list[dt.datetime]) -> bytes:
    items = "".join(
        f"<item><title>Жалған ұтыс: «Халық бонусы» {n}</title><link>https://{site}/news/{n}</link>"
        f"<guid>{site}-{n}</guid><pubDate>{email.utils.format_datetime(moment)}</pubDate>"
        f"<description>{STORY}</description></item>" for n, moment in enumerate(moments))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{site}</title>'
            f"<link>https://{site}/</link><language>kk</language>{items}</channel></rss>").encode()


@pytest.fixture
def feeds(tmp_path):
    clock.set_clock(lambda: NOW)
    long_ago = NOW - dt.timedelta(days=WINDOW_DAYS + 5)
    paths = []
    for number, site in enumerate(SITES):
        path = tmp_path / f"feed{number}.xml"
        path.write_bytes(feed(site, [NOW - dt.timedelta(minutes=20 + number), long_ago + dt.timedelta(minutes=number)]))
        paths.append(path)
    return paths


def test_an_archive_is_stored_found_and_tagged_but_joins_no_story(tmp_path, feeds):
    db = open_workspace(tmp_path / "w.db")
    tag = tags.create_tag(db, "Бонус", analyst="Айгерим")
    rules.add_rule(db, "Бонус", "бонус", tag_id=tag["id"], analyst="Айгерим")
    outcomes = import_files(db, feeds, triage=triage_new_items)
    assert [o.new for o in outcomes] == [2, 2, 2]
    old = {row[0] for row in db.execute("SELECT id FROM items WHERE published_at < ?", [clock.to_iso(
        NOW - dt.timedelta(days=WINDOW_DAYS))])}
    recent = {row[0] for row in db.execute("SELECT id FROM items")} - old
    assert len(old) == len(recent) == 3
    assert set(search.search_ids(db, "бонус")) == old | recent  # found
    tagged = {row[0] for row in db.execute("SELECT item_id FROM item_tags WHERE tag_id = ?", [tag["id"]])}
    assert tagged == old | recent  # tagged by the rule
    in_stories = dict(db.execute("SELECT item_id, story_id FROM radar_story_items").fetchall())
    assert set(in_stories) == recent and len(set(in_stories.values())) == 1  # told now by three sources: one story
    assert db.execute("SELECT item_count FROM radar_stories").fetchall() == [(3,)]
    oldest_hour = db.execute("SELECT min(hour) FROM radar_counts").fetchone()[0]
    assert oldest_hour >= clock.to_iso(NOW - dt.timedelta(hours=1))[:13]


def test_an_archive_in_a_workspace_of_its_own_is_read_as_the_news_of_its_time(tmp_path, feeds):
    db = open_workspace(tmp_path / "w.db")
    old_only = []
    for number, site in enumerate(SITES):
        old_only.append(tmp_path / f"old{number}.xml")
        old_only[-1].write_bytes(feed(site, [NOW - dt.timedelta(days=WINDOW_DAYS + 5, minutes=-number)]))
    import_files(db, old_only, triage=triage_new_items)
    assert db.execute("SELECT item_count FROM radar_stories").fetchall() == [(3,)]  # one story of three sources
    then = clock.to_iso(NOW - dt.timedelta(days=WINDOW_DAYS + 5, hours=-1))
    assert [(story["item_count"], story["source_count"]) for story in radar.stories(db, then)] == [(3, 3)]
    # Live news comes in: the archive stays what it was; an older archive beside it is left out.
    import_files(db, feeds, triage=triage_new_items)
    assert sorted(n for (n,) in db.execute("SELECT item_count FROM radar_stories")) == [3, 3]


def test_workers_work_out_no_story_keys_for_an_archive(feeds):
    wanted = StoryKeysWanted(None, newest=NOW - dt.timedelta(hours=1))  # the radar has read news of an hour ago
    fetched = read_file_ready(feeds[0], {"kind": "file", "url": feeds[0].as_uri()}, wanted)
    by_title = dict(zip([item.title for item in fetched.parsed.items], fetched.story_keys, strict=True))
    assert by_title["Жалған ұтыс: «Халық бонусы» 0"] is not None and len(by_title["Жалған ұтыс: «Халық бонусы» 0"]
                                                                         .wording) > 0
    assert by_title["Жалған ұтыс: «Халық бонусы» 1"] is None
    # Before the radar has read anything, every item may start its window: all get their keys.
    fetched = read_file_ready(feeds[0], {"kind": "file", "url": feeds[0].as_uri()}, StoryKeysWanted(None))
    assert all(keys is not None for keys in fetched.story_keys)


def test_a_time_another_program_left_in_the_radar_does_not_stop_ingest(tmp_path, feeds):
    import sqlite3

    path = tmp_path / "w.db"
    db = open_workspace(path)
    import_files(db, feeds[:1], triage=triage_new_items)
    db.close()
    with sqlite3.connect(path) as other_program:
        other_program.execute("UPDATE radar_story_items SET at = 'zzz' WHERE item_id = 1")
    db = open_workspace(path)
    outcomes = import_files(db, feeds[1:], triage=triage_new_items)
    assert [(o.ok, o.new) for o in outcomes] == [(True, 2), (True, 2)]
    assert db.execute("SELECT count(*) FROM radar_story_items").fetchone()[0] >= 3
