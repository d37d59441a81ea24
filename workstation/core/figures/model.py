"""The figures of a period as typed, frozen data: one class per group, composed into ``Figures``.

``Figures.to_json`` is the one place that turns them into the `stats --json` document (README.md, "Statistics"):
each group's fields are declared in the document's key order, so the JSON follows from the declarations. A field
whose metadata names another key is written under that key ("from", a Python keyword); a field marked
``json=False`` (the tag names) serves the screens and the PDF and is not part of the document.

Mappings are read-only views (``MappingProxyType``), so a frozen figure cannot be changed through its dicts either.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Generic, TypeVar

Row = TypeVar("Row")

_NOT_IN_JSON = {"json": False}


def frozen_map(pairs: Mapping[str, Any] | Iterable[tuple[str, Any]] = ()) -> Mapping[str, Any]:
    """A read-only mapping that keeps the order it was given (the order is the ranking the JSON shows)."""
    return MappingProxyType(dict(pairs))


@dataclass(frozen=True)
class Period:
    """[since, until) in UTC text: whole local days of the analyst's zone."""

    since: str = field(metadata={"json": "from"})
    until: str = field(metadata={"json": "to"})


@dataclass(frozen=True)
class MonthCount:
    month: str  # YYYY-MM in the analyst's zone
    count: int


@dataclass(frozen=True)
class Refutations:
    """Fake cases refuted in the period (once each), per local month and per category key."""

    total: int
    per_month: tuple[MonthCount, ...]
    by_category: Mapping[str, int]


@dataclass(frozen=True)
class Violations:
    """Violations found in the period: closed as unfounded ones are out of every figure but ``unfounded``."""

    total: int
    by_type: Mapping[str, int]
    phishing_and_fraud: int
    phishing_share: float | None
    by_status: Mapping[str, int]
    unfounded: int  # detected in the period and closed as unfounded: not in total, by_type, shares or by_status


@dataclass(frozen=True)
class Notices:
    sent: int
    removed_in_time: int
    removed_late: int
    not_removed: int
    pending: int
    share_removed_in_time: float | None
    median_hours_to_removal: float | None


@dataclass(frozen=True)
class PlatformNotices:
    """Notices sent in the period to one platform's representative (Facebook/Instagram, VK, YouTube, TikTok…)."""

    platform: str
    notices: int
    removed_in_time: int
    median_hours_to_removal: float | None


@dataclass(frozen=True)
class GoldenHour:
    limit_minutes: int
    resonant_cases: int
    answered: int
    answered_in_time: int
    pending: int
    share_in_time: float | None
    median_minutes_to_first_response: float | None

    @property
    def late(self) -> int:
        """Answered after the limit, or still unanswered once it has passed."""
        return self.resonant_cases - self.answered_in_time - self.pending


@dataclass(frozen=True)
class Restrictions:
    ordered: int
    lifted: int
    by_platform: Mapping[str, int]
    by_domain: Mapping[str, int]


@dataclass(frozen=True)
class SourceCount:
    source_id: int  # 0 for items of removed sources
    source: str
    count: int


@dataclass(frozen=True)
class Items:
    total: int
    by_language: Mapping[str, int]
    by_source: tuple[SourceCount, ...]


@dataclass(frozen=True)
class FakeSource:
    source: str
    source_id: int | None  # None for items of removed sources
    cases: int


@dataclass(frozen=True)
class Briefings:
    briefings: int
    briefings_by_body: Mapping[str, int]
    plan_items: int
    plan_done: int
    plan_done_on_time: int
    plan_moved: int
    plan_cancelled: int


@dataclass(frozen=True)
class StateBody:
    state_body: str
    publications: int
    refutations: int
    resonant_cases: int
    answered_in_time: int


@dataclass(frozen=True)
class MediaOrigin:
    domestic: int
    foreign: int
    unknown: int
    domestic_share: float | None


@dataclass(frozen=True)
class TagName:
    """A tag's names in the three languages (empty where none was given)."""

    en: str
    ru: str
    kk: str

    def in_language(self, lang: str) -> str:
        return {"en": self.en, "ru": self.ru, "kk": self.kk}.get(lang, "")


@dataclass(frozen=True)
class Figures:
    """Every figure of a period: what `stats --json` prints, the dashboard shows and the PDF states."""

    period: Period
    refutations: Refutations
    fakes_by_category: Mapping[str, int]
    violations: Violations
    notices: Notices
    golden_hour: GoldenHour
    restrictions: Restrictions
    items: Items
    top_sources_of_fakes: tuple[FakeSource, ...]
    briefings: Briefings
    state_bodies: tuple[StateBody, ...]
    media_origin: MediaOrigin
    platforms: tuple[PlatformNotices, ...]
    fakes_by_source_category: Mapping[str, int]
    # The names of the tags the figures are keyed by, so that what shows them needs no database.
    tag_names: Mapping[str, TagName] = field(default_factory=frozen_map, metadata=_NOT_IN_JSON)

    def to_json(self) -> dict[str, Any]:
        """The `stats --json` document (plain dicts, lists and numbers, in the documented key order)."""
        return _plain(self)


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.metadata.get("json") or f.name: _plain(getattr(value, f.name))
                for f in dataclasses.fields(value) if f.metadata.get("json", True) is not False}
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    return value


# --- what the PDF summary lists beside the figures -------------------------------------------------------------


@dataclass(frozen=True)
class Refutation:
    """One refutation of a fake case, as the reports list it under the case."""

    published_at: str
    url: str
    channel: str = ""


@dataclass(frozen=True)
class RefutedCase:
    """A fake case refuted in the period, listed once, with its refutations of the period (oldest first)."""

    case_id: int
    title: str
    refutations: tuple[Refutation, ...]


@dataclass(frozen=True)
class OverdueNotice:
    url_defanged: str
    recipient: str
    deadline_at: str


@dataclass(frozen=True)
class Listing(Generic[Row]):
    """The first rows of a long list (a summary stops at a cap) and how many there are in all."""

    rows: tuple[Row, ...]
    total: int


@dataclass(frozen=True)
class Letterhead:
    """Who the document is from, as the workspace settings name it (empty where not set)."""

    organisation: str = ""
    unit: str = ""
    author: str = ""
    contact: str = ""
    signature: str = ""  # the signer's block, e.g. "Head of the unit  A. Surname" (may hold several lines)


@dataclass(frozen=True)
class Summary:
    """Everything the PDF summary prints: the figures, the lists, the zone of its dates and its moment."""

    figures: Figures
    tz: dt.tzinfo
    as_of: dt.datetime  # "now" for the golden hour and overdue notices; the PDF's generation time
    refuted_cases: Listing[RefutedCase]  # total: the cases refuted in the period
    overdue_notices: Listing[OverdueNotice]
    letterhead: Letterhead = field(default_factory=Letterhead)
    zone_name: str = ""  # the IANA name of ``tz`` when it has one, as the methodology names it
    # Audit entries claiming a time in the period that were recorded more than a day later (`audit late`).
    entered_late: int = 0
