"""Kill the process at random moments while it ingests and while an analyst edits; after every restart the
database passes its integrity check and no committed analyst change is missing."""

import os
import random
import select
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from workstation.core.db import integrity
from workstation.core.workspace import open_workspace

CHILD = textwrap.dedent("""
    import os, sys, itertools
    from workstation.core.workspace import open_workspace
    from workstation.core.cases import workflow as cases
    from workstation.core.ingest.dedup import store_items
    from workstation.core.ingest.draft import ItemDraft
    from workstation.core.ingest.sources import add_source, list_sources
    from workstation.core.items.tags import tag_items, resolve_tag

    db = open_workspace(sys.argv[1])
    journal = open(sys.argv[2], "a", encoding="utf-8")
    sources = list_sources(db) or [add_source(db, "https://news.example/rss")]
    tag = resolve_tag(db, "fake.5g")["id"]
    run = sys.argv[3]
    for n in itertools.count():
        # Ingest: a batch of items in one transaction, as a fetch does.
        ids = store_items(db, sources[0]["id"], [
            ItemDraft(title=f"{run}-{n}-{k} 5G мұнарасы", url=f"https://news.example/{run}/{n}/{k}",
                      content_text="мәтін " * 200) for k in range(20)]).new_ids
        # Analyst edits: each is journaled only after the call returned, i.e. after its commit.
        tag_items(db, ids[:3], add=[tag], analyst="crash-test")
        uuid = db.execute("SELECT uuid FROM items WHERE id = ?", [ids[0]]).fetchone()[0]
        journal.write(f"tag {uuid}\\n")
        case = cases.create_case(db, f"case {run}-{n}", item_ids=ids[:2], analyst="crash-test")
        journal.write(f"case {case['uuid']}\\n")
        journal.flush()
        os.fsync(journal.fileno())
        if n == 0:
            print("ready", flush=True)  # the first batch and its edits are committed and journaled
""")

RUNS = 12
READY_TIMEOUT = 30.0  # start-up takes ~0.3 s; a busy CI machine gets plenty of room
KILL_WITHIN = 0.6  # after "ready", the kill lands at a random moment in this many seconds of ingest and edits


def start_child(db_path: Path, journal: Path, run: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    return subprocess.Popen([sys.executable, "-c", CHILD, str(db_path), str(journal), str(run)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def wait_until_ready(child: subprocess.Popen) -> None:
    readable, _, _ = select.select([child.stdout], [], [], READY_TIMEOUT)
    line = child.stdout.readline() if readable else b""
    if line.strip() != b"ready":
        child.kill()
        child.wait(10)
        pytest.fail(f"child not ready within {READY_TIMEOUT} s: {child.stderr.read().decode()[-2000:]}")


def journaled(journal: Path) -> list[tuple[str, str]]:
    lines = journal.read_text(encoding="utf-8").split("\n")[:-1]  # a line cut by the kill is not a record
    return [tuple(line.split()) for line in lines if line.strip()]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only")
def test_sigkill_during_ingest_and_edits_loses_no_committed_change(tmp_path):
    db_path, journal = tmp_path / "ws.db", tmp_path / "journal.txt"
    open_workspace(db_path).close()
    journal.touch()
    rng = random.Random(20261128)
    for run in range(RUNS):
        before = journaled(journal)
        # A line cut by the last kill goes, so that this run's first record starts on a line of its own.
        journal.write_text("".join(f"{kind} {uuid}\n" for kind, uuid in before), encoding="utf-8")
        child = start_child(db_path, journal, run)
        wait_until_ready(child)
        time.sleep(rng.uniform(0.0, KILL_WITHIN))  # somewhere in a write: items, tags, a case or the journal
        if child.poll() is not None:
            pytest.fail(f"child ended by itself: {child.stderr.read().decode()[-2000:]}")
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        assert child.returncode == -signal.SIGKILL

        db = open_workspace(db_path)
        assert integrity.integrity_problems(db) == []
        committed = journaled(journal)
        assert len(committed) >= len(before) + 2  # this run tagged an item and opened a case before it was killed
        tagged = {r[0] for r in db.execute("SELECT i.uuid FROM item_tags t JOIN items i ON i.id = t.item_id")}
        opened = {r[0] for r in db.execute("SELECT uuid FROM cases")}
        missing = [(k, u) for k, u in committed
                   if (k == "tag" and u not in tagged) or (k == "case" and u not in opened)]
        assert missing == []
        db.close()
