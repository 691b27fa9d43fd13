"""Encryption for data at rest and on USB sticks, from the `cryptography` package only.

- `encrypt` / `decrypt`: AES-256-GCM under a key derived (HKDF-SHA256) from a 32-byte master
  key and a purpose, so one master key (the database key) protects several files without ever
  reusing a key for two purposes.
- `seal` / `unseal`: encryption to a recipient's X25519 public key (an ephemeral X25519 key,
  HKDF-SHA256 of the shared secret, AES-256-GCM), the construction of NaCl's sealed box with
  standard primitives. USB bundles are sealed to the receiving hub's key.

Pure: no Qt, no database, no files.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12
_SECRET_MAGIC = b"IKS1"  # a file encrypted with `encrypt`
_SEALED_MAGIC = b"IKX1"  # a message sealed to an X25519 key


class SealError(ValueError):
    """Data that does not decrypt: the wrong key, or altered or damaged bytes."""


def _derive(secret: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(secret)


def subkey(master: bytes, purpose: str) -> bytes:
    """A key for one purpose only, derived from the master key."""
    return _derive(master, b"ikrar/" + purpose.encode("ascii"))


def encrypt(master: bytes, purpose: str, data: bytes) -> bytes:
    """`data` encrypted and authenticated under the master key's key for `purpose`."""
    nonce = os.urandom(NONCE_BYTES)
    aad = _SECRET_MAGIC + purpose.encode("ascii")
    return _SECRET_MAGIC + nonce + AESGCM(subkey(master, purpose)).encrypt(nonce, data, aad)


def is_encrypted(data: bytes) -> bool:
    return data.startswith(_SECRET_MAGIC)


def decrypt(master: bytes, purpose: str, blob: bytes) -> bytes:
    if not is_encrypted(blob) or len(blob) < len(_SECRET_MAGIC) + NONCE_BYTES + 16:
        raise SealError("not encrypted by Ikrar")
    nonce = blob[len(_SECRET_MAGIC):len(_SECRET_MAGIC) + NONCE_BYTES]
    aad = _SECRET_MAGIC + purpose.encode("ascii")
    try:
        return AESGCM(subkey(master, purpose)).decrypt(
            nonce, blob[len(_SECRET_MAGIC) + NONCE_BYTES:], aad)
    except InvalidTag:
        raise SealError("wrong key, or the data was altered") from None


def new_box_key() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


def box_private_bytes(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


def box_private_from(raw: bytes) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(raw)


def box_public_bytes(key: X25519PrivateKey | X25519PublicKey) -> bytes:
    public = key.public_key() if isinstance(key, X25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def is_sealed(data: bytes) -> bool:
    return data.startswith(_SEALED_MAGIC)


def seal(recipient: bytes, data: bytes, context: bytes) -> bytes:
    """`data` readable only with the private key of the X25519 public key `recipient`."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = box_public_bytes(ephemeral)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    key = _derive(shared, b"ikrar/seal/" + context, salt=ephemeral_public + recipient)
    nonce = os.urandom(NONCE_BYTES)
    header = _SEALED_MAGIC + ephemeral_public + nonce
    return header + AESGCM(key).encrypt(nonce, data, header + context)


def unseal(private: X25519PrivateKey, blob: bytes, context: bytes) -> bytes:
    head = len(_SEALED_MAGIC) + KEY_BYTES + NONCE_BYTES
    if not is_sealed(blob) or len(blob) < head + 16:
        raise SealError("not sealed by Ikrar")
    ephemeral_public = blob[len(_SEALED_MAGIC):len(_SEALED_MAGIC) + KEY_BYTES]
    nonce = blob[head - NONCE_BYTES:head]
    recipient = box_public_bytes(private)
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        key = _derive(shared, b"ikrar/seal/" + context, salt=ephemeral_public + recipient)
        return AESGCM(key).decrypt(nonce, blob[head:], blob[:head] + context)
    except (InvalidTag, ValueError):
        raise SealError("sealed to another key, or altered") from None
