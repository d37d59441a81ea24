"""Errors an analyst may see, as message keys with parameters.

The core never imports Qt, yet the desktop must show these messages in Kazakh, Russian or English.
Each error therefore carries a stable key and its parameters; ``str()`` gives the English text
(used by the command line and stored in the database), and the desktop translates the same
template through Qt Linguist (context ``core``), filling in the parameters itself.
"""

from __future__ import annotations

import json
from typing import Any

# English templates. The desktop's translation test checks that each one is translated.
MESSAGES: dict[str, str] = {
    # store
    "db.unreadable": "cannot open the database {path}: {reason}",
    "db.locked": "the database {path} is locked by another program; try again in a moment",
    "db.damaged": "the database {path} is damaged: {reason}",
    "db.too_new": "the database {path} was written by a newer version of the workstation (schema {found} > {known})",
    "db.not_found": "no {what} with id {id}",
    "db.full": "the disk holding {path} is full: nothing more could be stored; free some space and try again",
    "db.read_only": "the workspace {path} is open read-only: changes cannot be saved",
    "db.read_only_old": "the workspace {path} is read-only and needs an upgrade (schema {found} to {known}), which "
                        "cannot be done read-only: copy it to a writable folder and open it there",
    "db.read_only_unsaved": "the workspace {path} is read-only and its last changes are still in {journal}, which "
                            "cannot be read without writing: open it once from a writable folder",
    "db.missing": "there is no workspace at {path}",
    "db.damaged_body": "the stored text of item {id} cannot be read ({reason}): another program changed it; restore "
                       "the workspace from a backup",
    # team workspace (PostgreSQL)
    "team.unreachable": "cannot reach the team workspace {url}: {reason}",
    "team.not_allowed": "{user} may not make this change in the team workspace ({reason}); ask a supervisor",
    "team.needs_init": "the team workspace {url} is not ready (schema {found} of {known}): the administrator runs "
                       "`workstation db init-team` on it",
    "team.unsupported": "the team workspace cannot run this: {what}",
    "team.bad_role": "unknown role {role}: use one of {roles}",
    "team.bad_user": "not a usable user name: {name}",
    "team.changed": "{what} {id} was changed by {by} at {at} since you opened it: reload it to see their change, "
                    "then make yours again",
    "team.only_team": "this works on a team workspace (postgresql://...) only",
    "team.server_backup": "the team workspace {url} lives on its server and is backed up there (pg_dump, by the "
                          "server's administrator); this command works on a workspace file",
    # search
    "search.empty": "the search query is empty",
    "search.unclosed_quote": "a phrase is missing its closing quote (\")",
    "search.unbalanced": "the parentheses in the query do not match",
    "search.dangling_operator": "{op} needs a search term on both sides",
    "search.leading_not": "NOT needs a term before it, for example: банк NOT кредит",
    "search.empty_group": "empty parentheses in the query",
    "search.invalid": "the search query is not valid: {reason}",
    "search.too_deep": "the query nests brackets or fields more than {limit} deep; write it flatter",
    # sources
    "source.bad_url": "not a usable address: {url}",
    "source.bad_kind": "unknown source kind {kind}: use rss, site, telegram, youtube or file",
    "source.duplicate": "this source is already in the workspace (id {id})",
    "source.needs_selectors": "a site source needs at least an item selector",
    # why a source from outside (OPML, a bundle) waits disabled for an analyst: the keys of urls.local_reason
    "local.file": "held: it reads a file on this computer",
    "local.scheme": "held: it is not a web address (http or https)",
    "local.host": "held: it names this computer or a local network",
    "local.address": "held: its address is this computer or a private network",
    # fetch
    "fetch.timeout": "timed out after {seconds} s",
    "fetch.connect_timeout": "no connection after {seconds} s",
    "fetch.refused": "connection refused",
    "fetch.dns": "host not found: {host}",
    "fetch.tls": "secure connection failed: {reason}",
    "fetch.http": "HTTP {status}",
    "fetch.too_many_redirects": "more than {limit} redirects",
    "fetch.too_large": "response larger than {limit_mib} MiB",
    "fetch.connection": "connection failed: {reason}",
    "fetch.bad_encoding": "the server sent a body it could not decode ({encoding})",
    "fetch.file_missing": "file not found: {path}",
    "fetch.file_unreadable": "cannot read file {path}: {reason}",
    "fetch.backoff": "waiting until {until} after {count} failures in a row",
    # parse
    "parse.html_not_feed": "not a feed: HTML page",
    "parse.empty": "empty response",
    "parse.not_feed": "not a feed: {reason}",
    "parse.hostile_xml": "refused: the document uses XML entity tricks",
    "parse.no_items": "no items found with the selectors",
    "parse.bad_selector": "invalid CSS selector {selector}",
    "parse.bad_opml": "not a valid OPML file: {reason}",
    "opml.too_deep": "the OPML file nests outlines more than {limit} deep; nothing was imported",
    "opml.bad_outline": "OPML outline {number} \"{title}\" ({address}): {reason}; nothing was imported",
    # tags and rules
    "tag.unknown": "no tag called {tag}: see `tags list`",
    "tag.bad_kind": "unknown tag kind {kind}: use fake_category, violation_type, topic or custom",
    "tag.empty_name": "a tag needs a name",
    "tag.exists": "a tag called {tag} already exists",
    "rule.exists": "a watch rule called {name} already exists",
    "rule.empty_name": "a watch rule needs a name",
    "probe.empty_name": "a saved search needs a name",
    # cases and refutations
    "case.empty_title": "a case needs a title",
    "case.bad_category": "{category} is not a fake category: see `tags list --kind fake_category`",
    "case.bad_status": "unknown status {status}: use {allowed}",
    "case.bad_transition": "a case that is {old} cannot become {new}; it can become: {allowed}",
    "case.reason_required": "dismissing a case needs a reason (--reason)",
    "case.needs_refutation": "a case is refuted by recording its refutation (refutations add)",
    "case.bad_item_role": "unknown item role {role}: use {allowed}",
    "radar.mute_target": "name one story or one source (--story ID or --source ID)",
    "refutation.bad_channel": "unknown channel {channel}: use {allowed}",
    "refutation.bad_kind": "unknown response kind {kind}: use refutation or statement",
    "refutation.dismissed_case": "this case was dismissed as not a fake: reopen it before recording a refutation",
    # violations and notices
    "violation.bad_type": "{type} is not a violation type: see `tags list --kind violation_type`",
    "violation.duplicate": "this address is already recorded as violation {id}: {url}",
    "violation.bad_status": "unknown status {status}: use {allowed}",
    "violation.bad_transition": "a violation that is {old} cannot become {new}; it can become: {allowed}",
    "violation.reason_required": "closing a violation as unfounded needs a reason (--reason)",
    "violation.import_needs_type": "a list of addresses needs the violations' type (--type); a register CSV with a "
                                   "url column and per-row columns does not",
    # captures and liveness checks of a violation's page
    "capture.local_address": "refused: the page led to a local file, loopback or private address ({url})",
    "capture.none": "violation {id} has no capture yet: capture its page first (`violations capture {id}`)",
    "capture.out_exists": "{path} already exists; choose another file",
    "notice.bad_method": "unknown method {method}: use {allowed}",
    "notice.empty_recipient": "a recipient needs a name",
    "notice.already_resolved": "notice {id} is already resolved ({outcome})",
    "notice.before_sent": "the outcome cannot be earlier than the notice was sent",
    "notice.received_before_sent": "a notice cannot be received before it was sent",
    "notice.no_violations": "a notice lists at least one violation",
    "notice.incomplete": "the notice was not recorded as sent: it lacks {fields}. Fill them in (workspace settings, "
                         "the platform directory or the addressee's address) and send it again",
    "notice.not_listed": "violation {violation} is not listed in notice {id}",
    "notice.nothing_pending": "notice {id} has no address awaiting its outcome",
    "notice.not_overdue": "notice {id} is still within its deadline ({deadline}); escalate after it passes",
    "figures.bad_time": "the figures were not computed: {record} holds in {field} {value}, which is not a time: "
                        "another program changed it (db check shows the changes); restore the record from a backup, "
                        "then ask again",
    "plan.bad_status": "unknown media plan status {status}: use {allowed}",
    # workspace exchange
    "bundle.unreadable": "not a readable workspace bundle: {reason}",
    "bundle.tampered": "the bundle was altered after export and was not imported ({count} problems; first: {first})",
    "bundle.invalid": "the bundle was not imported: {where}: {problem}",
    "bundle.bad_signature": "the bundle's signature does not match its manifest: it was altered after signing or "
                            "forged; nothing was imported",
    "bundle.odd_value": "the bundle was not written: {table} record {record} holds in {field} a value the workstation "
                        "never writes ({kind}), as another program may leave; correct the record and export again",
    "bundle.unknown_signer": "the bundle is signed by a key this workspace does not trust: {name}, fingerprint "
                             "{fingerprint}; nothing was imported. Check the fingerprint with the sender, then "
                             "trust it (keys trust FINGERPRINT) or import with --trust",
    "keys.unreadable": "cannot use the key {path}: {reason}",
    "keys.bad_key": "not a key fingerprint (64 hexadecimal digits) or a key or bundle file: {value}",
    "conflict.resolved": "conflict {id} is already resolved (kept {resolution})",
    "conflict.cannot_keep_theirs": "conflict {id}: their version cannot be kept: {reason}",
    "restriction.no_ground": "violation {id} has had no notice: restriction follows a notice whose deadline passed "
                             "without removal, or an explicit order (--order-type court|authority --order REF)",
    "restriction.bad_order_type": "unknown order type {order_type}: use {allowed}",
    "restriction.order_needs_ref": "a {order_type} order needs its reference (--order REF)",
    "settings.unknown": "no such workspace setting: {name} (settings: {allowed})",
    "settings.bad_number_format": "an outgoing number format needs {{seq}} (the register's number within the year) "
                                  "and may use {{year}}, for example 04-2/{{seq}}: {value}",
    # the workspace check (``db.integrity``, ``db check`` and the desktop's), one problem a line; what SQLite says
    # itself ({detail}) stays in its own words
    "check.storage": "storage: {detail}",
    "check.index": "full-text index: {detail}",
    "check.index_missing": "full-text index: {count} items are not in it",
    "check.index_stale": "full-text index: {count} rows of items that no longer exist",
    "check.foreign_key": "foreign key broken: {table} row {row} -> {parent}",
    "check.trigger": "protective trigger {name} is missing (removed by another tool)",
    "check.audit_removed": "audit entry {id}: the entry before it was removed or changed",
    "check.audit_changed": "audit entry {id}: its content was changed after it was recorded",
    "check.seal": "evidence {id} ({url}, captured {at}): its content no longer matches its seal",
    "check.seal_no_url": "evidence {id} (no address, captured {at}): its content no longer matches its seal",
    "check.capture": "capture {id} of violation {violation} ({url}, captured {at}): its WARC, picture or record no "
                     "longer matches its seal",
    "check.body": "item {id}: its stored text cannot be read ({reason})",
    "check.more_bodies": "and {count} more items whose stored text cannot be read",
    "check.time": "{table} #{record}: {column} holds {value}, which is no time",
    "check.more_times": "and {count} more times that are no time",
    "check.bundle_seal": "evidence {uuid}: content does not match its seal",
    "check.bundle_member": "{name}: content does not match its SHA-256 in the signed manifest",
    # why an item's stored text cannot be read (``db.bodies``), besides what zlib or the UTF-8 decoder says
    "body.unknown_format": "item body of unknown format {format}",
    "body.cut_short": "item body cut short",
    "body.not_packed": "a {kind}, not a packed body",
    # why a backup cannot be restored (``db.snapshot``: "db.damaged")
    "backup.not_backup": "it is not a workspace backup",
    "backup.format": "it was written in backup format {format}, which this version cannot read",
    "backup.header": "its header cannot be read",
    "backup.incomplete": "it is incomplete (cut short, perhaps by a full disk or an interrupted copy)",
    "backup.digests_checksum": "its list of page digests does not match its checksum",
    "backup.digests_unreadable": "its list of page digests cannot be read",
    "backup.digests_length": "its list of page digests has the wrong length",
    "backup.copy_changed": "the copy changed while it was being read",
    "backup.checksum": "its contents do not match its checksum (a damaged or altered file)",
    "backup.base_missing": "it builds on the earlier backup {base}, which is missing",
    "backup.base_replaced": "it builds on an earlier backup {base} that has since been replaced",
    "backup.loop": "its chain of earlier backups loops",
    "backup.not_sqlite": "not an SQLite database",
    # why a search query cannot be read ("search.invalid")
    "search.needs_term": "{field}: needs a term after it",
    "search.empty_phrase": "empty phrase",
    "search.not_for_team": "cannot read {query} for PostgreSQL",
    "search.column_colon": "a column filter needs ':'",
    "search.no_column": "no column {column}",
    "search.unexpected": "unexpected {token}",
    # why a key file cannot be used ("keys.unreadable"), why an OPML file or one of its outlines is refused
    "keys.not_ed25519": "not an Ed25519 key",
    "keys.not_ours": "it is not this workspace's key",
    "keys.not_public": "not an Ed25519 public key",
    "opml.empty": "empty document",
    "opml.no_body": "no <opml><body>",
    "opml.bad_kind": "wsKind {value} is not one of {kinds}",
    "opml.bad_category": "wsCategory {value} is not one of {categories}",
    "opml.bad_interval": "wsInterval is not a whole number of minutes",
    "opml.bad_encoding": "wsEncoding {value} is not a known character encoding",
    "opml.selectors_not_json": "wsSelectors is not JSON",
    "opml.selectors_not_css": "wsSelectors is not an object of CSS selectors",
    "fetch.cancelled": "stopped before it finished",
    # a row of a briefings or media-plan table that was skipped, and why
    "csv.row": "line {line}: {reason}",
    # where a bundle is malformed and how ("bundle.invalid"); field names and values stay as the bundle has them
    "bundle.at_line": "{file} line {line}",
    "bundle.not_utf8": "not UTF-8 text",
    "bundle.not_flat": "not a flat JSON object",
    "bundle.bad_json": "bad JSON ({reason})",
    "bundle.not_object": "not a JSON object",
    "bundle.field_twice": "a field appears twice",
    "bundle.row_too_long": "a row longer than {mib} MiB",
    "bundle.too_many_rows": "more than {limit} rows",
    "bundle.unknown_field": "unknown field {field}",
    "bundle.missing": "{name} is missing",
    "bundle.not_uuid_ref": "{name} is not a UUID: {value}",
    "bundle.not_key_ref": "{name} is not a key: {value}",
    "bundle.not_sha256": "{name} is not a SHA-256: {value}",
    "bundle.null": "{name} may not be empty (null)",
    "bundle.not_text": "{name} should be text, not {value}",
    "bundle.not_integer": "{name} should be integer, not {value}",
    "bundle.not_number": "{name} should be real, not {value}",
    "bundle.not_choice": "{name} {value} is not one of {choices}",
    "bundle.not_time": "{name} is not a time: {value}",
    "bundle.dangling": "{name} {value} is neither in the bundle nor in this workspace",
    "bundle.key_twice": "key {value} is empty or appears twice",
    "bundle.uuid_twice": "uuid {uuid} appears twice",
    "bundle.no_scheme": "url {value} has no scheme",
    "bundle.selectors_not_json": "selectors are not JSON",
    "bundle.selectors_not_texts": "selectors are not a JSON object of texts",
    "bundle.unusable_url": "url {value} is not a usable address",
    "bundle.listed_twice": "notice {notice} lists violation {violation} twice",
    "bundle.unknown_entity": "entity {value} is not one the audit log records",
    "bundle.not_json": "{name} is not JSON",
    # generic
    "arg.bad_date": "not a date: {value} (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)",
    "arg.bad_period": "the period ends before it starts: {last} is before {first}",
    "arg.bad_zone": "unknown time zone: {zone}",
    "arg.tag_no_change": "name a tag to add or to remove (--add TAG, --remove TAG)",
}


