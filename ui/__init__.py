"""PySide6 screens and widgets of the kiosk."""
