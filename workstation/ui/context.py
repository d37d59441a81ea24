"""What the main window hands each tab, dock and set of actions, instead of itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from workstation.ui.notifier import Notifier
from workstation.ui.shortcuts import Shortcuts
from workstation.ui.tasks import TaskRunner
from workstation.ui.taxonomy import Taxonomy


@dataclass(frozen=True)
class TabContext:
    runner: TaskRunner  # every read and write, off the UI thread
    notifier: Notifier  # status-bar lines and desktop alerts
    taxonomy: Taxonomy  # the tags, reloaded with the sources pane
    shortcuts: Shortcuts  # window-wide actions and the F1 list
    analyst: Callable[[], str]  # who is recorded on each change (the settings can change it at any time)
    lang: Callable[[], str]  # the interface language now
    proxy: Callable[[], str | None] = lambda: None  # the network setting, for fetches a tab starts itself
