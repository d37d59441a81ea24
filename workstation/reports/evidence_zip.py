"""A violation's evidence package as one zip: the WARC(s), the picture(s), the notice PDF(s) with the picture,
metadata.json (every hash, the captures, the checks, the audit trail) and SHA256SUMS, which `sha256sum -c
SHA256SUMS` verifies after unzipping. Written all-or-nothing."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import BinaryIO

from workstation.core.files import write_with
from workstation.core.violations.package import EvidencePackage
from workstation.reports.notice_pdf import notice_pdf_bytes

FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # members carry no clock time: the same package zips to the same bytes


def package_members(package: EvidencePackage) -> dict[str, bytes]:
    """Every file of the package by name, SHA256SUMS last."""
    members = dict(package.files)
    for notice in package.notices:
        members[notice.name] = notice_pdf_bytes(notice.text, pictures=package.pictures)
    metadata = {**package.metadata,
                "files": {name: hashlib.sha256(data).hexdigest() for name, data in sorted(members.items())}}
    members["metadata.json"] = json.dumps(metadata, ensure_ascii=False, indent=2, default=str).encode("utf-8")
    members["audit.json"] = json.dumps(package.metadata.get("audit_trail", []), ensure_ascii=False, indent=2,
                                       default=str).encode("utf-8")
    sums = "".join(f"{hashlib.sha256(data).hexdigest()}  {name}\n" for name, data in sorted(members.items()))
    members["SHA256SUMS"] = sums.encode("ascii")
    return members


def write_evidence_zip(package: EvidencePackage, path: str | Path) -> dict[str, str]:
    """Write the zip; returns each member's SHA-256."""
    members = package_members(package)

    def fill(handle: BinaryIO) -> None:
        with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in members.items():
                info = zipfile.ZipInfo(name, FIXED_TIME)
                info.compress_type = zipfile.ZIP_STORED if name.endswith((".gz", ".png")) else zipfile.ZIP_DEFLATED
                archive.writestr(info, data)

    write_with(path, fill)
    return {name: hashlib.sha256(data).hexdigest() for name, data in members.items()}
