import pytest

from workstation.core import urls
from workstation.core.errors import WorkstationError
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source, infer, list_sources, remove_source, update_source
from workstation.core.items.queries import set_flags


@pytest.mark.parametrize("given, expected", [
    ("https://t.me/tengrinews", ("telegram", "https://t.me/s/tengrinews")),
    ("t.me/s/tengrinews", ("telegram", "https://t.me/s/tengrinews")),
    ("@tengrinews", ("telegram", "https://t.me/s/tengrinews")),
    ("https://www.youtube.com/channel/UC1234567890abcdefghijkl",
     ("youtube", "https://www.youtube.com/feeds/videos.xml?channel_id=UC1234567890abcdefghijkl")),
    ("https://www.youtube.com/@stopfake", ("youtube", "https://www.youtube.com/@stopfake")),
    ("tengrinews.kz/rss", ("rss", "https://tengrinews.kz/rss")),
    ("http://example.kz/feed.xml", ("rss", "http://example.kz/feed.xml")),
])
def test_kind_is_inferred_from_the_address(given, expected):
    assert infer(given) == expected


@pytest.mark.parametrize("bad", ["", "   ", "ftp://x.kz/rss", "http://", "not a url at all"])
def test_unusable_addresses_are_refused(bad):
    with pytest.raises(WorkstationError):
        infer(bad)


def test_local_file_becomes_a_file_source(tmp_path):
    saved = tmp_path / "feed.xml"
    saved.write_text("<rss/>")
    assert infer(str(saved)) == ("file", saved.resolve().as_uri())


def test_duplicate_source_is_refused_with_its_id(db):
    first = add_source(db, "https://news.kz/rss")
    with pytest.raises(WorkstationError) as err:
        add_source(db, "https://news.kz/rss")
    assert err.value.params["id"] == first["id"]


def test_folders_are_normalised_and_sources_listed_by_folder(db):
    add_source(db, "https://b.kz/rss", folder=" Media / KZ ", name="B")
    add_source(db, "https://a.kz/rss", folder="Gov", name="A")
    assert [(s["folder"], s["name"]) for s in list_sources(db)] == [("Gov", "A"), ("Media/KZ", "B")]


def test_update_source_changes_what_the_analyst_edits(db):
    src = add_source(db, "https://news.kz/rss")
    changed = update_source(db, src["id"], name="Новости", encoding_override="windows-1251", interval_minutes=15,
                            enabled=False)
    assert (changed["name"], changed["encoding_override"], changed["interval_minutes"], changed["enabled"]) == \
        ("Новости", "windows-1251", 15, False)


def test_removing_a_source_keeps_items_an_analyst_worked_on(db):
    src = add_source(db, "https://news.kz/rss")
    ids = store_items(db, src["id"], [ItemDraft(title=f"item {i}", url=f"https://news.kz/{i}") for i in range(3)]
                      ).new_ids
    set_flags(db, [ids[0]], starred=True)
    result = remove_source(db, src["id"])
    assert result == {"items_removed": 2, "items_kept": 1}
    rows = db.execute("SELECT id, source_id FROM items").fetchall()
    assert rows == [(ids[0], None)]
    assert db.execute("SELECT count(*) FROM items_fts").fetchone()[0] == 1


@pytest.mark.parametrize("given, expected", [
    ("hxxps://news[.]kz/rss", ("rss", "https://news.kz/rss")),
    ("HTTPS://News.KZ/rss?utm_source=tg", ("rss", "https://news.kz/rss")),
    ("hxxps://t[.]me/tengrinews", ("telegram", "https://t.me/s/tengrinews")),
    ("<https://www.youtube.com/channel/UC1234567890abcdefghijkl>",
     ("youtube", "https://www.youtube.com/feeds/videos.xml?channel_id=UC1234567890abcdefghijkl")),
])
def test_pasted_feed_links_go_through_the_one_address_parser(given, expected):
    assert infer(given) == expected


def test_the_same_feed_spelled_differently_is_one_source(db):
    first = add_source(db, "https://news.kz/rss")
    with pytest.raises(WorkstationError) as err:
        add_source(db, "hxxps://NEWS[.]kz/rss#latest")
    assert err.value.params["id"] == first["id"]


@pytest.mark.parametrize("url", ["file:///home/analyst/memo.xml", "http://127.0.0.1:8080/rss", "http://localhost/feed",
                                 "https://10.1.2.3/rss", "http://[::1]/rss", "http://intranet/rss"])
def test_a_local_source_from_outside_is_held_disabled_until_an_analyst_enables_it(db, url):
    source = add_source(db, url, kind="rss", from_outside=True)
    assert (source["enabled"], source["held_reason"]) == (False, urls.local_reason(source["url"]))
    assert source["held_reason"] is not None
    assert [s["id"] for s in list_sources(db, enabled_only=True)] == []
    enabled = update_source(db, source["id"], enabled=True)
    assert (enabled["enabled"], enabled["held_reason"]) == (True, None)


def test_a_public_source_from_outside_and_a_local_one_added_by_hand_are_enabled(db):
    assert add_source(db, "https://tengrinews.kz/rss", from_outside=True)["enabled"] is True
    assert add_source(db, "http://127.0.0.1:8080/rss")["enabled"] is True
