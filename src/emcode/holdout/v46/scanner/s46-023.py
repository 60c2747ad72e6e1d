import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def seal(key, data, aad=b"pawn-ledger"):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, aad)


def unseal(key, blob, aad=b"pawn-ledger"):
    return AESGCM(key).decrypt(blob[:12], blob[12:], aad)
