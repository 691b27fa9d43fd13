"""Encryption helpers: AES-GCM under purpose keys, and sealing to an X25519 key."""

from __future__ import annotations

import os

import pytest

from ikrar.core import sealing


def test_encrypt_is_bound_to_its_key_and_purpose_and_detects_any_change():
    master = os.urandom(32)
    blob = sealing.encrypt(master, "station-key", b"secret pem")
    assert sealing.is_encrypted(blob) and b"secret pem" not in blob
    assert sealing.decrypt(master, "station-key", blob) == b"secret pem"
    assert sealing.encrypt(master, "station-key", b"secret pem") != blob  # fresh nonce
    with pytest.raises(sealing.SealError):
        sealing.decrypt(master, "bundle-key", blob)
    with pytest.raises(sealing.SealError):
        sealing.decrypt(os.urandom(32), "station-key", blob)
    for i in range(len(blob)):
        damaged = bytearray(blob)
        damaged[i] ^= 0x80
        with pytest.raises(sealing.SealError):
            sealing.decrypt(master, "station-key", bytes(damaged))
    with pytest.raises(sealing.SealError):
        sealing.decrypt(master, "station-key", blob[:20])


def test_seal_opens_only_with_the_recipients_key_and_context():
    recipient = sealing.new_box_key()
    public = sealing.box_public_bytes(recipient)
    sealed = sealing.seal(public, b"bundle bytes" * 100, b"ikrar/bundle/v2")
    assert sealing.is_sealed(sealed) and b"bundle bytes" not in sealed
    assert sealing.unseal(recipient, sealed, b"ikrar/bundle/v2") == b"bundle bytes" * 100
    restored = sealing.box_private_from(sealing.box_private_bytes(recipient))
    assert sealing.unseal(restored, sealed, b"ikrar/bundle/v2") == b"bundle bytes" * 100
    with pytest.raises(sealing.SealError):
        sealing.unseal(sealing.new_box_key(), sealed, b"ikrar/bundle/v2")
    with pytest.raises(sealing.SealError):
        sealing.unseal(recipient, sealed, b"ikrar/other")
    for cut in (0, 10, len(sealed) - 1):
        with pytest.raises(sealing.SealError):
            sealing.unseal(recipient, sealed[:cut], b"ikrar/bundle/v2")
    damaged = bytearray(sealed)
    damaged[6] ^= 1  # inside the ephemeral public key
    with pytest.raises(sealing.SealError):
        sealing.unseal(recipient, bytes(damaged), b"ikrar/bundle/v2")
