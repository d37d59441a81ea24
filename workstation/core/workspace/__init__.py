"""The workspace as the application opens it: the database brought up to date and seeded, and the steps that
compose several domains (triage after ingest, the demo workspace)."""

from workstation.core.workspace.open import open_workspace

__all__ = ["open_workspace"]
