"""Writing a file whole or not at all.

Every file Ikrar writes for keeping (keys, reports, exports, certificate batches, images, compiled
translations) is written to a hidden temporary file beside the target, flushed to disk, and
moved over the target in one step (`os.replace`). A full disk, a crash or a file held open by
another program leaves the old file (or none) in place, never half of a new one.

Pure standard library: no Qt, no database.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

OWNER_ONLY = 0o600


@contextlib.contextmanager
def atomic_open(path: Path | str, *, mode: int | None = OWNER_ONLY,
                encoding: str | None = None, newline: str | None = None) -> Iterator[IO[Any]]:
    """A handle on a temporary file that becomes `path` when the block ends without error.

    Binary unless `encoding` is given. `mode` is the finished file's permission bits; None
    gives what a plain `open` would (0666 less the umask). On any error the temporary file is
    removed and the error raised as it came (OSError for the disk's complaints).
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        text = encoding is not None
        with os.fdopen(fd, "w" if text else "wb", encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if mode is None:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        if mode != OWNER_ONLY:  # mkstemp made it owner-only
            os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def atomic_write(path: Path | str, data: bytes | Callable[[IO[bytes]], object], *,
                 mode: int | None = OWNER_ONLY) -> Path:
    """Write `data` (bytes, or a function that writes to the binary handle it is given) to
    `path` whole or not at all; see `atomic_open`."""
    with atomic_open(path, mode=mode) as handle:
        if callable(data):
            data(handle)
        else:
            handle.write(data)
    return Path(path)
