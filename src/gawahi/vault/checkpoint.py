"""Signed checkpoints: C2SP tlog-checkpoint bodies in C2SP signed-note envelopes.

A checkpoint note looks like this (``\\n`` after every line, em dash U+2014)::

    gawahi.example/log
    20852163
    CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=

    — gawahi.example/log Az3grlgt...

* body: origin line, tree size in ASCII decimal (no leading zeros), base64 (RFC 4648
  standard, padded) of the 32-byte RFC 6962 root hash, then optional non-empty
  extension lines;
* a blank line;
* signature lines ``— <key name> <base64(key ID || Ed25519 signature)>`` where the
  signature is over the body bytes (including its final newline) and
  ``key ID = SHA-256(key name || 0x0A || 0x01 || 32-byte public key)[:4]``.

Keys use the text encodings of Go's ``golang.org/x/mod/sumdb/note``:

* verifier key (public, give it to anyone): ``<name>+<8 hex key ID>+<base64(0x01 || pub)>``
* signer key (secret): ``PRIVATE+KEY+<name>+<8 hex key ID>+<base64(0x01 || 32-byte seed)>``

so keys and notes interoperate with Go tooling (e.g. transparency-dev witnesses).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

__all__ = [
    "ALG_ED25519",
    "EM_DASH",
    "Checkpoint",
    "CheckpointError",
    "NoteError",
    "SignerKey",
    "VerifierKey",
    "generate_key",
    "save_signer_key",
    "load_signer_key",
    "key_id",
    "sign_note",
    "open_note",
    "format_checkpoint_body",
    "parse_checkpoint_body",
    "sign_checkpoint",
    "parse_and_verify",
]

ALG_ED25519 = 0x01
EM_DASH = "\u2014"
MAX_SIGNATURES = 100  # Go's note package limit; the spec requires accepting >= 16
_SIG_PREFIX = EM_DASH + " "


class NoteError(ValueError):
    """A signed note is malformed or fails verification."""


class CheckpointError(NoteError):
    """A checkpoint body is malformed."""


def _valid_key_name(name: str) -> bool:
    # Non-empty, no Unicode spaces, no '+'; we also refuse control characters.
    return bool(name) and not any(c.isspace() or c == "+" or ord(c) < 0x20 for c in name)


def key_id(name: str, public_key: bytes) -> bytes:
    """4-byte key ID: ``SHA-256(name || 0x0A || 0x01 || public_key)[:4]``."""
    return hashlib.sha256(name.encode() + b"\n" + bytes([ALG_ED25519]) + public_key).digest()[:4]


def _b64decode_strict(s: str) -> bytes:
    try:
        raw = base64.b64decode(s.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError) as e:
        raise NoteError(f"invalid base64: {s!r}") from e
    if base64.b64encode(raw).decode() != s:  # reject non-canonical encodings
        raise NoteError(f"non-canonical base64: {s!r}")
    return raw


@dataclass(frozen=True)
class VerifierKey:
    """A public Ed25519 note verifier key."""

    name: str
    public_key: bytes  # 32 raw bytes

    @property
    def key_id(self) -> bytes:
        return key_id(self.name, self.public_key)

    def __str__(self) -> str:
        """The ``name+hash+base64(0x01||pub)`` vkey string."""
        blob = base64.b64encode(bytes([ALG_ED25519]) + self.public_key).decode()
        return f"{self.name}+{self.key_id.hex()}+{blob}"

    @classmethod
    def parse(cls, vkey: str) -> VerifierKey:
        parts = vkey.strip().split("+", 2)  # base64 may contain "+"
        if len(parts) != 3:
            raise NoteError("malformed verifier key")
        name, hash_hex, blob = parts
        if not _valid_key_name(name) or not re.fullmatch(r"[0-9a-f]{8}", hash_hex):
            raise NoteError("malformed verifier key")
        raw = _b64decode_strict(blob)
        if len(raw) != 33 or raw[0] != ALG_ED25519:
            raise NoteError("verifier key is not an Ed25519 key")
        key = cls(name, raw[1:])
        if key.key_id.hex() != hash_hex:
            raise NoteError("verifier key hash does not match its name and key")
        return key

    def verify(self, message: bytes, signature: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.public_key).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True


@dataclass(frozen=True)
class SignerKey:
    """A private Ed25519 note signer key (holds the 32-byte seed)."""

    name: str
    seed: bytes = field(repr=False)

    @property
    def _private(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.seed)

    @property
    def verifier(self) -> VerifierKey:
        pub = self._private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return VerifierKey(self.name, pub)

    @property
    def vkey(self) -> str:
        return str(self.verifier)

    def sign(self, message: bytes) -> bytes:
        return self._private.sign(message)

    def __str__(self) -> str:
        """The ``PRIVATE+KEY+name+hash+base64(0x01||seed)`` skey string (secret!)."""
        blob = base64.b64encode(bytes([ALG_ED25519]) + self.seed).decode()
        return f"PRIVATE+KEY+{self.name}+{self.verifier.key_id.hex()}+{blob}"

    @classmethod
    def parse(cls, skey: str) -> SignerKey:
        parts = skey.strip().split("+", 4)  # base64 may contain "+"
        if len(parts) != 5 or parts[0] != "PRIVATE" or parts[1] != "KEY":
            raise NoteError("malformed signer key")
        _, _, name, hash_hex, blob = parts
        if not _valid_key_name(name) or not re.fullmatch(r"[0-9a-f]{8}", hash_hex):
            raise NoteError("malformed signer key")
        raw = _b64decode_strict(blob)
        if len(raw) != 33 or raw[0] != ALG_ED25519:
            raise NoteError("signer key is not an Ed25519 key")
        key = cls(name, raw[1:])
        if key.verifier.key_id.hex() != hash_hex:
            raise NoteError("signer key hash does not match its name and key")
        return key


def generate_key(name: str) -> SignerKey:
    """A fresh Ed25519 signer key named ``name`` (e.g. ``gawahi.example/log``)."""
    if not _valid_key_name(name):
        raise NoteError("key name must be non-empty, without spaces or '+'")
    seed = Ed25519PrivateKey.generate().private_bytes_raw()
    return SignerKey(name, seed)


def save_signer_key(key: SignerKey, path: str | os.PathLike[str]) -> None:
    """Write the skey string to ``path`` with mode 0600 (refuses to overwrite)."""
    p = Path(path)
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.fchmod(fd, 0o600)  # regardless of umask
        os.write(fd, (str(key) + "\n").encode())
        os.fsync(fd)
    finally:
        os.close(fd)


def load_signer_key(path: str | os.PathLike[str]) -> SignerKey:
    return SignerKey.parse(Path(path).read_text(encoding="ascii"))


# ------------------------------------------------------------------ signed notes


def _check_note_chars(text: str) -> None:
    if any(ord(c) < 0x20 and c != "\n" for c in text):
        raise NoteError("note contains control characters")


def sign_note(text: str, key: SignerKey) -> str:
    """Sign ``text`` (non-empty, ending in newline) and return the signed note."""
    if not text.endswith("\n"):
        raise NoteError("note text must be non-empty and end in a newline")
    _check_note_chars(text)
    message = text.encode()
    sig = base64.b64encode(key.verifier.key_id + key.sign(message)).decode()
    return f"{text}\n{_SIG_PREFIX}{key.name} {sig}\n"


def open_note(note: str | bytes, vkey: VerifierKey | str) -> str:
    """Verify a signed note against one trusted key; return the note text.

    Signatures by other keys are ignored (as the spec requires). Raises
    :class:`NoteError` if the note is malformed, if no signature by ``vkey``
    is present, or if any signature by ``vkey`` is invalid.
    """
    if isinstance(vkey, str):
        vkey = VerifierKey.parse(vkey)
    if isinstance(note, bytes):
        try:
            note = note.decode("utf-8")
        except UnicodeDecodeError as e:
            raise NoteError("note is not valid UTF-8") from e
    _check_note_chars(note)
    if not note.endswith("\n"):
        raise NoteError("note must end in a newline")
    split = note.rfind("\n\n")
    if split < 0:
        raise NoteError("note has no signature block")
    text, sigblock = note[: split + 1], note[split + 2 :]
    lines = sigblock[:-1].split("\n")
    if not text or not lines or len(lines) > MAX_SIGNATURES:
        raise NoteError("malformed note")
    want_id = vkey.key_id
    verified = 0
    message = text.encode()
    for line in lines:
        if not line.startswith(_SIG_PREFIX):
            raise NoteError(f"malformed signature line: {line!r}")
        rest = line[len(_SIG_PREFIX) :]
        name, sep, b64 = rest.partition(" ")
        if not sep or not _valid_key_name(name) or " " in b64:
            raise NoteError(f"malformed signature line: {line!r}")
        raw = _b64decode_strict(b64)
        if len(raw) < 5:
            raise NoteError(f"malformed signature line: {line!r}")
        if name != vkey.name or raw[:4] != want_id:
            continue  # unknown key: ignore
        if not vkey.verify(message, raw[4:]):
            raise NoteError(f"invalid signature by {name}")
        verified += 1
    if not verified:
        raise NoteError(f"no signature by {vkey.name}+{want_id.hex()}")
    return text


# ------------------------------------------------------------------ checkpoints


@dataclass(frozen=True)
class Checkpoint:
    origin: str
    size: int
    root: bytes
    extensions: tuple[str, ...] = ()


def format_checkpoint_body(
    origin: str, size: int, root: bytes, extensions: tuple[str, ...] | list[str] = ()
) -> str:
    """The tlog-checkpoint note text (unsigned)."""
    if not origin or "\n" in origin:
        raise CheckpointError("origin must be one non-empty line")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise CheckpointError("size must be a non-negative integer")
    if len(root) != 32:
        raise CheckpointError("root must be 32 bytes")
    for ext in extensions:
        if not ext or "\n" in ext:
            raise CheckpointError("extension lines must be single non-empty lines")
    lines = [origin, str(size), base64.b64encode(bytes(root)).decode(), *extensions]
    text = "".join(line + "\n" for line in lines)
    _check_note_chars(text)
    return text


def parse_checkpoint_body(text: str) -> Checkpoint:
    if not text.endswith("\n"):
        raise CheckpointError("checkpoint must end in a newline")
    lines = text[:-1].split("\n")
    if len(lines) < 3 or any(not line for line in lines):
        raise CheckpointError("checkpoint needs >= 3 non-empty lines")
    origin, size_s, root_b64, *ext = lines
    if not re.fullmatch(r"0|[1-9][0-9]*", size_s):
        raise CheckpointError(f"bad tree size line {size_s!r}")
    try:
        root = _b64decode_strict(root_b64)
    except NoteError as e:
        raise CheckpointError(str(e)) from e
    if len(root) != 32:
        raise CheckpointError("root hash is not 32 bytes")
    return Checkpoint(origin, int(size_s), root, tuple(ext))


def sign_checkpoint(
    origin: str,
    size: int,
    root: bytes,
    key: SignerKey,
    extensions: tuple[str, ...] | list[str] = (),
) -> str:
    """A signed checkpoint note for the tree ``(size, root)`` of log ``origin``."""
    return sign_note(format_checkpoint_body(origin, size, root, extensions), key)


def parse_and_verify(
    text: str | bytes, vkey: VerifierKey | str, origin: str | None = None
) -> Checkpoint:
    """Verify the signature by ``vkey`` and parse the checkpoint body.

    If ``origin`` is given the checkpoint's origin must equal it.
    """
    cp = parse_checkpoint_body(open_note(text, vkey))
    if origin is not None and cp.origin != origin:
        raise CheckpointError(f"origin {cp.origin!r} is not the expected {origin!r}")
    return cp
