"""Workspace settings live in the workspace, default sensibly, refuse unknown keys and are audited."""

import pytest

from tests.support.engines import recorded_name
from workstation.core.db import audit, settings
from workstation.core.errors import BadArgument


def test_settings_default_then_keep_what_was_set(db):
    assert settings.get_setting(db, "timezone") == settings.system_zone_name()  # a new workspace: this computer's
    settings.set_setting(db, "organisation", "  Ministry of Culture and Information ", analyst="Aigerim")
    assert settings.all_settings(db)["organisation"] == "Ministry of Culture and Information"
    [entry] = [h for h in db.query("SELECT analyst, action, new FROM audit_log WHERE entity = 'workspace'")]
    assert (entry["analyst"], entry["action"]) == (recorded_name(db, "Aigerim"), "setting")
    assert audit.verify_chain(db) == []


def test_an_unknown_setting_is_a_wrong_argument(db):
    with pytest.raises(BadArgument) as err:
        settings.get_setting(db, "colour")
    assert "timezone" in str(err.value)
