"""Files written whole or not at all, with the permissions asked for."""

from __future__ import annotations

import os
import stat

import pytest

from ikrar.core.files import atomic_open, atomic_write


def mode_of(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_bytes_and_writers_land_owner_only(tmp_path):
    target = tmp_path / "a.bin"
    atomic_write(target, b"one")
    assert target.read_bytes() == b"one" and mode_of(target) == 0o600
    atomic_write(target, lambda fh: fh.write(b"two"))
    assert target.read_bytes() == b"two"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.bin"]


def test_mode_none_follows_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        atomic_write(tmp_path / "shared.pdf", b"%PDF", mode=None)
    finally:
        os.umask(old)
    assert mode_of(tmp_path / "shared.pdf") == 0o644


def test_text_mode(tmp_path):
    with atomic_open(tmp_path / "a.csv", encoding="utf-8-sig", newline="") as fh:
        fh.write("nama\r\n")
    assert (tmp_path / "a.csv").read_bytes() == b"\xef\xbb\xbfnama\r\n"


def test_an_error_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"old")

    def fail(fh):
        fh.write(b"half")
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        atomic_write(target, fail)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.xlsx"]


def test_a_missing_folder_raises_oserror(tmp_path):
    with pytest.raises(OSError):
        atomic_write(tmp_path / "nope" / "x", b"")
