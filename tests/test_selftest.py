"""`ikrar --self-test`: every check printed, exit 0; a failing check makes it exit non-zero."""

from __future__ import annotations

import io
import os
import subprocess
import sys

from ikrar.selftest import SelfTest

CHECKS = ("bundled resources", "temporary database", "Indonesian translation",
          "Indonesian dates", "main window", "one certificate")


def test_the_self_test_passes_and_prints_each_check(tmp_path):
    # Its own process, as CI runs the built program: it makes its own QApplication.
    env = {**os.environ, "IKRAR_DATA_DIR": str(tmp_path / "untouched")}
    env.pop("QT_QPA_PLATFORM", None)  # it must find the off-screen platform by itself
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run([sys.executable, "-m", "ikrar", "--self-test"], capture_output=True,
                            text=True, timeout=180, check=False, env=env)

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for check in CHECKS:
        assert any(line.startswith(f"ok   {check}:") for line in lines), (check, result.stdout)
    assert "Rabu, 10 Juli 2024, 09.14 WIB" in result.stdout
    assert "'Impor daftar pegawai…'" in result.stdout
    assert lines[-1] == "self-test passed"
    assert not (tmp_path / "untouched").exists()  # never the user's data folder


def test_a_failing_check_is_reported_and_fails_the_run(tmp_path):
    out = io.StringIO()
    test = SelfTest(tmp_path, out)

    assert test.check("fine", lambda: "all good")
    assert not test.check("broken", lambda: 1 / 0)

    text = out.getvalue()
    assert "ok   fine: all good" in text
    assert "FAIL broken: ZeroDivisionError" in text
    assert test.failed == ["broken"]
