"""The platform directory: platforms' legal representatives (name, domains, contact, notes), edited in place.

A seeded platform's name and notes are shown in the analyst's language (``directory.shown``); a cell the analyst
leaves as shown keeps its stored text, so saving in Russian does not turn "VKontakte" into «ВКонтакте» for all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from workstation.core.violations import directory
from workstation.ui.i18n import describe
from workstation.ui.tasks import TaskRunner

FIELDS = ("name", "domains", "contact", "notes")


class ContactsDialog(QDialog):
    def __init__(self, runner: TaskRunner, analyst: str, parent=None, *, lang: str = "en") -> None:
        super().__init__(parent)
        self.runner, self.analyst, self.lang = runner, analyst, lang
        self.setWindowTitle(self.tr("Platform directory"))
        self.resize(880, 420)
        self.table = QTableWidget(0, len(FIELDS))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Domains (separated by spaces)"),
                                              self.tr("Contact"), self.tr("Notes")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        add = QPushButton(self.tr("Add platform"))
        add.clicked.connect(self.add_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addStretch()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Notices for addresses on these domains go to the platform's legal "
                                        "representative by default.")))
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.contacts: list[dict] = []  # as shown
        self.stored: dict[int, dict] = {}
        self.refresh()

    def refresh(self) -> None:
        self.runner.read(lambda db, _c: directory.list_contacts(db), self._loaded, self._failed)

    def _loaded(self, contacts: list[dict]) -> None:
        self.stored = {c["id"]: c for c in contacts}
        self.contacts = [directory.shown(c, self.lang) for c in contacts]
        self.table.setRowCount(0)
        for contact in self.contacts:
            self._append(contact)
        self.table.resizeColumnsToContents()

    def _append(self, contact: dict) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, name in enumerate(FIELDS):
            cell = QTableWidgetItem(contact.get(name) or "")
            if col == 0:
                cell.setData(Qt.ItemDataRole.UserRole, contact.get("id"))
            self.table.setItem(row, col, cell)

    def add_row(self) -> None:
        self._append({})
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.editItem(self.table.item(self.table.rowCount() - 1, 0))

    def rows(self) -> list[dict]:
        out = []
        for row in range(self.table.rowCount()):
            values = {name: (self.table.item(row, col).text() if self.table.item(row, col) else "").strip()
                      for col, name in enumerate(FIELDS)}
            values["id"] = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) if self.table.item(row, 0) else None
            out.append(values)
        return out

    def save(self) -> None:
        known = {c["id"]: c for c in self.contacts}
        changed = [r for r in self.rows()
                   if (r["id"] is None and any(r[f] for f in FIELDS))
                   or (r["id"] in known and any(r[f] != (known[r["id"]][f] or "") for f in FIELDS))]
        for values in changed:  # a cell left as shown keeps its stored text (not its translation)
            stored = self.stored.get(values["id"])
            for field in FIELDS if stored else ():
                if values[field] == (known[values["id"]][field] or ""):
                    values[field] = stored[field] or ""
        analyst = self.analyst

        def write(db, _ctx):
            for values in changed:
                directory.save_contact(db, values["name"], domains=values["domains"], contact=values["contact"],
                                     notes=values["notes"], contact_id=values["id"], analyst=analyst)
            return len(changed)

        def done(count: int) -> None:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("%n platform(s) saved.", "", count))
            self.refresh()

        self.runner.write(write, done, self._failed)

    def _failed(self, error: object) -> None:
        self.message.setStyleSheet("color: #b3261e")
        self.message.setText(describe(error))
