"""A generated replay of a monitoring desk's feeds for the resonance radar: background news and injected bursts.

Used by ``benchmarks/bench_radar.py`` (28 days, 200 sources) and the radar tests (a few days, fewer items).
Everything is drawn from a ``random.Random`` seed, so a replay is the same on every run.

- Sources: news sites and Telegram channels, each with its own daily rate (log-normal) and its own language
  (Kazakh, Russian, a few English; bilingual sites publish in both).
- Rhythm: items arrive by Almaty time (UTC+5), few at night, most in the morning and the early evening; Telegram
  channels are flatter.
- Background: most items are one of a kind; the ordinary news cycle is stories told 2–5 times by 2–4 sources
  over a few hours, plus stories that come back every day (exchange rate, weather): none of these is a burst.
- Bursts: one story told 12 times by 8 sources within an hour, in Kazakh and Russian, paraphrased (word order,
  word forms, different words), the named entities and the numbers shared across the copies.

``filler`` draws the everyday words around a story; the benchmark passes its Zipf-weighted news vocabulary of
~15,000 words a language (benchmarks/_common.py), the tests the small lists here.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

UTC = dt.timezone.utc
ALMATY = dt.timezone(dt.timedelta(hours=5))

# Topic words as (Russian, Kazakh) pairs, so that one story can be told in both languages.
TOPICS = [
    ("пожар", "өрт"), ("склад", "қойма"), ("взрыв", "жарылыс"), ("газ", "газ"), ("вода", "су"),
    ("отключение", "өшіру"), ("электричество", "электр"), ("тариф", "тариф"), ("цены", "баға"),
    ("бензин", "жанармай"), ("хлеб", "нан"), ("мука", "ұн"), ("школа", "мектеп"), ("учителя", "мұғалімдер"),
    ("больница", "аурухана"), ("врачи", "дәрігерлер"), ("вакцина", "вакцина"), ("вирус", "вирус"),
    ("карантин", "карантин"), ("дорога", "жол"), ("мост", "көпір"), ("ремонт", "жөндеу"), ("авария", "апат"),
    ("автобус", "автобус"), ("поезд", "пойыз"), ("аэропорт", "әуежай"), ("рейс", "рейс"), ("отменили", "тоқтатты"),
    ("задержали", "ұстады"), ("мошенники", "алаяқтар"), ("полиция", "полиция"), ("суд", "сот"),
    ("приговор", "үкім"), ("штраф", "айыппұл"), ("выплаты", "төлемдер"), ("пенсии", "зейнетақы"),
    ("пособие", "жәрдемақы"), ("банк", "банк"), ("кредит", "несие"), ("депозит", "депозит"), ("налог", "салық"),
    ("бюджет", "бюджет"), ("акимат", "әкімдік"), ("министерство", "министрлік"), ("депутаты", "депутаттар"),
    ("закон", "заң"), ("поправки", "түзетулер"), ("паводок", "су тасқыны"), ("снег", "қар"), ("мороз", "аяз"),
    ("ветер", "жел"), ("землетрясение", "жер сілкінісі"), ("эвакуация", "эвакуация"), ("жители", "тұрғындар"),
    ("дети", "балалар"), ("студенты", "студенттер"), ("стипендия", "шәкіртақы"), ("жильё", "тұрғын үй"),
    ("квартиры", "пәтерлер"), ("строительство", "құрылыс"), ("завод", "зауыт"), ("рабочие", "жұмысшылар"),
    ("забастовка", "ереуіл"), ("зарплата", "жалақы"), ("нефть", "мұнай"), ("экспорт", "экспорт"),
    ("зерно", "астық"), ("урожай", "өнім"), ("скот", "мал"), ("фермеры", "фермерлер"), ("граница", "шекара"),
    ("таможня", "кеден"), ("фейк", "фейк"), ("видео", "видео"), ("соцсети", "әлеуметтік желілер"),
    ("опровержение", "теріске шығару"), ("заявление", "мәлімдеме"), ("проверка", "тексеру"),
    ("турнир", "турнир"), ("чемпионат", "чемпионат"), ("сборная", "құрама"), ("победа", "жеңіс"),
    ("медаль", "медаль"), ("концерт", "концерт"), ("фестиваль", "фестиваль"), ("выставка", "көрме"),
]
EN_TOPICS = ["fire", "warehouse", "gas", "water", "prices", "school", "hospital", "vaccine", "road", "bridge",
             "flight", "police", "court", "fraud", "bank", "budget", "law", "flood", "snow", "workers", "oil",
             "grain", "border", "video", "statement", "championship", "festival"]
CITIES = ["Астана", "Алматы", "Шымкент", "Ақтөбе", "Қарағанды", "Атырау", "Түркістан", "Павлодар", "Семей",
          "Орал", "Қостанай", "Тараз", "Өскемен", "Петропавл", "Қызылорда", "Ақтау", "Талдықорған", "Көкшетау",
          "Жезқазған", "Екібастұз", "Теміртау", "Балқаш", "Кентау", "Жаңаөзен"]
# Suffixes that make a name's forms as the two languages inflect it (a paraphrase changes them).
RU_CASES = ["", "а", "у", "ом", "е"]
KK_CASES = ["", "да", "ның", "ға", "дан", "пен"]
RU_FUNCTION = "в и на с по не что о за для из к от это как также после при".split()
KK_FUNCTION = "және мен бұл туралы үшін бойынша деп осы бар ол да емес болып арқылы кейін".split()
EN_FUNCTION = "the of and to in a for on is that with by said as at from".split()
RU_SAY = ["сообщает", "заявил", "сообщили", "пишут", "передает", "по данным", "как стало известно"]
KK_SAY = ["хабарлайды", "мәлім етті", "деп жазады", "хабарланды", "мәліметінше", "белгілі болды"]
_SYL = "ба бе бо да ды жа жы ка қа кө ма мұ на нұ ра сә та тө ер ай ас ат ал ғы ді ке лы мі сы".split()
_SURNAME = ["ов", "ев", "бек", "баев", "ұлы", "ин"]


def _name(rng: random.Random) -> str:
    return ("".join(rng.choice(_SYL) for _ in range(rng.randint(2, 3))) + rng.choice(_SURNAME)).capitalize()


def _small_filler(rng: random.Random, lang: str, k: int) -> list[str]:
    if lang == "en":
        return rng.choices(EN_FUNCTION + EN_TOPICS, k=k)
    column = 0 if lang == "ru" else 1
    function = RU_FUNCTION if lang == "ru" else KK_FUNCTION
    return [rng.choice(function) if rng.random() < 0.6 else rng.choice(TOPICS)[column] for _ in range(k)]


Filler = Callable[[random.Random, str, int], list[str]]


@dataclass(frozen=True)
class Source:
    index: int
    name: str
    url: str
    kind: str  # "feed" (a news site) or "telegram"
    lang: str  # "kk", "ru", "en" or "kk+ru" (publishes in both)
    per_day: float

    def language(self, rng: random.Random) -> str:
        return rng.choice(["kk", "ru"]) if self.lang == "kk+ru" else self.lang


@dataclass(frozen=True)
class Story:
    """What a story is about: its named entities, its number, and its lede in each language (the words every
    retelling starts from: the story's own topic words and the everyday words the first report used)."""

    key: str
    person: str
    city: str
    org: str
    number: str
    topics: tuple[tuple[str, str], ...]
    lede: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Copy:
    at: dt.datetime  # when it appeared (UTC)
    source: int
    title: str
    text: str
    lang: str
    story: str | None  # the story it tells, None for a one-off item
    burst: int | None = None  # the injected burst it belongs to


@dataclass
class Burst:
    index: int
    story: Story
    start: dt.datetime
    copies: list[Copy] = field(default_factory=list)

    @property
    def third_copy_at(self) -> dt.datetime:
        return sorted(c.at for c in self.copies)[2]

    @property
    def sources(self) -> set[int]:
        return {c.source for c in self.copies}

    @property
    def languages(self) -> set[str]:
        return {c.lang for c in self.copies}


def make_sources(rng: random.Random, count: int = 200, *, telegram_share: float = 0.3) -> list[Source]:
    sources = []
    for index in range(count):
        telegram = rng.random() < telegram_share
        lang = rng.choices(["kk", "ru", "kk+ru", "en"], weights=[35, 40, 20, 5])[0]
        # Log-normal rates: most sources publish 5–30 items a day, a few agencies and channels far more.
        per_day = min(150.0, math.exp(rng.gauss(math.log(14), 0.8)))
        if telegram:
            handle = f"kz_{_name(rng).lower()}_{index}"
            sources.append(Source(index, f"@{handle}", f"https://t.me/s/{handle}", "telegram", lang, per_day))
        else:
            host = f"{_name(rng).lower()}{index}.kz"
            sources.append(Source(index, host, f"https://{host}/rss", "feed", lang, per_day))
    return sources


def diurnal(hour_almaty: int, telegram: bool = False) -> float:
    """Relative rate by the hour of the day in Almaty: 0.1 at 3 a.m., 1.0 around 10 a.m. and 6 p.m."""
    shape = [0.15, 0.1, 0.08, 0.08, 0.1, 0.2, 0.4, 0.7, 0.9, 1.0, 1.0, 0.95, 0.9, 0.85, 0.85, 0.85, 0.9,
             0.95, 1.0, 0.9, 0.75, 0.6, 0.4, 0.25]
    value = shape[hour_almaty % 24]
    return 0.4 + 0.6 * value if telegram else value


_DIURNAL_SUM = sum(diurnal(h) for h in range(24))


def _poisson(rng: random.Random, mean: float) -> int:
    if mean > 30:
        return max(0, int(round(rng.gauss(mean, math.sqrt(mean)))))
    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def make_story(rng: random.Random, key: str, filler: Filler | None = None, *, topics: int = 7) -> Story:
    filler = filler or _small_filler
    number = rng.choice([f"{rng.randint(2, 9)},{rng.randint(1, 9)} млрд", f"{rng.randint(101, 980)}",
                         f"{rng.randint(120, 990)} млн", f"{rng.randint(11, 99)} {rng.randint(100, 999)}"])
    org = rng.choice(["ТОО", "АО", "ҰК"]) + " «" + _name(rng) + "»"
    pairs = tuple(rng.sample(TOPICS, topics))
    lede = {}
    for column, lang in enumerate(("ru", "kk")):
        words = [pair[column] for pair in pairs] + filler(rng, lang, 10)
        rng.shuffle(words)
        lede[lang] = tuple(words)
    lede["en"] = tuple(rng.sample(EN_TOPICS, 5) + filler(rng, "en", 8))
    return Story(key, _name(rng), rng.choice(CITIES), org, number, pairs, lede)


def _reword(rng: random.Random, words: list[str]) -> list[str]:
    """A retelling: about a fifth of the words dropped, a few neighbours swapped, the halves sometimes turned."""
    kept = [w for w in words if rng.random() > 0.2]
    for _ in range(3):
        if len(kept) > 2:
            i = rng.randrange(len(kept) - 1)
            kept[i], kept[i + 1] = kept[i + 1], kept[i]
    if rng.random() < 0.4:
        half = len(kept) // 2
        kept = kept[half:] + kept[:half]
    return kept


def tell(rng: random.Random, story: Story, lang: str, filler: Filler) -> tuple[str, str]:
    """One copy of a story: a title and a text, paraphrased (the lede reworded, names in other grammatical forms,
    each outlet's own words around it); the names and the number stay. ``filler`` is unused: kept for the
    signature."""
    if lang == "en":
        cases, says = [""], ["said", "reports", "according to"]
    elif lang == "ru":
        cases, says = RU_CASES, RU_SAY
    else:
        cases, says = KK_CASES, KK_SAY
    person = story.person + rng.choice(cases)
    city = story.city + (rng.choice(cases) if lang == "kk" else "")
    lede = _reword(rng, list(story.lede[lang]))
    head = [city, person, story.number, *lede[:rng.randint(3, 5)]]
    rng.shuffle(head)
    title = " ".join(head)
    body = [rng.choice(says), story.org, person, story.number, city]
    rng.shuffle(body)
    # The outlet's own words: connecting words and the desk's vocabulary, not new names (a retelling adds no facts).
    text = " ".join(_small_filler(rng, lang, rng.randint(2, 6)) + body[:3] + lede + body[3:]
                    + _small_filler(rng, lang, rng.randint(6, 14)))
    return title[:1].upper() + title[1:], text


def one_off(rng: random.Random, lang: str, filler: Filler) -> tuple[str, str]:
    """An item of its own: everyday words, a common place name now and then."""
    words = filler(rng, lang, rng.randint(6, 11))
    if rng.random() < 0.4:
        words.insert(rng.randrange(len(words) + 1), rng.choice(CITIES))
    title = " ".join(words)
    return title[:1].upper() + title[1:], " ".join(filler(rng, lang, rng.randint(30, 60)))


class Replay:
    """The copies of ``days`` days, in arrival order, and the injected bursts."""

    def __init__(self, *, days: int = 28, sources: int = 200, seed: int = 16, start: dt.datetime | None = None,
                 bursts: int = 8, filler: Filler | None = None, stories_per_day: int = 60,
                 daily_stories: int = 6, rate_scale: float = 1.0) -> None:
        self.rng = random.Random(seed)
        self.filler = filler or _small_filler
        self.days = days
        self.start = start or dt.datetime(2026, 10, 1, tzinfo=ALMATY).astimezone(UTC)
        self.end = self.start + dt.timedelta(days=days)
        self.sources = make_sources(self.rng, sources)
        self.rate_scale = rate_scale
        self.stories_per_day = stories_per_day
        self.daily = [make_story(self.rng, f"daily-{n}", self.filler, topics=5) for n in range(daily_stories)]
        self.bursts: list[Burst] = []
        copies = self._background()
        copies += self._inject(bursts)
        copies.sort(key=lambda c: c.at)
        self.copies = copies

    # --- background ---------------------------------------------------------------------------------------------
    def _moment(self, day: int, telegram: bool = False) -> dt.datetime:
        weights = [diurnal(h, telegram) for h in range(24)]
        hour = self.rng.choices(range(24), weights=weights)[0]
        local = (self.start.astimezone(ALMATY).replace(hour=0, minute=0, second=0) + dt.timedelta(days=day, hours=hour))
        return (local + dt.timedelta(seconds=self.rng.randrange(3600))).astimezone(UTC)

    def _background(self) -> list[Copy]:
        rng, out = self.rng, []
        for day in range(self.days):
            for source in self.sources:
                for _ in range(_poisson(rng, source.per_day * self.rate_scale)):
                    lang = source.language(rng)
                    title, text = one_off(rng, lang, self.filler)
                    out.append(Copy(self._moment(day, source.kind == "telegram"), source.index, title, text, lang,
                                    None))
            for n in range(self.stories_per_day):  # the ordinary news cycle: 2–5 copies, 2–4 sources, hours
                story = make_story(rng, f"d{day}-s{n}", self.filler)
                first = self._moment(day)
                tellers = rng.sample(self.sources, rng.randint(2, 4))
                for k in range(rng.randint(2, 5)):
                    source = tellers[k % len(tellers)]
                    at = first + dt.timedelta(minutes=rng.uniform(0, 60 * rng.choice([2, 4, 8])))
                    lang = source.language(rng)
                    out.append(Copy(at, source.index, *tell(rng, story, lang, self.filler), lang, story.key))
            for story in self.daily:  # the same story every day: exchange rate, weather, road closures
                tellers = rng.sample(self.sources, 3)
                first = self._moment(day)
                for k in range(rng.randint(2, 4)):
                    source = tellers[k % 3]
                    lang = source.language(rng)
                    at = first + dt.timedelta(minutes=rng.uniform(0, 180))
                    out.append(Copy(at, source.index, *tell(rng, story, lang, self.filler), lang, story.key))
        return [c for c in out if c.at < self.end]

    # --- bursts -----------------------------------------------------------------------------------------------
    def burst_times(self, count: int) -> list[dt.datetime]:
        """Bursts on different days and at different hours (from the third day, so there is a baseline)."""
        if count == 0:
            return []
        if self.days <= 2:  # a short replay (the busy day of the benchmark): its first day
            days = [0]
        else:
            days = sorted(self.rng.sample(range(2, self.days), min(count, self.days - 2)))
        hours = [9, 14, 20, 11, 23, 7, 17, 2, 12, 19]
        times = []
        for n in range(count):
            day = days[n % len(days)]
            local = self.start.astimezone(ALMATY).replace(hour=0, minute=0, second=0)
            moment = local + dt.timedelta(days=day, hours=hours[n % len(hours)], minutes=self.rng.randrange(50))
            times.append(moment.astimezone(UTC))
        return times

    def _inject(self, count: int) -> list[Copy]:
        out = []
        speakers = [s for s in self.sources if s.lang != "en"]
        for n, start in enumerate(self.burst_times(count)):
            story = make_story(self.rng, f"burst-{n}", self.filler)
            burst = Burst(n, story, start)
            tellers = self.rng.sample(speakers, 8)
            offsets = sorted(self.rng.uniform(0, 58) for _ in range(12))
            for k, minutes in enumerate(offsets):
                source = tellers[k % 8]
                # Half the copies in each language, whatever the source's usual one: bilingual desks and
                # channels quoting each other.
                lang = "kk" if k % 2 == 0 else "ru"
                title, text = tell(self.rng, story, lang, self.filler)
                burst.copies.append(Copy(start + dt.timedelta(minutes=minutes), source.index, title, text, lang,
                                         story.key, n))
            self.bursts.append(burst)
            out += burst.copies
        return out

    # --- replay -------------------------------------------------------------------------------------------------
    def cycles(self, minutes: int = 10, *, start: dt.datetime | None = None,
               end: dt.datetime | None = None) -> Iterator[tuple[dt.datetime, list[Copy]]]:
        """(fetch time, copies that appeared since the previous fetch), every ``minutes`` of simulated time."""
        step = dt.timedelta(minutes=minutes)
        at = (start or self.start) + step
        end = end or self.end
        position = 0
        copies = self.copies
        while position < len(copies) and copies[position].at < (start or self.start):
            position += 1
        while at <= end:
            batch = []
            while position < len(copies) and copies[position].at < at:
                batch.append(copies[position])
                position += 1
            yield at, batch
            at += step


# --- storing --------------------------------------------------------------------------------------------------
def add_sources(db, replay: Replay) -> dict[int, int]:
    """The replay's sources in the workspace: {replay's source index: sources.id}."""
    from workstation.core.ingest.sources import add_source

    ids = {}
    for source in replay.sources:
        folder = "Telegram" if source.kind == "telegram" else "Media/KZ"
        row = add_source(db, source.url, kind="telegram" if source.kind == "telegram" else "rss",
                         name=source.name, folder=folder, language="" if source.lang == "kk+ru" else source.lang)
        ids[source.index] = row["id"]
    return ids


def store_cycle(db, replay: Replay, source_ids: dict[int, int], at: dt.datetime, copies: list[Copy]
                ) -> list[tuple[int, Copy]]:
    """Store one fetch cycle's copies the way a fetch does (``ingest.dedup.store_items``, source by source, the
    fetch time as first seen); the new items' ids with their copies, in storing order."""
    from workstation.core import clock
    from workstation.core.dates import ParsedDate
    from workstation.core.ingest.dedup import store_items
    from workstation.core.ingest.draft import ItemDraft

    by_source: dict[int, list[ItemDraft]] = {}
    by_url: dict[str, Copy] = {}
    for copy in copies:
        source = replay.sources[copy.source]
        number = f"{copy.at:%Y%m%d%H%M%S}{zlib.crc32(copy.title.encode()):08x}"
        url = (f"{source.url.replace('/s/', '/')}/{number}" if source.kind == "telegram"
               else source.url.replace("/rss", f"/news/{number}"))
        by_url[url] = copy
        by_source.setdefault(copy.source, []).append(ItemDraft(
            title=copy.title, url=url, guid=url, published=ParsedDate(copy.at, 300),
            content_text=copy.text, content_html=f"<p>{copy.text}</p>", lang=copy.lang))
    new_ids: list[int] = []
    fetched_at = clock.to_iso(at)
    for index, drafts in by_source.items():
        new_ids += store_items(db, source_ids[index], drafts, fetched_at=fetched_at).new_ids
    urls: dict[int, str] = {}
    for start in range(0, len(new_ids), 500):
        chunk = new_ids[start:start + 500]
        urls.update(db.execute(f"SELECT id, url FROM items WHERE id IN ({','.join('?' * len(chunk))})", chunk))
    return [(item_id, by_url[urls[item_id]]) for item_id in new_ids]


def replay_into(db, replay: Replay, *, since: dt.datetime | None = None, until: dt.datetime | None = None,
                source_ids: dict[int, int] | None = None, quiet_minutes: int = 60, busy_minutes: int = 10
                ) -> dict[int, int]:
    """Store the replay's copies of [``since``, ``until``) and let the radar see each fetch (``radar.update`` at
    the fetch time); hours with no burst go by in ``quiet_minutes`` fetches (fewer transactions: quicker tests),
    the hours around a burst in ``busy_minutes`` fetches. The sources are added unless ``source_ids`` (from an
    earlier call) are given. Returns the source ids."""
    from workstation.core import clock, radar

    source_ids = source_ids if source_ids is not None else add_sources(db, replay)
    at, until = since or replay.start, until or replay.end
    busy = [(b.start - dt.timedelta(hours=2), b.start + dt.timedelta(hours=2)) for b in replay.bursts]
    position = 0
    while position < len(replay.copies) and replay.copies[position].at < at:
        position += 1
    while at < until:
        step = busy_minutes if any(a <= at < b for a, b in busy) else quiet_minutes
        at = min(until, at + dt.timedelta(minutes=step))
        batch = []
        while position < len(replay.copies) and replay.copies[position].at < at:
            batch.append(replay.copies[position])
            position += 1
        stored = store_cycle(db, replay, source_ids, at, batch)
        radar.update(db, [item_id for item_id, _copy in stored], now=clock.to_iso(at))
    return source_ids
