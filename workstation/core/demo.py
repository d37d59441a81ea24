"""The demo workspace: a few hundred fictional Kazakh and Russian items read from files in resources/demo,
so a new analyst sees the product working with no network."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from workstation.core import store
from workstation.core.ingest import import_files
from workstation.core.paths import resources_dir
from workstation.core.rules import add_rule
from workstation.core.tags import resolve_tag

DEMO_RULES = (
    ("5G", "5G OR 5g* OR вышк*", "fake.5g"),
    ("Розыгрыши / ұтыс ойындары", 'розыгрыш* OR "ұтыс ойын*" OR лотере*', "fake.prize_draws"),
    ("Фишинг", "фишинг* OR phishing OR ((ссылк* OR сілтеме*) AND (банк* OR bank*))", "violation.phishing"),
)


def demo_files() -> list[Path]:
    folder = resources_dir() / "demo" / "feeds"
    return sorted(p for p in folder.glob("*") if p.suffix.lower() in (".xml", ".html", ".htm", ".rss", ".atom"))


def is_empty(db: Database) -> bool:
    return db.execute("SELECT NOT EXISTS (SELECT 1 FROM sources) AND NOT EXISTS (SELECT 1 FROM items)").fetchone()[0]


def build_demo(path: Path) -> Path:
    """Create (or refresh) the demo workspace at ``path`` from the shipped files; returns the path."""
    db = store.connect(path)
    try:
        if is_empty(db):
            for name, query, tag in DEMO_RULES:
                add_rule(db, name, query, tag_id=resolve_tag(db, tag)["id"], alert=False, analyst="demo")
        import_files(db, demo_files(), folder="Demo")
    finally:
        db.close()
    return path
