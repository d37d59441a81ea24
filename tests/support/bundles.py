"""Taking bundles apart and putting forged ones together, as an attacker holding (or not) a trusted key would."""

from __future__ import annotations

import base64
import bz2
import hashlib
import json
import struct
import zipfile
import zlib
from pathlib import Path

from workstation.core.cases import workflow as cases
from workstation.core.exchange import bundle, keys
from workstation.core.exchange.keys import OwnKey
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source
from workstation.core.workspace import open_workspace


def field_and_headquarters(folder: Path) -> dict:
    """A field bundle (a case with its item and a refutation), and headquarters trusting the field's key:
    {"good": the bundle, "key": the field's key, "hq": headquarters' workspace, "hq_path", "tmp": ``folder``}."""
    field = open_workspace(folder / "field.db")
    src = add_source(field, "https://news.example/rss")
    ids = store_items(field, src["id"], [ItemDraft(title="Жалған ұтыс", url="https://news.example/1")]).new_ids
    case = cases.create_case(field, "Жалған ұтыс", item_ids=ids, analyst="Ерлан")
    cases.add_response(field, case["id"], channel="stopfake", url="https://stopfake.example/1", analyst="Ерлан")
    out = folder / "good.mmwb"
    bundle.export_bundle(field, out)
    hq_path = folder / "hq.db"
    hq = open_workspace(hq_path)
    keys.trust(hq, fingerprint=keys.own_key(field).fingerprint, analyst="HQ", how="fingerprint")
    return {"good": out, "key": keys.own_key(field), "hq": hq, "hq_path": hq_path, "tmp": folder}


def resigned(made: dict, edit) -> Path:
    """A forgery of ``field_and_headquarters``' bundle: ``edit(members)``, then the manifest's hashes recomputed and
    signed with the trusted key."""
    parts = members(made["good"])
    edit(parts)
    signed_manifest(parts, made["key"])
    return pack(made["tmp"] / "bad.mmwb", parts)


def row_edit(table: str, change):
    """An edit for ``resigned`` that changes the rows of one member (``change(rows)``)."""
    def edit(parts: dict[str, bytes]) -> None:
        rows_ = rows(parts, table)
        change(rows_)
        set_rows(parts, table, rows_)
    return edit


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def rows(members_: dict[str, bytes], table: str) -> list[dict]:
    return [json.loads(line) for line in members_[bundle.member_name(table)].decode().splitlines() if line]


def set_rows(members_: dict[str, bytes], table: str, rows_: list[dict]) -> None:
    members_[bundle.member_name(table)] = "".join(json.dumps(r, ensure_ascii=False) + "\n"
                                                  for r in rows_).encode()


def signed_manifest(members_: dict[str, bytes], key: OwnKey, **changes) -> None:
    """Recompute every member's SHA-256 into the manifest and sign it with ``key`` (a forger with that key)."""
    manifest = json.loads(members_[bundle.MANIFEST])
    manifest["sha256"] = {name: hashlib.sha256(body).hexdigest() for name, body in members_.items()
                          if name.startswith("data/")}
    manifest["signer"] = {"fingerprint": key.fingerprint, "public_key": key.public_key, "name": key.name}
    manifest.update(changes)
    members_[bundle.MANIFEST] = json.dumps(manifest).encode()
    sign(members_, key)


def sign(members_: dict[str, bytes], key: OwnKey) -> None:
    members_[bundle.SIGNATURE] = json.dumps({"algorithm": "ed25519", "public_key": key.public_key, "signature":
                                             base64.b64encode(key.sign(members_[bundle.MANIFEST])).decode()}).encode()


def pack(path: Path, members_: dict[str, bytes] | list[tuple[str, bytes]],
         compression: int = zipfile.ZIP_DEFLATED) -> Path:
    items = members_.items() if isinstance(members_, dict) else members_
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        for name, body in items:
            archive.writestr(name, body)
    return path


def dump(db) -> dict[str, list]:
    """Every row of every table: a refused import must leave this exactly as it was."""
    names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                      "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {name: sorted(map(repr, db.execute(f"SELECT * FROM [{name}]").fetchall())) for name in names}


# --- zip bombs, written byte by byte (zipfile would compress honestly) ------------------------------------------
def raw_zip(path: Path, entries: list[tuple[str, int, bytes, int, int]]) -> Path:
    """A zip of (name, method, compressed payload, CRC-32, declared uncompressed size) entries, the sizes and CRC
    as declared, whether true or not; a size over 4 GiB gets a ZIP64 extra field, as zipfile would write."""
    local, central = bytearray(), bytearray()
    for name, method, payload, crc, size in entries:
        raw_name = name.encode()
        big = size >= 0xFFFFFFFF
        extra = struct.pack("<HHQQ", 1, 16, size, len(payload)) if big else b""
        sizes = (0xFFFFFFFF, 0xFFFFFFFF) if big else (len(payload), size)
        version = 46 if method == zipfile.ZIP_BZIP2 else 45 if big else 20
        offset = len(local)
        local += struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", version, 0, method, 0, 0x21, crc, *sizes,
                             len(raw_name), len(extra)) + raw_name + extra + payload
        central += struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, version, 0, method, 0, 0x21, crc, *sizes,
                               len(raw_name), len(extra), 0, 0, 0, 0, offset) + raw_name + extra
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(central), len(local), 0)
    path.write_bytes(bytes(local + central + end))
    return path


def stored(name: str, body: bytes) -> tuple[str, int, bytes, int, int]:
    return name, zipfile.ZIP_STORED, body, zlib.crc32(body), len(body)


def deflated_repeats(unit: bytes, times: int) -> tuple[bytes, int, int, str]:
    """Raw deflate of ``unit`` repeated ``times`` (each repeat compressed once: a full flush resets the state), with
    the CRC-32, size and SHA-256 of what it inflates to."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = packer.compress(unit) + packer.flush(zlib.Z_FULL_FLUSH)
    crc, digest = 0, hashlib.sha256()
    for _ in range(times):
        crc = zlib.crc32(unit, crc)
        digest.update(unit)
    return block * times + zlib.compressobj(9, zlib.DEFLATED, -15).flush(), crc, len(unit) * times, \
        digest.hexdigest()


def bzip2_zeros(blocks: int) -> bytes:
    """One bzip2 stream of ``blocks`` blocks of 45 MB of zeros each: a few kilobytes that expand to gigabytes.
    Built from one compressed block repeated bit for bit (bzip2 blocks are bit-aligned), with the stream's
    combined CRC computed as bzip2 does."""
    one = bz2.compress(b"\0" * 45_000_000, 9)
    bits = "".join(f"{b:08b}" for b in one)
    end_magic = f"{0x177245385090:048b}"
    end = bits.rfind(end_magic)
    block, crc = bits[32:end], int(bits[end + 48:end + 80], 2)
    combined = 0
    for _ in range(blocks):
        combined = (((combined << 1) | (combined >> 31)) & 0xFFFFFFFF) ^ crc
    stream = bits[:32] + block * blocks + end_magic + f"{combined:032b}"
    stream += "0" * (-len(stream) % 8)
    return int(stream, 2).to_bytes(len(stream) // 8, "big")
