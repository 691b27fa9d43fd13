"""Settings in one dialog: language, layout, sound, the thank-you time, the hub (joining it,
syncing), the data folder.

Values are read from and written to `ikrar.store.settings` (the one registry); the dialog saves
only on OK (joining a hub is done at once, by its own dialog: `joined` says so). A new language
takes effect at the next start (every window is built translated). While the station is
locked (no role signed in), `ask_pin_first` asks for a PIN before it opens.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ikrar.store import roles, settings
from ikrar.ui.admin.join_dialog import JoinDialog, joined_already
from ikrar.ui.desk.pin_dialog import PinDialog
from ikrar.ui.widgets.buttons import accept_reject
from ikrar.ui.widgets.sync_status import SyncStatus

LANGUAGES = ("id", "en")
LAYOUTS = ("single", "dual")
THANKS_RANGE_S = (0.5, 10.0)
SETTINGS_ROLES = (roles.OPERATOR, roles.ADMIN)  # who may change a station's settings


def ask_pin_first(parent: QWidget, then: Callable[[], object]) -> PinDialog:
    """A locked station: the operator's or administrator's PIN, then `then()`."""
    dialog = PinDialog(SETTINGS_ROLES, parent, prompt=QCoreApplication.translate(
        "SettingsDialog", "This station is locked. Enter the operator or administrator PIN to "
        "open the settings."))
    dialog.accepted.connect(then)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


class SettingsDialog(QDialog):
    joined = Signal()  # this station joined a hub from here: its certificate is new

    def __init__(self, data_dir: str, parent: QWidget | None = None,
                 sync: SyncStatus | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(480)
        self.sync = sync or SyncStatus(self)
        form = QFormLayout(self)

        self.language_combo = QComboBox(self)
        self.language_combo.addItem("Bahasa Indonesia", "id")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(self._index(LANGUAGES, settings.get("language")))
        form.addRow(self.tr("Language"), self.language_combo)
        self.restart_label = QLabel(self.tr("The new language shows after Ikrar restarts."), self)
        self.restart_label.setVisible(False)
        self.language_combo.currentIndexChanged.connect(
            lambda _i: self.restart_label.setVisible(self.language != settings.get("language")))
        form.addRow(self.restart_label)

        self.layout_combo = QComboBox(self)
        self.layout_combo.addItem(self.tr("One self-service tablet"), "single")
        self.layout_combo.addItem(self.tr("Operator laptop + attendee screen"), "dual")
        self.layout_combo.setCurrentIndex(self._index(LAYOUTS, settings.get("layout")))
        form.addRow(self.tr("Layout"), self.layout_combo)

        self.sound_check = QCheckBox(self.tr("Sound on success, duplicate and error"), self)
        self.sound_check.setChecked(bool(settings.get("sound")))
        form.addRow(self.tr("Sound"), self.sound_check)

        self.thanks_spin = QDoubleSpinBox(self)
        self.thanks_spin.setRange(*THANKS_RANGE_S)
        self.thanks_spin.setSingleStep(0.1)
        self.thanks_spin.setDecimals(1)
        self.thanks_spin.setSuffix(self.tr(" s"))
        self.thanks_spin.setValue(int(settings.get("thanks_ms")) / 1000)
        self.thanks_spin.setToolTip(self.tr("How long the attendee sees “Thank you” before the "
                                            "screen is ready for the next person."))
        form.addRow(self.tr("Thank-you screen"), self.thanks_spin)
        # Characters a USB scanner was configured to add around each code; stripped on scan.
        self.scanner_prefix_edit = QLineEdit(settings.get("scanner_prefix") or "", self)
        self.scanner_suffix_edit = QLineEdit(settings.get("scanner_suffix") or "", self)
        affixes = QHBoxLayout()
        affixes.addWidget(QLabel(self.tr("Prefix"), self))
        affixes.addWidget(self.scanner_prefix_edit)
        affixes.addWidget(QLabel(self.tr("Suffix"), self))
        affixes.addWidget(self.scanner_suffix_edit)
        form.addRow(self.tr("Scanner"), affixes)

        self.hub_label = QLabel(self)
        self.hub_label.setWordWrap(True)
        self.hub_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.join_button = QPushButton(self)
        self.join_button.clicked.connect(self.join_hub)
        self.sync_button = QPushButton(self.tr("Sync now"), self)
        self.sync_button.clicked.connect(self.sync.sync_now)
        self.sync_label = QLabel(self.sync.text(), self)
        self.sync.changed.connect(self._show_sync)  # may outlive this dialog: no lambda
        # The hub's address and station name on a line of their own, the buttons under them:
        # beside the buttons a long address (or the Indonesian words) wrapped and was cut off.
        buttons = QHBoxLayout()
        buttons.addWidget(self.join_button)
        buttons.addWidget(self.sync_button)
        buttons.addStretch(1)
        hub_box = QVBoxLayout()
        hub_box.addWidget(self.hub_label)
        hub_box.addLayout(buttons)
        self._show_hub()
        form.addRow(self.tr("Hub"), hub_box)
        form.addRow(self.tr("Sync"), self.sync_label)

        self.folder_label = QLabel(str(data_dir), self)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        form.addRow(self.tr("Data folder"), self.folder_label)

        buttons, self.save_button, self.cancel_button = accept_reject(
            self, self.tr("Save"), self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _show_hub(self) -> None:
        url, joined = settings.get("hub_url"), joined_already()
        if url and joined:
            name = settings.get("station_name")
            self.hub_label.setText(self.tr("{url}, as station “{name}”").format(
                url=url, name=name) if name else url)
        else:
            self.hub_label.setText(self.tr("Not joined to a hub"))
        self.join_button.setText(self.tr("Join again…") if joined else self.tr("Join a hub…"))
        self.sync_button.setEnabled(joined)

    def ask_join_again(self) -> bool:
        """Whether a folder that joined a hub should join again (a modal question)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Join again"), self.tr(
            "This computer has already joined the hub at {url}. Join again with a new code? "
            "The new code replaces this computer's old access to the hub; what it has already "
            "sent stays on the hub.").format(url=settings.get("hub_url") or ""), parent=self)
        # Own texts, not standard buttons: Qt ships no Indonesian translation of its own.
        yes = box.addButton(self.tr("Join again"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes

    def join_hub(self) -> JoinDialog | None:
        """Open the join form (asking first when this folder joined a hub already)."""
        if joined_already() and not self.ask_join_again():
            return None
        dialog = JoinDialog(self)
        dialog.accepted.connect(self._joined)
        dialog.finished.connect(dialog.deleteLater)
        self.join_dialog = dialog
        dialog.open()
        return dialog

    def _joined(self) -> None:
        self._show_hub()
        self.sync.refresh()
        self.sync.sync_now()  # as `ikrar station join` does: the first sync right away
        self.joined.emit()

    def _show_sync(self) -> None:
        self.sync_label.setText(self.sync.text())

    @staticmethod
    def _index(choices: tuple[str, ...], value: object) -> int:
        return choices.index(value) if value in choices else 0

    @property
    def language(self) -> str:
        return self.language_combo.currentData()

    @property
    def layout_mode(self) -> str:
        return self.layout_combo.currentData()

    def save(self) -> None:
        settings.put("language", self.language)
        settings.put("layout", self.layout_mode)
        settings.put("sound", self.sound_check.isChecked())
        settings.put("thanks_ms", round(self.thanks_spin.value() * 1000))
        settings.put("scanner_prefix", self.scanner_prefix_edit.text())
        settings.put("scanner_suffix", self.scanner_suffix_edit.text())

    def accept(self) -> None:
        self.save()
        super().accept()
