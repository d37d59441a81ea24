"""Write the demo workspace files into resources/demo/feeds/ (and resources/demo/manifest.json).

    python resources/demo/generate.py

Standard library only, no network, fixed seed and fixed dates: running it twice gives the same bytes.
All content is fictional (see README.md); texts live in demo_fakes.py and demo_news.py next to this file.
"""

from __future__ import annotations

import json
import math
import random
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True          # keep __pycache__ out of the shipped resources folder

import demo_fakes as F  # noqa: E402
import demo_news as N  # noqa: E402

SEED = 20261125
YEAR = 2026
TZ = timezone(timedelta(hours=5))          # Kazakhstan, single time zone since 2024
WINDOW_START = datetime(YEAR, 7, 28, 0, 0, tzinfo=TZ)
WINDOW_END = datetime(YEAR, 11, 25, 12, 0, tzinfo=TZ)
OUT = HERE / "feeds"

TG_CHANNEL = "tez_habar_demo"
TG_TITLE = "Тез Хабар | Жедел жаңалықтар"

FEEDS = {
    "dala": dict(file="dala_news_kk.xml", format="rss", encoding="utf-8", lang="kk",
                 title="Дала Жаңалықтары", site="https://dala-news.example/",
                 description="Қазақстан мен әлем жаңалықтары. Демо арна: барлық мазмұн ойдан шығарылған.",
                 dates="rfc822", html="cdata", guid="opaque", more="Толығырақ", enclosure=True,
                 creator="Дала Жаңалықтары тілшісі"),
    "astana": dict(file="astana_habar_kk.xml", format="atom", encoding="utf-8", lang="kk",
                   title="Астана Хабар Онлайн", site="https://astana-habar.example/",
                   description="Елорда мен ел жаңалықтары. Демо арна: барлық мазмұн ойдан шығарылған.",
                   author="Астана Хабар тілшісі"),
    "auyl": dict(file="auyl_tynysy_kk.xml", format="rss", encoding="utf-8", lang="kk",
                 title="Ауыл тынысы", site="https://auyl-tynysy.example/",
                 description="Өңірлік апталық газеттің сайты. Демо арна: барлық мазмұн ойдан шығарылған.",
                 dates="rfc822", html="escaped", guid="permalink"),
    "stepnoy": dict(file="stepnoy_vestnik_ru.xml", format="rss", encoding="windows-1251", lang="ru",
                    title="Степной вестник", site="https://stepnoy-vestnik.example/",
                    description="Новости северных и восточных регионов. Демо-лента: всё содержимое вымышлено.",
                    dates="rfc822", html="escaped", guid="permalink", more="Читать далее",
                    author="redaktsiya@stepnoy-vestnik.example (Редакция)"),
    "kapital": dict(file="kapital_pulse_ru.xml", format="rss", encoding="utf-8", lang="ru",
                    title="Капитал Пульс", site="https://kapital-pulse.example/",
                    description="Финансы, банки и технологии. Демо-лента: всё содержимое вымышлено.",
                    dates="dc", html="escaped", guid="permalink", creator="Редакция «Капитал Пульс»"),
    "steppe": dict(file="steppe_wire_en.xml", format="rss", encoding="utf-8", lang="en",
                   title="Steppe Wire", site="https://steppe-wire.example/",
                   description="News from Kazakhstan in English. Demo feed: all content is fictional.",
                   dates="gmt", html="cdata", guid=None, more="Read more"),
    "stopfake": dict(file="stopfake_kz_demo.xml", format="rss", encoding="utf-8", lang="kk",
                     title="Stopfake-KZ Demo", site="https://stopfake-kz.example/",
                     description="Фейктерді тексеру және теріске шығару / Проверка и опровержение фейков. "
                                 "Демо: барлық мазмұн ойдан шығарылған.",
                     dates="rfc822", html="cdata", guid="opaque"),
    "brifing": dict(file="brifing_alany_kk_ru.xml", format="atom", encoding="utf-8", lang="kk",
                    title="Брифинг алаңы — ресми хабарлар (демо)", site="https://brifing-alany.example/",
                    description="Мемлекеттік органдардың брифингтері және медиа жоспар. Демо: барлық мазмұн "
                                "ойдан шығарылған."),
}
TARGETS = dict(dala=42, astana=38, auyl=34, stepnoy=40, kapital=34, steppe=32, stopfake=40, brifing=32)

MONTHS_KK = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
             "қараша", "желтоқсан"]
MONTHS_RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                 "ноября", "декабря"]
DAYS_KK = ["Дүйсенбі", "Сейсенбі", "Сәрсенбі", "Бейсенбі", "Жұма", "Сенбі", "Жексенбі"]
DAYS_RU = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
RFC_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
RFC_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@dataclass
class Item:
    feed: str
    lang: str
    title: str | None
    paras: list | None                   # list of HTML paragraphs; None when ``make`` builds them late
    when: datetime
    categories: list = field(default_factory=list)
    img: bool = False
    video: bool = False
    undated: bool = False
    case: str | None = None
    role: str | None = None
    opts: dict = field(default_factory=dict)
    make: object = None                  # callable(item) -> list of paragraphs, for digests and media plans
    id: int = 0
    url: str = ""
    guid: str = ""


def at(m: int, d: int, h: int = 12, mi: int = 0) -> datetime:
    return datetime(YEAR, m, d, h, mi, tzinfo=TZ)


