"""Deterministic RSS/Atom feeds that look like Kazakh and Russian news sites, for the ingest and fetch benchmarks.

Each item has a Kazakh, Russian or English title, an HTML description of a few paragraphs with absolute and
relative links and an <img> (about 1-2 KB of UTF-8), a date with the site's offset, and usually a guid. Most feeds
are RSS 2.0 in UTF-8; one in ten is Atom; a few Russian ones are windows-1251 with an XML declaration, as old
Russian-language sites still publish them.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import random
from dataclasses import dataclass
from pathlib import Path

from _common import Vocabulary, paragraph, pick_lang, title

EPOCH = dt.datetime(2025, 1, 6, 5, 0, tzinfo=dt.timezone.utc)
SECTIONS = ["news", "politics", "economy", "society", "incidents", "sport", "culture", "regions"]
SITE_NAMES = {"kk": ["Ақпарат", "Дала жаңалықтары", "Егемен", "Қазақ үні", "Түркістан ақшамы", "Жас Алаш"],
              "ru": ["Новости Казахстана", "Степной вестник", "Городской портал", "Деловой курс", "Вечерний город"],
              "en": ["Steppe Times", "Astana Herald", "Central Asia Wire"]}


@dataclass
class FeedSpec:
    index: int
    host: str
    lang: str
    kind: str  # rss | atom
    encoding: str  # utf-8 | windows-1251
    name: str


def feed_specs(count: int, *, seed: int = 1, feeds_per_site: int = 4) -> list[FeedSpec]:
    rng = random.Random(seed)
    specs = []
    for index in range(count):
        site = index // feeds_per_site
        site_rng = random.Random(seed * 1_000_003 + site)  # every feed of a site shares its language and host
        lang = pick_lang(site_rng)
        kind = "atom" if rng.random() < 0.10 else "rss"
        encoding = "windows-1251" if lang == "ru" and kind == "rss" and rng.random() < 0.10 else "utf-8"
        name = f"{site_rng.choice(SITE_NAMES[lang])} {site} — {SECTIONS[index % feeds_per_site]}"
        specs.append(FeedSpec(index, f"www.site{site}.kz", lang, kind, encoding, name))
    return specs


def _item_html(rng: random.Random, vocab: Vocabulary, lang: str, host: str, item_id: int) -> str:
    paragraphs = []
    for number in range(rng.randint(2, 4)):
        text = html.escape(paragraph(rng, vocab, lang, rng.randint(100, 250)))
        words = text.split(" ")
        if number == 0 and len(words) > 6:
            tag = words[3]
            words[3] = f'<a href="/tag/{item_id % 97}">{tag}</a>'  # relative link
        if number == 1 and len(words) > 8:
            words[6] = f'<a href="https://www.gov.kz/memleket/entities/{rng.randint(1, 300)}">{words[6]}</a>'
            words[2] = f"<strong>{words[2]}</strong>"
        paragraphs.append("<p>" + " ".join(words) + "</p>")
    img = (f'<p><img src="/uploads/2025/{1 + item_id % 12:02d}/{item_id}.jpg" alt="{html.escape(words[0])}" '
           f'width="640" height="360"></p>')
    paragraphs.insert(1, img)
    if rng.random() < 0.3:
        paragraphs.append(f'<p>Источник: <a href="https://t.me/s/channel{item_id % 50}">Telegram</a></p>'
                          if lang == "ru" else f'<p><a href="/news/{item_id - 1}">{html.escape(words[-1])}</a></p>')
    return "\n".join(paragraphs)


def feed_bytes(spec: FeedSpec, items: int, vocab: Vocabulary, *, seed: int = 1, start_id: int = 0,
               now: dt.datetime = EPOCH) -> bytes:
    """One feed document of ``items`` items, newest first; the same spec and seed give the same bytes."""
    rng = random.Random(seed * 7919 + spec.index)
    offset = dt.timedelta(hours=5 if spec.index % 3 else 6)
    zone = dt.timezone(offset)
    base = f"https://{spec.host}"
    section = spec.name.rsplit(" ", 1)[-1]
    entries = []
    moment = now
    for n in range(items):
        item_id = spec.index * 100_000 + start_id + items - n
        moment -= dt.timedelta(minutes=rng.randint(3, 240))
        head = html.escape(title(rng, vocab, spec.lang))
        body = _item_html(rng, vocab, spec.lang, spec.host, item_id)
        tracking = "?utm_source=rss&utm_medium=feed" if rng.random() < 0.3 else ""
        link = f"{base}/{section}/{item_id}-{rng.randint(1000, 9999)}{tracking}"
        guid = f"{spec.host}-{item_id}" if rng.random() < 0.7 else None
        local = moment.astimezone(zone)
        if spec.kind == "atom":
            entries.append(
                f"<entry><title>{head}</title><link rel=\"alternate\" href=\"{html.escape(link)}\"/>"
                f"<id>{guid or 'tag:' + spec.host + ',2025:' + str(item_id)}</id>"
                f"<published>{local.isoformat()}</published><updated>{local.isoformat()}</updated>"
                f"<author><name>{html.escape(title(rng, vocab, spec.lang)[:30])}</name></author>"
                f"<summary type=\"html\">{html.escape(body)}</summary></entry>")
        else:
            guid_xml = f"<guid isPermaLink=\"false\">{guid}</guid>" if guid else ""
            category = f"<category>{html.escape(vocab.sample(rng, spec.lang, 1)[0])}</category>"
            entries.append(
                f"<item><title>{head}</title><link>{html.escape(link)}</link>{guid_xml}"
                f"<pubDate>{email.utils.format_datetime(local)}</pubDate>{category}"
                f"<description><![CDATA[{body}]]></description></item>")
    joined = "\n".join(entries)
    if spec.kind == "atom":
        doc = (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
               f'xml:lang="{spec.lang}"><title>{html.escape(spec.name)}</title>'
               f'<link rel="alternate" href="{base}/"/><link rel="self" href="{base}/{section}/atom.xml"/>'
               f"<id>{base}/{section}</id><updated>{now.isoformat()}</updated>\n{joined}\n</feed>\n")
    else:
        doc = (f'<?xml version="1.0" encoding="{spec.encoding}"?>\n<rss version="2.0"><channel>'
               f"<title>{html.escape(spec.name)}</title><link>{base}/</link>"
               f"<description>{html.escape(spec.name)}</description><language>{spec.lang}</language>"
               f"<lastBuildDate>{email.utils.format_datetime(now)}</lastBuildDate>\n{joined}\n</channel></rss>\n")
    return doc.encode(spec.encoding, errors="xmlcharrefreplace")


def write_feeds(folder: Path, count: int, items: int, *, seed: int = 1) -> list[Path]:
    """Write ``count`` feed files into ``folder`` (kept between runs: regenerated only when missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / f".complete-{count}x{items}-s{seed}-v1"
    specs = feed_specs(count, seed=seed)
    paths = [folder / f"feed{spec.index:04d}.{'atom' if spec.kind == 'atom' else 'rss'}.xml" for spec in specs]
    if marker.exists() and all(p.exists() for p in paths):
        return paths
    vocab = Vocabulary()
    for spec, path in zip(specs, paths, strict=True):
        path.write_bytes(feed_bytes(spec, items, vocab, seed=seed))
    marker.write_text("ok\n")
    return paths
