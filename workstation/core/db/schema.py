"""The schema, as forward-only migration steps. ``PRAGMA user_version`` is the number of steps applied.

Never edit a step that has shipped: add a new one. Each step runs in one transaction, so a crash
mid-migration leaves the previous version intact. tests/core/test_migrations.py builds a database at
every earlier version, fills it, and migrates it to the latest.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

from sqlite_utils import Database

from workstation.core.db import audit

# A step is a list of SQL statements, or of functions for what SQL alone cannot do (hashing existing rows).
Statement = str | Callable[[Database], None]

# Step 1: sources, items and the full-text index (the headless core).
_V1 = [
    """
    CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('rss', 'site', 'telegram', 'youtube', 'file')),
        url TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        folder TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT 'media',
        language TEXT NOT NULL DEFAULT '',
        site_url TEXT,
        selectors TEXT,
        interval_minutes INTEGER NOT NULL DEFAULT 60,
        encoding_override TEXT,
        etag TEXT,
        last_modified TEXT,
        last_fetch_at TEXT,
        last_ok_at TEXT,
        error_count INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        last_error_key TEXT,
        last_error_params TEXT,
        retry_after TEXT,
        enabled INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL
    )
    """,
    "CREATE UNIQUE INDEX sources_url ON sources(url)",
    """
    CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
        guid TEXT,
        url TEXT,
        canonical_url TEXT,
        title TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        published_at TEXT NOT NULL,
        published_offset INTEGER,
        date_known INTEGER NOT NULL DEFAULT 1,
        first_seen_at TEXT NOT NULL,
        fetched_at TEXT NOT NULL,
        updated_at TEXT,
        content_html TEXT NOT NULL DEFAULT '',
        content_text TEXT NOT NULL DEFAULT '',
        lang TEXT NOT NULL DEFAULT '',
        content_hash TEXT NOT NULL,
        read INTEGER NOT NULL DEFAULT 0,
        starred INTEGER NOT NULL DEFAULT 0
    )
    """,
    "CREATE INDEX items_source_guid ON items(source_id, guid)",
    "CREATE INDEX items_source_canonical ON items(source_id, canonical_url)",
    "CREATE INDEX items_source_hash ON items(source_id, content_hash)",
    "CREATE INDEX items_published ON items(published_at)",
    "CREATE INDEX items_source_published ON items(source_id, published_at)",
    # The index holds case- and keyboard-folded text (see textfold.py); rowid is items.id.
    "CREATE VIRTUAL TABLE items_fts USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 0')",
]

# Step 2: the analyst's layer over items: tags, watch rules, saved searches, alerts, the audit log.
_V2 = [
    """
    CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('fake_category', 'violation_type', 'topic', 'custom')),
        name_en TEXT NOT NULL DEFAULT '',
        name_ru TEXT NOT NULL DEFAULT '',
        name_kk TEXT NOT NULL DEFAULT '',
        shortcut TEXT,
        created_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE item_tags (
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        analyst TEXT NOT NULL DEFAULT '',
        rule_id INTEGER,
        created_at TEXT NOT NULL,
        PRIMARY KEY (item_id, tag_id)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX item_tags_tag ON item_tags(tag_id, item_id)",
    """
    CREATE TABLE watch_rules (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL UNIQUE,
        query TEXT NOT NULL,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        alert INTEGER NOT NULL DEFAULT 0,
        enabled INTEGER NOT NULL DEFAULT 1,
        analyst TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE saved_searches (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL UNIQUE,
        query TEXT NOT NULL,
        filters TEXT,
        created_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE alerts (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        created_at TEXT NOT NULL,
        item_id INTEGER REFERENCES items(id) ON DELETE CASCADE,
        rule_id INTEGER REFERENCES watch_rules(id) ON DELETE SET NULL,
        message TEXT NOT NULL DEFAULT '',
        seen INTEGER NOT NULL DEFAULT 0
    )
    """,
    "CREATE INDEX alerts_unseen ON alerts(seen, created_at)",
    """
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        at TEXT NOT NULL,
        analyst TEXT NOT NULL DEFAULT '',
        entity TEXT NOT NULL,
        entity_id INTEGER,
        entity_uuid TEXT,
        action TEXT NOT NULL,
        old TEXT,
        new TEXT
    )
    """,
    "CREATE INDEX audit_entity ON audit_log(entity, entity_id, id)",
    "CREATE TABLE workspace_meta (key TEXT PRIMARY KEY, value TEXT)",
]

