"""Signed notes and C2SP tlog-checkpoints."""

from __future__ import annotations

import base64
import hashlib
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from gawahi.vault.checkpoint import (
    Checkpoint,
    CheckpointError,
    NoteError,
    SignerKey,
    VerifierKey,
    format_checkpoint_body,
    generate_key,
    key_id,
    load_signer_key,
    open_note,
    parse_and_verify,
    save_signer_key,
    sign_checkpoint,
    sign_note,
)
from gawahi.vault.merkle import MerkleLog

# golang.org/x/mod/sumdb/note note_test.go: the reference key pair and signed note.
GO_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
GO_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
GO_TEXT = (
    "If you think cryptography is the answer to your problem,\n"
    "then you don't know what your problem is.\n"
)
GO_SIG = "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"
GO_NOTE = GO_TEXT + "\n" + GO_SIG

ROOT8 = bytes.fromhex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328")


def test_go_reference_keys_and_note_byte_for_byte() -> None:
    sk = SignerKey.parse(GO_SKEY)
    assert str(sk) == GO_SKEY
    assert sk.vkey == GO_VKEY
    assert str(VerifierKey.parse(GO_VKEY)) == GO_VKEY
    # Ed25519 is deterministic, so our signature must equal Go's exactly.
    assert sign_note(GO_TEXT, sk) == GO_NOTE
    assert open_note(GO_NOTE, GO_VKEY) == GO_TEXT
    assert open_note(GO_NOTE.encode(), VerifierKey.parse(GO_VKEY)) == GO_TEXT


def test_key_id_definition() -> None:
    vk = VerifierKey.parse(GO_VKEY)
    manual = hashlib.sha256(b"PeterNeumann\n\x01" + vk.public_key).digest()[:4]
    assert key_id("PeterNeumann", vk.public_key) == manual == bytes.fromhex("c74f20a3")


def test_checkpoint_format_byte_for_byte() -> None:
    """Constructed by hand from the C2SP tlog-checkpoint and signed-note specs."""
    sk = SignerKey.parse(GO_SKEY)
    note = sign_checkpoint("PeterNeumann", 8, ROOT8, sk)
    body = "PeterNeumann\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n"
    assert base64.b64decode("XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=") == ROOT8
    sig = Ed25519PrivateKey.from_private_bytes(sk.seed).sign(body.encode())
    line = "\u2014 PeterNeumann " + base64.b64encode(bytes.fromhex("c74f20a3") + sig).decode()
    expected = body + "\n" + line + "\n"
    assert note == expected
    assert note.encode("utf-8").count(b"\xe2\x80\x94 ") == 1  # U+2014 EM DASH, then space
    assert parse_and_verify(note, GO_VKEY) == Checkpoint("PeterNeumann", 8, ROOT8)


def test_round_trip_with_extensions_and_origin() -> None:
    sk = generate_key("gawahi.example/log")
    log = MerkleLog.from_leaves([b"a", b"b", b"c"])
    note = sign_checkpoint("gawahi.example/log", 3, log.root(), sk, ["ext line one"])
    cp = parse_and_verify(note, sk.vkey, origin="gawahi.example/log")
    assert cp == Checkpoint("gawahi.example/log", 3, log.root(), ("ext line one",))
    with pytest.raises(CheckpointError):
        parse_and_verify(note, sk.vkey, origin="other.example/log")
    empty = sign_checkpoint("gawahi.example/log", 0, MerkleLog().root(), sk)
    assert empty.split("\n")[1] == "0"
    assert parse_and_verify(empty, sk.vkey).size == 0


def test_wrong_key_rejected() -> None:
    sk = generate_key("gawahi.example/log")
    other = generate_key("gawahi.example/log")  # same name, different key
    note = sign_checkpoint("gawahi.example/log", 8, ROOT8, sk)
    with pytest.raises(NoteError, match="no signature"):
        parse_and_verify(note, other.vkey)
    with pytest.raises(NoteError):
        parse_and_verify(note, GO_VKEY)


