"""Signature strokes as compact, versioned vectors.

In memory, coordinates and pen widths are millimetres on the signing area (origin top left),
so a signature drawn on any screen renders at its true size. On the wire they are integers:
positions in 0.1 mm, widths in 0.05 mm, time in ms since the stroke started, pressure 0..255.
Pen time and pressure are biometrics (UU 27/2022), so they are optional and can be dropped
with `without_biometrics` while the drawn shape stays.

Wire format, version 1:

    b"IKS" | version u8 = 1 | flags u8 (1 time, 2 pressure, 4 body is zlib)
    body: varint area width, area height (0.1 mm) | varint stroke count
          | varint point count per stroke
          | column x, column y, column width[, column t][, column pressure]

Each column holds one zigzag varint per point, the difference from the previous point; time
restarts at each stroke. Columns rather than interleaved points put similar bytes together,
which is what lets zlib bring a 2,000-point signature under 8 KB.
"""

from __future__ import annotations

import hashlib
import math
import random
import zlib
from dataclasses import dataclass, replace

MAGIC = b"IKS"
VERSION = 1
FLAG_TIME = 1
FLAG_PRESSURE = 2
FLAG_ZLIB = 4

XY_PER_MM = 10  # 0.1 mm
WIDTH_PER_MM = 20  # 0.05 mm
PRESSURE_LEVELS = 255
# Far beyond any signature, low enough that a hostile file cannot make us allocate gigabytes.
MAX_BODY_BYTES = 4 * 1024 * 1024
MAX_POINTS = 1_000_000


class StrokeFormatError(ValueError):
    """Bytes that are not a signature this version of Ikrar can read."""


@dataclass(frozen=True)
class Point:
    x: float  # mm
    y: float  # mm
    width: float  # mm, the drawn line width at this point
    t: int | None = None  # ms since the stroke started
    pressure: float | None = None  # 0.0 .. 1.0


Stroke = tuple[Point, ...]


@dataclass(frozen=True)
class Signature:
    strokes: tuple[Stroke, ...]
    width_mm: float  # the signing area, so renderers keep the signer's proportions
    height_mm: float

    @property
    def point_count(self) -> int:
        return sum(len(s) for s in self.strokes)

    @property
    def has_time(self) -> bool:
        return any(p.t is not None for s in self.strokes for p in s)

    @property
    def has_pressure(self) -> bool:
        return any(p.pressure is not None for s in self.strokes for p in s)


# --- encoding ---------------------------------------------------------------------------


def _zigzag(n: int) -> int:
    return n * 2 if n >= 0 else -n * 2 - 1


def _unzigzag(z: int) -> int:
    return (z >> 1) ^ -(z & 1)


def _put_varint(out: bytearray, n: int) -> None:
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)


def _put_deltas(out: bytearray, values: list[int]) -> None:
    prev = 0
    for v in values:
        _put_varint(out, _zigzag(v - prev))
        prev = v


def encode(sig: Signature) -> bytes:
    """Pack a signature into the versioned binary form (typically a few KB)."""
    return _pack(*_body(sig))


def _pack(body: bytes, flags: int) -> bytes:
    packed = zlib.compress(body, 9)
    if len(packed) < len(body):
        return MAGIC + bytes([VERSION, flags | FLAG_ZLIB]) + packed
    return MAGIC + bytes([VERSION, flags]) + body


def _shape_digest(body: bytes) -> str:
    return hashlib.sha256(b"ikrar/shape/v1\x00" + body).hexdigest()


def shape_hash(sig: Signature) -> str:
    """SHA-256 of the drawn shape alone (no time, no pressure), uncompressed.

    The station signs it with the check-in, so the shape a retention purge leaves can be
    checked by any node; uncompressed, because zlib builds may differ in their output.
    """
    return _shape_digest(_body(sig, biometrics=False)[0])


def stripped(data: bytes) -> tuple[bytes, str]:
    """(the encoding without time and pressure, its shape hash), straight from the bytes.

    The same bytes as `encode(without_biometrics(decode(data)))`, without building a point:
    the shape is the body up to the end of the width column. StrokeFormatError as `decode`.
    """
    if len(data) < len(MAGIC) + 2 or data[:3] != MAGIC or data[3] != VERSION:
        decode(data)  # raises the precise error
    flags = data[4]
    body = _inflate(bytes(data[5:])) if flags & FLAG_ZLIB else bytes(data[5:])
    reader = _Reader(body)
    reader.varint(), reader.varint()
    lengths = [reader.varint() for _ in range(reader.varint())]
    wanted = 3 * sum(lengths)  # x, y and width: one varint per point each
    if wanted:
        ends = [i for i in range(reader.pos, len(body)) if body[i] < 0x80]
        if len(ends) < wanted:
            raise StrokeFormatError("signature data is truncated (fewer points than announced)")
        end = ends[wanted - 1] + 1
    else:
        end = reader.pos
    shape = body[:end]
    return _pack(shape, 0), _shape_digest(shape)


