"""Run by tests/gui/test_real_x_screen.py under Xvfb: the desktop as the analyst starts it, on a real X screen,
opens a case in status "new" and prints whether the window's frame fits the screen."""

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from workstation.ui.i18n import Translations
from workstation.ui.main_window import MainWindow
from workstation.ui.settings import Settings


def main(db_path: str, case_id: int, lang: str) -> None:
    app = QApplication(["main.py"])
    translations = Translations()
    translations.switch(lang)
    window = MainWindow(Path(db_path), Settings(), translations)
    window.show()

    def report() -> None:
        screen, frame = window.screen().availableGeometry(), window.frameGeometry()
        print(f"screen {screen.width()}x{screen.height()} frame {frame.x()},{frame.y()} {frame.width()}x"
              f"{frame.height()} fits {screen.contains(frame)}", flush=True)
        app.quit()

    def open_case() -> None:
        window.cases_tab.show_case(case_id)
        QTimer.singleShot(1500, report)

    QTimer.singleShot(2000, open_case)
    QTimer.singleShot(60000, app.quit)  # never hang a test run
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
