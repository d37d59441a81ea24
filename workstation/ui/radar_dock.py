"""The Radar dock: stories spreading much faster than usual (core/radar), one line each, and what to do about them.

Each line is a story the radar alerted on and nobody has handled yet: its title, how fast it spreads against its
normal rate ("14 in the last hour, normally 0.3"), its sources and languages, and, when it repeats a claim already
refuted, a marker with the refutation ready to publish again. The list is read in the background after every fetch
and every minute; each new story raises one desktop alert, never twice (the stories already alerted when the
workstation starts raise one summary alert). Like the other docks it takes room only with something to show: at
start it is shown only when there are stories, a new story shows it again, and View ▸ Radar (Ctrl+Shift+R) shows
or hides it at any time. The actions run on the task runner: open a resonant case (its detected time is the
spike's; the window then shows it in the Cases tab), mute the story or one of its sources, dismiss the alert, show
the refuted case.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QDockWidget,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from workstation.core import clock, radar
from workstation.core.cases import workflow as cases
from workstation.reports.text import language_name, number
from workstation.ui.context import TabContext
from workstation.ui.flow_layout import FlowLayout
from workstation.ui.tasks import Newest

RELOAD_MS = 60_000
REFUTED = QColor("#b3261e")
StoryRow = Qt.ItemDataRole.UserRole + 1
RowHtml = Qt.ItemDataRole.UserRole + 2
# The width the dock asks for beside the tabs (1366-pixel screens): its buttons wrap rather than widen it.
PREFERRED_WIDTH = 380


class _RowDelegate(QStyledItemDelegate):
    """A story's lines as a little rich text: its title in bold, the refuted-claim line in red."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(4)
        document.setHtml(index.data(RowHtml) or html.escape(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        document.setTextWidth(max(120, option.rect.width()))
        return document

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_color = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        if selected:  # red on the selection's blue is unreadable
            document.setHtml(document.toHtml().replace(REFUTED.name(), text_color.name()))
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text_color)
        painter.save()
        painter.translate(option.rect.topLeft())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt's name
        self.initStyleOption(option, index)
        width = option.widget.viewport().width() if option.widget else option.rect.width()
        option.rect.setWidth(width)
        document = self._document(option, index)
        return QSize(width, int(document.size().height()) + 2)


def rising_stories(db, _ctx=None) -> list[dict]:
    """One row per story with an alert nobody has handled (its latest alert, the story's figures now), the
    strongest first, muted stories left out; a refuted claim comes with its case's title (a worker-thread read)."""
    latest: dict[int, dict] = {}
    alert_ids: dict[int, list[int]] = {}
    for alert in radar.radar_alerts(db):  # newest first
        latest.setdefault(alert["story_id"], alert)
        alert_ids.setdefault(alert["story_id"], []).append(alert["id"])
    rows = []
    for story_id, alert in latest.items():
        story = radar.story(db, story_id)
        if story["muted"]:
            continue
        row = {**alert, **story, "id": story_id, "alert_id": alert["id"], "alert_ids": alert_ids[story_id],
               "alert_last_hour": alert["last_hour"], "alert_baseline_mean": alert["baseline_mean"],
               "refutation": alert.get("refutation"),
               "refuted_case_id": story.get("refuted_case_id") or alert.get("refuted_case_id")}
        if row["refuted_case_id"]:
            row["refuted_title"] = cases.get_case(db, row["refuted_case_id"])["title"]
        rows.append(row)
    rows.sort(key=lambda r: (-(r.get("score") or 0), -r["id"]))
    return rows


class RadarDock(QDockWidget):
    caseRequested = Signal(int)  # a case to show in the Cases tab (just opened, or the refuted claim's case)
    loaded = Signal()  # the list has (re)loaded

    def __init__(self, context: TabContext) -> None:
        super().__init__()
        self.loading = Newest()
        self.context = context
        self.setObjectName("radar_dock")
        self.rows: list[dict] = []
        self.alerted: set[int] = set()  # stories already announced (one desktop alert per story, whatever its steps)
        self.loaded_once = False
        self.list = QListWidget()
        self.list.setObjectName("radar_list")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setItemDelegate(_RowDelegate(self.list))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)  # rows re-wrap when the dock is resized
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.list.itemActivated.connect(lambda _item: self._show_case())  # opening one is a button: it writes
        self.open_button = self._button("radar_open_case", self.open_case)
        self.refutation_button = self._button("radar_show_refutation", self.show_refutation)
        self.mute_story_button = self._button("radar_mute_story", self.mute_story)
        self.mute_source_button = self._button("radar_mute_source", None)
        self.source_menu = QMenu(self)
        self.source_menu.aboutToShow.connect(self._fill_source_menu)
        self.mute_source_button.setMenu(self.source_menu)
        self.dismiss_button = self._button("radar_dismiss", self.dismiss)
        buttons = FlowLayout()
        for button in (self.open_button, self.refutation_button, self.mute_story_button, self.mute_source_button,
                       self.dismiss_button):
            buttons.addWidget(button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.reload_timer = QTimer(self, interval=RELOAD_MS)
        self.reload_timer.timeout.connect(self.reload)
        self.reload_timer.start()
        self.retranslate()
        self.reload()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(PREFERRED_WIDTH, super().sizeHint().height())

    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        if slot is not None:
            button.clicked.connect(lambda _checked=False: slot())
        return button

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Radar"))
        self.refutation_button.setText(self.tr("Show refutation"))
        self.mute_story_button.setText(self.tr("Mute story"))
        self.mute_source_button.setText(self.tr("Mute source"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.open_button.setToolTip(self.tr("Open a resonant case for this story, detected at the time of the spike"))
        self.mute_story_button.setToolTip(self.tr("No more alerts for this story"))
        self.mute_source_button.setToolTip(self.tr("No more alerts from this source"))
        self.dismiss_button.setToolTip(self.tr("Seen: remove the alert from the list"))
        self._show_rows()

    # --- loading ----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.context.runner.read(rising_stories, self._loaded, self.context.notifier.error, newest=self.loading)

    def _loaded(self, rows: list[dict]) -> None:
        fresh = [row for row in rows if row["id"] not in self.alerted]
        self.alerted.update(row["id"] for row in rows)
        if fresh and not self.loaded_once:
            text = self.tr("%n story(ies) spreading faster than usual", "", len(fresh))
            self.context.notifier.alert(self.tr("Radar"), text)
            self.context.notifier.status(text, 15000)
        else:
            for row in fresh:
                self.context.notifier.alert(self.tr("Story spreading fast"),
                                            f"{row['title']}\n{self.speed_text(row)}")
                self.context.notifier.status(self.tr("Radar: {0} ({1})").format(row["title"], self.speed_text(row)),
                                             15000)
        if not self.loaded_once:
            self.setVisible(bool(rows))  # room only with something to show; View ▸ Radar shows it at any time
        elif fresh:
            self.show()  # a new story brings the dock back, even when the analyst closed it
            self.raise_()
        self.loaded_once = True
        self.rows = rows
        self._show_rows()
        self.loaded.emit()

    def _normal(self, value: float | None) -> str:
        value = float(value or 0.0)
        return number(value, self.context.lang(), decimals=1 if value >= 0.1 or value == 0 else 2)

    def speed_text(self, row: dict) -> str:
        """How fast against normal: now while the story still spikes, else as it was when the alert was raised."""
        if row.get("spike"):
            return self.tr("%n in the last hour, normally {0}", "", int(row.get("last_hour") or 0)).format(
                self._normal(row.get("baseline_mean")))
        return self.tr("%n in an hour at {1}, normally {0}", "", int(row.get("alert_last_hour") or 0)).format(
            self._normal(row.get("alert_baseline_mean")), clock.local_text(row.get("raised_at")))

    def row_lines(self, row: dict, *, all_sources: bool = False) -> list[str]:
        """The story's lines: title, speed, sources and languages, then the refuted-claim and case lines."""
        sources = [str(name) for name in row.get("sources") or []]
        shown = ", ".join(sources if all_sources else sources[:3])
        if len(sources) > 3 and not all_sources:
            shown += " " + self.tr("(+%n more)", "", len(sources) - 3)
        languages = ", ".join(language_name(code, self.context.lang()) for code in row.get("languages") or [])
        lines = [row.get("title") or self.tr("(untitled)"),
                 self.speed_text(row),
                 self.tr("%n source(s): {0}", "", len(sources)).format(shown) + (f" · {languages}" if languages
                                                                                  else "")]
        if row.get("refuted_case_id"):
            lines.append(self.tr("Refuted claim: the refutation is ready to publish again"))
        if row.get("case_id"):
            lines.append(self.tr("Resonant case opened"))
        return lines

    def row_text(self, row: dict) -> str:
        return "\n".join(self.row_lines(row))

    def row_html(self, row: dict) -> str:
        lines = [html.escape(line) for line in self.row_lines(row)]
        lines[0] = f"<b>{lines[0]}</b>"
        if row.get("refuted_case_id"):
            lines[3] = f'<span style="color:{REFUTED.name()}">⚠ {lines[3]}</span>'
        return "<br>".join(lines)

    def row_tooltip(self, row: dict) -> str:
        lines = ["\n".join(self.row_lines(row, all_sources=True))]
        refutation = row.get("refutation")
        if row.get("refuted_title"):
            lines.append(self.tr("Refuted in the case: {0}").format(row["refuted_title"]))
        if refutation:
            lines += [refutation.get("text") or "", refutation.get("url") or ""]
        return "\n".join(line for line in lines if line)

    def _show_rows(self) -> None:
        current = self.current_story()
        self.list.blockSignals(True)
        self.list.clear()
        if not self.rows:
            empty = QListWidgetItem(self.tr("No story is spreading faster than usual."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        for index, row in enumerate(self.rows):
            item = QListWidgetItem(self.row_text(row))
            item.setData(RowHtml, self.row_html(row))
            item.setToolTip(self.row_tooltip(row))
            item.setData(StoryRow, index)
            self.list.addItem(item)
            if current and row["id"] == current["id"]:
                self.list.setCurrentItem(item)
        if self.rows and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._update_buttons()

    def current_story(self) -> dict | None:
        item = self.list.currentItem()
        index = item.data(StoryRow) if item else None
        return self.rows[index] if index is not None and 0 <= index < len(self.rows) else None

    def story_row(self, story_id: int) -> int:
        """The list row of a story, or -1."""
        return next((i for i, row in enumerate(self.rows) if row["id"] == story_id), -1)

    def _update_buttons(self) -> None:
        story = self.current_story()
        self.open_button.setText(self.tr("Show resonant case") if story and story.get("case_id")
                                 else self.tr("Open resonant case"))
        for button in (self.open_button, self.mute_story_button, self.mute_source_button, self.dismiss_button):
            button.setEnabled(story is not None)
        self.refutation_button.setVisible(bool(story and story.get("refuted_case_id")))

    # --- actions ----------------------------------------------------------------------------------------------
    def _write(self, func, done=None) -> None:
        notifier = self.context.notifier

        def finished(result) -> None:
            if done is not None:
                done(result)
            self.reload()

        self.context.runner.write(func, finished, notifier.error)

    def open_case(self, story: dict | None = None) -> None:
        """A resonant case for the story (or the one already opened for it), then shown in the Cases tab."""
        story = story or self.current_story()
        if story is None:
            return
        if story.get("case_id"):
            self.caseRequested.emit(story["case_id"])
            return
        story_id, analyst, title = story["id"], self.context.analyst(), story.get("title") or None

        def opened(case_id: int) -> None:
            self.context.notifier.status(self.tr("Resonant case opened: {0}").format(title or ""), 8000)
            self.caseRequested.emit(case_id)

        self._write(lambda db, _c: radar.open_case(db, story_id, title=title, analyst=analyst), opened)

    def _show_case(self) -> None:
        """The story's resonant case, else the case that refuted its claim, if either exists."""
        story = self.current_story()
        case_id = story and (story.get("case_id") or story.get("refuted_case_id"))
        if case_id:
            self.caseRequested.emit(case_id)

    def show_refutation(self, story: dict | None = None) -> None:
        story = story or self.current_story()
        if story and story.get("refuted_case_id"):
            self.caseRequested.emit(story["refuted_case_id"])

    def mute_story(self, story: dict | None = None) -> None:
        story = story or self.current_story()
        if story is None:
            return
        story_id, analyst = story["id"], self.context.analyst()
        self._write(lambda db, _c: radar.mute(db, story_id=story_id, analyst=analyst),
                    lambda _r: self.context.notifier.status(self.tr("Story muted: {0}").format(story["title"]), 8000))

    def mute_source(self, source_id: int, name: str = "") -> None:
        analyst = self.context.analyst()
        self._write(lambda db, _c: radar.mute(db, source_id=source_id, analyst=analyst),
                    lambda _r: self.context.notifier.status(self.tr("Source muted: {0}").format(name), 8000))

    def dismiss(self, story: dict | None = None) -> None:
        story = story or self.current_story()
        if story is None:
            return
        alert_ids, analyst = story["alert_ids"], self.context.analyst()
        self._write(lambda db, _c: [radar.handle_alert(db, alert_id, analyst=analyst) for alert_id in alert_ids])

    @staticmethod
    def _sources_of(story: dict) -> list[tuple[int, str]]:
        """(source id, name) of a story's sources."""
        return list(zip(story.get("source_ids") or [], story.get("sources") or [], strict=False))

    def _fill_source_menu(self, menu: QMenu | None = None, story: dict | None = None) -> None:
        menu = menu or self.source_menu
        story = story or self.current_story()
        menu.clear()
        for source_id, name in self._sources_of(story) if story else []:
            action = menu.addAction(name)
            action.triggered.connect(lambda _checked=False, s=source_id, n=name: self.mute_source(s, n))

    def _menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        index = item.data(StoryRow) if item else None
        if index is None:
            return
        story = self.rows[index]
        menu = QMenu(self)
        menu.addAction(self.open_button.text()).triggered.connect(lambda: self.open_case(story))
        if story.get("refuted_case_id"):
            menu.addAction(self.tr("Show refutation")).triggered.connect(lambda: self.show_refutation(story))
        menu.addAction(self.tr("Mute story")).triggered.connect(lambda: self.mute_story(story))
        sources = menu.addMenu(self.tr("Mute source"))
        self._fill_source_menu(sources, story)
        menu.addAction(self.tr("Dismiss")).triggered.connect(lambda: self.dismiss(story))
        menu.exec(self.list.viewport().mapToGlobal(pos))
