"""The Statistics tab: period, headline figures, charts, tables, briefings and the media plan, PDF export."""

from workstation.ui.dashboard.tab import DashboardTab

__all__ = ["DashboardTab"]
