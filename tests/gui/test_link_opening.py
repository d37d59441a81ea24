"""Opening an item's link: only http(s) ever reaches the desktop, after the analyst has seen the host the browser
would really visit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from workstation.ui.items.view import ITEM_LINK, ItemView

ITEM = {"title": "Бонус", "source": "Feed", "published_at": "2025-05-12T06:00:00Z", "date_known": 1, "lang": "kk",
        "content_html": "", "content_text": ""}


@pytest.fixture
def view(qtbot):
    widget = ItemView()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def desktop(monkeypatch):
    """What reached the desktop (QDesktopServices.openUrl), and what the analyst was shown and answered."""
    record = {"opened": [], "shown": [], "answer": QMessageBox.StandardButton.Open}

    def warning(_parent, title, text, *_buttons):
        record["shown"].append((title, text))
        return record["answer"]

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: record["opened"].append(url.toString()) or True)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    return record


def click_item_link(view: ItemView, url: str) -> None:
    view.show_item({**ITEM, "url": url}, [])
    view._anchor_clicked(QUrl(f"ws-link:{ITEM_LINK}"))


@pytest.mark.parametrize("link", [
    "file:///etc/passwd", "FILE://C:/Windows/System32/calc.exe", "smb://fileserver.evil.kz/share/x.exe",
    "ms-msdt:/id PCWDiagnostic /skip force", "ms-settings:privacy", "search-ms:query=invoice",
    "javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>", "mailto:a@evil.kz",
    "ftp://files.evil.kz/a.exe", "vbscript:msgbox(1)", "not a link at all",
])
def test_links_other_than_web_ones_are_never_opened(view, desktop, link):
    click_item_link(view, link)
    assert desktop["opened"] == []
    [(title, text)] = desktop["shown"]
    assert title == "Link not opened" and "Only web links (http, https)" in text


def test_a_web_link_opens_after_confirmation_at_the_host_the_browser_visits(view, desktop):
    click_item_link(view, "https://evil.kz\\@kaspi.kz/")
    [(title, text)] = desktop["shown"]
    assert title == "Open link in browser?"
    assert "The browser would go to: evil[.]kz\n" in text
    assert "Full address: hxxps://evil[.]kz/@kaspi.kz/\n" in text  # the browser's reading, defanged
    assert desktop["opened"] == ["https://evil.kz/@kaspi.kz/"]


def test_a_numeric_host_is_confirmed_as_the_address_it_is(view, desktop):
    click_item_link(view, "http://3232235777/login")
    assert "The browser would go to: 192[.]168[.]1[.]1\n" in desktop["shown"][0][1]
    assert desktop["opened"] == ["http://192.168.1.1/login"]


def test_cancelling_the_confirmation_opens_nothing(view, desktop):
    desktop["answer"] = QMessageBox.StandardButton.Cancel
    click_item_link(view, "https://kaspi.kz@evil.kz/x")
    assert "The browser would go to: evil[.]kz\n" in desktop["shown"][0][1]
    assert desktop["opened"] == []


def test_a_link_in_the_body_goes_through_the_same_check(view, desktop):
    view.show_item({**ITEM, "url": None, "content_html": '<p><a href="https://news.kz/a">a</a> '
                                                         '<a href="file:///etc/passwd">b</a></p>'}, [])
    view._anchor_clicked(QUrl("ws-link:1"))
    view._anchor_clicked(QUrl("ws-link:0"))
    assert desktop["opened"] == ["https://news.kz/a"]
    assert [title for title, _ in desktop["shown"]] == ["Link not opened", "Open link in browser?"]
