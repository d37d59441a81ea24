"""What the analyst does with sources from the desktop: fetch, add, edit, remove, import and export."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from workstation.core.ingest import opml, sources
from workstation.core.ingest.fetch import FetchSettings
from workstation.core.ingest.run import read_source
from workstation.ui.context import TabContext
from workstation.ui.dialogs.confirm import confirm
from workstation.ui.dialogs.source_dialog import SourceDialog
from workstation.ui.files import remember_folder, suggested_path
from workstation.ui.i18n import describe
from workstation.ui.items.fetch_controller import FetchController
from workstation.ui.items.sources_pane import SourcesPane


class SourceCommands(QObject):
    def __init__(self, context: TabContext, fetcher: FetchController, pane: SourcesPane, *,
                 sources_changed: Callable[[], None], items_changed: Callable[[], None], parent: QWidget) -> None:
        """``sources_changed`` reloads the pane; ``items_changed`` reloads the item list."""
        super().__init__(parent)
        self.context = context
        self.fetcher = fetcher
        self.pane = pane
        self.sources_changed = sources_changed
        self.items_changed = items_changed
        self.widget = parent
        self.source_dialog: SourceDialog | None = None  # the one open now (tests drive it)

    def _dialog_parent(self) -> QWidget:
        return self.widget.window()

    def _sources(self) -> list[dict]:
        return (self.pane.snapshot or {}).get("sources", [])

    # --- fetching -----------------------------------------------------------------------------------------------
    def fetch_all(self) -> None:
        self.fetcher.fetch()

    def selected_source_id(self) -> int | None:
        node = self.pane.current_node()
        return node[1] if node and node[0] == "source" else None

    def fetch_selected_source(self) -> None:
        source_id = self.selected_source_id()
        if source_id is not None:
            self.fetcher.fetch([source_id])

    # --- adding, editing, removing ------------------------------------------------------------------------------
    def _folders(self) -> list[str]:
        return sorted({s["folder"] for s in self._sources() if s["folder"]})

    def add_source_dialog(self) -> None:
        self._source_dialog(None)

    def edit_source_dialog(self) -> None:
        source_id = self.selected_source_id()
        if source_id is None:
            return
        source = next((s for s in self._sources() if s["id"] == source_id), None)
        if source:
            self._source_dialog(source)

    def _source_dialog(self, source: dict | None) -> None:
        dialog = SourceDialog(self._dialog_parent(), source=source, folders=self._folders())

        def save(values: dict) -> None:
            def write(db, _ctx):
                if source is None:
                    created = sources.add_source(db, values["url"], kind=values["kind"], name=values["name"] or None,
                                                 folder=values["folder"], category=values["category"],
                                                 language=values["language"], selectors=values["selectors"],
                                                 interval_minutes=values["interval_minutes"],
                                                 encoding_override=values["encoding_override"])
                    if not values["enabled"]:
                        sources.update_source(db, created["id"], enabled=False)
                    return created
                changes = dict(values)
                if changes["kind"] is None:
                    changes.pop("kind")
                if not changes["name"]:
                    changes.pop("name")
                return sources.update_source(db, source["id"], **changes)

            def saved(row: dict) -> None:
                dialog.done(QDialog.DialogCode.Accepted)
                self.sources_changed()
                if source is None:
                    self.fetcher.fetch([row["id"]])

            self.context.runner.write(write, saved, lambda err: dialog.show_error(describe(err)))

        dialog.submitted.connect(save)  # the core validates; the dialog closes only when the write succeeded
        dialog.tryRequested.connect(lambda values: self._try_source(dialog, values))
        dialog.open()
        self.source_dialog = dialog

    def _try_source(self, dialog: SourceDialog, values: dict) -> None:
        """Read the source once in the background, storing nothing, and show the dialog what it gives."""
        settings = FetchSettings(proxy=self.context.proxy())

        def read(_db, _ctx):
            kind, url = sources.infer(values["url"], values["kind"])
            source = {"id": 0, "name": values["name"] or url, "url": url, "kind": kind,
                      "selectors": values["selectors"], "encoding_override": values["encoding_override"]}
            return read_source(source, settings=settings)

        def alive(callback):
            return lambda value: callback(value) if shiboken6.isValid(dialog) else None

        self.context.runner.long_job(read, alive(dialog.show_trial),
                                     alive(lambda err: dialog.show_trial_error(describe(err))))

    def remove_selected_source(self) -> None:
        source_id = self.selected_source_id()
        if source_id is None:
            return
        source = next((s for s in self._sources() if s["id"] == source_id), None)
        text = self.tr("Remove the source \"{0}\"?\n\nItems you starred, tagged or used in a case are kept.")
        if source and confirm(self._dialog_parent(), self.tr("Remove source"), text.format(source["name"])):
            self.context.runner.write(lambda db, _c: sources.remove_source(db, source_id),
                                      lambda _r: (self.sources_changed(), self.items_changed()))

    # --- files --------------------------------------------------------------------------------------------------
    def import_files_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self._dialog_parent(), self.tr("Import saved feeds and pages"), "",
                                                self.tr("Feeds and pages (*.xml *.rss *.atom *.html *.htm);;"
                                                        "All files (*)"))
        if paths:
            self.fetcher.import_paths(paths)

    def import_opml_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self._dialog_parent(), self.tr("Import OPML"), "", "OPML (*.opml *.xml)")
        if not path:
            return

        def done(result) -> None:
            # All or nothing: a file that cannot be imported whole reaches the error sink and adds nothing.
            self.context.notifier.status(
                self.tr("Imported {0} sources; {1} already present; {2} held disabled (local addresses).").format(
                    len(result.added), len(result.skipped), len(result.held)), 10000)
            self.sources_changed()

        self.context.runner.write(lambda db, _c: opml.import_opml(db, path), done)

    def export_opml_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self._dialog_parent(), self.tr("Export OPML"),
                                              suggested_path("sources.opml"), "OPML (*.opml)")
        if path:
            remember_folder(path)
            self.context.runner.read(lambda db, _c: opml.export_opml(db, path),
                                     lambda n: self.context.notifier.status(
                                         self.tr("Exported {0} sources.").format(n), 8000))
