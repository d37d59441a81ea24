"""An item as a parser produced it, before it meets the store."""

from __future__ import annotations

from dataclasses import dataclass

from workstation.core.dates import ParsedDate


@dataclass
class ItemDraft:
    title: str
    url: str | None = None
    guid: str | None = None
    author: str = ""
    published: ParsedDate | None = None
    content_html: str = ""  # already sanitized
    content_text: str = ""
    lang: str = ""
    views: int | None = None  # a Telegram post's view count on the preview page, when it shows one
