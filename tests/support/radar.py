"""A workspace for the radar: 28 days of ordinary news from many sources in Kazakh and Russian, stored hour by hour
through the real store and triage (as fetches would), and the bursts tests inject into it.

The background is what a monitoring desk sees on a quiet month: each hour a few stories, most told by one source,
some retold by two or three others within hours (in their own words or the other language); a morning currency
digest that eight sources post every day at 09:00; two sources that post a lot. Nothing in it rises.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from workstation.core import clock, radar
from workstation.core.dates import ParsedDate
from workstation.core.ingest.dedup import prepare, store_batch
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source
from workstation.core.workspace import open_workspace
from workstation.core.workspace.triage import triage_new_items

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 11, 30, 14, 20, tzinfo=UTC)  # a Monday afternoon in Astana (UTC+5)

_RU_WORDS = (
    "бюджет школа больница дорога мост завод урожай пшеница нефть газ тариф электричество отопление водопровод "
    "автобус аэропорт вокзал рейс выставка фестиваль концерт театр музей библиотека стадион турнир чемпионат "
    "сборная тренер игрок студент университет экзамен учитель врач вакцина эпидемия пожар наводнение землетрясение "
    "погода снегопад метель мороз жара ветер полиция суд прокуратура задержание мошенничество кредит ипотека банк "
    "депозит инфляция налог пенсия пособие зарплата строительство жилье квартира аренда рынок цена бензин дизель "
    "экспорт импорт граница таможня поезд трасса ремонт реконструкция парк сквер площадь памятник юбилей выборы "
    "депутат маслихат министерство ведомство программа проект инвестиция компания предприятие фермер скот "
    "ветеринар зоопарк экология мусор переработка воздух выбросы озеро река канал плотина ирригация туризм гостиница"
).split()
_KK_WORDS = (
    "бюджет мектеп аурухана жол көпір зауыт егін бидай мұнай газ тариф жарық жылу су автобус әуежай вокзал рейс "
    "көрме фестиваль концерт театр мұражай кітапхана стадион турнир чемпионат құрама жаттықтырушы ойыншы студент "
    "университет емтихан мұғалім дәрігер вакцина індет өрт су тасқыны жер сілкінісі ауа райы қар боран аяз ыстық "
    "жел полиция сот прокуратура алаяқтық несие ипотека банк салым инфляция салық зейнетақы жәрдемақы жалақы "
    "құрылыс тұрғын үй пәтер жалдау нарық баға жанармай экспорт импорт шекара кеден пойыз трасса жөндеу саябақ "
    "алаң ескерткіш мерейтой сайлау депутат мәслихат министрлік бағдарлама жоба инвестиция компания кәсіпорын "
    "фермер мал ветеринар экология қоқыс ауа көл өзен арна бөгет туризм қонақүй"
).split()
_SURNAMES = ("Абенов Жумабаев Сейткали Нурланов Каримова Оспанов Тулегенов Бекова Ахметов Исаев Мусин Ермеков "
             "Сулейменов Жаксылыков Темирбаев Кенжебаева Ибраев Рахимов Шаймерденов Баймуханов").split()
_CITIES = ("Алматы Астана Шымкент Караганда Актобе Тараз Павлодар Семей Костанай Кызылорда Атырау Актау Петропавл "
           "Туркестан Талдыкорган Кокшетау Экибастуз Жезказган Уральск Темиртау").split()
SOURCE_COUNT = 20


@dataclass
class Background:
    sources: list[dict]
    names: dict[int, str]
    items: int


def add_sources(db: Database, count: int = SOURCE_COUNT) -> list[dict]:
    return [add_source(db, f"https://news{i:02d}.example.kz/rss", kind="rss", name=f"News {i:02d}")
            for i in range(count)]


def store_at(db: Database, moment: dt.datetime, by_source: dict[int, list[ItemDraft]], *,
             triage_each_source: bool = True) -> list[int]:
    """Store drafts as one fetch at ``moment`` would (a part per source, each triaged: rules, cases, the radar;
    or all triaged at the end), in one transaction."""
    clock.set_clock(lambda: moment)
    ids: list[int] = []
    with db.atomic():
        for source_id, drafts in by_source.items():
            new = store_batch(db, source_id, prepare(drafts), fetched_at=clock.to_iso(moment)).new_ids
            if triage_each_source:
                triage_new_items(db, new)
            ids += new
        if not triage_each_source:
            triage_new_items(db, ids)
    return ids


def draft(title: str, text: str, lang: str, published: dt.datetime | None, url: str) -> ItemDraft:
    return ItemDraft(title=title, url=url, guid=url, content_text=text, lang=lang,
                     published=ParsedDate(published, 300) if published else None)


def _story_text(rng: random.Random, lang: str) -> tuple[str, str]:
    words = rng.sample(_RU_WORDS if lang == "ru" else _KK_WORDS, 16)
    city = rng.choice(_CITIES)
    person = rng.choice(_SURNAMES)
    number = rng.randrange(120, 9800)
    title = f"{city}: {words[0]} {words[1]} {words[2]}"
    text = (f"В городе {city} {person} {words[3]} {words[4]} {number} {words[5]}. {words[6]} {words[7]} "
            f"{words[8]} {words[0]} {words[2]}, {words[9]} {words[10]} {words[11]}; {words[12]} {words[13]} "
            f"{words[14]} {words[15]}.")
    return title, text


def _retold(rng: random.Random, title: str, text: str) -> tuple[str, str]:
    """The same story in another outlet's words: a word or two changed, the rest as the wire had it."""
    parts = text.split()
    for _ in range(2):
        parts[rng.randrange(len(parts))] = rng.choice(_RU_WORDS)
    return title, " ".join(parts)