def _body(sig: Signature, *, biometrics: bool = True) -> tuple[bytes, int]:
    points = [p for s in sig.strokes for p in s]
    has_time, has_pressure = biometrics and sig.has_time, biometrics and sig.has_pressure
    if has_time and any(p.t is None for p in points):
        raise ValueError("every point needs a time, or none may have one")
    if has_pressure and any(p.pressure is None for p in points):
        raise ValueError("every point needs a pressure, or none may have one")

    body = bytearray()
    _put_varint(body, max(0, round(sig.width_mm * XY_PER_MM)))
    _put_varint(body, max(0, round(sig.height_mm * XY_PER_MM)))
    _put_varint(body, len(sig.strokes))
    for stroke in sig.strokes:
        _put_varint(body, len(stroke))
    _put_deltas(body, [round(p.x * XY_PER_MM) for p in points])
    _put_deltas(body, [round(p.y * XY_PER_MM) for p in points])
    _put_deltas(body, [max(0, round(p.width * WIDTH_PER_MM)) for p in points])
    if has_time:
        for stroke in sig.strokes:  # per stroke, because t restarts with every stroke
            _put_deltas(body, [int(p.t) for p in stroke])  # type: ignore[arg-type]
    if has_pressure:
        _put_deltas(body, [_quantise_pressure(p.pressure) for p in points])  # type: ignore[arg-type]

    flags = (FLAG_TIME if has_time else 0) | (FLAG_PRESSURE if has_pressure else 0)
    return bytes(body), flags


def _quantise_pressure(p: float) -> int:
    return min(PRESSURE_LEVELS, max(0, round(p * PRESSURE_LEVELS)))


# --- decoding ---------------------------------------------------------------------------


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def varint(self) -> int:
        n = shift = 0
        while True:
            if self.pos >= len(self.data):
                raise StrokeFormatError("signature data is truncated (ended inside a number)")
            b = self.data[self.pos]
            self.pos += 1
            n |= (b & 0x7F) << shift
            if b < 0x80:
                return n
            shift += 7
            if shift > 63:
                raise StrokeFormatError("signature data is damaged (a number is too long)")

    def deltas(self, count: int) -> list[int]:
        out, prev = [], 0
        for _ in range(count):
            prev += _unzigzag(self.varint())
            out.append(prev)
        return out


def decode(data: bytes) -> Signature:
    """Read bytes made by `encode`; raise StrokeFormatError on anything else."""
    if len(data) < len(MAGIC) + 2:
        raise StrokeFormatError(f"signature data is truncated ({len(data)} bytes, header needs 5)")
    if data[:3] != MAGIC:
        raise StrokeFormatError(
            f"not Ikrar signature data (starts with {bytes(data[:3])!r}, expected {MAGIC!r})"
        )
    version, flags = data[3], data[4]
    if version != VERSION:
        raise StrokeFormatError(
            f"signature format version {version} is not supported (this Ikrar reads version "
            f"{VERSION}); update Ikrar on this machine"
        )
    if flags & ~(FLAG_TIME | FLAG_PRESSURE | FLAG_ZLIB):
        raise StrokeFormatError(f"signature data has unknown flags {flags:#04x}")
    body = bytes(data[5:])
    if flags & FLAG_ZLIB:
        body = _inflate(body)

    r = _Reader(body)
    width_mm = r.varint() / XY_PER_MM
    height_mm = r.varint() / XY_PER_MM
    n_strokes = r.varint()
    # Every count costs at least one byte, so a count beyond what is left is a lie.
    if n_strokes > len(body) - r.pos:
        raise StrokeFormatError("signature data is truncated (fewer strokes than announced)")
    lengths = [r.varint() for _ in range(n_strokes)]
    total = sum(lengths)
    if total > MAX_POINTS or total > len(body) - r.pos:
        raise StrokeFormatError("signature data is truncated (fewer points than announced)")

    xs, ys, ws = r.deltas(total), r.deltas(total), r.deltas(total)
    ts = [t for n in lengths for t in r.deltas(n)] if flags & FLAG_TIME else None
    ps = r.deltas(total) if flags & FLAG_PRESSURE else None
    if r.pos != len(body):
        raise StrokeFormatError(f"signature data has {len(body) - r.pos} unexpected trailing bytes")

    points = [
        Point(
            x=xs[i] / XY_PER_MM,
            y=ys[i] / XY_PER_MM,
            width=ws[i] / WIDTH_PER_MM,
            t=ts[i] if ts is not None else None,
            pressure=ps[i] / PRESSURE_LEVELS if ps is not None else None,
        )
        for i in range(total)
    ]
    strokes, start = [], 0
    for n in lengths:
        strokes.append(tuple(points[start : start + n]))
        start += n
    return Signature(strokes=tuple(strokes), width_mm=width_mm, height_mm=height_mm)


