"""The values a core message names, in the interface language.

The core fills its English templates with its own keys: a record's kind ("no notice with id 5"), a status ("a case
that is confirmed cannot become new"), an outcome, an order type. Translating the template alone would leave those
English words in a Kazakh or Russian sentence («5 нөмірлі «notice» жоқ»), so the desktop translates each value
first, with the same names the rest of the interface gives it. A value this table does not know (an unknown status
the analyst typed, a file name) is shown as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from workstation.ui.cases import labels as case_labels
from workstation.ui.violations import labels as violation_labels

# What a record is, as "no {what} with id {id}" names it (workstation.core.errors.NotFound and the exchange).
ENTITIES = {
    "source": QT_TRANSLATE_NOOP("CoreValue", "source"),
    "item": QT_TRANSLATE_NOOP("CoreValue", "item"),
    "tag": QT_TRANSLATE_NOOP("CoreValue", "tag"),
    "watch rule": QT_TRANSLATE_NOOP("CoreValue", "watch rule"),
    "saved search": QT_TRANSLATE_NOOP("CoreValue", "saved search"),
    "case": QT_TRANSLATE_NOOP("CoreValue", "case"),
    "case item": QT_TRANSLATE_NOOP("CoreValue", "case item"),
    "refutation": QT_TRANSLATE_NOOP("CoreValue", "refutation"),
    "violation": QT_TRANSLATE_NOOP("CoreValue", "violation"),
    "notice": QT_TRANSLATE_NOOP("CoreValue", "notice"),
    "restriction": QT_TRANSLATE_NOOP("CoreValue", "access restriction"),
    "capture": QT_TRANSLATE_NOOP("CoreValue", "page capture"),
    "conflict": QT_TRANSLATE_NOOP("CoreValue", "conflict"),
    "media plan event": QT_TRANSLATE_NOOP("CoreValue", "media plan event"),
    "briefing": QT_TRANSLATE_NOOP("CoreValue", "briefing"),
    "platform_contact": QT_TRANSLATE_NOOP("CoreValue", "platform in the directory"),
    "legal_basis": QT_TRANSLATE_NOOP("CoreValue", "legal basis"),
    "story": QT_TRANSLATE_NOOP("CoreValue", "radar story"),
    "radar alert": QT_TRANSLATE_NOOP("CoreValue", "radar alert"),
}
PLAN_STATUSES = {"planned": QT_TRANSLATE_NOOP("PlanStatus", "Planned"), "done": QT_TRANSLATE_NOOP("PlanStatus", "Done"),
                 "moved": QT_TRANSLATE_NOOP("PlanStatus", "Moved"),
                 "cancelled": QT_TRANSLATE_NOOP("PlanStatus", "Cancelled")}
ITEM_ROLES = {"appearance": QT_TRANSLATE_NOOP("CaseDetail", "appearance (copy of the fake)"),
              "refutation": QT_TRANSLATE_NOOP("CaseDetail", "refutation"),
              "context": QT_TRANSLATE_NOOP("CaseDetail", "context")}
ORDER_TYPES = {"court": QT_TRANSLATE_NOOP("EscalateDialog", "Court order"),
               "authority": QT_TRANSLATE_NOOP("EscalateDialog", "Order of an authorised body")}
SIDES = {"ours": QT_TRANSLATE_NOOP("CoreValue", "this workspace's version"),
         "theirs": QT_TRANSLATE_NOOP("CoreValue", "the bundle's version")}


def _table(context: str, names: Mapping[str, str]) -> Callable[[str], str]:
    def label(value: str) -> str:
        return QCoreApplication.translate(context, names[value]) if value in names else value
    return label


entity_label = _table("CoreValue", ENTITIES)
_plan = _table("PlanStatus", PLAN_STATUSES)
_role = _table("CaseDetail", ITEM_ROLES)
_order = _table("EscalateDialog", ORDER_TYPES)
_side = _table("CoreValue", SIDES)
_case = {"old": case_labels.status_label, "new": case_labels.status_label, "allowed": case_labels.status_label}
_violation = {"old": violation_labels.status_label, "new": violation_labels.status_label,
              "allowed": violation_labels.status_label}

# For each message key, the parameters that carry one of the core's values (or a list of them: "allowed").
BY_KEY: dict[str, dict[str, Callable[[str], str]]] = {
    "db.not_found": {"what": entity_label},
    "case.bad_status": {"allowed": case_labels.status_label},
    "case.bad_transition": _case,
    "case.bad_item_role": {"allowed": _role},
    "refutation.bad_channel": {"allowed": case_labels.channel_label},
    "violation.bad_status": {"allowed": violation_labels.status_label},
    "violation.bad_transition": _violation,
    "notice.bad_method": {"allowed": violation_labels.method_label},
    "notice.already_resolved": {"outcome": violation_labels.outcome_label},
    "plan.bad_status": {"allowed": _plan},
    "conflict.resolved": {"resolution": _side},
    "restriction.bad_order_type": {"allowed": _order},
    "restriction.order_needs_ref": {"order_type": _order},
}


def translated_params(key: str, params: Mapping[str, Any]) -> dict[str, Any]:
    """``params`` with each of the core's values replaced by its name in the interface language."""
    out = dict(params)
    for name, label in BY_KEY.get(key, {}).items():
        value = params.get(name)
        if not isinstance(value, str):
            continue
        out[name] = ", ".join(label(part.strip()) for part in value.split(",")) if name == "allowed" else label(value)
    return out
