"""Record identifiers: unique, standard, and in the order they were made (so their indexes grow at the end)."""

import time
import uuid

from workstation.core.ids import new_uuid
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source


def test_new_ids_are_standard_version_7_uuids_and_never_repeat():
    made = [new_uuid() for _ in range(50_000)]
    assert len(set(made)) == len(made)
    parsed = uuid.UUID(made[0])
    assert parsed.version == 7 and parsed.variant == uuid.RFC_4122 and str(parsed) == made[0]
    assert abs((parsed.int >> 80) - time.time_ns() // 1_000_000) < 60_000  # its time is the time it was made


def test_records_made_later_have_ids_that_sort_later(db):
    source = add_source(db, "https://example.kz/rss", kind="rss")
    for n in range(3):
        store_items(db, source["id"], [ItemDraft(title=f"Хабар {n}", url=f"https://example.kz/{n}",
                                                 content_text=f"мәтін {n}")])
        time.sleep(0.002)
    ids = [r[0] for r in db.execute("SELECT uuid FROM items ORDER BY id")]
    assert len(ids) == 3 and ids == sorted(ids)