class WorkstationError(Exception):
    """An error with a message key, its parameters, and English text for logs and the command line."""

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(render(key, params))


def render(key: str, params: dict[str, Any]) -> str:
    template = MESSAGES.get(key, key)
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


class Problem(str):
    """One thing found wrong (the workspace check's lines): the English line itself, as the command line prints it,
    with its message key and parameters, from which the desktop writes it in the interface language."""

    key: str
    params: dict[str, Any]

    def __new__(cls, key: str, **params: Any) -> Problem:
        line = super().__new__(cls, render(key, params))
        line.key, line.params = key, params
        return line


# How a Problem (or an error) given as a parameter is kept when parameters are stored as JSON (a source's last
# error): its key and parameters, so that it can be written in the interface language when read back.
_STORED_PROBLEM = "problem_key"


def params_to_json(params: dict[str, Any]) -> str:
    """An error's parameters as JSON text; a Problem or error among them keeps its key (``params_from_json``).
    Values JSON has no type for are kept as their text."""
    return json.dumps({name: _storable(value) for name, value in params.items()}, ensure_ascii=False, default=str)


def _storable(value: Any) -> Any:
    if isinstance(value, Problem | WorkstationError):
        return {_STORED_PROBLEM: value.key, "params": {name: _storable(v) for name, v in value.params.items()}}
    return value


def params_from_json(text: str | None) -> dict[str, Any]:
    """Parameters stored by ``params_to_json`` (or as plain JSON before it), with their Problems back."""
    return {name: _restored(value) for name, value in json.loads(text or "{}").items()}


def _restored(value: Any) -> Any:
    if isinstance(value, dict) and isinstance(value.get(_STORED_PROBLEM), str):
        return Problem(value[_STORED_PROBLEM], **{name: _restored(v) for name, v in value.get("params", {}).items()})
    return value


class BadArgument(WorkstationError):
    """A value the caller gave that is wrong whatever the workspace holds: a date that is not a date, a period
    that ends before it starts, an empty title, a status or kind outside its list.

    Kept apart from failed operations (an unknown id, a refused transition, a locked database) because the
    command line answers the two differently: exit 2 for this, exit 1 for those.
    """


class NotFound(WorkstationError):
    def __init__(self, what: str, id: object) -> None:  # noqa: A002 - "id" is the analyst's word
        super().__init__("db.not_found", what=what, id=id)
