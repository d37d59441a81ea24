"""Shared helpers for the benchmarks: a deterministic news-like text generator and small statistics.

Nothing here touches the network. Every generator takes a ``random.Random`` so that a run is reproducible.
Run the benchmarks as ``python benchmarks/NAME.py [--quick]`` from the project folder.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import platform
import random
import resource
import sqlite3
import statistics
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = BENCH_DIR.parent
OUT_DIR = BENCH_DIR / "out"  # gitignored: scratch data and cached workspaces

if str(PROJECT_ROOT) not in sys.path:  # so that `python benchmarks/x.py` finds `workstation` and `tests`
    sys.path.insert(0, str(PROJECT_ROOT))

# --- vocabulary ---------------------------------------------------------------------------------------------
# Real news words, most frequent first (roughly), then a long tail of generated names. Zipf-like sampling over
# the whole list gives the shape of real text: a few words in most documents, most words in very few.

RU_WORDS = """
в и на с по не что о за для из к от это как также года году а его который у до при после все более
сообщает заявил сообщили отметил области республики Казахстана Казахстан Астаны Алматы страны
министр министерство президент правительство акимат аким города района жителей граждан
время новости информация данные вопрос работы работа проект проекта программа программы развития
тенге миллионов миллиардов рублей долларов процентов цены рост снижение экономики бюджета банк банка
Национальный банков кредит кредиты депозит налог налогов бизнес предприятий компании компания рынок
суд суда полиция полиции дело дела уголовное задержан задержали мошенники мошенничество мошенников
фейк фейки фейковый ложная недостоверная информацию распространение опровержение опровергли соцсетях
сети интернет сайт сайта ссылка ссылке звонки звонят карты карту данных пароль код СМС приложение
школы школ учителей студентов образования здравоохранения больницы врачей пациентов вакцинации
вирус коронавирус грипп заболевания здоровья медицинской помощи дороги дорог ремонт строительство
жилья квартиры дома домов отопление вода газ электроэнергии тарифы транспорт автобус поезд аэропорт
погода снег дождь ветер мороз жара синоптики прогноз паводок паводки пожар пожары спасатели ЧС
выборы депутаты Мажилис Сенат закон закона законопроект поправки реформа указ постановление
встреча встречи переговоры визит сотрудничество соглашение меморандум делегация форум саммит
спорт чемпионат турнир матч сборная команда победа медаль олимпийский футбол бокс хоккей
культура театр концерт фестиваль выставка музей книга фильм кино праздник Наурыз День Независимости
сельское хозяйство урожай зерно пшеница скот фермеров земли воды полив засуха
армия оборона безопасность границы пограничники таможня контрабанда наркотики
розыгрыш призы выигрыш подарок акция бесплатно получить выплаты пособие пенсии пенсионеров компенсация
""".split()

KK_WORDS = """
және мен бұл туралы үшін бойынша деп осы бар ол да емес болып арқылы сондай-ақ оның олар біз жылы
жылғы қазір тағы бірақ немесе жоқ кейін барлық бірге сияқты ретінде тиіс мүмкін екен деген жатыр
Қазақстан Қазақстанда Қазақстанның республикасы облысы облысының қаласы қаласының ауданы ауылы
Астана Алматы Шымкент Ақтөбе Қарағанды Атырау Түркістан Павлодар Семей Орал Қостанай Тараз
министр министрлігі үкімет Президент Мемлекет басшысы әкім әкімдігі депутаттар Мәжіліс Сенат заң
жаңалықтар ақпарат ақпаратты жалған фейк теріске шығарды мәлімдеме хабарлама баспасөз қызметі
тұрғындар азаматтар халық халықтың балалар мектеп мұғалімдер студенттер білім денсаулық ауруханасы
дәрігерлер вакцина вирус індет жол жолдар құрылыс тұрғын үй пәтер жылу су газ электр тариф
теңге миллион миллиард пайыз баға бағасы өсу төмендеу экономика бюджет банк несие салық бизнес
сот полиция қылмыс іс алаяқтар алаяқтық алаяқтықтың ұсталды қамауға тергеу прокуратура
ұтыс ойыны сыйлық тегін жеңімпаз төлем жәрдемақы зейнетақы өтемақы әлеуметтік көмек
ауа райы қар жаңбыр жел аяз ыстық синоптиктер болжам су тасқыны өрт құтқарушылар ТЖМ
сайлау реформа жарлық қаулы кездесу келіссөздер сапар ынтымақтастық келісім форум
спорт чемпионат турнир матч құрама жеңіс медаль футбол бокс күрес мәдениет театр концерт
фестиваль көрме мұражай кітап фильм мереке Наурыз Тәуелсіздік күні егін астық бидай мал фермерлер
жер суару құрғақшылық әскер қорғаныс қауіпсіздік шекара кеден есірткі 5G мұнарасы мұнаралар
әлеуметтік желілерде желіде сайт сілтеме қоңырау карта құпиясөз код қосымша
""".split()

EN_WORDS = """
the of and to in a for on is that with by said as at from was it has be have are government
Kazakhstan Astana Almaty president minister ministry report reports news million billion percent
bank tenge prices growth economy budget tax business court police case fraud scam scammers fake
fact check false claim misleading social media network website link phishing calls card data
password code app school students education health hospital doctors vaccine virus flu roads
construction housing heating water gas electricity tariffs transport weather snow rain wind
forecast flood fire rescuers election parliament law reform decree meeting talks visit cooperation
agreement forum summit sport championship match team victory medal football culture festival
""".split()

# Collocations analysts search for as phrases; injected with a small probability so that phrases really occur.
PHRASES = {
    "ru": ["Национальный банк", "министерство здравоохранения", "розыгрыш призов", "мошенники звонят",
           "фейковый аккаунт", "недостоверная информация", "пресс-служба акимата", "выплаты пенсионерам",
           "уголовное дело", "5G вышки"],
    "kk": ["ұтыс ойыны", "жалған ақпарат", "5G мұнарасы", "баспасөз қызметі", "әлеуметтік желілерде",
           "Мемлекет басшысы", "тегін сыйлық", "алаяқтар қоңырау"],
    "en": ["fact check", "false claim", "social media", "phishing link"],
}

_SYL_KK = "ба бе бо да ды жа жы ка қа кө ма мұ на нұ ра сә та тө ұл ер ай ас ат ал ғы ді ке лы мі сы".split()
_SYL_RU = "ва ви ко ло ми не ни по ра ре ро се со та те то ки ли ры ша ше ста сла бор мир гор дан".split()
_SUFFIX_KK = ["ов", "ова", "ев", "ұлы", "қызы", "бек", "бай", "тау", "көл", "сай"]
_SUFFIX_RU = ["ов", "ова", "ский", "ская", "енко", "ин", "ина", "град", "ск", "ово"]


def _tail_words(rng: random.Random, count: int, syllables: list[str], suffixes: list[str]) -> list[str]:
    """Generated proper names and rare forms: the long tail of a news vocabulary."""
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < count:
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))) + rng.choice(suffixes)
        word = word.capitalize() if rng.random() < 0.6 else word
        if word not in seen:
            seen.add(word)
            out.append(word)
    return out


class Vocabulary:
    """Per-language word lists with Zipf-like cumulative weights, for fast ``rng.choices``."""

    def __init__(self, seed: int = 20250106, tail: int = 15000, exponent: float = 1.05) -> None:
        rng = random.Random(seed)
        self.words = {
            "ru": RU_WORDS + _tail_words(rng, tail, _SYL_RU, _SUFFIX_RU),
            "kk": KK_WORDS + _tail_words(rng, tail, _SYL_KK, _SUFFIX_KK),
            "en": EN_WORDS + _tail_words(rng, tail // 5, ["ka", "ra", "to", "mi", "sa", "ne", "lo"],
                                         ["ov", "son", "ton", "ly", "er"]),
        }
        self.cum = {}
        for lang, words in self.words.items():
            weights = [1.0 / (rank + 2.7) ** exponent for rank in range(len(words))]
            self.cum[lang] = list(itertools.accumulate(weights))

    def sample(self, rng: random.Random, lang: str, k: int) -> list[str]:
        return rng.choices(self.words[lang], cum_weights=self.cum[lang], k=k)

    def word_at(self, lang: str, rank: int) -> str:
        return self.words[lang][rank]

    def rank_share(self, lang: str, rank: int) -> float:
        """Probability of the word at ``rank`` per draw."""
        cum = self.cum[lang]
        return (cum[rank] - (cum[rank - 1] if rank else 0.0)) / cum[-1]


def pick_lang(rng: random.Random) -> str:
    roll = rng.random()
    return "kk" if roll < 0.45 else "ru" if roll < 0.90 else "en"


def sentence(rng: random.Random, vocab: Vocabulary, lang: str, words: int, phrase_chance: float = 0.08) -> str:
    parts = vocab.sample(rng, lang, words)
    if rng.random() < phrase_chance:
        parts.insert(rng.randrange(len(parts) + 1), rng.choice(PHRASES[lang]))
    text = " ".join(parts)
    return text[:1].upper() + text[1:]


def title(rng: random.Random, vocab: Vocabulary, lang: str) -> str:
    return sentence(rng, vocab, lang, rng.randint(5, 11), phrase_chance=0.12)


def paragraph(rng: random.Random, vocab: Vocabulary, lang: str, chars: int) -> str:
    out: list[str] = []
    size = 0
    while size < chars:
        s = sentence(rng, vocab, lang, rng.randint(7, 16)) + "."
        out.append(s)
        size += len(s) + 1
    return " ".join(out)


# --- measuring ----------------------------------------------------------------------------------------------

def median(values) -> float:
    values = list(values)
    return statistics.median(values) if values else float("nan")


def p90(values) -> float:
    values = sorted(values)
    if not values:
        return float("nan")
    return values[min(len(values) - 1, int(round(0.9 * (len(values) - 1))))]


class Stopwatch:
    def __init__(self) -> None:
        self.start = time.perf_counter()

    def elapsed(self) -> float:
        return time.perf_counter() - self.start


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far (Linux: ru_maxrss is in KiB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / (1024 * 1024)


def current_rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return {"cpu": cpu, "cores": str(os.cpu_count()), "ram": ram, "os": platform.platform(),
            "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
            "date": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
            "load": " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else ""}


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def parallel_speedup(n: int = 3_000_000) -> float:
    """Throughput of two CPU-bound processes relative to one: 2.0 on two free cores, less on a shared VM."""
    if not sys.platform.startswith("linux"):
        return float("nan")  # forked workers only: spawned ones would re-run the benchmark's module top level
    try:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
            pool.submit(int, 1).result()
            started = time.perf_counter()
            pool.submit(_spin, n).result()
            one = time.perf_counter() - started
            started = time.perf_counter()
            list(pool.map(_spin, [n, n]))
            two = time.perf_counter() - started
        return 2 * one / two
    except Exception:  # noqa: BLE001 - a figure for the record, never a reason to fail a benchmark
        return float("nan")


def run_at_feed_time() -> None:
    """Run the workstation's clock from the generated feeds' time (``feeds.EPOCH``, January 2025) on: their items
    are the news of the last days to it, as in a fetch round, and the radar reads every one of them (beside today's
    news on the real clock they would be an archive two years old, which the radar leaves out: ``--archive``)."""
    from feeds import EPOCH

    from workstation.core import clock

    started = time.monotonic()
    clock.set_clock(lambda: EPOCH + dt.timedelta(seconds=time.monotonic() - started))


def print_machine() -> None:
    info = machine()
    info["parallel_speedup_2_procs"] = f"{parallel_speedup():.2f}"
    print("machine: " + "; ".join(f"{k}={v}" for k, v in info.items()), flush=True)


def table(rows: list[list], header: list[str]) -> str:
    """A plain Markdown table, so output can be pasted into docs/PERFORMANCE.md."""
    cells = [[str(c) for c in header]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(cells[0], widths, strict=True)) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in cells[1:]]
    return "\n".join(lines)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"