class Dates:
    """Random but reproducible publication times inside the window."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def between(self, lo: datetime, hi: datetime, hours=(7, 22)) -> datetime:
        days = (hi.date() - lo.date()).days
        for _ in range(100):
            day = lo + timedelta(days=self.rng.randint(0, days))
            when = day.replace(hour=self.rng.randint(*hours), minute=self.rng.choice(range(0, 60, 5)))
            if lo <= when <= hi:
                return when
        return lo

    def any(self) -> datetime:
        return self.between(WINDOW_START, WINDOW_END)


# ---------------------------------------------------------------------- building the items
def build_items(rng: random.Random) -> dict[str, list[Item]]:
    dates = Dates(rng)
    feeds: dict[str, list[Item]] = {key: [] for key in list(FEEDS) + ["tg"]}

    for case in F.CASES:
        for feed, lang, when, title, paras, opts in case["rows"]:
            feeds[feed].append(Item(feed, lang, title, list(paras), at(*when), list(opts.get("categories", [])),
                                    img=opts.get("img", False), case=case["key"], role=opts.get("role"),
                                    opts=opts))

    def pool(feed: str, lang: str, rows) -> None:
        for category, title, paras, opts in rows:
            when = at(*opts["when"]) if "when" in opts else dates.any()
            feeds[feed].append(Item(feed, lang, title, list(paras), when, [category], img=opts.get("img", False),
                                    video=opts.get("video", False), undated=opts.get("undated", False)))

    pool("dala", "kk", N.DALA)
    pool("dala", "kk", N.POLICE_KK[:4])
    pool("astana", "kk", N.ASTANA)
    pool("astana", "kk", N.POLICE_KK[4:])
    pool("auyl", "kk", N.AUYL)
    pool("stepnoy", "ru", N.STEPNOY)
    pool("stepnoy", "ru", N.POLICE_RU)
    pool("kapital", "ru", N.KAPITAL)
    pool("steppe", "en", N.STEPPE)

    used: set = set()
    add_weather_kk(feeds, dates, used, {"dala": 6, "astana": 5, "auyl": 5})
    add_weather_ru(feeds, dates, used, "stepnoy", 6)
    add_weather_en(feeds, dates, used, "steppe", 4)
    add_football_kk(feeds, dates, {"dala": 6, "astana": 3, "auyl": 2})
    add_hockey_ru(feeds, dates, "stepnoy", 6)
    add_infra(feeds, dates, used, "kk", {"dala": 4, "astana": 6, "auyl": 8})
    add_infra(feeds, dates, used, "ru", {"stepnoy": 5})
    add_rates(feeds, dates, {"astana": ("kk", 5), "kapital": ("ru", 11), "steppe": ("en", 4)})

    for lang, when, title, paras in F.STOPFAKE_EXPLAINERS:
        feeds["stopfake"].append(Item("stopfake", lang, title, list(paras), at(*when), ["Медиасауат"]))
    add_digests(feeds)

    for lang, when, title, paras, case in F.BRIEFINGS:
        feeds["brifing"].append(Item("brifing", lang, title, list(paras), at(*when),
                                     ["Брифинг"], case=case, role="briefing" if case else None))
    add_media_plans(feeds)

    for lang, when, text in N.TG_ORDINARY:
        feeds["tg"].append(Item("tg", lang, None, [text], at(*when), opts=dict(views=f"{rng.randint(3, 19)}."
                                                                                  f"{rng.randint(0, 9)}K")))
    for key, items in feeds.items():
        items.sort(key=lambda it: it.when)
        if key in TARGETS and len(items) != TARGETS[key]:
            raise SystemExit(f"{key}: {len(items)} items, expected {TARGETS[key]}")
    return feeds


def _month_of(when: datetime) -> int:
    return max(8, when.month)            # the last days of July read like August


def _unique_city(rng, cities, used: set, tag: str):
    free = [c for c in cities if (tag, c) not in used]
    city = rng.choice(free)
    used.add((tag, city))
    return city


def add_weather_kk(feeds, dates: Dates, used: set, counts: dict) -> None:
    rng = dates.rng
    for feed, count in counts.items():
        for _ in range(count):
            when = dates.any()
            title_t, paras_t = rng.choice(N.WEATHER_KK[_month_of(when)])
            cities = N.KK_CITIES if "аяз" not in title_t else [c for c in N.KK_CITIES if c[0] not in N.KK_SOUTH]
            nom, loc = _unique_city(rng, cities, used, title_t)
            values = dict(nom=nom, loc=loc, t=rng.randint(36, 41), w=rng.randint(15, 25), t2=rng.randint(8, 12),
                          t3=rng.randint(2, 6), t4=rng.randint(18, 32))
            feeds[feed].append(Item(feed, "kk", title_t.format(**values), [p.format(**values) for p in paras_t],
                                    when, ["Ауа райы"]))


def add_weather_ru(feeds, dates: Dates, used: set, feed: str, count: int) -> None:
    rng = dates.rng
    for _ in range(count):
        when = dates.any()
        title_t, paras_t = rng.choice(N.WEATHER_RU[_month_of(when)])
        nom, prep, gen = _unique_city(rng, N.RU_CITIES, used, title_t)
        values = dict(prep=prep, gen=gen, t=rng.randint(35, 40), w=rng.randint(17, 27), t2=rng.randint(5, 9),
                      t3=rng.randint(2, 6),
                      t4=rng.randint(22, 35))
        feeds[feed].append(Item(feed, "ru", title_t.format(**values), [p.format(**values) for p in paras_t],
                                when, ["Погода"]))


def add_weather_en(feeds, dates: Dates, used: set, feed: str, count: int) -> None:
    rng = dates.rng
    for _ in range(count):
        when = dates.any()
        title_t, para_t = N.WEATHER_EN[_month_of(when)]
        city = _unique_city(rng, N.EN_CITIES, used, title_t)
        values = dict(city=city, t=rng.randint(36, 41), w=rng.randint(17, 27), t3=rng.randint(2, 6))
        feeds[feed].append(Item(feed, "en", title_t.format(**values), [para_t.format(**values)], when, ["Weather"]))


def _score(rng) -> tuple[int, int]:
    return rng.choice([(1, 0), (2, 0), (2, 1), (3, 1), (1, 1), (0, 0), (2, 2), (0, 1), (1, 2), (0, 2)])


def _fixture(rng, teams, played: set, extra: int = 0):
    """Two teams (plus ``extra`` more) that have not met yet in the demo season."""
    while True:
        picked = rng.sample(teams, 2 + extra)
        pair = frozenset(map(str, picked[:2]))
        if pair not in played:
            played.add(pair)
            return picked


def add_football_kk(feeds, dates: Dates, counts: dict) -> None:
    rng = dates.rng
    played: set = set()
    for feed, count in counts.items():
        for _ in range(count):
            when = dates.between(WINDOW_START, at(11, 8), hours=(17, 21))
            a, b, c = _fixture(rng, N.KK_TEAMS, played, extra=1)
            x, y = _score(rng)
            tour = min(26, 14 + (when - WINDOW_START).days // 9)
            if x > y:
                first = (f"Ұлттық чемпионаттың {tour}-турында «{a}» өз алаңында «{b}» командасын {x}:{y} есебімен "
                         f"жеңді.")
                second = f"Жеңісті голды команданың шабуылшысы {rng.randint(55, 89)}-минутта соқты."
            elif x == y:
                first = (f"Ұлттық чемпионаттың {tour}-турында «{a}» және «{b}» командалары {x}:{y} есебімен тең "
                         f"түсті.")
                second = "Екі команда да ойынның соңғы минуттарында гол соғуға мүмкіндік жіберіп алды."
            else:
                first = (f"Ұлттық чемпионаттың {tour}-турында «{a}» өз алаңында «{b}» командасына {x}:{y} есебімен "
                         f"жеңілді.")
                second = "Қонақтар бірінші таймда-ақ есепті ашып, соңына дейін басымдықты бермеді."
            third = f"Келесі турда «{a}» қонақта «{c}» командасымен кездеседі."
            feeds[feed].append(Item(feed, "kk", f"Футбол: «{a}» — «{b}» — {x}:{y}", [first, second, third], when,
                                    ["Спорт"]))


def add_hockey_ru(feeds, dates: Dates, feed: str, count: int) -> None:
    rng = dates.rng
    played: set = set()
    for _ in range(count):
        when = dates.between(at(9, 10), WINDOW_END, hours=(18, 21))
        (a, a_city), (b, _b_city) = _fixture(rng, N.RU_TEAMS, played)
        x, y = rng.choice([(3, 1), (4, 2), (2, 1), (5, 3), (1, 2), (2, 4), (3, 4)])
        overtime = abs(x - y) == 1 and rng.random() < 0.4
        pos = rng.randint(2, 9)
        if x > y:
            first = f"В матче регулярного чемпионата хоккеисты {a_city} на домашнем льду обыграли команду «{b}» со " \
                    f"счётом {x}:{y}."
            last = f"После этой игры «{a}» поднялись на {pos}-е место в турнирной таблице."
        else:
            first = f"В матче регулярного чемпионата хоккеисты {a_city} на домашнем льду уступили команде «{b}» со " \
                    f"счётом {x}:{y}."
            last = f"После этого поражения «{a}» опустились на {pos}-е место в турнирной таблице."
        middle = "Победную шайбу забросили в овертайме." if overtime else \
            f"Решающую шайбу забросили на {rng.randint(41, 58)}-й минуте."
        title = f"Хоккей: «{a}» — «{b}» — {x}:{y}" + (" ОТ" if overtime else "")
        feeds[feed].append(Item(feed, "ru", title, [first, middle, last], when, ["Спорт"]))


def add_infra(feeds, dates: Dates, used: set, lang: str, counts: dict) -> None:
    rng = dates.rng
    templates = N.INFRA_KK if lang == "kk" else N.INFRA_RU
    uses: dict[int, int] = {}
    for feed, count in counts.items():
        for _ in range(count):
            index = rng.choice([i for i in range(len(templates)) if uses.get(i, 0) < 3])
            uses[index] = uses.get(index, 0) + 1
            title_t, paras_t, numbers = templates[index]
            when = dates.any()
            values = {key: rng.choice(options) for key, options in numbers.items()}
            if lang == "kk":
                nom, loc = _unique_city(rng, N.KK_CITIES, used, title_t)
                values.update(nom=nom, loc=loc)
                category = "Аймақ"
            else:
                _nom, prep, gen = _unique_city(rng, N.RU_CITIES, used, title_t)
                values.update(prep=prep, gen=gen)
                category = "Город"
            feeds[feed].append(Item(feed, lang, title_t.format(**values), [p.format(**values) for p in paras_t],
                                    when, [category]))


def _usd_rate(when: datetime, rng) -> float:
    days = (when - WINDOW_START).days
    return 508 + 9 * math.sin(days / 19) + 3 * math.sin(days / 5) + rng.uniform(-0.8, 0.8)


def _num(value: float, lang: str) -> str:
    text = f"{value:.2f}"
    return text if lang == "en" else text.replace(".", ",")


def add_rates(feeds, dates: Dates, plan: dict) -> None:
    rng = dates.rng
    taken: set = set()
    for feed, (lang, count) in plan.items():
        for _ in range(count):
            while True:
                when = dates.between(WINDOW_START, WINDOW_END, hours=(11, 11))
                if when.weekday() < 5 and when.date() not in taken:
                    taken.add(when.date())
                    break
            rate = _usd_rate(when, rng)
            prev = _usd_rate(when - timedelta(days=1), rng)
            diff = rate - prev
            eur, rub = rate * rng.uniform(1.07, 1.09), rate / rng.uniform(78, 84)
            r, d, e, rb = _num(rate, lang), _num(abs(diff), lang), _num(eur, lang), _num(rub, lang)
            if lang == "kk":
                title = f"Биржада доллардың бағамы {r} теңге болды"
                paras = [f"Таңғы сауда-саттық қорытындысы бойынша доллардың орташа өлшенген бағамы {r} теңгені "
                         f"құрады. Бұл алдыңғы сауда күнімен салыстырғанда {d} теңгеге "
                         f"{'жоғары' if diff > 0 else 'төмен'}.",
                         f"Еуро {e} теңгеден, рубль {rb} теңгеден саудаланды."]
                cats = ["Экономика"]
            elif lang == "ru":
                title = f"Курс доллара по итогам утренней сессии — {r} тенге"
                paras = [f"Средневзвешенный курс доллара составил {r} тенге, что на {d} тенге "
                         f"{'выше' if diff > 0 else 'ниже'}, чем на предыдущих торгах.",
                         f"Евро торговался по {e} тенге, рубль — по {rb} тенге. Аналитики ожидают, что до конца "
                         f"недели курс останется в узком диапазоне."]
                cats = ["Рынки"]
            else:
                title = f"Tenge {'weakens' if diff > 0 else 'firms'} to {r} per dollar"
                paras = [f"The tenge ended the morning session at a weighted average of {r} per US dollar, {d} "
                         f"{'weaker' if diff > 0 else 'stronger'} than in the previous session. The euro traded at "
                         f"{e} tenge."]
                cats = ["Markets"]
            when = when.replace(minute=rng.choice([5, 10, 15, 20]))
            feeds[feed].append(Item(feed, lang, title, paras, when, cats))


def _plural_ru(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


# Each review lists the refutations in its own language from the ten days before it (the English one: a month).
DIGESTS = [((8, 7), "ru"), ((8, 17), "kk"), ((8, 28), "ru"), ((9, 8), "kk"), ((9, 18), "kk"), ((9, 29), "ru"),
           ((10, 9), "ru"), ((10, 19), "kk"), ((10, 30), "kk"), ((11, 9), "ru"), ((11, 19), "kk"),
           ((11, 24), "en")]


def add_digests(feeds) -> None:
    """Ten-day reviews listing the refutations published just before, with relative links to them."""
    for (m, d), lang in DIGESTS:
        when = at(m, d, 18, 0)
        span = timedelta(days=31 if lang == "en" else 11)

        def make(item: Item, when=when, span=span, lang=lang) -> list[str]:
            done = [it for it in feeds["stopfake"] if it.role == "refutation" and when - span < it.when <= when
                    and (it.lang == lang or lang == "en")]
            if lang == "en":   # the English roundup describes each claim in English, once per case
                claims = {case["key"]: case["claim"] for case in F.CASES}
                seen: dict[str, Item] = {}
                for it in done:
                    seen.setdefault(it.case, it)
                links = "".join(f"<li>False: {escape(claims[key])} "
                                f"(<a href=\"{it.url.split('.example', 1)[1]}\">{'Kazakh' if it.lang == 'kk' else 'Russian'}</a>)</li>"
                                for key, it in seen.items())
            else:
                links = "".join(f"<li><a href=\"{it.url.split('.example', 1)[1]}\">{escape(it.title)}</a></li>"
                                for it in done)
            assert links, f"digest {when:%m-%d} {lang} lists nothing"
            intro = {"kk": "Соңғы он күнде Stopfake-KZ Demo мына хабарламаларды тексеріп, теріске шығарды:",
                     "ru": "За последние десять дней Stopfake-KZ Demo проверил и опроверг:",
                     "en": "In the past month Stopfake-KZ Demo checked and debunked these claims:"}[lang]
            outro = {"kk": "Күмәнді хабарламаны көрсеңіз, бізге жіберіңіз.",
                     "ru": "Увидели подозрительное сообщение? Пришлите его нам.",
                     "en": "Full texts are in Kazakh and Russian."}[lang]
            return [intro, f"<ul>{links}</ul>", outro]

        feeds["stopfake"].append(Item("stopfake", lang, None, None, when, ["Шолу"], make=make, role="digest"))


def _digest_titles(feeds) -> None:
    for item in feeds["stopfake"]:
        if item.role != "digest":
            continue
        item.paras = item.make(item)
        n = item.paras[1].count("<li>")
        item.title = {"kk": f"Он күндік шолу: {n} жалған хабарлама теріске шығарылды",
                      "ru": f"Итоги десяти дней: опровергли {n} {_plural_ru(n, 'фейк', 'фейка', 'фейков')}",
                      "en": f"Fact-check roundup: {n} false claims debunked this month"}[item.lang]


def add_media_plans(feeds) -> None:
    """Weekly media-plan announcements (Monday 09:00) listing the week's briefings."""
    monday = WINDOW_START + timedelta(days=(7 - WINDOW_START.weekday()) % 7)
    mondays = []
    while monday < WINDOW_END:
        mondays.append(monday.replace(hour=9, minute=0))
        monday += timedelta(days=7)
    chosen = [mondays[i] for i in (0, 1, 3, 4, 6, 8, 10, 12, 14, 16) if i < len(mondays)]
    for n, start in enumerate(chosen):
        end = start + timedelta(days=6)
        week = [b for b in F.BRIEFINGS if start.date() <= at(*b[1]).date() <= end.date()]
        kk = sum(1 for b in week if b[0] == "kk")
        ru = len(week) - kk
        lang = "kk" if kk > ru or (kk == ru and n % 2 == 0) else "ru"

        def make(item: Item, start=start, end=end, lang=lang, week=week, n=n) -> list[str]:
            rows = []
            for b_lang, when, title, _p, _c in week:
                if b_lang != lang:
                    continue
                w = at(*when)
                day = (DAYS_KK if lang == "kk" else DAYS_RU)[w.weekday()]
                rows.append(f"<li><b>{day}, {w:%H:%M}</b> — {escape(title)}</li>")
            fillers = F.MEDIA_PLAN_FILLERS[lang]
            rows.append(f"<li><b>{(DAYS_KK if lang == 'kk' else DAYS_RU)[4]}, 15:00</b> — {fillers[n % len(fillers)]}</li>")
            intro = ("Бірыңғай медиа жоспарға сәйкес осы аптада мына іс-шаралар өтеді:" if lang == "kk" else
                     "В соответствии с единым медиапланом на этой неделе запланированы:")
            outro = ("Аккредитация — іс-шара басталғанға дейін бір сағат бұрын." if lang == "kk" else
                     "Аккредитация журналистов — за час до начала мероприятия.")
            return [intro, f"<ul>{''.join(rows)}</ul>", outro]

        if lang == "kk":
            span = (f"{start.day}–{end.day} {MONTHS_KK[end.month - 1]}" if start.month == end.month else
                    f"{start.day} {MONTHS_KK[start.month - 1]} – {end.day} {MONTHS_KK[end.month - 1]}")
            title = f"Медиа жоспар: {span} аралығындағы брифингтер мен іс-шаралар"
        else:
            span = (f"{start.day}–{end.day} {MONTHS_RU_GEN[end.month - 1]}" if start.month == end.month else
                    f"{start.day} {MONTHS_RU_GEN[start.month - 1]} – {end.day} {MONTHS_RU_GEN[end.month - 1]}")
            title = f"Медиаплан: брифинги и мероприятия на {span}"
        feeds["brifing"].append(Item("brifing", lang, title, None, start, ["Медиа жоспар"], make=make,
                                     role="media_plan"))


