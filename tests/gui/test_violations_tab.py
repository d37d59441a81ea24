"""Drive the violations tab in the real window: bulk intake, a notice and its deadline, escalation, the PDF."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog

from workstation.core import clock
from workstation.core.db.settings import set_setting
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source
from workstation.core.violations.workflow import add_violation
from workstation.core.workspace import open_workspace
from workstation.ui.violations.dialogs import EscalateDialog
from workstation.ui.violations.model import COLUMNS
from workstation.ui.violations.notice_dialog import NoticeDialog

T0 = dt.datetime(2025, 3, 10, 9, 0, 0, tzinfo=dt.timezone.utc)
PHISHING = "hxxps://bank-kz-bonus[.]com/login"


@pytest.fixture
def now():
    """A clock the test moves by hand: ``now[0] = ...``."""
    moment = [T0]
    clock.set_clock(lambda: moment[0])
    return moment


def tab_of(window):
    window.tabs.setCurrentWidget(window.violations_tab)
    return window.violations_tab


def shown(tab, column: str) -> list[str]:
    col = COLUMNS.index(column)
    return [tab.model.data(tab.model.index(r, col)) for r in range(tab.model.rowCount())]


def choose(combo, text: str) -> None:
    combo.setCurrentIndex(combo.findText(text))
    assert combo.currentText() == text


# What a notice needs from the workspace's settings before it can be recorded as sent.
OFFICIAL = {"issuing_body": "Қазақстан Республикасы Мәдениет және ақпарат министрлігі",
            "signatory_position": "Департамент директоры", "signatory_name": "А. Сейтқали", "author": "Б. Оспанов",
            "executor_phone": "+7 7172 74 00 00", "contact": "monitoring@mki.gov.kz"}


def official(db) -> None:
    for key, value in OFFICIAL.items():
        set_setting(db, key, value)


def give_contact(qtbot, dialog, contact: str) -> None:
    """Type the recipient's address and wait for the preview to show it with nothing missing."""
    dialog.recipient_contact.clear()
    qtbot.keyClicks(dialog.recipient_contact, contact)
    qtbot.waitUntil(lambda: contact in dialog.preview.toPlainText() and not dialog.preview_data["missing"],
                    timeout=5000)


def with_one_violation(qtbot, make_window, db):
    violation = add_violation(db, PHISHING, violation_type="violation.phishing", analyst="Айгерим",
                              target_organisation="Kaspi Bank")
    window = make_window()
    tab = tab_of(window)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    tab.table.selectRow(0)
    qtbot.waitUntil(lambda: tab.detail.violation is not None, timeout=5000)
    return window, tab, violation


def open_notice_dialog(qtbot, tab, lang: str = "kk") -> NoticeDialog:
    tab.notice_action.trigger()
    dialog = tab.dialog
    assert isinstance(dialog, NoticeDialog)
    qtbot.waitUntil(lambda: dialog.preview_data is not None, timeout=5000)
    choose(dialog.language, {"kk": "Kazakh", "ru": "Russian"}[lang])
    title = {"kk": "ХАБАРЛАМА", "ru": "УВЕДОМЛЕНИЕ"}[lang]
    qtbot.waitUntil(lambda: f"\n{title}\n" in dialog.preview.toPlainText(), timeout=5000)
    return dialog


