"""Qt's own dialogs speak Indonesian: message box buttons, the file chooser, the print dialog,
a text field's context menu (from resources/i18n/qtbase_id.ts; PySide6 ships no qtbase_id)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeView,
)


def test_qtbase_is_compiled_from_the_projects_ts(indonesian, tmp_path):
    assert any(t.filePath().endswith("qtbase_id.qm") for t in indonesian)


def test_message_box_buttons_are_indonesian(indonesian, qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "Ikrar", "Hapus?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Save)
    qtbot.addWidget(box)
    texts = {button.text().replace("&", "") for button in box.buttons()}
    assert texts == {"Ya", "Tidak", "Batal", "Simpan"}


def test_dialog_button_box_is_indonesian(indonesian, qtbot):
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Close
                               | QDialogButtonBox.StandardButton.Apply)
    qtbot.addWidget(buttons)
    assert {b.text().replace("&", "") for b in buttons.buttons()} == {
        "OK", "Batal", "Tutup", "Terapkan"}


def test_the_file_chooser_is_qts_own_and_indonesian(indonesian, qtbot, tmp_path):
    assert QApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    (tmp_path / "daftar.csv").write_text("x")
    dialog = QFileDialog(None, "Pilih daftar", str(tmp_path), "CSV (*.csv)")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = {w.text().replace("&", "") for w in dialog.findChildren(QLabel)}
    assert {"Cari di:", "Nama berkas:", "Jenis berkas:"} <= labels
    buttons = {w.text().replace("&", "") for w in dialog.findChildren(QPushButton)}
    assert {"Simpan", "Batal"} <= buttons
    header = dialog.findChild(QTreeView).model()
    columns = {header.headerData(i, Qt.Orientation.Horizontal) for i in range(header.columnCount())}
    assert {"Nama", "Ukuran", "Tanggal Diubah"} <= columns
    dialog.close()


def test_a_text_fields_context_menu_is_indonesian(indonesian, qtbot):
    edit = QLineEdit("Budi")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()  # what a right click shows
    seen = {a.text().replace("&", "").split("\t")[0] for a in menu.actions() if a.text()}
    menu.deleteLater()
    assert {"Batalkan", "Ulangi", "Salin", "Tempel", "Potong", "Hapus", "Pilih Semua"} <= seen


def test_the_print_dialog_is_indonesian(indonesian, qtbot):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    buttons = {w.text().replace("&", "") for w in dialog.findChildren(QPushButton)}
    assert "Cetak" in buttons
    assert "Print" not in buttons
