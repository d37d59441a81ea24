"""An item's stored text that another program changed (a SQLite client: a number instead of the packed body, a body
cut short, of a format no version wrote) is named, never a TypeError's traceback: its views and the bundle say
which item; what only derives from the text (the radar's keys, similar items) reads it as empty and goes on; the
search index is never fed guessed words (taking the item's row out needs the words it holds)."""

import sqlite3

import pytest

from workstation.cli import main
from workstation.core.cases import workflow as cases
from workstation.core.db import bodies
from workstation.core.errors import WorkstationError
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source
from workstation.core.workspace import open_workspace

DAMAGE = {"a number": "1e308", "cut short": "substr(body, 1, 7)",
          "an unknown format": "CAST(x'07' || substr(body, 2) AS BLOB)", "text": "'текст'",
          "text not UTF-8": "CAST(x'01ff' AS TEXT)"}


@pytest.fixture
def workspace(tmp_path):
    path = tmp_path / "w.db"
    db = open_workspace(path)
    source = add_source(db, "https://dala.example/rss")
    ids = store_items(db, source["id"], [
        ItemDraft(title="Жалған ұтыс", url="https://dala.example/1", guid="g1", content_html="<p>Ұтыс ойыны</p>",
                  content_text="Ұтыс ойыны"),
        ItemDraft(title="Жаңалық", url="https://dala.example/2", guid="g2", content_html="<p>Мәтін</p>",
                  content_text="Мәтін")]).new_ids
    cases.create_case(db, "Жалған ұтыс", item_ids=ids)  # a bundle carries the items of its cases
    db.close()
    return path, source["id"], ids


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_body_is_named_where_it_is_needed_and_empty_where_text_is_only_derived(workspace, tmp_path,
                                                                                          capsys, damage):
    path, source_id, (damaged, whole) = workspace
    with sqlite3.connect(path) as other_program:
        other_program.execute(f"UPDATE item_bodies SET body = {damage} WHERE item_id = ?", [damaged])
    db = open_workspace(path)
    with pytest.raises(WorkstationError) as named:
        bodies.read(db, damaged)
    assert named.value.key == "db.damaged_body" and named.value.params["id"] == damaged
    assert bodies.read(db, whole).text == "Мәтін"
    assert bodies.texts(db, [damaged, whole]) == {damaged: "", whole: "Мәтін"}
    # The feed brings the item again, changed: its old words cannot be taken out of the index, and it says which.
    with pytest.raises(WorkstationError) as named:
        store_items(db, source_id, [ItemDraft(title="Жалған ұтыс", url="https://dala.example/1", guid="g1",
                                              content_text="Ұтыс ойыны жалған")])
    assert named.value.key == "db.damaged_body"
    db.close()
    assert main(["--db", str(path), "bundle", "export", str(tmp_path / "b.mmwb")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"workstation: the stored text of item {damaged} cannot be read (") and "\n" not in err
    assert not (tmp_path / "b.mmwb").exists()


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_the_full_check_names_the_item_whose_text_cannot_be_read(workspace, capsys, monkeypatch, damage):
    monkeypatch.setattr(bodies, "CHECK_PAGE", 1)  # a page per body: the last page is read too
    path, _source_id, (damaged, _whole) = workspace
    assert main(["--db", str(path), "db", "check"]) == 0
    capsys.readouterr()
    with sqlite3.connect(path) as other_program:
        other_program.execute(f"UPDATE item_bodies SET body = {damage} WHERE item_id = ?", [damaged])
    assert main(["--db", str(path), "db", "check"]) == 1
    out = capsys.readouterr()
    named = [line for line in (out.out + out.err).splitlines() if "stored text" in line]
    assert len(named) == 1 and named[0].startswith(f"damaged: item {damaged}: its stored text cannot be read ("), named
