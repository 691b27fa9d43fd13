"""Where things live: bundled resources and the data folder."""

from __future__ import annotations

import os
from importlib import resources as _resources
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "IKRAR_DATA_DIR"
CACHE = "cache"


def resource(*parts: str) -> Path:
    """Path of a bundled resource (pledge templates, fonts, translations...).

    `resources/` is mapped to the `ikrar.resources` package, so this works the same
    from a source checkout, an editable install, a wheel and a PyInstaller build.
    """
    root = Path(str(_resources.files("ikrar.resources")))
    path = root.joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"bundled resource missing: {'/'.join(parts)} (looked in {root})")
    return path


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("Ikrar", appauthor=False))


def demo_data_dir() -> Path:
    """Demo data lives apart from real data, always."""
    return Path(platformdirs.user_data_dir("Ikrar", appauthor=False)).with_name("Ikrar-demo")


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: explicit override, else $IKRAR_DATA_DIR, else the platform default."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def private_dir(path: Path) -> Path:
    """`path` as a folder only its owner may enter (0700), made so if it was created wider."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


def cache_dir(data_dir: Path) -> Path:
    """`data_dir/cache` (compiled translations, sounds, previews): owner-only like the rest,
    since previews hold names, NIPs and signatures."""
    return private_dir(Path(data_dir) / CACHE)
