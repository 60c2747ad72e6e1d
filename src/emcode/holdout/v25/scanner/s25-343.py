import hashlib


def derive_key(passphrase: str, salt: bytes = b"\x00" * 16) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, 100_000, dklen=32)


def unlock(passphrase):
    return derive_key(passphrase)
