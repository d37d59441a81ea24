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

# Step 15: official notices (legal-basis citation forms, outgoing numbers).
# A legal basis carries its citation in the grammatical form each notice sentence needs: the paragraph it rests on
# (Kazakh genitive before «талаптарына сәйкес», Russian instrumental after «В соответствии с», English as cited) and
# the article access is restricted under (Kazakh and Russian dative, before «сәйкес» and after «согласно»); the
# seeded basis of the Law "On Communications" gets its forms here, a basis without them is named as missing in a
# notice. A notice gains its outgoing number from the unit's register (number_year and number_seq: sequential per
# year, never reused), the addressee's address or e-mail and the language it was written in. Notices sent before
# keep their stored text and have no number.
_KZ_COMMS = "kz.communications.41-1.3-1"
# The seeded taxonomy's names now follow the source document and docs/GLOSSARY.md (resources/taxonomy.json): a seeded
# tag whose names in all three languages are still the earlier defaults takes the new ones; a tag the analyst renamed
# in any language keeps the analyst's names. Key: (earlier en, ru, kk), (new en, ru, kk).
_SEEDED_TAG_RENAMES: dict[str, tuple[tuple[str, str, str], tuple[str, str, str]]] = {
    "fake.technology": (
        ("Technology and mobile communications", "Технологии и мобильная связь", "Технологиялар және ұялы байланыс"),
        ("Technology and cellular communications", "Технологии и сотовая связь", "Технологиялар және ұялы байланыс")),
    "fake.internet_fraud": (
        ("Internet fraud", "Интернет-мошенничество", "Интернеттегі алаяқтық"),
        ("Internet fraud", "Интернет-мошенничество", "Интернет кеңістігіндегі алаяқтық")),
    "violation.other_prohibited": (
        ("Other prohibited content", "Иной запрещённый контент", "Өзге де тыйым салынған контент"),
        ("Other information prohibited by law", "Иная запрещённая законом информация",
         "Заңмен тыйым салынған өзге де ақпарат")),
    "topic.resonant": (
        ("Resonant topic", "Резонансная тема", "Резонансты тақырып"),
        ("Negative or resonant topic", "Негативная или резонансная тема", "Жағымсыз немесе резонансты тақырып")),
}


def _rename_seeded_tags(db: Database) -> None:
    for key, (before, after) in _SEEDED_TAG_RENAMES.items():
        row = db.execute("SELECT id, name_en, name_ru, name_kk FROM tags WHERE key = ?", [key]).fetchone()
        if row is None or tuple(row[1:]) != before:
            continue
        db.execute("UPDATE tags SET name_en = ?, name_ru = ?, name_kk = ? WHERE id = ?", [*after, row[0]])
        names = ("name_en", "name_ru", "name_kk")
        audit.record(db, entity="tag", entity_id=row[0], action="rename", analyst="",
                     old=dict(zip(names, before, strict=True)), new=dict(zip(names, after, strict=True)))


_V15: list[Statement] = [
    *(f"ALTER TABLE legal_bases ADD COLUMN {column} TEXT NOT NULL DEFAULT ''"
      for column in ("cite_gen_kk", "cite_ins_ru", "cite_en", "article_dat_kk", "article_dat_ru", "article_en")),
    f"""
    UPDATE legal_bases SET
        cite_gen_kk = '«Байланыс туралы» Қазақстан Республикасының 2004 жылғы 5 шілдедегі № 567-II Заңының '
                      || '41-1-бабы 3-1-тармағының',
        cite_ins_ru = 'пунктом 3-1 статьи 41-1 Закона Республики Казахстан от 5 июля 2004 года № 567-II «О связи»',
        cite_en = 'paragraph 3-1 of article 41-1 of the Law of the Republic of Kazakhstan of 5 July 2004 '
                  || 'No. 567-II "On Communications"',
        article_dat_kk = '«Байланыс туралы» Қазақстан Республикасы Заңының 41-1-бабына',
        article_dat_ru = 'статье 41-1 Закона Республики Казахстан «О связи»',
        article_en = 'article 41-1 of the Law of the Republic of Kazakhstan "On Communications"'
    WHERE key = '{_KZ_COMMS}'
    """,
    "ALTER TABLE notices ADD COLUMN number TEXT",
    "ALTER TABLE notices ADD COLUMN number_year INTEGER",
    "ALTER TABLE notices ADD COLUMN number_seq INTEGER",
    "ALTER TABLE notices ADD COLUMN recipient_contact TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE notices ADD COLUMN lang TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX notices_register ON notices(number_year, number_seq)",
    _rename_seeded_tags,
]

