"""Time to a deadline, as the golden-hour and Deadlines docks and the violations list show it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

DAY = 24 * 3600


def countdown(seconds: int) -> str:
    """'5:59:58' under a day (with a minus once the deadline has passed: the clock keeps ticking), else days and
    hours, '54 d 7 h': '−1303:25:01' is unreadable. Past a day the caller's words say left or overdue."""
    seconds = int(seconds)
    span = abs(seconds)
    if span < DAY:
        sign = "−" if seconds < 0 else ""
        return f"{sign}{span // 3600}:{span % 3600 // 60:02d}:{span % 60:02d}"
    return QCoreApplication.translate("Countdown", "{0} d {1} h").format(span // DAY, span % DAY // 3600)


def deadline_line(seconds: int, subject: str) -> str:
    """One line of a dock: '6:00:00 left · subject', or 'OVERDUE 54 d 7 h · subject' once the deadline passed."""
    if seconds >= 0:
        return QCoreApplication.translate("Countdown", "{0} left · {1}").format(countdown(seconds), subject)
    return QCoreApplication.translate("Countdown", "OVERDUE {0} · {1}").format(countdown(seconds), subject)