def test_bulk_intake_of_pasted_addresses_reports_counts_and_fills_the_list(qtbot, make_window, db, activate):
    known = add_violation(db, "https://kaspi-bonus.tilda.ws/win", violation_type="violation.phishing")
    window = make_window()
    tab = tab_of(window)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    activate(window)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = tab.dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=3000)
    dialog.text.setPlainText("\n".join([
        PHISHING,
        "https://news.bank-kz-bonus.com/prize?utm_source=tg",
        "halyk-priz.kz/claim",
        "hxxps://bank-kz-bonus[.]com/login",  # the same address again in the batch
        "https://kaspi-bonus.tilda.ws/win",  # already recorded
        "not an address at all",
    ]))
    choose(dialog.type, "Phishing")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=5000)

    # "%n violation(s)": the English plural forms come from the built translations, "(s)" until they are built.
    summary = dialog.summary.text().replace("(s)", "s")
    assert "3 violations recorded" in summary
    assert "2 duplicates not recorded again" in summary
    assert re.search(r"\b1 lines? not usable", summary)
    duplicates = {dialog.duplicates.item(r, 0).text(): dialog.duplicates.item(r, 1).text()
                  for r in range(dialog.duplicates.rowCount())}
    assert duplicates["hxxps://kaspi-bonus[.]tilda[.]ws/win"] == str(known["id"])
    domains = {dialog.domains.item(r, 0).text(): dialog.domains.item(r, 1).text()
               for r in range(dialog.domains.rowCount())}
    assert domains == {"bank-kz-bonus.com": "2", "halyk-priz.kz": "1"}
    assert dialog.invalid.item(0, 0).text() == "not an address at all"

    # The list shows the new ones, every address defanged; the store keeps the real addresses.
    qtbot.waitUntil(lambda: tab.model.rowCount() == 4, timeout=5000)
    urls = shown(tab, "url")
    assert "hxxps://bank-kz-bonus[.]com/login" in urls
    assert "hxxps://news[.]bank-kz-bonus[.]com/prize" in urls
    assert "hxxp://halyk-priz[.]kz/claim" in urls
    assert all(u.startswith(("hxxp://", "hxxps://")) and "." not in u.split("/")[2].replace("[.]", "") for u in urls)
    assert set(shown(tab, "type")) == {"Phishing"}
    assert set(shown(tab, "status")) == {"Detected"}
    stored = {r[0] for r in db.execute("SELECT canonical_url FROM violations")}
    assert "https://news.bank-kz-bonus.com/prize" in stored and len(stored) == 4
    analysts = db.execute("SELECT analyst FROM violations WHERE id != ?", [known["id"]]).fetchall()
    assert analysts == [("Айгерим",)] * 3


def test_notice_counts_down_turns_red_alerts_once_and_escalation_restricts_access(qtbot, make_window, db, now,
                                                                                  monkeypatch):
    official(db)
    window, tab, violation = with_one_violation(qtbot, make_window, db)
    header = tab.detail.header.text()
    assert "hxxps://bank-kz-bonus[.]com/login" in header and "<a" not in header and "https://" not in header
    alerts: list[tuple[str, str]] = []
    monkeypatch.setattr(window.notifier, "alert", lambda title, text: alerts.append((title, text)))

    dialog = open_notice_dialog(qtbot, tab, "kk")
    assert dialog.recipient.currentText() == "bank-kz-bonus.com интернет-ресурсының әкімшілігі"
    give_contact(qtbot, dialog, "abuse@bank-kz-bonus.com")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    sent = db.execute("SELECT recipient, sent_at, deadline_at, outcome, text FROM notices").fetchall()
    assert len(sent) == 1
    recipient, sent_at, deadline_at, outcome, text = sent[0]
    assert (sent_at, deadline_at, outcome) == ("2025-03-10T09:00:00Z", "2025-03-10T15:00:00Z", "pending")
    assert recipient == "bank-kz-bonus.com интернет-ресурсының әкімшілігі" and "\nХАБАРЛАМА\n" in text
    assert "\nКімге: bank-kz-bonus.com интернет-ресурсының әкімшілігі\n" in text  # as the core's default addressee
    assert text.startswith(OFFICIAL["issuing_body"] + "\nШығ. № 1, 10.03.2025\n")

    # The Deadlines dock shows it with the time left; the list's countdown column too.
    dock = window.findChild(type(tab.dock), "deadlines_dock")
    assert dock is tab.dock
    qtbot.waitUntil(dock.isVisible, timeout=5000)  # the dock shows once it has a deadline to count down
    qtbot.waitUntil(lambda: dock.list.count() == 1 and "left" in dock.list.item(0).text(), timeout=5000)
    assert dock.list.item(0).text() == "6:00:00 left · hxxps://bank-kz-bonus[.]com/login"
    qtbot.waitUntil(lambda: shown(tab, "time_left") == ["6:00:00"], timeout=5000)
    assert shown(tab, "status") == ["Notice sent"]

    # Five seconds past the deadline: red, one alert, one status-bar line; no dialog pops up.
    now[0] = T0 + dt.timedelta(hours=6, seconds=5)
    qtbot.waitUntil(lambda: dock.list.item(0).text().startswith("OVERDUE"), timeout=3000)
    assert dock.list.item(0).text() == "OVERDUE −0:00:05 · hxxps://bank-kz-bonus[.]com/login"
    assert dock.list.item(0).foreground().color().name() == "#b3261e"
    assert shown(tab, "time_left") == ["overdue −0:00:05"]
    assert len(alerts) == 1 and alerts[0][0] == "Removal deadline passed"
    assert "Removal deadline passed" in window.statusBar().currentMessage()
    dock.reload()  # a reload from the database and more ticks: still one alert
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=5000)
    dock.tick()
    assert len(alerts) == 1 and dock.list.item(0).text().startswith("OVERDUE")
    assert QApplication.activeModalWidget() is None

    # The dock proposes escalation; with the order's reference the access is restricted.
    dock.list.setCurrentRow(0)
    assert dock.escalate_button.isEnabled()
    qtbot.mouseClick(dock.escalate_button, Qt.MouseButton.LeftButton)
    escalate = tab.dialog
    assert isinstance(escalate, EscalateDialog)
    escalate.order_ref.setText("№ 04-2/117")
    qtbot.mouseClick(escalate.ok_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not escalate.isVisible(), timeout=5000)
    assert db.execute("SELECT status FROM violations").fetchone() == ("restricted",)
    assert db.execute("SELECT outcome FROM notices").fetchone() == ("not_removed",)
    assert db.execute("SELECT order_ref, ordered_at FROM restrictions").fetchone() == ("№ 04-2/117",
                                                                                      "2025-03-10T15:00:05Z")
    qtbot.waitUntil(lambda: "Access restricted" in tab.detail.header.text(), timeout=5000)
    assert tab.detail.restrictions.item(0, 1).text() == "№ 04-2/117"
    qtbot.waitUntil(lambda: not dock.notices, timeout=5000)
    actions = [tab.detail.history.item(r, 2).text() for r in range(tab.detail.history.rowCount())]
    assert "Access restriction ordered" in actions and "Notice sent" in actions


