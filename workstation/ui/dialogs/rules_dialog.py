"""Watch rules: named queries that tag new items as they arrive; tested against stored items before saving."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from workstation.core.errors import WorkstationError
from workstation.core.items import rules, search
from workstation.core.items.tags import list_tags, tag_name
from workstation.ui.i18n import describe
from workstation.ui.tasks import TaskRunner


class RulesDialog(QDialog):
    def __init__(self, runner: TaskRunner, lang: str, analyst: str, parent=None) -> None:
        super().__init__(parent)
        self.runner, self.lang, self.analyst = runner, lang, analyst
        self.setWindowTitle(self.tr("Watch rules"))
        self.resize(760, 480)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Query"), self.tr("Tag"), self.tr("Alert")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.name = QLineEdit()
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("e.g. 5G OR вышка*, розыгрыш OR \"ұтыс ойыны\", фишинг"))
        self.tag = QComboBox()
        self.alert = QCheckBox(self.tr("Raise an alert for each new match"))
        self.apply_existing = QCheckBox(self.tr("Also tag matching items already stored"))
        self.test_button = QPushButton(self.tr("Test on stored items"))
        self.save_button = QPushButton(self.tr("Save rule"))
        self.delete_button = QPushButton(self.tr("Delete selected rule"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Query"), self.query)
        form.addRow(self.tr("Tag"), self.tag)
        form.addRow("", self.alert)
        form.addRow("", self.apply_existing)
        buttons_row = QHBoxLayout()
        for button in (self.test_button, self.save_button, self.delete_button):
            buttons_row.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addLayout(buttons_row)
        layout.addWidget(self.result)
        layout.addWidget(close)
        self.test_button.clicked.connect(self.test)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.rules: list[dict] = []
        self.refresh()

    def refresh(self) -> None:
        def load(db, _ctx):
            return list_tags(db), rules.list_rules(db)
        self.runner.read(load, self._loaded, self._failed)

    def _loaded(self, data) -> None:
        tags, self.rules = data
        current = self.tag.currentData()
        self.tag.clear()
        for tag in tags:
            self.tag.addItem(tag_name(tag, self.lang), tag["id"])
        if current is not None:
            self.tag.setCurrentIndex(max(0, self.tag.findData(current)))
        names = {t["id"]: tag_name(t, self.lang) for t in tags}
        self.table.setRowCount(len(self.rules))
        for row, rule in enumerate(self.rules):
            values = (rule["name"], rule["query"], names.get(rule["tag_id"], rule["tag"]),
                      self.tr("yes") if rule["alert"] else "")
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))

    def _failed(self, error) -> None:
        self.result.setText(describe(error))

    def _valid_query(self) -> str | None:
        query = self.query.text().strip()
        try:
            search.validate(query)
        except WorkstationError as exc:
            self.result.setText(describe(exc))
            return None
        return query

    def test(self) -> None:
        query = self._valid_query()
        if query is None:
            return
        self.result.setText(self.tr("Counting…"))
        self.runner.read(lambda db, _c: rules.count_rule_matches(db, query),
                         lambda n: self.result.setText(self.tr("%n stored item(s) match this rule.", "", n)),
                         self._failed)

    def save(self) -> None:
        query = self._valid_query()
        if query is None or self.tag.currentData() is None:
            return
        name, tag_id, alert, existing = self.name.text(), self.tag.currentData(), self.alert.isChecked(), \
            self.apply_existing.isChecked()
        analyst = self.analyst

        def write(db, _ctx):
            return rules.add_rule(db, name, query, tag_id=tag_id, alert=alert, analyst=analyst,
                                  apply_to_stored=existing)

        def saved(rule) -> None:
            self.result.setText(self.tr("Rule saved: {0}").format(rule["name"]))
            self.name.clear()
            self.refresh()

        self.runner.write(write, saved, self._failed)

    def delete(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rules):
            return
        rule_id, analyst = self.rules[row]["id"], self.analyst
        self.runner.write(lambda db, _c: rules.delete_rule(db, rule_id, analyst=analyst),
                          lambda _r: self.refresh(), self._failed)
