"""Ikrar: offline-first pledge ceremonies for Indonesian civil servants."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Ikrar"