def _inflate(body: bytes) -> bytes:
    d = zlib.decompressobj()
    try:
        out = d.decompress(body, MAX_BODY_BYTES)
    except zlib.error as exc:
        raise StrokeFormatError(f"signature data is damaged or truncated ({exc})") from None
    if d.unconsumed_tail:
        raise StrokeFormatError("signature data is implausibly large")
    if not d.eof:
        raise StrokeFormatError("signature data is truncated (compressed stream ends early)")
    return out


def strokes_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- measures ---------------------------------------------------------------------------


def without_biometrics(sig: Signature) -> Signature:
    """The drawn shape only: positions and widths kept, pen time and pressure dropped."""
    strokes = tuple(tuple(replace(p, t=None, pressure=None) for p in s) for s in sig.strokes)
    return replace(sig, strokes=strokes)


def has_biometrics(sig: Signature) -> bool:
    """Whether pen time or pressure is present, i.e. whether retention rules apply."""
    return sig.has_time or sig.has_pressure


def ink_length_mm(sig: Signature) -> float:
    return sum(
        math.hypot(b.x - a.x, b.y - a.y)
        for s in sig.strokes
        for a, b in zip(s, s[1:], strict=False)
    )


def bounding_box(sig: Signature) -> tuple[float, float, float, float] | None:
    """(min_x, min_y, max_x, max_y) in mm, or None when nothing was drawn."""
    points = [p for s in sig.strokes for p in s]
    if not points:
        return None
    xs, ys = [p.x for p in points], [p.y for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def has_enough_ink(sig: Signature, min_length_mm: float = 25, min_extent_mm: float = 10) -> bool:
    """Whether this looks like a signature rather than a tap, a dot or an accidental swipe."""
    box = bounding_box(sig)
    if box is None:
        return False
    extent = max(box[2] - box[0], box[3] - box[1])
    return extent >= min_extent_mm and ink_length_mm(sig) >= min_length_mm


# --- demo data --------------------------------------------------------------------------


def synthetic_signature(seed: int, points: int | None = None) -> Signature:
    """A plausible handwritten-looking signature for the demo and tests.

    Cursive loops (a circle riding on a rightward drift), sampled at 200 Hz with sensor
    jitter, pressure that rises and falls over each stroke, and width following pressure.
    `points` fixes the total; by default it is 300-800.
    """
    rng = random.Random(seed)
    total = points if points is not None else rng.randint(300, 800)
    n_strokes = rng.randint(2, 4) if total >= 8 else 1
    cuts = sorted(rng.sample(range(2, total - 1), n_strokes - 1)) if n_strokes > 1 else []
    sizes = [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]

    area_w, area_h = 120.0, 50.0
    x0 = rng.uniform(10, 25)
    strokes: list[Stroke] = []
    for size in sizes:
        y0 = rng.uniform(18, 32)
        radius = rng.uniform(3, 8)
        speed = rng.uniform(0.015, 0.03)  # mm of drift per ms
        omega = rng.uniform(0.008, 0.016)  # rad per ms; loops form when radius*omega > speed
        phase = rng.uniform(0, math.tau)
        tilt = rng.uniform(0.3, 0.7)
        drift = min(speed, (area_w - 10 - x0) / max(1, size * 5))
        stroke = []
        for i in range(size):
            t = i * 5 + rng.randint(0, 1)  # 200 Hz with a little timer jitter
            a = omega * t + phase
            # Letters differ in size: let the loop radius breathe slowly along the stroke.
            r = radius * (0.55 + 0.6 * abs(math.sin(omega * t * 0.23 + phase * 2)))
            x = x0 + drift * t + r * math.cos(a) + tilt * r * math.sin(a) * 0.3
            y = y0 + r * math.sin(a) * (1 - tilt * 0.3) + 2 * math.sin(omega * t * 0.11)
            x += rng.gauss(0, 0.05)
            y += rng.gauss(0, 0.05)
            progress = i / max(1, size - 1)
            pressure = min(
                1.0, max(0.05, 0.25 + 0.6 * math.sin(math.pi * progress) + rng.gauss(0, 0.02))
            )
            stroke.append(
                Point(
                    x=min(area_w, max(0.0, x)),
                    y=min(area_h, max(0.0, y)),
                    width=0.3 + 0.6 * pressure,
                    t=t,
                    pressure=pressure,
                )
            )
        strokes.append(tuple(stroke))
        x0 = min(area_w - 15, stroke[-1].x + rng.uniform(2, 8))
    return Signature(strokes=tuple(strokes), width_mm=area_w, height_mm=area_h)