# Step 3: indexes that keep the desktop's list fast at a million items, whatever the sort or filter.
_V3 = [
    "CREATE INDEX items_title ON items(title COLLATE NOCASE)",
    "CREATE INDEX items_lang_published ON items(lang, published_at)",
    "CREATE INDEX items_unread_published ON items(published_at) WHERE read = 0",
    "CREATE INDEX items_starred_published ON items(published_at) WHERE starred = 1",
    "CREATE INDEX items_first_seen ON items(first_seen_at)",
    "CREATE INDEX items_source_read ON items(source_id, read)",
]

# Step 4: fake cases, the items where a claim appeared, preserved evidence, refutations and statements.
_V4 = [
    """
    CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        claim TEXT NOT NULL DEFAULT '',
        category_tag_id INTEGER REFERENCES tags(id) ON DELETE SET NULL,
        status TEXT NOT NULL DEFAULT 'new'
            CHECK (status IN ('new', 'verifying', 'confirmed', 'refuted', 'dismissed')),
        dismiss_reason TEXT,
        resonant INTEGER NOT NULL DEFAULT 0,
        detected_at TEXT NOT NULL,
        first_response_at TEXT,
        analyst TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX cases_status ON cases(status, detected_at)",
    "CREATE INDEX cases_detected ON cases(detected_at)",
    """
    CREATE TABLE case_items (
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE RESTRICT,
        added_at TEXT NOT NULL,
        analyst TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (case_id, item_id)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX case_items_item ON case_items(item_id)",
    """
    CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        item_id INTEGER REFERENCES items(id) ON DELETE RESTRICT,
        case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
        url TEXT,
        title TEXT NOT NULL DEFAULT '',
        raw_html TEXT NOT NULL DEFAULT '',
        raw_text TEXT NOT NULL DEFAULT '',
        captured_at TEXT NOT NULL,
        analyst TEXT NOT NULL DEFAULT '',
        sha256 TEXT NOT NULL
    )
    """,
    "CREATE INDEX evidence_item ON evidence(item_id)",
    "CREATE INDEX evidence_case ON evidence(case_id)",
    # Evidence is written once: an UPDATE is refused by the database itself, not only by our code.
    """
    CREATE TRIGGER evidence_is_immutable BEFORE UPDATE ON evidence
    BEGIN SELECT RAISE(ABORT, 'evidence is immutable'); END
    """,
    """
    CREATE TABLE refutations (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        kind TEXT NOT NULL DEFAULT 'refutation' CHECK (kind IN ('refutation', 'statement')),
        published_at TEXT NOT NULL,
        channel TEXT NOT NULL,
        url TEXT NOT NULL DEFAULT '',
        publisher TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        analyst TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX refutations_case ON refutations(case_id, published_at)",
    "CREATE INDEX refutations_published ON refutations(published_at)",
    "ALTER TABLE alerts ADD COLUMN case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE",
]

# Step 5: violations, removal notices with their deadlines, access restrictions, recipients, legal bases.
_V5 = [
    """
    CREATE TABLE legal_bases (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        key TEXT NOT NULL UNIQUE,
        name_en TEXT NOT NULL,
        name_ru TEXT NOT NULL,
        name_kk TEXT NOT NULL,
        deadline_hours REAL NOT NULL DEFAULT 6
    )
    """,
    """
    CREATE TABLE platform_contacts (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        domains TEXT NOT NULL DEFAULT '',
        contact TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
    )
    """,
    """
    CREATE TABLE violations (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        url TEXT NOT NULL,
        canonical_url TEXT NOT NULL,
        host TEXT NOT NULL,
        domain TEXT NOT NULL,
        platform_id INTEGER REFERENCES platform_contacts(id) ON DELETE SET NULL,
        item_id INTEGER REFERENCES items(id) ON DELETE RESTRICT,
        type_tag_id INTEGER REFERENCES tags(id) ON DELETE SET NULL,
        legal_basis_id INTEGER REFERENCES legal_bases(id) ON DELETE SET NULL,
        status TEXT NOT NULL DEFAULT 'detected' CHECK (status IN ('detected', 'notice_sent', 'removed',
            'not_removed', 'restriction_requested', 'restricted', 'lifted', 'unfounded')),
        removed_in_time INTEGER,
        closed_reason TEXT,
        target_organisation TEXT NOT NULL DEFAULT '',
        detected_at TEXT NOT NULL,
        analyst TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX violations_canonical ON violations(canonical_url)",
    "CREATE INDEX violations_domain ON violations(domain)",
    "CREATE INDEX violations_status ON violations(status, detected_at)",
    "CREATE INDEX violations_detected ON violations(detected_at)",
    "CREATE INDEX violations_item ON violations(item_id)",
    """
    CREATE TABLE notices (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        violation_id INTEGER NOT NULL REFERENCES violations(id) ON DELETE CASCADE,
        recipient_id INTEGER REFERENCES platform_contacts(id) ON DELETE SET NULL,
        recipient TEXT NOT NULL,
        method TEXT NOT NULL DEFAULT 'email',
        sent_at TEXT NOT NULL,
        deadline_at TEXT NOT NULL,
        outcome TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'removed', 'not_removed')),
        resolved_at TEXT,
        text TEXT NOT NULL DEFAULT '',
        analyst TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX notices_open ON notices(outcome, deadline_at)",
    "CREATE INDEX notices_violation ON notices(violation_id)",
    "CREATE INDEX notices_sent ON notices(sent_at)",
    """
    CREATE TABLE restrictions (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        violation_id INTEGER NOT NULL REFERENCES violations(id) ON DELETE CASCADE,
        requested_at TEXT NOT NULL,
        order_ref TEXT,
        ordered_at TEXT,
        lifted_at TEXT,
        analyst TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX restrictions_violation ON restrictions(violation_id)",
    "ALTER TABLE evidence ADD COLUMN violation_id INTEGER REFERENCES violations(id) ON DELETE CASCADE",
    "CREATE INDEX evidence_violation ON evidence(violation_id)",
]

# Step 6: what the statistics need: state bodies and countries of sources and cases, briefings, the media plan,
# (items per source and language in a period come from running counts, step 7).
_V6 = [
    "ALTER TABLE sources ADD COLUMN state_body TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE sources ADD COLUMN country TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN state_body TEXT NOT NULL DEFAULT ''",
    """
    CREATE TABLE briefings (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        held_at TEXT NOT NULL,
        state_body TEXT NOT NULL DEFAULT '',
        speakers TEXT NOT NULL DEFAULT '',
        topics TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        analyst TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX briefings_held ON briefings(held_at)",
    """
    CREATE TABLE media_plan_events (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        planned_at TEXT NOT NULL,
        state_body TEXT NOT NULL DEFAULT '',
        topic TEXT NOT NULL DEFAULT '',
        channel TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'moved', 'cancelled')),
        done_at TEXT,
        analyst TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX media_plan_planned ON media_plan_events(planned_at)",
]

def _count_item(row: str, delta: int) -> str:
    """SQL adding ``delta`` to the day and month counts of an item row (``new`` or ``old``) inside a trigger."""
    values = f"coalesce({row}.source_id, 0), {row}.lang, {delta}"
    return (f"INSERT INTO item_counts (day, source_id, lang, n) VALUES (substr({row}.first_seen_at, 1, 10), {values}) "
            f"ON CONFLICT (day, source_id, lang) DO UPDATE SET n = n + ({delta}); "
            f"INSERT INTO item_counts_month (month, source_id, lang, n) VALUES (substr({row}.first_seen_at, 1, 7), "
            f"{values}) ON CONFLICT (month, source_id, lang) DO UPDATE SET n = n + ({delta});")


# Step 7: running counts of items per UTC day, source and language, kept by triggers, so the dashboard's
# "items per source and language" for a year reads a few hundred thousand small rows, not a million items;
# and a covering index for violations by type and status in a period.
_V7 = [
    """
    CREATE TABLE item_counts (
        day TEXT NOT NULL,
        source_id INTEGER NOT NULL,
        lang TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (day, source_id, lang)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE item_counts_month (
        month TEXT NOT NULL,
        source_id INTEGER NOT NULL,
        lang TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (month, source_id, lang)
    ) WITHOUT ROWID
    """,
    f"""
    CREATE TRIGGER item_counts_insert AFTER INSERT ON items BEGIN
        {_count_item("new", 1)}
    END
    """,
    f"""
    CREATE TRIGGER item_counts_delete AFTER DELETE ON items BEGIN
        {_count_item("old", -1)}
    END
    """,
    f"""
    CREATE TRIGGER item_counts_update AFTER UPDATE OF source_id, lang, first_seen_at ON items
    WHEN old.source_id IS NOT new.source_id OR old.lang != new.lang OR old.first_seen_at != new.first_seen_at
    BEGIN
        {_count_item("old", -1)}
        {_count_item("new", 1)}
    END
    """,
    """
    INSERT INTO item_counts (day, source_id, lang, n)
    SELECT substr(first_seen_at, 1, 10), coalesce(source_id, 0), lang, count(*) FROM items GROUP BY 1, 2, 3
    """,
    """
    INSERT INTO item_counts_month (month, source_id, lang, n)
    SELECT substr(day, 1, 7), source_id, lang, sum(n) FROM item_counts GROUP BY 1, 2, 3
    """,
    "CREATE INDEX violations_detected_type_status ON violations(detected_at, type_tag_id, status)",
    "CREATE INDEX notices_sent_outcome ON notices(sent_at, outcome, deadline_at, resolved_at)",
    "CREATE INDEX refutations_kind_published ON refutations(kind, published_at, case_id)",
    # Finding the source of thousands of case items without reading their (large) item rows.
    "CREATE INDEX items_id_source ON items(id, source_id)",
    # The list sorted by language or by source name pages through these instead of sorting a million rows.
    "CREATE INDEX items_lang ON items(lang)",
    "CREATE INDEX items_source ON items(source_id)",
    "CREATE INDEX sources_name ON sources(name COLLATE NOCASE, id)",
    # Hours from a notice to its outcome, kept by triggers: the median time to removal over a year of notices
    # is then a sort of numbers, not tens of thousands of date computations.
    "ALTER TABLE notices ADD COLUMN hours_to_outcome REAL",
    "UPDATE notices SET hours_to_outcome = (julianday(resolved_at) - julianday(sent_at)) * 24 "
    "WHERE resolved_at IS NOT NULL",
    """
    CREATE TRIGGER notices_hours_insert AFTER INSERT ON notices WHEN new.resolved_at IS NOT NULL BEGIN
        UPDATE notices SET hours_to_outcome = (julianday(new.resolved_at) - julianday(new.sent_at)) * 24
        WHERE id = new.id;
    END
    """,
    """
    CREATE TRIGGER notices_hours_update AFTER UPDATE OF resolved_at, sent_at ON notices BEGIN
        UPDATE notices SET hours_to_outcome = (julianday(new.resolved_at) - julianday(new.sent_at)) * 24
        WHERE id = new.id;
    END
    """,
    "DROP INDEX notices_sent_outcome",
    "CREATE INDEX notices_sent_outcome ON notices(sent_at, outcome, deadline_at, resolved_at, hours_to_outcome)",
    # What the last successful read of a source contained, so an unchanged body (a server without ETag, a
    # re-imported file) is not parsed again.
    "ALTER TABLE sources ADD COLUMN body_sha256 TEXT",
]



def _chain_existing_audit(db: Database) -> None:
    """Entries written before the chain existed: recorded when claimed (nothing better is known), then chained."""
    previous = audit.GENESIS
    rows = db.execute(f"SELECT id, {', '.join(audit.CHAINED)} FROM audit_log ORDER BY id").fetchall()
    for values in rows:
        entry = dict(zip(("id", *audit.CHAINED), values, strict=True))
        entry["recorded_at"] = entry["recorded_at"] or entry["at"]
        entry["prev_hash"] = previous
        previous = audit.entry_hash(entry)
        db.execute("UPDATE audit_log SET recorded_at = ?, prev_hash = ?, hash = ? WHERE id = ?",
                   [entry["recorded_at"], entry["prev_hash"], previous, entry["id"]])


# Step 8: the audit log becomes append-only and hash-chained, with the system time of recording beside the
# claimed time; entries can only be appended by the workstation (a hash is required).
_V8: list[Statement] = [
    "ALTER TABLE audit_log ADD COLUMN recorded_at TEXT",
    "ALTER TABLE audit_log ADD COLUMN prev_hash TEXT",
    "ALTER TABLE audit_log ADD COLUMN hash TEXT",
    _chain_existing_audit,
    """
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
    """,
    """
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
    """,
    """
    CREATE TRIGGER audit_log_chained_insert BEFORE INSERT ON audit_log
    WHEN new.hash IS NULL OR new.prev_hash IS NULL OR new.recorded_at IS NULL
    BEGIN SELECT RAISE(ABORT, 'audit entries must be chained'); END
    """,
]

# Step 9: a source that arrived from outside (OPML, bundle) pointing at a local file, loopback or private network
# is held disabled with the reason (a urls.LOCAL_* key) until an analyst enables it.
_V9: list[Statement] = [
    "ALTER TABLE sources ADD COLUMN held_reason TEXT",
]

# Step 10: signed bundles and merging by the workflow. The keys this workspace trusts (its own among them, whose
# private half lives in the user's data folder); the version of each case and violation both sides last shared
# (so an import can tell "only they changed it" from "both changed it"); and the conflicts kept for an analyst.
_V10: list[Statement] = [
    """
    CREATE TABLE trusted_keys (
        id INTEGER PRIMARY KEY,
        fingerprint TEXT NOT NULL UNIQUE,
        public_key TEXT,
        name TEXT NOT NULL DEFAULT '',
        own INTEGER NOT NULL DEFAULT 0,
        trusted_by TEXT NOT NULL DEFAULT '',
        trusted_at TEXT NOT NULL,
        how TEXT NOT NULL CHECK (how IN ('own', 'fingerprint', 'file', 'bundle'))
    )
    """,
    """
    CREATE TABLE record_bases (
        entity TEXT NOT NULL,
        uuid TEXT NOT NULL,
        base_hash TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (entity, uuid)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE merge_conflicts (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        entity_uuid TEXT NOT NULL,
        incoming_uuid TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('both_changed', 'transition')),
        detail TEXT NOT NULL DEFAULT '',
        ours TEXT NOT NULL,
        theirs TEXT NOT NULL,
        theirs_hash TEXT NOT NULL,
        signer TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        resolved_at TEXT,
        resolution TEXT CHECK (resolution IN ('ours', 'theirs')),
        resolved_by TEXT
    )
    """,
    "CREATE INDEX merge_conflicts_record ON merge_conflicts(entity, entity_id, resolved_at)",
]

# Step 11: a notice lists one or more violations (a ministry sends one notice per site or platform listing many
# addresses), each with its own outcome; and the time the recipient received it, from which the deadline runs.
# notices.violation_id stays as the first listed violation; every existing notice gets its one link row.
_V11: list[Statement] = [
    "ALTER TABLE notices ADD COLUMN received_at TEXT",
    """
    CREATE TABLE notice_violations (
        notice_id INTEGER NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
        violation_id INTEGER NOT NULL REFERENCES violations(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        outcome TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'removed', 'not_removed')),
        resolved_at TEXT,
        PRIMARY KEY (notice_id, violation_id)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX notice_violations_violation ON notice_violations(violation_id, outcome)",
    "INSERT INTO notice_violations (notice_id, violation_id, position, outcome, resolved_at) "
    "SELECT id, violation_id, 0, outcome, resolved_at FROM notices",
    # A notice written by other means (a merged bundle) lists at least its first violation, and a notice listing
    # one violation keeps that violation's outcome equal to its own.
    """
    CREATE TRIGGER notices_first_listed AFTER INSERT ON notices BEGIN
        INSERT OR IGNORE INTO notice_violations (notice_id, violation_id, position, outcome, resolved_at)
        VALUES (new.id, new.violation_id, 0, new.outcome, new.resolved_at);
    END
    """,
    """
    CREATE TRIGGER notices_single_outcome AFTER UPDATE OF outcome, resolved_at ON notices
    WHEN (SELECT count(*) FROM notice_violations WHERE notice_id = new.id) = 1 BEGIN
        UPDATE notice_violations SET outcome = new.outcome, resolved_at = new.resolved_at WHERE notice_id = new.id;
    END
    """,
]

# Step 12: word forms beside the exact words. The full-text table gains the normalised form of each word of the title
# and the text (analysis.forms); a workspace that already has items keeps its exact index as items_fts_exact, which
# search still reads, until `db reindex` (or the desktop, in the background) has moved every item over. Also a random
# per-workspace key for the hashes of card numbers in entity keys (analysis.entities card_key).
def _forms_index(db: Database) -> None:
    if db.execute("SELECT 1 FROM items_fts LIMIT 1").fetchone():
        db.execute("ALTER TABLE items_fts RENAME TO items_fts_exact")
    else:
        db.execute("DROP TABLE items_fts")
    db.execute("CREATE VIRTUAL TABLE items_fts USING fts5(title, text, title_forms, text_forms, "
               "tokenize = 'unicode61 remove_diacritics 0')")
    db.execute("INSERT OR REPLACE INTO workspace_meta (key, value) VALUES ('forms_version', '1')")
    db.execute("INSERT OR IGNORE INTO workspace_meta (key, value) VALUES ('card_key', ?)", [secrets.token_hex(16)])


_V12: list[Statement] = [_forms_index]

# Step 13: counting rules (docs/FIGURES.md). Each item attached to a case has a role: an appearance (a copy of the
# fake; what "top sources of fakes" and ClaimReview count), a refutation, or context; items attached before are
# appearances. A restriction records the kind of order it rests on: '' after a notice whose deadline passed without
# removal, 'court' or 'authority' for an explicit order without one.
_V13: list[Statement] = [
    "ALTER TABLE case_items ADD COLUMN role TEXT NOT NULL DEFAULT 'appearance' "
    "CHECK (role IN ('appearance', 'refutation', 'context'))",
    "ALTER TABLE restrictions ADD COLUMN order_type TEXT NOT NULL DEFAULT '' "
    "CHECK (order_type IN ('', 'court', 'authority'))",
]

# Step 14: captures of a violation's page (violations/capture.py): the WARC of every request and response in the
# chain plus the page's images and stylesheets, a picture rendered from it, and the connection's facts, sealed and
# immutable like evidence; captures waiting for the network; liveness checks, append-only too.
_V14: list[Statement] = [
    """
    CREATE TABLE captures (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        violation_id INTEGER NOT NULL REFERENCES violations(id),
        url TEXT NOT NULL,
        final_url TEXT NOT NULL,
        http_status INTEGER,
        ip TEXT NOT NULL DEFAULT '',
        redirects TEXT NOT NULL DEFAULT '[]',
        tls TEXT NOT NULL DEFAULT '{}',
        headers TEXT NOT NULL DEFAULT '[]',
        page_sha256 TEXT NOT NULL,
        page_text TEXT NOT NULL DEFAULT '',
        subresources TEXT NOT NULL DEFAULT '{}',
        warc BLOB NOT NULL,
        warc_sha256 TEXT NOT NULL,
        screenshot BLOB,
        screenshot_sha256 TEXT,
        screenshot_note TEXT NOT NULL DEFAULT '',
        captured_at TEXT NOT NULL,
        analyst TEXT NOT NULL DEFAULT '',
        sha256 TEXT NOT NULL
    )
    """,
    "CREATE INDEX captures_violation ON captures(violation_id, id)",
    """
    CREATE TRIGGER captures_no_update BEFORE UPDATE ON captures
    BEGIN SELECT RAISE(ABORT, 'captures are immutable'); END
    """,
    """
    CREATE TRIGGER captures_no_delete BEFORE DELETE ON captures
    BEGIN SELECT RAISE(ABORT, 'captures are immutable'); END
    """,
    """
    CREATE TABLE capture_requests (
        id INTEGER PRIMARY KEY,
        violation_id INTEGER NOT NULL UNIQUE REFERENCES violations(id) ON DELETE CASCADE,
        requested_at TEXT NOT NULL,
        analyst TEXT NOT NULL DEFAULT '',
        attempts INTEGER NOT NULL DEFAULT 0,
        last_attempt_at TEXT,
        last_error TEXT NOT NULL DEFAULT '',
        last_error_key TEXT NOT NULL DEFAULT ''
    )
    """,
    """
    CREATE TABLE liveness_checks (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        violation_id INTEGER NOT NULL REFERENCES violations(id),
        capture_id INTEGER REFERENCES captures(id),
        checked_at TEXT NOT NULL,
        outcome TEXT NOT NULL,
        http_status INTEGER,
        final_url TEXT NOT NULL DEFAULT '',
        ip TEXT NOT NULL DEFAULT '',
        content_sha256 TEXT NOT NULL DEFAULT '',
        similarity REAL,
        suggestion TEXT NOT NULL CHECK (suggestion IN ('removed', 'still_online', 'unclear')),
        error TEXT NOT NULL DEFAULT '',
        analyst TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX liveness_checks_violation ON liveness_checks(violation_id, id)",
    """
    CREATE TRIGGER liveness_checks_no_update BEFORE UPDATE ON liveness_checks
    BEGIN SELECT RAISE(ABORT, 'liveness checks are immutable'); END
    """,
    """
    CREATE TRIGGER liveness_checks_no_delete BEFORE DELETE ON liveness_checks
    BEGIN SELECT RAISE(ABORT, 'liveness checks are immutable'); END
    """,
]

STEPS: list[list[Statement]] = [_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8, _V9, _V10, _V11, _V12, _V13, _V14]
# The triggers that protect records; `db check` reports any that is missing (dropped by another tool).
PROTECTIVE_TRIGGERS = ("evidence_is_immutable", "audit_log_no_update", "audit_log_no_delete",
                       "audit_log_chained_insert", "captures_no_update", "captures_no_delete",
                       "liveness_checks_no_update", "liveness_checks_no_delete")
LATEST = len(STEPS)


def migrate(db: Database, target: int | None = None) -> None:
    """Apply the missing steps up to ``target`` (default: the latest), each in its own transaction."""
    target = len(STEPS) if target is None else target
    current = db.execute("PRAGMA user_version").fetchone()[0]
    for number in range(current + 1, target + 1):
        with db.atomic():
            # Read again inside the (IMMEDIATE) transaction: another program opening the same new file may have
            # applied this step while we waited for the lock.
            if db.execute("PRAGMA user_version").fetchone()[0] >= number:
                continue
            for statement in STEPS[number - 1]:
                if callable(statement):
                    statement(db)
                else:
                    db.execute(statement)
            db.execute(f"PRAGMA user_version = {number}")
