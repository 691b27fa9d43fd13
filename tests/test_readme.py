"""The README's commands are the ones CI runs, and its packages are the ones CI installs."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def readme() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def ci_lines() -> list[str]:
    return (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def readme_commands() -> list[str]:
    return re.findall(r"```sh\n(.+?)\n```", readme())


def readme_apt_line() -> str:
    [apt] = [c for c in readme_commands() if c.startswith("apt-get install")]
    return apt


def packages(command: str) -> set[str]:
    return {word for word in command.split()[2:] if not word.startswith("-")}


def ci_packages() -> set[str]:
    """Every package an `apt-get install` in .ci/run names (continued lines joined)."""
    text = "\n".join(ci_lines()).replace("\\\n", " ")
    found: set[str] = set()
    for line in text.splitlines():
        if line.strip().startswith("apt-get install"):
            found |= packages(line.split(">")[0])
    return found


def test_ci_runs_the_readme_test_command_verbatim():
    tests = [c for c in readme_commands() if "pytest" in c]
    assert len(tests) == 1
    assert tests[0] in ci_lines()


def test_readme_has_the_demo_command():
    assert any(c.endswith("ikrar demo") for c in readme_commands())


def test_ci_installs_the_readme_apt_line_verbatim():
    apt = readme_apt_line()
    assert {"python3-venv", "libxcb-cursor0", "libxkbcommon-x11-0"} <= packages(apt)
    assert any(line.split(" >")[0] == apt for line in ci_lines())


def test_ci_installs_no_package_the_readme_does_not_name():
    quoted = re.findall(r"`([^`\n]+)`", readme()) + readme_commands()
    named = {word for text in quoted for word in text.split()}
    assert ci_packages() - named == set()


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None,
                    reason="ldd on Linux")
def test_the_x11_plugin_finds_every_library_it_needs():
    """Without them Qt aborts on a real display; on CI this checks the README's apt line."""
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    plugin = qt / "plugins" / "platforms" / "libqxcb.so"
    libraries = [plugin, *sorted((qt / "lib").glob("libQt6XcbQpa.so*"))[:1]]
    done = subprocess.run(["ldd", *map(str, libraries)], capture_output=True, text=True)
    assert done.returncode == 0
    missing = sorted({line.split()[0] for line in done.stdout.splitlines() if "not found" in line})
    assert missing == []
