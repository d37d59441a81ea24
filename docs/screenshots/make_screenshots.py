"""Screenshots of each tab at 1366×768 in Kazakh and Russian, from the demo workspace, for the README.

Run from the repository: ``.venv/bin/python docs/screenshots/make_screenshots.py [--out FOLDER] [--lang kk ru]``.
The window is drawn offscreen on a simulated 1366×768 screen (Qt's offscreen platform with a screen
configuration), so the pictures can be made again on any machine, with no display.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCREEN = {"width": 1366, "height": 768}
TABS = ("items", "cases", "violations", "statistics")


def offscreen_screen(folder: Path, width: int, height: int) -> str:
    """The QT_QPA_PLATFORM value for an offscreen screen of that size (set before QApplication exists)."""
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={config}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--lang", nargs="+", default=["kk", "ru"], choices=("kk", "ru", "en"))
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE.parent.parent))
    from workstation.core.paths import HOME_ENV

    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        os.environ["QT_QPA_PLATFORM"] = offscreen_screen(folder, **SCREEN)
        os.environ[HOME_ENV] = str(folder)  # settings and demo never touch the analyst's own
        saved = shoot(folder, args.out, args.lang)
    for path in saved:
        print(f"{path} ({path.stat().st_size // 1024} KB)")
    return 0


def shoot(folder: Path, out: Path, languages: list[str]) -> list[Path]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from workstation.core.workspace.demo import build_demo
    from workstation.ui.i18n import Translations
    from workstation.ui.main_window import MainWindow
    from workstation.ui.settings import Settings

    app = QApplication.instance() or QApplication([sys.argv[0]])

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait(condition, timeout_ms: int = 15000) -> None:
        waited = 0
        while not condition() and waited < timeout_ms:
            settle(50)
            waited += 50

    db_path = build_demo(folder / "demo.db")
    out.mkdir(parents=True, exist_ok=True)
    saved = []
    for lang in languages:
        settings = Settings(str(folder / f"settings-{lang}.ini"))
        settings.set("analyst", "Айгерим" if lang == "kk" else "Анна")
        settings.set("fetch_every_minutes", 0)
        settings.set("language", lang)
        translations = Translations()
        translations.switch(lang)
        window = MainWindow(db_path, settings, translations, demo=True)
        window.show()
        wait(lambda window=window: window.items_tab.snapshot is not None)
        window.items_tab.select_row(0)
        settle(800)
        for index, name in enumerate(TABS):
            window.tabs.setCurrentIndex(index)
            if name == "cases":
                tab = window.cases_tab
                wait(lambda tab=tab: tab.table.rowCount() > 0)
                tab.table.setCurrentCell(0, 0)
                wait(lambda tab=tab: tab.detail.case is not None)
            if name == "violations":
                tab = window.violations_tab
                wait(lambda tab=tab: tab.model.rowCount() > 0)
                tab.table.selectRow(0)
            if name == "statistics":
                wait(lambda window=window: window.dashboard_tab.data is not None)
            settle(1200)
            path = out / f"{name}-{lang}.png"
            image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
            image.save(str(path), "PNG", 0)  # quality 0: the strongest compression
            saved.append(path)
        window.close()
        window.deleteLater()
        settle(200)
    app.processEvents()
    return saved


if __name__ == "__main__":
    raise SystemExit(main())
