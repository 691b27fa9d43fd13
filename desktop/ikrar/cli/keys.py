"""Command line: the agency key and station certificates."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ikrar.core.errors import UsageError

PASSPHRASE_ENV = "IKRAR_KEY_PASSPHRASE"


def add_passphrase_file(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file", type=Path, metavar="FILE",
        help=f"read the agency key's passphrase from the first line of FILE "
        f"(or set ${PASSPHRASE_ENV}; asked for when interactive)",
    )


def add_key_commands(commands) -> None:
    keys = commands.add_parser("keys", help="the agency key and station certificates")
    key_cmds = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    init = key_cmds.add_parser("init", help="create the agency key (administrator, once)")
    secret = init.add_mutually_exclusive_group()
    secret.add_argument("--passphrase-file", type=Path, metavar="FILE",
                        help="protect the key with the passphrase on the first line of FILE")
    secret.add_argument("--no-passphrase", action="store_true",
                        help="store the key unencrypted (protected only by file permissions)")
    init.add_argument("--overwrite", action="store_true",
                      help="replace an existing agency key (everything must be signed again)")
    init.set_defaults(func=cmd_keys_init)
    export = key_cmds.add_parser("export-public",
                                 help="write the agency's public key for verifiers and stations")
    export.add_argument("file", type=Path)
    export.set_defaults(func=cmd_keys_export_public)
    trust = key_cmds.add_parser("import-public",
                                help="trust an agency public key file (stations, verifiers)")
    trust.add_argument("file", type=Path)
    trust.set_defaults(func=cmd_keys_import_public)
    certify = key_cmds.add_parser("certify-station",
                                  help="sign this station's key with the agency key")
    add_passphrase_file(certify)
    certify.add_argument("--days", type=int, default=400, help="validity (default 400 days)")
    certify.set_defaults(func=cmd_keys_certify_station)
    show = key_cmds.add_parser("show", help="key ids and fingerprints held in this data folder")
    show.set_defaults(func=cmd_keys_show)


def _passphrase(args: argparse.Namespace, *, creating: bool) -> str | None:
    import getpass  # noqa: PLC0415
    import os  # noqa: PLC0415

    if getattr(args, "no_passphrase", False):
        return None
    source = getattr(args, "passphrase_file", None)
    if source is not None:
        try:
            lines = source.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError("usage.passphrase_unreadable",
                             f"Cannot read the passphrase file {source}: {exc}.",
                             source=source, reason=exc) from exc
        if not lines or not lines[0]:
            raise UsageError("usage.passphrase_empty_file",
                             f"The passphrase file {source} is empty; its first line is used.",
                             source=source)
        return lines[0]
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        if creating:
            raise UsageError(
                "usage.passphrase_missing",
                "No passphrase for the new agency key: give --passphrase-file FILE or "
                f"${PASSPHRASE_ENV}, or --no-passphrase to store it unencrypted.",
                env=PASSPHRASE_ENV,
            )
        return None
    secret = getpass.getpass("Passphrase of the agency key: ")
    if creating:
        if not secret:
            raise UsageError("usage.passphrase_empty",
                             "Empty passphrase; use --no-passphrase to store the key unencrypted.")
        if getpass.getpass("The same passphrase again: ") != secret:
            raise UsageError("usage.passphrase_mismatch",
                             "The two passphrases differ; no key was created.")
    return secret or None


def agency_key(args: argparse.Namespace):
    from ikrar.store import keystore  # noqa: PLC0415

    try:
        encrypted = keystore.agency_key_encrypted()
    except OSError:
        encrypted = False  # agency_key() explains what is missing
    return keystore.agency_key(_passphrase(args, creating=False) if encrypted else None)


def cmd_keys_init(args: argparse.Namespace) -> int:
    from ikrar.store import keystore  # noqa: PLC0415

    passphrase = _passphrase(args, creating=True)
    key = keystore.init_agency_key(passphrase, overwrite=args.overwrite)
    folder = keystore.keys_dir()
    print(f"Agency key created in {folder / keystore.AGENCY_KEY} "
          f"({'passphrase-protected' if passphrase else 'NOT passphrase-protected'}).")
    print(f"Key id:      {key.public.key_id}")
    print(f"Fingerprint: {key.public.fingerprint}")
    print("Back the key file up offline: without it no new badge or station can be signed.\n"
          "Give verifiers the public key: `ikrar keys export-public FILE`; certify the "
          "stations that print certificates with `ikrar keys certify-station`.")
    return 0


def cmd_keys_export_public(args: argparse.Namespace) -> int:
    from ikrar.store import keystore  # noqa: PLC0415

    public = keystore.agency_public_key()
    try:
        args.file.write_bytes(public.to_pem())
    except OSError as exc:
        raise UsageError("usage.cannot_write", f"Cannot write {args.file}: {exc.strerror}.",
                         file=args.file, reason=exc.strerror) from exc
    print(f"Wrote the agency public key to {args.file}.")
    print(f"Key id:      {public.key_id}")
    print(f"Fingerprint: {public.fingerprint}   (read it aloud to whoever imports the file)")
    return 0


def cmd_keys_import_public(args: argparse.Namespace) -> int:
    from ikrar.core.keys import KeyFileError, PublicKey  # noqa: PLC0415
    from ikrar.store import audit, keystore  # noqa: PLC0415

    try:
        public = PublicKey.from_pem(args.file.read_bytes(), source=str(args.file))
    except OSError as exc:
        raise UsageError("usage.cannot_read", f"Cannot read {args.file}: {exc.strerror}.",
                         file=args.file, reason=exc.strerror) from exc
    own = keystore.keys_dir() / keystore.AGENCY_KEY
    if own.exists():
        current = keystore.agency_public_key()
        if current != public:
            raise KeyFileError(
                "key.other_agency_trusted",
                f"This data folder holds the agency key {current.key_id} ({own}); it cannot "
                f"trust another agency key ({public.key_id}) instead.",
                key_id=current.key_id, own=own, other=public.key_id,
            )
    keystore.save_agency_public_key(public)
    audit.append("key_import", public.key_id, role="agency", fingerprint=public.fingerprint)
    print(f"Trusting agency key {public.key_id}.")
    print(f"Fingerprint: {public.fingerprint}   (compare it with the administrator's)")
    return 0


def cmd_keys_certify_station(args: argparse.Namespace) -> int:
    from ikrar.store import keystore  # noqa: PLC0415

    cert = keystore.certify_local_station(agency_key(args), args.days)
    print(f"Station {cert.station_name!r} ({cert.station_id}) certified by agency key "
          f"{cert.issuer_key_id}, valid {cert.valid_from} to {cert.valid_until}.")
    print(f"Station key id: {cert.public_key.key_id}")
    return 0


def cmd_keys_show(args: argparse.Namespace) -> int:
    from ikrar.core.keys import KeyFileError  # noqa: PLC0415
    from ikrar.store import keystore  # noqa: PLC0415

    try:
        public = keystore.agency_public_key()
        print(f"Agency key:  {public.key_id}  fingerprint {public.fingerprint}")
    except KeyFileError:
        print("Agency key:  none trusted yet (`ikrar keys init` or `ikrar keys import-public`)")
    has_private = (keystore.keys_dir() / keystore.AGENCY_KEY).exists()
    print(f"             private key {'held here' if has_private else 'not held here'}")
    station = keystore.station_key().public
    print(f"Station key: {station.key_id}  fingerprint {station.fingerprint}")
    try:
        cert = keystore.station_certificate()
        print(f"Station certificate: by agency key {cert.issuer_key_id}, valid "
              f"{cert.valid_from} to {cert.valid_until}")
    except KeyFileError as exc:
        print(f"Station certificate: {exc}")
    return 0

