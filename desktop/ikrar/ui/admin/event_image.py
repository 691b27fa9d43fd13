"""The agency's images on the event page: letterhead logo, official's signature, seal.

A chosen file is checked when it is chosen (a damaged file or a seal without transparency is
refused with a clear message) and written only when the event is saved, by the same
`ikrar.documents.seal.install_asset` as `ikrar event create|edit --logo/--signature/--seal`:
the same checks, the same owner-only PNG in `<data folder>/assets/` under the names the
certificate code reads.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from ikrar.documents.certificate_data import ASSET_CHECKS
from ikrar.documents.seal import AssetError, assets_dir, install_asset, load_picture
from ikrar.ui.widgets import theme

THUMB = QSize(120, 72)


def check_image(path: Path, name: str) -> str | None:
    """None if `path` passes the checks `install_asset` makes for assets/`name`, else the
    reason: "alpha" (a seal without transparency) or "image" (anything else)."""
    what, need_alpha = ASSET_CHECKS[name]
    try:
        load_picture(path, what, need_alpha=need_alpha)
    except AssetError as exc:
        return "alpha" if exc.code == "asset.not_transparent" else "image"
    return None


class ImageField(QWidget):
    """A thumbnail with Choose… and Remove; holds a change until `apply()` on save."""

    problem = Signal(str)  # a chosen file was refused: the message for the page
    changed = Signal()

    def __init__(self, name: str, *, empty_text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.empty_text = empty_text or self.tr("none")
        self.pending: Path | None = None  # a file chosen, to install on save
        self.remove_pending = False
        self.thumb = QLabel(self)
        self.thumb.setFixedSize(THUMB)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setStyleSheet(theme.framed(theme.BORDER_THUMB, theme.PAPER, theme.TEXT_HINT))
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.thumb)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.remove_button)
        layout.addStretch(1)
        self.reset()

    @property
    def installed(self) -> Path:
        return assets_dir() / self.name

    @property
    def dirty(self) -> bool:
        return self.pending is not None or self.remove_pending

    def reset(self) -> None:
        self.pending, self.remove_pending = None, False
        self._show(self.installed if self.installed.exists() else None)

    def _show(self, path: Path | None) -> None:
        image = QImage(str(path)) if path is not None else QImage()
        if image.isNull():
            self.thumb.setPixmap(QPixmap())
            self.thumb.setText(self.empty_text)
        else:
            self.thumb.setPixmap(QPixmap.fromImage(image).scaled(
                THUMB - QSize(6, 6), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        self.remove_button.setEnabled(path is not None)

    def choose(self) -> bool:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose an image"), str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg)"))
        return self.offer(Path(chosen)) if chosen else False

    def offer(self, path: Path) -> bool:
        """Take `path` if it is a usable image, else say why (signal `problem`)."""
        reason = check_image(path, self.name)
        if reason == "image":
            self.problem.emit(self.tr("{file} is not an image Ikrar can use (damaged, or not a "
                                      "PNG or JPEG picture). Choose a PNG file.").format(
                file=path.name))
            return False
        if reason == "alpha":
            self.problem.emit(self.tr("The seal {file} has no transparent background, so it "
                                      "would hide the official's signature under it. Save it as "
                                      "a PNG with transparency.").format(file=path.name))
            return False
        self.pending, self.remove_pending = path, False
        self._show(path)
        self.changed.emit()
        return True

    def remove(self) -> None:
        self.pending, self.remove_pending = None, self.installed.exists()
        self._show(None)
        self.changed.emit()

    def apply(self) -> bool:
        """Write the change (on save); True if something changed."""
        if self.pending is not None:
            what, need_alpha = ASSET_CHECKS[self.name]
            install_asset(self.pending, self.name, what=what, need_alpha=need_alpha)
        elif self.remove_pending:
            self.installed.unlink(missing_ok=True)
        else:
            return False
        self.reset()
        return True
