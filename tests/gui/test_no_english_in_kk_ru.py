"""A Kazakh or Russian screen shows no English the core or the seeded data put there: record kinds and statuses in
the core's messages, the platform directory, the window's title."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QGuiApplication

from workstation.core.errors import NotFound, WorkstationError
from workstation.ui.i18n import describe
from workstation.ui.violations.contacts_dialog import ContactsDialog

ENGLISH_WORD = re.compile(r"\b[a-z]{3,}\b")


def test_a_missing_record_is_named_in_kazakh_and_russian(translations):
    translations.switch("kk")
    text = describe(NotFound("notice", 5))
    assert "хабарлама" in text and "notice" not in text
    translations.switch("ru")
    text = describe(NotFound("notice", 5))
    assert "уведомление" in text and "notice" not in text
    assert "media plan" not in describe(NotFound("media plan event", 2))
    translations.switch("en")
    assert describe(NotFound("notice", 5)) == "no notice with id 5"


def test_statuses_in_a_refused_move_are_the_interfaces_names(translations):
    refused = WorkstationError("case.bad_transition", old="refuted", new="new", allowed="verifying, dismissed")
    violation = WorkstationError("violation.bad_transition", old="removed", new="detected", allowed="—")
    resolved = WorkstationError("notice.already_resolved", id=3, outcome="not_removed")
    for lang in ("kk", "ru"):
        translations.switch(lang)
        for error in (refused, violation, resolved):
            text = describe(error)
            assert not ENGLISH_WORD.findall(text), (lang, text)
    translations.switch("ru")
    assert describe(refused).startswith("дело в статусе «Опровергнут")


def test_the_platform_directory_speaks_russian_and_keeps_what_is_stored(qtbot, make_window, db):
    window = make_window()
    dialog = ContactsDialog(window.runner, "Айгерим", window, lang="ru")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 4, timeout=5000)
    names = [dialog.table.item(row, 0).text() for row in range(4)]
    assert "ВКонтакте" in names and "VKontakte" not in names
    notes = [dialog.table.item(row, 3).text() for row in range(4)]
    assert set(notes) == {"Законный представитель в Казахстане"}
    vk = names.index("ВКонтакте")
    dialog.table.item(vk, 2).setText("legal@vk.example")  # only the contact is changed
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=5000)
    window.runner.wait_idle(5000)
    row = db.execute("SELECT name, notes, contact FROM platform_contacts WHERE key = 'vk'").fetchone()
    assert row == ("VKontakte", "Legal representative in Kazakhstan", "legal@vk.example")  # English stays English
    dialog.reject()


def test_the_window_title_names_the_program_in_the_interface_language(make_window):
    window = make_window()
    window.switch_language("kk")
    try:
        assert QGuiApplication.applicationDisplayName() == "БАҚ мониторингінің жұмыс орны"
        window.switch_language("ru")
        assert QGuiApplication.applicationDisplayName() == "Рабочее место мониторинга СМИ"
    finally:
        window.switch_language("en")
    assert QGuiApplication.applicationDisplayName() == "Media Monitoring Workstation"


def test_a_problem_given_as_a_reason_is_named_in_the_same_language(translations):
    from workstation.core.errors import Problem

    tampered = WorkstationError("bundle.tampered", count=2, first=Problem("check.bundle_member", name="cases.jsonl"))
    sealed = WorkstationError("bundle.tampered", count=1, first=Problem("check.bundle_seal", uuid="5f0c"))
    for lang in ("kk", "ru"):
        translations.switch(lang)
        for error in (tampered, sealed):
            text = describe(error).replace("cases.jsonl", "")
            assert not ENGLISH_WORD.findall(text), (lang, text)
    translations.switch("ru")
    assert describe(tampered) == ("пакет изменён после выгрузки и не импортирован (проблем: 2; первая: cases.jsonl: "
                                  "содержимое не совпадает со своим SHA-256 в подписанном манифесте)")
    translations.switch("en")
    assert describe(tampered) == str(tampered)


def test_a_malformed_bundle_is_refused_in_the_interface_language(translations, tmp_path):
    """Where a bundle is malformed and how: the field names and values are the bundle's own, the rest is Kazakh
    or Russian."""
    from tests.support import bundles
    from workstation.core.exchange import merge

    made = bundles.field_and_headquarters(tmp_path)
    forgeries = {
        "not a time": bundles.row_edit("cases", lambda rows: rows[0].update(detected_at="yesterday")),
        "missing": bundles.row_edit("cases", lambda rows: rows[0].pop("title")),
        "bad JSON": lambda parts: parts.update({"data/cases.jsonl": b'{"uuid": tru}\n'}),
        "not UTF-8": lambda parts: parts.update({"data/cases.jsonl": b'{"title": "\xff\xfe"}\n'}),
        "not an object": lambda parts: parts.update({"data/cases.jsonl": b'[{"uuid": "x"}]\n'}),
    }
    refusals = {}
    for kind, edit in forgeries.items():
        with pytest.raises(WorkstationError) as refused:
            merge.import_bundle(made["hq"], bundles.resigned(made, edit))
        assert refused.value.key == "bundle.invalid", kind
        refusals[kind] = refused.value
    translations.switch("ru")
    assert describe(refusals["not a time"]) == \
        "пакет не загружен: cases.jsonl, строка 1: поле detected_at не является временем: 'yesterday'"
    assert describe(refusals["missing"]) == "пакет не загружен: cases.jsonl, строка 1: нет поля title"
    translations.switch("kk")
    assert describe(refusals["not a time"]) == \
        "пакет жүктелмеді: cases.jsonl, 1-жол: detected_at өрісі уақыт емес: 'yesterday'"
    for lang in ("kk", "ru"):
        translations.switch(lang)
        for kind in ("bad JSON", "not UTF-8", "not an object"):
            text = describe(refusals[kind])
            # the member's name and, in brackets, what the JSON reader said are the bundle's and the reader's own
            assert not ENGLISH_WORD.findall(re.sub(r"\w+\.jsonl|\(.*\)", "", text)), (lang, kind, text)
    translations.switch("en")
    assert describe(refusals["not a time"]) == str(refusals["not a time"])


def test_why_a_query_a_backup_or_an_opml_file_is_refused_reads_in_the_interface_language(translations, tmp_path):
    from workstation.core.db import snapshot
    from workstation.core.ingest.opml import import_opml
    from workstation.core.items import search
    from workstation.core.workspace import open_workspace

    refusals = {}
    with pytest.raises(WorkstationError) as refused:
        search.validate("title: OR банк")
    refusals["query"] = refused.value
    not_a_backup = tmp_path / "notes.mmbk"
    not_a_backup.write_bytes(b"Dear colleagues, the backup is attached.")
    with pytest.raises(WorkstationError) as refused:
        snapshot.read_header(not_a_backup)
    refusals["backup"] = refused.value
    opml = tmp_path / "feeds.opml"
    opml.write_text('<opml version="2.0"><body><outline text="Жаңалықтар" xmlUrl="https://news.example/rss" '
                    'wsInterval="often"/></body></opml>', encoding="utf-8")
    with pytest.raises(WorkstationError) as refused:
        import_opml(open_workspace(tmp_path / "ws.db"), opml)
    refusals["outline"] = refused.value
    translations.switch("ru")
    assert describe(refusals["query"]).endswith("title: после него нужно слово для поиска")
    assert describe(refusals["backup"]).endswith("это не резервная копия рабочей базы")
    assert "wsInterval — не целое число минут" in describe(refusals["outline"])
    for lang in ("kk", "ru"):
        translations.switch(lang)
        for what, error in refusals.items():
            text = re.sub(r"title|wsInterval|https?://\S+|/\S+", "", describe(error))
            assert not ENGLISH_WORD.findall(text), (lang, what, describe(error))
    translations.switch("en")
    assert [describe(error) for error in refusals.values()] == [str(error) for error in refusals.values()]


def test_a_skipped_row_of_a_media_plan_table_reads_in_the_interface_language(translations, tmp_path):
    from workstation.core.figures import media_plan
    from workstation.core.workspace import open_workspace

    table = "planned_date;state_body;topic;channel;status\n2025-03-20;Әкімдік;Су тасқыны;TV;planned\n" \
            "ертең;Әкімдік;Жол;TV;planned\n"
    result = media_plan.import_plan_csv(open_workspace(tmp_path / "ws.db"), table)
    assert result.added == 1 and [str(error) for error in result.errors] == [
        "line 3: not a date: ертең (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)"]
    translations.switch("ru")
    assert describe(result.errors[0]).startswith("строка 3: ")
    for lang in ("kk", "ru"):
        translations.switch(lang)
        text = describe(result.errors[0])
        assert not ENGLISH_WORD.findall(text.replace("YYYY-MM-DD", "")), (lang, text)


def test_a_sources_stored_error_keeps_its_reason_in_the_interface_language(translations, tmp_path):
    """A source's last error is stored as its key and parameters; a reason that is a Problem is stored as one,
    so the sources pane still writes it in Kazakh or Russian after the program starts again."""
    from workstation.core.errors import Problem
    from workstation.core.ingest.reading import Fetched
    from workstation.core.ingest.run import record
    from workstation.core.ingest.sources import add_source, get_source
    from workstation.core.workspace import open_workspace
    from workstation.ui.items.sources_pane import SourcesPane

    db = open_workspace(tmp_path / "ws.db")
    source = add_source(db, "https://news.example/rss")
    stopped = WorkstationError("fetch.connection", reason=Problem("fetch.cancelled"))
    record(db, source, Fetched(error=stopped))
    stored = get_source(db, source["id"])
    pane = SourcesPane()
    translations.switch("ru")
    assert pane.describe_error(stored) == "ошибка соединения: остановлено до завершения"
    translations.switch("en")
    assert pane.describe_error(stored) == stored["last_error"] == "connection failed: stopped before it finished"