def test_save_as_pdf_keeps_the_kazakh_letters_and_copy_text_fills_the_clipboard(qtbot, make_window, db, now,
                                                                                 tmp_path, monkeypatch):
    _window, tab, _violation = with_one_violation(qtbot, make_window, db)
    dialog = open_notice_dialog(qtbot, tab, "kk")
    target = tmp_path / "хабарлама"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Saved:"), timeout=10000)
    pdf = target.with_name("хабарлама.pdf")
    text = "".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    for word in ("ХАБАРЛАМА", "бұзушылықты", "қолжетімділік", "Қазақстан", "әкімшілігі", "3-1-тармағының"):
        assert word in text
    assert "https://bank-kz-bonus.com/login" in text and "hxxps" not in text  # the letter gives the exact address

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.preview.toPlainText()
    # A defanged copy on screen only when asked for; the letter copied is still exact.
    dialog.defanged.setChecked(True)
    assert "1) hxxps://bank-kz-bonus[.]com/login" in dialog.preview.toPlainText()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "1) https://bank-kz-bonus.com/login" in QGuiApplication.clipboard().text()
    assert db.execute("SELECT count(*) FROM notices").fetchone() == (0,)  # nothing is recorded until "sent"


def test_a_refused_transition_shows_the_core_message_in_the_panel(qtbot, make_window, db, now):
    _window, tab, _violation = with_one_violation(qtbot, make_window, db)
    tab.lift_action.trigger()
    qtbot.mouseClick(tab.dialog.ok_button(), Qt.MouseButton.LeftButton)
    # the statuses as the interface names them, not the core's keys (lifted, notice_sent)
    message = "a violation that is Detected cannot become Restriction lifted; it can become: Notice sent, " \
              "Unfounded, Access restriction requested"
    qtbot.waitUntil(lambda: tab.detail.message.text() == message, timeout=5000)
    assert tab.dialog.error.text() == message
    assert db.execute("SELECT status FROM violations").fetchone() == ("detected",)


