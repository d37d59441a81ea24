"""Hostile OPML lists and queries on the command line: one line on stderr, exit 1, nothing half-done."""

import json

import pytest

from tests.support.engines import reading


def source_urls(db_path):
    with reading(db_path) as conn:
        return [r[0] for r in conn.execute("SELECT url FROM sources ORDER BY id")]


def opml_file(tmp_path, body):
    path = tmp_path / "list.opml"
    path.write_text(f'<?xml version="1.0"?><opml version="2.0"><head/><body>{body}</body></opml>', encoding="utf-8")
    return str(path)


def test_an_opml_ten_thousand_levels_deep_is_one_line_and_exit_1(run, db_path, tmp_path):
    deep = '<outline text="f">' * 10_000 + '<outline text="x" xmlUrl="https://x.kz/rss"/>' + "</outline>" * 10_000
    code, out, err = run("sources", "import-opml", opml_file(tmp_path, deep))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and err.startswith("workstation: the OPML file nests outlines more than 50 deep")
    assert source_urls(db_path) == []


def test_a_bad_ws_selectors_writes_nothing(run, db_path, tmp_path):
    body = ('<outline text="A" xmlUrl="https://a.kz/rss"/><outline text="B" xmlUrl="https://b.kz/rss"/>'
            '<outline text="Gov" xmlUrl="https://gov.kz/news" wsKind="site" wsSelectors="{broken"/>')
    code, _, err = run("sources", "import-opml", opml_file(tmp_path, body))
    assert code == 1 and err.count("\n") == 1
    assert err == ('workstation: OPML outline 3 "Gov" (https://gov.kz/news): wsSelectors is not JSON; '
                   'nothing was imported\n')
    assert source_urls(db_path) == []


@pytest.mark.parametrize("content", ["<opml><body><outline", "", "not xml at all",
                                     '<!DOCTYPE x [<!ENTITY a "b">]><opml><body><outline text="&a;"/></body></opml>'])
def test_each_broken_opml_is_one_line_and_exit_1(run, db_path, tmp_path, content):
    path = tmp_path / "broken.opml"
    path.write_text(content, encoding="utf-8")
    code, _, err = run("sources", "import-opml", str(path))
    assert code == 1 and err.count("\n") == 1 and err.startswith("workstation: ")


def test_a_good_list_reports_what_was_added_and_held(run, db_path, tmp_path):
    body = '<outline text="A" xmlUrl="https://a.kz/rss"/><outline text="Loop" xmlUrl="http://0x7f.1/rss"/>'
    code, out, err = run("sources", "import-opml", opml_file(tmp_path, body), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert (len(result["added"]), result["skipped"], len(result["held"])) == (2, [], 1)
    assert source_urls(db_path) == ["https://a.kz/rss", "http://127.0.0.1/rss"]
    code, out, _ = run("sources", "list")
    assert "DISABLED, held: its address is this computer or a private network" in out


def test_a_query_300_brackets_deep_is_one_line_and_exit_1(run):
    code, out, err = run("search", "(" * 300 + "банк" + ")" * 300)
    assert (code, out) == (1, "")
    assert err == "workstation: the query nests brackets or fields more than 8 deep; write it flatter\n"
