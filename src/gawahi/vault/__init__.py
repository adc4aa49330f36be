"""vault stage: content-addressed storage, RFC 6962 Merkle log, signed checkpoints.

The submodules are pure and store-independent: :mod:`gawahi.vault.merkle`,
:mod:`gawahi.vault.checkpoint` (needs ``cryptography``), :mod:`gawahi.vault.cas`.
"""

from gawahi.vault.cas import LocalVault, ObjectNotFound, S3Vault, Vault, VerifyFailure, hash_file
from gawahi.vault.checkpoint import (
    Checkpoint,
    CheckpointError,
    NoteError,
    SignerKey,
    VerifierKey,
    generate_key,
    load_signer_key,
    parse_and_verify,
    save_signer_key,
    sign_checkpoint,
)
from gawahi.vault.merkle import (
    EMPTY_ROOT,
    MerkleLog,
    hash_children,
    hash_leaf,
    verify_consistency,
    verify_inclusion,
)

__all__ = [
    "EMPTY_ROOT",
    "Checkpoint",
    "CheckpointError",
    "LocalVault",
    "MerkleLog",
    "NoteError",
    "ObjectNotFound",
    "S3Vault",
    "SignerKey",
    "Vault",
    "VerifierKey",
    "VerifyFailure",
    "generate_key",
    "hash_children",
    "hash_file",
    "hash_leaf",
    "load_signer_key",
    "parse_and_verify",
    "save_signer_key",
    "sign_checkpoint",
    "verify_consistency",
    "verify_inclusion",
]
