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
from workstation.core.db import bodies
from workstation.core.db.settings import set_setting
from workstation.core.errors import WorkstationError
from workstation.core.figures.briefings import add_briefing
from workstation.core.figures.media_plan import add_plan_event
from workstation.core.ingest import sources as source_store
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
# Fictional state bodies, named by their role only (resources/demo/README.md).
BODY_DIGITAL = "Министерство цифрового развития (демо)"
BODY_LABOUR = "Министерство труда и социальной защиты (демо)"
BODY_TRADE = "Министерство торговли (демо)"
BODY_FINANCE = "Агентство финансового регулирования (демо)"
BODY_EDUCATION = "Министерство просвещения (демо)"
BODY_ENERGY = "Министерство энергетики (демо)"
BODY_POLICE = "Министерство внутренних дел (демо)"
BODY_COMMUNICATIONS = "Служба официальных коммуникаций (демо)"
_BODY_BY_CATEGORY = {"fake.5g": BODY_DIGITAL, "fake.technology": BODY_DIGITAL, "fake.payments": BODY_LABOUR,
                     "fake.prize_draws": BODY_TRADE, "fake.finance_banks": BODY_FINANCE,
                     "fake.ministries": BODY_EDUCATION, "fake.internet_fraud": BODY_POLICE}
_BODY_BY_CASE = {"tariff_triple": BODY_ENERGY}
# Each demo source's country (domestic KZ, a few foreign) and, for official channels, its state body; by file name.
_SOURCE_FACTS = {
    "article_stopfake_5g_myths.html": ("KZ", ""), "astana_habar_kk.xml": ("KZ", ""),
    "auyl_tynysy_kk.xml": ("KZ", ""), "brifing_alany_kk_ru.xml": ("KZ", BODY_COMMUNICATIONS),
    "dala_news_kk.xml": ("KZ", ""), "kapital_pulse_ru.xml": ("RU", ""), "stepnoy_vestnik_ru.xml": ("KZ", ""),
    "steppe_wire_en.xml": ("US", ""), "stopfake_kz_demo.xml": ("KZ", ""),
    "telegram_tez_habar_demo.html": ("RU", ""),
}
# Briefings: (days before now, state body, speakers, topics); dates are relative to the moment of building.
_BRIEFINGS = (
    (3, BODY_DIGITAL, "вице-министр (демо)", "Перерегистрация SIM-карт; фишинговые рассылки"),
    (9, BODY_FINANCE, "заместитель председателя (демо)", "Вклады и деноминация: опровержение слухов"),
    (16, BODY_LABOUR, "пресс-секретарь (демо)", "Сроки выплаты пенсий и пособий"),
    (24, BODY_COMMUNICATIONS, "спикер (демо)", "Еженедельный брифинг: ответы на вопросы СМИ"),
    (33, BODY_EDUCATION, "вице-министр (демо)", "Учебники к новому учебному году"),
    (41, BODY_POLICE, "начальник департамента (демо)", "Мошенничество со штрафами и инвестициями"),
    (55, BODY_ENERGY, "директор департамента (демо)", "Тарифы на электроэнергию"),
    (68, BODY_DIGITAL, "министр (демо)", "Сети 5G: мифы и безопасность"),
    (82, BODY_TRADE, "пресс-секретарь (демо)", "Поддельные розыгрыши и акции магазинов"),
    (97, BODY_COMMUNICATIONS, "спикер (демо)", "Итоги квартала: опровергнутые фейки"),
)
# The media plan: (days from now, negative in the past; state body; topic; channel; status).
_PLAN = (
    (-60, BODY_DIGITAL, "Брифинг о развитии сетей 5G", "briefing", "done"),
    (-52, BODY_FINANCE, "Интервью о защите вкладов", "mass_media", "done"),
    (-45, BODY_LABOUR, "Разъяснение о социальных выплатах", "official_website", "done"),
    (-38, BODY_TRADE, "Памятка о поддельных розыгрышах", "social_account", "cancelled"),
    (-30, BODY_EDUCATION, "Пресс-конференция о новом учебном годе", "briefing", "moved"),
    (-22, BODY_POLICE, "Видеоролик о фишинге", "video_project", "done"),
    (-15, BODY_ENERGY, "Брифинг о тарифах", "briefing", "done"),
    (-8, BODY_COMMUNICATIONS, "Еженедельный брифинг", "briefing", "done"),
    (-4, BODY_DIGITAL, "Разъяснение о перерегистрации SIM-карт", "official_website", "moved"),
    (-2, BODY_FINANCE, "Прямой эфир о деноминации", "social_account", "cancelled"),
    (5, BODY_LABOUR, "Брифинг о декабрьских выплатах", "briefing", "planned"),
    (12, BODY_COMMUNICATIONS, "Итоговый брифинг года", "briefing", "planned"),
)
# The workspace's official details, fictional, in Russian like the demo's notices, so each demo notice is a complete
# letter (issuing body, outgoing number, signatory, executor) and the PDF summary has its letterhead.
_SETTINGS = {
    "organisation": "Центр мониторинга СМИ (демо)",
    "unit": "Отдел мониторинга информационного пространства (демо)",
    "issuing_body": "Центр мониторинга СМИ (демо)",
    "signatory_position": "Руководитель центра",
    "signatory_name": "А. Демеуова",
    "signature": "Руководитель центра\nА. Демеуова",
    "author": "Б. Серикбаев",
    "executor_phone": "+7 7172 00 00 00",
    "contact": "monitoring@demo-centr.example",
    "notice_number_format": "04-2/{seq}",
}
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
            for key, value in _SETTINGS.items():
                set_setting(db, key, value, analyst=DEMO_ANALYST)
            _describe_sources(db)
            _record_cases(db)
            _record_violations(db)
            _record_briefings(db)
    finally:
        db.close()
    return path


