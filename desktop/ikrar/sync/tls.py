"""HTTPS for a hub off loopback: a self-made certificate, pinned by stations from the code.

The hub makes its own certificate (no certificate authority is reachable at a venue). A
station learns its fingerprint from the enrolment code, checks the certificate the hub presents
against it once, keeps that certificate and from then on trusts nothing else.
"""

from __future__ import annotations

import hashlib
import ipaddress
import socket
import ssl
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from ikrar.core.errors import IkrarError
from ikrar.core.keys import write_private_file

CERT_FILE = "hub.crt"
KEY_FILE = "hub.key"
FINGERPRINT_CHARS = 32  # hex characters of SHA-256 kept in codes: 128 bits


class PinError(IkrarError):
    """The hub presented another certificate than the one pinned."""


def fingerprint(pem: str | bytes) -> str:
    """SHA-256 of the certificate (DER), hex, shortened to what codes carry."""
    data = pem.encode("ascii") if isinstance(pem, str) else pem
    der = x509.load_pem_x509_certificate(data).public_bytes(serialization.Encoding.DER)
    return hashlib.sha256(der).hexdigest()[:FINGERPRINT_CHARS]


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def ensure_certificate(folder: Path, hosts: list[str] | None = None) -> tuple[Path, Path]:
    """The hub's certificate and key in `folder`, made (valid ten years) when missing."""
    cert_path, key_path = folder / CERT_FILE, folder / KEY_FILE
    if cert_path.exists() and key_path.exists():
        return cert_path, key_path
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Ikrar hub"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Ikrar")])
    names: list[x509.GeneralName] = [x509.DNSName("localhost"), x509.DNSName(socket.gethostname())]
    for host in hosts or []:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(key, hashes.SHA256())
    )
    write_private_file(key_path, key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    write_private_file(cert_path, cert.public_bytes(serialization.Encoding.PEM))
    return cert_path, key_path


def fetch_certificate(host: str, port: int, timeout: float = 10) -> str:
    """The certificate a server presents, unverified (it is checked against the pin next)."""
    try:
        return ssl.get_server_certificate((host, port), timeout=timeout)
    except (OSError, ssl.SSLError) as exc:
        raise PinError("tls.unreachable",
                       f"Cannot reach the hub at {host}:{port} over HTTPS: {exc}.",
                       host=host, port=port, reason=exc) from exc


def pin(host: str, port: int, expected: str) -> str:
    """The hub's certificate when its fingerprint is `expected`; PinError otherwise."""
    pem = fetch_certificate(host, port)
    if fingerprint(pem) != expected.lower():
        raise PinError(
            "tls.wrong_certificate",
            f"The hub at {host}:{port} presented a certificate that is not the one named in the "
            "enrolment code (someone may be in between, or the address is wrong). Nothing was "
            "sent. Check the address and ask the administrator for a new code.",
            host=host, port=port,
        )
    return pem


def client_context(pem: str) -> ssl.SSLContext:
    """Trust exactly the pinned certificate (the hub's name is not checked: it may be an IP)."""
    context = ssl.create_default_context(cadata=pem)
    context.check_hostname = False
    return context
