"""Scanning badges with a webcam: preview, camera chooser, QR decoding off the GUI thread.

Frames come from a `FrameSource`: the real one wraps QtMultimedia's camera, capture session
and video sink; tests supply images through `ImageFrameSource`, which takes exactly the same
path from there on. The decoder takes a frame only when it is idle (a slow machine drops
frames, it never queues them), decodes it with zxing-cpp restricted to QR codes as a job
(`ikrar.ui.widgets.jobs`) on a thread of its own, and hears the result on the GUI thread. A
code held in front of the camera is reported once, not thirty times a second.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ikrar.ui.widgets import theme
from ikrar.ui.widgets.jobs import TaskRunner

log = logging.getLogger(__name__)

REPEAT_MS = 2_500  # the same code again within this time is the same person still holding it


class FrameSource(QObject):
    """Where camera frames come from. `frameReady` carries a QImage; `lost` a reason."""

    frameReady = Signal(QImage)
    lost = Signal(str)
    started = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.active = False

    def start(self) -> None:
        self.active = True
        self.started.emit()

    def stop(self) -> None:
        self.active = False

    def wants_preview_widget(self) -> bool:
        """Whether the source paints its own preview (a camera does, into a QVideoWidget)."""
        return False

    def preview_widget(self, parent: QWidget) -> QWidget | None:
        return None


class ImageFrameSource(FrameSource):
    """Frames handed over one by one: tests, or images from elsewhere."""

    def push(self, image: QImage) -> None:
        if self.active:
            self.frameReady.emit(image)

    def unplug(self, reason: str = "unplugged") -> None:
        """What a camera does when its cable is pulled out."""
        if self.active:
            self.active = False
            self.lost.emit(reason)


class CameraSource(FrameSource):
    """A webcam through QtMultimedia. Frames are turned into images only when `wanted()`."""

    def __init__(self, device, parent: QObject | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices
        from PySide6.QtMultimediaWidgets import QVideoWidget

        self.device = device
        self.wanted = lambda: True
        self.camera = QCamera(device, self)
        self.session = QMediaCaptureSession(self)
        self.session.setCamera(self.camera)
        self.video = QVideoWidget()
        self.session.setVideoOutput(self.video)
        self.video.videoSink().videoFrameChanged.connect(self._frame)
        self.camera.errorOccurred.connect(self._error)
        self._devices = QMediaDevices(self)
        self._devices.videoInputsChanged.connect(self._inputs_changed)

    def start(self) -> None:
        self.camera.start()
        super().start()

    def stop(self) -> None:
        self.camera.stop()
        super().stop()

    def wants_preview_widget(self) -> bool:
        return True

    def preview_widget(self, parent: QWidget) -> QWidget:
        self.video.setParent(parent)
        return self.video

    def _frame(self, frame) -> None:  # noqa: ANN001 - QVideoFrame
        if self.active and frame.isValid() and self.wanted():
            image = frame.toImage()
            if not image.isNull():
                self.frameReady.emit(image)

    def _error(self, _error, text: str) -> None:  # noqa: ANN001
        log.warning("camera %s: %s", self.device.description(), text)
        if self.active:
            self.active = False
            self.lost.emit(text)

    def _inputs_changed(self) -> None:
        from PySide6.QtMultimedia import QMediaDevices

        ids = {bytes(d.id()) for d in QMediaDevices.videoInputs()}
        if self.active and bytes(self.device.id()) not in ids:
            self.stop()
            self.lost.emit("unplugged")


def available_cameras() -> list:
    """The cameras QtMultimedia sees (an empty list when it has none or cannot load)."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:  # a build without QtMultimedia
        return []
    return list(QMediaDevices.videoInputs())


# --- decoding --------------------------------------------------------------------------------


def decode_qr(image: QImage) -> tuple[str, float]:
    """The first QR code's text in `image` ("" when there is none) and the milliseconds spent."""
    import zxingcpp

    start = time.perf_counter()
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    codes = zxingcpp.read_barcodes(gray, formats=zxingcpp.BarcodeFormat.QRCode)
    texts = [c.text for c in codes if c.valid and c.text]
    return (texts[0] if texts else ""), (time.perf_counter() - start) * 1000


class QrDecoder(QObject):
    """Frames in, `scanned(text)` out; one frame at a time, as a job on a thread of its own."""

    scanned = Signal(str)
    frameDecoded = Signal(str)  # every decoded frame's text ("" when it held no QR), for tests

    def __init__(self, parent: QObject | None = None, *, repeat_ms: int = REPEAT_MS) -> None:
        super().__init__(parent)
        pool = QThreadPool(self)
        pool.setMaxThreadCount(1)
        self.runner = TaskRunner(self, pool=pool)
        self.runner.finished.connect(self._decoded)
        self.repeat_ms = repeat_ms
        self.generation = 0
        self.last_ms = 0.0
        self.dropped = 0
        self._last: tuple[str, float] | None = None

    @staticmethod
    def available() -> bool:
        try:
            import zxingcpp  # noqa: F401
        except ImportError:
            return False
        return True

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def idle(self) -> bool:
        return not self.runner.busy

    def feed(self, image: QImage) -> None:
        """Decode `image` unless a frame is being decoded: a slow machine drops frames."""
        frame, generation = image.copy(), self.generation
        if not self.runner.start("QR decoding", lambda _p, _c: (generation, *decode_qr(frame))):
            self.dropped += 1

    def reset(self) -> None:
        """Forget a frame still being decoded (the camera went away) and the last code."""
        self.generation += 1
        self._last = None

    def wait(self) -> None:
        self.runner.pool.waitForDone()

    def _decoded(self, result: tuple[int, str, float]) -> None:
        generation, text, spent = result
        self.last_ms = spent
        if generation != self.generation:
            return
        self.frameDecoded.emit(text)
        if not text:
            return
        now = time.monotonic() * 1000
        again = self._last is not None and self._last[0] == text
        recent = again and now - self._last[1] < self.repeat_ms
        self._last = (text, now)
        if recent:
            return
        self.scanned.emit(text)


