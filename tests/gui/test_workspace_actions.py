"""Backups, the start-up check and bundles from the desktop."""

import pytest
from PySide6.QtWidgets import QMessageBox

from workstation.core.cases import workflow as cases
from workstation.core.db import backup
from workstation.core.errors import Problem, WorkstationError
from workstation.core.exchange import bundle, keys
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source
from workstation.core.workspace import open_workspace


def test_back_up_now_writes_a_backup(qtbot, make_window, db_path):
    window = make_window()
    window.workspace_.backup_now.trigger()
    qtbot.waitUntil(lambda: len(backup.list_backups(db_path)) == 1, timeout=10000)
    [made] = backup.list_backups(db_path)
    assert made.kind == "full" and made.path.name.endswith(backup.SNAPSHOT_SUFFIX)
    assert backup.check_backup(made.path) == []


def test_the_daily_backup_is_an_incremental_snapshot_and_ten_are_kept(qtbot, make_window, db_path):
    import datetime as dt

    from workstation.core import clock

    window = make_window()
    for day in range(12):
        clock.set_clock(lambda d=day: dt.datetime(2027, 1, 1 + d, 9, tzinfo=dt.timezone.utc))
        window.workspace_.backup_if_due()
        qtbot.waitUntil(lambda d=day: len(backup.list_backups(db_path)) == d + 1, timeout=10000)
    listed = backup.list_backups(db_path)
    assert all("-daily" in b.path.name and b.path.name.endswith(backup.SNAPSHOT_SUFFIX) for b in listed)
    # Ten in a chain, then a new full one; the first chain stays while the newest ten need it.
    assert [b.kind for b in listed] == ["incremental", "full"] + ["incremental"] * 9 + ["full"]
    assert backup.check_backup(listed[2].path) == []


def test_importing_a_bundle_shows_the_new_case(qtbot, make_window, tmp_path, monkeypatch, wait_rows):
    field = open_workspace(tmp_path / "field.db")
    src = add_source(field, "https://news.example/rss")
    ids = store_items(field, src["id"], [ItemDraft(title="Жалған ұтыс", url="https://news.example/1")]).new_ids
    cases.create_case(field, "Жалған ұтыс ойыны", item_ids=ids, analyst="Ерлан")
    out = tmp_path / "field.mmwb"
    bundle.export_bundle(field, out)
    shown, asked = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    # An unknown signer: the analyst is shown its fingerprint and confirms.
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    window = make_window()
    window.workspace_.import_path(str(out))
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert keys.grouped(keys.own_key(field).fingerprint) in asked[0]
    assert "records added" in shown[0]
    wait_rows(window, 1)
    qtbot.waitUntil(lambda: any(r["title"] == "Жалған ұтыс ойыны" for r in window.cases_tab.rows), timeout=5000)
    # Now trusted: the next bundle from the same laptop is not asked about.
    window.workspace_.import_path(str(out))
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10000)
    assert len(asked) == 1


def test_declining_an_unknown_signer_imports_nothing(qtbot, make_window, tmp_path, monkeypatch, db_path):
    field = open_workspace(tmp_path / "field.db")
    cases.create_case(field, "Жалған ұтыс ойыны", analyst="Ерлан")
    out = tmp_path / "field.mmwb"
    bundle.export_bundle(field, out)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: pytest.fail("imported without confirmation"))
    window = make_window()
    window.workspace_.import_path(str(out))
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert window.context.runner.wait_idle()
    hq = open_workspace(db_path)
    assert hq.execute("SELECT count(*) FROM cases").fetchone()[0] == 0
    assert keys.list_keys(hq) == []


def test_a_damaged_workspace_gets_an_offer_to_restore(qtbot, make_window, db_path, monkeypatch):
    window = make_window()
    backup.backup(db_path)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    window.workspace_._checked([Problem("check.storage", detail="row 12 missing from index")])
    assert "damaged" in asked[0] and "row 12" in asked[0]
    assert window.pending_restore == backup.list_backups(db_path)[0].path
    assert not window.isVisible()


