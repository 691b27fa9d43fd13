"""How the desk learns what happened at a glance: a coloured status line with words, and a sound.

Green, amber and red always come with a word ("SIAP", "PERHATIAN", "MASALAH") so nobody has to
tell colours apart. Sounds are short tones written once into the cache folder and played with
QSoundEffect; a computer without sound output gets the system beep instead.
"""

from __future__ import annotations

import logging
import math
import struct
import wave
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ikrar.store import settings
from ikrar.ui.widgets import theme

log = logging.getLogger(__name__)

READY, OK, ATTENTION, PROBLEM = "ready", "ok", "attention", "problem"
COLOURS = {  # background, text
    READY: (theme.OK_BACKGROUND, theme.OK_TEXT),
    OK: (theme.OK, theme.PAPER),
    ATTENTION: (theme.ATTENTION, theme.ATTENTION_ON),
    PROBLEM: (theme.PROBLEM, theme.PAPER),
}
# (frequency Hz, milliseconds) per sound: rising for success, a double tone for a duplicate,
# low for an error.
TONES = {
    "success": ((880, 90), (1320, 140)),
    "duplicate": ((660, 120), (0, 60), (660, 120)),
    "error": ((220, 320),),
}


class StatusBanner(QLabel):
    """One line: the state as a word, then what happened. `state` is for tests and styles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationStatus")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMinimumHeight(56)
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.35)
        font.setBold(True)
        self.setFont(font)
        self.state = READY
        self.message = ""

    def word(self, state: str) -> str:
        return {
            READY: self.tr("READY"),
            OK: self.tr("SAVED"),
            ATTENTION: self.tr("ATTENTION"),
            PROBLEM: self.tr("PROBLEM"),
        }[state]

    def show_state(self, state: str, message: str) -> None:
        self.state = state
        self.message = message
        background, colour = COLOURS[state]
        self.setStyleSheet(
            f"QLabel#stationStatus {{ background: {background}; color: {colour}; "
            "border-radius: 6px; padding: 10px 16px; }"
        )
        self.setText(f"{self.word(state)} — {message}")
        self.setAccessibleDescription(self.text())


def _tone_file(folder: Path, name: str) -> Path:
    path = folder / f"{name}.wav"
    if path.exists():
        return path
    rate = 22_050
    frames = bytearray()
    for freq, ms in TONES[name]:
        count = rate * ms // 1000
        for i in range(count):
            fade = min(1.0, i / 200, (count - i) / 200)  # no clicks at the edges
            value = math.sin(2 * math.pi * freq * i / rate) * 0.35 * fade if freq else 0.0
            frames += struct.pack("<h", int(value * 32767))
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))
    return path


class Sounds:
    """Plays "success", "duplicate" or "error" when the station's sound setting is on."""

    def __init__(self, cache_dir: Path | None) -> None:
        self.cache_dir = cache_dir
        self.last: str | None = None  # what was played last (tests look)
        self._effects: dict[str, object] = {}
        self._has_output: bool | None = None

    def enabled(self) -> bool:
        return bool(settings.get("sound"))

    def play(self, name: str) -> None:
        if name not in TONES or not self.enabled():
            return
        self.last = name
        effect = self._effect(name)
        if effect is None:
            QApplication.beep()
        else:
            effect.play()

    def _effect(self, name: str):  # noqa: ANN202 - QSoundEffect, imported lazily
        if self.cache_dir is None:
            return None
        if self._has_output is None:
            try:
                from PySide6.QtMultimedia import QMediaDevices

                self._has_output = bool(QMediaDevices.audioOutputs())
            except ImportError:
                self._has_output = False
        if not self._has_output:
            return None
        if name not in self._effects:
            from PySide6.QtMultimedia import QSoundEffect

            try:
                path = _tone_file(self.cache_dir / "sounds", name)
            except OSError as exc:
                log.warning("cannot write the %s sound: %s", name, exc)
                return None
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.6)
            self._effects[name] = effect
        return self._effects[name]
