"""Zip bombs and parse bombs: refused quickly, with the importing process's peak memory well under 300 MB.

Each bomb is signed by a key headquarters trusts and names its members' true hashes where that is possible, so
what stops it is the size, ratio, method and row limits, not the signature. The import runs in a child process
that reports its own peak resident memory (getrusage), bounded in time.
"""

import datetime as dt
import hashlib
import json
import subprocess
import sys
import time
import zipfile

import pytest

from tests.support import bundles
from workstation.core import clock
from workstation.core.cases import workflow as cases
from workstation.core.exchange import bundle, keys
from workstation.core.workspace import open_workspace

resource = pytest.importorskip("resource")  # peak memory of a process: POSIX only

T0 = dt.datetime(2025, 4, 1, 9, 0, tzinfo=dt.timezone.utc)
PEAK_LIMIT_MB = 300
TIME_LIMIT_S = 15
TARGET = "data/items.jsonl"

# The child's own peak: VmHWM where /proc has it (getrusage's ru_maxrss on Linux also counts the memory of the
# parent it was forked from, before exec), else ru_maxrss.
CHILD = """
import resource, sys, time
from workstation.cli import main
started = time.monotonic()
code = main(sys.argv[1:])
try:
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
print(peak, time.monotonic() - started)
sys.exit(code)
"""


@pytest.fixture(scope="module")
def setting(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bombs")
    clock.set_clock(lambda: T0)
    try:
        field = open_workspace(tmp / "field.db")
        cases.create_case(field, "Жалған ұтыс", analyst="Ерлан")
        good = tmp / "good.mmwb"
        bundle.export_bundle(field, good)
        key = keys.own_key(field)
        hq = open_workspace(tmp / "hq.db")
        keys.trust(hq, fingerprint=key.fingerprint, analyst="HQ", how="fingerprint")
        hq.close()
    finally:
        clock.set_clock(None)
    return {"tmp": tmp, "good": good, "key": key, "hq": tmp / "hq.db"}


def _bomb(setting, name: str, target: tuple, sha256: str = "0" * 64) -> object:
    """The good bundle with ``target`` (a raw zip entry) in place of TARGET, its hash in the signed manifest."""
    parts = bundles.members(setting["good"])
    manifest = json.loads(parts[bundle.MANIFEST])
    manifest["sha256"][TARGET] = sha256
    parts[bundle.MANIFEST] = json.dumps(manifest).encode()
    bundles.sign(parts, setting["key"])
    entries = [bundles.stored(n, body) for n, body in parts.items() if n != TARGET] + [target]
    return bundles.raw_zip(setting["tmp"] / f"{name}.mmwb", entries)


def bzip2_5gb_zip64(setting):
    payload = bundles.bzip2_zeros(112)  # 5.04 GB of zeros
    return _bomb(setting, "bzip2_zip64", (TARGET, zipfile.ZIP_BZIP2, payload, 0, 5_040_000_000))


def bzip2_5gb_small_claim(setting):
    # Declared 1 KB: zipfile would inflate the few compressed kilobytes in one call, gigabytes at once.
    payload = bundles.bzip2_zeros(112)
    return _bomb(setting, "bzip2_small", (TARGET, zipfile.ZIP_BZIP2, payload, 0, 1000))


def deflate_honest(setting):
    payload, crc, size, digest = bundles.deflated_repeats(b"{}\n" * 349_525, 150)  # 150 MB of "{}" rows
    return _bomb(setting, "deflate_honest", (TARGET, zipfile.ZIP_DEFLATED, payload, crc, size), digest)


def deflate_lying(setting):
    payload, crc, _size, digest = bundles.deflated_repeats(b"{}\n" * 349_525, 150)
    return _bomb(setting, "deflate_lying", (TARGET, zipfile.ZIP_DEFLATED, payload, crc, 1024 * 1024), digest)


def nested_row(setting):
    body = b'{"title": ' + b"[" + b"[]," * 5_000_000 + b"[]]}\n"  # 15 MB: five million lists if parsed
    return _bomb(setting, "nested", bundles.stored(TARGET, body), hashlib.sha256(body).hexdigest())


def many_keys_row(setting):
    body = ("{" + ",".join(f'"k{n}":0' for n in range(1_500_000)) + "}\n").encode()
    return _bomb(setting, "many_keys", bundles.stored(TARGET, body), hashlib.sha256(body).hexdigest())


BOMBS = {"bzip2 5 GB, ZIP64 sizes": bzip2_5gb_zip64, "bzip2 5 GB, declared 1 KB": bzip2_5gb_small_claim,
         "deflate 150 MB of rows, true sizes": deflate_honest, "deflate 150 MB, declared 1 MiB": deflate_lying,
         "a row of five million lists": nested_row, "a row of 1.5 million keys": many_keys_row}


def _import(setting, path):
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", CHILD, "--db", str(setting["hq"]), "bundle", "import", str(path)],
                          capture_output=True, text=True, timeout=120)
    return proc, time.monotonic() - started


@pytest.mark.parametrize("kind", list(BOMBS))
def test_a_bomb_is_refused_quickly_with_bounded_memory(setting, kind):
    path = BOMBS[kind](setting)
    if kind.startswith("bzip2"):
        assert path.stat().st_size < 150_000  # a small file claiming, and holding, gigabytes
    proc, elapsed = _import(setting, path)
    peak_mb, _inside = (float(x) for x in proc.stdout.split())
    assert proc.returncode == 1, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
    assert peak_mb < PEAK_LIMIT_MB, f"{kind}: peak {peak_mb:.0f} MB"
    print(f"{kind}: {path.stat().st_size // 1024} KB file, refused in {elapsed:.2f} s, peak {peak_mb:.0f} MB")
    assert elapsed < TIME_LIMIT_S, f"{kind}: {elapsed:.1f} s"


def test_the_same_good_bundle_imports_in_the_child(setting):
    proc, _elapsed = _import(setting, setting["good"])
    assert proc.returncode == 0, proc.stderr
