"""The one countdown of the golden-hour and Deadlines docks: H:MM:SS under a day, days and hours beyond."""

from workstation.ui.countdown import countdown, deadline_line


def test_under_a_day_the_clock_ticks_in_seconds(qapp):
    assert countdown(6 * 3600) == "6:00:00"
    assert countdown(-5) == "−0:00:05"
    assert countdown(-(23 * 3600 + 59 * 60 + 59)) == "−23:59:59"


def test_an_overdue_of_days_reads_in_days_and_hours(qapp):
    overdue = -(54 * 86400 + 7 * 3600 + 25 * 60 + 1)  # was shown as −1303:25:01
    assert countdown(overdue) == "54 d 7 h"
    assert deadline_line(overdue, "hxxps://bank[.]kz") == "OVERDUE 54 d 7 h · hxxps://bank[.]kz"
    assert deadline_line(30 * 3600, "Фейк") == "1 d 6 h left · Фейк"


def test_the_countdown_follows_the_interface_language(qapp, translations):
    translations.switch("ru")
    assert deadline_line(-(2 * 86400 + 3600), "x") == "ПРОСРОЧЕНО 2 дн. 1 ч · x"
    translations.switch("kk")
    assert deadline_line(3600, "x") == "1:00:00 қалды · x"
