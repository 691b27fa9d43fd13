"""Camera scanning: generated QR images go through the same frame path as a webcam's."""

from __future__ import annotations

import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

from ikrar.ui.desk.camera import CameraPanel, ImageFrameSource, QrDecoder

NIP = "199001012015011001"


def qr_frame(text: str, *, size=(1280, 720), scale=5) -> QImage:
    """A 720p camera frame with the QR code somewhere in it, on a grey background."""
    code = zxingcpp.write_barcode_to_image(
        zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode), scale=scale)
    view = memoryview(code)
    qr = QImage(bytes(view), view.shape[1], view.shape[0], view.shape[1],
                QImage.Format.Format_Grayscale8).copy()
    frame = QImage(*size, QImage.Format.Format_RGB32)
    frame.fill(Qt.GlobalColor.lightGray)
    painter = QPainter(frame)
    painter.drawImage(size[0] // 3, size[1] // 5, qr)
    painter.end()
    return frame


def blank_frame() -> QImage:
    frame = QImage(1280, 720, QImage.Format.Format_RGB32)
    frame.fill(Qt.GlobalColor.darkGray)
    return frame


@pytest.fixture
def panel(qtbot):
    source = ImageFrameSource()
    panel = CameraPanel(source=source)
    qtbot.addWidget(panel)
    panel.show()
    yield panel, source
    panel.shutdown()


def test_a_qr_in_a_frame_is_scanned_off_the_gui_thread(qtbot, panel):
    panel, source = panel
    panel.start()
    assert panel.running
    with qtbot.waitSignal(panel.scanned, timeout=5000) as got:
        source.push(qr_frame(NIP))
    assert got.args == [NIP]
    assert panel.decoder.last_ms < 1000  # measured in the worker, reported back
    assert not panel.preview.image.isNull()  # the operator saw the frame


def test_frames_without_a_code_say_nothing(qtbot, panel):
    panel, source = panel
    panel.start()
    received = []
    panel.scanned.connect(received.append)
    with qtbot.waitSignal(panel.decoder.frameDecoded, timeout=5000) as got:
        source.push(blank_frame())
    assert got.args == [""]
    assert received == []


def test_a_code_held_still_is_reported_once(qtbot, panel):
    panel, source = panel
    panel.start()
    received = []
    panel.scanned.connect(received.append)
    for _ in range(3):
        with qtbot.waitSignal(panel.decoder.frameDecoded, timeout=5000):
            source.push(qr_frame(NIP))
    assert received == [NIP]


def test_frames_arriving_while_decoding_are_dropped_not_queued(qtbot, panel):
    panel, source = panel
    panel.start()
    with qtbot.waitSignal(panel.scanned, timeout=5000):
        for _ in range(5):
            source.push(qr_frame(NIP))
    assert panel.decoder.dropped >= 1
    panel.decoder.wait()


def test_a_long_badge_code_is_read_whole(qtbot, panel):
    panel, source = panel
    badge = "IKB1." + NIP + "." + "A" * 115
    panel.start()
    with qtbot.waitSignal(panel.scanned, timeout=5000) as got:
        source.push(qr_frame(badge, scale=4))
    assert got.args == [badge]


def test_a_camera_unplugged_mid_scan_says_so_and_scans_nothing(qtbot, panel):
    panel, source = panel
    panel.start()
    received = []
    panel.scanned.connect(received.append)
    source.push(qr_frame(NIP))  # being decoded when the cable is pulled
    source.unplug()
    panel.decoder.wait()
    qtbot.waitUntil(lambda: not panel.decoder.busy)
    assert received == []
    assert not panel.running
    assert "unplugged" in panel.status_label.text()
    assert panel.status_label.property("problem") is True
    assert panel.toggle_button.text() == "Start camera"
    source.push(qr_frame(NIP))  # a dead camera sends nothing more
    assert not panel.decoder.busy
    # Plugged back in: scanning resumes.
    panel.start()
    with qtbot.waitSignal(panel.scanned, timeout=5000) as got:
        source.push(qr_frame(NIP))
    assert got.args == [NIP]


def test_without_a_camera_a_calm_message(qtbot, monkeypatch, store):
    monkeypatch.setattr("ikrar.ui.desk.camera.available_cameras", lambda: [])
    panel = CameraPanel()
    qtbot.addWidget(panel)
    assert "No camera found" in panel.status_label.text()
    assert panel.status_label.property("problem") is not True
    assert not panel.toggle_button.isEnabled()
    panel.start()  # nothing to start: no error either
    assert not panel.running


def test_the_decoder_is_the_same_path_as_the_scanner(qtbot):
    decoder = QrDecoder()
    with qtbot.waitSignal(decoder.scanned, timeout=5000) as got:
        decoder.feed(qr_frame("IKB1.TEST"))
    assert got.args == ["IKB1.TEST"]
    decoder.wait()
