"""Identifiers that travel: every record an analyst creates has a UUID besides its integer key."""

from __future__ import annotations

import uuid


def new_uuid() -> str:
    return str(uuid.uuid4())
