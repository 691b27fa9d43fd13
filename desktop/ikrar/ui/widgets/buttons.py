"""A dialog's accept and reject buttons with the app's own texts.

Own texts, not Qt's standard buttons: Qt ships no Indonesian translation of its own.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget


def accept_reject(parent: QWidget, accept_text: str, reject_text: str, *,
                  default: bool = True) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """A button box holding an accept and a reject button (the box's `accepted` and `rejected`
    signals follow them); `default`: Enter presses the accept button."""
    box = QDialogButtonBox(parent)
    accept = box.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
    reject = box.addButton(reject_text, QDialogButtonBox.ButtonRole.RejectRole)
    if default:
        accept.setDefault(True)
    return box, accept, reject
