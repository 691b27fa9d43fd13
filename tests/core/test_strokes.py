from __future__ import annotations

import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ikrar.core.strokes import (
    MAGIC,
    Point,
    Signature,
    StrokeFormatError,
    bounding_box,
    decode,
    encode,
    has_biometrics,
    has_enough_ink,
    ink_length_mm,
    strokes_hash,
    synthetic_signature,
    without_biometrics,
)


def assert_close(a: Signature, b: Signature) -> None:
    """Equal within quantisation: 0.1 mm position, 0.05 mm width, 1/255 pressure."""
    assert [len(s) for s in a.strokes] == [len(s) for s in b.strokes]
    assert a.width_mm == pytest.approx(b.width_mm, abs=0.051)
    for p, q in zip(
        (p for s in a.strokes for p in s), (q for s in b.strokes for q in s), strict=True
    ):
        assert p.x == pytest.approx(q.x, abs=0.051)
        assert p.y == pytest.approx(q.y, abs=0.051)
        assert p.width == pytest.approx(q.width, abs=0.026)
        assert p.t == q.t
        if p.pressure is None:
            assert q.pressure is None
        else:
            assert p.pressure == pytest.approx(q.pressure, abs=0.5 / 255 + 1e-9)


def test_round_trip_with_biometrics():
    sig = synthetic_signature(7)
    back = decode(encode(sig))
    assert back.has_time and back.has_pressure
    assert_close(sig, back)
    assert encode(back) == encode(sig)  # quantised values are a fixed point


def test_round_trip_without_biometrics():
    sig = without_biometrics(synthetic_signature(7))
    data = encode(sig)
    back = decode(data)
    assert not back.has_time and not back.has_pressure
    assert_close(sig, back)
    assert data[4] & 0b11 == 0


def test_without_biometrics_keeps_shape():
    sig = synthetic_signature(3)
    bare = without_biometrics(sig)
    assert [(p.x, p.y, p.width) for s in bare.strokes for p in s] == [
        (p.x, p.y, p.width) for s in sig.strokes for p in s
    ]
    assert all(p.t is None and p.pressure is None for s in bare.strokes for p in s)
    assert has_biometrics(sig) and not has_biometrics(bare)
    assert len(encode(bare)) < len(encode(sig))


def test_empty_signature_round_trips():
    sig = Signature(strokes=(), width_mm=100, height_mm=40)
    assert decode(encode(sig)) == sig


def test_typical_signature_is_under_8_kb():
    sig = synthetic_signature(11, points=2000)
    assert sig.point_count == 2000 and sig.has_time and sig.has_pressure
    assert len(encode(sig)) < 8 * 1024


@pytest.mark.parametrize("seed", range(5))
def test_synthetic_signatures_are_plausible(seed):
    sig = synthetic_signature(seed)
    assert 300 <= sig.point_count <= 800
    assert 1 <= len(sig.strokes) <= 4
    assert has_enough_ink(sig)
    x0, y0, x1, y1 = bounding_box(sig)
    assert 0 <= x0 < x1 <= sig.width_mm and 0 <= y0 < y1 <= sig.height_mm
    for stroke in sig.strokes:
        times = [p.t for p in stroke]
        assert times == sorted(times)


def test_synthetic_is_deterministic():
    assert synthetic_signature(5) == synthetic_signature(5)
    assert synthetic_signature(5) != synthetic_signature(6)


def test_hash_is_of_bytes():
    data = encode(synthetic_signature(1))
    assert strokes_hash(data) == strokes_hash(bytes(data))
    assert len(strokes_hash(data)) == 64
    assert strokes_hash(data) != strokes_hash(encode(synthetic_signature(2)))


def test_bad_magic():
    with pytest.raises(StrokeFormatError, match="not Ikrar signature data"):
        decode(b"PNG\x01\x00abc")


def test_unsupported_version():
    data = bytearray(encode(synthetic_signature(1)))
    data[3] = 2
    with pytest.raises(StrokeFormatError, match="version 2 is not supported"):
        decode(bytes(data))


def test_unknown_flags():
    data = bytearray(encode(synthetic_signature(1)))
    data[4] |= 0x80
    with pytest.raises(StrokeFormatError, match="unknown flags"):
        decode(bytes(data))


