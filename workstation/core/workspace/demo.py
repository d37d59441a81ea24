"""The demo workspace: a few hundred fictional Kazakh and Russian items read from files in resources/demo,
with the fake cases, refutations, violations and notices an analyst would have recorded about them, so a
new user sees every part of the product working with no network."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.cases import workflow as cases
from workstation.core.errors import WorkstationError
from workstation.core.ingest.run import import_files
from workstation.core.items.rules import add_rule
from workstation.core.items.tags import resolve_tag
from workstation.core.paths import resources_dir
from workstation.core.urls import canonical_url, registrable_domain
from workstation.core.violations import notices, restriction
from workstation.core.violations import workflow as violations
from workstation.core.workspace.open import open_workspace
from workstation.core.workspace.triage import triage_new_items

DEMO_ANALYST = "demo"
DEMO_RULES = (
    ("5G", "5G OR 5g* OR вышк*", "fake.5g"),
    ("Розыгрыши / ұтыс ойындары", 'розыгрыш* OR "ұтыс ойын*" OR лотере*', "fake.prize_draws"),
    ("Фишинг", "фишинг* OR phishing OR ((ссылк* OR сілтеме*) AND (банк* OR bank*))", "violation.phishing"),
)
_CHANNEL_BY_DOMAIN = {"stopfake-kz.example": "stopfake", "brifing-alany.example": "briefing"}
_LINK = re.compile(r"https?://[a-z0-9.-]+\.example[^\s\"'<>]*", re.I)


def demo_files() -> list[Path]:
    folder = resources_dir() / "demo" / "feeds"
    return sorted(p for p in folder.glob("*") if p.suffix.lower() in (".xml", ".html", ".htm", ".rss", ".atom"))


def is_empty(db: Database) -> bool:
    return db.execute("SELECT NOT EXISTS (SELECT 1 FROM sources) AND NOT EXISTS (SELECT 1 FROM items)").fetchone()[0]


def build_demo(path: Path) -> Path:
    """Create the demo workspace at ``path`` from the shipped files (once); returns the path."""
    db = open_workspace(path)
    try:
        if is_empty(db):
            for name, query, tag in DEMO_RULES:
                add_rule(db, name, query, tag_id=resolve_tag(db, tag)["id"], alert=False, analyst=DEMO_ANALYST)
            import_files(db, demo_files(), folder="Demo", triage=triage_new_items)
            _record_cases(db)
            _record_violations(db)
    finally:
        db.close()
    return path


def _item_by_url(db: Database, url: str) -> int | None:
    row = db.execute("SELECT id FROM items WHERE canonical_url = ?", [canonical_url(url)]).fetchone()
    return row[0] if row else None


def _iso(text: str) -> str:
    return clock.to_iso(dt.datetime.fromisoformat(text))


def _record_cases(db: Database) -> None:
    manifest = json.loads((resources_dir() / "demo" / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["cases"]:
        spread = [i for i in entry["items"] if i["role"] in ("spread", "copy")]
        if not spread:
            continue
        title = next((i["title"] for i in spread if i["title"]), None) or entry["claim"][:80]
        item_ids = [i for i in (_item_by_url(db, s["url"]) for s in spread) if i is not None]
        case = cases.create_case(db, title, category=entry["category"], claim=entry["claim"], item_ids=item_ids,
                                 resonant=entry["resonant"], detected_at=_iso(spread[0]["published"]),
                                 analyst=DEMO_ANALYST)
        cases.set_status(db, case["id"], "verifying", analyst=DEMO_ANALYST, at=_iso(spread[0]["published"]))
        for response in (i for i in entry["items"] if i["role"] in ("refutation", "briefing")):
            domain = registrable_domain(response["url"])
            cases.add_response(db, case["id"], channel=_CHANNEL_BY_DOMAIN.get(domain, "official_website"),
                               url=response["url"], published_at=_iso(response["published"]),
                               kind="statement" if response["role"] == "briefing" else "refutation",
                               publisher=domain.split(".")[0], text=response["title"] or "", analyst=DEMO_ANALYST)


def _record_violations(db: Database) -> None:
    """Phishing and fraud addresses named in the demo items become violations at various stages."""
    outlets = {registrable_domain(r[0]) for r in db.execute("SELECT url FROM items WHERE url IS NOT NULL")}
    seen: set[str] = set()
    found = []
    for item_id, published, html in db.execute("SELECT id, published_at, content_html FROM items ORDER BY "
                                               "published_at, id"):
        for url in _LINK.findall(html or ""):
            canonical = canonical_url(url)
            domain = registrable_domain(url)
            if canonical and domain not in outlets and canonical not in seen:
                seen.add(canonical)
                found.append((canonical, item_id, published, domain))
    for index, (url, item_id, published, domain) in enumerate(found):
        kind = "violation.fraudulent_resource" if "invest" in domain else "violation.phishing"
        try:
            violation = violations.add_violation(db, url, violation_type=kind, item_id=item_id, detected_at=published,
                                                 analyst=DEMO_ANALYST)
        except WorkstationError:
            continue
        detected = clock.from_iso(published)
        notice = notices.send_notice(db, violation["id"], sent_at=clock.to_iso(detected + dt.timedelta(hours=1)),
                                     analyst=DEMO_ANALYST)
        step = index % 4
        if step == 0:
            notices.resolve_notice(db, notice["id"], removed=True, analyst=DEMO_ANALYST,
                                   at=clock.to_iso(detected + dt.timedelta(hours=4)))
        elif step == 1:
            notices.resolve_notice(db, notice["id"], removed=True, analyst=DEMO_ANALYST,
                                   at=clock.to_iso(detected + dt.timedelta(hours=10)))
        elif step == 2:
            restriction.escalate(db, violation["id"], order_ref=f"DEMO-{index:03d}", analyst=DEMO_ANALYST,
                             at=clock.to_iso(detected + dt.timedelta(hours=8)))
        # step 3: the notice stays open, so the deadlines list has something to show
