"""The desktop: PySide6 widgets and Qt models that call workstation.core; no SQL or business rules here."""
