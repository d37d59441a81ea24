"""Where a workspace is: a file, or a team workspace's address (postgresql://USER@HOST:PORT/DBNAME), told apart
without loading the PostgreSQL driver: every program start asks."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

SCHEMES = ("postgresql://", "postgres://")


def is_team_url(location: object) -> bool:
    return isinstance(location, str) and location.startswith(SCHEMES)


def display_url(url: str) -> str:
    """The address without a password, as shown and remembered."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def location(value: str | Path) -> str | Path:
    """Where a workspace is: a team workspace's address as given (a path would fold its '//'), a file as a Path."""
    return str(value) if is_team_url(str(value)) else Path(value)


def short_name(value: str | Path) -> str:
    """A workspace as a window title names it: the file's name, or a team workspace's database and server."""
    if not is_team_url(str(value)):
        return Path(value).name
    parts = urlsplit(str(value))
    return f"{parts.path.lstrip('/') or parts.username or ''} @ {parts.hostname or ''}"
