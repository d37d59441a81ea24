"""Edit the taxonomy: rename tags in the three languages, add custom tags."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from workstation.core.items.tags import TAG_KINDS, create_tag, list_tags, rename_tag
from workstation.ui.i18n import describe
from workstation.ui.tasks import TaskRunner


def kind_label(kind: str) -> str:
    labels = {"fake_category": QCoreApplication.translate("Taxonomy", "Fake category"),
              "violation_type": QCoreApplication.translate("Taxonomy", "Violation type"),
              "topic": QCoreApplication.translate("Taxonomy", "Topic"),
              "custom": QCoreApplication.translate("Taxonomy", "Custom")}
    return labels.get(kind, kind)


class TagsDialog(QDialog):
    def __init__(self, runner: TaskRunner, analyst: str, parent=None) -> None:
        super().__init__(parent)
        self.runner, self.analyst = runner, analyst
        self.setWindowTitle(self.tr("Taxonomy"))
        self.resize(820, 480)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), "Қазақша", "Русский",
                                              "English", self.tr("Shortcut")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("New tag name"))
        self.new_kind = QComboBox()
        for kind in TAG_KINDS:
            self.new_kind.addItem(kind_label(kind), kind)
        self.new_kind.setCurrentIndex(self.new_kind.findData("custom"))
        add = QPushButton(self.tr("Add tag"))
        add.clicked.connect(self.add)
        self.message = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.new_name)
        row.addWidget(self.new_kind)
        row.addWidget(add)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.tags: list[dict] = []
        self.refresh()

    def refresh(self) -> None:
        self.runner.read(lambda db, _c: list_tags(db), self._loaded, self._failed)

    def _loaded(self, tags: list[dict]) -> None:
        self.tags = tags
        self.table.setRowCount(len(tags))
        for row, tag in enumerate(tags):
            kind = QTableWidgetItem(kind_label(tag["kind"]))
            kind.setFlags(kind.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, kind)
            for col, lang in enumerate(("kk", "ru", "en"), start=1):
                self.table.setItem(row, col, QTableWidgetItem(tag[f"name_{lang}"]))
            shortcut = QTableWidgetItem(tag["shortcut"] or "")
            shortcut.setFlags(shortcut.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 4, shortcut)

    def _failed(self, error) -> None:
        self.message.setText(describe(error))

    def save(self) -> None:
        changes = []
        for row, tag in enumerate(self.tags):
            names = {lang: self.table.item(row, col).text() for col, lang in enumerate(("kk", "ru", "en"), start=1)}
            if any(names[lang] != tag[f"name_{lang}"] for lang in names):
                changes.append((tag["id"], names))
        analyst = self.analyst

        def write(db, _ctx):
            for tag_id, names in changes:
                rename_tag(db, tag_id, names, analyst=analyst)
            return len(changes)

        self.runner.write(write, lambda n: (self.message.setText(self.tr("%n tag(s) renamed.", "", n)),
                                            self.refresh()), self._failed)

    def add(self) -> None:
        name, kind, analyst = self.new_name.text(), self.new_kind.currentData(), self.analyst
        self.runner.write(lambda db, _c: create_tag(db, name, kind=kind, analyst=analyst),
                          lambda _t: (self.new_name.clear(), self.refresh()), self._failed)
