"""What an evidence package of a violation holds (the command line adds the notice PDFs and writes the zip:
reports/evidence_zip.py): each capture's WARC and picture as stored, the metadata with every hash, the audit trail,
the liveness checks and the texts of the notices."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from workstation.core.db import audit, evidence
from workstation.core.violations import capture, liveness, notices
from workstation.core.violations.workflow import get_violation


@dataclass
class NoticeText:
    name: str  # file name in the package, "notice-12.pdf"
    text: str  # the letter; its PDF takes its title from the letter's own heading, in the letter's language


@dataclass
class EvidencePackage:
    violation_id: int
    files: dict[str, bytes] = field(default_factory=dict)  # name -> bytes, as stored
    notices: list[NoticeText] = field(default_factory=list)
    pictures: list[bytes] = field(default_factory=list)  # PNGs the notice PDF shows
    metadata: dict[str, Any] = field(default_factory=dict)


def evidence_package(db: Database, violation_id: int, *, lang: str = "ru") -> EvidencePackage:
    violation = get_violation(db, violation_id)
    package = EvidencePackage(violation_id)
    captures = capture.captures_of(db, violation_id)
    for row in captures:
        warc, png = capture.capture_files(db, row["id"])
        package.files[row["warc"]] = warc
        if png is not None and row["screenshot"]:
            package.files[row["screenshot"]["file"]] = png
            package.pictures.append(png)
    notice_ids = notices.notices_of(db, violation_id)
    for notice_id in notice_ids:
        notice = notices.get_notice(db, notice_id)
        package.notices.append(NoticeText(f"notice-{notice_id}.pdf", notice["text"]))
    if not notice_ids:
        package.notices.append(NoticeText("notice-draft.pdf", notices.notice_text(db, violation_id, lang)))
    trail = [{**h, "entity": "violation"} for h in audit.history(db, "violation", violation_id)]
    for notice_id in notice_ids:
        trail += [{**h, "entity": f"notice {notice_id}"} for h in audit.history(db, "notice", notice_id)]
    trail.sort(key=lambda h: (h["recorded_at"] or "", h["at"] or ""))
    package.metadata = {
        "violation": {k: violation[k] for k in ("id", "uuid", "url", "url_defanged", "host", "domain", "status",
                                                "detected_at", "target_organisation", "analyst")},
        "captures": captures,
        "checks": liveness.checks_of(db, violation_id),
        "evidence": evidence.verify(db, "violation_id = ?", [violation_id]),
        "audit_trail": trail,
        "files": {name: hashlib.sha256(data).hexdigest() for name, data in sorted(package.files.items())},
        "generated_at": audit.system_now_iso(),
    }
    return package
