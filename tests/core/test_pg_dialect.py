"""SQLite's constructs as the team workspace writes them for PostgreSQL (db/pg_dialect.py), each meaning what it means
in SQLite. The suites run on a team workspace with WORKSTATION_TEST_ENGINE=postgresql; these show the writing."""

from workstation.core.db.pg_dialect import statement


def test_a_cross_join_with_a_condition_is_an_inner_join():
    # SQLite's CROSS JOIN ... ON keeps the planner's join order; PostgreSQL has no condition on a CROSS JOIN.
    assert statement("SELECT items.id FROM sources CROSS JOIN items ON items.source_id = sources.id") == \
        "SELECT items.id FROM sources JOIN items ON items.source_id = sources.id"
    assert statement("SELECT 1 FROM a CROSS JOIN b") == "SELECT 1 FROM a CROSS JOIN b"


def test_a_blob_literal_is_bytes():
    assert statement("UPDATE captures SET warc = x'00ff'") == "UPDATE captures SET warc = CAST('\\x00ff' AS BYTEA)"


def test_like_ignores_case_as_in_sqlite_and_keeps_its_not_and_escape():
    assert statement("SELECT 1 FROM s WHERE folder LIKE ? ESCAPE '\\' AND name NOT LIKE 'a%'") == \
        "SELECT 1 FROM s WHERE folder ILIKE %s ESCAPE '\\' AND name NOT ILIKE 'a%%'"
