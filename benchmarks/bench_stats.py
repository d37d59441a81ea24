"""Dashboard figures and the year's PDF with 1,000,000 items, 20,000 cases and 50,000 violations.

    python benchmarks/bench_stats.py [--quick]

Targets (issue 6): every dashboard figure for a year in under 300 ms; the year's PDF in under 5 s.
The items come from the cached big workspace (bigworkspace.py); cases, refutations, violations, notices,
restrictions, briefings and the media plan are added with direct SQL into a copy of it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import print_machine  # noqa: E402
from bigworkspace import ensure_workspace  # noqa: E402

from workstation.core.figures import stats, summary  # noqa: E402
from workstation.core.workspace import open_workspace  # noqa: E402
from workstation.reports.pdf import build_pdf  # noqa: E402

YEAR_START = dt.date(2024, 7, 1)
YEAR_END = dt.date(2025, 6, 30)


def iso(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def add_records(db, cases: int, violations: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    start = dt.datetime(2024, 7, 1, tzinfo=dt.timezone.utc)
    span = 364 * 24 * 3600
    max_item = db.execute("SELECT max(id) FROM items").fetchone()[0]
    fake_tags = [r[0] for r in db.execute("SELECT id FROM tags WHERE kind = 'fake_category'")]
    violation_tags = [r[0] for r in db.execute("SELECT id FROM tags WHERE kind = 'violation_type'")]
    now = iso(dt.datetime(2025, 7, 1, tzinfo=dt.timezone.utc))
    with db.atomic():
        for n in range(cases):
            detected = start + dt.timedelta(seconds=rng.randrange(span))
            status = rng.choices(["refuted", "confirmed", "verifying", "dismissed"], [70, 10, 10, 10])[0]
            resonant = rng.random() < 0.05
            response = detected + dt.timedelta(minutes=rng.randint(10, 600)) if status == "refuted" else None
            case_id = db.execute(
                "INSERT INTO cases (uuid, title, claim, category_tag_id, status, resonant, detected_at, "
                "first_response_at, created_at, updated_at, state_body) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [str(uuid.uuid4()), f"Фейк {n}", "claim", rng.choice(fake_tags), status, int(resonant),
                 iso(detected), iso(response) if response else None, now, now,
                 rng.choice(["", "", "МИОР", "МЦРИАП", "МВД"])]).lastrowid
            for item_id in {rng.randint(1, max_item) for _ in range(rng.randint(1, 4))}:
                db.execute("INSERT OR IGNORE INTO case_items (case_id, item_id, added_at) VALUES (?,?,?)",
                           [case_id, item_id, now])
            if response:
                db.execute("INSERT INTO refutations (uuid, case_id, published_at, channel, url, created_at) "
                           "VALUES (?,?,?,?,?,?)", [str(uuid.uuid4()), case_id, iso(response), "stopfake",
                                                    f"https://stopfake.example/{n}", now])
        for n in range(violations):
            detected = start + dt.timedelta(seconds=rng.randrange(span))
            domain = f"bonus-{rng.randint(1, 8000)}.example"
            status = rng.choices(["removed", "not_removed", "restricted", "notice_sent"], [80, 5, 5, 10])[0]
            violation_id = db.execute(
                "INSERT INTO violations (uuid, url, canonical_url, host, domain, type_tag_id, status, detected_at, "
                "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                [str(uuid.uuid4()), f"https://{domain}/{n}", f"https://{domain}/{n}", domain, domain,
                 rng.choices(violation_tags, [10, 60, 28, 2])[0], status, iso(detected), now, now]).lastrowid
            sent = detected + dt.timedelta(hours=1)
            outcome = {"removed": "removed", "notice_sent": "pending"}.get(status, "not_removed")
            resolved = sent + dt.timedelta(hours=rng.uniform(0.5, 9)) if outcome != "pending" else None
            db.execute("INSERT INTO notices (uuid, violation_id, recipient, sent_at, deadline_at, outcome, "
                       "resolved_at, created_at) VALUES (?,?,?,?,?,?,?,?)",
                       [str(uuid.uuid4()), violation_id, "admin", iso(sent), iso(sent + dt.timedelta(hours=6)),
                        outcome, iso(resolved) if resolved else None, now])
            if status == "restricted":
                db.execute("INSERT INTO restrictions (uuid, violation_id, requested_at, order_ref, ordered_at) "
                           "VALUES (?,?,?,?,?)", [str(uuid.uuid4()), violation_id, iso(sent), "R", iso(sent)])
        for _ in range(250):
            db.execute("INSERT INTO briefings (uuid, held_at, state_body, created_at) VALUES (?,?,?,?)",
                       [str(uuid.uuid4()), iso(start + dt.timedelta(seconds=rng.randrange(span))), "МИОР", now])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="50,000 items, 2,000 cases, 5,000 violations")
    args = parser.parse_args()
    items, cases, violations = (50_000, 2_000, 5_000) if args.quick else (1_000_000, 20_000, 50_000)
    print_machine()
    source = ensure_workspace(items)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "stats.db"
        shutil.copy(source, path)
        db = open_workspace(path)
        started = time.perf_counter()
        add_records(db, cases, violations)
        print(f"added {cases} cases and {violations} violations in {time.perf_counter() - started:.1f} s")
        tz = stats.zone("Asia/Almaty")
        since, until = stats.period_bounds(YEAR_START, YEAR_END, tz)
        timings = []
        for _ in range(5):
            started = time.perf_counter()
            figures = stats.dashboard(db, since, until, tz)
            timings.append(time.perf_counter() - started)
        print(f"dashboard figures for a year: median {statistics.median(timings) * 1000:.0f} ms "
              f"(runs: {', '.join(f'{t * 1000:.0f}' for t in timings)} ms); target < 300 ms")
        print(f"  refuted {figures.refutations.total}, violations {figures.violations.total}, "
              f"items {figures.items.total}")
        pdf_timings = []
        for _ in range(3):
            started = time.perf_counter()
            # What the PDF costs as the analyst sees it: the figures and lists it prints, then the document.
            build_pdf(summary.summary(db, since, until, tz), Path(folder) / "year.pdf", lang="kk")
            pdf_timings.append(time.perf_counter() - started)
        print(f"the year's PDF: median {statistics.median(pdf_timings):.2f} s "
              f"(runs: {', '.join(f'{t:.2f}' for t in pdf_timings)} s); target < 5 s; "
              f"{(Path(folder) / 'year.pdf').stat().st_size / 1024:.0f} KiB")
        db.close()


if __name__ == "__main__":
    main()