def test_a_damaged_full_text_index_found_by_the_daily_backup_gets_an_offer_to_restore(qtbot, make_window, db_path,
                                                                                     monkeypatch):
    window = make_window()
    earlier = backup.backup(db_path)
    db = open_workspace(db_path)
    source = add_source(db, "https://news.example/rss")
    store_items(db, source["id"], [ItemDraft(title=f"Жаңалық {n}", url=f"https://news.example/{n}") for n in range(5)])
    db.execute("UPDATE items_fts_data SET block = zeroblob(length(block)) "
               "WHERE id = (SELECT max(id) FROM items_fts_data)")
    db.close()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    window.workspace_.make_backup(reason="daily")
    qtbot.waitUntil(lambda: bool(asked), timeout=15000)
    assert "full-text index" in asked[0] and earlier.name in asked[0]
    assert [b.path for b in backup.list_backups(db_path)] == [earlier]


@pytest.mark.sqlite_only(reason="another program edits the workspace file")
def test_checking_the_workspace_from_the_desktop_names_what_is_damaged(qtbot, make_window, db_path):
    import sqlite3

    db = open_workspace(db_path)
    source = add_source(db, "https://news.example/rss")
    [_, damaged] = store_items(db, source["id"], [
        ItemDraft(title=f"Жаңалық {n}", url=f"https://news.example/{n}", content_text=f"Мәтін {n}")
        for n in range(2)]).new_ids
    cases.create_case(db, "Жалған ұтыс")
    db.close()
    window = make_window()
    actions = window.workspace_
    assert actions.check_now in window.menuBar().actions()[0].menu().actions()
    actions.check_now.trigger()
    qtbot.waitUntil(lambda: actions.check_box is not None, timeout=15000)
    assert actions.check_box.icon() == QMessageBox.Icon.Information
    assert actions.check_box.text().startswith("The workspace is whole")
    actions.check_box.close()
    with sqlite3.connect(db_path) as other_program:
        other_program.execute("UPDATE item_bodies SET body = substr(body, 1, 7) WHERE item_id = ?", [damaged])
        other_program.execute("UPDATE cases SET detected_at = 'вчера'")
    actions.check_box = None
    actions.check_now.trigger()
    assert not actions.check_now.isEnabled()  # one check at a time
    qtbot.waitUntil(lambda: actions.check_box is not None, timeout=15000)
    box = actions.check_box
    assert box.icon() == QMessageBox.Icon.Warning and actions.check_now.isEnabled()
    assert box.text().startswith("2 problems found in the workspace. The first: item ")
    assert box.detailedText().splitlines() == [
        f"item {damaged}: its stored text cannot be read (item body cut short)",
        "cases #1: detected_at holds 'вчера', which is no time"]


@pytest.mark.sqlite_only(reason="another program edits the workspace file")
def test_the_problems_a_check_finds_are_named_in_the_interface_language(qtbot, make_window, db_path, translations,
                                                                         monkeypatch):
    import sqlite3

    db = open_workspace(db_path)
    source = add_source(db, "https://news.example/rss")
    [damaged] = store_items(db, source["id"], [
        ItemDraft(title="Жаңалық", url="https://news.example/1", content_text="Мәтін")]).new_ids
    cases.create_case(db, "Жалған ұтыс")
    db.close()
    with sqlite3.connect(db_path) as other_program:
        other_program.execute("UPDATE cases SET detected_at = 'вчера'")
        other_program.execute("DROP TRIGGER evidence_is_immutable")
        other_program.execute("UPDATE item_bodies SET body = substr(body, 1, 7) WHERE item_id = ?", [damaged])
    window = make_window()
    actions = window.workspace_
    expected = {"ru": ["нет защитного триггера evidence_is_immutable (его удалила другая программа)",
                       f"материал {damaged}: сохранённый текст не читается (текст материала обрезан)",
                       "cases #1: в поле detected_at записано 'вчера', а это не время"],
                "kk": ["evidence_is_immutable қорғаныш триггері жоқ (оны басқа бағдарлама жойған)",
                       f"{damaged} материалы: сақталған мәтінін оқу мүмкін емес (материал мәтіні қысқартылған)",
                       "cases #1: detected_at өрісінде 'вчера' жазылған, бұл уақыт емес"]}
    for lang, lines in expected.items():
        translations.switch(lang)
        actions.check_box = None
        actions.check_now.trigger()
        qtbot.waitUntil(lambda: actions.check_box is not None, timeout=15000)
        assert actions.check_box.detailedText().splitlines() == lines
        assert lines[0] in actions.check_box.text()
        actions.check_box.close()
    # The daily backup's finding, given as the reason of a damaged workspace, is named in the same language.
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    backup.backup(db_path)
    actions._backup_failed(WorkstationError("db.damaged", path=db_path,
                                            reason=Problem("check.index_missing", count=3)))
    assert "іздеу индексі: онда жоқ материалдар: 3" in asked[0]
