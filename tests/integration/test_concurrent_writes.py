"""Several programs writing one workspace at once, as analysts do: a scheduled fetch, a second fetch, twenty
`violations add` from a script, a large import beside the desktop. Real processes, real SQLite files, feeds
from a local HTTP server on 127.0.0.1. Every writer waits its turn; none fails with "database is locked"."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from tests.support.feeds import rss as feed
from tests.support.httpserver import Reply
from workstation.core.cases import workflow as cases
from workstation.core.db import integrity
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.run import import_files
from workstation.core.ingest.sources import add_source, remove_source
from workstation.core.items import queries as items_core
from workstation.core.items import tags
from workstation.core.violations import workflow as violations
from workstation.core.workspace import open_workspace
from workstation.core.workspace.triage import triage_new_items

PROJECT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(PROJECT)}
for _name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
    ENV.pop(_name, None)  # 127.0.0.1 traffic must not go to a developer's proxy

# A `workstation` command that starts (imports done) and then waits for "go" on stdin, so that twenty of them
# can hit the workspace within a few milliseconds of each other while a fetch is storing.
POISED = textwrap.dedent("""
    import sys
    from workstation.cli import main
    print("ready", flush=True)
    sys.stdin.readline()
    sys.exit(main(sys.argv[1:]))
""")


def serve_feeds(server, count: int, items: int, gate: threading.Event | None = None, delay: float = 0.0) -> list[str]:
    """``count`` feeds of ``items`` items; with ``gate``, the second half answer only once it is set."""
    urls = []
    for n in range(count):
        body = feed(f"s{n}", items)
        held = gate is not None and n >= count // 2

        def answer(_request, body=body, held=held) -> Reply:
            if held:
                gate.wait(30)
            return Reply(body=body, headers={"Content-Type": "application/rss+xml; charset=utf-8"}, delay=delay)

        server.route(f"/feed/{n}", answer)
        urls.append(server.url(f"/feed/{n}"))
    return urls


def cli(db_path: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "workstation", "--db", str(db_path), *args], env=ENV,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for_line(stream, text: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        readable, _, _ = select.select([stream], [], [], max(0.0, deadline - time.monotonic()))
        if not readable:
            break
        line = stream.readline()
        if not line:
            break
        if text in line:
            return
    pytest.fail(f"no line with {text!r} within {timeout} s")


def test_two_fetches_at_once_both_finish_and_store_each_item_once(db_path, local_server):
    db = open_workspace(db_path)
    for url in serve_feeds(local_server, 24, 80, delay=0.02):
        add_source(db, url)
    first, second = cli(db_path, "fetch", "--json", "--jobs", "4"), cli(db_path, "fetch", "--json", "--jobs", "4")
    results = [proc.communicate(timeout=60) for proc in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], [err[-500:] for _out, err in results]
    outcomes = [json.loads(out) for out, _err in results]
    assert all(o["ok"] for run in outcomes for o in run)
    # Both read every feed; between them each item was stored once, and both counted it.
    assert sum(o["new"] for run in outcomes for o in run) == 24 * 80
    assert db.execute("SELECT count(*) FROM items").fetchone()[0] == 24 * 80
    assert db.execute("SELECT count(DISTINCT guid) FROM items").fetchone()[0] == 24 * 80
    assert integrity.integrity_problems(db, quick=True) == []
    db.close()


def test_twenty_violation_adds_during_a_sixty_source_fetch_all_succeed(db_path, local_server):
    db = open_workspace(db_path)
    gate = threading.Event()
    for url in serve_feeds(local_server, 60, 120, gate=gate):
        add_source(db, url)
    adds = [subprocess.Popen([sys.executable, "-c", POISED, "--db", str(db_path), "violations", "add",
                              f"https://fake-prize{n}.example/win", "--type", "phishing"],
                             env=ENV, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for n in range(20)]
    fetch = None
    try:
        for proc in adds:
            wait_for_line(proc.stdout, "ready", 30)
        fetch = cli(db_path, "fetch", "--jobs", "8")
        wait_for_line(fetch.stderr, "[5/60]", 30)  # the fetch is storing feed after feed
        gate.set()  # the other thirty feeds arrive together: the fetch keeps the store busy
        for proc in adds:
            proc.stdin.write("go\n")
            proc.stdin.flush()
        finished = [proc.communicate(timeout=60) for proc in adds]
        fetch_out, fetch_err = fetch.communicate(timeout=60)
    finally:
        gate.set()
        for proc in [*adds, *([fetch] if fetch else [])]:
            if proc.poll() is None:
                proc.kill()
    failures = [err.strip() for proc, (_out, err) in zip(adds, finished, strict=True) if proc.returncode != 0]
    assert failures == []
    assert fetch.returncode == 0, fetch_err[-1000:]
    assert db.execute("SELECT count(*) FROM violations").fetchone()[0] == 20
    assert db.execute("SELECT count(*) FROM items").fetchone()[0] == 60 * 120
    assert integrity.integrity_problems(db) == []  # the audit log's chain too: its writers took turns
    db.close()


def test_a_large_import_never_keeps_another_writer_waiting_long(db_path, tmp_path):
    """The import stores in turns of about a tenth of a second; a writer beside it (the desktop starring items)
    waits at most one turn. Stored in one transaction, the same file would hold the lock for well over a second
    here (benchmarks/bench_write_lock.py measures both)."""
    items = 10_000
    saved = tmp_path / "bulletin.xml"
    saved.write_bytes(feed("big", items))
    db = open_workspace(db_path)
    source = add_source(db, "https://desk.example/rss")
    [item_id] = store_items(db, source["id"], [ItemDraft(title="Starred by the analyst",
                                                         url="https://desk.example/1")]).new_ids
    importer = cli(db_path, "import", str(saved), "--json")
    waits, starred = [], False
    while importer.poll() is None:
        starred = not starred
        began = time.perf_counter()
        items_core.set_flags(db, [item_id], starred=starred)  # raises if it could not write
        waits.append(time.perf_counter() - began)
        time.sleep(0.02)
    out, err = importer.communicate()
    assert importer.returncode == 0, err[-1000:]
    assert json.loads(out)[0]["new"] == items
    assert len(waits) > 20  # the import lasted long enough for the measure to mean something
    assert max(waits) < 0.5, f"a writer waited {max(waits):.2f} s"
    db.close()


def test_every_write_takes_the_lock_before_it_reads(db_path, tmp_path):
    """Each transaction that writes begins IMMEDIATE, and no write runs outside one: a transaction that read first
    ("BEGIN" then SELECT … INSERT) would fail at once when another program wrote in between."""
    saved = tmp_path / "saved.xml"
    saved.write_bytes(feed("t", 30))
    db = open_workspace(db_path)
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    [outcome] = import_files(db, [saved], triage=triage_new_items)
    source = add_source(db, "https://news.example/rss")
    ids = outcome.new_ids
    items_core.set_flags(db, ids[:2], starred=True)
    items_core.mark_all_read(db, items_core.ItemFilter())
    tags.tag_items(db, ids[:3], add=[tags.resolve_tag(db, "fake.5g")["id"]], analyst="test")
    case = cases.create_case(db, "5G мұнарасы", item_ids=ids[:2], analyst="test")
    cases.set_status(db, case["id"], "verifying", analyst="test")
    violations.add_violation(db, "https://fake-prize.example/win", violation_type="phishing", analyst="test")
    remove_source(db, source["id"])
    db.conn.set_trace_callback(None)
    db.close()

    begins, outside, in_transaction = [], [], False
    for sql in (s.strip() for s in statements):
        keyword = sql.split(None, 1)[0].upper() if sql else ""
        if sql.startswith("--"):
            continue  # a trigger's own statements, inside the statement that fired it
        if keyword == "BEGIN":
            begins.append(sql)
            in_transaction = True
        elif keyword in ("COMMIT", "ROLLBACK") and not sql.upper().startswith("ROLLBACK TO"):
            in_transaction = False
        elif keyword in ("INSERT", "UPDATE", "DELETE", "REPLACE") and not in_transaction:
            outside.append(sql[:80])
    assert begins and set(begins) == {"BEGIN IMMEDIATE"}
    assert outside == []


def test_programs_opening_a_new_workspace_at_once_migrate_and_seed_it_once(tmp_path):
    path = tmp_path / "new.db"
    code = ("import sys; from workstation.core.workspace import open_workspace; sys.stdin.readline(); "
            "open_workspace(sys.argv[1]).close()")
    children = [subprocess.Popen([sys.executable, "-c", code, str(path)], stdin=subprocess.PIPE,
                                 stderr=subprocess.PIPE, env=ENV, cwd=PROJECT) for _ in range(6)]
    time.sleep(1.0)  # let every interpreter finish importing, so they start together on "go"
    for child in children:
        child.stdin.write(b"go\n")
        child.stdin.flush()
    errors = [child.communicate(timeout=60)[1].decode() for child in children]
    assert [child.returncode for child in children] == [0] * 6, errors
    db = open_workspace(path)
    single = open_workspace(tmp_path / "single.db")
    assert db.execute("SELECT count(*) FROM tags").fetchone() == single.execute("SELECT count(*) FROM tags").fetchone()
    assert db.execute("SELECT count(*) FROM legal_bases").fetchone() == \
        single.execute("SELECT count(*) FROM legal_bases").fetchone()
    assert integrity.integrity_problems(db) == []


def test_two_analysts_adding_the_same_address_at_once_get_one_violation(db_path):
    open_workspace(db_path).close()
    start, outcomes = threading.Barrier(2), []

    def add() -> None:
        connection = open_workspace(db_path)
        start.wait()
        try:
            violations.add_violation(connection, "https://bonus-kaspi.example/win", violation_type="violation.phishing")
            outcomes.append("added")
        except Exception as exc:  # noqa: BLE001 - the outcome is what the test looks at
            outcomes.append(getattr(exc, "key", repr(exc)))
        finally:
            connection.close()

    threads = [threading.Thread(target=add) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(outcomes) == ["added", "violation.duplicate"]
    assert open_workspace(db_path).execute("SELECT count(*) FROM violations").fetchone()[0] == 1
