"""The Items tab: sources and saved searches, the filter bar, the lazy item list, the item viewer, fetching."""

from workstation.ui.items.tab import ItemsTab

__all__ = ["ItemsTab"]