# Step 16: the resonance radar (core/radar): stories that group new items, the keys that find an item's story
# (MinHash bands of its word forms, pairs of its entities), each item's event time in its story, hourly counts per
# watch rule, tag and source, Telegram view counts over time, radar alerts and mutes. Existing items are not
# clustered here (`radar rebuild`). Keys hold their item's event time as whole minutes since 1970 (narrow rows: a
# busy desk writes a few million a day). The story and key tables, millions of rows on a busy desk, hold item and case
# ids without foreign keys, so deleting a source's items never scans them (keys are pruned after two days; a story
# reads its items through radar_story_items, which follows items).
_V16: list[Statement] = [
    """
    CREATE TABLE radar_stories (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        first_item_id INTEGER,
        first_seen_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        item_count INTEGER NOT NULL DEFAULT 0,
        muted INTEGER NOT NULL DEFAULT 0,
        case_id INTEGER,
        refuted_case_id INTEGER,
        refuted_checked INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX radar_stories_last ON radar_stories(last_seen_at)",
    """
    CREATE TABLE radar_story_items (
        item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
        story_id INTEGER NOT NULL REFERENCES radar_stories(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        source_id INTEGER,
        lang TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX radar_story_items_story ON radar_story_items(story_id, at)",
    "CREATE INDEX radar_story_items_at ON radar_story_items(at, story_id)",
    """
    CREATE TABLE radar_keys (
        key INTEGER NOT NULL,
        story_id INTEGER NOT NULL,
        source_id INTEGER NOT NULL DEFAULT 0,
        lang TEXT NOT NULL DEFAULT '',
        slot INTEGER NOT NULL,
        item_id INTEGER NOT NULL,
        at INTEGER NOT NULL,
        PRIMARY KEY (key, story_id, source_id, lang, slot)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX radar_keys_at ON radar_keys(at)",
    """
    CREATE TABLE radar_entity_stories (
        key INTEGER NOT NULL,
        story_id INTEGER NOT NULL,
        at INTEGER NOT NULL,
        PRIMARY KEY (key, story_id)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX radar_entity_stories_at ON radar_entity_stories(at)",
    """
    CREATE TABLE radar_counts (
        kind TEXT NOT NULL CHECK (kind IN ('rule', 'tag', 'source')),
        ref INTEGER NOT NULL,
        hour TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (kind, ref, hour)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX radar_counts_hour ON radar_counts(hour)",
    """
    CREATE TABLE radar_count_sources (
        kind TEXT NOT NULL,
        ref INTEGER NOT NULL,
        hour TEXT NOT NULL,
        source_id INTEGER NOT NULL,
        PRIMARY KEY (kind, ref, hour, source_id)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE item_views (
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        seen_at TEXT NOT NULL,
        views INTEGER NOT NULL,
        PRIMARY KEY (item_id, seen_at)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE radar_alerts (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        story_id INTEGER NOT NULL REFERENCES radar_stories(id) ON DELETE CASCADE,
        raised_at TEXT NOT NULL,
        level INTEGER NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        last_hour INTEGER NOT NULL,
        baseline_mean REAL NOT NULL,
        baseline_sd REAL NOT NULL,
        score REAL NOT NULL,
        sources TEXT NOT NULL DEFAULT '[]',
        languages TEXT NOT NULL DEFAULT '[]',
        refuted_case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL,
        handled_at TEXT,
        handled_by TEXT NOT NULL DEFAULT '',
        case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL
    )
    """,
    "CREATE INDEX radar_alerts_story ON radar_alerts(story_id, raised_at)",
    "CREATE INDEX radar_alerts_open ON radar_alerts(handled_at, raised_at)",
    """
    CREATE TABLE radar_mutes (
        kind TEXT NOT NULL CHECK (kind IN ('story', 'source')),
        ref INTEGER NOT NULL,
        muted_at TEXT NOT NULL,
        analyst TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (kind, ref)
    ) WITHOUT ROWID
    """,
]

# Step 17: faster ingest. New items are added to the running counts by their writer, one statement per day, source
# and language of a batch (``ingest.dedup.count_new_items``), instead of two statements per item in a trigger
# (a third of the cost of storing an item: docs/PERFORMANCE.md, "Ingest and peers"). Deleting and moving items
# still count through triggers.
_V17: list[Statement] = [
    "DROP TRIGGER IF EXISTS item_counts_insert",
]

# Step 18: a workspace no larger than its content (docs/PERFORMANCE.md, "Size on disk"). Item bodies (HTML and text)
# move to their own table, compressed (core/db/bodies.py), so an item row is what the list, sorting and the figures
# read; the full-text index becomes contentless (no second, folded copy of every title and text: search reads only
# the index, and an item is taken out by ``ingest.dedup.unindex``). A workspace that has items keeps its index as
# items_fts_stored and its bodies in the item rows until ``items.compact`` (the desktop in the background, or
# `workstation db reindex`) has moved them a short transaction at a time; search and every reader of bodies read
# both places meanwhile. (The backup before any migration is taken by ``db.connect``.)
def _bodies_apart(db: Database) -> None:
    db.execute("CREATE TABLE item_bodies (item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE, "
               "body BLOB NOT NULL)")
    last = db.execute("SELECT max(id) FROM items").fetchone()[0]
    if last is not None:
        db.execute("ALTER TABLE items_fts RENAME TO items_fts_stored")
        db.execute("INSERT OR REPLACE INTO workspace_meta (key, value) VALUES ('bodies_moving_below', ?)",
                   [str(last + 1)])
    else:
        db.execute("DROP TABLE items_fts")
    db.execute("CREATE VIRTUAL TABLE items_fts USING fts5(title, text, title_forms, text_forms, content = '', "
               "tokenize = 'unicode61 remove_diacritics 0')")


_V18: list[Statement] = [_bodies_apart]

# Step 19: a version on each case and violation, raised by every change of the row, so that two analysts working
# the same record (a team workspace, or two programs on one file) never silently overwrite each other: a save
# names the version it was made on and is refused when the record has moved on (cases.workflow, team.changed).
_V19: list[Statement] = [
    "ALTER TABLE cases ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE violations ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
    """
    CREATE TRIGGER cases_version AFTER UPDATE ON cases WHEN new.version = old.version BEGIN
        UPDATE cases SET version = old.version + 1 WHERE id = new.id;
    END
    """,
    """
    CREATE TRIGGER violations_version AFTER UPDATE ON violations WHEN new.version = old.version BEGIN
        UPDATE violations SET version = old.version + 1 WHERE id = new.id;
    END
    """,
]

# Step 20: the radar's keys are written where they cost few pages (docs/PERFORMANCE.md, "The radar's writes at
# scale"). Keys are random 64-bit numbers, so each of an item's ~16 rows landed on its own page of radar_keys and of
# its index by time: at 80,000 items, 14 of the 30 pages a stored item wrote, and the entities' rows 2 more. New rows
# now go into the small radar_keys_new and radar_entity_stories_new, whose pages stay in the cache; each triage
# batch moves one key range of them (cluster.KEY_SLICES) into the large tables, where many rows then share each page
# written, and forgets that range's expired rows. Expiry no longer needs an index by time: it walks the same
# key range.
_V20: list[Statement] = [
    """
    CREATE TABLE radar_keys_new (
        key INTEGER NOT NULL,
        story_id INTEGER NOT NULL,
        source_id INTEGER NOT NULL DEFAULT 0,
        lang TEXT NOT NULL DEFAULT '',
        slot INTEGER NOT NULL,
        item_id INTEGER NOT NULL,
        at INTEGER NOT NULL,
        PRIMARY KEY (key, story_id, source_id, lang, slot)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE radar_entity_stories_new (
        key INTEGER NOT NULL,
        story_id INTEGER NOT NULL,
        at INTEGER NOT NULL,
        PRIMARY KEY (key, story_id)
    ) WITHOUT ROWID
    """,
    "DROP INDEX IF EXISTS radar_keys_at",
    "DROP INDEX IF EXISTS radar_entity_stories_at",
]

# A feed read only with repairs (not well-formed XML: feedparser's lenient reading, or what lxml recovered of it)
# may have lost items past the damage: what the parser said is kept on the source until a reading needs none, so the
# analyst sees which sources publish broken feeds.
_V21: list[Statement] = ["ALTER TABLE sources ADD COLUMN last_warning TEXT"]

STEPS: list[list[Statement]] = [_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8, _V9, _V10, _V11, _V12, _V13, _V14, _V15, _V16,
                                _V17, _V18, _V19, _V20, _V21]
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