def test_violation_from_a_selected_item_keeps_its_evidence(qtbot, make_window, db, wait_rows):
    source = add_source(db, "https://news.example/rss")
    store_items(db, source["id"], [ItemDraft(title="Kaspi ұтыс ойыны", url="https://kaspi-gift.example/prize",
                                             content_text="Сыйлық алу үшін картаңызды енгізіңіз")])
    window = make_window()
    wait_rows(window, 1)
    window.items_tab.select_row(0)
    tab = window.violations_tab
    tab.from_items_action.trigger()
    dialog = tab.dialog
    choose(dialog.type, "Fraudulent resource")
    dialog.target.setText("Kaspi Bank")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    row = db.execute("SELECT id, item_id, canonical_url, target_organisation FROM violations").fetchone()
    assert row[1] is not None and row[2:] == ("https://kaspi-gift.example/prize", "Kaspi Bank")
    assert db.execute("SELECT count(*) FROM evidence WHERE violation_id = ?", [row[0]]).fetchone() == (1,)
    qtbot.waitUntil(lambda: tab.detail.evidence.rowCount() == 1, timeout=5000)
    assert tab.detail.evidence.item(0, 3).text() == "yes"
    assert tab.detail.evidence.item(0, 1).text() == "hxxps://kaspi-gift[.]example/prize"
    assert open_workspace(window.db_path).execute("SELECT count(*) FROM audit_log WHERE entity = 'violation'") \
        .fetchone() == (1,)


def test_add_by_keyboard_from_a_defanged_address_then_close_it_as_unfounded(qtbot, make_window, db, activate):
    window = make_window()
    tab = tab_of(window)
    activate(window)
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = tab.dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=3000)
    assert dialog.type.currentText() == "Phishing"
    dialog.url.setText("hxxps://egov-kz-pay[.]top/login ")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: shown(tab, "url") == ["hxxps://egov-kz-pay[.]top/login"], timeout=5000)
    assert db.execute("SELECT canonical_url, domain FROM violations").fetchall() == [
        ("https://egov-kz-pay.top/login", "egov-kz-pay.top")]

    # The same address again: the dialog stays open with the core's message.
    tab.add_action.trigger()
    again = tab.dialog
    again.url.setText("https://egov-kz-pay.top/login")
    qtbot.mouseClick(again.ok_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.error.text() != "", timeout=5000)
    assert again.error.text().startswith("this address is already recorded as violation")
    again.reject()

    # Close it as unfounded from the keyboard, inside the tab.
    qtbot.waitUntil(lambda: tab.detail.violation is not None, timeout=5000)
    activate(window)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    close = tab.dialog
    qtbot.waitUntil(lambda: close.isVisible(), timeout=3000)
    close.reason.setPlainText("Официальный сайт, не фишинг")
    qtbot.mouseClick(close.ok_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not close.isVisible(), timeout=5000)
    assert db.execute("SELECT status, closed_reason FROM violations").fetchone() == (
        "unfounded", "Официальный сайт, не фишинг")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=5000)  # the list shows open violations


def test_notice_outcome_removed_in_time_and_a_new_platform_in_the_directory(qtbot, make_window, db, now):
    from workstation.core.violations.notices import send_notice
    window, tab, violation = with_one_violation(qtbot, make_window, db)
    send_notice(db, violation["id"], to="TikTok", lang="ru")
    tab.refresh()
    qtbot.waitUntil(lambda: tab.detail.notices.rowCount() == 1, timeout=5000)
    assert tab.detail.notices.item(0, 1).text() == "TikTok"
    assert tab.detail.notices.item(0, 0).text().endswith(" · № 1")  # the outgoing number from the register
    now[0] = T0 + dt.timedelta(hours=2)
    tab.resolve_action.trigger()
    outcome = tab.dialog
    assert outcome.removed.isChecked()
    qtbot.mouseClick(outcome.ok_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not outcome.isVisible(), timeout=5000)
    assert db.execute("SELECT status, removed_in_time FROM violations").fetchone() == ("removed", 1)
    assert db.execute("SELECT outcome, resolved_at FROM notices").fetchone() == ("removed", "2025-03-10T11:00:00Z")
    qtbot.waitUntil(lambda: "Removed in time" in tab.detail.header.text(), timeout=5000)
    qtbot.waitUntil(lambda: not tab.dock.notices, timeout=5000)

    tab.contacts_action.trigger()
    directory = tab.dialog
    qtbot.waitUntil(lambda: directory.table.rowCount() == 4, timeout=5000)
    directory.add_row()
    for column, value in enumerate(("Telegram", "t.me telegram.org", "abuse@telegram.org", "")):
        directory.table.item(4, column).setText(value)
    directory.save()
    qtbot.waitUntil(lambda: directory.message.text() == "1 platform(s) saved." or
                    directory.message.text() == "1 platform saved.", timeout=5000)
    assert db.execute("SELECT domains, contact FROM platform_contacts WHERE name = 'Telegram'").fetchone() == (
        "t.me telegram.org", "abuse@telegram.org")
    directory.reject()


