"""From pen samples to stored points: distance filter, width from pressure or speed.

No Qt here, so it is tested and benchmarked on its own. Positions are millimetres on the
signing area, times milliseconds. The width rule is signature_pad.js's: the speed between two
points is smoothed with the previous speed (`velocity_filter_weight`), and a faster pen draws
a thinner line, `max_width / (1 + speed / reference_speed)`, never below `min_width`. With a
pressure-sensitive pen the pressure decides instead, smoothed the same way.

Each stored point carries the width drawn there; the curve through the points is
`ikrar.documents.signature_render`'s, which the certificate uses too.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ikrar.core.strokes import Point, Stroke
from ikrar.documents.signature_render import Curve, curve_between


@dataclass(frozen=True)
class InkStyle:
    min_width_mm: float = 0.35
    max_width_mm: float = 1.3
    velocity_filter_weight: float = 0.7
    # About one pixel per millisecond on a 96-dpi screen, signature_pad.js's scale.
    reference_speed_mm_per_ms: float = 0.25
    # Samples closer than this to the last kept point add nothing visible; they are merged.
    min_distance_mm: float = 0.4
    # Pressure is rarely linear on cheap pens; below 1 this lifts light touches.
    pressure_gamma: float = 0.8

    @property
    def dot_width_mm(self) -> float:
        return (self.min_width_mm + self.max_width_mm) / 2


class StrokeBuilder:
    """One stroke being drawn: feed samples, get back the curves that are ready to paint.

    A curve between two points needs the point after them, so painting trails the pen by one
    sample; `finish` returns the last curve (or nothing for a dot, see `is_dot`).
    """

    def __init__(self, style: InkStyle, *, keep_time: bool, keep_pressure: bool) -> None:
        self.style = style
        self.keep_time = keep_time
        self.keep_pressure = keep_pressure
        self.points: list[Point] = []
        self._t0: float | None = None
        self._last_t = 0.0
        self._velocity = 0.0
        self._level: float | None = None  # smoothed pressure

    def add(self, x: float, y: float, t_ms: float, pressure: float | None = None) -> list[Curve]:
        """Add a sample; returns the curves it completes (zero or one)."""
        points = self.points
        if self._t0 is None:
            self._t0 = t_ms
        if points:
            last = points[-1]
            distance = math.hypot(x - last.x, y - last.y)
            if distance <= self.style.min_distance_mm:
                return []
            dt = t_ms - self._last_t
            # Equal or backward timestamps (coalesced or synthetic events): keep the last speed.
            speed = distance / dt if dt > 0 else self._velocity
            w = self.style.velocity_filter_weight
            self._velocity = w * speed + (1 - w) * self._velocity
            width = self._width(pressure)
        else:
            width = self._width(pressure) if pressure is not None else self.style.dot_width_mm
        self._last_t = t_ms
        points.append(Point(
            x=x,
            y=y,
            width=width,
            t=round(t_ms - self._t0) if self.keep_time else None,
            pressure=min(1.0, max(0.0, pressure))
            if self.keep_pressure and pressure is not None else None,
        ))
        n = len(points)
        if n < 3:
            return []
        a = points[n - 4] if n >= 4 else points[0]
        return [curve_between(a, points[n - 3], points[n - 2], points[n - 1])]

    def finish(self) -> list[Curve]:
        """The stroke is over: the last curve, now that no point follows it."""
        n = len(self.points)
        if n < 2:
            return []
        p = self.points
        return [curve_between(p[n - 3] if n >= 3 else p[0], p[n - 2], p[n - 1], p[n - 1])]

    @property
    def is_dot(self) -> bool:
        return len(self.points) == 1

    def stroke(self) -> Stroke:
        return tuple(self.points)

    def _width(self, pressure: float | None) -> float:
        s = self.style
        if pressure is not None:
            level = max(0.0, min(1.0, pressure)) ** s.pressure_gamma
            if self._level is not None:
                w = s.velocity_filter_weight
                level = w * level + (1 - w) * self._level
            self._level = level
            return s.min_width_mm + (s.max_width_mm - s.min_width_mm) * level
        return max(s.max_width_mm / (1 + self._velocity / s.reference_speed_mm_per_ms),
                   s.min_width_mm)
