import hashlib


def derive_key(passphrase: str, salt: bytes = b"0000", length: int = 32) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, 100_000, dklen=length)