def fill_background(db: Database, *, days: int = 28, end: dt.datetime = NOW, seed: int = 16,
                    stories_per_hour: tuple[int, int] = (1, 3)) -> Background:
    """``days`` of background news up to ``end``, stored hour by hour (see the module text)."""
    rng = random.Random(seed)
    sources = add_sources(db)
    names = {s["id"]: s["name"] for s in sources}
    start = (end - dt.timedelta(days=days)).replace(minute=0, second=0)
    count = 0
    hour = start
    serial = 0
    by_source: dict[int, list[ItemDraft]] = {}

    def add(source: dict, title: str, text: str, lang: str, at: dt.datetime) -> None:
        nonlocal serial
        serial += 1
        url = f"https://{source['url'].split('/')[2]}/n/{serial}"
        by_source.setdefault(source["id"], []).append(draft(title, text, lang, at, url))

    while hour + dt.timedelta(hours=1) <= end.replace(minute=0, second=0):
        by_source.clear()
        for _ in range(rng.randint(*stories_per_hour)):
            lang = rng.choice(("ru", "ru", "kk"))
            title, text = _story_text(rng, lang)
            tellers = rng.sample(sources, rng.choice((1, 1, 1, 2, 2, 3)))
            for source in tellers:
                at = hour + dt.timedelta(minutes=rng.randrange(0, 55))
                add(source, *_retold(rng, title, text) if source is not tellers[0] else (title, text), lang, at)
        # Two chatty sources post short notes most hours.
        for source in sources[:2]:
            for _ in range(rng.randint(0, 1)):
                title, text = _story_text(rng, "ru")
                add(source, title, text, "ru", hour + dt.timedelta(minutes=rng.randrange(0, 55)))
        if hour.hour == 4:  # 09:00 in Astana: the currency digest from eight sources
            rate = 470 + rng.randrange(0, 30)
            for index, source in enumerate(sources[4:12]):
                lang = "kk" if index % 3 == 0 else "ru"
                text = (f"Курс валют на {hour:%d.%m}: доллар {rate} тенге, евро {rate + 45} тенге, рубль 5,8 тенге. "
                        f"Нацбанк установил официальный курс.") if lang == "ru" else (
                    f"{hour:%d.%m} валюта бағамы: доллар {rate} теңге, еуро {rate + 45} теңге, рубль 5,8 теңге. "
                    f"Ұлттық банк ресми бағамды белгіледі.")
                add(source, "Курс валют" if lang == "ru" else "Валюта бағамы", text, lang,
                    hour + dt.timedelta(minutes=rng.randrange(0, 20)))
        fetched = hour + dt.timedelta(minutes=58)
        count += len(store_at(db, fetched, dict(by_source), triage_each_source=False))
        hour += dt.timedelta(hours=1)
    clock.set_clock(lambda: end)
    return Background(sources, names, count)


