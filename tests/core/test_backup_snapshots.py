"""Daily backups as compressed page snapshots: a full one, then incrementals of the changed pages; each restores to
exactly its day, damage is refused with a plain message, rotation never breaks a chain."""

import datetime as dt
import hashlib
import os
import shutil
import threading
import time

import pytest

from workstation.core import clock
from workstation.core.db import backup, integrity, snapshot
from workstation.core.errors import WorkstationError
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source
from workstation.core.items.queries import set_flags
from workstation.core.workspace import open_workspace

pytestmark = pytest.mark.sqlite_only(reason="page snapshots of the workspace file (a team workspace is backed up "
                                     "on its server)")


def on_day(day: int) -> None:
    clock.set_clock(lambda: dt.datetime(2026, 3, 1 + day, 9, 0, tzinfo=dt.timezone.utc))


def add_day_of_items(db, day: int, count: int = 120) -> None:
    source = add_source(db, f"https://day{day}.example/rss") if day < 3 else {"id": 1}
    drafts = [ItemDraft(title=f"Күн {day} жаңалық {n} новости дня {n * 7}", url=f"https://day{day}.example/{n}",
                        content_text=f"Текст {day}-{n} " * 20) for n in range(count)]
    ids = store_items(db, source["id"], drafts).new_ids
    set_flags(db, ids[: count // 3], read=True)  # the analyst read some of them
    set_flags(db, [1 + day], starred=True)  # and starred an old one


def state(db) -> tuple[int, str]:
    rows = db.execute("SELECT id, title, read, starred FROM items ORDER BY id").fetchall()
    return len(rows), hashlib.sha256(repr(rows).encode()).hexdigest()


def restored_state(backup_path, db_path):
    backup.restore(backup_path, db_path)
    db = open_workspace(db_path)
    try:
        return state(db)
    finally:
        db.close()


@pytest.fixture
def ten_days(db, db_path, monkeypatch):
    """Ten daily backups with new items, read marks and stars in between; the state of each day. A small workspace
    changes a large share of its pages in a day: the rule that starts a new full backup once the incrementals
    outgrow it is lifted here (it has its own test)."""
    monkeypatch.setattr(backup, "FULL_AGAIN_AT", 100.0)
    days = []
    for day in range(10):
        on_day(day)
        add_day_of_items(db, day, 1500 if day == 0 else 120)  # a workspace of some size, then a day's news
        days.append((backup.backup(db_path, reason="daily"), state(db)))
    db.close()
    return days


def test_ten_daily_backups_are_one_full_and_nine_incrementals_each_restoring_its_day(ten_days, db_path):
    listed = backup.list_backups(db_path)
    assert [b.path for b in listed] == [path for path, _s in reversed(ten_days)]
    assert [b.kind for b in listed] == ["incremental"] * 9 + ["full"]
    headers = [snapshot.read_header(b.path) for b in listed[:-1]]
    assert all(h.stored_pages < h.page_count / 2 for h in headers)  # only the changed pages
    for path, expected in [ten_days[0], ten_days[4], ten_days[9], ten_days[7]]:
        assert restored_state(path, db_path) == expected
    assert ten_days[9][1][0] == 1500 + 9 * 120


def test_a_restore_keeps_the_replaced_workspace_and_checks_it_first(ten_days, db_path):
    kept = backup.restore(ten_days[2][0], db_path)
    assert state(open_workspace(kept)) == ten_days[9][1]
    assert backup.check_backup(ten_days[2][0]) == []


def test_a_tampered_incremental_is_refused_and_the_workspace_untouched(ten_days, db_path):
    path = ten_days[5][0]
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x40
    path.write_bytes(bytes(data))
    with pytest.raises(WorkstationError) as refused:
        backup.restore(ten_days[7][0], db_path)  # builds on the tampered one
    assert "damaged" in str(refused.value) and "checksum" in str(refused.value)
    assert path.name in str(refused.value)
    assert state(open_workspace(db_path)) == ten_days[9][1]
    assert not list(db_path.parent.glob("*.part"))
    assert restored_state(ten_days[4][0], db_path) == ten_days[4][1]  # the days before it still restore


def test_a_truncated_incremental_is_refused_with_a_clear_message(ten_days, db_path):
    path = ten_days[9][0]
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])
    with pytest.raises(WorkstationError, match="incomplete"):
        backup.restore(path, db_path)
    assert backup.check_backup(path) and "incomplete" in backup.check_backup(path)[0]
    assert state(open_workspace(db_path)) == ten_days[9][1]


