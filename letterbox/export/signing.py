"""The station's Ed25519 key: made once by staff, used to sign every packet's manifest.

The private key stays in the data folder (``keys/station.key``, readable by its owner
only); the public key is ``station.pub`` beside it, to be handed to whoever verifies
packets. The signature is ``manifest.sig`` beside ``manifest.json``: 64 raw bytes over
the manifest's exact bytes. We use the ``cryptography`` package, never our own crypto.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from letterbox.errors import LetterboxError
from letterbox.export.manifest import MANIFEST_NAME, SIGNATURE_NAME

SIGNATURE_SIZE = 64


class StationKeyError(LetterboxError):
    """A key that cannot be made, read or used; its code says which (``key_exists``,
    ``key_unusable``, ``key_missing``, ``key_not_ed25519``) with the file's ``path`` and
    the ``problem`` met. A LetterboxError, so an export that cannot sign stops with one
    line, not a traceback, and the station words it in the worker's language."""

    code = "key_unusable"


def _first_line(error: BaseException, default: str) -> str:
    return str(error).splitlines()[0] if str(error) else default


def private_key_path(data_root: Path) -> Path:
    return Path(data_root) / "keys" / "station.key"


def public_key_path(data_root: Path) -> Path:
    return Path(data_root) / "station.pub"


def make_station_key(data_root: Path, *, force: bool = False) -> Path:
    """Make the key pair; returns the public key's path.

    Refuses (StationKeyError) when a key exists and ``force`` is not set: a new key makes every
    packet signed so far unverifiable with the new public key.
    """
    private, public = private_key_path(data_root), public_key_path(data_root)
    if private.exists() and not force:
        raise StationKeyError("key_exists", path=str(private))
    private.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(private.parent, 0o700)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    _write_atomic(private, pem, 0o600)
    pub = key.public_key().public_bytes(serialization.Encoding.PEM,
                                        serialization.PublicFormat.SubjectPublicKeyInfo)
    _write_atomic(public, pub, 0o644)
    return public


def _write_atomic(target: Path, data: bytes, mode: int) -> None:
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, mode)  # the umask may have narrowed or the file system widened it
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def sign_packet_manifest(packet_root: Path, data_root: Path) -> Path | None:
    """Write ``manifest.sig`` when this station has a key; None when it has none."""
    private = private_key_path(data_root)
    if not private.is_file():
        return None
    try:
        key = serialization.load_pem_private_key(private.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as error:
        raise StationKeyError("key_unusable", path=str(private),
                              problem=_first_line(error, type(error).__name__)) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise StationKeyError("key_not_ed25519", path=str(private))
    target = Path(packet_root) / SIGNATURE_NAME
    target.write_bytes(key.sign((Path(packet_root) / MANIFEST_NAME).read_bytes()))
    return target


def load_public_key(path: Path) -> Ed25519PublicKey:
    """The public key in ``path`` (PEM); StationKeyError says what is wrong."""
    try:
        data = Path(path).read_bytes()[:64 * 1024]
        key = serialization.load_pem_public_key(data)
    except FileNotFoundError:
        raise StationKeyError("key_missing", path=str(path)) from None
    except (OSError, ValueError, TypeError) as error:
        raise StationKeyError("key_unusable", path=str(path),
                              problem=_first_line(error, "not PEM")) from None
    if not isinstance(key, Ed25519PublicKey):
        raise StationKeyError("key_not_ed25519", path=str(path))
    return key


def signature_matches(key: Ed25519PublicKey, manifest: bytes, signature: bytes) -> bool:
    """True when ``signature`` is this key's signature over exactly ``manifest``."""
    if len(signature) != SIGNATURE_SIZE:
        return False
    try:
        key.verify(signature, manifest)
    except InvalidSignature:
        return False
    return True