BURST_RU = [
    "Ерболат Досаев, аким Алматы, объявил о единовременной выплате 85 000 тенге каждой семье, пострадавшей от "
    "паводка. Выплаты начнутся в понедельник, заявления принимают ЦОНы.",
    "Аким Алматы Ерболат Досаев: каждой семье, пострадавшей от паводка, выплатят по 85 000 тенге. Выплаты "
    "начнутся в понедельник, заявления принимают ЦОНы.",
    "Пострадавшим от паводка семьям выплатят по 85 000 тенге, объявил Ерболат Досаев. Единовременные выплаты "
    "начнутся в понедельник, заявления принимают ЦОНы.",
]
BURST_KK = [
    "Алматы әкімі Ерболат Досаев су тасқынынан зардап шеккен әр отбасына 85 000 теңге біржолғы төлем "
    "жасалатынын хабарлады. Төлемдер дүйсенбіде басталады, өтінішті ХҚКО қабылдайды.",
    "Ерболат Досаев: су тасқынынан зардап шеккен отбасыларға 85 000 теңгеден біржолғы төлем беріледі. Төлемдер "
    "дүйсенбіде басталады, өтінішті ХҚКО қабылдайды.",
]


def burst_drafts(start: dt.datetime, *, copies: int = 12, first: int = 0, minutes: float = 4
                 ) -> list[tuple[int, ItemDraft]]:
    """``copies`` posts of one story, one every ``minutes`` from ``start``, Russian and Kazakh in turn, each with
    its publication time and the outlet's own line at the end: (source index, draft). Copies numbered from ``first``
    (a later part of the same burst starts where the earlier stopped)."""
    out = []
    for n in range(first, first + copies):
        lang = "kk" if n % 3 == 2 else "ru"
        texts = BURST_KK if lang == "kk" else BURST_RU
        text = texts[n % len(texts)] + (f" Источник: выпуск {n}." if lang == "ru" else f" Дереккөз: шығарылым {n}.")
        title = text.split(".")[0][:90]
        at = start + dt.timedelta(minutes=minutes * (n - first))
        out.append((n % 8 + 3, draft(title, text, lang, at, f"https://burst.example.kz/{n}")))
    return out


def store_burst(db: Database, sources: list[dict], drafts: list[tuple[int, ItemDraft]], fetched: dt.datetime
                ) -> list[int]:
    by_source: dict[int, list[ItemDraft]] = {}
    for index, item in drafts:
        by_source.setdefault(sources[index]["id"], []).append(item)
    return store_at(db, fetched, by_source)


def background_file(base: Path) -> Path:
    """The background workspace, built once per test session under ``base`` (pytest's base temporary folder) and
    copied by each test: ``fill_background`` up to NOW, the digest's first-morning alert handled back then."""
    path = base / "radar_background.db"
    if not path.exists():
        building = base / "radar_background.building.db"
        db = open_workspace(building)
        build_background(db)
        db.close()
        building.rename(path)
    return path


def build_background(db: Database) -> None:
    """``fill_background`` up to NOW, the digest's first-morning alert handled back then (the clock reset after)."""
    fill_background(db)
    for alert in radar.radar_alerts(db):  # the desk saw the digest's first morning back then
        radar.handle_alert(db, alert["id"], analyst="Aigerim")
    clock.set_clock(None)


def open_background_copy(db_path, request, tmp_path_factory) -> Database:
    """The test's workspace as a copy of the 28-day background (a file copy, or a copy of the prepared team
    database on PostgreSQL), opened."""
    import shutil

    from tests.support.engines import is_team
    if is_team(db_path):
        request.getfixturevalue("team_workspaces").become_copy(db_path, "radar_background", build_background)
    else:
        shutil.copy(background_file(tmp_path_factory.getbasetemp()), db_path)
    return open_workspace(db_path)
