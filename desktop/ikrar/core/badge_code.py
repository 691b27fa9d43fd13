"""Badge codes, version 2: digits only, so any scanner types them the same on any keyboard.

    91 <NIP, 18 digits> <174 digits: decimal of 0x01 | agency key id (8) | signature (64)>

194 digits in all: a QR code's numeric mode stores them in version 5 at error correction M,
and a keyboard-wedge scanner types them without a single Shift, whatever the keyboard layout
or Caps Lock. The leading 0x01 byte keeps leading zero bytes of the key id, and makes the tail
exactly 174 digits long, so a code cut short is told from one altered. A plain NIP never
starts with 9 (it starts with a birth year, 19xx or 20xx), so the two are told apart by the
first digit. Legacy `IKB1.` badges (`ikrar.core.payloads`) keep verifying.
"""

from __future__ import annotations

from ikrar.core.keys import KEY_ID_BYTES, SIGNATURE_BYTES, PublicKey, SigningKey, VerificationError
from ikrar.core.nip import NIP_LENGTH, parse_nip

PREFIX = "91"
_DOMAIN = b"ikrar/badge/v2\x00"
_TAIL_BYTES = 1 + KEY_ID_BYTES + SIGNATURE_BYTES
_LOW, _HIGH = 1 << (8 * (_TAIL_BYTES - 1)), 2 << (8 * (_TAIL_BYTES - 1))  # 0x01 00.. to 0x01 ff..
TAIL_DIGITS = len(str(_LOW))
LENGTH = len(PREFIX) + NIP_LENGTH + TAIL_DIGITS
assert len(str(_HIGH - 1)) == TAIL_DIGITS  # every tail has the same number of digits


def normalise(text: str) -> str:
    """What a scanner or a person typed, without spaces and line ends."""
    return "".join(text.split())


def is_badge_code(text: str) -> bool:
    """Whether `text` looks like a v2 badge code (digits beginning with 91), valid or not."""
    code = normalise(text)
    return code.startswith(PREFIX) and code.isascii() and code.isdigit()


def sign_badge(nip: str, agency: SigningKey) -> str:
    """The badge QR text for an NIP (spaces allowed): 194 digits."""
    value = parse_nip(nip)
    signature = agency.sign(_DOMAIN + value.encode("ascii"))
    tail = int.from_bytes(b"\x01" + agency.public.key_id_bytes + signature, "big")
    return f"{PREFIX}{value}{tail}"


def verify_badge(text: str, agency_public: PublicKey) -> str:
    """The NIP of a genuine v2 badge signed by this agency; VerificationError otherwise."""
    code = normalise(text)
    if not is_badge_code(code):
        raise VerificationError("format", "This code is not an employee badge.")
    body = code[len(PREFIX):]
    if len(code) < LENGTH:
        raise VerificationError(
            "truncated", "The badge code is cut short: scan it again, or check the print."
        )
    if len(code) > LENGTH:
        raise VerificationError("format", "The badge code is longer than a badge code can be.")
    nip, tail = body[:NIP_LENGTH], int(body[NIP_LENGTH:])
    if not _LOW <= tail < _HIGH:
        raise VerificationError("format", "The badge code was altered (a digit is wrong).")
    data = tail.to_bytes(_TAIL_BYTES, "big")[1:]
    key_id, signature = data[:KEY_ID_BYTES], data[KEY_ID_BYTES:]
    assert len(signature) == SIGNATURE_BYTES
    check_signature(nip, key_id, signature, agency_public, _DOMAIN)
    return nip


def check_signature(nip: str, key_id: bytes, signature: bytes, agency_public: PublicKey,
                    domain: bytes) -> None:
    """A badge's key id and signature over its NIP (either format, by its domain), or why not."""
    if key_id != agency_public.key_id_bytes:
        raise VerificationError(
            "key_id",
            f"This badge was signed by another key (key id {key_id.hex()}), not by this "
            f"agency's key ({agency_public.key_id}): a badge of another agency, or a forgery.",
        )
    if not agency_public.verify(signature, domain + nip.encode("ascii")):
        raise VerificationError(
            "signature", "The badge's signature does not match its NIP: the code was altered "
            "or forged. Find the person by name instead."
        )