# ---------------------------------------------------------------------- addresses
def assign_ids(feeds, rng: random.Random) -> None:
    bases = dict(dala=48120, astana=20450, auyl=3310, stepnoy=91200, kapital=15700, steppe=7300, stopfake=2100,
                 brifing=880, tg=1516)
    for key, items in feeds.items():
        number = bases[key]
        for item in items:
            number += rng.randint(1, 3) if key == "tg" else rng.randint(3, 41)
            item.id = number
            w = item.when
            site = FEEDS[key]["site"] if key != "tg" else ""
            if key == "dala":
                item.url = f"{site}kk/news/{item.id}"
                item.guid = f"dala-news-{item.id}"
            elif key == "astana":
                item.url = f"{site}kk/news/{w:%Y/%m/%d}/{item.id}"
                item.guid = f"tag:astana-habar.example,{w:%Y-%m-%d}:article-{item.id}"
            elif key == "auyl":
                item.url = f"{site}news/{item.id}.html"
            elif key == "stepnoy":
                item.url = f"{site}news/{w:%Y/%m}/{item.id}/"
            elif key == "kapital":
                item.url = f"{site}articles/{item.id}"
            elif key == "steppe":
                item.url = f"{site}story/{item.id}"
            elif key == "stopfake":
                section = {"kk": "tekseru", "ru": "proverka", "en": "check"}[item.lang]
                item.url = f"{site}{item.lang}/{section}/{item.id}"
                item.guid = f"stopfake-kz-demo-{item.id}"
            elif key == "brifing":
                item.url = f"{site}{item.lang}/briefings/{item.id}"
                item.guid = f"tag:brifing-alany.example,{w:%Y}:{item.id}"
            elif key == "tg":
                item.url = f"https://t.me/{TG_CHANNEL}/{item.id}"
            item.guid = item.guid or item.url


