"""A station install leaves out the hub's packages (the `hub` extra): nothing else needs them."""

from __future__ import annotations

import subprocess
import sys

# Runs in a fresh interpreter in which the hub's packages cannot be imported, as on a station.
WITHOUT_HUB = """
import importlib
import importlib.abc
import pkgutil
import sys

BLOCKED = {"fastapi", "uvicorn", "starlette", "psycopg2"}


class NotInstalled(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


sys.meta_path.insert(0, NotInstalled())
import ikrar

HUB_ONLY = {"ikrar.sync.hub", "ikrar.sync.serve", "ikrar.hubweb.console",
            "ikrar.__main__"}
for module in pkgutil.walk_packages(ikrar.__path__, "ikrar."):
    if module.name not in HUB_ONLY:
        importlib.import_module(module.name)
assert not BLOCKED & {name.split(".")[0] for name in sys.modules}, "a hub package was loaded"

from ikrar.cli import main

sys.exit(main(sys.argv[1:]))
"""


def run_without_hub(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", WITHOUT_HUB, *args], capture_output=True,
                          text=True, timeout=120)


def test_every_station_module_imports_without_the_hub_packages(data_dir):
    done = run_without_hub("event", "list")
    assert done.returncode == 0, done.stderr


def test_the_hub_without_its_packages_says_how_to_install_them(data_dir):
    done = run_without_hub("hub", "--port", "0")
    assert done.returncode == 2, done.stderr
    assert "pip install 'ikrar[hub]'" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_postgresql_hub_without_its_driver_says_so(data_dir):
    done = run_without_hub("hub", "revoke", "Meja 1", "--database", "postgresql://h/db")
    assert done.returncode == 2, done.stderr
    assert "psycopg2" in done.stderr and "ikrar[hub]" in done.stderr