def test_an_incremental_whose_full_backup_is_gone_says_which_file_is_missing(ten_days, db_path):
    full = ten_days[0][0]
    full.unlink()
    with pytest.raises(WorkstationError, match=f"{full.name}, which is missing"):
        backup.restore(ten_days[3][0], db_path)


def test_a_file_that_is_not_a_backup_is_refused(db, db_path, tmp_path):
    db.close()
    bogus = tmp_path / "notes.backup.wsbk"
    bogus.write_bytes(snapshot.MAGIC + b"\x01garbage")
    with pytest.raises(WorkstationError, match="damaged"):
        backup.restore(bogus, db_path)


def test_rotation_keeps_every_backup_a_kept_one_builds_on(db, db_path):
    for day in range(7):
        on_day(day)
        add_day_of_items(db, day, 30)
        backup.backup(db_path, reason="daily", keep=3)
    listed = backup.list_backups(db_path)
    # Chains of three: days 0-2, 3-5, 6. The newest three (6, 5, 4) need day 3's full one: days 0-2 are gone.
    assert [b.kind for b in listed] == ["full", "incremental", "incremental", "full"]
    assert [b.created[6:8] for b in listed] == ["07", "06", "05", "04"]
    db.close()
    for info in listed:
        assert backup.check_backup(info.path) == []


def test_a_new_full_backup_once_the_chain_is_as_long_as_keep(db, db_path):
    kinds = []
    for day in range(5):
        on_day(day)
        add_day_of_items(db, day, 20)
        kinds.append(backup.list_backups(db_path)[0].kind if backup.backup(db_path, keep=2) else "")
    assert kinds == ["full", "incremental", "full", "incremental", "full"]


def test_a_new_full_backup_once_the_incrementals_outgrow_the_full_one(db, db_path):
    on_day(0)
    add_day_of_items(db, 0, 300)
    sizes, kinds = [], []
    for day in range(1, 6):
        on_day(day)
        add_day_of_items(db, day, 300)  # the workspace doubles and more: large incrementals
        path = backup.backup(db_path)
        kinds.append(snapshot.read_header(path).kind)
        sizes.append(path.stat().st_size)
    assert kinds[0] == "full" and "incremental" in kinds and kinds.count("full") >= 2
    first_full_again = kinds.index("full", 1)
    assert sum(sizes[1:first_full_again]) >= backup.FULL_AGAIN_AT * sizes[0]


def test_a_damaged_newest_backup_starts_a_new_chain(db, db_path):
    on_day(0)
    first = backup.backup(db_path)
    first.write_bytes(first.read_bytes()[:-50])
    on_day(1)
    add_day_of_items(db, 1, 20)
    second = backup.backup(db_path)
    assert snapshot.read_header(second).kind == "full"


