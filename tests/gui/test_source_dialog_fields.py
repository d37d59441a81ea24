"""The source dialog shows the fields the chosen kind uses, and its hints are not cut."""

from __future__ import annotations

from workstation.ui.dialogs.source_dialog import SourceDialog


def test_css_selectors_only_for_a_website_page(qtbot):
    dialog = SourceDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.selector_box.isVisible()  # "detect from the address" is a feed until told otherwise
    dialog.kind.setCurrentIndex(dialog.kind.findData("site"))
    assert dialog.selector_box.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("telegram"))
    assert not dialog.selector_box.isVisible() and not dialog.encoding.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("rss"))
    assert dialog.encoding.isVisible()


def test_placeholders_are_not_cut(qtbot):
    dialog = SourceDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    for edit in (dialog.url, dialog.name):
        assert edit.width() >= edit.fontMetrics().horizontalAdvance(edit.placeholderText())
