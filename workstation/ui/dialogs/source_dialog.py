"""Add or edit a source: every kind the core reads, its folder, interval, encoding override and selectors; "Try"
reads the source once (the owner does it in the background) and lists the items it would create, before saving."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from workstation.core import clock
from workstation.core.ingest.sources import CATEGORIES, KINDS, SELECTOR_KEYS
from workstation.ui.i18n import describe

TRIAL_SHOWN = 50  # items listed after a try; the rest are counted

ENCODINGS = ("", "utf-8", "windows-1251", "koi8-r", "koi8-u", "cp866", "mac-cyrillic", "iso-8859-5", "windows-1252")


class SourceDialog(QDialog):
    """Emits ``submitted(values)`` on OK; the caller saves through the core and closes it when that succeeds.
    Emits ``tryRequested(values)`` on "Try"; the caller reads the source in the background and answers with
    ``show_trial(fetched)`` or ``show_trial_error(text)``."""

    submitted = Signal(dict)
    tryRequested = Signal(dict)

    def __init__(self, parent=None, *, source: dict | None = None, folders: list[str] = ()) -> None:
        super().__init__(parent)
        self.source = source
        self.setWindowTitle(self.tr("Edit source") if source else self.tr("Add source"))
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("Feed or site address, t.me/channel, @channel, YouTube channel, file path"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Detect from the address"), None)
        kind_labels = {"rss": self.tr("RSS/Atom feed"), "site": self.tr("Website page (selectors)"),
                       "telegram": self.tr("Telegram channel"), "youtube": self.tr("YouTube channel"),
                       "file": self.tr("Local file")}
        for kind in KINDS:
            self.kind.addItem(kind_labels[kind], kind)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Default: the feed's own title"))
        self.folder = QComboBox()
        self.folder.setEditable(True)
        self.folder.addItems(["", *folders])
        self.category = QComboBox()
        category_labels = {"media": self.tr("Mass media"), "state body": self.tr("State body"),
                           "social": self.tr("Social network"), "messenger": self.tr("Messenger")}
        for category in CATEGORIES:
            self.category.addItem(category_labels[category], category)
        self.language = QComboBox()
        for code, label in (("", self.tr("Any")), ("kk", self.tr("Kazakh")), ("ru", self.tr("Russian")),
                            ("en", self.tr("English"))):
            self.language.addItem(label, code)
        self.interval = QSpinBox()
        self.interval.setRange(5, 7 * 24 * 60)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setValue(60)
        self.encoding = QComboBox()
        self.encoding.setEditable(True)
        self.encoding.addItem(self.tr("Automatic"), "")
        for name in ENCODINGS[1:]:
            self.encoding.addItem(name, name)
        self.enabled = QCheckBox(self.tr("Fetch this source"))
        self.enabled.setChecked(True)
        self.selectors = {key: QLineEdit() for key in SELECTOR_KEYS}
        selector_labels = {"item": self.tr("Item"), "title": self.tr("Title"), "link": self.tr("Link"),
                           "date": self.tr("Date"), "text": self.tr("Text")}
        self.selectors["item"].setPlaceholderText("div.news-item")
        self.selector_box = QGroupBox(self.tr("CSS selectors for a website page without a feed"))
        selector_form = QFormLayout(self.selector_box)
        for key, edit in self.selectors.items():
            selector_form.addRow(selector_labels[key], edit)
        form = QFormLayout()
        form.addRow(self.tr("Address"), self.url)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Folder"), self.folder)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Fetch every"), self.interval)
        form.addRow(self.tr("Encoding"), self.encoding)
        form.addRow("", self.enabled)
        self.form = form
        # Placeholders read whole: the fields are at least as wide as their hint text.
        for edit in (self.url, self.name, *self.selectors.values()):
            width = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24
            edit.setMinimumWidth(max(edit.minimumWidth(), width))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e")
        self.error.setWordWrap(True)
        # "Try": what the source gives now, before it is saved.
        self.try_button = QPushButton(self.tr("Try"))
        self.try_button.setObjectName("try_source")
        self.try_button.setToolTip(self.tr("Read the source once now and list the items it would add, "
                                           "without saving anything"))
        self.try_button.clicked.connect(self._try)
        self.trial_status = QLabel()
        self.trial_status.setWordWrap(True)
        self.trial_list = QListWidget()
        self.trial_list.setObjectName("trial_items")
        self.trial_list.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.try_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(lambda: self.submitted.emit(self.values()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.selector_box)
        layout.addWidget(self.trial_status)
        layout.addWidget(self.trial_list)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if source:
            self._load(source)
        self._kind_changed()

    def _load(self, source: dict) -> None:
        self.url.setText(source["url"])
        self.kind.setCurrentIndex(max(0, self.kind.findData(source["kind"])))
        self.name.setText(source["name"])
        self.folder.setCurrentText(source["folder"])
        self.category.setCurrentIndex(max(0, self.category.findData(source["category"])))
        self.language.setCurrentIndex(max(0, self.language.findData(source["language"])))
        self.interval.setValue(source["interval_minutes"])
        self.encoding.setCurrentText(source["encoding_override"] or "")
        self.enabled.setChecked(source["enabled"])
        for key, value in (source.get("selectors") or {}).items():
            if key in self.selectors:
                self.selectors[key].setText(value)

    def _kind_changed(self) -> None:
        """Only the fields the chosen kind uses: CSS selectors for a website page, an encoding for what is read
        as bytes (not Telegram's or YouTube's own pages)."""
        kind = self.kind.currentData()
        self.selector_box.setVisible(kind == "site")
        self.form.setRowVisible(self.encoding, kind not in ("telegram", "youtube"))

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    # --- trying the source ------------------------------------------------------------------------------------
    def _try(self) -> None:
        values = self.values()
        if not values["url"]:
            self.show_trial_error(self.tr("Enter the source's address first."))
            return
        self.try_button.setEnabled(False)
        self.trial_list.clear()
        self.trial_list.setVisible(False)
        self.trial_status.setStyleSheet("")
        self.trial_status.setText(self.tr("Reading the source…"))
        self.tryRequested.emit(values)

    def show_trial(self, fetched) -> None:
        """The answer to a try: a ``Fetched`` from the core (its items, or its error in plain words)."""
        if fetched.error is not None:
            self.show_trial_error(describe(fetched.error))
            return
        self.try_button.setEnabled(True)
        items = list(fetched.parsed.items) if fetched.parsed is not None else []
        self.trial_list.clear()
        for draft in items[:TRIAL_SHOWN]:
            when = clock.local_text(clock.to_iso(draft.published.moment)) if draft.published else self.tr("no date")
            title = draft.title or self.tr("(no title)")
            self.trial_list.addItem(f"{when}  {title}")
        self.trial_list.setVisible(bool(items))
        self.trial_status.setStyleSheet("")
        if not items:
            self.trial_status.setText(self.tr("The source answered, but it has no items to add."))
        elif len(items) > TRIAL_SHOWN:
            self.trial_status.setText(self.tr("The source gives %n item(s); the first ones:", "", len(items)))
        else:
            self.trial_status.setText(self.tr("The source gives %n item(s):", "", len(items)))
        feed_title = fetched.parsed.title if fetched.parsed is not None else ""
        self.trial_status.setToolTip(html.escape(feed_title))

    def show_trial_error(self, text: str) -> None:
        self.try_button.setEnabled(True)
        self.trial_list.clear()
        self.trial_list.setVisible(False)
        self.trial_status.setStyleSheet("color: #b3261e")
        self.trial_status.setText(self.tr("Could not read the source: {0}").format(text))

    def values(self) -> dict:
        encoding = self.encoding.currentText().strip()
        if encoding == self.tr("Automatic"):
            encoding = ""
        selectors = {k: e.text().strip() for k, e in self.selectors.items() if e.text().strip()}
        return {
            "url": self.url.text().strip(),
            "kind": self.kind.currentData(),
            "name": self.name.text().strip(),
            "folder": self.folder.currentText().strip(),
            "category": self.category.currentData(),
            "language": self.language.currentData(),
            "interval_minutes": self.interval.value(),
            "encoding_override": encoding or None,
            "selectors": selectors or None,
            "enabled": self.enabled.isChecked(),
        }
