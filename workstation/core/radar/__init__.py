"""The resonance radar: new items grouped into stories as they arrive, stories and watches (rules, tags, sources)
counted per hour against the same hour of the last 28 days, and one alert per rising story that opens a resonant
case with the golden-hour clock started at the spike.

- ``features``: an item's event time (publication time when plausible, never later than first seen) and its keys
  (MinHash bands of its word forms; pairs of its specific entities across Kazakh, Russian and scripts), which
  ``analysis.story_keys`` works out (in ingest's worker processes for the items ingest stores);
- ``cluster``: putting items into stories, the hourly counts per rule, tag and source;
- ``spikes``: the band (score = standard deviations above the same hour's mean, spread read as Poisson at
  least), the minimum count and sources of a spike, growth steps, the watches' bands;
- ``stories``: the list the Radar dock and ``workstation radar`` show;
- ``alerts``: radar alerts (one per story per growth step), mutes, ``open_case``;
- ``run``: ``update`` (called by ``workspace.triage`` for every ingest path) and ``rebuild``.

API (stable, used by the desktop's Radar dock and benchmarks/bench_radar.py). Against the brief: nothing renamed
or reshaped; added ``story`` (one story, as ``stories`` lists it), ``stories(min_items=)``, ``watches``,
``rebuild``, ``get_alert``, ``mutes``, and extra keys in the dicts (listed below).

    update(db, item_ids, now=None) -> list[alert dict]
    stories(db, now=None, *, limit=100, spiking_only=False, min_items=2) -> list[story dict]
    story(db, story_id, now=None) -> story dict
    radar_alerts(db, include_handled=False) -> list[alert dict]
    open_case(db, story_id, *, title=None, analyst="") -> case id
    mute(db, *, story_id=None, source_id=None, analyst="") / unmute(...)
    handle_alert(db, alert_id, analyst="")
    watches(db, now=None) -> list[watch dict]      rebuild(db, *, days=28, now=None) -> {items, stories, alerts}

A story dict: id, title, item_count, source_count, sources (names), source_ids, languages, first_seen, last_seen,
last_hour, last_hour_sources, baseline_mean, baseline_sd, score, ratio, spike, level, views, views_last_hour,
muted, alert_id, refuted_case_id, case_id, item_ids. An alert dict: id, story_id, raised_at, level, title,
last_hour, baseline_mean, baseline_sd, score, sources, languages, refuted_case_id, refutation (the case's latest
refutation: published_at, channel, url, publisher, text; or None), handled_at, handled_by, case_id.
"""

from workstation.core.radar.alerts import get_alert, handle_alert, mute, mutes, open_case, radar_alerts, unmute
from workstation.core.radar.run import rebuild, update
from workstation.core.radar.spikes import watches
from workstation.core.radar.stories import stories, story

__all__ = ["get_alert", "handle_alert", "mute", "mutes", "open_case", "radar_alerts", "rebuild", "stories", "story",
           "unmute", "update", "watches"]
