"""The database key: where it is kept, and how it is found again.

Every database Ikrar writes is SQLCipher-encrypted with a random or passphrase-derived 256-bit
key handed to SQLCipher raw (`x'…'`), so SQLCipher's own PBKDF2 never runs on an open: a
check-in reopening nothing pays nothing, and a passphrase costs one scrypt per start.

Beside the database, `database-key.json` (not secret, owner-only) says where its key is:

- ``"source": "keyring"``: a random key in the operating system's credential store (Windows
  Credential Manager, macOS Keychain, Secret Service) through `keyring`, under the service
  ``ikrar-database`` and the account named in the file. Nothing to type.
- ``"source": "passphrase"``: the key is scrypt(passphrase, salt) with the parameters in the
  file; the passphrase comes from ``IKRAR_DB_PASSPHRASE`` (unattended stations and hubs) or is
  asked at start (the GUI's dialog, the CLI's prompt).

A new database takes the passphrase when ``IKRAR_DB_PASSPHRASE`` is set, else the credential
store when there is one, else asks for a passphrase. `check` (HMAC of the key) tells a wrong
passphrase from a damaged file.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import uuid
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from ikrar.core import sealing
from ikrar.core.errors import IkrarError
from ikrar.core.files import atomic_write

log = logging.getLogger(__name__)

KEYINFO_FILENAME = "database-key.json"
PASSPHRASE_ENV = "IKRAR_DB_PASSPHRASE"
KEYRING_SERVICE = "ikrar-database"
# scrypt at 2**15 x 8 x 1: 32 MiB and about 0.1 s once per start on a tablet; the key itself is
# random-looking, so the stored check value speeds no guessing up beyond this cost.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
MIN_PASSPHRASE = 8

# (database path, creating, asked again after a wrong one) -> the passphrase, or None.
Prompt = Callable[[Path, bool, bool], "str | None"]
ATTEMPTS = 3  # passphrases asked before giving up (one only from the environment)
_prompt: Prompt | None = None
_derived: dict[tuple[str, str, int], bytes] = {}  # scrypt once per process per passphrase
_active: dict[str, bytes] = {}  # folder -> key of the open database, for the files it protects


class DatabaseKeyError(IkrarError):
    """The database key cannot be found or is wrong."""


def set_prompt(prompt: Prompt | None) -> None:
    """How to ask for a passphrase (the GUI's dialog, the CLI's prompt); None: never ask."""
    global _prompt
    _prompt = prompt


def sql_key(key: bytes) -> str:
    """The key as SQLCipher's raw-key literal: no KDF on open."""
    return f"x'{key.hex()}'"


def _check(key: bytes) -> str:
    return hmac.new(key, b"ikrar/database-key-check", hashlib.sha256).hexdigest()[:32]


def keyring_backend():
    """The usable credential store, or None (a headless machine has none)."""
    try:
        import keyring  # noqa: PLC0415
        from keyring.backends import fail, null  # noqa: PLC0415

        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - any broken backend means: no credential store
        return None
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    if getattr(backend, "backends", None) == []:  # a chainer with nothing behind it
        return None
    return backend


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    # Cached by a digest, not the passphrase itself: a reopen in this process costs nothing.
    cache = (hashlib.sha256(salt + passphrase.encode("utf-8")).hexdigest(), salt.hex(), n)
    if cache not in _derived:
        _derived[cache] = Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(
            passphrase.encode("utf-8"))
    return _derived[cache]


_given: str | None = None  # a passphrase passed to `database_key` itself


def _passphrase(db_path: Path, creating: bool, retry: bool = False) -> str:
    answer = _given or os.environ.get(PASSPHRASE_ENV)
    if not answer and _prompt is not None:
        answer = _prompt(db_path, creating, retry)
    if not answer:
        raise DatabaseKeyError(
            "store.passphrase_needed",
            f"The database {db_path} is encrypted with a passphrase and none was given. Start "
            f"Ikrar where it can ask for it, or set the {PASSPHRASE_ENV} environment variable.",
            path=db_path, variable=PASSPHRASE_ENV)
    if creating and len(answer) < MIN_PASSPHRASE:
        raise DatabaseKeyError(
            "store.passphrase_short",
            f"The database passphrase must have at least {MIN_PASSPHRASE} characters.",
            length=MIN_PASSPHRASE)
    return answer


def _write_info(path: Path, info: dict) -> None:
    atomic_write(path, (json.dumps(info, indent=1) + "\n").encode("utf-8"))


