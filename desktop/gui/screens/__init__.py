"""The main window's screens."""