# ---------------------------------------------------------------------- rendering
def _host(site: str) -> str:
    return site.split("//", 1)[1].rstrip("/")


def body_html(item: Item, conf: dict, xhtml: bool = False) -> str:
    parts = []
    if item.img:
        src = f"https://cdn.{_host(conf['site'])}/images/{item.when:%Y/%m}/{item.id}.jpg"
        parts.append(f"<p><img src=\"{src}\" alt={quoteattr(item.title or '')} width=\"800\" height=\"450\"/></p>")
    for para in item.paras:
        parts.append(para if para.startswith(("<ul", "<ol")) else f"<p>{para}</p>")
    if item.video:
        parts.append(f"<p><iframe src=\"https://video.{_host(conf['site'])}/embed/{item.id}\" width=\"640\" "
                     f"height=\"360\" allowfullscreen=\"allowfullscreen\"></iframe></p>")
    more = conf.get("more")
    if more:
        href = item.url if conf["dates"] == "gmt" else item.url.split(".example", 1)[1]
        parts.append(f"<p><a href=\"{href}\">{more}</a></p>")
    html = "\n".join(parts)
    if xhtml:
        html = html.replace("&nbsp;", "&#160;")
    return html


def rfc822(when: datetime, gmt: bool = False) -> str:
    if gmt:
        when = when.astimezone(timezone.utc)
    zone = "GMT" if gmt else when.strftime("%z")
    return (f"{RFC_DAYS[when.weekday()]}, {when.day:02d} {RFC_MONTHS[when.month - 1]} {when.year} "
            f"{when:%H:%M:%S} {zone}")


