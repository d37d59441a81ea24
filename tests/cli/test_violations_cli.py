"""Violations on the command line: a defanged address in any common style is accepted and stored live."""

import json

import pytest

from tests.support.engines import reading


def stored_urls(db_path):
    with reading(db_path) as conn:
        return [r[0] for r in conn.execute("SELECT url FROM violations ORDER BY id")]


def test_violation_pasted_with_capital_xx_and_bracketed_dot_is_stored_live(run, db_path):
    code, out, err = run("violations", "add", "hXXps://evil[.]kz/x", "--type", "phishing")
    assert code == 0, err
    assert out.split("\t")[1].strip() == "hxxps://evil[.]kz/x"
    assert stored_urls(db_path) == ["https://evil.kz/x"]


@pytest.mark.parametrize("pasted, stored", [
    ("hxxps://evil(dot)kz/x", "https://evil.kz/x"),
    ("hxxp[://]evil[.]kz", "http://evil.kz/"),
    ("hxxps[:]//evil{.}kz/x", "https://evil.kz/x"),
    ("HXXPS://EVIL[dot]KZ/x", "https://evil.kz/x"),
    ("<hxxps://evil[.]kz/x?utm_source=tg>", "https://evil.kz/x"),
    ("evil[.]kz/x", "http://evil.kz/x"),
])
def test_other_defanging_styles_are_accepted_the_same_way(run, db_path, pasted, stored):
    code, out, err = run("violations", "add", pasted, "--type", "phishing", "--json")
    assert code == 0, err
    assert json.loads(out)["url"] == stored
    assert stored_urls(db_path) == [stored]


def test_the_same_address_defanged_differently_is_one_violation(run):
    assert run("violations", "add", "hXXps://evil[.]kz/x", "--type", "phishing")[0] == 0
    code, _, err = run("violations", "add", "hxxps://evil(dot)kz/x", "--type", "phishing")
    assert code == 1 and "already recorded as violation 1" in err


def test_bulk_import_reads_every_style_through_the_same_parser(run, db_path, tmp_path):
    listing = tmp_path / "report.csv"
    listing.write_text("url,seen\nhXXps://evil[.]kz/x,today\nhxxps[:]//bonus(dot)kz/a,today\n"
                       "hxxps://evil(.)kz/x,again\nn/a,never\n", encoding="utf-8")
    code, out, err = run("violations", "import", str(listing), "--type", "phishing", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert len(result["created"]) == 2 and result["invalid"] == ["n/a,never"]
    assert [d["url"] for d in result["duplicates"]] == ["hxxps://evil[.]kz/x"]
    assert stored_urls(db_path) == ["https://evil.kz/x", "https://bonus.kz/a"]


def test_closing_without_a_reason_speaks_of_the_violation_not_of_a_case(run):
    run("violations", "add", "hxxps://evil[.]kz/x", "--type", "phishing")
    code, _, err = run("violations", "close", "1", "--reason", " ")
    assert code == 2
    assert err.strip() == "workstation: closing a violation as unfounded needs a reason (--reason)"
    assert "case" not in err