# --- the panel -------------------------------------------------------------------------------


class ImagePreview(QWidget):
    """The newest frame, scaled to fit: the preview for sources without a video widget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.setMinimumSize(QSize(160, 120))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        if not self.image.isNull():
            scaled = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = (self.width() - scaled.width()) // 2
            y = (self.height() - scaled.height()) // 2
            painter.drawImage(self.rect().adjusted(x, y, -x, -y), self.image)
        painter.end()


class CameraPanel(QWidget):
    """Camera chooser, start/stop, preview and a calm line of status; `scanned` as the scanner."""

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, source: FrameSource | None = None,
                 decoder: QrDecoder | None = None) -> None:
        super().__init__(parent)
        self.decoder = decoder or QrDecoder(self)
        self.decoder.scanned.connect(self.scanned)
        self.source: FrameSource | None = None
        self._fixed_source = source is not None

        self.chooser = QComboBox(self)
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(16)
        self.chooser.currentIndexChanged.connect(self._choose)
        self.toggle_button = QPushButton(self.tr("Start camera"), self)
        self.toggle_button.clicked.connect(self.toggle)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setObjectName("cameraStatus")
        self.preview = ImagePreview(self)
        self.previews = QStackedWidget(self)
        self.previews.addWidget(self.preview)
        self.previews.setMinimumHeight(150)

        top = QHBoxLayout()
        top.addWidget(self.chooser, 1)
        top.addWidget(self.toggle_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.previews, 1)
        layout.addWidget(self.status_label)

        if source is not None:
            self.chooser.addItem(self.tr("Test images"))
            self.chooser.setEnabled(False)
            self._use(source)
            self._say(self.tr("Camera off."))
        else:
            self.refresh_cameras()

    # --- cameras ----------------------------------------------------------------------------

    def refresh_cameras(self) -> None:
        """List the cameras again (one was plugged in or out)."""
        if self._fixed_source:
            return
        from ikrar.store import settings

        cameras = available_cameras()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for device in cameras:
            self.chooser.addItem(device.description(), device)
        chosen = settings.get("camera")
        for i, device in enumerate(cameras):
            if chosen and bytes(device.id()).decode(errors="replace") == chosen:
                self.chooser.setCurrentIndex(i)
        self.chooser.blockSignals(False)
        self.chooser.setEnabled(len(cameras) > 1)
        if not QrDecoder.available():
            self.toggle_button.setEnabled(False)
            self._say(self.tr("QR decoding is not installed on this computer (zxing-cpp). "
                              "Use the scanner or the search."))
        elif not cameras:
            self.toggle_button.setEnabled(False)
            self._say(self.tr("No camera found. Connect a webcam, or use the scanner or "
                              "the search."))
        else:
            self.toggle_button.setEnabled(True)
            self._say(self.tr("Camera off."))

    def _choose(self, index: int) -> None:
        if self._fixed_source or index < 0:
            return
        device = self.chooser.itemData(index)
        from ikrar.store import settings

        settings.put("camera", bytes(device.id()).decode(errors="replace"))
        if self.source is not None and self.source.active:
            self.stop()
            self.start()

    def _use(self, source: FrameSource) -> None:
        if self.source is not None and self.source is not source:
            self.source.stop()
            self.source.deleteLater()
        self.source = source
        source.setParent(self)
        source.frameReady.connect(self._frame)
        source.lost.connect(self._lost)
        if isinstance(source, CameraSource):
            source.wanted = self.decoder.idle
        widget = source.preview_widget(self.previews) if source.wants_preview_widget() else None
        if widget is not None:
            self.previews.addWidget(widget)
            self.previews.setCurrentWidget(widget)
        else:
            self.previews.setCurrentWidget(self.preview)

    # --- running ----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.source is not None and self.source.active

    def toggle(self) -> None:
        if self.running:
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        if not self._fixed_source:
            device = self.chooser.currentData()
            if device is None:
                self.refresh_cameras()
                return
            if not isinstance(self.source, CameraSource) or self.source.device != device:
                self._use(CameraSource(device, self))
        assert self.source is not None
        self.decoder.reset()
        self.source.start()
        self.toggle_button.setText(self.tr("Stop camera"))
        self._say(self.tr("Hold the badge's QR code in front of the camera."))

    def stop(self) -> None:
        if self.source is not None:
            self.source.stop()
        self.decoder.reset()
        self.toggle_button.setText(self.tr("Start camera"))
        self._say(self.tr("Camera off."))

    def _frame(self, image: QImage) -> None:
        if self.previews.currentWidget() is self.preview:
            self.preview.show_image(image)
        self.decoder.feed(image)

    def _lost(self, reason: str) -> None:
        self.decoder.reset()  # a frame from before the cable was pulled is not a scan now
        self.toggle_button.setText(self.tr("Start camera"))
        log.info("camera lost: %s", reason)
        if not self._fixed_source:
            self.refresh_cameras()
        self._say(self.tr("The camera stopped (it was unplugged or is used by another "
                          "program). Plug it in again and press “Start camera”, or use the "
                          "scanner or the search."), problem=True)

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {theme.PROBLEM_TEXT};" if problem else "")
        self.status_label.setProperty("problem", problem)

    def shutdown(self) -> None:
        """Stop the camera and wait for a frame being decoded (closing the window)."""
        self.stop()
        self.decoder.wait()
