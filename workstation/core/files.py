"""Writing files an analyst hands on (exports, bundles, PDFs): all or nothing, never a half-written file."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def write_atomically(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file beside it, flushed to disk, then renamed over it."""
    write_with(path, lambda handle: handle.write(data))


def write_with(path: str | Path, fill: Callable[[BinaryIO], object]) -> None:
    """Let ``fill`` write into a temporary file beside ``path``; rename it over ``path`` only if it succeeded.

    A crash or an exception leaves the old file (if any) untouched and no temporary file behind.
    """
    path = Path(path)
    temp = path.with_name(path.name + ".tmp")
    try:
        with open(temp, "wb") as handle:
            fill(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
