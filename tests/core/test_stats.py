"""Figures against a hand-counted workspace (tests/fixtures_stats.py), with the period's edges in the analyst's
time zone; the `stats --json` document against README.md."""

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path

import pytest

from tests.fixtures_stats import ALMATY
from workstation.cli import main
from workstation.core import clock
from workstation.core.cases import workflow as cases
from workstation.core.figures import stats
from workstation.core.figures.model import MediaOrigin, MonthCount, SourceCount
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source

README = Path(__file__).resolve().parents[2] / "README.md"

def figures(db):
    since, until = stats.period_bounds(dt.date(2025, 1, 1), dt.date(2025, 3, 31), ALMATY)
    return stats.dashboard(db, since, until, ALMATY, now=dt.datetime(2025, 6, 1, tzinfo=dt.timezone.utc))


def test_refuted_fakes_per_month_with_the_period_edges(fixture_db):
    r = figures(fixture_db).refutations
    assert r.total == 2
    assert r.per_month == (MonthCount("2025-01", 1), MonthCount("2025-02", 0), MonthCount("2025-03", 1))
    assert r.by_category == {"fake.5g": 1, "fake.payments": 1}


def test_fakes_by_category_counts_confirmed_or_refuted_cases_detected_in_the_period(fixture_db):
    assert figures(fixture_db).fakes_by_category == {"fake.payments": 2, "fake.5g": 1}


def test_violations_and_the_phishing_share(fixture_db):
    v = figures(fixture_db).violations
    assert v.total == 5 and v.phishing_and_fraud == 4 and v.phishing_share == 0.8
    assert v.by_type == {"violation.phishing": 3, "violation.false_information": 1,
                            "violation.fraudulent_resource": 1}


def test_notices_removed_in_time_late_and_median(fixture_db):
    n = figures(fixture_db).notices
    assert (n.sent, n.removed_in_time, n.removed_late, n.not_removed, n.pending) == (4, 1, 1, 1, 1)
    assert n.share_removed_in_time == pytest.approx(1 / 3, abs=1e-4)
    assert n.median_hours_to_removal == 5.5
    r = figures(fixture_db).restrictions
    assert (r.ordered, r.lifted) == (1, 0)


def test_items_briefings_plan_state_bodies_and_media_origin(fixture_db):
    f = figures(fixture_db)
    assert f.items.total == 3 and f.items.by_language == {"ru": 2, "kk": 1}
    assert f.items.by_source[0] == SourceCount(source_id=1, source="News", count=2)
    b = f.briefings
    assert (b.briefings, b.plan_items, b.plan_done, b.plan_done_on_time, b.plan_cancelled) == (2, 3, 2, 1, 1)
    assert f.state_bodies[0].state_body == "МИОР" and f.state_bodies[0].publications == 2
    assert f.media_origin == MediaOrigin(domestic=2, foreign=1, unknown=0, domestic_share=0.6667)


