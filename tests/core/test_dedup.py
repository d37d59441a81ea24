from workstation.core import clock
from workstation.core.dates import ParsedDate
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source
from workstation.core.items.queries import get_item, set_flags


def draft(**kw):
    base = {"title": "Фейк о 5G", "url": "https://news.kz/a/1", "guid": "g-1", "content_text": "Текст статьи"}
    base.update(kw)
    return ItemDraft(**base)


def count(db):
    return db.execute("SELECT count(*) FROM items").fetchone()[0]


def test_refetch_of_the_same_items_stores_nothing_new(db):
    src = add_source(db, "https://news.kz/rss")
    first = store_items(db, src["id"], [draft(), draft(guid="g-2", url="https://news.kz/a/2", title="Другое")])
    again = store_items(db, src["id"], [draft(), draft(guid="g-2", url="https://news.kz/a/2", title="Другое")])
    assert (first.new, again.new, again.unchanged) == (2, 0, 2)
    assert count(db) == 2


def test_items_without_guid_match_by_canonical_url_ignoring_tracking(db):
    src = add_source(db, "https://news.kz/rss")
    store_items(db, src["id"], [draft(guid=None, url="https://News.kz/a/1?utm_source=tg&fbclid=xyz#comments")])
    again = store_items(db, src["id"], [draft(guid=None, url="https://news.kz/a/1", content_text="Обновлено")])
    assert (again.new, again.updated) == (0, 1)
    assert count(db) == 1


def test_items_without_guid_or_url_match_by_content(db):
    src = add_source(db, "https://news.kz/rss")
    store_items(db, src["id"], [draft(guid=None, url=None)])
    again = store_items(db, src["id"], [draft(guid=None, url=None, title="  ФЕЙК   о 5G ")])
    assert again.new == 0
    assert count(db) == 1


def test_updated_item_keeps_first_seen_time_uuid_and_analyst_flags(db):
    src = add_source(db, "https://news.kz/rss")
    clock.set_clock(lambda: clock.from_iso("2025-03-01T08:00:00Z"))
    item_id = store_items(db, src["id"], [draft()]).new_ids[0]
    before = get_item(db, item_id)
    set_flags(db, [item_id], read=True, starred=True)
    clock.set_clock(lambda: clock.from_iso("2025-03-02T09:00:00Z"))
    summary = store_items(db, src["id"], [draft(title="Фейк о 5G (обновлено)", content_text="Новый текст")])
    after = get_item(db, item_id)
    assert summary.updated_ids == [item_id]
    assert after["title"] == "Фейк о 5G (обновлено)"
    assert after["uuid"] == before["uuid"]
    assert after["first_seen_at"] == "2025-03-01T08:00:00Z"
    assert after["read"] and after["starred"]


def test_item_without_date_gets_fetch_time_and_is_marked(db):
    src = add_source(db, "https://news.kz/rss")
    clock.set_clock(lambda: clock.from_iso("2025-03-01T08:00:00Z"))
    item_id = store_items(db, src["id"], [draft(published=None)]).new_ids[0]
    item = get_item(db, item_id)
    assert item["published_at"] == "2025-03-01T08:00:00Z"
    assert item["date_known"] is False


def test_published_time_is_stored_in_utc_with_its_original_offset(db):
    src = add_source(db, "https://news.kz/rss")
    moment = clock.from_iso("2025-01-06T05:15:00Z")
    item_id = store_items(db, src["id"], [draft(published=ParsedDate(moment, 300))]).new_ids[0]
    item = get_item(db, item_id)
    assert (item["published_at"], item["published_offset"], item["date_known"]) == ("2025-01-06T05:15:00Z", 300, True)


def test_one_feed_repeating_a_guid_for_different_entries_keeps_both(db):
    src = add_source(db, "https://news.kz/rss")
    summary = store_items(db, src["id"], [draft(guid="same", url="https://news.kz/1", title="Один"),
                                          draft(guid="same", url="https://news.kz/2", title="Два")])
    assert summary.new == 2


def test_same_article_in_two_sources_is_kept_per_source(db):
    a = add_source(db, "https://a.kz/rss")
    b = add_source(db, "https://b.kz/rss")
    store_items(db, a["id"], [draft()])
    store_items(db, b["id"], [draft()])
    assert count(db) == 2


def test_list_pages_sorted_by_source_include_items_of_removed_sources_once(db):
    from workstation.core.ingest.sources import remove_source
    from workstation.core.items.queries import ItemFilter, page_items
    a = add_source(db, "https://a.example/rss", name="Бета")
    b = add_source(db, "https://b.example/rss", name="Альфа")
    gone = add_source(db, "https://c.example/rss", name="Gone")
    for src, n in ((a, 3), (b, 4), (gone, 2)):
        store_items(db, src["id"], [draft(guid=f"{src['id']}-{k}", url=f"https://x/{src['id']}/{k}",
                                          title=f"{src['name']} {k}") for k in range(n)])
    set_flags(db, [r[0] for r in db.execute("SELECT id FROM items WHERE source_id = ?", [gone["id"]])], starred=True)
    remove_source(db, gone["id"])  # its two starred items stay, with no source
    for descending in (False, True):
        seen, after = [], None
        while True:
            page = page_items(db, ItemFilter(), sort="source", descending=descending, after=after, limit=2)
            if not page:
                break
            seen += [(r["source"] or "", r["id"]) for r in page]
            after = page[-1]["sort_key"]
        names = [name for name, _id in seen]
        expected = ["", "", "Альфа", "Альфа", "Альфа", "Альфа", "Бета", "Бета", "Бета"]
        assert names == (expected[::-1] if descending else expected)
        assert len({i for _n, i in seen}) == 9
