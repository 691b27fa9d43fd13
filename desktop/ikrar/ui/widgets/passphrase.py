"""The database passphrase, asked at start where the computer has no credential store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ikrar.ui.widgets import theme

MIN_LENGTH = 8  # as ikrar.store.crypto.MIN_PASSPHRASE; the store checks it again


class PassphraseDialog(QDialog):
    """One field to open a database; two (typed twice) to create one."""

    def __init__(self, path: Path, *, creating: bool, retry: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.creating = creating
        self.setWindowTitle(self.tr("Database passphrase"))
        if creating:
            text = self.tr("This computer has no password store, so Ikrar protects its "
                           "database with a passphrase. Choose one (at least {n} characters) "
                           "and keep it safe: without it the data cannot be opened.\n\n{path}")
        else:
            text = self.tr("Type the passphrase of the Ikrar database.\n\n{path}")
        intro = QLabel(text.format(n=MIN_LENGTH, path=path))
        intro.setWordWrap(True)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel(self.tr("Wrong passphrase. Try again.") if retry else "")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {theme.PROBLEM_TEXT};")
        self.problem.setVisible(retry)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.first)
        if creating:
            form.addRow(self.tr("Again"), self.second)
        else:
            self.second.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.first.setFocus()

    def passphrase(self) -> str:
        return self.first.text()

    def check(self) -> None:
        problem = ""
        if not self.first.text():
            problem = self.tr("Type the passphrase.")
        elif self.creating and len(self.first.text()) < MIN_LENGTH:
            problem = self.tr("The passphrase must have at least {n} characters.").format(
                n=MIN_LENGTH)
        elif self.creating and self.first.text() != self.second.text():
            problem = self.tr("The two passphrases differ.")
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        self.accept()


def ask(path: Path, creating: bool, retry: bool = False) -> str | None:
    """Show the dialog (a QApplication must exist); the passphrase, or None when cancelled."""
    dialog = PassphraseDialog(path, creating=creating, retry=retry)
    try:
        return dialog.passphrase() if dialog.exec() else None
    finally:
        dialog.deleteLater()