def test_an_interrupted_backup_leaves_nothing_behind_and_the_next_one_works(db, db_path, monkeypatch):
    on_day(0)
    backup.backup(db_path)

    def full_disk(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(snapshot, "write", full_disk)
    on_day(1)
    with pytest.raises(OSError):
        backup.backup(db_path)
    monkeypatch.undo()
    folder = backup.backups_dir(db_path)
    assert len(list(folder.iterdir())) == 1
    crashed = folder / "workspace-20260302T090000Z-daily.backup.wsbk.part"  # a crash, a day ago
    crashed.write_bytes(b"half")
    os.utime(crashed, (time.time() - 86400, time.time() - 86400))
    writing = folder / "workspace-20260303T090000Z-daily.backup.wsbk.copy.part"  # another program, right now
    writing.write_bytes(b"being written")
    on_day(2)
    backup.backup(db_path)
    assert sorted(p.suffix for p in folder.iterdir()) == [".part", ".wsbk", ".wsbk"]
    assert writing.exists() and not crashed.exists()


def test_plain_backups_of_earlier_versions_are_listed_and_restored(db, db_path):
    on_day(0)
    add_day_of_items(db, 0, 10)
    old = backup.backups_dir(db_path) / "workspace-20260228T080000Z-daily.backup.db"
    backup.backup(db_path, old)  # a plain SQLite copy, as earlier versions wrote them
    before = state(db)
    on_day(1)
    add_day_of_items(db, 1, 10)
    newer = backup.backup(db_path, reason="daily")
    db.close()
    listed = backup.list_backups(db_path)
    assert [(b.path, b.kind, b.created) for b in listed] == [
        (newer, "full", "20260302T090000Z"), (old, "copy", "20260228T080000Z")]
    assert backup.check_backup(old) == []
    assert restored_state(old, db_path) == before


def test_two_backups_in_the_same_second_never_overwrite_each_other(db, db_path):
    on_day(0)
    first = backup.backup(db_path)
    add_day_of_items(db, 0, 10)
    second = backup.backup(db_path)
    assert first != second and first.exists() and second.exists()
    assert snapshot.read_header(second).base == first.name
    db.close()
    assert restored_state(second, db_path)[0] == 10


def test_an_incremental_whose_base_was_replaced_by_another_file_is_refused(ten_days, db_path, tmp_path):
    other = tmp_path / "other.db"
    open_workspace(other).close()
    on_day(20)
    stranger = backup.backup(other)
    shutil.copyfile(stranger, ten_days[2][0])  # the same name, another backup
    with pytest.raises(WorkstationError, match="replaced"):
        backup.restore(ten_days[3][0], db_path)


def test_a_backup_finishes_while_another_program_keeps_writing(db, db_path):
    add_day_of_items(db, 0, 400)
    stop = threading.Event()
    writes = []

    def writer() -> None:
        other = open_workspace(db_path)
        while not stop.is_set():
            set_flags(other, [1 + len(writes) % 300], starred=len(writes) % 2 == 0)
            writes.append(1)
        other.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        made = backup.backup(db_path)
        again = backup.backup(db_path)
    finally:
        stop.set()
        thread.join()
    assert len(writes) > 0
    assert backup.check_backup(made) == [] and backup.check_backup(again) == []


def test_the_command_line_checks_a_backup_and_names_what_is_wrong(ten_days, db_path, capsys):
    from workstation.cli import main

    path = ten_days[6][0]
    assert main(["--db", str(db_path), "db", "check", "--backup", str(path)]) == 0
    path.write_bytes(path.read_bytes()[:-200])
    capsys.readouterr()
    assert main(["--db", str(db_path), "db", "check", "--backup", str(path)]) == 1
    assert "incomplete" in capsys.readouterr().err


def damage_the_full_text_index(db) -> None:
    """A block of the index overwritten, as another tool writing the shadow tables (or a bad disk) would leave it."""
    db.execute("UPDATE items_fts_data SET block = zeroblob(length(block)) "
               "WHERE id = (SELECT max(id) FROM items_fts_data)")


def test_the_start_up_check_takes_no_write_lock_and_the_backup_checks_the_index_on_its_copy(db, db_path):
    add_day_of_items(db, 0, 50)
    damage_the_full_text_index(db)
    statements = []
    db.conn.set_trace_callback(statements.append)
    assert integrity.integrity_problems(db, quick=True) == []
    db.conn.set_trace_callback(None)
    assert not [s for s in statements if s.lstrip().upper().startswith(("INSERT", "BEGIN"))]
    assert any("full-text index" in p for p in integrity.integrity_problems(db))  # `db check` still has it
    with pytest.raises(WorkstationError, match="full-text index") as refused:
        backup.backup(db_path, reason="daily", check_index=True)
    assert refused.value.key == "db.damaged" and refused.value.params["path"] == db_path
    assert list(backup.backups_dir(db_path).iterdir()) == []  # nothing written, no copy left behind