def render_rss(key: str, items: list[Item]) -> bytes:
    conf = FEEDS[key]
    newest = max(it.when for it in items)
    out = [f"<?xml version=\"1.0\" encoding=\"{conf['encoding']}\"?>",
           "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
           "xmlns:atom=\"http://www.w3.org/2005/Atom\">",
           "<channel>",
           f"  <title>{escape(conf['title'])}</title>",
           f"  <link>{conf['site']}</link>",
           f"  <description>{escape(conf['description'])}</description>",
           f"  <language>{conf['lang']}</language>",
           f"  <atom:link href=\"{conf['site']}rss.xml\" rel=\"self\" type=\"application/rss+xml\"/>",
           f"  <lastBuildDate>{rfc822(newest, conf['dates'] == 'gmt')}</lastBuildDate>",
           "  <ttl>30</ttl>",
           "  <image>",
           f"    <url>https://cdn.{_host(conf['site'])}/logo.png</url>",
           f"    <title>{escape(conf['title'])}</title>",
           f"    <link>{conf['site']}</link>",
           "  </image>"]
    for item in reversed(items):          # newest first, as sites publish them
        out.append("  <item>")
        out.append(f"    <title>{escape(item.title)}</title>")
        out.append(f"    <link>{escape(item.url)}</link>")
        html = body_html(item, conf)
        if conf["html"] == "cdata":
            assert "]]>" not in html
            out.append(f"    <description><![CDATA[{html}]]></description>")
        else:
            out.append(f"    <description>{escape(html)}</description>")
        for category in item.categories:
            out.append(f"    <category>{escape(category)}</category>")
        if conf.get("creator"):
            out.append(f"    <dc:creator>{escape(conf['creator'])}</dc:creator>")
        if conf.get("author"):
            out.append(f"    <author>{escape(conf['author'])}</author>")
        if conf["guid"] == "opaque":
            out.append(f"    <guid isPermaLink=\"false\">{escape(item.guid)}</guid>")
        elif conf["guid"] == "permalink":
            out.append(f"    <guid isPermaLink=\"true\">{escape(item.url)}</guid>")
        if not item.undated:
            if conf["dates"] == "dc":
                out.append(f"    <dc:date>{item.when.isoformat()}</dc:date>")
            else:
                out.append(f"    <pubDate>{rfc822(item.when, conf['dates'] == 'gmt')}</pubDate>")
        if conf.get("enclosure") and item.img:
            out.append(f"    <enclosure url=\"https://cdn.{_host(conf['site'])}/images/{item.when:%Y/%m}/{item.id}.jpg\" "
                       f"length=\"0\" type=\"image/jpeg\"/>")
        out.append("  </item>")
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out).encode(conf["encoding"])   # strict: a character the code page lacks is a bug here