@pytest.mark.parametrize("compressed", [True, False])
def test_truncation_detected_everywhere(compressed):
    sig = synthetic_signature(2)
    if not compressed:
        # A tiny signature does not shrink under zlib, so it is stored plain.
        sig = Signature(strokes=(sig.strokes[0][:3],), width_mm=50, height_mm=20)
    data = encode(sig)
    assert bool(data[4] & 4) == compressed
    for cut in range(len(data)):
        with pytest.raises(StrokeFormatError):
            decode(data[:cut])


def test_trailing_garbage_refused():
    sig = Signature(strokes=((Point(1, 1, 0.5),),), width_mm=10, height_mm=10)
    with pytest.raises(StrokeFormatError, match="trailing"):
        decode(encode(sig) + b"\x00")


def test_decompression_bomb_refused():
    body = zlib.compress(b"\x00" * (5 * 1024 * 1024))
    with pytest.raises(StrokeFormatError):
        decode(MAGIC + bytes([1, 4]) + body)


def test_mixed_biometrics_refused_on_encode():
    stroke = (Point(0, 0, 0.5, t=0), Point(1, 1, 0.5))
    with pytest.raises(ValueError, match="time"):
        encode(Signature(strokes=(stroke,), width_mm=10, height_mm=10))


def test_dot_and_tiny_scribble_are_not_enough_ink():
    dot = Signature(
        strokes=((Point(10, 10, 0.5), Point(10.1, 10, 0.5)),), width_mm=100, height_mm=40
    )
    zigzag = tuple(Point(10 + (i % 2) * 3, 10 + i * 0.1, 0.5) for i in range(30))
    scribble = Signature(strokes=(zigzag,), width_mm=100, height_mm=40)
    line = Signature(
        strokes=((Point(10, 10, 0.5), Point(50, 10, 0.5)),), width_mm=100, height_mm=40
    )
    assert not has_enough_ink(Signature(strokes=(), width_mm=100, height_mm=40))
    assert not has_enough_ink(dot)
    assert ink_length_mm(scribble) > 25 and not has_enough_ink(scribble)  # long ink, 3 mm wide
    assert ink_length_mm(line) == pytest.approx(40)
    assert has_enough_ink(line)


def test_measures():
    sig = Signature(
        strokes=((Point(0, 0, 0.5), Point(3, 4, 0.5)), (Point(10, 10, 0.5), Point(10, 20, 0.5))),
        width_mm=50,
        height_mm=30,
    )
    assert ink_length_mm(sig) == pytest.approx(15)
    assert bounding_box(sig) == (0, 0, 10, 20)
    assert bounding_box(Signature(strokes=(), width_mm=1, height_mm=1)) is None


coords = st.floats(min_value=-50, max_value=500, allow_nan=False)
points_with_bio = st.builds(
    Point,
    x=coords,
    y=coords,
    width=st.floats(min_value=0, max_value=5),
    t=st.integers(0, 60_000),
    pressure=st.floats(min_value=0, max_value=1),
)
points_bare = st.builds(Point, x=coords, y=coords, width=st.floats(min_value=0, max_value=5))


@st.composite
def signatures(draw):
    point = draw(st.sampled_from([points_with_bio, points_bare]))
    strokes = draw(st.lists(st.lists(point, min_size=1, max_size=30).map(tuple), max_size=5))
    w = draw(st.floats(min_value=0, max_value=400))
    return Signature(strokes=tuple(strokes), width_mm=w, height_mm=w / 2)


@given(signatures())
def test_round_trip_within_quantisation(sig):
    assert_close(sig, decode(encode(sig)))


@given(st.binary(max_size=64))
def test_random_bytes_never_crash(blob):
    for data in (blob, MAGIC + b"\x01" + blob):
        try:
            decode(data)
        except StrokeFormatError:
            pass


def test_stripped_bytes_are_the_shape_without_building_points():
    from ikrar.core.strokes import shape_hash, stripped, without_biometrics

    for seed in range(12):
        sig = synthetic_signature(seed)
        data = encode(sig)
        bare, digest = stripped(data)
        assert bare == encode(without_biometrics(sig))
        assert digest == shape_hash(sig) == shape_hash(without_biometrics(sig))
        assert stripped(bare) == (bare, digest)  # idempotent
        assert decode(bare) == without_biometrics(decode(data))
    other = encode(synthetic_signature(99))
    assert stripped(other)[1] != shape_hash(synthetic_signature(1))
    with pytest.raises(StrokeFormatError):
        stripped(encode(synthetic_signature(3))[:-4])
