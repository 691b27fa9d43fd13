"""Command line: the agency key, station certificates, badge sheets, verification."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ikrar.core.errors import UsageError

# --- keys, badges and verification ---------------------------------------------------------

PASSPHRASE_ENV = "IKRAR_KEY_PASSPHRASE"


def _add_passphrase_file(parser: argparse.ArgumentParser) -> None:
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
    _add_passphrase_file(certify)
    certify.add_argument("--days", type=int, default=400, help="validity (default 400 days)")
    certify.set_defaults(func=cmd_keys_certify_station)
    show = key_cmds.add_parser("show", help="key ids and fingerprints held in this data folder")
    show.set_defaults(func=cmd_keys_show)

    badges = commands.add_parser("badges", help="badge sheets (A4, ID-card size, signed QR)")
    badges.add_argument("out", type=Path, metavar="OUT.pdf")
    badges.add_argument("--event", help="the event's roster (default: the current event)")
    badges.add_argument("--unit", help="only this work unit (exact name)")
    badges.add_argument("--all", action="store_true", help="every employee, not one roster")
    _add_passphrase_file(badges)
    badges.set_defaults(func=cmd_badges)

    check = commands.add_parser(
        "verify", help="check a certificate or badge: a PDF, an image or the QR's text"
    )
    check.add_argument("target", metavar="FILE.pdf|IMAGE.png|CODE")
    check.add_argument("--public-key", type=Path, metavar="FILE",
                       help="the agency's public key (default: the one in the data folder)")
    check.add_argument("--json", action="store_true")
    check.set_defaults(func=cmd_verify)


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


def _agency_key(args: argparse.Namespace):
    from ikrar.store import keystore  # noqa: PLC0415

    path = keystore.keys_dir() / keystore.AGENCY_KEY
    try:
        encrypted = b"ENCRYPTED" in path.read_bytes()
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

    cert = keystore.certify_local_station(_agency_key(args), args.days)
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


def cmd_badges(args: argparse.Namespace) -> int:
    from ikrar.documents.badges import print_badges  # noqa: PLC0415
    from ikrar.store.events import current_event, find_event  # noqa: PLC0415

    agency = _agency_key(args)
    event = None if args.all else (find_event(args.event) if args.event else current_event())
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show and (done == total or done % 50 == 0):
            print(f"\rBadges {done}/{total}", end="\n" if done == total else "",
                  file=sys.stderr, flush=True)

    count, pages = print_badges(args.out, agency, event=event, unit=args.unit,
                                progress=progress)
    print(f"Wrote {count} badges on {pages} A4 pages to {args.out} "
          f"(signed with agency key {agency.public.key_id}).")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from ikrar.core.keys import PublicKey, VerificationError  # noqa: PLC0415
    from ikrar.core.nip import format_nip  # noqa: PLC0415
    from ikrar.documents.verify import (  # noqa: PLC0415
        describe,
        is_payload,
        verify_file,
        verify_payload,
    )
    from ikrar.store import keystore  # noqa: PLC0415

    if args.public_key:
        try:
            public = PublicKey.from_pem(args.public_key.read_bytes(), source=str(args.public_key))
        except OSError as exc:
            raise UsageError("usage.cannot_read", f"Cannot read {args.public_key}: {exc.strerror}.",
                             file=args.public_key, reason=exc.strerror) from exc
    else:
        public = keystore.agency_public_key()
    target = Path(args.target)
    try:
        if is_payload(args.target):
            result = verify_payload(args.target, public)
        elif target.is_file():
            result = verify_file(target, public)
        else:
            raise UsageError("usage.not_a_target",
                             f"{args.target!r} is neither a file nor a certificate or badge code.",
                             target=args.target)
    except VerificationError as exc:
        if args.json:
            print(json.dumps({"valid": False, "code": exc.reason, "reason": exc.message},
                             ensure_ascii=False, indent=2))
        else:
            print(f"INVALID: {exc.message} [{exc.reason}]")
        return 1
    details = describe(result, public)
    if args.json:
        print(json.dumps(details, ensure_ascii=False, indent=2))
        return 0 if details["valid"] else 1
    who = f"{details['name']} (NIP {format_nip(result.nip)})" if details["name"] \
        else f"NIP {format_nip(result.nip)} (not in this database)"
    if details["kind"] == "badge":
        print(f"VALID badge of {who}, signed by agency key {public.key_id}.")
        return 0
    status = "VALID" if details["valid"] else "INVALID"
    print(f"{status} certificate {details['number']}")
    print(f"  Name:     {who}")
    print(f"  Event:    {details['event'] or 'not in this database'} ({details['event_id']})")
    print(f"  Signed:   {details['signed_at_text']}")
    print(f"  Station:  {details['station']} ({details['station_id']}), "
          f"printed {details['issued_on']}")
    print(f"  Agency key {details['agency_key_id']}; signature chain verified.")
    if "reason" in details:
        print(f"  But: {details['reason']}.")
    return 0 if details["valid"] else 1
