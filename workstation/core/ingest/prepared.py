"""Making parsed items ready to store, before any lock is taken and away from the database: what deduplication
matches them by, and (in a worker process, ``ingest.pool``) their full-text rows and compressed bodies.

Pure computation: nothing here loads sqlite-utils or opens a database, so that the worker processes reading feeds
start without them."""

from __future__ import annotations

from dataclasses import dataclass

from workstation.core.analysis.forms import ItemForms, word_forms
from workstation.core.db.bodies import pack
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.normalize import content_hash
from workstation.core.textfold import fold
from workstation.core.urls import canonical_url

# Long texts are indexed only up to this many characters: enough to find an article by any of its
# paragraphs, while keeping the index of a million items within a laptop's disk.
INDEX_TEXT_CHARS = 20_000


def index_row(title: str, text: str, lang: str | None, *, forms: ItemForms | None = None
              ) -> tuple[str, str, str, str]:
    """What the full-text index stores for an item: folded title and text, and the forms of their words (``forms``
    when they were made already, by ``item_forms`` with ``text_chars=INDEX_TEXT_CHARS``)."""
    text = text[:INDEX_TEXT_CHARS]
    if forms is None:
        return fold(title), fold(text), " ".join(word_forms(title, lang)), " ".join(word_forms(text, lang))
    return fold(title), fold(text), " ".join(forms.title), " ".join(forms.text)


@dataclass(frozen=True)
class Prepared:
    """A draft with what deduplication matches it by, worked out before any lock is taken."""

    draft: ItemDraft
    guid: str | None
    canonical: str | None
    digest: str
    index: tuple[str, str, str, str] | None = None  # the full-text row, when worked out before storing
    body: bytes | None = None  # the compressed body (db.bodies.pack), when worked out before storing


def prepare(drafts: list[ItemDraft], *, with_index: bool = False, forms: list[ItemForms] | None = None
            ) -> list[Prepared]:
    """Guids, canonical URLs and content hashes of a feed's drafts (pure computation, no database).

    ``with_index`` also works out each full-text row (folded text, word forms: most of storing's CPU) and compressed
    body, which a worker process does for the writer (``ingest.pool``); otherwise the writer does it for new and
    changed items only; ``forms`` are the drafts' word forms when they were made already (``item_forms``)."""
    seen_guids: set[str] = set()
    prepared = []
    for position, draft in enumerate(drafts):
        guid = (draft.guid or "").strip() or None
        if guid in seen_guids:
            guid = None  # a feed that repeats one guid for different entries: fall back to URL and hash
        if guid:
            seen_guids.add(guid)
        index = index_row(draft.title, draft.content_text, draft.lang or '',
                          forms=forms[position] if forms else None) if with_index else None
        body = pack(draft.content_html, draft.content_text) \
            if with_index and (draft.content_html or draft.content_text) else None
        prepared.append(Prepared(draft, guid, canonical_url(draft.url), content_hash(draft.title, draft.content_text),
                                 index, body))
    return prepared