def test_forged_signature_with_matching_key_id_rejected() -> None:
    sk = generate_key("gawahi.example/log")
    note = sign_checkpoint("gawahi.example/log", 8, ROOT8, sk)
    body, sigline = note[: note.rindex("\n\n") + 1], note[note.rindex("\n\n") + 2 :]
    raw = base64.b64decode(sigline.split(" ")[2])
    bad = raw[:4] + bytes(64)
    forged = body + "\n\u2014 gawahi.example/log " + base64.b64encode(bad).decode() + "\n"
    with pytest.raises(NoteError, match="invalid signature"):
        parse_and_verify(forged, sk.vkey)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda n: n.replace("\n8\n", "\n9\n", 1),
        lambda n: n.replace("\n8\n", "\n80\n", 1),
        lambda n: n.replace("\n8\n", "\n08\n", 1),
        lambda n: n.replace("XcnaeacG", "XcnaeacH", 1),
        lambda n: n.replace("gawahi.example/log\n", "gawahi.example/log2\n", 1),
        lambda n: n.replace("\n\n", "\next\n\n", 1),
        lambda n: n.replace("\u2014", "-", 1),
        lambda n: n[:-1],
        lambda n: n.replace("\n\n", "\n", 1),
        lambda n: n.replace("=\n\n", "=\r\n\n", 1),
    ],
)
def test_tampered_checkpoint_rejected(mutate: Callable[[str], str]) -> None:
    sk = SignerKey("gawahi.example/log", bytes(range(32)))
    note = sign_checkpoint("gawahi.example/log", 8, ROOT8, sk)
    assert "XcnaeacG" in note
    bad = mutate(note)
    assert bad != note
    with pytest.raises(NoteError):
        parse_and_verify(bad, sk.vkey)


def test_unknown_signatures_ignored_and_cosigned_note_ok() -> None:
    sk = generate_key("gawahi.example/log")
    witness = generate_key("witness.example")
    note = sign_checkpoint("gawahi.example/log", 8, ROOT8, sk)
    body = note[: note.rindex("\n\n") + 1]
    cosig = sign_note(body, witness).split("\n\n")[-1]
    both = note + cosig
    assert parse_and_verify(both, sk.vkey).size == 8
    assert parse_and_verify(both, witness.vkey).size == 8


def test_malformed_bodies_rejected() -> None:
    with pytest.raises(CheckpointError):
        format_checkpoint_body("", 1, ROOT8)
    with pytest.raises(CheckpointError):
        format_checkpoint_body("o", -1, ROOT8)
    with pytest.raises(CheckpointError):
        format_checkpoint_body("o", 1, ROOT8[:31])
    with pytest.raises(CheckpointError):
        format_checkpoint_body("o", 1, ROOT8, [""])
    sk = generate_key("k")
    for body in ["o\n1\n", "o\n1\nAAAA\n", "o\n+1\n" + base64.b64encode(ROOT8).decode() + "\n",
                 "o\n1\n" + base64.b64encode(ROOT8).decode() + "\n\nx\n"]:  # fmt: skip
        with pytest.raises(NoteError):
            parse_and_verify(sign_note(body, sk), sk.vkey)


def test_bad_keys_rejected() -> None:
    for bad in [GO_VKEY[:-1], GO_VKEY.replace("c74f20a3", "c74f20a4"), "x+y", "",
                GO_VKEY.replace("ARpc", "Apc")]:  # fmt: skip
        with pytest.raises(NoteError):
            VerifierKey.parse(bad)
    with pytest.raises(NoteError):
        SignerKey.parse(GO_VKEY)
    with pytest.raises(NoteError):
        generate_key("has space")
    with pytest.raises(NoteError):
        generate_key("has+plus")


def test_key_file_is_private(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        sk = generate_key("gawahi.example/log")
        path = tmp_path / "log.key"
        save_signer_key(sk, path)
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text().startswith("PRIVATE+KEY+gawahi.example/log+")
    assert load_signer_key(path) == sk
    with pytest.raises(FileExistsError):
        save_signer_key(sk, path)