def _create(folder: Path, db_path: Path) -> tuple[bytes, dict]:
    backend = None if _given or os.environ.get(PASSPHRASE_ENV) else keyring_backend()
    if backend is not None:
        key, account = os.urandom(32), str(uuid.uuid4())
        try:
            backend.set_password(KEYRING_SERVICE, account, key.hex())
        except Exception as exc:  # noqa: BLE001 - a locked or refusing store: use a passphrase
            log.warning("the credential store refused the database key (%s); asking for a "
                        "passphrase", type(exc).__name__)
        else:
            return key, {"format": 1, "source": "keyring", "service": KEYRING_SERVICE,
                         "account": account, "check": _check(key)}
    passphrase = _passphrase(db_path, True)
    salt = os.urandom(16)
    key = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return key, {"format": 1, "source": "passphrase", "kdf": "scrypt", "salt": salt.hex(),
                 "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "check": _check(key)}


def _load(info_path: Path, db_path: Path) -> bytes:
    try:
        info = json.loads(info_path.read_text(encoding="utf-8"))
        source = info["source"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DatabaseKeyError("store.key_info_damaged",
                        f"{info_path} (where the database key is kept) is damaged or unreadable. "
                        "Restore it from a copy of the data folder.", path=info_path) from exc
    if source == "keyring":
        backend = keyring_backend()
        stored = None
        if backend is not None:
            try:
                stored = backend.get_password(info["service"], info["account"])
            except Exception:  # noqa: BLE001 - a locked store reads as no key
                stored = None
        if not stored:
            raise DatabaseKeyError(
                "store.key_missing",
                f"The key of the database {db_path} is kept in this computer's credential "
                "store, and it is not there (another user or another computer?). Sign in as "
                "the user who set Ikrar up, or restore the credential store.", path=db_path)
        key = bytes.fromhex(stored)
        if hmac.compare_digest(_check(key), str(info.get("check", ""))):
            return key
    else:
        asked = 1 if _given or os.environ.get(PASSPHRASE_ENV) or _prompt is None else ATTEMPTS
        for attempt in range(asked):
            passphrase = _passphrase(db_path, False, attempt > 0)
            key = _derive(passphrase, bytes.fromhex(info["salt"]), int(info["n"]),
                          int(info["r"]), int(info["p"]))
            if hmac.compare_digest(_check(key), str(info.get("check", ""))):
                return key
    raise DatabaseKeyError(
        "store.wrong_passphrase",
        f"Wrong passphrase for the database {db_path}. Check it and try again.", path=db_path)


def database_key(db_path: Path, passphrase: str | None = None) -> bytes:
    """The key of the database at `db_path`, creating (and keeping) one for a new database.

    `passphrase` given here is used before the environment's or the prompt's (the self-test's
    throwaway folder: nothing goes to the credential store).
    """
    global _given
    folder = db_path.parent
    info_path = folder / KEYINFO_FILENAME
    _given = passphrase
    try:
        if info_path.exists():
            key = _load(info_path, db_path)
        else:
            key, info = _create(folder, db_path)
            _write_info(info_path, info)
            log.info("database key kept in the %s",
                     "credential store" if info["source"] == "keyring" else "passphrase")
    finally:
        _given = None
    _active[str(folder.resolve())] = key
    return key


def active_key(folder: Path) -> bytes | None:
    """The key of the database open in `folder` (None before it is opened or when plain)."""
    return _active.get(str(Path(folder).resolve()))


def forget(folder: Path) -> None:
    _active.pop(str(Path(folder).resolve()), None)


def protect(folder: Path, purpose: str, data: bytes) -> bytes:
    """`data` encrypted under the open database's key (files beside it: station key, backups)."""
    key = active_key(folder)
    if key is None:
        raise RuntimeError("no encrypted database is open in this folder")
    return sealing.encrypt(key, purpose, data)


def unprotect(folder: Path, purpose: str, blob: bytes) -> bytes:
    key = active_key(folder)
    if key is None:
        raise RuntimeError("no encrypted database is open in this folder")
    return sealing.decrypt(key, purpose, blob)


def existing_key(folder: Path) -> bytes:
    """The key of the database already in `folder` (checks, tools); never creates one."""
    info_path = Path(folder) / KEYINFO_FILENAME
    if not info_path.exists():
        raise DatabaseKeyError("store.key_info_missing",
                               f"{info_path} is missing: the database in {folder} cannot be "
                               "decrypted without it. Restore it from a copy of the data folder.",
                               path=info_path)
    return _load(info_path, Path(folder) / "ikrar.sqlite3")
