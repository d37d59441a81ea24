"""Headline figures on top: the PDF's opening sentences, then one card per figure with its change."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from workstation.core.figures.model import Figures
from workstation.reports.headline import HEADLINE_KEYS, headline_figure, headline_lines
from workstation.reports.text import t
from workstation.ui.dashboard.figures import delta_text

CARD_STYLE = ("QFrame#card { background: palette(base); border: 1px solid palette(mid); border-radius: 4px; }")
# More is not always better (more violations detected), so a change is shown without judging it.
CHANGED, SAME = "#1f4e79", "#666666"


class _Card(QFrame):
    """The figure in large type, its change beside it, what it counts below."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        self.value = QLabel("—")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.delta = QLabel()
        layout = QGridLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setHorizontalSpacing(8)
        layout.setVerticalSpacing(0)
        layout.addWidget(self.value, 0, 0)
        layout.addWidget(self.delta, 0, 1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.setColumnStretch(2, 1)
        layout.addWidget(self.caption, 1, 0, 1, 3)


class HeadlineView(QWidget):
    """Shows the figures of a period; with the previous period's figures, each card shows its change."""

    COLUMNS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(CARD_STYLE)
        self.sentences = QLabel()
        self.sentences.setWordWrap(True)
        self.sentences.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.period = QLabel()
        self.period.setStyleSheet("color: palette(dark)")
        self.cards = {key: _Card() for key in HEADLINE_KEYS}
        grid = QGridLayout()
        grid.setSpacing(6)
        for index, card in enumerate(self.cards.values()):
            grid.addWidget(card, index // self.COLUMNS, index % self.COLUMNS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sentences)
        layout.addWidget(self.period)
        layout.addLayout(grid)

    def show_figures(self, figures: Figures, previous: Figures | None, lang: str, period_text: str,
                     tz: dt.tzinfo | None = None) -> None:
        """The PDF's opening sentences and headline figures, in ``lang``; with ``previous``, each figure's change.
        ``tz`` is the zone of the period's days (a period from 1 January reads "since the beginning of the year")."""
        self.sentences.setText("\n".join(headline_lines(figures, lang, tz)))
        self.period.setText(period_text)
        for key, card in self.cards.items():
            now = headline_figure(figures, key, lang)
            card.value.setText(now.text)
            card.caption.setText(t(key, lang))
            if previous is None:
                card.delta.setVisible(False)
                continue
            before = headline_figure(previous, key, lang)
            arrow = "▲ " if now.value > before.value else "▼ " if now.value < before.value else ""
            card.delta.setText(arrow + delta_text(now.value, before.value))
            card.delta.setToolTip(self.tr("Previous period: {0}").format(before.text))
            card.delta.setStyleSheet(f"color: {CHANGED if now.value != before.value else SAME}")
            card.delta.setVisible(True)

    def value_text(self, key: str) -> str:
        return self.cards[key].value.text()

    def delta_text(self, key: str) -> str:
        card = self.cards[key]
        return "" if card.delta.isHidden() else card.delta.text()
