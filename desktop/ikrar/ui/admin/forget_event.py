"""The event page's "forget" button: the event's personal data leaves this station once the
hub holds all of it (`ikrar event forget`, `ikrar.store.privacy.forget`), behind the
administrator's PIN."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from ikrar.store import privacy, roles
from ikrar.store.models import Event
from ikrar.ui.desk.pin_dialog import PinDialog
from ikrar.ui.widgets.jobs import DONE, PROBLEM, TaskRunner
from ikrar.ui.widgets.shared import shared


class ForgetEventButton(QPushButton):
    message = Signal(str, str)  # notice kind, text

    def __init__(self, event: Callable[[], Event | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Forget personal data here…"))
        self.setToolTip(self.tr("Remove this event's names, NIPs, signatures and certificates "
                                "from this station once the hub holds all of them; the counts "
                                "stay."))
        self.current = event  # (not `event`: that is the widget's Qt event handler)
        self.pin_prompt: PinDialog | None = None
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._done)
        self.runner.failed.connect(self._failed)
        self.runner.busy_changed.connect(self._busy)
        self.clicked.connect(self.ask)

    def ask(self) -> PinDialog | None:
        event = self.current()
        if event is None:
            return None
        if not roles.has_pin(roles.ADMIN):
            self.message.emit(PROBLEM, self.tr("Set an administrator PIN first (Station ▸ Role "
                                               "PINs…): forgetting an event needs it."))
            return None
        dialog = PinDialog((roles.ADMIN,), self.window(), prompt=self.tr(
            "Administrator PIN to remove “{title}” and its people's personal data from this "
            "station:").format(title=event.title))
        dialog.accepted.connect(lambda: self.forget(str(event.id)))
        dialog.finished.connect(lambda *_: setattr(self, "pin_prompt", None))
        self.pin_prompt = dialog
        dialog.open()
        return dialog

    def forget(self, event_id: str) -> bool:
        return self.runner.start(self.tr("Forgetting the event"),
                                 lambda _progress, _cancelled: privacy.forget(event_id))

    def _failed(self, text: str, _bug: bool) -> None:
        self.message.emit(PROBLEM, text)

    def _busy(self, busy: bool) -> None:
        self.setEnabled(not busy)

    def _done(self, counts: dict[str, int]) -> None:
        self.message.emit(DONE, self.tr(
            "Forgotten here: {checked} check-ins and {roster} people on the roster; the counts "
            "stay for the dashboard.").format(checked=counts["checked_in"],
                                              roster=counts["roster"]))
        shared().dataChanged.emit()
