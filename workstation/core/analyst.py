"""Who is working: the analyst's name recorded on every tag and decision."""

from __future__ import annotations

import getpass
import os

ANALYST_ENV = "WORKSTATION_ANALYST"


def default_analyst() -> str:
    """The name from the environment, else the operating-system account name."""
    name = os.environ.get(ANALYST_ENV, "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "analyst"
