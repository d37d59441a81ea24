"""Media Monitoring Workstation: feeds, fakes, refutations, violations and the figures behind them."""

__version__ = "0.1.0"
APP_NAME = "Media Monitoring Workstation"
APP_ID = "media-monitoring-workstation"
