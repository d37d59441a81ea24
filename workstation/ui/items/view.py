"""The selected item: title, source, date, defanged link and sanitized content; nothing loads from the network."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMessageBox, QTextBrowser

from workstation.core import clock
from workstation.core.items.display import for_display, link_index
from workstation.core.urls import HTTP_SCHEMES, browser_target, defang
from workstation.ui.items.labels import language_label

ITEM_LINK = -1
ZOOM_RANGE = (-4, 12)  # Ctrl+minus / Ctrl+plus steps from the default text size


class ItemView(QTextBrowser):
    linkHovered = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._anchor_clicked)
        self.highlighted.connect(self._hovered)
        self.links: list[str] = []
        self.item_url: str | None = None
        self.item: dict | None = None
        self.zoom_steps = 0
        self.zoom_actions: list[QAction] = []
        self.settings = None
        self.show_placeholder()

    # --- text size --------------------------------------------------------------------------------------------
    def install_zoom(self, shortcuts, settings) -> None:
        """Ctrl+plus, Ctrl+minus and Ctrl+0 for the text size, listed in F1; the size is kept in ``settings``."""
        self.settings = settings
        self.zoom_in_action = shortcuts.action("Ctrl++", lambda: self.zoom_by(1), self)
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.zoom_out_action = shortcuts.action("Ctrl+-", lambda: self.zoom_by(-1), self)
        self.zoom_reset_action = shortcuts.action("Ctrl+0", self.zoom_reset, self)
        self.zoom_actions = [self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action]
        self.retranslate_zoom()
        self.set_zoom(settings.get("item_zoom"))

    def retranslate_zoom(self) -> None:
        for action, text in zip(self.zoom_actions, (self.tr("Larger text in the item view"),
                                                    self.tr("Smaller text in the item view"),
                                                    self.tr("Default text size in the item view")), strict=False):
            action.setText(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_zoom()
        super().changeEvent(event)

    def set_zoom(self, steps: int) -> None:
        steps = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], int(steps)))
        if steps != self.zoom_steps:
            self.zoomIn(steps - self.zoom_steps)
            self.zoom_steps = steps
        if self.settings is not None and self.settings.get("item_zoom") != steps:
            self.settings.set("item_zoom", steps)

    def zoom_by(self, delta: int) -> None:
        self.set_zoom(self.zoom_steps + delta)

    def zoom_reset(self) -> None:
        self.set_zoom(0)

    def loadResource(self, type_: int, name: QUrl):  # noqa: N802 - Qt's name
        # Never fetch anything: no remote images, stylesheets or frames, whatever the HTML says.
        return None

    def show_placeholder(self) -> None:
        self.item = None
        self.links, self.item_url = [], None
        hint = self.tr("Select an item to read it.")
        self.setHtml(f"<p style='color:gray'>{html.escape(hint)}</p>")

    def show_item(self, item: dict, tag_names: list[str]) -> None:
        self.item = item
        body, self.links = for_display(item.get("content_html") or "")
        if not body:
            text = html.escape(item.get("content_text") or "").replace("\n", "<br>")
            body = f"<p>{text}</p>"
        self.item_url = item.get("url")
        date = clock.local_text(item["published_at"], clock.SCREEN_SECONDS)
        if not item.get("date_known"):
            date += " " + self.tr("(no date in the source; first fetched)")
        meta = " · ".join(html.escape(x) for x in (item.get("source") or self.tr("(removed source)"), date,
                                                    language_label(item.get("lang") or "")))
        link = ""
        if self.item_url:
            note = self.tr("defanged; click to open deliberately")
            link = (f"<p><a href='ws-link:{ITEM_LINK}'>{html.escape(defang(self.item_url))}</a> "
                    f"<span style='color:gray'>({html.escape(note)})</span></p>")
        tags = f"<p><i>{html.escape(', '.join(tag_names))}</i></p>" if tag_names else ""
        self.setHtml(f"<h2>{html.escape(item.get('title') or '')}</h2><p style='color:gray'>{meta}</p>"
                     f"{link}{tags}<hr>{body}")

    def _target(self, url: QUrl) -> str | None:
        text = url.toString()
        if text == f"ws-link:{ITEM_LINK}":
            return self.item_url
        index = link_index(text)
        return self.links[index] if index is not None and index < len(self.links) else None

    def _hovered(self, url: QUrl) -> None:
        target = self._target(url) if url.isValid() else None
        self.linkHovered.emit(defang(target) if target else "")

    def _anchor_clicked(self, url: QUrl) -> None:
        target = self._target(url)
        if target:
            self.open_deliberately(target)

    def open_deliberately(self, target: str) -> bool:
        """Open a link in the system browser only after the analyst confirms the host the browser would visit.

        Only http(s) links ever reach the desktop: file:, smb:, javascript:, data:, ms-msdt: and every other scheme
        would have the system read a file, run a handler or a program, not show a page. What is opened is the
        address as the browser itself reads it (``urls.browser_target``), so the host confirmed is the host visited:
        "https://evil.kz\\@kaspi.kz/" is confirmed and opened as evil.kz.
        """
        where = browser_target(target)
        # The browser's own spelling is all ASCII (punycode, percent-escapes): nothing left for Qt to reinterpret.
        usable = where.href is not None and where.href.isascii()
        url = QUrl.fromEncoded(where.href.encode("ascii"), QUrl.ParsingMode.StrictMode) if usable else QUrl()
        if not url.isValid() or url.scheme() not in HTTP_SCHEMES:
            kind = where.scheme + ":" if where.scheme else self.tr("not an address")
            QMessageBox.warning(
                self, self.tr("Link not opened"),
                self.tr("Only web links (http, https) open from the workstation. This one is {0} and was not "
                        "opened:\n\n{1}").format(kind, defang(target)))
            return False
        answer = QMessageBox.warning(
            self, self.tr("Open link in browser?"),
            self.tr("This link may lead to a phishing or fraudulent page.\n\nThe browser would go to: {0}\n\n"
                    "Full address: {1}\n\nOpen it in the system browser?").format(defang(where.host),
                                                                                  defang(where.href)),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Open:
            return False
        return QDesktopServices.openUrl(url)
