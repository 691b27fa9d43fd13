"""A real `keyring` backend for tests: a JSON file named by $IKRAR_TEST_KEYRING, shared by the
test's subprocesses.

conftest.py sets it in-process with `keyring.set_keyring` and, for child processes, names it in
keyring's configuration file (keyringrc.cfg, with this folder as its keyring-path).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1
    PATH_ENV = "IKRAR_TEST_KEYRING"

    @classmethod
    def _path(cls) -> Path:
        return Path(os.environ[cls.PATH_ENV])

    def _read(self) -> dict[str, str]:
        try:
            return json.loads(self._path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}\x00{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._read()
        data[f"{service}\x00{username}"] = password
        self._path().parent.mkdir(parents=True, exist_ok=True)
        self._path().write_text(json.dumps(data), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        data = self._read()
        if data.pop(f"{service}\x00{username}", None) is None:
            raise PasswordDeleteError(username)
        self._path().write_text(json.dumps(data), encoding="utf-8")
