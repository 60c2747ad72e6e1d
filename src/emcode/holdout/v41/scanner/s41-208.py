import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = bytes.fromhex(os.environ["OWNER_KEY_HEX"])


def encrypt_phone(phone: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(KEY).encrypt(nonce, phone.encode(), b"owner-phone")


def decrypt_phone(blob: bytes) -> str:
    return AESGCM(KEY).decrypt(blob[:12], blob[12:], b"owner-phone").decode()


if __name__ == "__main__":
    c = encrypt_phone("+44 7700 900123")
    print(c.hex(), decrypt_phone(c))
