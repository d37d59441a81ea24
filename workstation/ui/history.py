"""A record's history as the analyst reads it, the same for cases and violations: when (in the workspace's
reporting zone), who, the action in words, and each changed field as "Status: New → Under verification", with
the workflow's own status names, tag names instead of numbers and addresses defanged."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from workstation.core import clock
from workstation.core.items.tags import tag_name
from workstation.core.urls import defang
from workstation.ui.context import TabContext

HIDDEN = {"id", "updated_at"}  # internal numbers and bookkeeping, nothing an analyst decided
MAX_VALUE = 90  # longer values (a claim, a reason) are shortened in the cell; the tooltip has them whole


def _t(text: str) -> str:
    return QCoreApplication.translate("History", text)


# Marked for Qt Linguist here, translated when shown (the interface language may change meanwhile).
FIELDS = {
    "status": QT_TRANSLATE_NOOP("History", "Status"), "title": QT_TRANSLATE_NOOP("History", "Title"),
    "claim": QT_TRANSLATE_NOOP("History", "Claim"), "category_tag_id": QT_TRANSLATE_NOOP("History", "Category"),
    "resonant": QT_TRANSLATE_NOOP("History", "Resonant"), "detected_at": QT_TRANSLATE_NOOP("History", "Detected"),
    "item_id": QT_TRANSLATE_NOOP("History", "Item"), "role": QT_TRANSLATE_NOOP("History", "Role"),
    "reason": QT_TRANSLATE_NOOP("History", "Reason"), "channel": QT_TRANSLATE_NOOP("History", "Channel"),
    "url": QT_TRANSLATE_NOOP("History", "Address"), "published_at": QT_TRANSLATE_NOOP("History", "Published"),
    "first_response_at": QT_TRANSLATE_NOOP("History", "First official response"),
    "notes": QT_TRANSLATE_NOOP("History", "Notes"), "state_body": QT_TRANSLATE_NOOP("History", "State body"),
    "type_tag_id": QT_TRANSLATE_NOOP("History", "Type"),
    "closed_reason": QT_TRANSLATE_NOOP("History", "Reason for closing"),
    "removed_in_time": QT_TRANSLATE_NOOP("History", "Removed in time"),
    "order_ref": QT_TRANSLATE_NOOP("History", "Order reference"),
    "order_type": QT_TRANSLATE_NOOP("History", "Order type"),
    "recipient": QT_TRANSLATE_NOOP("History", "Recipient"), "method": QT_TRANSLATE_NOOP("History", "Method"),
    "outcome": QT_TRANSLATE_NOOP("History", "Outcome"), "received_at": QT_TRANSLATE_NOOP("History", "Received"),
    "deadline_at": QT_TRANSLATE_NOOP("History", "Deadline"), "sent_at": QT_TRANSLATE_NOOP("History", "Sent"),
    "violation_id": QT_TRANSLATE_NOOP("History", "Violation"),
    "violation_ids": QT_TRANSLATE_NOOP("History", "Violations"), "kind": QT_TRANSLATE_NOOP("History", "Kind"),
    "number": QT_TRANSLATE_NOOP("History", "Outgoing number"),
    "recipient_contact": QT_TRANSLATE_NOOP("History", "Recipient's address or e-mail"),
}
HEADERS = (QT_TRANSLATE_NOOP("History", "When"), QT_TRANSLATE_NOOP("History", "Analyst"),
           QT_TRANSLATE_NOOP("History", "Action"), QT_TRANSLATE_NOOP("History", "Change"))
YES_NO = (QT_TRANSLATE_NOOP("History", "yes"), QT_TRANSLATE_NOOP("History", "no"))


def field_label(key: str) -> str:
    return _t(FIELDS[key]) if key in FIELDS else key


class HistoryTable(QTableWidget):
    """``status_label`` and ``action_label`` name the workflow's statuses and audit actions; ``value_labels``
    name other coded values by field (a case's item roles and channels, a notice's method and outcome)."""

    def __init__(self, context: TabContext, *, status_label: Callable[[str], str],
                 action_label: Callable[[str], str],
                 value_labels: Mapping[str, Callable[[Any], str]] | None = None) -> None:
        super().__init__(0, 4)
        self.context = context
        self.status_label = status_label
        self.action_label = action_label
        self.value_labels = dict(value_labels or {})
        self.entries: list[dict[str, Any]] = []
        self.setObjectName("history")
        self.horizontalHeader().setStretchLastSection(True)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([_t(text) for text in HEADERS])
        if self.entries:
            self.show_entries(self.entries)

    def show_entries(self, entries: list[dict[str, Any]]) -> None:
        """Audit entries as ``audit.history`` returns them (``at``, ``analyst``, ``action``, ``old``, ``new``)."""
        self.entries = list(entries)
        self.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            change = self.change_text(entry)
            values = [clock.local_text(entry["at"], clock.SCREEN_SECONDS), entry["analyst"] or "",
                      self.action_label(entry["action"]), shorten_each(change)]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column == 3 and value != change:
                    cell.setToolTip(change)
                self.setItem(row, column, cell)
        self.resizeColumnsToContents()

    # --- wording ----------------------------------------------------------------------------------------------
    def change_text(self, entry: dict[str, Any]) -> str:
        """Each field on its own: "Status: New → Under verification"; only the new value when there was none."""
        old, new = entry.get("old"), entry.get("new")
        if not isinstance(old, dict) and not isinstance(new, dict):
            return self.value_text("", new if new is not None else old)
        old = old if isinstance(old, dict) else {}
        new = new if isinstance(new, dict) else {}
        parts = []
        for key in [*new, *(k for k in old if k not in new)]:
            if key in HIDDEN:
                continue
            if key in old and key in new:
                if old[key] == new[key] and key != "item_id":
                    continue
                if key == "item_id":  # the item whose role changed: named once
                    parts.append(f"{field_label(key)}: {self.value_text(key, new[key])}")
                    continue
                parts.append(f"{field_label(key)}: {self.value_text(key, old[key])} → "
                             f"{self.value_text(key, new[key])}")
            elif key in new:
                parts.append(f"{field_label(key)}: {self.value_text(key, new[key])}")
            else:
                parts.append(f"{field_label(key)}: {self.value_text(key, old[key])} → —")
        return "; ".join(parts)

    def value_text(self, key: str, value: Any) -> str:
        if value is None or value == "":
            return "—"
        if key == "status":
            return self.status_label(str(value))
        if key in self.value_labels:
            return self.value_labels[key](value)
        if key.endswith("tag_id"):
            tags = self.context.taxonomy.by_id()
            return tag_name(tags[value], self.context.lang()) if value in tags else f"#{value}"
        if key.endswith("_at") and isinstance(value, str):
            return clock.local_text(value) or value
        if key == "url" and isinstance(value, str):
            return defang(value)
        if isinstance(value, bool) or key in ("resonant", "removed_in_time"):
            return _t(YES_NO[0] if value else YES_NO[1])
        if key in ("item_id", "violation_id"):
            return f"#{value}"
        if isinstance(value, list):
            return ", ".join(f"#{v}" if key.endswith("_ids") else str(v) for v in value)
        if isinstance(value, dict):
            return ", ".join(f"{field_label(k)}: {self.value_text(k, v)}" for k, v in value.items())
        return str(value)


def shorten_each(text: str) -> str:
    """Long values shortened so one entry stays one readable line."""
    return "; ".join(part if len(part) <= MAX_VALUE else part[:MAX_VALUE - 1] + "…" for part in text.split("; "))