def test_an_address_list_file_is_read_into_the_bulk_intake(qtbot, make_window, tmp_path, monkeypatch):
    window = make_window()
    tab = tab_of(window)
    listing = tmp_path / "адреса.csv"
    listing.write_bytes("url;комментарий\nhxxps://kaspi-qr[.]site/pay;фишинг\n".encode("cp1251"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(listing), ""))
    tab.bulk_action.trigger()
    dialog = tab.dialog
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert "hxxps://kaspi-qr[.]site/pay;фишинг" in dialog.text.toPlainText()
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=5000)
    assert len(dialog.result.created) == 1 and dialog.result.invalid == []
    qtbot.waitUntil(lambda: shown(tab, "url") == ["hxxps://kaspi-qr[.]site/pay"], timeout=5000)


def test_selected_violations_go_out_as_one_notice_per_platform_or_website(qtbot, make_window, db, now):
    official(db)
    db.execute("UPDATE platform_contacts SET contact = 'legal-kz@meta.example' WHERE key = 'meta'")
    for url in ("https://www.facebook.com/fake.a", "https://bonus.example/x", "https://www.facebook.com/fake.b"):
        add_violation(db, url, violation_type="violation.phishing")
    window = make_window()
    tab = tab_of(window)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=5000)
    tab.table.selectRow(0)
    qtbot.waitUntil(lambda: tab.detail.violation is not None, timeout=5000)
    tab.table.selectAll()  # all three, the current one staying
    dialog = open_notice_dialog(qtbot, tab, "ru")
    assert dialog.group.count() == 2 and dialog.group.isVisibleTo(dialog)
    sends = dialog.sends()
    assert {s["to"]: sorted(s["violation_ids"]) for s in sends} == {
        "Meta (Facebook, Instagram)": [1, 3], "Администрация интернет-ресурса bonus.example": [2]}
    assert dialog.recipient_contact.text() == "legal-kz@meta.example"  # the directory's contact
    choose(dialog.group, dialog.group.itemText(1))
    give_contact(qtbot, dialog, "abuse@bonus.example")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert sorted(db.execute("SELECT recipient_contact FROM notices").fetchall()) == [
        ("abuse@bonus.example",), ("legal-kz@meta.example",)]
    listed = db.execute("SELECT notice_id, count(*) FROM notice_violations GROUP BY notice_id ORDER BY 2").fetchall()
    assert [n for _id, n in listed] == [1, 2]
    assert db.execute("SELECT DISTINCT status FROM violations").fetchall() == [("notice_sent",)]
    qtbot.waitUntil(lambda: tab.dock.list.count() == 2, timeout=5000)
    assert any("(+1 more)" in tab.dock.list.item(r).text() for r in range(2))


def test_a_notice_lacking_fields_names_them_and_is_not_recorded(qtbot, make_window, db, now):
    _window, tab, _violation = with_one_violation(qtbot, make_window, db)
    dialog = open_notice_dialog(qtbot, tab, "ru")
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Before sending, fill in:"), timeout=5000)
    for named in ("issuing body (Settings)", "recipient's address or e-mail", "signatory's position (Settings)",
                  "executor's phone (Settings)"):
        assert named in dialog.message.text()
    assert "[орган-отправитель не указан]" in dialog.preview.toPlainText()
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.text().startswith("Before sending, fill in:")
    assert db.execute("SELECT count(*) FROM notices").fetchone() == (0,)
