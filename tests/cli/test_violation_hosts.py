"""A violation is filed under the host the browser contacts, and its notice goes to that host's platform: the
command line against a real workspace file."""

import json

import pytest

from tests.support.engines import reading
from workstation.core.violations import directory, notices
from workstation.core.violations import workflow as violations
from workstation.core.workspace import open_workspace


def stored(db_path):
    with reading(db_path) as conn:
        return conn.execute("SELECT url, host, domain, platform_id FROM violations ORDER BY id").fetchall()


def test_a_backslash_lure_is_stored_under_the_host_the_browser_visits(run, db_path):
    code, out, err = run("violations", "add", "https://evil.kz\\@kaspi.kz/", "--type", "phishing", "--json")
    assert code == 0, err
    assert json.loads(out)["url"] == "https://evil.kz/@kaspi.kz/"
    assert stored(db_path) == [("https://evil.kz/@kaspi.kz/", "evil.kz", "evil.kz", None)]


@pytest.mark.parametrize(("pasted", "host", "domain"), [
    ("https://kaspi.kz@login.evil.kz/", "login.evil.kz", "evil.kz"),
    ("hxxps://evil[.]kz\\@kaspi[.]kz/", "evil.kz", "evil.kz"),
    ("http://3232235777/kaspi", "192.168.1.1", "192.168.1.1"),
    ("http://[0:0::1]:8080/x", "[::1]", "[::1]"),
    ("https:\\\\evil.kz\\login", "evil.kz", "evil.kz"),
])
def test_lures_in_other_spellings_are_filed_under_the_real_host(run, db_path, pasted, host, domain):
    code, _, err = run("violations", "add", pasted, "--type", "phishing")
    assert code == 0, err
    assert stored(db_path)[0][1:3] == (host, domain)


def test_a_mail_address_is_not_recorded_as_a_web_address(run, db_path):
    for pasted in ("mailto:a@evil.kz", "a@evil.kz"):
        code, _, err = run("violations", "add", pasted, "--type", "phishing")
        assert code == 2 and "not a usable address" in err
    assert stored(db_path) == []


def test_the_notice_goes_to_the_platform_of_the_real_host_not_the_impersonated_one(db_path):
    db = open_workspace(db_path)
    kaspi = directory.save_contact(db, "Kaspi legal", domains="kaspi.kz")
    tilda = directory.save_contact(db, "Tilda", domains="https://TILDA.ws/")
    lure = violations.add_violation(db, "https://kaspi.kz.login@evil.kz\\@kaspi.kz/", violation_type="phishing")
    assert (lure["host"], lure["platform_id"]) == ("evil.kz", None)
    notice = notices.send_notice(db, lure["id"])
    assert notice["recipient_id"] is None and "evil.kz" in notice["recipient"] and "kaspi" not in notice["recipient"]
    hosted = violations.add_violation(db, "https://kaspi-bonus.tilda.ws/pay", violation_type="phishing")
    assert hosted["platform_id"] == tilda
    assert violations.add_violation(db, "https://m.kaspi.kz/x", violation_type="phishing")["platform_id"] == kaspi
    assert violations.add_violation(db, "https://kaspi.kz.evil.kz/", violation_type="phishing")["platform_id"] is None
    db.close()
