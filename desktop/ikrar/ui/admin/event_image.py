"""The agency's images on the event page: letterhead logo, official's signature, seal.

They live in `<data folder>/assets/` under the names the certificate code reads
(`ikrar.documents.batch.issuer_for`, `ikrar.documents.seal.load_seal`), owner-only, always as
PNG. A chosen file is checked when it is chosen (a damaged file or a seal without transparency
is refused with a clear message) and written only when the event is saved.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from ikrar.core.files import atomic_write
from ikrar.documents.seal import SEAL_FILENAME, AssetError, assets_dir, load_picture
from ikrar.ui.widgets import theme

LOGO, SIGNATURE, SEAL = "logo.png", "official_signature.png", SEAL_FILENAME
THUMB = QSize(120, 72)


def check_image(path: Path, *, need_alpha: bool) -> str | None:
    """None if the file is a usable image, else the reason: "image" or "alpha"."""
    try:
        load_picture(path, "image")
    except AssetError:
        return "image"
    if need_alpha:
        try:
            load_picture(path, "image", need_alpha=True)
        except AssetError:
            return "alpha"
    return None


def install_image(source: Path, name: str) -> Path:
    """Write `source` as assets/`name` (PNG, owner-only), replacing what was there at once."""
    folder = assets_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    target = folder / name
    with Image.open(source) as image:
        image.load()
        buffer = io.BytesIO()
        image.save(buffer, "PNG")
    atomic_write(target, buffer.getvalue())
    return target


def remove_image(name: str) -> None:
    (assets_dir() / name).unlink(missing_ok=True)


class ImageField(QWidget):
    """A thumbnail with Choose… and Remove; holds a change until `apply()` on save."""

    problem = Signal(str)  # a chosen file was refused: the message for the page
    changed = Signal()

    def __init__(self, name: str, *, need_alpha: bool = False, empty_text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.need_alpha = need_alpha
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
        reason = check_image(path, need_alpha=self.need_alpha)
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
            install_image(self.pending, self.name)
        elif self.remove_pending:
            remove_image(self.name)
        else:
            return False
        self.reset()
        return True
