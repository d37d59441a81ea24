"""Signing keys: each workspace signs its bundles with its own Ed25519 key, and imports only bundles signed by
a key it trusts.

The key pair is made on the first export (or ``keys show``). Its private half lives in the per-user data folder,
``keys/<fingerprint>.pem`` (readable by its owner only where the system has file modes), never in the workspace
file, so a copied workspace does not carry the power to sign; a workspace whose private key is not on this
machine gets a new pair. The public half and its fingerprint are recorded in the workspace (``trusted_keys``,
``own = 1``): a workspace trusts its own bundles.

A fingerprint is the SHA-256 of the raw 32-byte public key, 64 hex digits. The field analyst reads it to
headquarters by phone; headquarters trusts it (``keys trust FINGERPRINT``, or the key file, or ``--trust`` /
the desktop's question on the first import). Who trusted which key, when and how is kept, and audited.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import platform
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlite_utils import Database

from workstation.core import clock
from workstation.core.db import audit
from workstation.core.errors import BadArgument, Problem, WorkstationError
from workstation.core.paths import data_dir

KEY_DIR = "keys"
HOW = ("own", "fingerprint", "file", "bundle")
MAX_KEY_FILE = 64 * 1024
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_INSERTED = "fingerprint, public_key, name, own, trusted_by, trusted_at, how"
_COLUMNS = ("id", "fingerprint", "public_key", "name", "own", "trusted_by", "trusted_at", "how")


@dataclass(frozen=True)
class OwnKey:
    fingerprint: str
    public_key: str  # base64 of the raw 32 bytes
    name: str
    private: Ed25519PrivateKey

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)


def raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint_of(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()


def encode(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def decode_public(text: Any) -> bytes | None:
    """The raw public key from its base64 text; None unless it is 32 bytes of valid base64."""
    if not isinstance(text, str) or len(text) > 64:
        return None
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == 32 else None


def normalise_fingerprint(text: str) -> str | None:
    """64 hex digits, however typed (spaces, colons, capitals); None if it is not a fingerprint."""
    compact = re.sub(r"[\s:]", "", text or "").lower()
    return compact if _HEX64.match(compact) else None


def grouped(fingerprint: str) -> str:
    """A fingerprint in groups of four, as read aloud: "d7cc 9006 8115 …"."""
    return " ".join(fingerprint[i:i + 4] for i in range(0, len(fingerprint), 4))


def verify(public_raw: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, data)
    except (InvalidSignature, ValueError, UnsupportedAlgorithm):
        return False
    return True


def key_path(fingerprint: str) -> Path:
    return data_dir() / KEY_DIR / f"{fingerprint}.pem"


def _write_private(path: Path, pem: bytes) -> None:
    """Write the private key readable by its owner only (0600; the folder 0700), all or nothing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(path.parent, 0o700)
    except OSError:
        pass  # a folder we may not change (a shared portable stick): the file's own mode still applies
    temp = path.with_name(path.name + ".tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(pem)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _load_private(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise WorkstationError("keys.unreadable", path=str(path), reason=str(exc).splitlines()[0][:120]) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise WorkstationError("keys.unreadable", path=str(path), reason=Problem("keys.not_ed25519"))
    return key


def label(analyst: str) -> str:
    """How a key introduces itself: the analyst and the machine that made it."""
    return f"{analyst.strip() or 'analyst'}@{platform.node() or 'workstation'}"


def own_key(db: Database, analyst: str = "") -> OwnKey:
    """This workspace's signing key; made now (and recorded in the workspace) if it has none on this machine."""
    rows = db.execute("SELECT fingerprint, public_key, name FROM trusted_keys WHERE own = 1 ORDER BY id DESC")
    for fingerprint, public_key, name in rows.fetchall():
        path = key_path(fingerprint)
        if not path.exists():
            continue
        private = _load_private(path)
        if fingerprint_of(raw_public(private.public_key())) != fingerprint:
            raise WorkstationError("keys.unreadable", path=str(path), reason=Problem("keys.not_ours"))
        return OwnKey(fingerprint, public_key, name, private)
    private = Ed25519PrivateKey.generate()
    raw = raw_public(private.public_key())
    fingerprint = fingerprint_of(raw)
    _write_private(key_path(fingerprint), private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    name = label(analyst)
    with db.atomic():
        key_id = db.execute(f"INSERT INTO trusted_keys ({_INSERTED}) VALUES (?, ?, ?, 1, ?, ?, 'own')",
                            [fingerprint, encode(raw), name, analyst, clock.now_iso()]).lastrowid
        audit.record(db, entity="key", entity_id=key_id, action="create", analyst=analyst,
                     new={"fingerprint": fingerprint, "name": name})
    return OwnKey(fingerprint, encode(raw), name, private)


def find(db: Database, fingerprint: str) -> dict[str, Any] | None:
    row = db.execute(f"SELECT {', '.join(_COLUMNS)} FROM trusted_keys WHERE fingerprint = ?", [fingerprint]).fetchone()
    return _shown(dict(zip(_COLUMNS, row, strict=True))) if row else None


def _shown(row: dict[str, Any]) -> dict[str, Any]:
    row["own"] = bool(row["own"])
    return row


def list_keys(db: Database) -> list[dict[str, Any]]:
    return [_shown(dict(zip(_COLUMNS, row, strict=True))) for row in
            db.execute(f"SELECT {', '.join(_COLUMNS)} FROM trusted_keys ORDER BY own DESC, id").fetchall()]


def trust(db: Database, *, fingerprint: str, public_key: str | None = None, name: str = "", analyst: str = "",
          how: str) -> dict[str, Any]:
    """Trust a key (by its fingerprint alone, or with its public half); audited. Trusting a known key again
    only fills in its public half if that was missing."""
    if how not in HOW:
        raise ValueError(f"unknown way of trusting: {how}")
    if public_key is not None and fingerprint_of(decode_public(public_key) or b"") != fingerprint:
        raise BadArgument("keys.bad_key", value=fingerprint)
    existing = find(db, fingerprint)
    with db.atomic():
        if existing is not None:
            if public_key and not existing["public_key"]:
                db.execute("UPDATE trusted_keys SET public_key = ?, name = CASE WHEN name = '' THEN ? ELSE name END "
                           "WHERE id = ?", [public_key, name.strip(), existing["id"]])
            return find(db, fingerprint) or existing
        key_id = db.execute(f"INSERT INTO trusted_keys ({_INSERTED}) VALUES (?, ?, ?, 0, ?, ?, ?)",
                            [fingerprint, public_key, name.strip(), analyst, clock.now_iso(), how]).lastrowid
        audit.record(db, entity="key", entity_id=key_id, action="trust", analyst=analyst,
                     new={"fingerprint": fingerprint, "name": name.strip(), "how": how})
    return find(db, fingerprint) or {}


def read_key_file(path: str | Path) -> bytes:
    """The raw public key from a PEM file (``keys show --export``)."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_KEY_FILE + 1)
        if len(data) > MAX_KEY_FILE:
            raise ValueError("too large for a key file")
        key = serialization.load_pem_public_key(data)
    except (OSError, ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise WorkstationError("keys.unreadable", path=str(path), reason=str(exc).splitlines()[0][:120]) from exc
    if not isinstance(key, Ed25519PublicKey):
        raise WorkstationError("keys.unreadable", path=str(path), reason=Problem("keys.not_public"))
    return raw_public(key)


def public_pem(key: OwnKey) -> bytes:
    return key.private.public_key().public_bytes(serialization.Encoding.PEM,
                                                 serialization.PublicFormat.SubjectPublicKeyInfo)
