"""Violations in two exchange formats: MISP phishing objects (for CERTs) and EU DSA statements of reasons.

MISP: one event per export, one ``phishing`` object per violation with the template's relations url, target,
takedown-request-to, takedown-request-at, takedown-time, online (Yes / No, from the outcome or the last liveness
check) and screenshot (the capture's PNG as an attachment). DSA: the fields of the Transparency Database's statement
of reasons that apply to an order of a state body: category, decision (content removed or access disabled),
territorial scope KZ, content date, application date, source of the decision, automated detection No.
"""

from __future__ import annotations

import base64
from typing import Any

from sqlite_utils import Database

from workstation.core import clock
from workstation.core.ids import new_uuid
from workstation.core.violations import capture
from workstation.core.violations.register import violation_detail
from workstation.core.violations.workflow import list_violations

DSA_CATEGORY = {"violation.phishing": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
                "violation.fraudulent_resource": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
                "violation.false_information": "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS"}
DSA_DEFAULT_CATEGORY = "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH"
FORMATS = ("misp", "dsa")


def _type_key(db: Database, tag_id: int | None) -> str:
    row = db.execute("SELECT key FROM tags WHERE id = ?", [tag_id]).fetchone()
    return row[0] if row else ""


def _online(violation: dict[str, Any]) -> str | None:
    if violation["status"] in ("removed", "restricted"):
        return "No"
    checks = violation["checks"]
    if checks:
        return {"removed": "No", "still_online": "Yes"}.get(checks[-1]["suggestion"])
    return None


def misp_object(db: Database, violation_id: int) -> dict[str, Any]:
    v = violation_detail(db, violation_id)
    attributes: list[dict[str, Any]] = [{"object_relation": "url", "type": "url", "value": v["url"]}]

    def add(relation: str, kind: str, value: Any) -> None:
        if value:
            attributes.append({"object_relation": relation, "type": kind, "value": value})

    add("target", "text", v["target_organisation"])
    notice = v["notices"][-1] if v["notices"] else None
    if notice:
        add("takedown-request-to", "text", notice["recipient"])
        add("takedown-request-at", "datetime", notice["sent_at"])
        if notice["outcome"] == "removed":
            add("takedown-time", "datetime", notice["resolved_at"])
    add("online", "text", _online(v))
    with_picture = [c for c in v["captures"] if c["screenshot"]]
    if with_picture:
        png = capture.capture_files(db, with_picture[-1]["id"])[1] or b""
        attributes.append({"object_relation": "screenshot", "type": "attachment",
                           "value": with_picture[-1]["screenshot"]["file"],
                           "data": base64.b64encode(png).decode("ascii")})
    return {"name": "phishing", "meta-category": "network", "uuid": v["uuid"], "Attribute": attributes}


def misp_event(db: Database, violation_ids: list[int]) -> dict[str, Any]:
    return {"Event": {"uuid": new_uuid(), "info": "Violations: takedown requests", "date": clock.now_iso()[:10],
                      "analysis": "2", "threat_level_id": "3",
                      "Object": [misp_object(db, vid) for vid in violation_ids]}}


def dsa_statement(db: Database, violation_id: int) -> dict[str, Any]:
    v = violation_detail(db, violation_id)
    key = _type_key(db, v["type_tag_id"])
    restricted = v["status"] in ("restricted", "restriction_requested")
    decided = next((n["resolved_at"] for n in v["notices"] if n["outcome"] == "removed"), None)
    return {
        "puid": v["uuid"], "url": v["url"],
        "category": DSA_CATEGORY.get(key, DSA_DEFAULT_CATEGORY),
        "decision_visibility": ["DECISION_VISIBILITY_CONTENT_DISABLED" if restricted else
                                "DECISION_VISIBILITY_CONTENT_REMOVED"],
        "decision_ground": "DECISION_GROUND_ILLEGAL_CONTENT",
        "illegal_content_legal_ground": v["basis_names"].get("en", ""),
        "territorial_scope": ["KZ"],
        "content_date": (v["captures"][0]["captured_at"] if v["captures"] else v["detected_at"])[:10],
        "application_date": (decided or (v["notices"][0]["sent_at"] if v["notices"] else v["detected_at"]))[:10],
        "source_type": "SOURCE_TYPE_OTHER_NOTIFICATION",
        "source_identity": "state authority order (Republic of Kazakhstan)",
        "automated_detection": "No",
        "automated_decision": "AUTOMATED_DECISION_NOT_AUTOMATED",
        "status": v["status"],
    }


def export(db: Database, fmt: str, *, status: str | None = None) -> Any:
    ids = [row["id"] for row in list_violations(db, status=status)]
    if fmt == "misp":
        return misp_event(db, ids)
    return {"statements": [dsa_statement(db, vid) for vid in ids]}



