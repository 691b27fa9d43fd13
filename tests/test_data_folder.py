"""The data folder is owner-only, as README promises: folders 0700, files 0600."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from ikrar import app, paths
from ikrar.store.db import close_db

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_window_lock_is_owner_only(store):
    lock = app.instance_lock(store.data_dir)
    assert lock is not None
    try:
        assert mode(store.data_dir / app.LOCK_NAME) == 0o600
    finally:
        lock.unlock()


def test_a_cache_folder_made_wider_is_made_owner_only_again(tmp_path):
    (tmp_path / "cache").mkdir(mode=0o755)
    os.chmod(tmp_path / "cache", 0o755)
    assert paths.cache_dir(tmp_path) == tmp_path / "cache"
    assert mode(tmp_path / "cache") == 0o700


def test_everything_the_program_writes_at_start_is_owner_only(store, event, data_dir):
    close_db()
    env = {**os.environ, app.QUIT_WHEN_READY_ENV: "1", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "ikrar", "--data-dir", str(data_dir)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "ready" in done.stdout, done.stderr
    assert (data_dir / "cache" / "i18n").is_dir()  # the compiled translation, at least
    wider = {str(p.relative_to(data_dir)): oct(mode(p)) for p in [data_dir, *data_dir.rglob("*")]
             if mode(p) != (0o700 if p.is_dir() else 0o600)}
    assert wider == {}