def render_atom(key: str, items: list[Item]) -> bytes:
    conf = FEEDS[key]
    site = conf["site"]
    xhtml = key == "brifing"
    newest = max(it.when for it in items)
    out = ["<?xml version=\"1.0\" encoding=\"utf-8\"?>",
           f"<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{conf['lang']}\" xml:base=\"{site}\">",
           f"  <title>{escape(conf['title'])}</title>",
           f"  <subtitle>{escape(conf['description'])}</subtitle>",
           f"  <link rel=\"alternate\" type=\"text/html\" href=\"{site}\"/>",
           f"  <link rel=\"self\" type=\"application/atom+xml\" href=\"{site}atom.xml\"/>",
           f"  <id>tag:{_host(site)},2026:feed</id>",
           f"  <updated>{newest.isoformat()}</updated>",
           f"  <icon>https://cdn.{_host(site)}/favicon.png</icon>"]
    for item in reversed(items):
        lang_attr = f" xml:lang=\"{item.lang}\"" if item.lang != conf["lang"] or xhtml else ""
        # Astana Habar writes entry links relative to xml:base; the briefing site writes them in full.
        href = item.url[len(site):] if key == "astana" else item.url
        out.append(f"  <entry{lang_attr}>")
        out.append(f"    <title>{escape(item.title)}</title>")
        out.append(f"    <link rel=\"alternate\" type=\"text/html\" href=\"{escape(href)}\"/>")
        out.append(f"    <id>{escape(item.guid)}</id>")
        if key == "astana":
            out.append(f"    <published>{item.when.isoformat()}</published>")
            out.append(f"    <updated>{item.when.isoformat()}</updated>")
        else:   # the briefing site publishes in UTC
            utc = item.when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            out.append(f"    <updated>{utc}</updated>")
        author = conf.get("author") or ("Баспасөз қызметі" if item.lang == "kk" else "Пресс-служба")
        out.append(f"    <author><name>{escape(author)}</name></author>")
        for category in item.categories:
            out.append(f"    <category term={quoteattr(category)}/>")
        html = body_html(item, conf, xhtml=xhtml)
        if xhtml:
            out.append(f"    <content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">{html}</div></content>")
        else:
            lead = re.sub(r"<[^>]+>", "", item.paras[0])
            out.append(f"    <summary type=\"text\">{escape(lead)}</summary>")
            out.append(f"    <content type=\"html\">{escape(html)}</content>")
        out.append("  </entry>")
    out += ["</feed>", ""]
    return "\n".join(out).encode("utf-8")


EMOJI = re.compile("(?:[\U0001F1E6-\U0001F1FF]{2}|[\U0001F300-\U0001FAFF\u2600-\u27BF\u203C\u2049\u2B50]\uFE0F?)")


def _tg_emoji(match: re.Match) -> str:
    char = match.group(0)
    code = char.replace("\uFE0F", "").encode("utf-8").hex().upper()
    return (f"<i class=\"emoji\" style=\"background-image:url('//telegram.org/img/emoji/40/{code}.png')\">"
            f"<b>{char}</b></i>")


def _tg_links(html: str) -> str:
    return re.sub(r"<a href=\"([^\"]+)\">",
                  lambda m: (f"<a href=\"{m.group(1)}\" target=\"_blank\" rel=\"noopener\" "
                             f"onclick=\"return confirm('Open this link?\\n\\n'+this.href);\">"), html)


def render_telegram(items: list[Item], rng: random.Random) -> bytes:
    ch = TG_CHANNEL
    msgs = []
    for item in items:
        utc = item.when.astimezone(timezone.utc)
        text = _tg_links(EMOJI.sub(_tg_emoji, item.paras[0]))
        media = ""
        if item.opts.get("photo"):
            media = (f"<a class=\"tgme_widget_message_photo_wrap {rng.getrandbits(40):010x} blured\" "
                     f"href=\"https://t.me/{ch}/{item.id}\" style=\"width:800px;background-image:url("
                     f"'https://cdn-telegram.example/file/{rng.getrandbits(64):016x}.jpg')\">"
                     f"<div class=\"tgme_widget_message_photo\" style=\"padding-top:56.25%\"></div></a>")
        if item.opts.get("video"):
            media = (f"<a class=\"tgme_widget_message_video_player blured js-message_video_player\" "
                     f"href=\"https://t.me/{ch}/{item.id}\"><i class=\"tgme_widget_message_video_thumb\" "
                     f"style=\"background-image:url('https://cdn-telegram.example/file/{rng.getrandbits(64):016x}.jpg')\">"
                     f"</i><div class=\"message_video_play\"></div><time class=\"message_video_duration\">"
                     f"1:{rng.randint(10, 59)}</time></a>")
        forwarded = ""
        if item.opts.get("forwarded"):
            forwarded = ("<div class=\"tgme_widget_message_forwarded_from accent_color\">Forwarded from "
                         "<a class=\"tgme_widget_message_forwarded_from_name\" href=\"https://t.me/qazaq_insider_demo\">"
                         "<span dir=\"auto\">Қазақ Инсайд (демо)</span></a></div>")
        views = item.opts.get("views", "5.0K")
        msgs.append(f"""<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="{ch}/{item.id}" data-view="{rng.getrandbits(96):024x}" data-peer-color="{item.id % 7}">
  <div class="tgme_widget_message_user"><a href="https://t.me/{ch}"><i class="tgme_widget_message_user_photo bgcolor3" data-content="Т"></i></a></div>
  <div class="tgme_widget_message_bubble">
    <i class="tgme_widget_message_bubble_tail"><svg class="bubble_icon" width="9px" height="20px" viewBox="0 0 9 20"><g fill="none"><path class="background" fill="#ffffff" d="M8,1 L9,1 L9,20 L8,20 L8,18 C7.807,15.161 7.124,12.233 5.950,9.218 C5.046,6.893 3.504,4.733 1.325,2.738 L1.325,2.738 C0.917,2.365 0.89,1.732 1.263,1.325 C1.452,1.118 1.72,1 2,1 L8,1 Z"></path></g></svg></i>
    <div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/{ch}"><span dir="auto">Тез Хабар</span></a></div>
    {forwarded}{media}<div class="tgme_widget_message_text js-message_text" dir="auto">{text}</div>
    <div class="tgme_widget_message_footer compact js-message_footer">
      <div class="tgme_widget_message_info short js-message_info">
        <span class="tgme_widget_message_views">{views}</span><span class="copyonly"> views</span><span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/{ch}/{item.id}"><time datetime="{utc:%Y-%m-%dT%H:%M:%S}+00:00" class="time">{utc:%H:%M}</time></a></span>
      </div>
    </div>
  </div>
</div></div>""")
    first = items[0].id
    page = f"""<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>{TG_TITLE} – Telegram</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no">
    <meta property="og:title" content="{TG_TITLE}">
    <meta property="og:image" content="https://cdn-telegram.example/file/channel_{ch}.jpg">
    <meta property="og:site_name" content="Telegram">
    <meta property="og:description" content="Жедел жаңалықтар мен «инсайдтар». Демо арна: барлық хабарламалар ойдан шығарылған.">
    <meta name="twitter:card" content="summary">
    <link rel="canonical" href="https://t.me/s/{ch}">
    <link href="//telegram.org/css/font-roboto.css?1" rel="stylesheet" type="text/css">
    <link href="//telegram.org/css/widget-frame.css?71" rel="stylesheet" media="screen">
    <link href="//telegram.org/css/telegram-web.css?40" rel="stylesheet" media="screen">
    <!-- Saved copy of a public channel preview (t.me/s/{ch}). Demo workspace: the channel and all messages are fictional. -->
  </head>
  <body class="widget_frame_base tgme_webpreview_body emoji_image nochat">
    <header class="tgme_header search_collapsed">
      <div class="tgme_header_search"><form class="tgme_header_search_form" action="/s/{ch}" method="get"><input class="tgme_header_search_form_input js-header_search" placeholder="Search" name="q" autocomplete="off" dir="auto" value=""></form></div>
      <div class="tgme_header_info">
        <a class="tgme_header_link" href="https://t.me/{ch}"><div class="tgme_header_title"><span dir="auto">{TG_TITLE}</span></div><div class="tgme_header_counter">48.2K subscribers</div></a>
      </div>
    </header>
    <main class="tgme_main">
      <div class="tgme_container">
        <section class="tgme_right_column">
          <div class="tgme_channel_info">
            <div class="tgme_channel_info_header">
              <i class="tgme_page_photo_image bgcolor3" data-content="ТХ"></i>
              <div class="tgme_channel_info_header_title"><span dir="auto">{TG_TITLE}</span></div>
              <div class="tgme_channel_info_header_username"><a href="https://t.me/{ch}">@{ch}</a></div>
            </div>
            <div class="tgme_channel_info_counters">
              <div class="tgme_channel_info_counter"><span class="counter_value">48.2K</span> <span class="counter_type">subscribers</span></div>
              <div class="tgme_channel_info_counter"><span class="counter_value">3.1K</span> <span class="counter_type">photos</span></div>
              <div class="tgme_channel_info_counter"><span class="counter_value">412</span> <span class="counter_type">videos</span></div>
            </div>
            <div class="tgme_channel_info_description">Жедел жаңалықтар мен «инсайдтар» 24/7. Реклама: @tez_habar_ads_demo<br/>Демо арна: барлық хабарламалар ойдан шығарылған.</div>
          </div>
        </section>
        <section class="tgme_channel_history js-message_history">
          <div class="tme_messages_more js-messages_more" data-before="{first}"><a href="/s/{ch}?before={first}">Load more</a></div>
{chr(10).join(msgs)}
        </section>
      </div>
    </main>
  </body>
</html>
"""
    return page.encode("utf-8")


def render_article() -> bytes:
    a = F.ARTICLE
    when = at(*a["when"])
    url = f"https://stopfake-kz.example/kk/tekseru/{a['slug']}"
    sections = "\n".join(f"        <h2>{escape(h)}</h2>\n        <p>{escape(p)}</p>" for h, p in a["sections"])
    page = f"""<!DOCTYPE html>
<html lang="kk">
<head>
  <meta charset="utf-8">
  <title>{escape(a['title'])} — Stopfake-KZ Demo</title>
  <meta name="description" content={quoteattr(a['lead'])}>
  <meta property="og:type" content="article">
  <meta property="og:title" content={quoteattr(a['title'])}>
  <meta property="og:url" content="{url}">
  <meta property="og:image" content="https://cdn.stopfake-kz.example/images/2026/08/5g-myths.jpg">
  <meta property="article:published_time" content="{when.isoformat()}">
  <link rel="canonical" href="{url}">
  <link rel="alternate" type="application/rss+xml" title="Stopfake-KZ Demo" href="/rss.xml">
  <link rel="stylesheet" href="/static/site.css">
  <!-- Saved copy of a single article page. Demo workspace: all content is fictional. -->
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/kk/">Stopfake-KZ Demo</a>
    <nav><a href="/kk/tekseru/">Тексерістер</a> <a href="/kk/medias/">Медиасауат</a> <a href="/ru/">Русский</a></nav>
  </header>
  <main>
    <article class="post">
      <h1>{escape(a['title'])}</h1>
      <p class="meta"><time datetime="{when.isoformat()}">{when.day} {MONTHS_KK[when.month - 1]} {when.year}, {when:%H:%M}</time> · Stopfake-KZ Demo редакциясы</p>
      <figure><img src="https://cdn.stopfake-kz.example/images/2026/08/5g-myths.jpg" alt="5G базалық станциясы" width="1200" height="675"></figure>
      <p class="lead"><b>{escape(a['lead'])}</b></p>
{sections}
      <p>{escape(a['closing'])} <a href="/kk/tekseru/">Барлық тексерістер</a>.</p>
    </article>
    <aside class="related"><h3>Тақырыпқа қатысты</h3><ul><li><a href="/kk/tekseru/5g-olsheu-natizheleri">5G: өлшеу нәтижелері</a></li></ul></aside>
  </main>
  <footer><p>© 2026 Stopfake-KZ Demo. Демо сайт: барлық мазмұн ойдан шығарылған.</p></footer>
  <script src="/static/site.js"></script>
</body>
</html>
"""
    return page.encode("utf-8")


# ---------------------------------------------------------------------- main
def main() -> None:
    rng = random.Random(SEED)
    feeds = build_items(rng)
    assign_ids(feeds, rng)
    _digest_titles(feeds)
    for item in feeds["brifing"]:
        if item.make is not None:
            item.paras = item.make(item)

    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        if old.suffix in (".xml", ".html"):
            old.unlink()
    written = {}
    for key, conf in FEEDS.items():
        data = render_rss(key, feeds[key]) if conf["format"] == "rss" else render_atom(key, feeds[key])
        (OUT / conf["file"]).write_bytes(data)
        written[conf["file"]] = (key, conf["format"], conf["encoding"], feeds[key])
    tg_file = f"telegram_{TG_CHANNEL}.html"
    (OUT / tg_file).write_bytes(render_telegram(feeds["tg"], rng))
    written[tg_file] = ("tg", "telegram", "utf-8", feeds["tg"])
    (OUT / "article_stopfake_5g_myths.html").write_bytes(render_article())

    manifest = {
        "about": "Index of the generated demo files (written by generate.py; not read by the app). "
                 "All content is fictional.",
        "window": [WINDOW_START.isoformat(), WINDOW_END.isoformat()],
        "files": [], "cases": [],
    }
    for name, (key, fmt, enc, items) in written.items():
        langs: dict[str, int] = {}
        for it in items:
            langs[it.lang] = langs.get(it.lang, 0) + 1
        manifest["files"].append(dict(file=name, source=FEEDS.get(key, {}).get("title", TG_TITLE), format=fmt,
                                      encoding=enc, items=len(items), languages=dict(sorted(langs.items())),
                                      undated=sum(1 for it in items if it.undated)))
    manifest["files"].append(dict(file="article_stopfake_5g_myths.html", source="Stopfake-KZ Demo",
                                  format="article", encoding="utf-8", items=1, languages={"kk": 1}, undated=0))
    by_case: dict[str, list] = {}
    for name, (_key, _fmt, _enc, items) in written.items():
        for it in items:
            if it.case:
                by_case.setdefault(it.case, []).append(dict(
                    file=name, role=it.role, lang=it.lang, url=it.url, published=it.when.isoformat(),
                    title=it.title))
    for case in F.CASES:
        rows = sorted(by_case.get(case["key"], []), key=lambda r: r["published"])
        manifest["cases"].append(dict(key=case["key"], category=case["category"], claim=case["claim"],
                                      resonant=case.get("resonant", False), items=rows))
    (HERE / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    total: dict[str, int] = {}
    for entry in manifest["files"]:
        for lang, count in entry["languages"].items():
            total[lang] = total.get(lang, 0) + count
        print(f"{entry['file']:36} {entry['items']:4}  {entry['languages']}")
    n = sum(total.values())
    print(f"{'total':36} {n:4}  " + ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in sorted(total.items())))


if __name__ == "__main__":
    main()