def _item_by_url(db: Database, url: str) -> int | None:
    row = db.execute("SELECT id FROM items WHERE canonical_url = ?", [canonical_url(url)]).fetchone()
    return row[0] if row else None


def _iso(text: str) -> str:
    return clock.to_iso(dt.datetime.fromisoformat(text))


def _when(days: float) -> str:
    """``days`` from now (negative: in the past), kept inside this year so year-to-date figures include it."""
    now = clock.now()
    moment = now + dt.timedelta(days=days)
    if days < 0:
        start = now.astimezone(clock.zone()).replace(month=1, day=1, hour=9, minute=0, second=0, microsecond=0)
        moment = min(max(moment, start), now - dt.timedelta(minutes=1))
    return clock.to_iso(moment.replace(second=0, microsecond=0))


def _describe_sources(db: Database) -> None:
    """Country and state body of the demo sources, so the domestic/foreign and state-body figures have data."""
    for source in db.query("SELECT id, url FROM sources"):
        facts = _SOURCE_FACTS.get(source["url"].rsplit("/", 1)[-1])
        if facts:
            source_store.update_source(db, source["id"], country=facts[0], state_body=facts[1])


def case_language(entry: dict) -> str:
    """A demo case's language: that of the spread item whose title it takes, else of the first spread item."""
    spread = [i for i in entry["items"] if i["role"] in ("spread", "copy")]
    titled = next((i for i in spread if i["title"]), None)
    return (titled or spread[0])["lang"]


def _record_cases(db: Database) -> None:
    manifest = json.loads((resources_dir() / "demo" / "manifest.json").read_text(encoding="utf-8"))
    claims = json.loads((resources_dir() / "demo" / "claims.json").read_text(encoding="utf-8"))["claims"]
    for entry in manifest["cases"]:
        spread = [i for i in entry["items"] if i["role"] in ("spread", "copy")]
        if not spread:
            continue
        claim = claims.get(entry["key"], {}).get(case_language(entry), entry["claim"])
        title = next((i["title"] for i in spread if i["title"]), None) or claim[:80]
        body = _BODY_BY_CASE.get(entry["key"]) or _BODY_BY_CATEGORY.get(entry["category"], "")
        item_ids = [i for i in (_item_by_url(db, s["url"]) for s in spread) if i is not None]
        case = cases.create_case(db, title, category=entry["category"], claim=claim, item_ids=item_ids,
                                 resonant=entry["resonant"], detected_at=_iso(spread[0]["published"]),
                                 analyst=DEMO_ANALYST)
        if body:
            cases.update_case(db, case["id"], state_body=body, analyst=DEMO_ANALYST,
                              history_at=_iso(spread[0]["published"]))
        cases.set_status(db, case["id"], "verifying", analyst=DEMO_ANALYST, at=_iso(spread[0]["published"]))
        for response in (i for i in entry["items"] if i["role"] in ("refutation", "briefing")):
            domain = registrable_domain(response["url"])
            channel = _CHANNEL_BY_DOMAIN.get(domain, "official_website")
            # An outlet or the briefing platform reports the body's own denial; the fact-checker is no state body.
            publisher = {"stopfake": "", "briefing": BODY_COMMUNICATIONS}.get(channel, body)
            cases.add_response(db, case["id"], channel=channel,
                               url=response["url"], published_at=_iso(response["published"]),
                               kind="statement" if response["role"] == "briefing" else "refutation",
                               publisher=publisher, text=response["title"] or "", analyst=DEMO_ANALYST)


def _record_briefings(db: Database) -> None:
    """A briefings log and a media plan dated relative to now, so this year's figures have them."""
    for days, body, speakers, topics in _BRIEFINGS:
        add_briefing(db, held_at=_when(-days), state_body=body, speakers=speakers, topics=topics,
                     url=f"https://brifing-alany.example/briefing/{days}", analyst=DEMO_ANALYST)
    for days, body, topic, channel, status in _PLAN:
        done_at = _when(days + (1 if status == "done" and days % 3 == 0 else 0)) if status == "done" else None
        add_plan_event(db, planned_at=_when(days), state_body=body, topic=topic, channel=channel, status=status,
                       done_at=done_at, analyst=DEMO_ANALYST)


def _record_violations(db: Database) -> None:
    """Phishing and fraud addresses named in the demo items become violations at various stages."""
    outlets = {registrable_domain(r[0]) for r in db.execute("SELECT url FROM items WHERE url IS NOT NULL")}
    seen: set[str] = set()
    found = []
    items = db.execute("SELECT id, published_at FROM items ORDER BY published_at, id").fetchall()
    htmls = {item_id: body.html for item_id, body in bodies.read_many(db, [r[0] for r in items]).items()}
    for item_id, published in items:
        for url in _LINK.findall(htmls[item_id]):
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
                                     analyst=DEMO_ANALYST, to_contact=f"abuse@{domain}", require_complete=True)
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
