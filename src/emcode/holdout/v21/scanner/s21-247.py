import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_backup(src, dst, key: bytes):
    aes = AESGCM(key)
    nonce = os.urandom(12)
    with open(src, "rb") as fh:
        data = fh.read()
    with open(dst, "wb") as out:
        out.write(nonce + aes.encrypt(nonce, data, b"backup-v1"))


def decrypt_backup(path, key: bytes) -> bytes:
    with open(path, "rb") as fh:
        blob = fh.read()
    return AESGCM(key).decrypt(blob[:12], blob[12:], b"backup-v1")


if __name__ == "__main__":
    encrypt_backup("db.sqlite", "db.sqlite.enc", bytes.fromhex(os.environ["BACKUP_KEY_HEX"]))
