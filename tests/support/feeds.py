"""Small RSS documents for the tests that fetch or import many items (the concurrency and disk-full tests)."""

from __future__ import annotations


def rss(prefix: str, items: int) -> bytes:
    """An RSS 2.0 feed of ``items`` short Kazakh and Russian items whose guids and links start with ``prefix``."""
    entries = "".join(
        f"<item><title>{prefix} жаңалық {n}: әкімдік хабарлады</title><link>https://news.example/{prefix}/{n}</link>"
        f"<guid>{prefix}-{n}</guid><pubDate>Mon, 06 Jan 2025 10:{n % 60:02d}:00 +0500</pubDate>"
        f"<description>Ақпарат {prefix} {n}. Толығырақ сайтта. Подробнее на сайте.</description></item>"
        for n in range(items))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Лента {prefix}</title>'
            f"{entries}</channel></rss>").encode()
