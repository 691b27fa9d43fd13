"""Joining a hub with a code: the form the first-run wizard and Settings both show.

The hub's address and the one-time code from the administrator go to `ikrar.sync.station.join`
(what `ikrar station join` calls), run as a job so the window does not freeze; its refusals
(unknown, used or expired code, another event, an unreachable hub, a certificate other than the
pinned one) are told in the GUI's words.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ikrar.store import settings
from ikrar.ui.widgets.buttons import accept_reject
from ikrar.ui.widgets.jobs import INFO, PROBLEM, Notice, TaskRunner


def join_hub(url: str, code: str) -> dict:
    from ikrar.sync import station  # noqa: PLC0415 - httpx only when joining

    return station.join(url, code)


def joined_already() -> bool:
    """Whether this folder holds a hub's token (joining again replaces it)."""
    return bool(settings.get("hub_token"))


class JoinForm(QWidget):
    """Hub address, code, a message line; `submit()` starts the join on `runner`.

    `runner.finished(reply)` says the station joined, `runner.failed(message, bug)` why not
    (the message is shown here too).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText("https://192.168.1.10:8750")
        self.code_edit = QLineEdit(self)
        form.addRow(self.tr("Hub address"), self.url_edit)
        form.addRow(self.tr("Code from the administrator"), self.code_edit)
        self.notice = Notice(self)
        form.addRow(self.notice)
        self.runner = TaskRunner(self)
        self.runner.failed.connect(self._failed)

    def take_scan(self, code: str) -> None:
        """A scanned hub address or enrolment code, into its field."""
        if code.lower().startswith(("http://", "https://")):
            self.url_edit.setText(code)
        else:
            self.code_edit.setText(code)

    def submit(self) -> bool:
        """Start joining; False (and a message) when a field is empty or a join runs."""
        url, code = self.url_edit.text().strip(), self.code_edit.text().strip()
        if not url or not code:
            self.notice.show_message(
                PROBLEM, self.tr("Enter the hub's address and the code you were given."))
            return False
        if self.runner.busy:
            return False
        self.notice.show_message(INFO, self.tr("Joining the hub…"))
        return self.runner.start(self.tr("Joining the hub"),
                                 lambda _p, _c: join_hub(url, code))

    def _failed(self, message: str, _bug: bool) -> None:
        self.notice.show_message(PROBLEM, message)


class JoinDialog(QDialog):
    """Settings' "Join a hub…": the join form with Join and Cancel; accepted once joined."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join a hub"))
        self.setMinimumWidth(460)
        self.reply: dict | None = None
        self.form = JoinForm(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        buttons, self.join_button, self.cancel_button = accept_reject(
            self, self.tr("Join"), self.tr("Cancel"))
        self.join_button.clicked.connect(self.form.submit)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.runner = self.form.runner
        self.runner.busy_changed.connect(self._busy)
        self.runner.finished.connect(self._joined)

    def _busy(self, busy: bool) -> None:
        self.join_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)  # the join finishes or fails on its own

    def _joined(self, reply: object) -> None:
        self.reply = reply if isinstance(reply, dict) else {}
        self.accept()

    def reject(self) -> None:
        if not self.runner.busy:  # Esc while joining would leave a job without its window
            super().reject()

