"""Shared pieces of the GUI: background jobs, app-wide signals, translations, theme."""
