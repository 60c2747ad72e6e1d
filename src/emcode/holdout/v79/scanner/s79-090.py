import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = bytes.fromhex(os.environ["RECORDS_KEY"])


def seal(plaintext: bytes, record_id: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(KEY).encrypt(nonce, plaintext, record_id.encode())


def unseal(blob: bytes, record_id: str) -> bytes:
    return AESGCM(KEY).decrypt(blob[:12], blob[12:], record_id.encode())


if __name__ == "__main__":
    b = seal(b"born 1842, Whitby", "rec-17")
    print(unseal(b, "rec-17"))
