"""Dialogs: import, export, settings."""