def test_cli_stats_json_gives_the_same_figures(fixture_db, db_path, capsys):
    code = main(["--db", str(db_path), "stats", "--from", "2025-01-01", "--to", "2025-03-31", "--tz", "Asia/Almaty",
                 "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["refutations"]["total"] == 2 and data["violations"]["phishing_share"] == 0.8
    assert data["period"] == {"from": "2024-12-31T19:00:00Z", "to": "2025-03-31T19:00:00Z"}


# The whole `stats --json` document for the hand counts, as the command printed it before the figures were typed:
# other tools read it, so its keys, their order and its values stay as they were.
HAND_COUNTED_JSON = {
    "period": {"from": "2024-12-31T19:00:00Z", "to": "2025-03-31T19:00:00Z"},
    "refutations": {"total": 2, "per_month": [{"month": "2025-01", "count": 1}, {"month": "2025-02", "count": 0},
                                              {"month": "2025-03", "count": 1}],
                    "by_category": {"fake.5g": 1, "fake.payments": 1}},
    "fakes_by_category": {"fake.payments": 2, "fake.5g": 1},
    "violations": {"total": 5, "by_type": {"violation.phishing": 3, "violation.false_information": 1,
                                           "violation.fraudulent_resource": 1},
                   "phishing_and_fraud": 4, "phishing_share": 0.8,
                   "by_status": {"detected": 1, "notice_sent": 1, "removed": 2, "restricted": 1}, "unfounded": 0},
    "notices": {"sent": 4, "removed_in_time": 1, "removed_late": 1, "not_removed": 1, "pending": 1,
                "share_removed_in_time": 0.3333, "median_hours_to_removal": 5.5},
    "golden_hour": {"limit_minutes": 60, "resonant_cases": 0, "answered": 0, "answered_in_time": 0, "pending": 0,
                    "share_in_time": None, "median_minutes_to_first_response": None},
    "restrictions": {"ordered": 1, "lifted": 0, "by_platform": {"—": 1}, "by_domain": {"c.example": 1}},
    "items": {"total": 3, "by_language": {"ru": 2, "kk": 1},
              "by_source": [{"source_id": 1, "source": "News", "count": 2},
                            {"source_id": 2, "source": "Foreign", "count": 1}]},
    "top_sources_of_fakes": [],
    "briefings": {"briefings": 2, "briefings_by_body": {"МИОР": 2}, "plan_items": 3, "plan_done": 2,
                  "plan_done_on_time": 1, "plan_moved": 0, "plan_cancelled": 1},
    "state_bodies": [{"state_body": "МИОР", "publications": 2, "refutations": 0, "resonant_cases": 0,
                      "answered_in_time": 0}],
    "media_origin": {"domestic": 2, "foreign": 1, "unknown": 0, "domestic_share": 0.6667},
    "platforms": [],
    "fakes_by_source_category": {},
}


def test_cli_stats_json_prints_the_same_document_byte_for_byte(fixture_db, db_path, capsys):
    main(["--db", str(db_path), "stats", "--from", "2025-01-01", "--to", "2025-03-31", "--tz", "Asia/Almaty",
          "--json"])
    assert capsys.readouterr().out == json.dumps(HAND_COUNTED_JSON, ensure_ascii=False, indent=2) + "\n"


def test_figures_are_frozen_and_their_maps_read_only(fixture_db):
    f = figures(fixture_db)
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.refutations.total = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        f.violations.by_type["violation.phishing"] = 0  # type: ignore[index]


# Maps keyed by data (tag keys, languages, statuses, bodies, platforms, domains), not by the document's layout.
DATA_MAPS = {"by_category", "fakes_by_category", "by_type", "by_status", "by_platform", "by_domain", "by_language",
             "briefings_by_body", "fakes_by_source_category"}


def documented_stats_json() -> dict:
    """README's example of `stats --json`, with its elisions ("…") dropped so that it parses."""
    section = README.read_text(encoding="utf-8").split("workstation stats [--from", 1)[1]
    block = section.split("```json", 1)[1].split("```", 1)[0]
    return json.loads(re.sub(r",\s*…", "", block).replace("{…}", "{}"))


def assert_documented_shape(documented, actual, path: str = "") -> None:
    """Every documented key, in the documented order and nothing undocumented; numbers where numbers are shown."""
    name = path.rsplit(".", 1)[-1].removesuffix("[]")
    if isinstance(documented, dict):
        assert isinstance(actual, dict), path
        if name in DATA_MAPS:
            assert all(isinstance(k, str) and isinstance(v, int) for k, v in actual.items()), path
            return
        assert list(actual) == list(documented), path
        for key, value in documented.items():
            assert_documented_shape(value, actual[key], f"{path}.{key}")
    elif isinstance(documented, list):
        assert isinstance(actual, list) and actual, f"{path}: the workspace should fill it"
        for element in actual:
            assert_documented_shape(documented[0], element, path + "[]")
    elif isinstance(documented, float):  # shares and medians: none without anything to divide
        assert actual is None or isinstance(actual, int | float), path
    elif isinstance(documented, int):
        assert isinstance(actual, int), path
    else:
        assert isinstance(actual, type(documented)), path


def test_stats_json_has_exactly_the_keys_readme_documents(fixture_db):
    a_fake = next(c for c in cases.list_cases(fixture_db) if c["title"] == "A")
    cases.add_items(fixture_db, a_fake["id"], [1])  # so that the top sources of fakes have a row to check
    # ... and the per-platform figures: the notices went to a platform's representative.
    fixture_db.execute("UPDATE notices SET recipient_id = (SELECT min(id) FROM platform_contacts)")
    document = figures(fixture_db).to_json()
    assert_documented_shape(documented_stats_json(), document)
    assert list(document) == list(documented_stats_json())


def test_running_counts_equal_a_direct_count_for_any_period(db):
    import random
    from collections import Counter

    rng = random.Random(5)
    sources = [add_source(db, f"https://s{i}.example/rss") for i in range(3)]
    start = dt.datetime(2024, 11, 20, tzinfo=dt.timezone.utc)
    for n in range(400):
        moment = start + dt.timedelta(minutes=rng.randrange(0, 160 * 24 * 60))
        clock.set_clock(lambda m=moment: m)
        store_items(db, rng.choice(sources)["id"], [ItemDraft(title=f"t{n}", url=f"https://x/{n}",
                                                              lang=rng.choice(["kk", "ru", ""]))])
    from workstation.core.ingest.sources import remove_source
    remove_source(db, sources[2]["id"])  # its items go (their counts with them)
    for _ in range(25):
        first = dt.date(2024, 11, 15) + dt.timedelta(days=rng.randrange(0, 150))
        last = first + dt.timedelta(days=rng.randrange(0, 120))
        since, until = stats.period_bounds(first, last, ALMATY)
        direct = Counter({(s or 0, lang): n for s, lang, n in db.execute(
            "SELECT source_id, lang, count(*) FROM items WHERE first_seen_at >= ? AND first_seen_at < ? GROUP BY 1, 2",
            [since, until])})
        assert stats.item_counts(db, since, until) == direct, (first, last)


def test_a_period_to_the_calendars_ends_counts_everything_and_never_overflows(fixture_db, db_path, capsys):
    """A date picker offers 0001-01-01 to 9999-12-31; their midnights lie beyond UTC text in Almaty (year 0, year
    10000), and `stats --to 9999-12-31` stopped with an OverflowError. Year 1 was written "1-01-01T…", which sorts
    after "2025-…" and selected nothing."""
    assert clock.to_iso(dt.datetime(1, 1, 2, tzinfo=dt.timezone.utc)) == "0001-01-02T00:00:00Z"
    since, until = stats.period_bounds(dt.date(1, 1, 1), dt.date(9999, 12, 31), ALMATY)
    assert (since, until) == ("0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z")
    months = stats.months_between(since, until, ALMATY)
    assert (months[0], months[-1], len(months)) == ("0001-01", "9999-12", 9999 * 12)
    century = stats.period_bounds(dt.date(2000, 1, 1), dt.date(2099, 12, 31), ALMATY)
    assert stats.refutations(fixture_db, since, until, ALMATY).total == \
        stats.refutations(fixture_db, *century, ALMATY).total == 4
    for args in (["--to", "9999-12-31"], ["--from", "0001-01-01", "--to", "2025-03-31"]):
        assert main(["--db", str(db_path), "stats", "--tz", "Asia/Almaty", *args]) == 0
    assert "Traceback" not in capsys.readouterr().err
