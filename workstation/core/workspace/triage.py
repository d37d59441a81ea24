"""Triage of newly stored items: watch rules tag them and may alert, items repeating an open case's claim
raise an alert, and the radar puts them into stories and counts them (after the rules, so their tags are counted).
Ingest takes this step as a parameter, so ingest itself knows nothing of rules, cases or the radar."""

from __future__ import annotations

from sqlite_utils import Database

from workstation.core.cases.matching import flag_for_open_cases
from workstation.core.items.rules import apply_rules
from workstation.core.radar import update as update_radar


def triage_new_items(db: Database, item_ids: list[int]) -> None:
    apply_rules(db, item_ids)
    flag_for_open_cases(db, item_ids)
    update_radar(db, item_ids)


# The radar reads each new item's story keys: ingest's worker processes work them out beside the rest of the item
# and hand them over (``ingest.run.story_keys_wanted``), instead of the radar working them out again here.
triage_new_items.reads_story_keys = True  # type: ignore[attr-defined]
