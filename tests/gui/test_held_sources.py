"""A source from an OPML list or a bundle that points into this machine or network shows as held, with the reason
in the analyst's language."""

from __future__ import annotations

import pytest

from workstation.core.ingest.sources import add_source
from workstation.core.items.overview import pane_snapshot
from workstation.ui.items.sources_pane import SourcesPane


@pytest.fixture
def pane(qtbot):
    widget = SourcesPane()
    qtbot.addWidget(widget)
    return widget


def source_row(pane: SourcesPane, name: str):
    root = pane.model_.invisibleRootItem()
    sources = next(root.child(r) for r in range(root.rowCount()) if root.child(r).text() == pane.tr("Sources"))
    return next(sources.child(r) for r in range(sources.rowCount()) if sources.child(r).text().startswith(name))


@pytest.mark.parametrize(("lang", "label", "reason"), [
    ("en", "Loop (held)", "Disabled until you enable it: held: its address is this computer or a private network"),
    ("ru", "Loop (ожидает проверки)", "ожидает проверки: его адрес — этот компьютер или частная сеть"),
    ("kk", "Loop (тексеруді күтуде)", "тексеруді күтуде: оның мекенжайы — осы компьютер немесе жеке желі"),
])
def test_a_held_source_shows_its_reason_translated(db, pane, translations, lang, label, reason):
    translations.switch(lang)
    add_source(db, "http://0x7f.1:8080/rss", name="Loop", from_outside=True)
    add_source(db, "https://tengrinews.kz/rss", name="Tengri", from_outside=True)
    pane.populate(pane_snapshot(db), lang)
    held = source_row(pane, "Loop")
    assert held.text() == label
    assert held.toolTip().startswith("http://127.0.0.1:8080/rss\n") and reason in held.toolTip()
    assert source_row(pane, "Tengri").text() == "Tengri"


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "Read with repairs, items past the damage may be missing: line 1, column 138: not well-formed"),
    ("ru", "Прочитано с исправлениями, материалы после повреждения могут отсутствовать: line 1, column 138"),
    ("kk", "Түзетулермен оқылды, зақымнан кейінгі материалдар жетіспеуі мүмкін: line 1, column 138"),
])
def test_a_source_read_with_repairs_says_so_in_its_tooltip(db, pane, translations, lang, said):
    translations.switch(lang)
    broken = add_source(db, "https://dala.example/rss", name="Dala")
    add_source(db, "https://tengrinews.kz/rss", name="Tengri")
    db.execute("UPDATE sources SET last_warning = ? WHERE id = ?",  # as a fetch that needed repairs leaves it
               ["line 1, column 138: not well-formed (invalid token)", broken["id"]])
    pane.populate(pane_snapshot(db), lang)
    assert said in source_row(pane, "Dala").toolTip()
    assert not source_row(pane, "Dala").icon().isNull()
    assert "\n" not in source_row(pane, "Tengri").toolTip().split("\n", 1)[1]  # the address and counts only
