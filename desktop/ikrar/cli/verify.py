"""Command line: `ikrar verify`, checking a certificate or badge."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ikrar.core.errors import UsageError


def add_verify_command(commands) -> None:
    check = commands.add_parser(
        "verify", help="check a certificate or badge: a PDF, an image or the QR's text"
    )
    check.add_argument("target", metavar="FILE.pdf|IMAGE.png|CODE")
    check.add_argument("--public-key", type=Path, metavar="FILE",
                       help="the agency's public key (default: the one in the data folder)")
    check.add_argument("--json", action="store_true")
    check.set_defaults(func=cmd_verify)


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
    from ikrar.ui.widgets.render import pdf_pages  # noqa: PLC0415 - QtPdf, no GUI needed

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
            result = verify_file(target, public, render_pdf=pdf_pages)
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
