"""Translated names for violation statuses, notice methods and outcomes, audit actions, notice languages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status_label(status: str) -> str:
    labels = {
        "detected": QCoreApplication.translate("ViolationStatus", "Detected"),
        "notice_sent": QCoreApplication.translate("ViolationStatus", "Notice sent"),
        "removed": QCoreApplication.translate("ViolationStatus", "Removed"),
        "not_removed": QCoreApplication.translate("ViolationStatus", "Not removed"),
        "restriction_requested": QCoreApplication.translate("ViolationStatus", "Access restriction requested"),
        "restricted": QCoreApplication.translate("ViolationStatus", "Access restricted"),
        "lifted": QCoreApplication.translate("ViolationStatus", "Restriction lifted"),
        "unfounded": QCoreApplication.translate("ViolationStatus", "Unfounded"),
    }
    return labels.get(status, status)


def method_label(method: str) -> str:
    labels = {
        "email": QCoreApplication.translate("NoticeMethod", "E-mail"),
        "portal": QCoreApplication.translate("NoticeMethod", "Platform's web form"),
        "letter": QCoreApplication.translate("NoticeMethod", "Letter"),
        "phone": QCoreApplication.translate("NoticeMethod", "Phone"),
        "other": QCoreApplication.translate("NoticeMethod", "Other"),
    }
    return labels.get(method, method)


def outcome_label(outcome: str) -> str:
    labels = {
        "pending": QCoreApplication.translate("NoticeMethod", "Awaiting removal"),
        "removed": QCoreApplication.translate("NoticeMethod", "Removed"),
        "not_removed": QCoreApplication.translate("NoticeMethod", "Not removed"),
    }
    return labels.get(outcome, outcome)


def action_label(action: str) -> str:
    """An audit-log action in words."""
    labels = {
        "create": QCoreApplication.translate("ViolationHistory", "Recorded"),
        "status": QCoreApplication.translate("ViolationHistory", "Status changed"),
        "restriction_ordered": QCoreApplication.translate("ViolationHistory", "Access restriction ordered"),
        "notice.send": QCoreApplication.translate("ViolationHistory", "Notice sent"),
        "notice.resolve": QCoreApplication.translate("ViolationHistory", "Notice outcome recorded"),
        "notice.received": QCoreApplication.translate("ViolationHistory", "Notice receipt recorded"),
    }
    return labels.get(action, action)


def language_label(lang: str) -> str:
    labels = {"kk": QCoreApplication.translate("NoticeLanguage", "Kazakh"),
              "ru": QCoreApplication.translate("NoticeLanguage", "Russian"),
              "en": QCoreApplication.translate("NoticeLanguage", "English")}
    return labels.get(lang, lang)
