"""A row another tool damaged (a publication time that is not a time) is shown as stored, never a crash: the
item list draws and sizes its columns inside Qt, where an exception would end the program."""

from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source


def test_an_item_whose_time_is_not_a_time_is_listed_as_stored(make_window, db, wait_rows):
    source = add_source(db, "https://news.example/rss", name="Дала")
    store_items(db, source["id"], [ItemDraft(title="Жаңалық", url="https://news.example/1", content_text="Мәтін"),
                                   ItemDraft(title="Новость", url="https://news.example/2", content_text="Текст")])
    db.execute("UPDATE items SET published_at = 'x' WHERE url = 'https://news.example/1'")
    window = make_window()
    wait_rows(window, 2)
    model = window.items_tab.model
    shown = {model.index(r, 0).data(): model.index(r, 2).data() for r in range(model.rowCount())}
    assert shown["Жаңалық"].startswith("x")
    assert shown["Новость"] not in ("", "x")
