"""Translated names for case statuses, response channels and kinds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status_label(status: str) -> str:
    labels = {
        "new": QCoreApplication.translate("CaseStatus", "New"),
        "verifying": QCoreApplication.translate("CaseStatus", "Under verification"),
        "confirmed": QCoreApplication.translate("CaseStatus", "Confirmed fake"),
        "refuted": QCoreApplication.translate("CaseStatus", "Refuted"),
        "dismissed": QCoreApplication.translate("CaseStatus", "Not a fake"),
    }
    return labels.get(status, status)


def transition_label(status: str) -> str:
    """What the button that moves a case to ``status`` says."""
    labels = {
        "verifying": QCoreApplication.translate("CaseStatus", "Start verification"),
        "confirmed": QCoreApplication.translate("CaseStatus", "Confirm fake"),
        "refuted": QCoreApplication.translate("CaseStatus", "Mark refuted"),
        "dismissed": QCoreApplication.translate("CaseStatus", "Not a fake…"),
        "new": QCoreApplication.translate("CaseStatus", "Back to new"),
    }
    return labels.get(status, status)


def channel_label(channel: str) -> str:
    labels = {
        "stopfake": QCoreApplication.translate("Channel", "Stopfake.kz"),
        "official_website": QCoreApplication.translate("Channel", "Official website"),
        "mass_media": QCoreApplication.translate("Channel", "Mass media"),
        "social_account": QCoreApplication.translate("Channel", "Social network account"),
        "briefing": QCoreApplication.translate("Channel", "Briefing"),
        "video_project": QCoreApplication.translate("Channel", "Video project"),
    }
    return labels.get(channel, channel)


def kind_label(kind: str) -> str:
    return {"refutation": QCoreApplication.translate("Channel", "Refutation"),
            "statement": QCoreApplication.translate("Channel", "Statement")}.get(kind, kind)


def action_label(action: str) -> str:
    """A case's audit-log action in words."""
    labels = {
        "create": QCoreApplication.translate("CaseHistory", "Case opened"),
        "status": QCoreApplication.translate("CaseHistory", "Status changed"),
        "edit": QCoreApplication.translate("CaseHistory", "Edited"),
        "add_item": QCoreApplication.translate("CaseHistory", "Item attached"),
        "item_role": QCoreApplication.translate("CaseHistory", "Item's role changed"),
        "add_refutation": QCoreApplication.translate("CaseHistory", "Refutation recorded"),
        "add_statement": QCoreApplication.translate("CaseHistory", "Statement recorded"),
        "first_response": QCoreApplication.translate("CaseHistory", "First official response"),
    }
    return labels.get(action, action)
